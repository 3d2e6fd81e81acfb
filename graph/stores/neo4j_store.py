"""Neo4jStore: the production store, on the official `neo4j` driver.

Following the driver's guidance: one Driver per store, transaction functions retried on
transient failures (our own loop, which fails fast when the server is unreachable: see
`_run`), Cypher as literal
constants with `$parameters` only, bulk writes as `UNWIND $rows` in batches, and named
constraints and indexes created `IF NOT EXISTS`. Labels and relationship types appear
only in those literals, never from input.

Graph shape (design.md): (:Organisation)-[:PROVIDES]->(:Service), -[:SERVES]->(:Community),
-[:OPERATES_IN]->(:Place), (:Place)-[:PART_OF]->(:Place), (:Organisation)-[:TIE {kind, ref,
...}]->(:Organisation), (:Place)-[:NEEDS]->(:Community|:Service), (:Introduction), (:User),
and one (:Meta {key: 'version'}) node whose value every write transaction bumps.
"""
from __future__ import annotations

import json
import time
from dataclasses import fields
from typing import Iterable

import neo4j
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired, TransientError

from graph.model import Community, Introduction, Need, Organisation, Place, Service, Tie, User, stored_number, stored_website
from graph.review.items import ReviewItem, pair_key
from graph.stores.base import (TEXT_SEARCH_LIMIT, GraphData, GraphStore, StoreError, StoreUnavailable,
                               check_references, load_result, search_terms, stale_review)
from graph.stores.breaker import CircuitBreaker

__all__ = ["Neo4jStore"]

BATCH = 10_000

# How long a request may wait for an unreachable server: connecting (a refused connection
# fails at once; a host that does not answer takes this long), and how long the circuit
# breaker then answers "unreachable" without trying (graph/stores/breaker.py).
CONNECT_TIMEOUT = 3.0
BREAKER_SECONDS = 5.0
# Transient errors (deadlocks, a busy server) are retried for this long, as the driver does.
RETRY_SECONDS = 30.0

_SCHEMA = (
    "CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (o:Organisation) REQUIRE o.id IS UNIQUE",
    "CREATE CONSTRAINT service_code IF NOT EXISTS FOR (s:Service) REQUIRE s.code IS UNIQUE",
    "CREATE CONSTRAINT community_code IF NOT EXISTS FOR (c:Community) REQUIRE c.code IS UNIQUE",
    "CREATE CONSTRAINT place_code IF NOT EXISTS FOR (p:Place) REQUIRE p.code IS UNIQUE",
    "CREATE CONSTRAINT introduction_id IF NOT EXISTS FOR (i:Introduction) REQUIRE i.id IS UNIQUE",
    "CREATE CONSTRAINT user_name IF NOT EXISTS FOR (u:User) REQUIRE u.name IS UNIQUE",
    "CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE",
    "CREATE CONSTRAINT review_key IF NOT EXISTS FOR (r:Review) REQUIRE r.key IS UNIQUE",
    "CREATE TEXT INDEX organisation_name_lc IF NOT EXISTS FOR (o:Organisation) ON (o.name_lc)",
    "CREATE INDEX user_token IF NOT EXISTS FOR (u:User) ON (u.token_hash)",
    # Search by need (GraphStore.search_text). The standard analyzer without stop words
    # splits and lower-cases as the embedded store's FTS5 unicode61 tokenizer does.
    "CREATE FULLTEXT INDEX organisation_text IF NOT EXISTS FOR (o:Organisation) "
    "ON EACH [o.name, o.description, o.service_text, o.community_text] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}",
)

# An organisation's searchable labels, kept on the node because a full-text index reads
# only a node's own properties: its services' labels (each after its family's) and its
# communities' labels. Recomputed whenever its links or those labels change.
_ORG_TEXT = ("UNWIND $rows AS r MATCH (o:Organisation {id: r.id}) "
             "SET o.service_text = reduce(t = '', x IN COLLECT { MATCH (o)-[:PROVIDES]->(s:Service) "
             "OPTIONAL MATCH (p:Service {code: s.parent}) RETURN coalesce(p.label + ' ', '') + s.label } | t + x + ' '), "
             "o.community_text = reduce(t = '', x IN COLLECT { MATCH (o)-[:SERVES]->(c:Community) RETURN c.label } "
             "| t + x + ' ')")
_TEXT_INDEX_VERSION = 1

# Upserts name every property in SET (a null removes it). Not `SET x += map` or `SET x = map`:
# the planner cannot tell such a map leaves the MERGE key alone and adds an Eager step that
# buffers every row of the batch (about 10% slower for ties, measured at 50,000 organisations).
_ORG_PROPERTIES = tuple(f.name for f in fields(Organisation)
                        if f.name not in ("id", "services", "communities", "places")) + ("name_lc",)
_TIE_PROPERTIES = tuple(f.name for f in fields(Tie) if f.name not in ("from_id", "to_id", "kind", "ref"))
# An organisation and its links in one statement, so a batch is one round trip (measured
# as fast as one statement per kind of link, at 50,000 organisations).
_UPSERT_ORGS = ("UNWIND $rows AS r MERGE (o:Organisation {id: r.id}) SET "
                + ", ".join(f"o.{k} = r.{k}" for k in _ORG_PROPERTIES)
                + " WITH o, r"
                " CALL (o, r) { UNWIND r.services AS code MATCH (s:Service {code: code}) CREATE (o)-[:PROVIDES]->(s) }"
                " CALL (o, r) { UNWIND r.communities AS code MATCH (c:Community {code: code}) "
                "CREATE (o)-[:SERVES]->(c) }"
                " CALL (o, r) { UNWIND r.places AS code MATCH (p:Place {code: code}) CREATE (o)-[:OPERATES_IN]->(p) }")
_UPSERT_TIES = ("UNWIND $rows AS r MATCH (a:Organisation {id: r.from_id}) MATCH (b:Organisation {id: r.to_id}) "
                "MERGE (a)-[t:TIE {kind: r.kind, ref: r.ref}]->(b) SET "
                + ", ".join(f"t.{k} = r.{k}" for k in _TIE_PROPERTIES))

_CLEAR_BATCHES = (
    "MATCH ()-[t:TIE]->() WITH t LIMIT 50000 DELETE t RETURN count(*) AS n",
    "MATCH ()-[x:PROVIDES|SERVES|OPERATES_IN|NEEDS|PART_OF|INTRODUCES]->() WITH x LIMIT 50000 DELETE x "
    "RETURN count(*) AS n",
    "MATCH (n) WHERE n:Organisation OR n:Service OR n:Community OR n:Place OR n:Introduction OR n:Review "
    "WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n",
)

_BUMP = "MERGE (m:Meta {key: 'version'}) SET m.value = coalesce(m.value, 0) + 1"

_ORG_RETURN = """
RETURN o {.*} AS o,
       COLLECT { MATCH (o)-[:PROVIDES]->(s:Service) RETURN s.code } AS services,
       COLLECT { MATCH (o)-[:SERVES]->(c:Community) RETURN c.code } AS communities,
       COLLECT { MATCH (o)-[:OPERATES_IN]->(p:Place) RETURN p.code } AS places
"""
_ORGS_BY_ID = "UNWIND $ids AS id MATCH (o:Organisation {id: id})" + _ORG_RETURN
_ALL_ORGS = "MATCH (o:Organisation)" + _ORG_RETURN
_TIE_RETURN = "RETURN a.id AS from_id, b.id AS to_id, t {.*} AS t"
# Whole-graph reads return one record of parallel lists: several times faster to decode
# than one record per row. collect() drops nulls, hence the coalesce() on every optional value.
_ALL_TIES = ("MATCH (a:Organisation)-[t:TIE]->(b:Organisation) RETURN collect(a.id), collect(b.id), "
             "collect(t.kind), collect(coalesce(t.form, '')), collect(coalesce(t.strength, 1.0)), "
             "collect(coalesce(t.since, '')), collect(coalesce(t.until, '')), collect(coalesce(t.amount, -1.0)), "
             "collect(coalesce(t.currency, '')), collect(coalesce(t.source, '')), collect(coalesce(t.ref, ''))")
_ALL_ORG_COLUMNS = ("MATCH (o:Organisation) RETURN collect(o.id), collect(o.name), collect(coalesce(o.description, '')), "
                    "collect(o.sector), collect(coalesce(o.legal_form, '')), collect(coalesce(o.size_band, '')), "
                    "collect(coalesce(o.income, -1.0)), collect(coalesce(o.led_by, [])), "
                    "collect(coalesce(o.registered_ids, [])), collect(coalesce(o.postcode, '')), "
                    "collect(coalesce(o.lat, -999.0)), collect(coalesce(o.lon, -999.0)), "
                    "collect(coalesce(o.website, '')), collect(coalesce(o.source, '')), "
                    "collect(coalesce(o.updated_at, '')), collect(coalesce(o.inferred, '[]'))")
_LINK_QUERIES = (
    ("services", "MATCH (o:Organisation)-[:PROVIDES]->(x:Service) RETURN collect(o.id), collect(x.code)"),
    ("communities", "MATCH (o:Organisation)-[:SERVES]->(x:Community) RETURN collect(o.id), collect(x.code)"),
    ("places", "MATCH (o:Organisation)-[:OPERATES_IN]->(x:Place) RETURN collect(o.id), collect(x.code)"),
)


class Neo4jStore(GraphStore):
    def __init__(self, uri: str, user: str = "neo4j", password: str = "", database: str = "neo4j",
                 connect_timeout: float = CONNECT_TIMEOUT, breaker_seconds: float = BREAKER_SECONDS):
        super().__init__()
        self.url = uri
        self.database = database
        self._breaker = CircuitBreaker(breaker_seconds)
        self._connect_args = (uri, user, password, connect_timeout)
        self._connect()

    def _connect(self) -> None:
        uri, user, password, connect_timeout = self._connect_args
        try:
            # "Unrecognised" notifications say a label or property is not in the database yet,
            # which is normal for an empty or sparse store; they would print as warnings on every read.
            # Waiting for a pooled connection is bounded too (the driver's default is 60 s).
            self._driver = neo4j.GraphDatabase.driver(
                uri, auth=(user, password), connection_timeout=connect_timeout,
                connection_acquisition_timeout=connect_timeout + 2, max_connection_lifetime=3600,
                notifications_disabled_classifications=[neo4j.NotificationDisabledClassification.UNRECOGNIZED])
            self._driver.verify_connectivity()
            self.ensure_schema()
        except (ServiceUnavailable, SessionExpired, AuthError, OSError, ValueError) as e:
            self._close_quietly()
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: {_reason(e)}") from None
        except Neo4jError as e:
            self._close_quietly()
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: {_reason(e)}") from None

    def ensure_schema(self, wait_seconds: float = 0) -> None:
        """Create our constraints and indexes if missing; with `wait_seconds`, wait until
        they are online (after a bulk load they are built over data already there)."""
        for statement in _SCHEMA:
            self._driver.execute_query(statement, database_=self.database)
        if wait_seconds:
            self._driver.execute_query("CALL db.awaitIndexes($s)", s=int(wait_seconds), database_=self.database)
        self._driver.execute_query("CALL db.awaitIndex('organisation_text', $s)", s=int(max(wait_seconds, 300)),
                                   database_=self.database)
        # Organisations written without their searchable labels (a store made before search
        # by need, or a bulk load by neo4j-admin) get them now, once.
        self._index_text_once()

    def reconnect(self) -> None:
        """A new driver after the server restarted (its pooled connections are dead)."""
        self._close_quietly()
        self._breaker = CircuitBreaker(self._breaker.cooldown)
        self._connect()

    def bulk_load(self, data: GraphData, home=None) -> dict:
        """Load `data` into this empty database with neo4j-admin's import tool, stopping and
        restarting the server of `home` (graph/stores/neo4j_bulk.py)."""
        from graph.stores.neo4j_bulk import bulk_load
        return bulk_load(self, data, home)

    def _close_quietly(self):
        driver = getattr(self, "_driver", None)
        if driver is not None:
            try:
                driver.close()
            except Exception:  # closing a half-open driver must not hide the real error
                pass

    def close(self) -> None:
        self._close_quietly()

    # ---- plumbing -----------------------------------------------------------------------
    # Our own retry loop rather than the driver's execute_read/execute_write: theirs retries
    # an unreachable server for 30 s with back-off, so with Neo4j stopped every request took
    # 31-96 s to fail. Here transient errors (deadlocks between concurrent writers) are still
    # retried for up to RETRY_SECONDS, but a server that cannot be reached fails at once (after
    # one fresh connection, since a pooled one may just be stale after a restart) and opens the
    # circuit breaker, so the requests after it fail without trying for BREAKER_SECONDS.
    def _run(self, access_mode: str, fn, *args):
        self._breaker.before()
        try:
            result = self._attempts(access_mode, fn, args)
        except StoreUnavailable:
            raise  # the breaker is open already
        except Neo4jError:
            self._breaker.succeeded()  # the server answered
            raise
        except BaseException:
            self._breaker.released()
            raise
        self._breaker.succeeded()
        return result

    def _attempts(self, access_mode: str, fn, args):
        started = time.monotonic()
        delay = 0.2
        fresh_connection_tried = False
        while True:
            try:
                with self._driver.session(database=self.database, default_access_mode=access_mode) as s:
                    with s.begin_transaction() as tx:
                        result = fn(tx, *args)
                        tx.commit()
                return result
            except (ServiceUnavailable, SessionExpired, OSError) as e:
                if not fresh_connection_tried:
                    fresh_connection_tried = True
                    continue
                message = f"cannot reach Neo4j at {self.url}: {_reason(e)}"
                self._breaker.failed(message)
                raise StoreUnavailable(message) from None
            except TransientError as e:
                # A write too big for the server's transaction memory fails the same way
                # every time: say so at once rather than retrying.
                if e.code and "MemoryPoolOutOfMemoryError" in e.code:
                    raise StoreError(
                        f"Neo4j at {self.url} ran out of transaction memory for this write, so nothing was "
                        f"written ({_reason(e)}). Give the server a larger heap and "
                        "dbms.memory.transaction.total.max=0, or load the data in smaller parts.") from None
                if time.monotonic() - started + delay > RETRY_SECONDS:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 5.0)

    def _run_read(self, fn, *args):
        return self._run(neo4j.READ_ACCESS, fn, *args)

    def _run_write(self, fn, *args):
        return self._run(neo4j.WRITE_ACCESS, fn, *args)

    # ---- writes -------------------------------------------------------------------
    # A load of more rows than this is written in several transactions with an undo on
    # failure (graph/stores/neo4j_staged.py): one transaction of a million rows needs more
    # heap than a modest server has (370,000 organisations and 1.8 million ties exhausted an
    # 8 GB heap). 250,000 rows fit a 2 GB heap comfortably (bench/store.py at 50,000).
    single_transaction_rows = 250_000
    staged_chunk_rows = 100_000

    def load(self, data: GraphData, *, reviews=(), **_ignored) -> dict:
        reviews = list(reviews)
        if load_rows(data) > self.single_transaction_rows:
            from graph.stores.neo4j_staged import staged_load
            flags = {"reviews": reviews} if reviews else {}   # the call is unchanged for a load without flags
            return staged_load(self, data, chunk_rows=self.staged_chunk_rows, **flags)

        def work(tx):
            # Created counts come from the server's own counters for these MERGEs, inside
            # this transaction: exact even when another import writes the same records.
            check_load(tx, data)
            created = write_terms(tx, data)
            created["organisations"] = 0
            if data.organisations:
                created["organisations"] = write_orgs(
                    tx, data.organisations, existing_orgs(tx, [o.id for o in data.organisations]))
            created["ties"] = write_ties(tx, data.ties)
            created["needs"] = write_needs(tx, data.needs)
            write_flags(tx, reviews)
            if any(data.counts().values()) or not reviews:
                tx.run(_BUMP).consume()
            return created

        return load_result_from_created(data, self._run_write(work))

    def put_boundaries(self, boundaries) -> dict:
        rows = [{"code": b.place, "geometry": b.to_json(), "source": b.source} for b in boundaries]

        def work(tx):
            codes = sorted({r["code"] for r in rows})
            found = {r["code"]: r["had"] for r in tx.run(
                "UNWIND $codes AS code MATCH (p:Place {code: code}) "
                "RETURN p.code AS code, p.boundary IS NOT NULL AS had", codes=codes)}
            missing = [c for c in codes if c not in found]
            if missing:
                raise StoreError(f"no such place: {', '.join(missing[:5])}"
                                 + (f" and {len(missing) - 5} more" if len(missing) > 5 else ""))
            tx.run("UNWIND $rows AS r MATCH (p:Place {code: r.code}) "
                   "SET p.boundary = r.geometry, p.boundary_source = r.source", rows=rows).consume()
            if rows:
                tx.run(_BUMP).consume()
            return {"created": sum(not had for had in found.values()), "updated": sum(found.values())}

        return self._run_write(work)

    def boundaries(self, places=None) -> dict:
        from graph.boundaries import Boundary

        def work(tx):
            return [(r["code"], r["geometry"], r["source"]) for r in tx.run(
                "MATCH (p:Place) WHERE p.boundary IS NOT NULL AND ($codes IS NULL OR p.code IN $codes) "
                "RETURN p.code AS code, p.boundary AS geometry, coalesce(p.boundary_source, '') AS source",
                codes=None if places is None else list(places))]

        return {code: Boundary.from_json(code, g, src) for code, g, src in self._run_read(work)}

    def interrupted_load(self) -> dict | None:
        from graph.stores.neo4j_staged import read_marker
        return self._run_read(read_marker)

    def remove_ties(self, keys: Iterable[tuple[str, str, str, str]]) -> int:
        rows = [{"from_id": a, "to_id": b, "kind": k, "ref": r} for a, b, k, r in keys]

        def work(tx):
            removed = tx.run("UNWIND $rows AS r MATCH (:Organisation {id: r.from_id})-[t:TIE {kind: r.kind, ref: r.ref}]->"
                             "(:Organisation {id: r.to_id}) DELETE t RETURN count(*) AS n", rows=rows).single()["n"]
            if removed:
                tx.run(_BUMP).consume()
            return removed

        return self._run_write(work)

    def delete_organisation(self, org_id: str) -> bool:
        def work(tx):
            n = tx.run("MATCH (o:Organisation {id: $id}) DETACH DELETE o RETURN count(*) AS n", id=org_id).single()["n"]
            if n:
                tx.run(_BUMP).consume()
            return n > 0

        return self._run_write(work)

    def clear(self) -> None:
        # Deleted in batches of their own transactions, relationships first: a place or a
        # service can hold hundreds of thousands of links, and one transaction deleting them
        # with their node needs more memory than a 2 GB heap has.
        for query in _CLEAR_BATCHES:
            while self._run_write(lambda tx, q=query: tx.run(q).single()["n"]):
                pass
        self._run_write(lambda tx: tx.run(_BUMP).consume())

    # ---- the review queue -----------------------------------------------------------------
    def review_items(self, status: str | None = None) -> list:
        rows = self._run_read(lambda tx: [r["item"] for r in tx.run(
            "MATCH (r:Review) WHERE $status IS NULL OR r.status = $status RETURN r.item AS item ORDER BY r.key",
            status=status or None)])
        return [ReviewItem.from_dict(json.loads(r)) for r in rows]

    def get_review_item(self, a: str, b: str):
        rows = self._run_read(lambda tx: [r["item"] for r in tx.run(
            "MATCH (r:Review {key: $key}) RETURN r.item AS item", key=pair_key(a, b))])
        return ReviewItem.from_dict(json.loads(rows[0])) if rows else None

    def apply_review(self, change) -> None:
        def work(tx):
            if change.expect_version is not None:
                # The version node locked first (a write), so no other write can slip in
                # between this check and the commit.
                found = tx.run("MERGE (m:Meta {key: 'version'}) SET m.locked_by_review = true "
                               "REMOVE m.locked_by_review RETURN coalesce(m.value, 0) AS v").single()["v"]
                if found != change.expect_version:
                    raise stale_review(change.expect_version, found)
            _batched(tx, "UNWIND $rows AS r MATCH (:Organisation {id: r.from_id})-[t:TIE {kind: r.kind, ref: r.ref}]->"
                         "(:Organisation {id: r.to_id}) DELETE t",
                     [{"from_id": a, "to_id": b, "kind": k, "ref": r} for a, b, k, r in change.remove_ties])
            _batched(tx, "UNWIND $rows AS r MATCH (o:Organisation {id: r.id}) DETACH DELETE o",
                     [{"id": i} for i in change.delete_orgs])
            data = GraphData(organisations=list(change.put_orgs), ties=list(change.put_ties))
            check_load(tx, data)
            if data.organisations:
                write_orgs(tx, data.organisations, existing_orgs(tx, [o.id for o in data.organisations]))
            write_ties(tx, data.ties)
            for intro in change.put_introductions:
                tx.run("MATCH (i:Introduction {id: $id})-[x:INTRODUCES]->() DELETE x", id=intro.id).consume()
                _write_intro(tx, intro)
            _batched(tx, "UNWIND $rows AS r MERGE (x:Review {key: r.key}) SET x.a = r.a, x.b = r.b, "
                         "x.status = r.status, x.item = r.item", [_review_row(i) for i in change.put_items])
            if change.touches_graph:
                tx.run(_BUMP).consume()

        self._run_write(work)

    # ---- reads --------------------------------------------------------------------
    def version(self) -> int:
        def work(tx):
            rec = tx.run("MATCH (m:Meta {key: 'version'}) RETURN m.value AS v").single()
            return int(rec["v"]) if rec else 0

        return self._run_read(work)

    def get_organisation(self, org_id: str) -> Organisation | None:
        found = self._run_read(_orgs_by_ids, [org_id])
        return found[0] if found else None

    def search(self, query: str, limit: int = 20) -> list[Organisation]:
        words = [w for w in query.lower().split() if w]
        if not words:
            return []
        q = query.lower().strip()

        def work(tx):
            ids = [r["id"] for r in tx.run(
                "MATCH (o:Organisation) WHERE o.name_lc CONTAINS $first AND all(w IN $words WHERE o.name_lc CONTAINS w) "
                "RETURN o.id AS id ORDER BY CASE WHEN o.name_lc = $q THEN 0 WHEN o.name_lc STARTS WITH $q THEN 1 "
                "ELSE 2 END, o.name_lc, o.id LIMIT $limit", first=words[0], words=words, q=q, limit=int(limit))]
            by_id = {o.id: o for o in _orgs_by_ids(tx, ids)}
            return [by_id[i] for i in ids]

        return self._run_read(work)

    def search_text(self, query: str, limit: int = TEXT_SEARCH_LIMIT) -> list[str]:
        terms = search_terms(query)
        if not terms:
            return []
        # Lucene syntax built from letters and digits only (search_terms), each word a term or
        # a prefix in any field, every word required; boosts as the embedded store's bm25 weights.
        lucene = " AND ".join(
            f"(name:({t} OR {t}*)^10 OR description:({t} OR {t}*) OR service_text:({t} OR {t}*)^4 "
            f"OR community_text:({t} OR {t}*)^4)" for t in terms)

        def work(tx):
            return [r["id"] for r in tx.run(
                "CALL db.index.fulltext.queryNodes('organisation_text', $q) YIELD node, score "
                "RETURN node.id AS id ORDER BY score DESC, node.name_lc, node.id LIMIT $limit",
                q=lucene, limit=int(limit))]

        return self._run_read(work)

    def _index_text_once(self) -> None:
        """Give every organisation its searchable labels, once, in a store made before search
        by need (in batches: a large store's would not fit one transaction)."""
        def done(tx):
            rec = tx.run("MATCH (m:Meta {key: 'text_index'}) RETURN m.value AS v").single()
            return rec is not None and rec["v"] == _TEXT_INDEX_VERSION

        if self._run_read(done):
            return

        def batch(tx):
            ids = [r["id"] for r in tx.run("MATCH (o:Organisation) WHERE o.service_text IS NULL "
                                           "RETURN o.id AS id LIMIT 20000")]
            tx.run(_ORG_TEXT, rows=[{"id": i} for i in ids]).consume()
            return len(ids)

        while self._run_write(batch):
            pass
        self._run_write(lambda tx: tx.run("MERGE (m:Meta {key: 'text_index'}) SET m.value = $v",
                                          v=_TEXT_INDEX_VERSION).consume())

    def neighbours(self, org_id: str) -> list[tuple[Tie, Organisation]]:
        def work(tx):
            ties = [_tie(r) for r in tx.run(
                "MATCH (a:Organisation)-[t:TIE]->(b:Organisation) WHERE a.id = $id OR b.id = $id " + _TIE_RETURN,
                id=org_id)]
            ties.sort(key=lambda t: t.key)
            others = sorted({t.to_id if t.from_id == org_id else t.from_id for t in ties})
            by_id = {o.id: o for o in _orgs_by_ids(tx, others)}
            return [(t, by_id[t.to_id if t.from_id == org_id else t.from_id]) for t in ties]

        return self._run_read(work)

    def organisations_in_place(self, place_code: str) -> list[Organisation]:
        def work(tx):
            ids = [r["id"] for r in tx.run(
                "MATCH (p:Place {code: $code}) MATCH (q:Place)-[:PART_OF*0..]->(p) "
                "MATCH (o:Organisation)-[:OPERATES_IN]->(q) RETURN DISTINCT o.id AS id", code=place_code)]
            return _orgs_by_ids(tx, ids)

        return sorted(self._run_read(work), key=lambda o: (o.name.lower(), o.id))

    def counts(self) -> dict:
        def work(tx):
            rec = tx.run(
                "RETURN COUNT { (:Organisation) } AS organisations, COUNT { ()-[:TIE]->() } AS ties, "
                "COUNT { (:Service) } AS services, COUNT { (:Community) } AS communities, "
                "COUNT { (:Place) } AS places, COUNT { (:Place)-[:NEEDS]->() } AS needs, "
                "COUNT { (:Introduction) } AS introductions").single()
            return dict(rec)

        return self._run_read(work)

    def read_all(self) -> GraphData:
        # Flat queries grouped in Python: per-organisation COLLECT subqueries cost far more
        # on a large graph than three streams of (id, code) pairs.
        def work(tx):
            rec = tx.run("MATCH (m:Meta {key: 'version'}) RETURN m.value AS v").single()
            links: dict[str, dict[str, list[str]]] = {}
            for attr, query in _LINK_QUERIES:
                ids, codes = tx.run(query).single().values()
                for org_id, code in zip(ids, codes):
                    links.setdefault(org_id, {}).setdefault(attr, []).append(code)
            orgs = [_org_from_values(values, links.get(values[0], {}))
                    for values in zip(*tx.run(_ALL_ORG_COLUMNS).single().values())]
            return GraphData(
                version=int(rec["v"]) if rec else 0,
                organisations=orgs,
                ties=[_tie_from_values(v) for v in zip(*tx.run(_ALL_TIES).single().values())],
                services=read_services(tx),
                communities=read_communities(tx),
                places=read_places(tx),
                needs=[Need(r["place"], "community" if r["is_community"] else "service", r["code"], r["level"],
                            r["source"] or "") for r in tx.run(
                    "MATCH (p:Place)-[n:NEEDS]->(x) RETURN p.code AS place, x:Community AS is_community, "
                    "coalesce(x.code, '') AS code, n.level AS level, n.source AS source")],
            )

        return self._run_read(work)

    # ---- introductions ----------------------------------------------------------------
    def _put_introduction(self, intro: Introduction, bump_version: bool = False) -> None:
        def work(tx):
            _write_intro(tx, intro)
            if bump_version:
                tx.run(_BUMP).consume()
        self._run_write(work)

    def get_introduction(self, intro_id: str) -> Introduction | None:
        rows = self._run_read(lambda tx: [r["i"] for r in tx.run(
            "MATCH (i:Introduction {id: $id}) RETURN i {.*} AS i", id=intro_id)])
        return _intro(rows[0]) if rows else None

    def list_introductions(self, org_id=None, status=None) -> list[Introduction]:
        rows = self._run_read(lambda tx: [r["i"] for r in tx.run(
            "MATCH (i:Introduction) WHERE ($org IS NULL OR i.org_a = $org OR i.org_b = $org) "
            "AND ($status IS NULL OR i.status = $status) RETURN i {.*} AS i "
            "ORDER BY i.created_at DESC, i.id DESC", org=org_id or None, status=status or None)])
        return [_intro(r) for r in rows]

    # ---- users ------------------------------------------------------------------------
    def put_user(self, user: User) -> None:
        props = {"name": user.name, "role": user.role, "password_hash": user.password_hash,
                 "token_hash": user.token_hash, "created_at": user.created_at, "session_key": user.session_key,
                 "tokens": json.dumps([list(t) for t in user.tokens])}
        self._run_write(lambda tx: tx.run("MERGE (u:User {name: $p.name}) SET u = $p", p=props).consume())

    def get_user(self, name: str) -> User | None:
        rows = self._run_read(lambda tx: [r["u"] for r in tx.run(
            "MATCH (u:User {name: $name}) RETURN u {.*} AS u", name=name)])
        return _user(rows[0]) if rows else None

    def list_users(self) -> list[User]:
        rows = self._run_read(lambda tx: [r["u"] for r in tx.run("MATCH (u:User) RETURN u {.*} AS u ORDER BY u.name")])
        return [_user(r) for r in rows]

    def user_by_token_hash(self, token_hash: str) -> User | None:
        if not token_hash:
            return None
        # Users are few: a token's hex hash found inside the JSON list, then compared exactly.
        rows = self._run_read(lambda tx: [r["u"] for r in tx.run(
            "MATCH (u:User) WHERE u.token_hash = $t OR u.tokens CONTAINS $t RETURN u {.*} AS u", t=token_hash)])
        users = [u for u in map(_user, rows) if u.has_token_hash(token_hash)]
        return users[0] if users else None

    def delete_user(self, name: str) -> bool:
        return self._run_write(lambda tx: tx.run(
            "MATCH (u:User {name: $name}) DELETE u RETURN count(*) AS n", name=name).single()["n"] > 0)


def _write_intro(tx, intro: Introduction) -> None:
    props = {k: v for k, v in intro.to_dict().items() if k != "history"}
    props["history"] = json.dumps([list(h) for h in intro.history])
    tx.run("MERGE (i:Introduction {id: $props.id}) SET i = $props "
           "WITH i MATCH (a:Organisation {id: $props.org_a}) MATCH (b:Organisation {id: $props.org_b}) "
           "MERGE (i)-[:INTRODUCES]->(a) MERGE (i)-[:INTRODUCES]->(b)", props=props).consume()


def _review_row(item) -> dict:
    return {"key": item.key, "a": item.a, "b": item.b, "status": item.status, "item": json.dumps(item.to_dict())}


def write_flags(tx, items) -> None:
    """Flagged pairs join the queue; a pair it holds already (open or decided) stays as it is."""
    _batched(tx, "UNWIND $rows AS r MERGE (x:Review {key: r.key}) "
                 "ON CREATE SET x.a = r.a, x.b = r.b, x.status = r.status, x.item = r.item",
             [_review_row(i) for i in items])


# ---- the steps of a load (one transaction, or several: see neo4j_staged) -------------------
def load_result_from_created(data: GraphData, created: dict[str, int]) -> dict:
    counts = data.counts()
    return load_result(data, {k: counts[k] - created.get(k, 0) for k in counts})


def load_rows(data: GraphData) -> int:
    """Rows a load writes: records plus organisations' links."""
    links = sum(len(o.services) + len(o.communities) + len(o.places) for o in data.organisations)
    return (len(data.organisations) + links + len(data.ties) + len(data.needs) + len(data.services)
            + len(data.communities) + len(data.places))


def check_load(tx, data: GraphData) -> set[str]:
    """Raise ModelError if `data` refers to anything neither stored nor in it. Returns the
    stored organisations the ties refer to."""
    orgs, needs = data.organisations, data.needs
    known_orgs = existing_orgs(tx, [i for t in data.ties for i in (t.from_id, t.to_id)])
    check_references(
        data,
        known_services=_existing(tx, "MATCH (s:Service) WHERE s.code IN $codes RETURN s.code AS v",
                                 [s for o in orgs for s in o.services]
                                 + [n.code for n in needs if n.target == "service"]),
        known_communities=_existing(tx, "MATCH (c:Community) WHERE c.code IN $codes RETURN c.code AS v",
                                    [c for o in orgs for c in o.communities]
                                    + [n.code for n in needs if n.target == "community"]),
        known_places=_existing(tx, "MATCH (p:Place) WHERE p.code IN $codes RETURN p.code AS v",
                               [p for o in orgs for p in o.places]
                               + [p.parent for p in data.places if p.parent] + [n.place for n in needs]),
        known_orgs=known_orgs,
    )
    return known_orgs


def existing_orgs(tx, ids) -> set[str]:
    return _existing(tx, "MATCH (o:Organisation) WHERE o.id IN $codes RETURN o.id AS v", ids)


def write_terms(tx, data: GraphData) -> dict[str, int]:
    """Upsert the services, communities and places of `data` (a place's PART_OF follows its
    parent); return how many of each were created. Organisations whose services or
    communities are relabelled get their searchable text again."""
    relabelled = _orgs_with_new_labels(tx, data)
    services, _ = _batched(
        tx, "UNWIND $rows AS r MERGE (s:Service {code: r.code}) SET s.label = r.label, s.parent = r.parent",
        [{"code": s.code, "label": s.label, "parent": s.parent} for s in data.services])
    communities, _ = _batched(
        tx, "UNWIND $rows AS r MERGE (c:Community {code: r.code}) SET c.label = r.label, c.parent = r.parent",
        [{"code": c.code, "label": c.label, "parent": c.parent} for c in data.communities])
    place_rows = [{"code": p.code, "name": p.name, "kind": p.kind, "parent": p.parent} for p in data.places]
    places, _ = _batched(tx, "UNWIND $rows AS r MERGE (p:Place {code: r.code}) "
                             "SET p.name = r.name, p.kind = r.kind, p.parent = r.parent", place_rows)
    _batched(tx, "UNWIND $rows AS r MATCH (p:Place {code: r.code})-[x:PART_OF]->() DELETE x", place_rows)
    _batched(tx, "UNWIND $rows AS r MATCH (p:Place {code: r.code}) MATCH (q:Place {code: r.parent}) "
                 "MERGE (p)-[:PART_OF]->(q)", [r for r in place_rows if r["parent"]])
    _batched(tx, _ORG_TEXT, [{"id": i} for i in sorted(relabelled)])
    return {"services": services, "communities": communities, "places": places}


def _orgs_with_new_labels(tx, data: GraphData) -> set[str]:
    """Organisations providing a service (or one in its family) or serving a community whose
    stored label differs from the one in `data`."""
    out: set[str] = set()
    for rows, query in (
            ([{"code": s.code, "label": s.label} for s in data.services],
             "UNWIND $rows AS r MATCH (s:Service {code: r.code}) WHERE s.label <> r.label "
             "MATCH (o:Organisation)-[:PROVIDES]->(x:Service) WHERE x.code = s.code OR x.parent = s.code "
             "RETURN DISTINCT o.id AS id"),
            ([{"code": c.code, "label": c.label} for c in data.communities],
             "UNWIND $rows AS r MATCH (c:Community {code: r.code}) WHERE c.label <> r.label "
             "MATCH (o:Organisation)-[:SERVES]->(c) RETURN DISTINCT o.id AS id")):
        for i in range(0, len(rows), BATCH):
            out.update(r["id"] for r in tx.run(query, rows=rows[i:i + BATCH]))
    return out


def write_orgs(tx, orgs, existed: set[str]) -> int:
    """Upsert organisations with their links; `existed` are the ids already stored. Returns
    how many organisations the upsert created."""
    # A stored organisation's links are replaced: cleared first. A new one has none yet.
    _batched(tx, "UNWIND $rows AS r MATCH (o:Organisation {id: r.id})-[x:PROVIDES|SERVES|OPERATES_IN]->() "
                 "DELETE x", [{"id": o.id} for o in orgs if o.id in existed])
    created = _batched(tx, _UPSERT_ORGS, [_org_row(o) for o in orgs])[0]
    _batched(tx, _ORG_TEXT, [{"id": o.id} for o in orgs])
    return created


def write_ties(tx, ties) -> int:
    # In order of the first organisation: consecutive rows touch the same pages of the store.
    return _batched(tx, _UPSERT_TIES, [_tie_row(t) for t in sorted(ties, key=lambda t: t.from_id)])[1]


def write_needs(tx, needs) -> int:
    """Upsert needs; return how many were created."""
    _, for_communities = _batched(
        tx, "UNWIND $rows AS r MATCH (p:Place {code: r.place}) MATCH (c:Community {code: r.code}) "
            "MERGE (p)-[n:NEEDS]->(c) SET n.level = r.level, n.source = r.source",
        [_need_row(n) for n in needs if n.target == "community"])
    _, for_services = _batched(
        tx, "UNWIND $rows AS r MATCH (p:Place {code: r.place}) MATCH (s:Service {code: r.code}) "
            "MERGE (p)-[n:NEEDS]->(s) SET n.level = r.level, n.source = r.source",
        [_need_row(n) for n in needs if n.target == "service"])
    created = for_communities + for_services
    return created


# ---- taxonomy reads: all of them, or only the given codes ----------------------------------
def read_services(tx, codes=None) -> list[Service]:
    return [Service(r["code"], r["label"], r["parent"] or "") for r in tx.run(
        "MATCH (s:Service) WHERE $codes IS NULL OR s.code IN $codes "
        "RETURN s.code AS code, s.label AS label, s.parent AS parent", codes=codes)]


def read_communities(tx, codes=None) -> list[Community]:
    return [Community(r["code"], r["label"], r["parent"] or "") for r in tx.run(
        "MATCH (c:Community) WHERE $codes IS NULL OR c.code IN $codes "
        "RETURN c.code AS code, c.label AS label, c.parent AS parent", codes=codes)]


def read_places(tx, codes=None) -> list[Place]:
    return [Place(r["code"], r["name"], r["kind"], r["parent"] or "") for r in tx.run(
        "MATCH (p:Place) WHERE $codes IS NULL OR p.code IN $codes "
        "RETURN p.code AS code, p.name AS name, p.kind AS kind, p.parent AS parent", codes=codes)]


# ---- row conversion --------------------------------------------------------------------
def _reason(e: Exception) -> str:
    text = getattr(e, "message", None) or str(e) or e.__class__.__name__
    return " ".join(str(text).split())[:300]


def _batched(tx, query: str, rows: list) -> tuple[int, int]:
    """Run `query` over `rows` in batches; return the (nodes, relationships) it created, as
    the server counted them in this transaction (a MERGE that found its record creates none)."""
    nodes = relationships = 0
    for i in range(0, len(rows), BATCH):
        counters = tx.run(query, rows=rows[i:i + BATCH]).consume().counters
        nodes += counters.nodes_created
        relationships += counters.relationships_created
    return nodes, relationships


def _existing(tx, query: str, values) -> set[str]:
    values = sorted(set(values))
    found: set[str] = set()
    for i in range(0, len(values), 50_000):
        found.update(r["v"] for r in tx.run(query, codes=values[i:i + 50_000]))
    return found


def _org_row(o: Organisation) -> dict:
    row = {k: (list(v) if isinstance(v := getattr(o, k), tuple) else v)
           for k in _ORG_PROPERTIES if k != "name_lc"}
    row["name_lc"] = o.name.lower()
    # Neo4j properties cannot hold maps: the inferences are kept as one JSON string.
    row["inferred"] = json.dumps([i.to_dict() for i in o.inferred]) if o.inferred else None
    row.update(id=o.id, services=list(o.services), communities=list(o.communities), places=list(o.places))
    return row


def _tie_row(t: Tie) -> dict:
    row = {k: getattr(t, k) for k in _TIE_PROPERTIES}
    row.update(from_id=t.from_id, to_id=t.to_id, kind=t.kind, ref=t.ref)
    return row


def _need_row(n: Need) -> dict:
    return {"place": n.place, "code": n.code, "level": n.level, "source": n.source}


def _orgs_by_ids(tx, ids) -> list[Organisation]:
    return [_org(r) for r in tx.run(_ORGS_BY_ID, ids=list(ids))]


def _org(r) -> Organisation:
    return _org_from(r["o"], {"services": r["services"], "communities": r["communities"], "places": r["places"]})


def _org_from(o: dict, links: dict) -> Organisation:
    return Organisation(
        id=o["id"], name=o["name"], description=o.get("description") or "", sector=o["sector"],
        legal_form=o.get("legal_form") or "", size_band=o.get("size_band"), income=stored_number(o.get("income")),
        led_by=tuple(o.get("led_by") or ()), registered_ids=tuple(o.get("registered_ids") or ()),
        postcode=o.get("postcode") or "", lat=o.get("lat"), lon=o.get("lon"), website=stored_website(o.get("website")),
        source=o.get("source") or "", updated_at=o.get("updated_at") or "",
        services=tuple(links.get("services", ())), communities=tuple(links.get("communities", ())),
        places=tuple(links.get("places", ())), inferred=_inferred_from(o.get("inferred")))


def _inferred_from(value) -> tuple:
    return tuple(json.loads(value)) if value and value != "[]" else ()


def _tie(r) -> Tie:
    t = r["t"]
    return Tie(from_id=r["from_id"], to_id=r["to_id"], kind=t["kind"], form=t.get("form") or "",
               strength=t.get("strength", 1.0), since=t.get("since") or "", until=t.get("until") or "",
               amount=stored_number(t.get("amount")), currency=t.get("currency") or "", source=t.get("source") or "",
               ref=t.get("ref") or "")


def _tie_from_values(v) -> Tie:
    a, b, kind, form, strength, since, until, amount, currency, source, ref = v
    return Tie(from_id=a, to_id=b, kind=kind, form=form, strength=strength, since=since, until=until,
               amount=None if amount < 0 else stored_number(amount), currency=currency, source=source, ref=ref)


def _org_from_values(v, links: dict) -> Organisation:
    (id_, name, description, sector, legal_form, size_band, income, led_by, registered_ids, postcode, lat, lon,
     website, source, updated_at, inferred) = v
    return Organisation(
        id=id_, name=name, description=description, sector=sector, legal_form=legal_form,
        size_band=size_band or None, income=None if income < 0 else stored_number(income), led_by=tuple(led_by),
        registered_ids=tuple(registered_ids), postcode=postcode, lat=None if lat == -999.0 else lat,
        lon=None if lon == -999.0 else lon, website=stored_website(website), source=source, updated_at=updated_at,
        services=tuple(links.get("services", ())), communities=tuple(links.get("communities", ())),
        places=tuple(links.get("places", ())), inferred=_inferred_from(inferred))


def _intro(i: dict) -> Introduction:
    return Introduction(id=i["id"], org_a=i["org_a"], org_b=i["org_b"], status=i["status"], broker=i.get("broker") or "",
                        created_at=i.get("created_at") or "", updated_at=i.get("updated_at") or "",
                        note=i.get("note") or "", outcome=i.get("outcome") or "",
                        history=tuple(tuple(h) for h in json.loads(i.get("history") or "[]")))


def _user(u: dict) -> User:
    return User(name=u["name"], role=u["role"], password_hash=u.get("password_hash") or "",
                token_hash=u.get("token_hash") or "", created_at=u.get("created_at") or "",
                session_key=u.get("session_key") or "",
                tokens=tuple(tuple(t) for t in json.loads(u.get("tokens") or "[]")))

