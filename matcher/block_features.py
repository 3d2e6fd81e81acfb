"""Pair features for many query organisations at once, equal to one query at a time.

`matcher.pairs.pair_features` has a fast path for one query organisation u against its
candidates: it spreads u's row into a dense vector over all columns and reads it at the
candidates' entries. A nightly batch asks that for every organisation; done one by one,
each query pays numpy's per-call overhead some fifty times and, at 370,000
organisations, builds dense vectors as long as the whole graph (the adjacency row and
the two-hop row) only to read a few thousand entries of them.

Here a block of queries is scored in one pass: the candidate pairs of every query in the
block are concatenated, and "u's dense row read at column c" becomes a look-up of
(query, c) in the block's rows of the matrix (a dense block where that is small, a
sorted-key search otherwise). Every sum is taken over the same terms in the same order
as the one-query path (np.bincount adds each pair's terms in the order they are given;
absent entries are exact zeros), so the features are bit-for-bit those `pair_features`
gives, and the suggestions equal `matcher.service.match` (tests/matcher/test_batch.py).
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from matcher.pairs import FEATURES

__all__ = ["block_pair_features"]

# Above this many cells a block's rows are looked up by sorted keys, not spread densely.
_DENSE_CELLS = 4_000_000


class _BlockRows:
    """Values of rows `queries` of a CSR matrix, read at (query position, column)."""

    def __init__(self, rows: sp.csr_matrix):
        rows = sp.csr_matrix(rows)
        rows.sum_duplicates()             # canonical: sorted columns, so the keys below are sorted
        self.n_rows, self.n_cols = rows.shape
        if self.n_rows * self.n_cols <= _DENSE_CELLS:
            self.dense = rows.toarray().astype(np.float64, copy=False)
            self.keys = None
        else:
            self.dense = None
            owner = np.repeat(np.arange(self.n_rows, dtype=np.int64), np.diff(rows.indptr))
            self.keys = owner * self.n_cols + rows.indices
            self.data = rows.data.astype(np.float64, copy=False)

    def at(self, q: np.ndarray, cols: np.ndarray) -> np.ndarray:
        if self.dense is not None:
            return self.dense[q, cols]
        want = q.astype(np.int64) * self.n_cols + cols
        if len(self.keys) == 0:
            return np.zeros(len(want))
        i = np.minimum(np.searchsorted(self.keys, want), len(self.keys) - 1)
        return np.where(self.keys[i] == want, self.data[i], 0.0)


def _entries(x: sp.csr_matrix, vs: np.ndarray):
    """(pair position, entry index into x.data / x.indices) of every entry of rows `vs`,
    in the order matcher.pairs._gather gives them."""
    starts = x.indptr[vs]
    lens = x.indptr[vs + 1] - starts
    pos = np.repeat(np.arange(len(vs)), lens)
    offsets = np.arange(lens.sum()) - np.repeat(np.cumsum(lens) - lens, lens)
    return pos, np.repeat(starts, lens) + offsets


def _rows_dot(x: sp.csr_matrix, vs, q, block: _BlockRows) -> np.ndarray:
    """For each pair i: x[vs[i]] . (row q[i] of the block), as matcher.pairs.rows_dot."""
    pos, idx = _entries(x, vs)
    cols = x.indices[idx]
    return np.bincount(pos, weights=x.data[idx] * block.at(q[pos], cols),
                       minlength=len(vs)).astype(np.float64, copy=False)


def _jaccard(x: sp.csr_matrix, queries, us, vs, q) -> np.ndarray:
    inter = _rows_dot(x, vs, q, _BlockRows(x[queries]))
    size = np.diff(x.indptr)
    union = size[us] + size[vs] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def _complementarity(score, services: sp.csr_matrix, queries, vs, q) -> np.ndarray:
    """matcher.pairs.complementarity for each pair: the best score[a, b] over services a the
    query has and the candidate lacks, b the candidate has and the query lacks (0 if none).

    A maximum does not depend on the order it is taken in, so instead of a (pairs x
    services) mask per query service this walks only the (a, b) combinations that exist:
    a few per pair rather than the whole taxonomy."""
    n_s = services.shape[1]
    pos, idx = _entries(services, vs)
    b = services.indices[idx]
    sv = np.zeros((len(vs), n_s), bool)
    sv[pos, b] = True
    query_rows = sp.csr_matrix(services[queries])
    query_rows.sum_duplicates()
    su = query_rows.toarray() > 0
    keep = ~su[q[pos], b]                       # b: the candidate's, not the query's
    pos, b = pos[keep], b[keep]
    own = np.diff(query_rows.indptr)[q[pos]]    # pair each b with every service a of the query
    pair = np.repeat(pos, own)
    b = np.repeat(b, own)
    first = np.repeat(query_rows.indptr[q[pos]], own)
    a = query_rows.indices[first + np.arange(len(first)) - np.repeat(np.cumsum(own) - own, own)]
    keep = ~sv[pair, a]                         # a: the query's, not the candidate's
    best = np.full(len(vs), -np.inf)
    np.maximum.at(best, pair[keep], score[a[keep], b[keep]])
    return np.where(np.isfinite(best), best, 0.0)


def _topology(ctx, queries, us, vs, q):
    adj = ctx.adjacency
    l3w = ctx.adjacency_l3
    pos, idx = _entries(adj, vs)
    cols = adj.indices[idx]
    mine = _BlockRows(adj[queries])
    two_hop = _BlockRows(l3w[queries] @ adj)
    qe = q[pos]
    mine_at = mine.at(qe, cols)

    def dot(weighted, values):
        return np.bincount(pos, weights=weighted.data[idx] * values, minlength=len(vs)).astype(np.float64, copy=False)
    cn, aa, ra = dot(adj, mine_at), dot(ctx.adjacency_aa, mine_at), dot(ctx.adjacency_ra, mine_at)
    l3 = dot(l3w, two_hop.at(qe, cols))
    tied = mine.at(q, vs)
    k = np.maximum(ctx.degree, 1)
    s = ctx.l3_self_sum
    ku, kv = k[us], k[vs]
    l3 -= tied * (s[vs] / np.sqrt(kv) + s[us] / np.sqrt(ku) - 1.0 / np.sqrt(ku * kv))
    return cn, aa, ra, np.maximum(l3, 0.0), tied


def block_pair_features(model, ctx, queries, candidates) -> list[np.ndarray]:
    """The FEATURES matrix of each query row against its candidate rows.

    Parameters
    ----------
    model : matcher.model.PartnerModel
    ctx : matcher.context.MatchContext
    queries : array of int
        Query rows, distinct.
    candidates : list of array of int
        For each query, the candidate rows to score (as generate_candidates gives them).

    Returns
    -------
    list of ndarray
        For each query, what `model.features(ctx, np.full(len(c), u), c)` returns.
    """
    queries = np.asarray(queries, dtype=np.int64)
    lens = np.array([len(c) for c in candidates], dtype=np.int64)
    if lens.sum() == 0:
        return [np.zeros((0, len(FEATURES))) for _ in candidates]
    vs = np.concatenate([np.asarray(c, np.int64) for c in candidates])
    q = np.repeat(np.arange(len(queries)), lens)
    us = queries[q]
    out = np.zeros((len(us), len(FEATURES)))
    cn, aa, ra, l3, tied = _topology(ctx, queries, us, vs, q)
    loo = tied > 0
    comp = model.complementarity_
    sec = model.sector_lift_
    comp_val = _complementarity(comp.score_, ctx.services, queries, vs, q)
    sec_val = sec.score_[ctx.sector[us], ctx.sector[vs]]
    if loo.any():
        i = np.flatnonzero(loo)
        comp_val[i] = _complementarity(comp.loo_score(), ctx.services, queries, vs[i], q[i])
        sec_val[i] = sec.loo_score()[ctx.sector[us[i]], ctx.sector[vs[i]]]
    shared_place = _rows_dot(ctx.place_weighted, vs, q, _BlockRows(ctx.places[queries]))
    union_place = ctx.place_mass[us] + ctx.place_mass[vs] - shared_place
    out[:, 0] = _jaccard(ctx.communities, queries, us, vs, q)
    out[:, 1] = np.divide(shared_place, union_place, out=np.zeros(len(us)), where=union_place > 0)
    out[:, 2] = comp_val
    out[:, 3] = _jaccard(ctx.services, queries, us, vs, q)
    out[:, 4] = _rows_dot(ctx.description, vs, q, _BlockRows(ctx.description[queries]))
    out[:, 5] = np.log1p(cn)
    out[:, 6] = np.log1p(aa)
    out[:, 7] = np.log1p(ra)
    out[:, 8] = np.log1p(l3)
    out[:, 9] = np.abs(ctx.size[us] - ctx.size[vs]) / 4.0
    out[:, 10] = sec_val
    return np.split(out, np.cumsum(lens)[:-1])
