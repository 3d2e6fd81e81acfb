"""Link-prediction baselines the model is held against in every evaluation.

Each baseline scores one query organisation against every organisation at once: a
function (ctx, query_rows, rng) -> dense array (len(query_rows), n), computed from the
known (training) ties of the context only, exactly like the model. With A the binary
adjacency of the known ties, k the degrees and D = diag(k):

- common_neighbours:    |N(u) & N(v)|                               (A A)
- adamic_adar:          sum over common neighbours w of 1/log k_w   (A diag(1/log k) A)
- resource_allocation:  sum over common neighbours w of 1/k_w       (A D^-1 A)
- preferential_attachment: k_u * k_v
- l3:                   sum over paths u-a-b-v of 1/sqrt(k_a k_b)   (A D^-1/2 A D^-1/2 A),
                        Kovacs et al. (2019), Nat. Commun. 10:1240: proteins (and, as it
                        turns out, funders and grantees) link to the partners of
                        organisations like themselves rather than to shared partners
- popularity:           k_v (the organisation with most ties first, whoever asks)
- random:               uniform noise, the floor every method must clear
"""
from __future__ import annotations

import numpy as np

__all__ = ["BASELINES", "STRONG_BASELINES", "METHOD_LABELS", "score_rows", "score_pairs", "score_candidates",
           "three_step_paths"]


def _dense(m) -> np.ndarray:
    return np.asarray(m.todense(), dtype=np.float64)


def _common_neighbours(ctx, qs, rng):
    return _dense(ctx.adjacency[qs] @ ctx.adjacency)


def _adamic_adar(ctx, qs, rng):
    return _dense(ctx.adjacency_aa[qs] @ ctx.adjacency)


def _resource_allocation(ctx, qs, rng):
    return _dense(ctx.adjacency_ra[qs] @ ctx.adjacency)


def _preferential_attachment(ctx, qs, rng):
    return np.outer(ctx.degree[qs], ctx.degree).astype(np.float64)


def _l3(ctx, qs, rng):
    return _dense(ctx.adjacency_l3[qs] @ ctx.adjacency_l3 @ ctx.adjacency)


def _popularity(ctx, qs, rng):
    return np.broadcast_to(ctx.degree.astype(np.float64), (len(qs), ctx.n)).copy()


def _random(ctx, qs, rng):
    return rng.random_sample((len(qs), ctx.n))


BASELINES = {
    "common_neighbours": _common_neighbours,
    "adamic_adar": _adamic_adar,
    "resource_allocation": _resource_allocation,
    "preferential_attachment": _preferential_attachment,
    "l3": _l3,
    "popularity": _popularity,
    "random": _random,
}
# The ones a served model must not lose to (random is a sanity floor, not a rival).
STRONG_BASELINES = tuple(b for b in BASELINES if b != "random")
# How each method is named to a reader ("ranked by L3 because ...").
METHOD_LABELS = {"model": "the learned model", "ranker": "the temporal ranker (gradient boosting on how ties formed here)", "common_neighbours": "common partners",
                 "adamic_adar": "Adamic-Adar", "resource_allocation": "resource allocation",
                 "preferential_attachment": "preferential attachment", "l3": "L3", "popularity": "popularity",
                 "recommender": "the funder recommender (funders of groups like this one, by services, communities, "
                                "places, sizes and co-funders)",
                 "consensus": "the consensus of the learned model and five link-prediction scores "
                              "(each candidate's average rank)"}


def score_rows(name: str, ctx, qs, rng=None) -> np.ndarray:
    """Scores of every organisation for each query row in `qs`, by baseline `name`."""
    rng = rng if rng is not None else np.random.RandomState(0)
    return BASELINES[name](ctx, np.asarray(qs, dtype=np.int64), rng)


def score_pairs(name: str, ctx, us, vs, rng=None, chunk: int = 256) -> np.ndarray:
    """Baseline `name` for pairs (us[i], vs[i]); queries are scored a chunk at a time."""
    us = np.asarray(us, dtype=np.int64)
    vs = np.asarray(vs, dtype=np.int64)
    out = np.empty(len(us))
    uniq, inv = np.unique(us, return_inverse=True)
    for start in range(0, len(uniq), chunk):
        sel = np.flatnonzero((inv >= start) & (inv < start + chunk))
        rows = score_rows(name, ctx, uniq[start:start + chunk], rng)
        out[sel] = rows[inv[sel] - start, vs[sel]]
    return out


def score_candidates(names, ctx, u: int, rows) -> list[np.ndarray]:
    """Baselines `names` of query row `u` against its candidate `rows` only: for each, the
    numbers of `score_rows(name, ctx, [u])[0, rows]` without a dense row as long as the graph.

    The known-ties adjacency A is symmetric, so column v of (X[u] @ A) is row v of A
    times X[u]: each path-count score is the candidates' rows of A (sliced once for all
    the names) times one sparse vector. One query's suggestions (matcher.service) rank a
    few thousand candidates this way.
    """
    rows = np.asarray(rows, dtype=np.int64)
    sub = None
    out = []
    for name in names:
        if name == "preferential_attachment":
            out.append((float(ctx.degree[u]) * ctx.degree[rows]).astype(np.float64))
            continue
        if name == "popularity":
            out.append(ctx.degree[rows].astype(np.float64))
            continue
        if name == "l3":
            x = ctx.adjacency_l3[u] @ ctx.adjacency_l3
        elif name in ("common_neighbours", "adamic_adar", "resource_allocation"):
            x = {"common_neighbours": ctx.adjacency, "adamic_adar": ctx.adjacency_aa,
                 "resource_allocation": ctx.adjacency_ra}[name][u]
        else:
            out.append(score_rows(name, ctx, [u])[0, rows])
            continue
        sub = ctx.adjacency[rows] if sub is None else sub
        out.append(np.asarray((sub @ x.T).todense(), dtype=np.float64).ravel())
    return out


def three_step_paths(ctx, u: int, rows) -> np.ndarray:
    """Unweighted chains u-a-b-v of known ties from query row `u` to each of `rows` (the
    count L3's reasons give): rows of A times the two-step vector of u (A symmetric)."""
    two = ctx.adjacency[u] @ ctx.adjacency
    return np.asarray((ctx.adjacency[np.asarray(rows, dtype=np.int64)] @ two.T).todense(), dtype=np.float64).ravel()
