"""Pair features of one query organisation against its candidates, fast and bit for bit.

`matcher.pairs.pair_features` is written for arrays of any pairs (the training set); for a
suggestion query, where every pair starts from the same organisation u, it spreads u's rows
into dense vectors as long as the whole graph (u's partners, its two-hop walks) and reads
every candidate's row against them, paying numpy's per-call overhead fifty-odd times. At
national scale that is most of a suggestion's time.

Here the same sums are taken over the same terms in the same order, so the features are
bit-for-bit those `pair_features` gives (tests/matcher/test_query_features.py), but:

- each sum is one compiled loop over the candidates' rows (matcher.kernels), instead of
  numpy gathers, a temporary per product and a bincount;
- u's dense rows over the organisations (its partners, the weights of its two-hop walks)
  live in a scratch vector per thread that is set at u's few entries and cleared after,
  instead of a new n-long vector per query;
- only terms that can be non-zero are summed (a zero term leaves a sum's bits unchanged):
  shared partners come from the candidate entries that are u's partners;
- complementarity walks the (query service, candidate service) combinations that exist,
  a few per candidate, instead of a (candidates x services) mask per query service.
"""
from __future__ import annotations

import threading

import numpy as np
import scipy.sparse as sp

from matcher.pairs import FEATURES

__all__ = ["query_pair_features", "service_pairs"]

_scratch = threading.local()


def _kernels():
    # Imported on first use: numba's import costs about a second, which a command that
    # never suggests (an import, a web page without suggestions) should not pay.
    global _kernels_module
    if _kernels_module is None:
        from matcher import kernels
        _kernels_module = kernels
    return _kernels_module


_kernels_module = None


def _scratch_arrays(n: int):
    """Two zero float vectors of length n owned by this thread; callers restore what they set.

    A fresh np.zeros(n) per query costs, at 370,000 organisations, a 3 MB allocation and a
    page fault for every page the query then touches."""
    arrays = getattr(_scratch, "arrays", None)
    if arrays is None or arrays[0].shape[0] != n:
        arrays = _scratch.arrays = (np.zeros(n), np.zeros(n))
    return arrays


def _dense_row(x: sp.csr_matrix, row: int) -> np.ndarray:
    """Row `row` of x as a dense vector (matcher.pairs.dense_row: assignment, not sum)."""
    out = np.zeros(x.shape[1])
    sl = slice(x.indptr[row], x.indptr[row + 1])
    out[x.indices[sl]] = x.data[sl]
    return out


def _row_dot_dense(x: sp.csr_matrix, vs: np.ndarray, dense: np.ndarray, pattern: sp.csr_matrix | None = None):
    """x[v] . dense for each candidate v (matcher.pairs.rows_dot); `pattern`, a matrix with
    x's sparsity pattern, gives the indices when x is its weighted copy."""
    pattern = x if pattern is None else pattern
    return _kernels().rows_dot_dense(pattern.indptr, pattern.indices, x.data, vs, dense)


def _jaccard(x: sp.csr_matrix, u: int, vs) -> np.ndarray:
    inter = _row_dot_dense(x, vs, _dense_row(x, u))
    union = (x.indptr[u + 1] - x.indptr[u]) + (x.indptr[vs + 1] - x.indptr[vs]) - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def _complementarity(score: np.ndarray, services: sp.csr_matrix, u: int, vs: np.ndarray) -> np.ndarray:
    """matcher.pairs.complementarity for u against each candidate: the best score[a, b] over
    services a u has and the candidate lacks, b the candidate has and u lacks (0 if none)."""
    sl = slice(services.indptr[u], services.indptr[u + 1])
    mine = np.unique(services.indices[sl][services.data[sl] > 0]).astype(np.int64)
    if len(mine) == 0 or len(vs) == 0:
        return np.zeros(len(vs))
    return _kernels().best_complement(score, services.indptr, services.indices, mine, vs)


def _topology(ctx, u: int, vs: np.ndarray):
    """common partners, Adamic-Adar, resource allocation, L3 and the tie indicator, as
    matcher.pairs._topology's one-query path: each sum over the same non-zero terms in the
    same order (for a candidate v, its shared partners a, or its partners c that end a
    two-hop walk from u, in ascending order), so the same bits."""
    adj = ctx.adjacency
    mine, two_hop = _scratch_arrays(ctx.n)
    cn, aa, ra, l3, tied = _kernels().topology_sums(
        adj.indptr, adj.indices, adj.data, ctx.adjacency_aa.data, ctx.adjacency_ra.data, ctx.adjacency_l3.data,
        u, vs, mine, two_hop)
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
    comp_val = _complementarity(comp.score_, ctx.services, u, vs)
    sec_val = sec.score_[ctx.sector[u], ctx.sector[vs]]
    loo = np.flatnonzero(tied > 0)
    if len(loo):
        comp_val[loo] = _complementarity(comp.loo_score(), ctx.services, u, vs[loo])
        sec_val[loo] = sec.loo_score()[ctx.sector[u], ctx.sector[vs[loo]]]
    # place_weighted shares places' pattern
    shared_place = _row_dot_dense(ctx.place_weighted, vs, _dense_row(ctx.places, u), pattern=ctx.places)
    union_place = ctx.place_mass[u] + ctx.place_mass[vs] - shared_place
    out[:, 0] = _jaccard(ctx.communities, u, vs)
    out[:, 1] = np.divide(shared_place, union_place, out=np.zeros(n_pairs), where=union_place > 0)
    out[:, 2] = comp_val
    out[:, 3] = _jaccard(ctx.services, u, vs)
    out[:, 4] = _row_dot_dense(ctx.description, vs, _dense_row(ctx.description, u))
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
