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
import scipy.sparse as sp

from graph.stores.base import search_terms

__all__ = ["SearchIndex", "FILTERS", "FACETS", "search_rows", "name_rows", "text_rows", "facet_counts", "searchable_texts"]

FILTERS = ("q", "place", "service", "community", "sector", "size", "led_by")


@dataclass(frozen=True)
class SearchIndex:
    """What filters and facet counts read per organisation, as arrays over rows.

    Sector, size and leadership are kept as numbers (an index into the values found), not
    as one Python string or set per organisation: a search over a region's 42,000
    organisations otherwise took a reference to each one's set and string, and each
    reference count written copied that object's memory page into the worker that answered
    (copy-on-write after `serve` forks), about 1 MB of each worker's own memory per
    filtered search at 370,000 organisations (README "Sizing a server")."""
    names: tuple[str, ...]          # lower-cased, row order
    sector: np.ndarray              # row -> index into sectors
    sectors: tuple[str, ...]
    size: np.ndarray                # row -> index into sizes ("" where not known)
    sizes: tuple[str, ...]
    led_by: sp.csr_matrix           # rows x led_by_values, 1 where the organisation is led by it
    led_by_values: tuple[str, ...]
    led_by_any: np.ndarray          # row -> led by any smaller or marginalised voice
    order: np.ndarray               # rows sorted by (name, id)

    @classmethod
    def build(cls, snap) -> "SearchIndex":
        names = tuple(o.name.lower() for o in snap.orgs)
        order = np.array(sorted(range(len(names)), key=lambda i: (names[i], snap.orgs[i].id)), dtype=np.int64)
        sector, sectors = _codes_of([o.sector for o in snap.orgs])
        size, sizes = _codes_of([o.size_band or "" for o in snap.orgs])
        led_by_values = tuple(sorted({v for o in snap.orgs for v in o.led_by}))
        column = {v: j for j, v in enumerate(led_by_values)}
        led_by = _incidence_of([[column[v] for v in set(o.led_by)] for o in snap.orgs], len(led_by_values))
        return cls(names=names, sector=sector, sectors=sectors, size=size, sizes=sizes, led_by=led_by,
                   led_by_values=led_by_values, led_by_any=np.diff(led_by.indptr) > 0, order=order)

    def value_mask(self, field: str, value: str) -> np.ndarray:
        """Rows whose sector or size (`field`) is `value`."""
        codes, values = (self.sector, self.sectors) if field == "sector" else (self.size, self.sizes)
        if value not in values:
            return np.zeros(len(codes), dtype=bool)
        return codes == values.index(value)

    def led_by_mask(self, wanted: str) -> np.ndarray:
        """Rows led by `wanted` ("any": by any smaller or marginalised voice)."""
        if wanted == "any":
            return self.led_by_any.copy()
        if wanted not in self.led_by_values:
            return np.zeros(self.led_by.shape[0], dtype=bool)
        return np.asarray(self.led_by[:, self.led_by_values.index(wanted)].todense()).ravel() > 0


def _codes_of(values: list[str]) -> tuple[np.ndarray, tuple[str, ...]]:
    """(row -> index into the distinct values, the distinct values sorted)."""
    distinct = tuple(sorted(set(values)))
    index = {v: j for j, v in enumerate(distinct)}
    return np.fromiter((index[v] for v in values), np.int32, len(values)), distinct


def _incidence_of(columns: list[list[int]], n_cols: int) -> sp.csr_matrix:
    indptr = np.zeros(len(columns) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(c) for c in columns])
    indices = np.fromiter((j for c in columns for j in sorted(c)), np.int32, int(indptr[-1]))
    return sp.csr_matrix((np.ones(len(indices), dtype=np.int32), indices, indptr), shape=(len(columns), n_cols))


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
        mask &= idx.value_mask("sector", filters["sector"])
    if filters.get("size"):
        mask &= idx.value_mask("size", filters["size"])
    if filters.get("led_by"):
        mask &= idx.led_by_mask(filters["led_by"])
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
    # Counted on the index's arrays: no per-organisation Python object is read (see SearchIndex).
    out["size"] = _first_seen_counts(idx.size[rows], idx.sizes, skip="")
    led: dict[str, int] = {}
    if len(rows):
        per_value = np.asarray(idx.led_by[rows].sum(axis=0)).ravel()
        led = {v: int(per_value[j]) for j, v in enumerate(idx.led_by_values) if per_value[j]}
    if led:
        led["any"] = int(idx.led_by_any[rows].sum())
    out["led_by"] = led
    return {k: {code: n for code, n in v.items() if n} for k, v in out.items()}


def _first_seen_counts(codes: np.ndarray, values: tuple[str, ...], skip: str) -> dict[str, int]:
    """{value: how many of `codes` are it}, in the order the values first occur, `skip` left out."""
    if not len(codes):
        return {}
    present, first, counts = np.unique(codes, return_index=True, return_counts=True)
    return {values[c]: int(n) for _, c, n in sorted(zip(first.tolist(), present.tolist(), counts.tolist()))
            if values[c] != skip}
