"""Organisation search: words (by need) plus filters on place, service, community, sector,
size and leadership, and the counts per facet of what was found.

The words are matched by the store's full-text index (`GraphStore.search_text`: name,
description, service and community labels), which ranks them; filters and facet counts
need the snapshot's incidence matrices, so they run here on arrays built once per
snapshot version. When the store cannot be reached, the words are matched in the
snapshot's own text instead (`text_rows`), so search still answers read-only.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from graph.stores.base import search_terms

__all__ = ["SearchIndex", "FILTERS", "FACETS", "search_rows", "name_rows", "text_rows", "facet_counts", "searchable_texts"]

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


def searchable_texts(snap) -> tuple[str, ...]:
    """Each organisation's searchable words as the stores index them (lower-cased), for
    matching without the store."""
    def service_words(code):
        j = snap.service_index[code]
        s = snap.services[j]
        parent = snap.label("service", s.parent) if s.parent in snap.service_index else ""
        return f"{parent} {s.label}"
    return tuple(" ".join([o.name, o.description, *(service_words(c) for c in o.services if c in snap.service_index),
                           *(snap.label("community", c) for c in o.communities)]).lower()
                 for o in snap.orgs)


def text_rows(snap, texts: tuple[str, ...], idx: "SearchIndex", query: str) -> list[int]:
    """Rows whose words start with every query word (GraphStore.search_text's rule, read
    from the snapshot): a match in the name first, then by name."""
    import re
    terms = search_terms(query)
    if not terms:
        return []
    patterns = [re.compile(r"(?<![^\W_])" + re.escape(t)) for t in terms]
    hits = [i for i in idx.order.tolist() if all(p.search(texts[i]) for p in patterns)]
    in_name = [i for i in hits if all(p.search(idx.names[i]) for p in patterns)]
    named = set(in_name)
    return in_name + [i for i in hits if i not in named]


def search_rows(snap, idx: SearchIndex, filters: dict, text_hits: list[int] | None = None) -> np.ndarray:
    """Row numbers matching every filter given, best first.

    With words (`q`), `text_hits` are the rows the full-text search found, best first, and
    the filters keep their order. Without words: by name.
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
    if not (filters.get("q") or "").strip():
        return idx.order[mask[idx.order]]
    hits = np.array(text_hits or [], dtype=np.int64)
    return hits[mask[hits]] if len(hits) else hits


def name_rows(idx: SearchIndex, query: str) -> list[int]:
    """Rows whose name contains every word of `query`: exact name first, then names starting
    with it, then the rest, each by name (choosing an organisation by its name)."""
    q = (query or "").strip().lower()
    words = q.split()
    if not words:
        return []
    names = idx.names
    hits = idx.order.tolist()
    for w in words:  # one pass per word: cheaper than all(...) per row
        hits = [i for i in hits if w in names[i]]
    exact = [i for i in hits if names[i] == q]
    prefix = [i for i in hits if names[i] != q and names[i].startswith(q)]
    rest = [i for i in hits if not names[i].startswith(q)]
    return exact + prefix + rest


FACETS = ("service", "community", "place", "size", "led_by")


def _column_counts(matrix, rows: np.ndarray) -> np.ndarray:
    if not len(rows):
        return np.zeros(matrix.shape[1], dtype=np.int64)
    return np.asarray(matrix[rows].sum(axis=0)).ravel().astype(np.int64)


def _family_counts(snap, matrix, index: dict[str, int], terms, rows: np.ndarray) -> dict[str, int]:
    """How many of `rows` have each code, a family counting each organisation once however
    many of its members it has (as the filter includes a family's members)."""
    sub = matrix[rows] if len(rows) else None
    out = {}
    for t in terms:
        if sub is None:
            out[t.code] = 0
            continue
        cols = _code_columns(index, t.code)
        out[t.code] = int((np.asarray(sub[:, cols].sum(axis=1)).ravel() > 0).sum()) if cols else 0
    return out


def facet_counts(snap, idx: SearchIndex, rows: np.ndarray) -> dict[str, dict[str, int]]:
    """For each facet, how many of the organisations found have each value (zeros left out)."""
    rows = np.asarray(rows, dtype=np.int64)
    out = {
        "service": _family_counts(snap, snap.org_services, snap.service_index, snap.services, rows),
        "community": _family_counts(snap, snap.org_communities, snap.community_index, snap.communities, rows),
        "place": dict(zip((p.code for p in snap.places),
                          _column_counts(snap.org_places_closed, rows).tolist())),
    }
    sizes: dict[str, int] = {}
    for s in idx.size[rows].tolist() if len(rows) else ():
        if s:
            sizes[s] = sizes.get(s, 0) + 1
    out["size"] = sizes
    led: dict[str, int] = {}
    for i in rows.tolist():
        for v in idx.led_by[i]:
            led[v] = led.get(v, 0) + 1
    if led:
        led["any"] = sum(1 for i in rows.tolist() if idx.led_by[i])
    out["led_by"] = led
    return {k: {code: n for code, n in v.items() if n} for k, v in out.items()}
