"""TemporalRanker: gradient boosting over the strong baselines and the partner model's score,
trained on how ties actually formed over time in the data it will rank.

Why: on real dated networks the logistic partner model, trained to tell tied pairs from
random ones, lost to plain link-prediction scores (L3 on grants, common partners on
co-authorship). Those scores capture *how* a network grows; which one matters differs
between networks. The ranker learns that mix from the data's own history:

- Training snapshots. The known pairs are cut at several dates (quantiles 0.5, 0.625,
  0.75 and 0.875 of their first dates). For each cut the features are computed on the
  pairs before it, and the pairs formed between that cut and the next are the positives
  (both ends known at the cut). Undated data gets three random 80/20 splits instead.
- Candidates per positive: random known organisations of the right kind (the bulk of
  what a query ranks) and partners' partners and their partners (the hard ones).
- Features (FEATURES): log1p of common partners, Adamic-Adar, resource allocation, L3,
  preferential attachment and the candidate's and the query's partner counts, plus the
  partner model's log-odds (fitted on the same pre-cut pairs), so content (places,
  services, communities) still counts, and the candidate's recent activity (`_recency`:
  its pairs among the latest quarter, the position of its latest pair), so on dated data
  whoever was active lately can rank first.
- Model: scikit-learn HistGradientBoostingClassifier, small and regularised (the
  positives number in the tens to thousands).

It is served only where it beat the partner model and every baseline on a validation
split of the training ties (matcher.evaluate.choose_method).
"""
from __future__ import annotations

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.utils import check_random_state
from threadpoolctl import threadpool_limits

from matcher.baselines import score_rows
from matcher.model import PartnerModel

__all__ = ["TemporalRanker", "FEATURES"]

FEATURES = ("common_neighbours", "adamic_adar", "resource_allocation", "l3", "preferential_attachment",
            "candidate_partners", "query_partners", "model_log_odds", "candidate_recent_partners",
            "candidate_last_tie")
_TOPO = ("common_neighbours", "adamic_adar", "resource_allocation", "l3", "preferential_attachment")
_CUTS = (0.5, 0.625, 0.75, 0.875)
_RANDOM_NEGATIVES = 20
_HOP_NEGATIVES = 10
_MIN_POSITIVES = 5


def _recency(snapshot, lens, mask) -> np.ndarray:
    """(n, 2) per organisation: log1p of its pairs among the latest quarter of the dated known
    pairs, and where its latest pair stands among them (0 oldest .. 1 newest, -1 none).

    Why: on dated networks the organisations active lately are the ones forming the next
    ties (on the donations file the funders who gave lately ranked recipients better than
    L3 did). Positions, not dates, so the same feature means the same thing on grants
    dated by year and on messages dated to the second, and at every training cut.
    Undated data gives zeros and -1 everywhere, so the features are silent there.
    """
    from matcher.evaluate import _pair_table
    n = len(snapshot.orgs)
    out = np.zeros((n, 2))
    out[:, 1] = -1.0
    _, keys, first = _pair_table(snapshot, lens, mask)
    dated = first != ""
    if dated.sum() < 2:
        return out
    dates = first[dated].astype(str)
    keys = keys[dated]
    ordered = np.sort(dates)
    # Pairs formed on the same date stand at the same position.
    pos = np.searchsorted(ordered, dates, side="right") / len(dates)
    ends = np.r_[keys // n, keys % n]
    pos2 = np.r_[pos, pos]
    recent = np.bincount(ends[pos2 > 0.75], minlength=n)
    out[:, 0] = np.log1p(recent)
    np.maximum.at(out[:, 1], ends, pos2)
    return out


def _rows_features(model, ctx, qs, recency) -> np.ndarray:
    """(len(qs), n, len(FEATURES)) features of every organisation for each query row."""
    n = ctx.n
    out = np.empty((len(qs), n, len(FEATURES)))
    for j, name in enumerate(_TOPO):
        out[:, :, j] = np.log1p(score_rows(name, ctx, qs))
    out[:, :, 5] = np.log1p(ctx.degree)[None, :]
    out[:, :, 6] = np.log1p(ctx.degree[qs])[:, None]
    us = np.repeat(qs, n)
    vs = np.tile(np.arange(n), len(qs))
    out[:, :, 7] = model.decision_function(model.features(ctx, us, vs)).reshape(len(qs), n)
    out[:, :, 8:10] = recency[None, :, :]
    return out


def _pair_features(model, ctx, us, vs, recency) -> np.ndarray:
    us = np.asarray(us, np.int64)
    vs = np.asarray(vs, np.int64)
    out = np.empty((len(us), len(FEATURES)))
    uniq, inv = np.unique(us, return_inverse=True)
    for start in range(0, len(uniq), 128):
        sel = np.flatnonzero((inv >= start) & (inv < start + 128))
        qs = uniq[start:start + 128]
        for j, name in enumerate(_TOPO):
            out[sel, j] = np.log1p(score_rows(name, ctx, qs)[inv[sel] - start, vs[sel]])
    out[:, 5] = np.log1p(ctx.degree[vs])
    out[:, 6] = np.log1p(ctx.degree[us])
    out[:, 7] = model.decision_function(model.features(ctx, us, vs))
    out[:, 8:10] = recency[vs]
    return out


class TemporalRanker:
    """See the module notes. `fit(snapshot, split_factory)` then `score_rows` / `score_pairs`
    with the partner model and context of the ties it will rank from."""

    def __init__(self, model_params=None, random_state=0):
        self.model_params = model_params or {}
        self.random_state = random_state

    def fit(self, snapshot, train_mask, lens="collaboration"):
        from matcher.evaluate import EvaluationError, split_pairs   # evaluate imports this module
        rng = check_random_state(self.random_state)
        splits = []
        dates = _pair_dates(snapshot, lens, train_mask)
        if len(dates) >= 20:
            idx = np.quantile(np.arange(len(dates)), _CUTS).astype(int)
            for c in sorted(set(dates[i] for i in idx)):
                try:
                    splits.append(split_pairs(snapshot, 0.2, "time", self.random_state, lens, as_of=c,
                                              base_mask=train_mask))
                except EvaluationError:
                    continue
        else:
            for r in range(3):
                try:
                    splits.append(split_pairs(snapshot, 0.2, "random", self.random_state + r, lens,
                                              base_mask=train_mask))
                except EvaluationError:
                    break
        xs, ys, wts = [], [], []
        for sp_ in splits:
            model = PartnerModel(**{"random_state": self.random_state, **self.model_params}).fit(
                snapshot, sp_.train_mask, lens)
            ctx = model.fitted_context
            us, vs, y, w = _training_pairs(ctx, sp_, rng)
            if y.sum() == 0:
                continue
            xs.append(_pair_features(model, ctx, us, vs, _recency(snapshot, lens, sp_.train_mask)))
            ys.append(y)
            wts.append(w)
        self.recency_ = _recency(snapshot, lens, train_mask)
        y = np.concatenate(ys) if ys else np.zeros(0)
        self.n_positives_ = int(y.sum())
        self.n_snapshots_ = len(xs)
        if self.n_positives_ < _MIN_POSITIVES:
            self.clf_ = None
            return self
        clf = HistGradientBoostingClassifier(max_iter=150, learning_rate=0.05, max_leaf_nodes=15,
                                             min_samples_leaf=20, l2_regularization=1.0,
                                             random_state=self.random_state)
        x, w = np.concatenate(xs), np.concatenate(wts)
        self.bins_ = _Bins(w).fit(x)
        with _one_thread():
            self.clf_ = clf.fit(self.bins_.transform(x), y, sample_weight=w)
        return self

    @property
    def fitted(self) -> bool:
        return getattr(self, "clf_", None) is not None

    def score_rows(self, model, ctx, qs) -> np.ndarray:
        x = _rows_features(model, ctx, np.asarray(qs, np.int64), self.recency_)
        shape = x.shape[:2]
        with _one_thread():
            return self.clf_.predict_proba(self.bins_.transform(x.reshape(-1, len(FEATURES))))[:, 1].reshape(shape)

    def score_pairs(self, model, ctx, us, vs) -> np.ndarray:
        with _one_thread():
            x = self.bins_.transform(_pair_features(model, ctx, us, vs, self.recency_))
            return self.clf_.predict_proba(x)[:, 1]


class _Bins:
    """Each feature cut at weighted quantiles into at most `max_bins` bins, the values then
    given as bin numbers, so the boosting finds no more than that many distinct values and
    bins them as they are.

    Why our own: given sample weights, scikit-learn's binning takes each of its 255
    quantiles of each feature by a separate weighted percentile: 3.8 of the 12 s a fit took
    on the donations file. One sort and one cumulative sum per feature give them all."""

    def __init__(self, weights, max_bins: int = 255):
        self.weights = np.asarray(weights, float)
        self.max_bins = max_bins

    def fit(self, x):
        self.edges_ = []
        levels = np.arange(1, self.max_bins) / self.max_bins
        for j in range(x.shape[1]):
            order = np.argsort(x[:, j], kind="stable")
            col = x[order, j]
            distinct = np.unique(col)
            if len(distinct) <= self.max_bins:
                self.edges_.append((distinct[:-1] + distinct[1:]) / 2)
                continue
            cum = np.cumsum(self.weights[order])
            at = np.minimum(np.searchsorted(cum, levels * cum[-1], side="left"), len(col) - 1)
            self.edges_.append(np.unique(col[at]))
        return self

    def transform(self, x):
        out = np.empty(x.shape)
        for j, edges in enumerate(self.edges_):
            # A value equal to an edge goes to the bin below it, as scikit-learn bins.
            out[:, j] = np.searchsorted(edges, x[:, j], side="left")
        return out


def _one_thread():
    # Boosting's OpenMP threads spin-wait; on a small, shared machine that made a fit of
    # a few thousand rows take minutes instead of a second. One thread is plenty here.
    return threadpool_limits(1, user_api="openmp")


def _pair_dates(snapshot, lens, mask):
    from matcher.evaluate import _pair_table
    _, _, since = _pair_table(snapshot, lens, mask)
    return np.sort(since[since != ""].astype(str))


def _training_pairs(ctx, sp_, rng):
    """Positives: the split's held-out pairs (both directions). Negatives: for the same
    query, candidates of the right kind not tied later, drawn from two strata, the near ones
    (two or three hops away: where the strong scores are not zero) and the far ones, and
    weighted by the inverse of their chance of being drawn.

    Why the weights: a query ranks all its candidates, and most of them are far. Drawing the
    near ones more often (they are the hard negatives) without weighting them back made the
    learner see near candidates mostly as negatives, so it learned that a high L3 or common
    partners count means *no* tie: on NBER's co-authorship a boosted ranker over L3 scored
    MRR 0.037 against L3's own 0.108, and 0.097 once weighted. Negatives' weights are scaled
    so that they weigh as much in total as the positives.

    Returns (us, vs, y, weight).
    """
    adj = ctx.adjacency
    n = ctx.n
    future = set()
    queries = {}
    for a, b in sp_.test.tolist():
        future.add(a * n + b)
        future.add(b * n + a)
        queries.setdefault(a, []).append(b)
        queries.setdefault(b, []).append(a)
    us, vs, ys, ws = [], [], [], []
    near_rows = _near_rows(adj, list(queries))
    for u, pos in queries.items():
        allowed = sp_.candidates(u)
        allowed[u] = False
        allowed[adj.indices[adj.indptr[u]:adj.indptr[u + 1]]] = False
        pos = sorted(set(v for v in pos if allowed[v]))
        if not pos:
            continue
        negative = allowed.copy()
        negative[pos] = False
        near_mask = near_rows(u)
        for stratum, per_positive in ((np.flatnonzero(negative & near_mask), _HOP_NEGATIVES),
                                      (np.flatnonzero(negative & ~near_mask), _RANDOM_NEGATIVES)):
            if len(stratum) == 0:
                continue
            take = rng.choice(stratum, min(len(stratum), per_positive * len(pos)), replace=False)
            us += [u] * len(take)
            vs += take.tolist()
            ys += [0] * len(take)
            ws += [len(stratum) / len(take)] * len(take)
        us += [u] * len(pos)
        vs += pos
        ys += [1] * len(pos)
        ws += [1.0] * len(pos)
    y = np.array(ys, int)
    w = np.array(ws, float)
    if (y == 0).any():
        w[y == 0] *= max(1, int(y.sum())) / w[y == 0].sum()
    return np.array(us, np.int64), np.array(vs, np.int64), y, w


def _near_rows(adj, queries, block: int = 256):
    """A function u -> bool per organisation: two or three hops from u (where the strong
    scores are not zero). The products are taken for blocks of queries at once, as one
    sparse product each: query by query they cost most of a fit (7 of 18 s on the donations
    file)."""
    queries = np.asarray(sorted(queries), np.int64)
    rows = {}
    n = adj.shape[0]
    for start in range(0, len(queries), block):
        qs = queries[start:start + block]
        two = adj[qs] @ adj
        reach = (two + two @ adj).tocsr()
        reach.eliminate_zeros()
        for i, u in enumerate(qs.tolist()):
            rows[u] = reach.indices[reach.indptr[i]:reach.indptr[i + 1]]

    def near(u):
        mask = np.zeros(n, bool)
        mask[rows[u]] = True
        return mask
    return near
