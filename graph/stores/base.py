"""The GraphStore contract both stores keep (see tests/contract/).

A store persists the graph; everything that reasons about it works on a Snapshot
(graph.snapshot) built from one `read_all()` and cached until the store's version changes.
"""
from __future__ import annotations

import contextlib
import re
import threading
import uuid
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Iterable

from graph.model import (INTRO_TRANSITIONS, OUTCOME_STATUSES, Community, Introduction, ModelError, Need,
                         Organisation, Place, Service, Tie, User, now_iso)

__all__ = ["GraphStore", "GraphData", "StoreError", "StoreUnavailable", "NotFound", "load_result", "stale_review",
           "search_terms", "TEXT_SEARCH_LIMIT"]

# How many organisations a full-text search returns at most (best first): enough to count
# facets over every match in a large place, small enough to answer in well under a second.
TEXT_SEARCH_LIMIT = 5000

# Words that say nothing about a need ("help for refugees" means "help refugees"). Both
# stores drop them from a query, so a query of function words alone finds nothing either way.
_STOP_WORDS = frozenset("""a an and are as at be by for from in into is it of on or our the their them they
this to we who with within without your you""".split())
_WORD = re.compile(r"[^\W_]+")


def search_terms(query: str) -> list[str]:
    """The words a full-text search looks for, lower-cased, in order, without repeats:
    runs of letters and digits (punctuation and query syntax of either store are never
    passed on), less stop words and single letters. Each word matches as a prefix
    (`refug` finds "refugees"), in both stores."""
    seen: list[str] = []
    for w in _WORD.findall((query or "").lower()):
        if (len(w) > 1 or w.isdigit()) and w not in _STOP_WORDS and w not in seen:
            seen.append(w)
    return seen[:12]


class StoreError(RuntimeError):
    """A store operation that cannot be done as asked (unknown id, bad transition...)."""


class NotFound(StoreError):
    pass


class StoreUnavailable(StoreError):
    """The database cannot be reached. The message is one line fit for a user."""


@dataclass
class GraphData:
    """Everything in a store, as plain records: what `read_all` returns and `load` writes."""
    organisations: list[Organisation] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    communities: list[Community] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    version: int = 0

    def counts(self) -> dict:
        return {"organisations": len(self.organisations), "ties": len(self.ties),
                "services": len(self.services), "communities": len(self.communities),
                "places": len(self.places), "needs": len(self.needs)}


class GraphStore(ABC):
    """Persistence for the partnermap graph.

    Writes are atomic per call: `load` writes organisations, ties, taxonomy and needs in
    one transaction, so a failed import leaves the store exactly as it was. (Neo4j writes a
    load too big for one transaction in steps and undoes them if one fails: see
    graph/stores/neo4j_staged.py.) Every write
    bumps `version()`, which keys the snapshot cache.
    """

    url: str = ""

    def __init__(self):
        self._snapshot_lock = threading.Lock()
        self._snapshot = None

    # ---- place boundaries (graph.boundaries) -----------------------------------------
    # Kept beside the graph, not in GraphData or the snapshot: they are large and only the
    # geographic map reads them.
    @abstractmethod
    def put_boundaries(self, boundaries: Iterable) -> dict:
        """Store the outlines of places the store holds, all in one transaction: a boundary
        of a place the store does not hold fails the whole write (StoreError, naming it).
        Returns {"created": n, "updated": n} (a place's outline replaced counts as updated)."""

    @abstractmethod
    def boundaries(self, places: Iterable[str] | None = None) -> dict:
        """{place code: Boundary} for the places asked for (every one stored by default)."""

    # ---- writes -------------------------------------------------------------------
    @abstractmethod
    def load(self, data: GraphData, *, replace_ties_of: Iterable[str] = (), reviews: Iterable = ()) -> dict:
        """Upsert everything in `data` in one transaction; return counts written.

        `reviews` (graph.review.ReviewItem) are pairs the import flagged for a person to
        look at, written in the same transaction: a pair the queue already holds (open or
        decided) is left as it is, so a re-import never re-opens a dismissed pair.

        The counts per kind (`data.counts()`) come with `created` and `updated`: how many
        of them were new and how many replaced a stored record, decided inside the write
        itself, so that concurrent loads each report what they really did (see load_result).
        Organisations are upserted whole: their services, communities and places are
        replaced by the record's. Ties are upserted by key. Places, services and
        communities referenced by organisations must exist in the store or in `data`.
        """

    @contextlib.contextmanager
    def describing_loads(self, label: str, resume: dict | None = None):
        """Loads made inside this block are known by `label` (what is being imported, e.g.
        "csv /data/dir") and, if one is interrupted, can be run again from `resume` (plain
        JSON data for whoever started it: the import command keeps its format and path)."""
        previous = getattr(self, "_load_description", None)
        self._load_description = {"label": label, "resume": resume or {}}
        try:
            yield
        finally:
            self._load_description = previous

    def interrupted_load(self) -> dict | None:
        """A load that was written in several transactions and stopped part way, as
        {"label", "resume", "step", "steps"} (step: the one that did not finish); None when
        there is none. Only stores that split a load can have one (Neo4j: neo4j_staged)."""
        return None

    def upsert_organisations(self, orgs: Iterable[Organisation]) -> dict:
        return self.load(GraphData(organisations=list(orgs)))

    def upsert_ties(self, ties: Iterable[Tie]) -> dict:
        return self.load(GraphData(ties=list(ties)))

    def upsert_taxonomy(self, services=(), communities=(), places=()) -> dict:
        return self.load(GraphData(services=list(services), communities=list(communities),
                                   places=list(places)))

    @abstractmethod
    def remove_ties(self, keys: Iterable[tuple[str, str, str, str]]) -> int:
        """Remove ties by key (from_id, to_id, kind, ref); return how many were removed."""

    @abstractmethod
    def delete_organisation(self, org_id: str) -> bool:
        """Remove an organisation with its ties; True when it existed."""

    @abstractmethod
    def clear(self) -> None:
        """Remove all graph data (users are kept)."""

    # ---- reads --------------------------------------------------------------------
    @abstractmethod
    def version(self) -> int: ...

    @abstractmethod
    def get_organisation(self, org_id: str) -> Organisation | None: ...

    @abstractmethod
    def search(self, query: str, limit: int = 20) -> list[Organisation]:
        """Organisations whose name contains every word of `query` (case-insensitive),
        best first: exact name, then prefix, then others, each by name."""

    @abstractmethod
    def search_text(self, query: str, limit: int = TEXT_SEARCH_LIMIT) -> list[str]:
        """Ids of organisations matching every word of `query` (see `search_terms`) in their
        name, description, or the labels (not codes) of the services they provide and the
        communities they serve, a service's family label included ("Health" for "Health:
        Mental health support"); best first, a word in the name weighing most. At most
        `limit` ids. The embedded store keeps a SQLite FTS5 index, Neo4j a full-text index."""

    @abstractmethod
    def neighbours(self, org_id: str) -> list[tuple[Tie, Organisation]]:
        """Ties touching `org_id` in either direction, each with the organisation at the other end."""

    @abstractmethod
    def organisations_in_place(self, place_code: str) -> list[Organisation]:
        """Organisations operating in the place or in any place inside it, by name."""

    @abstractmethod
    def counts(self) -> dict:
        """{'organisations', 'ties', 'services', 'communities', 'places', 'needs', 'introductions'}"""

    @abstractmethod
    def read_all(self) -> GraphData:
        """The whole graph in one read (one transaction), with the version it reflects."""

    def snapshot(self):
        """The current Snapshot, rebuilt only when the store's version has changed."""
        from graph.snapshot import Snapshot

        current = self.version()
        with self._snapshot_lock:
            if self._snapshot is not None and self._snapshot.version == current:
                return self._snapshot
            snap = Snapshot.from_data(self.read_all())
            self._snapshot = snap
            return snap

    # ---- the review queue (graph.review) ---------------------------------------------
    @abstractmethod
    def review_items(self, status: str | None = None) -> list:
        """Review items (graph.review.ReviewItem), all or those of one status."""

    @abstractmethod
    def get_review_item(self, a: str, b: str):
        """The review item of the pair, named either way round, or None."""

    @abstractmethod
    def apply_review(self, change) -> None:
        """Make a review decision's writes (graph.review.ReviewChange) in one transaction:
        all of them or, on any failure, none. Raises StoreError, writing nothing, when
        `change.expect_version` is set and the store's version differs (someone wrote
        meanwhile), and ModelError for a tie to an organisation that is not stored. A change
        to the graph bumps the version; one to review items only does not."""

    def flag_for_review(self, items: Iterable) -> None:
        """Add flagged pairs to the queue (those it already holds are left as they are)."""
        self.load(GraphData(), reviews=list(items))

    # ---- introductions ----------------------------------------------------------------
    @abstractmethod
    def _put_introduction(self, intro: Introduction, bump_version: bool = False) -> None:
        """Write `intro` whole; with `bump_version`, move the data's version in the same
        transaction."""

    @abstractmethod
    def get_introduction(self, intro_id: str) -> Introduction | None: ...

    @abstractmethod
    def list_introductions(self, org_id: str | None = None, status: str | None = None) -> list[Introduction]:
        """Introductions, newest first, optionally for one organisation or one status."""

    def create_introduction(self, org_a: str, org_b: str, broker: str = "", note: str = "",
                            status: str = "suggested") -> Introduction:
        for oid in (org_a, org_b):
            if self.get_organisation(oid) is None:
                raise NotFound(f"no organisation with id {oid!r}")
        at = now_iso()
        intro = Introduction(id="INT-" + uuid.uuid4().hex[:12], org_a=org_a, org_b=org_b,
                             status=status, broker=broker, created_at=at, updated_at=at,
                             note=note, history=((status, at, broker),))
        self._put_introduction(intro)
        return intro

    def update_introduction(self, intro_id: str, status: str, by: str = "", note: str | None = None,
                            outcome: str | None = None) -> Introduction:
        intro = self.get_introduction(intro_id)
        if intro is None:
            raise NotFound(f"no introduction with id {intro_id!r}")
        if status != intro.status and status not in INTRO_TRANSITIONS.get(intro.status, ()):
            allowed = ", ".join(INTRO_TRANSITIONS[intro.status]) or "none (it is closed)"
            raise StoreError(f"cannot move introduction {intro_id} from {intro.status} to {status}; "
                             f"allowed: {allowed}")
        at = now_iso()
        history = intro.history + (((status, at, by),) if status != intro.status else ())
        updated = Introduction(id=intro.id, org_a=intro.org_a, org_b=intro.org_b, status=status,
                               broker=intro.broker, created_at=intro.created_at, updated_at=at,
                               note=intro.note if note is None else note,
                               outcome=intro.outcome if outcome is None else outcome,
                               history=history)
        # An outcome the partner model learns from changes suggestions: it moves the data's
        # version, so every web worker rebuilds its snapshot and suggestion caches.
        self._put_introduction(updated, bump_version=status != intro.status and status in OUTCOME_STATUSES)
        return updated

    # ---- users (for the web app) -------------------------------------------------------
    @abstractmethod
    def put_user(self, user: User) -> None: ...

    @abstractmethod
    def get_user(self, name: str) -> User | None: ...

    @abstractmethod
    def list_users(self) -> list[User]: ...

    @abstractmethod
    def user_by_token_hash(self, token_hash: str) -> User | None: ...

    @abstractmethod
    def delete_user(self, name: str) -> bool: ...

    # ---- lifecycle ---------------------------------------------------------------------
    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def stale_review(expected: int, found: int) -> StoreError:
    return StoreError(f"the store changed while this decision was being made (version {found}, not {expected}): "
                      "nothing was written; look again and retry")


def load_result(data: GraphData, existed: dict[str, int]) -> dict:
    """What `load` returns: the counts written, and of them how many were created and how
    many updated, given how many of each kind already `existed` when the write ran."""
    counts = data.counts()
    created = {k: max(0, n - existed.get(k, 0)) for k, n in counts.items()}
    return {**counts, "created": created, "updated": {k: counts[k] - created[k] for k in counts}}


def check_references(data: GraphData, known_services, known_communities, known_places,
                     known_orgs) -> None:
    """Raise ModelError when a record points at a code or id that exists nowhere.

    Stores call this before writing so a dangling reference never half-lands.
    """
    services = set(known_services) | {s.code for s in data.services}
    communities = set(known_communities) | {c.code for c in data.communities}
    places = set(known_places) | {p.code for p in data.places}
    orgs = set(known_orgs) | {o.id for o in data.organisations}
    for o in data.organisations:
        for attr, known in (("services", services), ("communities", communities), ("places", places)):
            for code in getattr(o, attr):
                if code not in known:
                    raise ModelError(attr, f"organisation {o.id}: unknown code {code!r}")
    for t in data.ties:
        for attr in ("from_id", "to_id"):
            if getattr(t, attr) not in orgs:
                raise ModelError(attr, f"tie {t.from_id}->{t.to_id} ({t.kind}): "
                                       f"unknown organisation {getattr(t, attr)!r}")
    for p in data.places:
        if p.parent and p.parent not in places:
            raise ModelError("parent", f"place {p.code}: unknown parent {p.parent!r}")
    for n in data.needs:
        if n.place not in places:
            raise ModelError("place", f"need: unknown place {n.place!r}")
        known = communities if n.target == "community" else services
        if n.code not in known:
            raise ModelError("code", f"need in {n.place}: unknown {n.target} {n.code!r}")
