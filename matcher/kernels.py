"""Compiled loops (numba) for the per-query sums of matcher.query_features and
matcher.candidates.

A suggestion query reads a few thousand short sparse rows (its candidates' partners,
services, places, description terms). In numpy every sum over them costs a gather of
index arrays, a temporary per product and a `np.bincount`, each paying per-call overhead
and a pass over memory; at national scale those passes were a third of a suggestion's
time. Here each sum is one loop over the same entries.

The loops add the same terms in the same order as the numpy code they replace (a row's
entries in stored order, `+=` from 0.0, each term formed with the same multiplications in
the same association), so the results are bit for bit the same: numba compiles without
fast-math, so nothing is reassociated or fused (tests/matcher/test_query_features.py and
tests/matcher/test_batch.py hold them to it).

`cache=True` keeps the compiled code on disk (numba's cache beside this file, or its
user-wide cache where that is not writable), so only the first process after an install
pays the compilation (a few seconds); the batch calls each kernel once before forking
its workers, so they inherit the compiled code.
"""
from __future__ import annotations

import numpy as np
from numba import njit

__all__ = ["rows_dot_dense", "topology_sums", "best_complement", "add_postings", "take_top"]


@njit(cache=True, nogil=True)
def rows_dot_dense(indptr, indices, data, rows, dense):
    """x[v] . dense for each v of `rows`, each summed over v's stored entries in order."""
    out = np.zeros(len(rows))
    for p in range(len(rows)):
        v = rows[p]
        acc = 0.0
        for i in range(indptr[v], indptr[v + 1]):
            acc += data[i] * dense[indices[i]]
        out[p] = acc
    return out


@njit(cache=True, nogil=True)
def topology_sums(indptr, indices, data, aa_data, ra_data, l3_data, u, vs, mine, two_hop):
    """Common partners, Adamic-Adar, resource allocation, L3 (before removing the walks
    along the pair's own tie) and the tie indicator of u against each of `vs`.

    `mine` and `two_hop` are zero scratch vectors over the organisations, left zero.
    u's weighted two-hop walks (l3 row of u times the adjacency) are summed per end c
    over u's partners a ascending, as scipy's product sums them; each candidate's sums
    run over its own partner list in stored order, taking the terms that can be non-zero.
    """
    n_pairs = len(vs)
    cn = np.zeros(n_pairs)
    aa = np.zeros(n_pairs)
    ra = np.zeros(n_pairs)
    l3 = np.zeros(n_pairs)
    tied = np.zeros(n_pairs)
    start, end = indptr[u], indptr[u + 1]
    for j in range(start, end):
        mine[indices[j]] = data[j]
    for j in range(start, end):
        a = indices[j]
        w = l3_data[j]
        for i in range(indptr[a], indptr[a + 1]):
            two_hop[indices[i]] += w * data[i]
    for p in range(n_pairs):
        v = vs[p]
        tied[p] = mine[v]
        s_cn = 0.0
        s_aa = 0.0
        s_ra = 0.0
        s_l3 = 0.0
        for i in range(indptr[v], indptr[v + 1]):
            c = indices[i]
            m = mine[c]
            if m != 0.0:
                s_cn += data[i] * m
                s_aa += aa_data[i] * m
                s_ra += ra_data[i] * m
            h = two_hop[c]
            if h != 0.0:
                s_l3 += l3_data[i] * h
        cn[p] = s_cn
        aa[p] = s_aa
        ra[p] = s_ra
        l3[p] = s_l3
    for j in range(start, end):
        mine[indices[j]] = 0.0
        a = indices[j]
        for i in range(indptr[a], indptr[a + 1]):
            two_hop[indices[i]] = 0.0
    return cn, aa, ra, l3, tied


@njit(cache=True, nogil=True)
def best_complement(score, indptr, indices, mine, vs):
    """For each v of `vs`: the best score[a, b] over a in `mine` (u's services, ascending)
    that v lacks and b among v's services that u lacks; 0 where there is none. A maximum
    does not depend on the order it is taken in."""
    n_services = score.shape[1]
    slot = np.full(n_services, -1)
    for t in range(len(mine)):
        slot[mine[t]] = t
    shared = np.zeros(len(mine), np.bool_)
    out = np.zeros(len(vs))
    for p in range(len(vs)):
        v = vs[p]
        for i in range(indptr[v], indptr[v + 1]):
            t = slot[indices[i]]
            if t >= 0:
                shared[t] = True
        best = -np.inf
        for i in range(indptr[v], indptr[v + 1]):
            b = indices[i]
            if slot[b] < 0:
                for t in range(len(mine)):
                    if not shared[t]:
                        s = score[mine[t], b]
                        if s > best:
                            best = s
        for i in range(indptr[v], indptr[v + 1]):
            t = slot[indices[i]]
            if t >= 0:
                shared[t] = False
        out[p] = best if np.isfinite(best) else 0.0
    return out



@njit(cache=True, nogil=True)
def add_postings(indptr, indices, codes, weights, score, seen, touched, n_touched):
    """score[r] += weights[k] for each organisation r on the posting list of codes[k], codes
    in order and each list in stored order (the order np.bincount over the concatenated
    lists adds them in). Rows reached for the first time are flagged in `seen` and
    appended to `touched` from position n_touched on; returns the new count."""
    for k in range(len(codes)):
        c = codes[k]
        w = weights[k]
        for i in range(indptr[c], indptr[c + 1]):
            r = indices[i]
            if not seen[r]:
                seen[r] = True
                touched[n_touched] = r
                n_touched += 1
            score[r] += w
    return n_touched


@njit(cache=True, nogil=True)
def _worse(value_a, row_a, value_b, row_b):
    """Is (value_a, row_a) after (value_b, row_b) in the candidates' order: score
    descending, then row ascending?"""
    return value_a < value_b or (value_a == value_b and row_a > row_b)


@njit(cache=True, nogil=True)
def take_top(touched, score, seen, excluded, allowed, limit):
    """The touched rows with a positive score, not `excluded` (a boolean vector over the
    organisations) and `allowed` (an empty array: all are), with their scores: all of
    them when `limit` is negative or not below their number, otherwise the best `limit`
    by score and then row (the lowest row wins a tie), in no particular order. Clears
    `score` and `seen` at every touched row.

    One pass over the rows reached, keeping the best `limit` in a binary heap whose root
    is the worst kept: once the heap is full most rows cost one comparison. The order
    the rows come in does not change which are kept, since ties go by row."""
    n_touched = len(touched)
    bounded = 0 <= limit < n_touched
    room = limit if bounded else n_touched
    rows = np.empty(room, touched.dtype)
    values = np.empty(room)
    kept = 0
    for t in range(n_touched):
        r = touched[t]
        value = score[r]
        score[r] = 0.0
        seen[r] = False
        if not value > 0.0 or excluded[r] or (len(allowed) > 0 and not allowed[r]):
            continue
        if kept < room:
            i = kept
            kept += 1
            if bounded:   # sift up: the worst kept stays at the root
                while i > 0:
                    parent = (i - 1) // 2
                    if not _worse(value, r, values[parent], rows[parent]):
                        break
                    rows[i] = rows[parent]
                    values[i] = values[parent]
                    i = parent
            rows[i] = r
            values[i] = value
        elif room > 0 and _worse(values[0], rows[0], value, r):
            i = 0   # sift down from the root, which r replaces
            while True:
                child = 2 * i + 1
                if child >= kept:
                    break
                if child + 1 < kept and _worse(values[child + 1], rows[child + 1], values[child], rows[child]):
                    child += 1
                if not _worse(values[child], rows[child], value, r):
                    break
                rows[i] = rows[child]
                values[i] = values[child]
                i = child
            rows[i] = r
            values[i] = value
    return rows[:kept], values[:kept]
