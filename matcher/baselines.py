"""Simple link-prediction baselines the model is held against in every evaluation.

Each takes a MatchContext and pair arrays and returns one score per pair (higher =
more likely partners), computed on the known ties only, exactly like the model.
"""
from __future__ import annotations

import numpy as np

from matcher.pairs import _jaccard, rowwise_dot

__all__ = ["BASELINES"]


def _random(ctx, us, vs, rng):
    return rng.random_sample(len(us))


def _jaccard_communities(ctx, us, vs, rng):
    return _jaccard(ctx.communities, us, vs)


def _adamic_adar(ctx, us, vs, rng):
    return rowwise_dot(ctx.adjacency[us], ctx.adjacency_aa[vs])


def _resource_allocation(ctx, us, vs, rng):
    return rowwise_dot(ctx.adjacency[us], ctx.adjacency_ra[vs])


def _cosine_features(ctx, us, vs, rng):
    f = ctx.features
    norm = np.sqrt(np.asarray(f.multiply(f).sum(axis=1)).ravel())
    dot = rowwise_dot(f[us], f[vs])
    den = norm[us] * norm[vs]
    return np.divide(dot, den, out=np.zeros(len(us)), where=den > 0)


BASELINES = {
    "random": _random,
    "jaccard_communities": _jaccard_communities,
    "adamic_adar": _adamic_adar,
    "resource_allocation": _resource_allocation,
    "cosine_features": _cosine_features,
}
