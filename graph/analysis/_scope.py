"""Where an analysis runs: a snapshot cut down to one place, and a cache per snapshot.

Every public analysis takes ``(snapshot, place=None, ...)``. `scope_for` turns that into a
`Scope`: a tie lens (which ties count; see ``graph.model.TIE_LENSES``) and the whole
snapshot, or `Snapshot.subgraph_for_place(place, lens="all")` built once and kept,
so analysing Luton never touches the work done for Bristol. Results are memoised per
snapshot object, which is immutable and carries one store version, so a cached result can
never be stale: the next write gives a new snapshot and a new cache entry. Only the last
few snapshots are kept.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable

from graph.snapshot import EVERYWHERE, Snapshot, lens_kinds

__all__ = ["AnalysisError", "UnknownPlace", "Scope", "scope_for", "memo", "clear_cache", "COLLABORATION",
           "FUNDING", "lens_note"]

# The lenses the analyses read. Champions, isolation, core and periphery, structural holes,
# brokerage and referrals read collaboration; funders have their own views (funders.py).
COLLABORATION = "collaboration"
FUNDING = "funding"

# A web process holds the current snapshot and, briefly, the one before it; tests build
# many small ones. Four keeps both without holding old 370k-organisation snapshots alive.
_MAX_SNAPSHOTS = 4

_lock = threading.Lock()
_entries: "OrderedDict[tuple[int, int], _Entry]" = OrderedDict()


class AnalysisError(ValueError):
    """An analysis cannot run as asked. The message is one line fit for a user."""


class UnknownPlace(AnalysisError):
    """The place code names no place in the snapshot."""


class _Entry:
    __slots__ = ("snapshot", "values", "locks")

    def __init__(self, snapshot: Snapshot):
        # The snapshot is held so that its id() cannot be reused while the entry lives.
        self.snapshot = snapshot
        self.values: dict = {}
        self.locks: dict = {}


def _entry(snapshot: Snapshot) -> _Entry:
    key = (id(snapshot), snapshot.version)
    with _lock:
        entry = _entries.get(key)
        if entry is not None and entry.snapshot is snapshot:
            _entries.move_to_end(key)
            return entry
        entry = _Entry(snapshot)
        _entries[key] = entry
        while len(_entries) > _MAX_SNAPSHOTS:
            _entries.popitem(last=False)
        return entry


def memo(snapshot: Snapshot, key: tuple, compute: Callable[[], Any]) -> Any:
    """The cached value for `key` on this snapshot, computing it once if absent.

    A lock per key means two web requests for the same heavy analysis wait for one
    computation rather than running it twice.
    """
    entry = _entry(snapshot)
    if key in entry.values:
        return entry.values[key]
    with _lock:
        key_lock = entry.locks.setdefault(key, threading.Lock())
    with key_lock:
        if key in entry.values:
            return entry.values[key]
        value = compute()
        entry.values[key] = value
        return value


def clear_cache() -> None:
    """Forget every cached result (benchmarks use this to time cold runs)."""
    with _lock:
        _entries.clear()


@dataclass(frozen=True, eq=False)
class Scope:
    """The organisations an analysis looks at.

    Attributes
    ----------
    root : Snapshot
        The snapshot the caller passed; the cache lives on it.
    place : str or None
        The place code, or None for the whole snapshot.
    lens : str
        Which ties the graphs built for this scope read ("collaboration", "funding" or
        "all"; see ``graph.snapshot.LENSES``).
    snap : Snapshot
        `root` itself, or its subgraph for `place`. Vertex i of every graph built for
        this scope is ``snap.orgs[i]``.
    """
    root: Snapshot
    place: str | None
    snap: Snapshot
    lens: str

    def memo(self, name: str, compute: Callable[[], Any], *params) -> Any:
        return memo(self.root, (name, self.place, self.lens, *params), compute)

    def with_lens(self, lens: str) -> "Scope":
        return self if lens == self.lens else Scope(self.root, self.place, self.snap, _checked(lens))

    @property
    def n(self) -> int:
        return len(self.snap.orgs)

    @property
    def place_name(self) -> str:
        return "the whole network" if self.place is None else self.root.label("place", self.place)

    def ids(self, rows) -> list[str]:
        orgs = self.snap.orgs
        return [orgs[int(i)].id for i in rows]


def _place_hint(snapshot: Snapshot, place: str) -> str:
    words = place.lower().split()
    hits = [p for p in snapshot.places if words and all(w in p.name.lower() for w in words)]
    if hits:
        shown = ", ".join(f"{p.code} ({p.name})" for p in hits[:3])
        return f"; did you mean {shown}?"
    if snapshot.places:
        roots = [p for p in snapshot.places if p.code not in snapshot.place_parent][:3]
        return "; known places include " + ", ".join(f"{p.code} ({p.name})" for p in roots)
    return "; this network has no places"


def _checked(lens: str) -> str:
    try:
        lens_kinds(lens)
    except ValueError as e:
        raise AnalysisError(str(e)) from None
    return lens


def scope_for(snapshot: Snapshot, place: str | None = None, *, lens: str) -> Scope:
    """The scope for `place` (None, "" or EVERYWHERE for the whole snapshot), reading the ties `lens`
    reads. The lens has no default: each analysis says which ties it means.

    Raises
    ------
    UnknownPlace
        When `place` is not a place code in the snapshot.
    """
    if not isinstance(snapshot, Snapshot):
        raise AnalysisError(f"expected a graph.snapshot.Snapshot, got {type(snapshot).__name__}")
    lens = _checked(lens)
    if place in (None, "", EVERYWHERE):
        return Scope(snapshot, None, snapshot, lens)
    if place not in snapshot.place_index:
        raise UnknownPlace(f"unknown place {place!r}{_place_hint(snapshot, str(place))}")
    sub = memo(snapshot, ("subgraph", place), lambda: snapshot.subgraph_for_place(place, lens="all"))
    return Scope(snapshot, place, sub, lens)


def lens_note(scope: Scope, ties_in_lens: int) -> str | None:
    """Plain words for a collaboration analysis of a place with no collaboration ties: say
    so, say what other ties there are, and what would fill the gap. None when there are
    collaboration ties."""
    if ties_in_lens:
        return None
    snap = scope.snap
    other = int((~snap.tie_mask(scope.lens)).sum()) if len(snap.ties) else 0
    where = "this network" if scope.place is None else scope.place_name
    text = f"No collaboration ties are recorded in {where}"
    if other:
        kinds = sorted({t.kind for t in snap.ties if t.kind not in lens_kinds(scope.lens)})
        text += (f"; it has {other:,} {' and '.join(k.replace('_', ' ') for k in kinds)} "
                 f"tie{'' if other == 1 else 's'}, which are not collaboration (being funded by the same "
                 "funder is not working together)")
    return (text + ". To fill it, import partnerships, referrals, contracts, co-location, shared networks "
            "or trustees (ties.csv in `partnermap import csv`), or record introductions and what came of them.")
