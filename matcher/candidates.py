"""Candidate generation without comparing every pair of organisations.

For one query organisation u, a cheap relevance score comes from the inverted index
(code -> organisations posting lists, the transposed incidence matrices): communities
shared, IDF-weighted places shared, services that complement u's (the learned lift),
u's partners' partners and (weakly) their partners. Only the posting lists of u's own codes are read, so the
cost follows their length, not N^2 and not even N. Places so wide that they hold over
a fifth of all organisations (a country, a large region) and all but the
`_TOP_SERVICES` most complementary services are left out of this first pass: they say
little and would make every query read most of the index. The best `max_candidates`
by that score go on to the pair model.
"""
from __future__ import annotations

import numpy as np

__all__ = ["generate_candidates", "complement_vector"]

_TOP_SERVICES = 8
_WIDE_PLACE_SHARE = 0.2
_THREE_HOP_VIA = 200


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


def generate_candidates(model, ctx, u: int, allowed: np.ndarray | None = None,
                        max_candidates: int | None = 2000) -> np.ndarray:
    """Row numbers worth scoring for query row `u`, best-first by the cheap score.

    Excludes u, u's existing partners and rows where `allowed` is False. Organisations
    that share nothing with u (no community, place below the widest, complementary
    service or partner) are never candidates. `max_candidates=None` keeps all of them.
    """
    n = ctx.n
    parts_rows, parts_w = [], []
    com = ctx.communities.indices[ctx.communities.indptr[u]:ctx.communities.indptr[u + 1]]
    r, w = _postings(ctx.postings("communities"), com, np.full(len(com), 1.0 / max(1, len(com))))
    parts_rows.append(r), parts_w.append(w)
    places = ctx.places.indices[ctx.places.indptr[u]:ctx.places.indptr[u + 1]]
    place_index = ctx.postings("places")
    size = np.diff(place_index.indptr)[places]
    places = places[size <= max(2, _WIDE_PLACE_SHARE * n)]
    if len(places):
        idf = ctx.place_idf[places]
        r, w = _postings(place_index, places, idf / max(ctx.place_mass[u], 1e-9))
        parts_rows.append(r), parts_w.append(w)
    comp = complement_vector(model, ctx, u)
    top = np.argsort(-comp)[:_TOP_SERVICES]
    top = top[comp[top] > 0]
    r, w = _postings(ctx.postings("services"), top, comp[top])
    parts_rows.append(r), parts_w.append(w)
    adj = ctx.adjacency
    partners = adj.indices[adj.indptr[u]:adj.indptr[u + 1]]
    if len(partners):
        r, w = _postings(adj, partners, np.ones(len(partners)))
        parts_rows.append(r), parts_w.append(w)
        # Three hops (partners of partners' partners): where L3 finds its links. Weighted
        # low so they fill the list after closer candidates, and capped by the hubs they
        # pass through: only the `_THREE_HOP_VIA` least connected second-hop organisations.
        second = np.unique(r[r != u])
        if len(second):
            deg = np.diff(adj.indptr)[second]
            second = second[np.argsort(deg, kind="stable")[:_THREE_HOP_VIA]]
            r3, w3 = _postings(adj, second, np.full(len(second), 0.01))
            parts_rows.append(r3), parts_w.append(w3)
    rows_all = np.concatenate(parts_rows)
    if len(rows_all) == 0:
        return np.zeros(0, np.int64)
    # Each row's cheap score summed in the order of its entries (as np.unique's inverse
    # then np.bincount summed them, without sorting every posting entry).
    score = np.bincount(rows_all, weights=np.concatenate(parts_w), minlength=n)
    score[partners] = 0.0
    score[u] = 0.0
    if allowed is not None:
        score[~allowed] = 0.0
    uniq = np.flatnonzero(score > 0)
    score = score[uniq]
    if max_candidates is not None and len(uniq) > max_candidates:
        top = np.argpartition(-score, max_candidates - 1)[:max_candidates]
        uniq, score = uniq[top], score[top]
    order = np.lexsort((uniq, -score))
    return uniq[order].astype(np.int64)
