"""Compiled loops (numba) for pair features over many queries at once: the training set
of `PartnerModel.fit` (half a million pairs at 50,000 organisations), where every pair
has its own query organisation.

There scipy gathered each pair's rows (fancy row indexing copies a row per pair: two-hop
rows of about a hundred entries for each of half a million pairs) and multiplied them
element-wise, most of a cold fit's pair features (issue 14: the fit is most of a first
isolated page). These loops read the same rows in place.

Each sum adds the same products in the same order as the scipy expressions they replace
(scipy 1.17's sparsetools), so the features are bit for bit the same; numba compiles
without fast-math, so nothing is reassociated or fused (tests/matcher/test_pair_kernels.py
holds them to it):

- ``rowwise_dot(a[us], b[vs])`` for canonical rows: `a.multiply(b)` keeps the non-zero
  products of the shared columns in ascending column order, and ``.sum(axis=1)`` is
  numpy's ``add.reduceat`` over each row: the first product plus numpy's pairwise sum of
  the rest (`_row_sum`).
- the L3 walk sums ``rowwise_dot((l3w[us] @ adj)[...], l3w[vs])``: the product
  (``csr_matmat``) accumulates each two-hop entry over u's partners in stored order and
  writes a row in the reverse of the order its columns were first reached; the
  element-wise product of a row that is not sorted (``csr_binop_csr_general``) writes in
  the reverse of its input order, so the shared columns are added in the order the
  two-hop walk first reached them.
- a maximum (service complementarity) does not depend on the order it is taken in.
"""
from __future__ import annotations

import numpy as np
from numba import njit

__all__ = ["topology_pairs", "complementarity_pairs"]


@njit(cache=True, nogil=True)
def _block_sum(values, start, n):
    """numpy's pairwise sum of at most 128 terms: in order below 8 terms, else eight
    running sums, combined pairwise, then the rest in order."""
    if n < 8:
        res = 0.0
        for i in range(n):
            res += values[start + i]
        return res
    r0 = values[start]
    r1 = values[start + 1]
    r2 = values[start + 2]
    r3 = values[start + 3]
    r4 = values[start + 4]
    r5 = values[start + 5]
    r6 = values[start + 6]
    r7 = values[start + 7]
    stop = n - n % 8
    i = 8
    while i < stop:
        r0 += values[start + i]
        r1 += values[start + i + 1]
        r2 += values[start + i + 2]
        r3 += values[start + i + 3]
        r4 += values[start + i + 4]
        r5 += values[start + i + 5]
        r6 += values[start + i + 6]
        r7 += values[start + i + 7]
        i += 8
    res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while i < n:
        res += values[start + i]
        i += 1
    return res


@njit(cache=True, nogil=True)
def _pairwise_sum(values, start, n):
    """numpy's pairwise summation of values[start:start + n] (``DOUBLE_pairwise_sum``):
    blocks of at most 128 terms (`_block_sum`); above, the two halves (cut at a multiple
    of 8) summed each the same way and then added. numpy recurses; this walks the same
    tree with explicit stacks (numba's cached code cannot call itself)."""
    if n <= 128:
        return _block_sum(values, start, n)
    depth = 128                                # the tree is about log2(n / 128) deep
    s_start = np.empty(depth, dtype=np.int64)
    s_n = np.empty(depth, dtype=np.int64)
    s_phase = np.empty(depth, dtype=np.int64)  # 0: left half next, 1: right half, 2: add them
    sums = np.empty(depth)
    s_start[0] = start
    s_n[0] = n
    s_phase[0] = 0
    top = 1
    n_sums = 0
    while top > 0:
        t = top - 1
        m = s_n[t]
        if m <= 128:
            sums[n_sums] = _block_sum(values, s_start[t], m)
            n_sums += 1
            top -= 1
            continue
        half = m // 2
        half -= half % 8
        phase = s_phase[t]
        if phase == 0:
            s_phase[t] = 1
            s_start[top] = s_start[t]
            s_n[top] = half
            s_phase[top] = 0
            top += 1
        elif phase == 1:
            s_phase[t] = 2
            s_start[top] = s_start[t] + half
            s_n[top] = m - half
            s_phase[top] = 0
            top += 1
        else:
            sums[n_sums - 2] = sums[n_sums - 2] + sums[n_sums - 1]
            n_sums -= 1
            top -= 1
    return sums[0]


@njit(cache=True, nogil=True)
def _row_sum(values, m):
    """numpy's ``add.reduceat`` over values[:m] (scipy's row sum): the first term plus the
    pairwise sum of the rest; 0 for none."""
    if m == 0:
        return 0.0
    return values[0] + _pairwise_sum(values, 1, m - 1)


@njit(cache=True, nogil=True)
def topology_pairs(indptr, indices, data, aa_data, ra_data, l3_data, us, vs, order):
    """Common partners, Adamic-Adar, resource allocation, L3 (before removing the walks
    along the pair's own tie) and the tie's stored value (0 if none) of every pair
    (us[p], vs[p]).

    The four weighted adjacencies share one canonical sparsity pattern (`indptr`,
    `indices`); `order` visits the pairs grouped by query (a stable argsort of `us`), so
    each query's two-hop row is built once."""
    n = len(indptr) - 1
    n_pairs = len(us)
    cn = np.zeros(n_pairs)
    aa = np.zeros(n_pairs)
    ra = np.zeros(n_pairs)
    l3 = np.zeros(n_pairs)
    tied = np.zeros(n_pairs)
    two_hop = np.zeros(n)
    first = np.full(n, -1, dtype=np.int64)    # when the walk first reached a column
    reached = np.empty(n, dtype=np.int64)
    pick_rank = np.empty(n, dtype=np.int64)   # scratch: one pair's shared columns
    pick_value = np.empty(n)
    buf_cn = np.empty(n)
    buf_aa = np.empty(n)
    buf_ra = np.empty(n)
    n_reached = 0
    current = -1
    for q in range(n_pairs):
        p = order[q]
        u = us[p]
        v = vs[p]
        if u != current:
            for t in range(n_reached):
                c = reached[t]
                two_hop[c] = 0.0
                first[c] = -1
            n_reached = 0
            for j in range(indptr[u], indptr[u + 1]):
                a = indices[j]
                w = l3_data[j]
                for i in range(indptr[a], indptr[a + 1]):
                    c = indices[i]
                    two_hop[c] += w * data[i]
                    if first[c] < 0:
                        first[c] = n_reached
                        reached[n_reached] = c
                        n_reached += 1
            current = u
        lo = indptr[u]
        hi = indptr[u + 1]
        while lo < hi:                          # v in u's row (ascending)
            mid = (lo + hi) // 2
            if indices[mid] < v:
                lo = mid + 1
            else:
                hi = mid
        if lo < indptr[u + 1] and indices[lo] == v:
            tied[p] = data[lo]
        # shared partners: both rows ascending, products in ascending column order
        m_cn = 0
        m_aa = 0
        m_ra = 0
        i = indptr[u]
        i_end = indptr[u + 1]
        k = indptr[v]
        k_end = indptr[v + 1]
        while i < i_end and k < k_end:
            ci = indices[i]
            ck = indices[k]
            if ci == ck:
                x = data[i]
                prod = x * data[k]
                if prod != 0.0:
                    buf_cn[m_cn] = prod
                    m_cn += 1
                prod = x * aa_data[k]
                if prod != 0.0:
                    buf_aa[m_aa] = prod
                    m_aa += 1
                prod = x * ra_data[k]
                if prod != 0.0:
                    buf_ra[m_ra] = prod
                    m_ra += 1
                i += 1
                k += 1
            elif ci < ck:
                i += 1
            else:
                k += 1
        cn[p] = _row_sum(buf_cn, m_cn)
        aa[p] = _row_sum(buf_aa, m_aa)
        ra[p] = _row_sum(buf_ra, m_ra)
        # L3: v's columns the walk reached, in the order it first reached them
        m = 0
        for k in range(indptr[v], indptr[v + 1]):
            c = indices[k]
            if first[c] >= 0 and two_hop[c] != 0.0:
                prod = two_hop[c] * l3_data[k]
                if prod != 0.0:
                    # insertion by first-reached rank (a row holds a handful)
                    r = first[c]
                    t = m
                    while t > 0 and pick_rank[t - 1] > r:
                        pick_rank[t] = pick_rank[t - 1]
                        pick_value[t] = pick_value[t - 1]
                        t -= 1
                    pick_rank[t] = r
                    pick_value[t] = prod
                    m += 1
        l3[p] = _row_sum(pick_value, m)
    return cn, aa, ra, l3, tied


@njit(cache=True, nogil=True)
def complementarity_pairs(score, indptr, indices, data, us, vs):
    """For each pair: the best score[a, b] over services a of u that v lacks and b of v
    that u lacks (a service counts where its stored value is positive); 0 where there is
    none. `score` must be finite."""
    n_services = score.shape[1]
    in_u = np.zeros(n_services, dtype=np.bool_)
    in_v = np.zeros(n_services, dtype=np.bool_)
    out = np.zeros(len(us))
    for p in range(len(us)):
        u = us[p]
        v = vs[p]
        for i in range(indptr[u], indptr[u + 1]):
            if data[i] > 0:
                in_u[indices[i]] = True
        for i in range(indptr[v], indptr[v + 1]):
            if data[i] > 0:
                in_v[indices[i]] = True
        best = -np.inf
        for i in range(indptr[u], indptr[u + 1]):
            a = indices[i]
            if in_u[a] and not in_v[a]:
                for k in range(indptr[v], indptr[v + 1]):
                    b = indices[k]
                    if in_v[b] and not in_u[b]:
                        s = score[a, b]
                        if s > best:
                            best = s
        if best > -np.inf:
            out[p] = best
        for i in range(indptr[u], indptr[u + 1]):
            in_u[indices[i]] = False
        for i in range(indptr[v], indptr[v + 1]):
            in_v[indices[i]] = False
    return out
