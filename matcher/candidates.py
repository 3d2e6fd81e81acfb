"""Candidate generation without comparing every pair of organisations.

For one query organisation u, a cheap relevance score comes from the inverted index
(code -> organisations posting lists, the transposed incidence matrices): communities
shared, IDF-weighted places shared, services that complement u's (the learned lift),
u's partners' partners and (weakly) their partners. Only the posting lists of u's own codes are read, so the
cost follows their length, not N^2 and not even N. Places so wide that they hold over
a fifth of all organisations (a country, a large region) and all but the
`_TOP_SERVICES` most complementary services are left out of this first pass: they say
little and would make every query read most of the index. The best `max_candidates`
by that score go on to the pair model, a tie going to the lower row.

Ties are common (the score sums a few weights, so everyone in u's ward who shares its
community scores the same) and the cut falls inside one at almost every query. It was
once made by np.argpartition, whose choice among tied rows depends on the CPU: numpy
dispatches it to AVX-512, AVX2 or plain code, and each keeps different rows (so the
same data gave different candidates on different machines). Ties by row are the same
everywhere, and let one pass over the rows reached keep the best in a heap
(matcher.kernels.take_top) instead of collecting every reached row in row order and
partitioning them, which at 370,000 organisations (a hundred thousand rows reached per
query) was half a suggestion's time.
"""
from __future__ import annotations

import threading

import numpy as np

__all__ = ["generate_candidates", "complement_vector"]

_TOP_SERVICES = 8
_WIDE_PLACE_SHARE = 0.2
_THREE_HOP_VIA = 200
_NO_FILTER = np.zeros(0, bool)
_scratch = threading.local()


def complement_vector(model, ctx, u: int) -> np.ndarray:
    """Per service b: the best positive lift between one of u's services and b (0 for u's own)."""
    mine = ctx.services.indices[ctx.services.indptr[u]:ctx.services.indptr[u + 1]]
    if len(mine) == 0:
        return np.zeros(ctx.services.shape[1])
    best = np.maximum(model.complementarity_.score_[mine].max(axis=0), 0.0)
    best[mine] = 0.0
    return best


def _postings(index, codes, weights):
    """Concatenated posting lists of `codes`, each entry weighted by its code's weight."""
    if len(codes) == 0:
        return np.zeros(0, np.int64), np.zeros(0)
    starts, ends = index.indptr[codes], index.indptr[codes + 1]
    lens = ends - starts
    offsets = np.arange(lens.sum()) + np.repeat(starts - (np.cumsum(lens) - lens), lens)
    return index.indices[offsets], np.repeat(weights, lens)


def _scratch_arrays(n: int):
    """This thread's zero score vector, unset `seen` and `excluded` flags over the n
    organisations and room for the rows a query reaches: reused by every query (the kernels
    clear what they set), as a fresh n-long vector per query costs a pass over memory that
    at national scale outweighs the query's own work."""
    arrays = getattr(_scratch, "arrays", None)
    if arrays is None or arrays[0].shape[0] != n:
        arrays = _scratch.arrays = (np.zeros(n), np.zeros(n, bool), np.zeros(n, bool), np.empty(n, np.int64))
    return arrays


def generate_candidates(model, ctx, u: int, allowed: np.ndarray | None = None,
                        max_candidates: int | None = 2000) -> np.ndarray:
    """Row numbers worth scoring for query row `u`, best-first by the cheap score.

    The best `max_candidates` by cheap score, then by row (lowest first), in that order.
    Excludes u, u's existing partners and rows where `allowed` is False. Organisations
    that share nothing with u (no community, place below the widest, complementary
    service or partner) are never candidates. `max_candidates=None` keeps all of them.
    """
    from matcher import kernels   # numba's import is paid by the first suggestion only

    n = ctx.n
    # (posting lists, codes, a weight per code), added in this order.
    parts = []
    com = ctx.communities.indices[ctx.communities.indptr[u]:ctx.communities.indptr[u + 1]]
    parts.append((ctx.postings("communities"), com, np.full(len(com), 1.0 / max(1, len(com)))))
    places = ctx.places.indices[ctx.places.indptr[u]:ctx.places.indptr[u + 1]]
    place_index = ctx.postings("places")
    size = place_index.indptr[places + 1] - place_index.indptr[places]
    places = places[size <= max(2, _WIDE_PLACE_SHARE * n)]
    if len(places):
        idf = ctx.place_idf[places]
        parts.append((place_index, places, idf / max(ctx.place_mass[u], 1e-9)))
    comp = complement_vector(model, ctx, u)
    top = np.argsort(-comp)[:_TOP_SERVICES]
    top = top[comp[top] > 0]
    parts.append((ctx.postings("services"), top, comp[top]))
    adj = ctx.adjacency
    partners = adj.indices[adj.indptr[u]:adj.indptr[u + 1]]
    if len(partners):
        parts.append((adj, partners, np.ones(len(partners))))
        # Three hops (partners of partners' partners): where L3 finds its links. Weighted
        # low so they fill the list after closer candidates, and capped by the hubs they
        # pass through: only the `_THREE_HOP_VIA` least connected second-hop organisations.
        r, _ = _postings(adj, partners, np.ones(len(partners)))
        second = np.unique(r[r != u])
        if len(second):
            deg = adj.indptr[second + 1] - adj.indptr[second]
            second = second[np.argsort(deg, kind="stable")[:_THREE_HOP_VIA]]
            parts.append((adj, second, np.full(len(second), 0.01)))
    # Each row's cheap score summed in the order of its entries, as np.bincount over the
    # concatenated lists summed it, but only at the rows reached.
    score, seen, excluded, touched = _scratch_arrays(n)
    reached = 0
    for index, codes, weights in parts:
        reached = kernels.add_postings(index.indptr, index.indices, codes, weights, score, seen, touched, reached)
    excluded[partners] = True
    excluded[u] = True
    try:
        uniq, score = kernels.take_top(touched[:reached], score, seen, excluded,
                                       _NO_FILTER if allowed is None else allowed,
                                       -1 if max_candidates is None else max_candidates)
    finally:
        excluded[partners] = False
        excluded[u] = False
    if len(uniq) == 0:
        return np.zeros(0, np.int64)
    order = np.lexsort((uniq, -score))
    return uniq[order].astype(np.int64)
