"""Held-out evaluation of the partner model against simple baselines, in one run.

Ties are grouped into distinct partnered pairs; a share is held out (at random, or the
most recent by `since`), the model is fitted on the rest, and every method ranks, for
each organisation with a held-out partner, all organisations it is not already tied to.
Metrics: precision@k, recall@k, mean reciprocal rank of the first held-out partner, and
ROC-AUC of held-out pairs against as many random untied pairs. With `repeats` > 1 the
whole run is repeated with seeds seed, seed+1, ... and the metrics averaged, because a
small network's single split is noisy.
"""
from __future__ import annotations

import numpy as np
from sklearn.metrics import roc_auc_score
from sklearn.utils import check_random_state

from matcher.baselines import BASELINES
from matcher.model import PartnerModel

__all__ = ["evaluate", "evaluate_once", "split_pairs", "EvaluationError", "METRICS"]

METRICS = ("precision_at_k", "recall_at_k", "mrr", "roc_auc")
_QUERY_BATCH = 64


class EvaluationError(ValueError):
    """The data cannot support the evaluation asked for (too few ties, no dates...)."""


def _pair_table(snapshot):
    """Distinct pairs (i < j) and the earliest `since` of their ties ('' when none dated)."""
    lo = np.minimum(snapshot.tie_src, snapshot.tie_dst)
    hi = np.maximum(snapshot.tie_src, snapshot.tie_dst)
    keys = lo * len(snapshot.orgs) + hi
    since = np.array([t.since[:10] if t.since else "" for t in snapshot.ties], dtype=object)
    uniq, inv = np.unique(keys, return_inverse=True)
    first = np.full(len(uniq), "", dtype=object)
    for i, s in zip(inv, since):
        if s and (not first[i] or s < first[i]):
            first[i] = s
    return keys, uniq, first


def split_pairs(snapshot, holdout=0.2, split="random", seed=0):
    """Choose held-out pairs. Returns (tie_mask for training, test pairs (m, 2)).

    split="time" holds out the latest `holdout` share of the pairs that have a date
    (undated pairs always train), which is the honest test for "who partners next".
    """
    if not 0 < holdout < 1:
        raise EvaluationError("holdout must be between 0 and 1")
    keys, uniq, since = _pair_table(snapshot)
    if len(uniq) < 10:
        raise EvaluationError(f"only {len(uniq)} partnered pairs: at least 10 are needed to evaluate")
    rng = check_random_state(seed)
    if split == "random":
        test = rng.choice(len(uniq), max(1, int(round(holdout * len(uniq)))), replace=False)
    elif split == "time":
        dated = np.flatnonzero(since != "")
        if len(dated) < 10:
            raise EvaluationError("too few ties have a 'since' date for a time split; use --split random")
        order = dated[np.argsort(since[dated].astype(str), kind="stable")]
        test = order[len(order) - max(1, int(round(holdout * len(order)))):]
    else:
        raise EvaluationError(f"unknown split {split!r}: use random or time")
    test_keys = uniq[test]
    tie_mask = ~np.isin(keys, test_keys)
    n = len(snapshot.orgs)
    return tie_mask, np.stack([test_keys // n, test_keys % n], axis=1)


def _tie_break(rng, n):
    # Baselines score many candidates 0; ranking ties at random (and the same way for
    # every method) keeps them from looking better or worse by index order.
    return rng.random_sample(n) * 1e-9


def evaluate(snapshot, holdout=0.2, split="random", seed=0, k=10, max_queries=2000,
             model_params=None, repeats=1) -> dict:
    """`evaluate_once` for seeds seed .. seed+repeats-1, metrics averaged.

    Returns
    -------
    dict
        As `evaluate_once`, with ``repeats`` and ``runs`` (each run's metrics); a
        baseline counts as beaten when the model's *mean* is higher on every metric.
    """
    if repeats < 1:
        raise EvaluationError("repeats must be at least 1")
    runs = [evaluate_once(snapshot, holdout, split, seed + r, k, max_queries, model_params)
            for r in range(repeats)]
    if repeats == 1:
        return {**runs[0], "repeats": 1}
    methods = {name: {m: float(np.mean([r["methods"][name][m] for r in runs])) for m in METRICS}
               for name in runs[0]["methods"]}
    beats = {name: all(methods["model"][m] > methods[name][m] for m in METRICS) for name in BASELINES}
    return {**runs[0], "seed": seed, "repeats": repeats, "test_pairs": runs[0]["test_pairs"],
            "queries": int(np.mean([r["queries"] for r in runs])), "methods": methods,
            "model_beats": beats, "model_beats_all_baselines": all(beats.values()),
            "runs": [{"seed": r["seed"], "methods": r["methods"]} for r in runs]}


def evaluate_once(snapshot, holdout=0.2, split="random", seed=0, k=10, max_queries=2000,
                  model_params=None) -> dict:
    """Fit on the known ties, rank held-out partners; report model and baselines.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    holdout : float
        Share of distinct partnered pairs held out.
    split : {"random", "time"}
    seed : int
        Seeds the split, the model's sampling and the random baseline.
    k : int
        Cut-off for precision and recall.
    max_queries : int
        Organisations with held-out partners ranked (a random sample beyond this).
    model_params : dict, optional
        Hyperparameters for PartnerModel.

    Returns
    -------
    dict
        ``methods`` maps "model" and each baseline to its metrics; ``model_beats`` maps
        each baseline to whether the model is better on every metric.

    Notes
    -----
    ROC-AUC compares held-out pairs with as many random pairs that are tied neither in
    training nor in the held-out set. Precision, recall and MRR rank every organisation
    not already tied to the query (exact, no candidate cut-off), so they measure the
    scoring, not the candidate generator.
    """
    rng = check_random_state(seed)
    tie_mask, test = split_pairs(snapshot, holdout, split, seed)
    model = PartnerModel(**{"random_state": seed, **(model_params or {})}).fit(snapshot, tie_mask)
    ctx = model.fitted_context
    n = ctx.n
    relevant: dict[int, set] = {}
    for a, b in test.tolist():
        relevant.setdefault(a, set()).add(b)
        relevant.setdefault(b, set()).add(a)
    queries = np.array(sorted(relevant), dtype=np.int64)
    if len(queries) > max_queries:
        queries = np.sort(rng.choice(queries, max_queries, replace=False))
    methods = {"model": lambda c, us, vs, r: model.score_pairs(c, us, vs), **BASELINES}
    ranks = {name: _rank_metrics(fn, ctx, queries, relevant, k, rng, seed) for name, fn in methods.items()}
    aucs = _auc(methods, ctx, test, rng)
    results = {name: {**ranks[name], "roc_auc": aucs[name]} for name in methods}
    beats = {name: all(results["model"][m] > results[name][m] for m in METRICS)
             for name in BASELINES}
    return {"split": split, "holdout": holdout, "seed": seed, "k": k,
            "organisations": n, "train_pairs": int(len(ctx.pairs)), "test_pairs": int(len(test)),
            "queries": int(len(queries)), "model_mode": model.mode_,
            "methods": results, "model_beats": beats,
            "model_beats_all_baselines": all(beats.values())}


def _rank_metrics(score_fn, ctx, queries, relevant, k, rng, seed):
    n = ctx.n
    adj = ctx.adjacency
    fn_rng = check_random_state(seed + 1)
    prec, rec, rr = [], [], []
    for start in range(0, len(queries), _QUERY_BATCH):
        batch = queries[start:start + _QUERY_BATCH]
        us = np.repeat(batch, n)
        vs = np.tile(np.arange(n), len(batch))
        scores = score_fn(ctx, us, vs, fn_rng).reshape(len(batch), n)
        scores = scores + _tie_break(check_random_state(seed + 2 + start), n)[None, :]
        for row, u in enumerate(batch):
            s = scores[row]
            s[u] = -np.inf
            s[adj.indices[adj.indptr[u]:adj.indptr[u + 1]]] = -np.inf
            order = np.argsort(-s, kind="stable")
            rel = relevant[int(u)]
            hits = np.isin(order, list(rel))
            top = hits[:k].sum()
            prec.append(top / k)
            rec.append(top / len(rel))
            first = np.argmax(hits)
            rr.append(1.0 / (first + 1) if hits[first] else 0.0)
    return {"precision_at_k": float(np.mean(prec)), "recall_at_k": float(np.mean(rec)),
            "mrr": float(np.mean(rr))}


def _auc(methods, ctx, test, rng):
    n = ctx.n
    known = set((ctx.pairs[:, 0] * n + ctx.pairs[:, 1]).tolist()) | set((test[:, 0] * n + test[:, 1]).tolist())
    neg = []
    while len(neg) < len(test):
        a, b = rng.randint(0, n, 2)
        if a != b and min(a, b) * n + max(a, b) not in known:
            neg.append((a, b))
    neg = np.array(neg, dtype=np.int64)
    us = np.r_[test[:, 0], neg[:, 0]]
    vs = np.r_[test[:, 1], neg[:, 1]]
    y = np.r_[np.ones(len(test)), np.zeros(len(neg))]
    fn_rng = check_random_state(0)
    return {name: float(roc_auc_score(y, fn(ctx, us, vs, fn_rng) + _tie_break(rng, len(us))))
            for name, fn in methods.items()}
