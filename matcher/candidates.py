"""Candidate generation without comparing every pair of organisations.

For one query organisation u, a cheap relevance score for *every* organisation comes
from three sparse products over the inverted index (the org x code incidence matrices):
communities shared, IDF-weighted places shared, and services that complement u's
(the learned lift), plus u's partners' partners. Each product touches only the
organisations listed under u's own codes, so the cost follows those posting lists, not
N^2. The best `max_candidates` by that score go on to the pair model.
"""
from __future__ import annotations

import numpy as np

__all__ = ["generate_candidates", "complement_vector"]


def complement_vector(model, ctx, u: int) -> np.ndarray:
    """Per service b: the best positive lift between one of u's services and b (0 for u's own)."""
    mine = ctx.services.indices[ctx.services.indptr[u]:ctx.services.indptr[u + 1]]
    if len(mine) == 0:
        return np.zeros(ctx.services.shape[1])
    best = np.maximum(model.complementarity_.score_[mine].max(axis=0), 0.0)
    best[mine] = 0.0
    return best


def generate_candidates(model, ctx, u: int, allowed: np.ndarray | None = None,
                        max_candidates: int | None = 2000) -> np.ndarray:
    """Row numbers worth scoring for query row `u`, best-first by the cheap score.

    Excludes u, u's existing partners and rows where `allowed` is False. Organisations
    that share nothing with u (no community, place, complementary service or partner)
    are never candidates. `max_candidates=None` keeps all of them.
    """
    n = ctx.n
    com_u = ctx.communities[u]
    score = np.asarray((ctx.communities @ com_u.T).todense()).ravel() / max(1, com_u.nnz)
    place_u = ctx.place_weighted[u]
    if place_u.nnz:
        score += np.asarray((ctx.places @ place_u.T).todense()).ravel() / max(ctx.place_mass[u], 1e-9)
    comp = complement_vector(model, ctx, u)
    if comp.any():
        score += ctx.services @ comp
    partners = ctx.adjacency.indices[ctx.adjacency.indptr[u]:ctx.adjacency.indptr[u + 1]]
    if len(partners):
        two_hop = ctx.adjacency[partners].indices
        score[two_hop] += 1.0
    score[u] = 0.0
    score[partners] = 0.0
    if allowed is not None:
        score[~allowed] = 0.0
    rows = np.flatnonzero(score > 0)
    if max_candidates is not None and len(rows) > max_candidates:
        top = np.argpartition(-score[rows], max_candidates - 1)[:max_candidates]
        rows = rows[top]
    return rows[np.argsort(-score[rows], kind="stable")]
