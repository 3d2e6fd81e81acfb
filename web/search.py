"""Organisation search over the Snapshot: name words plus filters on place, service,
community, sector, size and leadership.

The store's own `search` matches names only; filters need the snapshot's incidence
matrices, so the whole search runs here on arrays built once per snapshot version.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["SearchIndex", "FILTERS", "search_rows"]

FILTERS = ("q", "place", "service", "community", "sector", "size", "led_by")


@dataclass(frozen=True)
class SearchIndex:
    names: tuple[str, ...]          # lower-cased, row order
    sector: np.ndarray
    size: np.ndarray
    led_by: tuple[frozenset, ...]
    order: np.ndarray               # rows sorted by (name, id)

    @classmethod
    def build(cls, snap) -> "SearchIndex":
        names = tuple(o.name.lower() for o in snap.orgs)
        order = np.array(sorted(range(len(names)), key=lambda i: (names[i], snap.orgs[i].id)), dtype=np.int64)
        return cls(names=names,
                   sector=np.array([o.sector for o in snap.orgs], dtype=object),
                   size=np.array([o.size_band or "" for o in snap.orgs], dtype=object),
                   led_by=tuple(frozenset(o.led_by) for o in snap.orgs),
                   order=order)


def _code_columns(index: dict[str, int], code: str) -> list[int]:
    """The column of a taxonomy code and of every code under it (advice -> advice.debt...)."""
    prefix = code + "."
    return [j for c, j in index.items() if c == code or c.startswith(prefix)]


def _matrix_mask(matrix, index: dict[str, int], code: str) -> np.ndarray:
    cols = _code_columns(index, code)
    if not cols:
        return np.zeros(matrix.shape[0], dtype=bool)
    return np.asarray(matrix[:, cols].sum(axis=1)).ravel() > 0


def search_rows(snap, idx: SearchIndex, filters: dict) -> np.ndarray:
    """Row numbers matching every filter given, best first.

    With a name query: exact name, then names starting with it, then the rest, each by
    name (as GraphStore.search orders). Without one: by name.
    """
    n = len(snap.orgs)
    mask = np.ones(n, dtype=bool)
    if filters.get("place"):
        m = np.zeros(n, dtype=bool)
        m[snap.org_rows_in_place(filters["place"])] = True
        mask &= m
    if filters.get("service"):
        mask &= _matrix_mask(snap.org_services, snap.service_index, filters["service"])
    if filters.get("community"):
        mask &= _matrix_mask(snap.org_communities, snap.community_index, filters["community"])
    if filters.get("sector"):
        mask &= idx.sector == filters["sector"]
    if filters.get("size"):
        mask &= idx.size == filters["size"]
    if filters.get("led_by"):
        wanted = filters["led_by"]
        if wanted == "any":
            mask &= np.fromiter((bool(s) for s in idx.led_by), bool, n)
        else:
            mask &= np.fromiter((wanted in s for s in idx.led_by), bool, n)
    ordered = idx.order[mask[idx.order]]
    q = (filters.get("q") or "").strip().lower()
    words = q.split()
    if not words:
        return ordered
    names = idx.names
    hits = ordered.tolist()
    for w in words:  # one pass per word: cheaper than all(...) per row
        hits = [i for i in hits if w in names[i]]
    exact = [i for i in hits if names[i] == q]
    prefix = [i for i in hits if names[i] != q and names[i].startswith(q)]
    rest = [i for i in hits if not names[i].startswith(q)]
    return np.array(exact + prefix + rest, dtype=np.int64)
