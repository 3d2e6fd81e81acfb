"""Pair features of one query organisation against its candidates, fast and bit for bit.

`matcher.pairs.pair_features` is written for arrays of any pairs (the training set); for a
suggestion query, where every pair starts from the same organisation u, it spreads u's rows
into dense vectors as long as the whole graph (u's partners, its two-hop walks) and reads
every candidate's row against them, paying numpy's per-call overhead fifty-odd times. At
national scale that is most of a suggestion's time.

Here the same sums are taken over the same terms in the same order, so the features are
bit-for-bit those `pair_features` gives (tests/matcher/test_query_features.py), but:

- each candidate row of a matrix is gathered once and read for every feature that uses
  that matrix (services give redundancy and complementarity; the adjacency gives all four
  topology features);
- u's dense rows over the organisations (its partners, the weights of its two-hop walks)
  live in a scratch vector per thread that is set at u's few entries and cleared after,
  instead of a new n-long vector per query;
- only terms that can be non-zero are summed (a zero term leaves a sum's bits unchanged):
  shared partners come from the few candidate entries that are u's partners, not from
  every entry of every candidate;
- complementarity walks the (query service, candidate service) combinations that exist,
  a few per candidate, instead of a (candidates x services) mask per query service.
"""
from __future__ import annotations

import threading

import numpy as np
import scipy.sparse as sp

from matcher.pairs import FEATURES

__all__ = ["query_pair_features", "gather_rows"]

_scratch = threading.local()
# Which end topology sums are walked from: "cheaper" (fewest entries), or always "query" or
# "candidates" (tests force each; both give the same bits).
WALK_FROM = "cheaper"


def _scratch_arrays(n: int):
    """Two zero float vectors and a -1 int vector of length n owned by this thread; callers
    restore what they set.

    A fresh np.zeros(n) per query costs, at 370,000 organisations, a 3 MB allocation and a
    page fault for every page the query then touches."""
    arrays = getattr(_scratch, "arrays", None)
    if arrays is None or arrays[0].shape[0] != n:
        arrays = _scratch.arrays = (np.zeros(n), np.zeros(n), np.full(n, -1, dtype=np.int64))
    return arrays


def gather_rows(x: sp.csr_matrix, rows: np.ndarray):
    """(position in `rows`, entry index into x.indices / x.data) of every stored entry of
    x's `rows`, row by row in the given order, each row's entries in stored order."""
    starts = x.indptr[rows]
    lens = x.indptr[rows + 1] - starts
    pos = np.repeat(np.arange(len(rows)), lens)
    idx = np.arange(len(pos)) + np.repeat(starts - (np.cumsum(lens) - lens), lens)
    return pos, idx


def _dense_row(x: sp.csr_matrix, row: int) -> np.ndarray:
    """Row `row` of x as a dense vector (matcher.pairs.dense_row: assignment, not sum)."""
    out = np.zeros(x.shape[1])
    sl = slice(x.indptr[row], x.indptr[row + 1])
    out[x.indices[sl]] = x.data[sl]
    return out


def _dot(pos, weights, n_pairs: int) -> np.ndarray:
    return np.bincount(pos, weights=weights, minlength=n_pairs).astype(np.float64, copy=False)


def _row_dot_dense(x: sp.csr_matrix, pos, idx, dense: np.ndarray, n_pairs: int) -> np.ndarray:
    """x[v] . dense for each candidate v, from its gathered entries (matcher.pairs.rows_dot)."""
    return _dot(pos, x.data[idx] * dense[x.indices[idx]], n_pairs)


def _jaccard(x: sp.csr_matrix, u: int, vs, pos, idx) -> np.ndarray:
    inter = _row_dot_dense(x, pos, idx, _dense_row(x, u), len(vs))
    union = (x.indptr[u + 1] - x.indptr[u]) + (x.indptr[vs + 1] - x.indptr[vs]) - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def _complementarity(score: np.ndarray, services: sp.csr_matrix, u: int, n_pairs: int, pos, idx) -> np.ndarray:
    """matcher.pairs.complementarity for u against each candidate: the best score[a, b] over
    services a u has and the candidate lacks, b the candidate has and u lacks (0 if none).
    A maximum does not depend on the order it is taken in, so only the combinations that
    exist are walked."""
    sl = slice(services.indptr[u], services.indptr[u + 1])
    mine = np.unique(services.indices[sl][services.data[sl] > 0])
    if len(mine) == 0 or n_pairs == 0:
        return np.zeros(n_pairs)
    slot = np.full(services.shape[1], -1)
    slot[mine] = np.arange(len(mine))
    b = services.indices[idx]
    own = slot[b] >= 0
    shared = np.zeros((n_pairs, len(mine)), bool)     # candidate also has u's service a
    shared[pos[own], slot[b[own]]] = True
    pos, b = pos[~own], b[~own]                        # b: the candidate's, not u's
    vals = score[mine][:, b].T                         # (entries, u's services)
    vals = np.where(shared[pos], -np.inf, vals).max(axis=1) if len(b) else np.zeros(0)
    best = np.full(n_pairs, -np.inf)
    np.maximum.at(best, pos, vals)
    return np.where(np.isfinite(best), best, 0.0)


def _topology(ctx, u: int, vs: np.ndarray):
    """common partners, Adamic-Adar, resource allocation, L3 and the tie indicator, as
    matcher.pairs._topology's one-query path: each sum over the same non-zero terms in the
    same order (for a candidate v, its shared partners a, or its partners c that end a
    two-hop walk from u, in ascending order), so the same bits.

    Each sum is walked from whichever end is cheaper: the candidates' own partner lists,
    or the walks out of u (its partners' partners for the first three, one step further
    for L3), looked up in a map from row to candidate position."""
    adj, l3w = ctx.adjacency, ctx.adjacency_l3
    n_pairs = len(vs)
    u_sl = slice(adj.indptr[u], adj.indptr[u + 1])
    mine_cols = adj.indices[u_sl]
    mine, two_hop, position = _scratch_arrays(ctx.n)
    a_pos, a_idx = gather_rows(adj, mine_cols)         # walks u-a-c, a ascending
    ends = adj.indices[a_idx]
    # l3w[u] @ adj, summed as scipy's product sums it (for each c, over a ascending).
    walk = l3w.data[u_sl][a_pos] * adj.data[a_idx]
    keys, inverse = np.unique(ends, return_inverse=True)
    hop_values = np.bincount(inverse, weights=walk, minlength=len(keys))
    candidate_cost = int((adj.indptr[vs + 1] - adj.indptr[vs]).sum())
    try:
        position[vs] = np.arange(n_pairs)
        # A map from row to position needs distinct candidates.
        from_query = (WALK_FROM != "candidates" and bool((position[vs] == np.arange(n_pairs)).all()))
        mine[mine_cols] = adj.data[u_sl]
        two_hop[keys] = hop_values
        tied = mine[vs]
        if from_query and (WALK_FROM == "query" or len(ends) <= candidate_cost):
            # v's entries at u's partners are exactly the walks u-a-v; the adjacency is
            # binary and its weighted copies scale columns, so v's entry at a equals u's.
            at = position[ends]
            hit = np.flatnonzero(at >= 0)
            p, a = at[hit], a_pos[hit]
            m = adj.data[u_sl][a]
            cn = _dot(p, adj.data[a_idx[hit]] * m, n_pairs)
            aa = _dot(p, ctx.adjacency_aa.data[u_sl][a] * m, n_pairs)
            ra = _dot(p, ctx.adjacency_ra.data[u_sl][a] * m, n_pairs)
        else:
            pos, idx = gather_rows(adj, vs)
            mine_at = mine[adj.indices[idx]]
            near = np.flatnonzero(mine_at)
            p, i, m = pos[near], idx[near], mine_at[near]
            cn = _dot(p, adj.data[i] * m, n_pairs)
            aa = _dot(p, ctx.adjacency_aa.data[i] * m, n_pairs)
            ra = _dot(p, ctx.adjacency_ra.data[i] * m, n_pairs)
        if from_query and (WALK_FROM == "query" or int((adj.indptr[keys + 1] - adj.indptr[keys]).sum()) <= candidate_cost):
            # Walks u-a-c-v from c's side: term l3w[v, c] * two_hop[c], l3w[v, c] = 1 / sqrt(k_c).
            c_pos, c_idx = gather_rows(adj, keys)
            at = position[adj.indices[c_idx]]
            hit = np.flatnonzero(at >= 0)
            c = c_pos[hit]
            l3 = _dot(at[hit], (adj.data[c_idx[hit]] * ctx.l3_weight[keys[c]]) * hop_values[c], n_pairs)
        else:
            pos, idx = gather_rows(adj, vs)
            hop_at = two_hop[adj.indices[idx]]
            far = np.flatnonzero(hop_at)
            l3 = _dot(pos[far], l3w.data[idx[far]] * hop_at[far], n_pairs)
    finally:
        position[vs] = -1
        mine[mine_cols] = 0.0
        two_hop[keys] = 0.0
    s = ctx.l3_self_sum
    ku, kv = np.maximum(ctx.degree[u], 1), np.maximum(ctx.degree[vs], 1)
    # Walks u-v-y-v and u-x-u-v run along the pair's own tie: not paths between them.
    l3 -= tied * (s[vs] / np.sqrt(kv) + s[u] / np.sqrt(ku) - 1.0 / np.sqrt(ku * kv))
    return cn, aa, ra, np.maximum(l3, 0.0), tied


def query_pair_features(model, ctx, u: int, vs) -> np.ndarray:
    """The FEATURES matrix of query row `u` against candidate rows `vs`: what
    `model.features(ctx, np.full(len(vs), u), vs)` returns, bit for bit.

    Candidates already tied to u (training positives, or a caller's own list) are measured
    as if the tie were not there, as there.
    """
    vs = np.asarray(vs, dtype=np.int64)
    u = int(u)
    n_pairs = len(vs)
    out = np.zeros((n_pairs, len(FEATURES)))
    if n_pairs == 0:
        return out
    cn, aa, ra, l3, tied = _topology(ctx, u, vs)
    comp, sec = model.complementarity_, model.sector_lift_
    s_pos, s_idx = gather_rows(ctx.services, vs)
    comp_val = _complementarity(comp.score_, ctx.services, u, n_pairs, s_pos, s_idx)
    sec_val = sec.score_[ctx.sector[u], ctx.sector[vs]]
    loo = np.flatnonzero(tied > 0)
    if len(loo):
        l_pos, l_idx = gather_rows(ctx.services, vs[loo])
        comp_val[loo] = _complementarity(comp.loo_score(), ctx.services, u, len(loo), l_pos, l_idx)
        sec_val[loo] = sec.loo_score()[ctx.sector[u], ctx.sector[vs[loo]]]
    p_pos, p_idx = gather_rows(ctx.places, vs)       # place_weighted shares places' pattern
    shared_place = _row_dot_dense(ctx.place_weighted, p_pos, p_idx, _dense_row(ctx.places, u), n_pairs)
    union_place = ctx.place_mass[u] + ctx.place_mass[vs] - shared_place
    c_pos, c_idx = gather_rows(ctx.communities, vs)
    d_pos, d_idx = gather_rows(ctx.description, vs)
    out[:, 0] = _jaccard(ctx.communities, u, vs, c_pos, c_idx)
    out[:, 1] = np.divide(shared_place, union_place, out=np.zeros(n_pairs), where=union_place > 0)
    out[:, 2] = comp_val
    out[:, 3] = _jaccard(ctx.services, u, vs, s_pos, s_idx)
    out[:, 4] = _row_dot_dense(ctx.description, d_pos, d_idx, _dense_row(ctx.description, u), n_pairs)
    out[:, 5] = np.log1p(cn)
    out[:, 6] = np.log1p(aa)
    out[:, 7] = np.log1p(ra)
    out[:, 8] = np.log1p(l3)
    out[:, 9] = np.abs(ctx.size[u] - ctx.size[vs]) / 4.0
    out[:, 10] = sec_val
    return out


def service_pairs(score: np.ndarray, services: sp.csr_matrix, u: int, vs) -> list[tuple[int, int]]:
    """For each candidate v: the (u's service, v's service) column pair behind its
    complementarity, or (-1, -1) where none, the pair
    `matcher.pairs.complementarity(..., return_pair=True)` gives: of the combinations
    attaining the best score, u's service first in column order, then v's.

    For the few suggestions shown, so a short loop: pairs.complementarity's masks cost
    more than the answer for ten candidates."""
    sl = slice(services.indptr[u], services.indptr[u + 1])
    mine = set(services.indices[sl][services.data[sl] > 0].tolist())
    out = []
    for v in np.asarray(vs, dtype=np.int64).tolist():
        theirs = set(services.indices[services.indptr[v]:services.indptr[v + 1]].tolist())
        only_u, only_v = sorted(mine - theirs), sorted(theirs - mine)
        if not only_u or not only_v:
            out.append((-1, -1))
            continue
        best, pair = None, None
        for a in only_u:                           # strict >: the first combination attaining the best
            row = score[a]
            for b in only_v:
                if best is None or row[b] > best:
                    best, pair = row[b], (a, b)
        out.append(pair)
    return out
