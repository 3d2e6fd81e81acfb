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

# A block's rows are spread densely only when that is small (few cells, and columns few
# enough that zeroing them costs less than a search); else they are looked up by sorted keys.
_DENSE_CELLS = 4_000_000
_DENSE_COLUMNS = 50_000


class _BlockRows:
    """Values of a few rows of a CSR matrix (block row `owner[i]` has `data[i]` at column
    `cols[i]`; repeated entries add up, as in toarray), read at (block row, column)."""

    def __init__(self, owner: np.ndarray, cols: np.ndarray, data: np.ndarray, n_rows: int, n_cols: int):
        self.n_cols = n_cols
        keys = owner.astype(np.int64) * n_cols + cols
        data = data.astype(np.float64, copy=False)
        if n_rows * n_cols <= _DENSE_CELLS and n_cols <= _DENSE_COLUMNS:
            self.dense = np.bincount(keys, weights=data, minlength=n_rows * n_cols).reshape(n_rows, n_cols)
            return
        self.dense = None
        if len(keys) > 1 and (np.diff(keys) <= 0).any():     # unsorted columns, or repeated entries
            order = np.argsort(keys, kind="stable")
            keys, data = keys[order], data[order]
            starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
            keys, data = keys[starts], np.add.reduceat(data, starts)
        self.keys, self.data = keys, data

    @classmethod
    def of(cls, x: sp.csr_matrix, rows) -> "_BlockRows":
        """Rows `rows` of `x`, read straight from its arrays (no sub-matrix is built)."""
        rows = np.asarray(rows, dtype=np.int64)
        pos, idx = _entries(x, rows)
        return cls(pos, x.indices[idx], x.data[idx], len(rows), x.shape[1])

    @classmethod
    def whole(cls, m: sp.csr_matrix) -> "_BlockRows":
        owner = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
        return cls(owner, m.indices, m.data, m.shape[0], m.shape[1])

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
    inter = _rows_dot(x, vs, q, _BlockRows.of(x, queries))
    union = (x.indptr[us + 1] - x.indptr[us]) + (x.indptr[vs + 1] - x.indptr[vs]) - inter
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
    mine = _BlockRows.of(adj, queries)
    two_hop = _BlockRows.whole(sp.csr_matrix(l3w[queries] @ adj))
    qe = q[pos]
    mine_at = mine.at(qe, cols)

    def dot(weighted, values):
        return np.bincount(pos, weights=weighted.data[idx] * values, minlength=len(vs)).astype(np.float64, copy=False)
    cn, aa, ra = dot(adj, mine_at), dot(ctx.adjacency_aa, mine_at), dot(ctx.adjacency_ra, mine_at)
    l3 = dot(l3w, two_hop.at(qe, cols))
    tied = mine.at(q, vs)
    s = ctx.l3_self_sum
    ku, kv = np.maximum(ctx.degree[us], 1), np.maximum(ctx.degree[vs], 1)
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
    shared_place = _rows_dot(ctx.place_weighted, vs, q, _BlockRows.of(ctx.places, queries))
    union_place = ctx.place_mass[us] + ctx.place_mass[vs] - shared_place
    out[:, 0] = _jaccard(ctx.communities, queries, us, vs, q)
    out[:, 1] = np.divide(shared_place, union_place, out=np.zeros(len(us)), where=union_place > 0)
    out[:, 2] = comp_val
    out[:, 3] = _jaccard(ctx.services, queries, us, vs, q)
    out[:, 4] = _rows_dot(ctx.description, vs, q, _BlockRows.of(ctx.description, queries))
    out[:, 5] = np.log1p(cn)
    out[:, 6] = np.log1p(aa)
    out[:, 7] = np.log1p(ra)
    out[:, 8] = np.log1p(l3)
    out[:, 9] = np.abs(ctx.size[us] - ctx.size[vs]) / 4.0
    out[:, 10] = sec_val
    return np.split(out, np.cumsum(lens)[:-1])
