"""Pair features: what two organisations share, what they bring each other, how close they sit.

All features are computed for arrays of pairs (us[i], vs[i]) with sparse row products,
so scoring a query's candidates and building a training set use the same code.

Pairs that are already tied (training positives) are measured *as if that tie were not
there*: degrees drop by one and walks of length 3 that run along the tie itself are
removed, so the model cannot learn "tied pairs look tied" (a leak that would inflate
every evaluation number and mean nothing at suggestion time).

There is deliberately no "number of partners" feature: it would push the already
well-connected up every list (the opposite of the issue's aim), and in evaluation it
made the model worse, not better, once shared partners and paths were in.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

__all__ = ["FEATURES", "pair_features", "complementarity", "rowwise_dot", "pair_dot"]

FEATURES = (
    "community_overlap",        # Jaccard of communities served
    "place_overlap",            # IDF-weighted Jaccard of places (ward counts more than region)
    "service_complementarity",  # best learned log-lift between services each has and the other lacks
    "service_redundancy",       # Jaccard of services: copies of each other
    "description_similarity",   # cosine of description TF-IDF
    "common_partners",          # log1p(shared partners)
    "adamic_adar",              # log1p(Adamic-Adar)
    "resource_allocation",      # log1p(resource allocation)
    "paths_of_length_3",        # log1p(degree-normalised paths of length 3, Kovacs et al. 2019)
    "size_gap",                 # |size band difference| / 4
    "sector_pair",              # learned log-lift of the two sectors' pairing in ties
)

_CHUNK = 20_000
# Many-query pairs (a training set) through the compiled loops of matcher/pair_kernels.py,
# the scipy expressions' results bit for bit; False runs the scipy expressions (the tests
# compare the two).
_COMPILED = True


def rowwise_dot(a: sp.csr_matrix, b: sp.csr_matrix) -> np.ndarray:
    """Dot product of row i of `a` with row i of `b`, for every i."""
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()


def _gather(x: sp.csr_matrix, rows: np.ndarray):
    """(row position, column, value) of every stored entry in `rows` of CSR `x`, without
    building a sub-matrix (scipy's fancy indexing costs ~0.3 ms a call; this is numpy)."""
    starts = x.indptr[rows]
    lens = x.indptr[rows + 1] - starts
    pos = np.repeat(np.arange(len(rows)), lens)
    offsets = np.arange(lens.sum()) - np.repeat(np.cumsum(lens) - lens, lens)
    idx = np.repeat(starts, lens) + offsets
    return pos, x.indices[idx], x.data[idx]


def rows_dot(x: sp.csr_matrix, rows: np.ndarray, dense: np.ndarray) -> np.ndarray:
    """x[rows] @ dense, for a dense vector over x's columns."""
    pos, cols, vals = _gather(x, rows)
    return np.bincount(pos, weights=vals * dense[cols], minlength=len(rows)).astype(np.float64, copy=False)


def dense_row(x: sp.csr_matrix, row: int) -> np.ndarray:
    out = np.zeros(x.shape[1])
    sl = slice(x.indptr[row], x.indptr[row + 1])
    out[x.indices[sl]] = x.data[sl]
    return out


def _single(us) -> int | None:
    """The query row when every pair starts from the same organisation (a suggestion query)."""
    return int(us[0]) if len(us) and (us == us[0]).all() else None


def pair_dot(a: sp.csr_matrix, us, b: sp.csr_matrix, vs) -> np.ndarray:
    """a[us[i]] . b[vs[i]] for every i; one sparse mat-vec when all us are one row."""
    u = _single(us)
    if u is not None:
        return rows_dot(b, vs, dense_row(a, u))
    return rowwise_dot(a[us], b[vs])


def _jaccard(x: sp.csr_matrix, us, vs) -> np.ndarray:
    inter = pair_dot(x, us, x, vs)
    us, vs = np.asarray(us), np.asarray(vs)
    size = np.diff(x.indptr)
    union = size[us] + size[vs] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def complementarity(score: np.ndarray, services: sp.csr_matrix, us, vs,
                    return_pair: bool = False):
    """max score[a, b] over services a of u that v lacks and b of v that u lacks.

    0 (chance level) when either side brings nothing new. With `return_pair`, also the
    (a, b) column pair that attains it (-1 where none).
    """
    u = _single(us)
    if u is not None:
        pos, cols, _ = _gather(services, vs)
        sv = np.zeros((len(vs), services.shape[1]), bool)
        sv[pos, cols] = True
        su = np.broadcast_to(dense_row(services, u) > 0, sv.shape)
    elif _COMPILED and not return_pair and services.has_canonical_format and np.isfinite(score).all():
        # many queries (a training set): a compiled loop, the same maxima (matcher/pair_kernels.py)
        from matcher.pair_kernels import complementarity_pairs
        return complementarity_pairs(np.ascontiguousarray(score, dtype=np.float64), services.indptr,
                                     services.indices, services.data, np.asarray(us, dtype=np.int64),
                                     np.asarray(vs, dtype=np.int64))
    else:
        sv = services[vs].toarray() > 0
        su = services[us].toarray() > 0
    only_u, only_v = su & ~sv, sv & ~su
    rows, a_cols = np.nonzero(only_u)
    best = np.full(len(us), -np.inf)
    arg_b = np.full(len(rows), -1)
    vals = np.full(len(rows), -np.inf)
    for start in range(0, len(rows), _CHUNK):
        r, a = rows[start:start + _CHUNK], a_cols[start:start + _CHUNK]
        masked = np.where(only_v[r], score[a], -np.inf)
        arg_b[start:start + _CHUNK] = masked.argmax(axis=1)
        vals[start:start + _CHUNK] = masked.max(axis=1)
    np.maximum.at(best, rows, vals)
    out = np.where(np.isfinite(best), best, 0.0)
    if not return_pair:
        return out
    pair = np.full((len(us), 2), -1)
    for idx in np.flatnonzero(np.isfinite(vals)):
        if vals[idx] == best[rows[idx]] and pair[rows[idx], 0] < 0:
            pair[rows[idx]] = (a_cols[idx], arg_b[idx])
    return out, pair


def _topology(ctx, us, vs) -> np.ndarray:
    """common partners, Adamic-Adar, resource allocation, L3 and the tie indicator."""
    adj = ctx.adjacency
    l3w = ctx.adjacency_l3
    u = _single(us)
    if u is not None:
        # The four weighted adjacencies share one sparsity pattern: gather the
        # candidates' rows once and reuse the positions for each.
        starts = adj.indptr[vs]
        lens = adj.indptr[vs + 1] - starts
        pos = np.repeat(np.arange(len(vs)), lens)
        idx = np.repeat(starts - np.cumsum(lens) + lens, lens) + np.arange(lens.sum())
        cols = adj.indices[idx]
        mine = dense_row(adj, u)
        two_hop = np.asarray((l3w[u] @ adj).todense()).ravel()

        def dot(weighted, values):
            return np.bincount(pos, weights=weighted.data[idx] * values,
                               minlength=len(vs)).astype(np.float64, copy=False)
        mine_at = mine[cols]
        cn, aa, ra = dot(adj, mine_at), dot(ctx.adjacency_aa, mine_at), dot(ctx.adjacency_ra, mine_at)
        l3 = dot(l3w, two_hop[cols])
        tied = mine[vs]
    elif _COMPILED and adj.has_canonical_format:
        # Many queries (a training set): a compiled loop over the rows in place, the same
        # sums as the scipy products below bit for bit (matcher/pair_kernels.py).
        from matcher.pair_kernels import topology_pairs
        aa_w, ra_w = ctx.adjacency_aa, ctx.adjacency_ra
        cn, aa, ra, l3, tied = topology_pairs(adj.indptr, adj.indices, adj.data, aa_w.data, ra_w.data,
                                              l3w.data, us, vs, np.argsort(us, kind="stable"))
    else:
        cn = rowwise_dot(adj[us], adj[vs])
        aa = rowwise_dot(adj[us], ctx.adjacency_aa[vs])
        ra = rowwise_dot(adj[us], ctx.adjacency_ra[vs])
        uniq, inv = np.unique(us, return_inverse=True)
        l3 = np.empty(len(us))
        for start in range(0, len(uniq), _CHUNK):
            sel = np.flatnonzero((inv >= start) & (inv < start + _CHUNK))
            two_hop = (l3w[uniq[start:start + _CHUNK]] @ adj).tocsr()
            l3[sel] = rowwise_dot(two_hop[inv[sel] - start], l3w[vs[sel]])
        tied = np.asarray(adj[us, vs]).ravel()
    k = np.maximum(ctx.degree, 1)
    s = ctx.l3_self_sum
    ku, kv = k[us], k[vs]
    # Walks u-v-y-v and u-x-u-v run along the pair's own tie: not paths between them.
    l3 -= tied * (s[vs] / np.sqrt(kv) + s[us] / np.sqrt(ku) - 1.0 / np.sqrt(ku * kv))
    return cn, aa, ra, np.maximum(l3, 0.0), tied


def pair_features(model, ctx, us, vs, leave_one_out=None) -> np.ndarray:
    """The FEATURES matrix (len(us) x len(FEATURES)) for pairs (us[i], vs[i]).

    Parameters
    ----------
    model : matcher.model.PartnerModel
        Supplies the learned service and sector lifts.
    ctx : matcher.context.MatchContext
    us, vs : array of int
        Row numbers in the snapshot.
    leave_one_out : array of bool, optional
        Pairs counted in the learned lifts (training positives): their own pair is taken
        out of the counts. Defaults to "the pair is tied in ctx".
    """
    us = np.asarray(us, dtype=np.int64)
    vs = np.asarray(vs, dtype=np.int64)
    out = np.zeros((len(us), len(FEATURES)))
    if len(us) == 0:
        return out
    cn, aa, ra, l3, tied = _topology(ctx, us, vs)
    loo = tied > 0 if leave_one_out is None else np.asarray(leave_one_out, bool)
    comp = model.complementarity_
    sec = model.sector_lift_
    comp_val = complementarity(comp.score_, ctx.services, us, vs)
    sec_val = sec.score_[ctx.sector[us], ctx.sector[vs]]
    if loo.any():
        idx = np.flatnonzero(loo)
        comp_val[idx] = complementarity(comp.loo_score(), ctx.services, us[idx], vs[idx])
        sec_val[idx] = sec.loo_score()[ctx.sector[us[idx]], ctx.sector[vs[idx]]]
    shared_place = pair_dot(ctx.places, us, ctx.place_weighted, vs)
    union_place = ctx.place_mass[us] + ctx.place_mass[vs] - shared_place
    out[:, 0] = _jaccard(ctx.communities, us, vs)
    out[:, 1] = np.divide(shared_place, union_place, out=np.zeros(len(us)), where=union_place > 0)
    out[:, 2] = comp_val
    out[:, 3] = _jaccard(ctx.services, us, vs)
    out[:, 4] = pair_dot(ctx.description, us, ctx.description, vs)
    out[:, 5] = np.log1p(cn)
    out[:, 6] = np.log1p(aa)
    out[:, 7] = np.log1p(ra)
    out[:, 8] = np.log1p(l3)
    out[:, 9] = np.abs(ctx.size[us] - ctx.size[vs]) / 4.0
    out[:, 10] = sec_val
    return out
