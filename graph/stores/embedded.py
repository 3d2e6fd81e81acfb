"""EmbeddedStore: the zero-set-up store, one SQLite file in WAL mode.

It is a real, durable store (not a test double): several readers and one writer at a
time, each write one IMMEDIATE transaction, so a failed import leaves nothing behind.
Tables mirror the property graph in design.md.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Iterable

from graph.model import Community, Introduction, Need, Organisation, Place, Service, Tie, User, stored_number, stored_website
from graph.review.items import ReviewItem, pair_key
from graph.stores.base import (TEXT_SEARCH_LIMIT, GraphData, GraphStore, StoreUnavailable, check_references,
                               load_result, search_terms, stale_review)

__all__ = ["EmbeddedStore"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS services (code TEXT PRIMARY KEY, label TEXT NOT NULL, parent TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS communities (code TEXT PRIMARY KEY, label TEXT NOT NULL, parent TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS places (code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, parent TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS places_parent ON places(parent);
CREATE TABLE IF NOT EXISTS organisations (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, name_lc TEXT NOT NULL, description TEXT NOT NULL,
  sector TEXT NOT NULL, legal_form TEXT NOT NULL, size_band TEXT, income REAL,
  led_by TEXT NOT NULL, registered_ids TEXT NOT NULL, postcode TEXT NOT NULL, lat REAL, lon REAL,
  website TEXT NOT NULL, source TEXT NOT NULL, updated_at TEXT NOT NULL, inferred TEXT NOT NULL DEFAULT '[]');
CREATE INDEX IF NOT EXISTS organisations_name ON organisations(name_lc);
CREATE TABLE IF NOT EXISTS org_services (org_id TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY (org_id, code)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS org_communities (org_id TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY (org_id, code)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS org_places (org_id TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY (org_id, code)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS org_places_code ON org_places(code);
CREATE TABLE IF NOT EXISTS ties (
  from_id TEXT NOT NULL, to_id TEXT NOT NULL, kind TEXT NOT NULL, ref TEXT NOT NULL,
  form TEXT NOT NULL, strength REAL NOT NULL, since TEXT NOT NULL, until TEXT NOT NULL,
  amount REAL, currency TEXT NOT NULL, source TEXT NOT NULL,
  PRIMARY KEY (from_id, to_id, kind, ref)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ties_to ON ties(to_id);
CREATE TABLE IF NOT EXISTS needs (place TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL,
  level REAL NOT NULL, source TEXT NOT NULL, PRIMARY KEY (place, target, code)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS introductions (id TEXT PRIMARY KEY, org_a TEXT NOT NULL, org_b TEXT NOT NULL,
  status TEXT NOT NULL, broker TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
  note TEXT NOT NULL, outcome TEXT NOT NULL, history TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL,
  token_hash TEXT NOT NULL, created_at TEXT NOT NULL, session_key TEXT NOT NULL DEFAULT '',
  tokens TEXT NOT NULL DEFAULT '[]');
CREATE TABLE IF NOT EXISTS reviews (key TEXT PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL,
  status TEXT NOT NULL, item TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS reviews_status ON reviews(status);
CREATE TABLE IF NOT EXISTS boundaries (place TEXT PRIMARY KEY, geometry TEXT NOT NULL, source TEXT NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('version', '0');
"""

# Full-text search by need (GraphStore.search_text): one FTS5 row per organisation, its
# rowid the organisation's rowid, holding the words people search by: name, description and
# the labels of its services (with their family's) and communities. Kept in step with every
# write below; `_TEXT_INDEX_VERSION` in meta says the rows are complete (older stores are
# indexed once when opened).
_TEXT_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS org_text USING fts5(
  id UNINDEXED, name, description, services, communities, tokenize = 'unicode61 remove_diacritics 2');
"""
_TEXT_INDEX_VERSION = "1"
_TEXT_ROWS = """
INSERT INTO org_text (rowid, id, name, description, services, communities)
SELECT o.rowid, o.id, o.name, o.description,
  coalesce((SELECT group_concat(coalesce(p.label || ' ', '') || s.label, ' ') FROM org_services os
            JOIN services s ON s.code = os.code LEFT JOIN services p ON p.code = s.parent
            WHERE os.org_id = o.id), ''),
  coalesce((SELECT group_concat(c.label, ' ') FROM org_communities oc JOIN communities c ON c.code = oc.code
            WHERE oc.org_id = o.id), '')
FROM organisations o"""
# bm25 weights per column (id, name, description, services, communities): a word in the
# name counts most, a service or community label more than a word in a long description.
_TEXT_RANK = "bm25(org_text, 0.0, 10.0, 1.0, 4.0, 4.0)"

_ORG_COLS = ("id, name, description, sector, legal_form, size_band, income, led_by, registered_ids, "
             "postcode, lat, lon, website, source, updated_at, inferred")
_TIE_COLS = "from_id, to_id, kind, form, strength, since, until, amount, currency, source, ref"
_USER_COLS = "name, role, password_hash, token_hash, created_at, session_key, tokens"


def _add_user_columns(conn) -> None:
    """Stores made before sessions could be ended and users could hold several tokens."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(users)")}
    for column, default in (("session_key", "''"), ("tokens", "'[]'")):
        if column not in have:
            try:
                conn.execute(f"ALTER TABLE users ADD COLUMN {column} TEXT NOT NULL DEFAULT {default}")
            except sqlite3.OperationalError as e:  # another process added it first
                if "duplicate column" not in str(e):
                    raise


def _user(row) -> User:
    name, role, password_hash, token_hash, created_at, session_key, tokens = row
    return User(name=name, role=role, password_hash=password_hash, token_hash=token_hash, created_at=created_at,
                session_key=session_key or "", tokens=tuple(tuple(t) for t in json.loads(tokens or "[]")))


class EmbeddedStore(GraphStore):
    """A GraphStore in one SQLite file. `path` may be ':memory:'-free paths only, since
    each thread opens its own connection to the same file."""

    def __init__(self, path: str | os.PathLike):
        super().__init__()
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreUnavailable(f"cannot open embedded store at {self.path}: {e.strerror}") from None
        self._local = threading.local()
        self._write_lock = threading.Lock()
        conn = self._conn()
        conn.executescript(_SCHEMA)
        conn.executescript(_TEXT_SCHEMA)
        _add_missing_columns(conn)
        _add_user_columns(conn)
        self._index_text_once()

    # ---- connections ------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("PRAGMA foreign_keys=OFF")
            except sqlite3.Error as e:
                raise StoreUnavailable(f"cannot open embedded store at {self.path}: {e}") from None
            self._local.conn = conn
        return conn

    def _write(self):
        return _Tx(self, "BEGIN IMMEDIATE")

    def _read(self):
        return _Tx(self, "BEGIN")

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # ---- writes -------------------------------------------------------------------
    def load(self, data: GraphData, *, reviews=(), **_ignored) -> dict:
        reviews = list(reviews)
        with self._write() as c:
            existed = self._write_data(c, data)
            _flag(c, reviews)
            if any(data.counts().values()) or not reviews:
                _bump(c)
        return load_result(data, existed)

    def _write_data(self, c: sqlite3.Connection, data: GraphData) -> dict[str, int]:
        """Upsert `data` inside the open write transaction `c`; return how many of each
        kind were already stored."""
        orgs, needs = data.organisations, data.needs
        check_references(
            data,
            known_services=_codes_needed(c, "services", [s for o in orgs for s in o.services]
                                         + [n.code for n in needs if n.target == "service"]),
            known_communities=_codes_needed(c, "communities", [x for o in orgs for x in o.communities]
                                            + [n.code for n in needs if n.target == "community"]),
            known_places=_codes_needed(c, "places", [p for o in orgs for p in o.places]
                                       + [p.parent for p in data.places if p.parent]
                                       + [n.place for n in needs]),
            known_orgs=_ids_needed(c, (i for t in data.ties for i in (t.from_id, t.to_id))),
        )
        # Counted here, inside the write transaction (BEGIN IMMEDIATE: no other writer
        # runs meanwhile), so concurrent imports each report what they really created.
        existed = _stored_keys(c, data)
        relabelled = _orgs_with_new_labels(c, data)
        if data.organisations:
            # INSERT OR REPLACE gives a replaced organisation a new rowid: drop its old text row first.
            _drop_text_rows(c, [o.id for o in data.organisations])
        c.executemany("INSERT OR REPLACE INTO services VALUES (?,?,?)",
                      [(s.code, s.label, s.parent) for s in data.services])
        c.executemany("INSERT OR REPLACE INTO communities VALUES (?,?,?)",
                      [(x.code, x.label, x.parent) for x in data.communities])
        c.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?)",
                      [(p.code, p.name, p.kind, p.parent) for p in data.places])
        if data.organisations:
            ids = [(o.id,) for o in data.organisations]
            for table in ("org_services", "org_communities", "org_places"):
                c.executemany(f"DELETE FROM {table} WHERE org_id=?", ids)
            c.executemany(
                f"INSERT OR REPLACE INTO organisations ({_ORG_COLS}, name_lc) VALUES ({','.join('?' * 17)})",
                [(o.id, o.name, o.description, o.sector, o.legal_form, o.size_band, o.income,
                  json.dumps(list(o.led_by)), json.dumps(list(o.registered_ids)), o.postcode, o.lat,
                  o.lon, o.website, o.source, o.updated_at, _inferred_json(o), o.name.lower())
                 for o in data.organisations])
            for table, attr in (("org_services", "services"), ("org_communities", "communities"),
                                ("org_places", "places")):
                c.executemany(f"INSERT OR IGNORE INTO {table} VALUES (?,?)",
                              [(o.id, code) for o in data.organisations for code in getattr(o, attr)])
        reindex = relabelled - {o.id for o in data.organisations}
        _drop_text_rows(c, reindex)
        _write_text_rows(c, reindex | {o.id for o in data.organisations})
        c.executemany(f"INSERT OR REPLACE INTO ties ({_TIE_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                      [(t.from_id, t.to_id, t.kind, t.form, t.strength, t.since, t.until, t.amount,
                        t.currency, t.source, t.ref) for t in data.ties])
        c.executemany("INSERT OR REPLACE INTO needs VALUES (?,?,?,?,?)",
                      [(n.place, n.target, n.code, n.level, n.source) for n in data.needs])
        return existed
    def put_boundaries(self, boundaries) -> dict:
        from graph.stores.base import StoreError
        rows = [(b.place, b.to_json(), b.source) for b in boundaries]
        with self._write() as c:
            codes = sorted({r[0] for r in rows})
            known = _codes_needed(c, "places", codes)
            missing = [code for code in codes if code not in known]
            if missing:
                raise StoreError(f"no such place: {', '.join(missing[:5])}"
                                 + (f" and {len(missing) - 5} more" if len(missing) > 5 else ""))
            had = {r[0] for code in codes
                   for r in c.execute("SELECT place FROM boundaries WHERE place=?", (code,))}
            c.executemany("INSERT OR REPLACE INTO boundaries VALUES (?,?,?)", rows)
            if rows:
                _bump(c)
        return {"created": len({r[0] for r in rows} - had), "updated": len(had)}

    def boundaries(self, places=None) -> dict:
        from graph.boundaries import Boundary
        with self._read() as c:
            if places is None:
                found = c.execute("SELECT place, geometry, source FROM boundaries").fetchall()
            else:
                found = [r for code in places
                         for r in c.execute("SELECT place, geometry, source FROM boundaries WHERE place=?", (code,))]
        return {place: Boundary.from_json(place, geometry, source) for place, geometry, source in found}

    def remove_ties(self, keys: Iterable[tuple[str, str, str, str]]) -> int:
        with self._write() as c:
            before = c.total_changes
            c.executemany("DELETE FROM ties WHERE from_id=? AND to_id=? AND kind=? AND ref=?", list(keys))
            removed = c.total_changes - before
            if removed:
                _bump(c)
        return removed

    def delete_organisation(self, org_id: str) -> bool:
        with self._write() as c:
            gone = _delete_org(c, org_id)
            if gone:
                _bump(c)
        return gone

    # ---- the review queue -----------------------------------------------------------------
    def review_items(self, status: str | None = None) -> list:
        sql, args = "SELECT item FROM reviews", ()
        if status:
            sql, args = sql + " WHERE status=?", (status,)
        return [ReviewItem.from_dict(json.loads(r[0])) for r in self._conn().execute(sql + " ORDER BY key", args)]

    def get_review_item(self, a: str, b: str):
        row = self._conn().execute("SELECT item FROM reviews WHERE key=?", (pair_key(a, b),)).fetchone()
        return ReviewItem.from_dict(json.loads(row[0])) if row else None

    def apply_review(self, change) -> None:
        with self._write() as c:
            if change.expect_version is not None:
                found = int(c.execute("SELECT value FROM meta WHERE key='version'").fetchone()[0])
                if found != change.expect_version:
                    raise stale_review(change.expect_version, found)
            c.executemany("DELETE FROM ties WHERE from_id=? AND to_id=? AND kind=? AND ref=?",
                          [tuple(k) for k in change.remove_ties])
            for org_id in change.delete_orgs:
                _delete_org(c, org_id)
            # The same checks and writes as a load: a tie to nothing refuses the whole change.
            self._write_data(c, GraphData(organisations=list(change.put_orgs), ties=list(change.put_ties)))
            for intro in change.put_introductions:
                _put_intro(c, intro)
            c.executemany("INSERT OR REPLACE INTO reviews VALUES (?,?,?,?,?)",
                          [(i.key, i.a, i.b, i.status, json.dumps(i.to_dict())) for i in change.put_items])
            if change.touches_graph:
                _bump(c)

    def clear(self) -> None:
        with self._write() as c:
            for table in ("organisations", "org_services", "org_communities", "org_places", "ties",
                          "needs", "services", "communities", "places", "introductions", "reviews",
                          "boundaries", "org_text"):
                c.execute(f"DELETE FROM {table}")
            _bump(c)

    # ---- reads --------------------------------------------------------------------
    def version(self) -> int:
        return int(self._conn().execute("SELECT value FROM meta WHERE key='version'").fetchone()[0])

    def get_organisation(self, org_id: str) -> Organisation | None:
        with self._read() as c:
            orgs = _orgs_where(c, "id = ?", (org_id,))
        return orgs[0] if orgs else None

    def search(self, query: str, limit: int = 20) -> list[Organisation]:
        words = [w for w in query.lower().split() if w]
        if not words:
            return []
        where = " AND ".join("instr(name_lc, ?) > 0" for _ in words)
        q = query.lower().strip()
        with self._read() as c:
            rows = c.execute(
                f"SELECT id FROM organisations WHERE {where} ORDER BY "
                "CASE WHEN name_lc = ? THEN 0 WHEN substr(name_lc, 1, length(?)) = ? THEN 1 ELSE 2 END, "
                "name_lc, id LIMIT ?", (*words, q, q, q, int(limit))).fetchall()
            ids = [r[0] for r in rows]
            found = {o.id: o for o in _orgs_where(c, f"id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
        return [found[i] for i in ids]

    def search_text(self, query: str, limit: int = TEXT_SEARCH_LIMIT) -> list[str]:
        terms = search_terms(query)
        if not terms:
            return []
        # Each term a quoted FTS5 string (letters and digits only: see search_terms) and a prefix.
        match = " AND ".join(f'"{t}"*' for t in terms)
        with self._read() as c:
            rows = c.execute(f"SELECT id FROM org_text WHERE org_text MATCH ? ORDER BY {_TEXT_RANK}, lower(name), id "
                             "LIMIT ?", (match, int(limit))).fetchall()
        return [r[0] for r in rows]

    def _index_text_once(self) -> None:
        """Index every organisation's text, once, in a store made before search by need."""
        conn = self._conn()
        if _meta(conn, "text_index") == _TEXT_INDEX_VERSION:
            return
        with self._write() as c:
            if _meta(c, "text_index") == _TEXT_INDEX_VERSION:  # another process did it meanwhile
                return
            c.execute("DELETE FROM org_text")
            c.execute(_TEXT_ROWS)
            c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('text_index', ?)", (_TEXT_INDEX_VERSION,))

    def neighbours(self, org_id: str) -> list[tuple[Tie, Organisation]]:
        with self._read() as c:
            ties = [_tie(r) for r in c.execute(
                f"SELECT {_TIE_COLS} FROM ties WHERE from_id=? OR to_id=? ORDER BY from_id, to_id, kind, ref",
                (org_id, org_id))]
            others = {t.to_id if t.from_id == org_id else t.from_id for t in ties}
            found = {o.id: o for o in _orgs_where(c, f"id IN ({','.join('?' * len(others))})", list(others))} \
                if others else {}
        return [(t, found[t.to_id if t.from_id == org_id else t.from_id]) for t in ties]

    def organisations_in_place(self, place_code: str) -> list[Organisation]:
        with self._read() as c:
            rows = c.execute(
                "WITH RECURSIVE inside(code) AS (SELECT ? UNION SELECT p.code FROM places p JOIN inside i "
                "ON p.parent = i.code) SELECT DISTINCT op.org_id FROM org_places op JOIN inside i "
                "ON op.code = i.code", (place_code,)).fetchall()
            ids = [r[0] for r in rows]
            orgs = _orgs_where(c, "id IN (SELECT org_id FROM _ids)", (), ids=ids)
        return sorted(orgs, key=lambda o: (o.name.lower(), o.id))

    def counts(self) -> dict:
        with self._read() as c:
            out = {}
            for key, table in (("organisations", "organisations"), ("ties", "ties"), ("services", "services"),
                               ("communities", "communities"), ("places", "places"), ("needs", "needs"),
                               ("introductions", "introductions")):
                out[key] = c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return out

    def read_all(self) -> GraphData:
        with self._read() as c:
            version = int(c.execute("SELECT value FROM meta WHERE key='version'").fetchone()[0])
            organisations = _orgs_where(c, "1=1", ())
            data = GraphData(
                organisations=organisations,
                ties=_stored_ties(c.execute(f"SELECT {_TIE_COLS} FROM ties"), organisations),
                services=[Service(*r) for r in c.execute("SELECT code, label, parent FROM services")],
                communities=[Community(*r) for r in c.execute("SELECT code, label, parent FROM communities")],
                places=[Place(*r) for r in c.execute("SELECT code, name, kind, parent FROM places")],
                needs=[Need(*r) for r in c.execute("SELECT place, target, code, level, source FROM needs")],
                version=version)
        return data

    # ---- introductions ----------------------------------------------------------------
    def _put_introduction(self, intro: Introduction, bump_version: bool = False) -> None:
        with self._write() as c:
            _put_intro(c, intro)
            if bump_version:
                _bump(c)

    def get_introduction(self, intro_id: str) -> Introduction | None:
        row = self._conn().execute("SELECT * FROM introductions WHERE id=?", (intro_id,)).fetchone()
        return _intro(row) if row else None

    def list_introductions(self, org_id=None, status=None) -> list[Introduction]:
        sql, args = "SELECT * FROM introductions WHERE 1=1", []
        if org_id:
            sql += " AND (org_a=? OR org_b=?)"
            args += [org_id, org_id]
        if status:
            sql += " AND status=?"
            args.append(status)
        sql += " ORDER BY created_at DESC, id DESC"
        return [_intro(r) for r in self._conn().execute(sql, args)]

    # ---- users ------------------------------------------------------------------------
    def put_user(self, user: User) -> None:
        with self._write() as c:
            c.execute(f"INSERT OR REPLACE INTO users ({_USER_COLS}) VALUES (?,?,?,?,?,?,?)",
                      (user.name, user.role, user.password_hash, user.token_hash, user.created_at,
                       user.session_key, json.dumps([list(t) for t in user.tokens])))

    def get_user(self, name: str) -> User | None:
        row = self._conn().execute(f"SELECT {_USER_COLS} FROM users WHERE name=?", (name,)).fetchone()
        return _user(row) if row else None

    def list_users(self) -> list[User]:
        return [_user(r) for r in self._conn().execute(f"SELECT {_USER_COLS} FROM users ORDER BY name")]

    def user_by_token_hash(self, token_hash: str) -> User | None:
        if not token_hash:
            return None
        # A token's hash is hex, so a substring match on the JSON list finds its row; the
        # exact comparison then rules out anything else.
        rows = self._conn().execute(f"SELECT {_USER_COLS} FROM users WHERE token_hash=? OR instr(tokens, ?) > 0",
                                    (token_hash, token_hash)).fetchall()
        users = [u for u in map(_user, rows) if u.has_token_hash(token_hash)]
        return users[0] if users else None

    def delete_user(self, name: str) -> bool:
        with self._write() as c:
            return c.execute("DELETE FROM users WHERE name=?", (name,)).rowcount > 0


class _Tx:
    """One transaction on this thread's connection; rolls back on any error."""

    def __init__(self, store: EmbeddedStore, begin: str):
        self.store, self.begin = store, begin

    def __enter__(self) -> sqlite3.Connection:
        if self.begin == "BEGIN IMMEDIATE":
            self.store._write_lock.acquire()
        self.conn = self.store._conn()
        try:
            self.conn.execute(self.begin)
        except sqlite3.Error as e:
            if self.begin == "BEGIN IMMEDIATE":
                self.store._write_lock.release()
            raise StoreUnavailable(f"embedded store {self.store.path}: {e}") from None
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        try:
            self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            if self.begin == "BEGIN IMMEDIATE":
                self.store._write_lock.release()
        return False


def _put_intro(c: sqlite3.Connection, intro: Introduction) -> None:
    c.execute("INSERT OR REPLACE INTO introductions VALUES (?,?,?,?,?,?,?,?,?,?)",
              (intro.id, intro.org_a, intro.org_b, intro.status, intro.broker, intro.created_at,
               intro.updated_at, intro.note, intro.outcome, json.dumps([list(h) for h in intro.history])))


def _delete_org(c: sqlite3.Connection, org_id: str) -> bool:
    _drop_text_rows(c, [org_id])
    gone = c.execute("DELETE FROM organisations WHERE id=?", (org_id,)).rowcount > 0
    if gone:
        for table in ("org_services", "org_communities", "org_places"):
            c.execute(f"DELETE FROM {table} WHERE org_id=?", (org_id,))
        c.execute("DELETE FROM ties WHERE from_id=? OR to_id=?", (org_id, org_id))
    return gone


def _flag(c: sqlite3.Connection, items) -> None:
    """Flagged pairs join the queue; a pair it holds already (open or decided) stays as it is."""
    c.executemany("INSERT OR IGNORE INTO reviews VALUES (?,?,?,?,?)",
                  [(i.key, i.a, i.b, i.status, json.dumps(i.to_dict())) for i in items])


def _bump(c: sqlite3.Connection) -> None:
    c.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key='version'")


def _meta(c: sqlite3.Connection, key: str) -> str | None:
    row = c.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return row[0] if row else None


def _drop_text_rows(c: sqlite3.Connection, ids) -> None:
    _temp_ids(c, ids)
    c.execute("DELETE FROM org_text WHERE rowid IN (SELECT rowid FROM organisations WHERE id IN (SELECT v FROM _ids))")


def _write_text_rows(c: sqlite3.Connection, ids) -> None:
    _temp_ids(c, ids)
    c.execute(_TEXT_ROWS + " WHERE o.id IN (SELECT v FROM _ids)")


def _orgs_with_new_labels(c: sqlite3.Connection, data: GraphData) -> set[str]:
    """Organisations whose indexed text a load's taxonomy changes: those providing a service
    (or one in a family) or serving a community whose stored label differs from the new one."""
    out: set[str] = set()
    for table, links, terms in (("services", "org_services", data.services),
                                ("communities", "org_communities", data.communities)):
        new = {t.code: t.label for t in terms}
        if not new:
            continue
        _temp_ids(c, new)
        changed = [code for code, label in c.execute(f"SELECT code, label FROM {table} WHERE code IN (SELECT v FROM _ids)")
                   if new[code] != label]
        if not changed:
            continue
        _temp_ids(c, changed)
        out.update(r[0] for r in c.execute(
            f"SELECT DISTINCT l.org_id FROM {links} l JOIN {table} t ON t.code = l.code "
            "WHERE t.code IN (SELECT v FROM _ids) OR t.parent IN (SELECT v FROM _ids)"))
    return out


def _temp_ids(c: sqlite3.Connection, values) -> None:
    c.execute("CREATE TEMP TABLE IF NOT EXISTS _ids (v TEXT PRIMARY KEY) WITHOUT ROWID")
    c.execute("DELETE FROM _ids")
    c.executemany("INSERT OR IGNORE INTO _ids VALUES (?)", ((v,) for v in values))


def _stored_keys(c, data: GraphData) -> dict[str, int]:
    """How many of the records in `data`, per kind, the store already holds."""
    ties = {t.key for t in data.ties}
    _temp_ids(c, {t.from_id for t in data.ties})
    stored_ties = sum(1 for r in c.execute("SELECT from_id, to_id, kind, ref FROM ties "
                                           "WHERE from_id IN (SELECT v FROM _ids)") if tuple(r) in ties)
    needs = {(n.place, n.target, n.code) for n in data.needs}
    _temp_ids(c, {n.place for n in data.needs})
    stored_needs = sum(1 for r in c.execute("SELECT place, target, code FROM needs "
                                            "WHERE place IN (SELECT v FROM _ids)") if tuple(r) in needs)
    return {"organisations": len(_ids_needed(c, {o.id for o in data.organisations})),
            "ties": stored_ties,
            "services": len(_codes_needed(c, "services", {x.code for x in data.services})),
            "communities": len(_codes_needed(c, "communities", {x.code for x in data.communities})),
            "places": len(_codes_needed(c, "places", {x.code for x in data.places})),
            "needs": stored_needs}


def _codes_needed(c, table: str, codes) -> set[str]:
    """Which of `codes` already exist in `table` (one set-based query, not one per code)."""
    _temp_ids(c, codes)
    return {r[0] for r in c.execute(f"SELECT code FROM {table} WHERE code IN (SELECT v FROM _ids)")}


def _ids_needed(c, ids) -> set[str]:
    _temp_ids(c, ids)
    return {r[0] for r in c.execute("SELECT id FROM organisations WHERE id IN (SELECT v FROM _ids)")}


def _orgs_where(c: sqlite3.Connection, where: str, args, ids=None) -> list[Organisation]:
    if ids is not None:
        _temp_ids(c, ids)
        where, args = "id IN (SELECT v FROM _ids)", ()
    rows = c.execute(f"SELECT {_ORG_COLS} FROM organisations WHERE {where}", args).fetchall()
    if not rows:
        return []
    links: dict[str, dict[str, list[str]]] = {}
    # One object for each repeated value (codes, sectors, dates, ...), not one per row.
    shared: dict = {}
    one = shared.setdefault
    wanted = None if where == "1=1" else [r[0] for r in rows]
    for table, attr in (("org_services", "services"), ("org_communities", "communities"), ("org_places", "places")):
        if wanted is None:
            cur = c.execute(f"SELECT org_id, code FROM {table} ORDER BY org_id, code")
        else:
            _temp_ids(c, wanted)
            cur = c.execute(f"SELECT org_id, code FROM {table} WHERE org_id IN (SELECT v FROM _ids) "
                            "ORDER BY org_id, code")
        for org_id, code in cur:
            links.setdefault(org_id, {}).setdefault(attr, []).append(one(code, code))
    out = []
    new = object.__new__
    for r in rows:
        extra = links.get(r[0], {})
        values = dict(
            id=r[0], name=r[1], description=r[2], sector=one(r[3], r[3]), legal_form=one(r[4], r[4]),
            size_band=r[5] if r[5] is None else one(r[5], r[5]), income=stored_number(r[6]),
            led_by=_stored_strings(r[7], one), registered_ids=_stored_strings(r[8], one), postcode=r[9],
            lat=None if r[10] is None else float(r[10]), lon=None if r[11] is None else float(r[11]),
            website=stored_website(r[12]), source=one(r[13], r[13]), updated_at=one(r[14], r[14]),
            services=_shared_codes(extra.get("services"), one), communities=_shared_codes(extra.get("communities"), one),
            places=_shared_codes(extra.get("places"), one))
        if r[15] != "[]":  # inferred values: checked, as they must name values the record holds
            out.append(Organisation(**values, inferred=tuple(json.loads(r[15]))))
            continue
        # Written from a checked Organisation (only `put`s of them write these tables) and read
        # back in its normalised form (codes sorted by the ORDER BY): not checked again, which
        # was most of the time a 370,000-organisation snapshot took to read.
        out.append(_unchecked(new(Organisation), (*values.values(), ()), _ORG_FIELDS))
    return out


def _stored_strings(text: str, one) -> tuple[str, ...]:
    """A JSON list column (led_by, registered_ids) as the tuple of strings it was written from."""
    return () if text == "[]" else tuple(one(v, v) for v in json.loads(text))


def _shared_codes(codes: list[str] | None, one) -> tuple[str, ...]:
    """An organisation's codes of one kind: the same tuple for every organisation with the
    same ones (thousands share one ward), so a national snapshot does not hold a copy each."""
    if not codes:
        return ()
    codes = tuple(codes)
    return one(codes, codes)


def _inferred_json(o: Organisation) -> str:
    return json.dumps([i.to_dict() for i in o.inferred]) if o.inferred else "[]"


def _add_missing_columns(conn: sqlite3.Connection) -> None:
    """A store made by an older version lacks columns added since; add them with their
    defaults so its data reads as before (CREATE TABLE IF NOT EXISTS leaves old tables alone)."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(organisations)")}
    if "inferred" not in have:
        conn.execute("ALTER TABLE organisations ADD COLUMN inferred TEXT NOT NULL DEFAULT '[]'")


def _tie(r) -> Tie:
    return Tie(from_id=r[0], to_id=r[1], kind=r[2], form=r[3], strength=r[4], since=r[5], until=r[6],
               amount=stored_number(r[7]), currency=r[8], source=r[9], ref=r[10])


_TIE_FIELDS = ("from_id", "to_id", "kind", "form", "strength", "since", "until", "amount", "currency", "source",
               "ref")


def _stored_ties(rows, organisations) -> list[Tie]:
    """Every stored tie, for a snapshot: built without checking each one again, and sharing
    strings. Each row was a checked Tie when it was written (only `put`s of Tie objects write
    this table, and the schema keeps the types), so checking 1.85 million of them again took
    over a minute of a 370,000-organisation snapshot's build. The ids are the organisations'
    own strings and each repeated value (kind, form, dates, currency, source) one string,
    instead of a copy per row: about 200 bytes less per tie, a third of the tie memory.
    Amounts still pass through `stored_number` (older stores may hold inf or NaN)."""
    shared: dict[str, str] = {o.id: o.id for o in organisations}
    one = shared.setdefault
    new = object.__new__
    out = []
    append = out.append
    for from_id, to_id, kind, form, strength, since, until, amount, currency, source, ref in rows:
        append(_unchecked(new(Tie), (
            one(from_id, from_id), one(to_id, to_id), one(kind, kind), one(form, form), float(strength),
            one(since, since), one(until, until), None if amount is None else stored_number(amount),
            one(currency, currency), one(source, source), ref), _TIE_FIELDS))
    return out


def _unchecked(record, values, names):
    """`record` (a new, empty instance of a frozen dataclass) holding `values`, set one by one
    as the dataclass's own __init__ does: writing its __dict__ directly would turn Python's
    compact per-object values into a full dict each (464 bytes more per tie, measured)."""
    for name, value in zip(names, values):
        _set_attr(record, name, value)
    return record


_set_attr = object.__setattr__
_ORG_FIELDS = ("id", "name", "description", "sector", "legal_form", "size_band", "income", "led_by", "registered_ids",
               "postcode", "lat", "lon", "website", "source", "updated_at", "services", "communities", "places",
               "inferred")


def _intro(r) -> Introduction:
    return Introduction(id=r[0], org_a=r[1], org_b=r[2], status=r[3], broker=r[4], created_at=r[5],
                        updated_at=r[6], note=r[7], outcome=r[8], history=tuple(tuple(h) for h in json.loads(r[9])))
