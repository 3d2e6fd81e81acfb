"""PartnerModel: a logistic regression over pair features, learned from existing ties.

Why logistic regression: on the demo data and the real-world network it evaluated
better than HistGradientBoosting on the same features and samples (in a held-out trial
during development, boosting reached ROC-AUC 0.67-0.79 where this reached 0.82-0.99), and its
explanation is exact rather than approximate: the log-odds of a suggestion is the sum
of coef_j x standardised feature_j plus the intercept, so each reason we print is a
real share of the score. Contributions are relative to the average training pair.

Training set: every known tie (distinct pairs) is a positive; for each positive (u, v)
we draw `negatives_per_positive` negatives (u, v') not tied to u: most uniformly at
random, a share `hard_negative_share` "hard" ones from u's own places and from
partners of u's partners, because the question asked at suggestion time
is "which of the organisations around me", not "anyone in the country". The default
share, 0.25, evaluated best on both the demo and the EMON network (held-out, 5 seeds):
0.5 lost about 0.03 ROC-AUC on the demo, 0 lost recall on EMON.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils import check_random_state

from graph.model import SECTORS
from matcher.complementarity import ServiceComplementarity
from matcher.context import MatchContext
from matcher.features import make_org_featurizer
from matcher.lenses import check_lens, lens_mask
from matcher.pairs import FEATURES, pair_features

__all__ = ["PartnerModel", "PRIOR_WEIGHTS", "MIN_TIES_TO_LEARN"]

# Used while there are too few ties to learn from: serve the same people and places,
# bring something different, do not duplicate. Weights act on raw features in [0, 1]
# (complementarity is a log-lift, about -1..1), so the table reads as stated.
PRIOR_WEIGHTS = {"community_overlap": 2.0, "place_overlap": 2.0, "service_complementarity": 1.5,
                 "service_redundancy": -1.5, "description_similarity": 0.5, "common_partners": 0.5}
MIN_TIES_TO_LEARN = 20


class PartnerModel(BaseEstimator):
    """Scores how likely two organisations are to become complementary partners.

    Parameters
    ----------
    C : float
        Inverse L2 regularisation strength of the logistic regression.
    negatives_per_positive : int
        Non-tied pairs sampled per known tie.
    hard_negative_share : float
        Share of those negatives drawn near the query organisation: half of them (rounded
        up) from its places, the rest from partners of its partners.
    smoothing : float
        Pseudo-pairs for the service and sector lifts (see ServiceComplementarity).
    use_prior : bool
        Start service complementarity from the written prior (PRIOR_FAMILIES).
    max_positives : int
        Cap on positives used for training (sampled), keeps fit time bounded.
    max_description_terms : int
        Vocabulary cap of the description TF-IDF.
    outcome_weight : float
        Sample weight of a recorded introduction outcome (matcher.outcomes: partnered is
        a positive, declined a negative) against 1 for a tie or a sampled non-tie: an
        outcome is a broker's judged test of the pair, stronger evidence than either.
    random_state : int, RandomState or None

    Attributes
    ----------
    featurizer_ : ColumnTransformer
    complementarity_ : ServiceComplementarity
    sector_lift_ : ServiceComplementarity
    mode_ : {"learned", "prior"}
        "prior" when there were fewer than MIN_TIES_TO_LEARN distinct tied pairs.
    coef_ : ndarray
        Weight of each feature on the standardised scale (prior weights in prior mode).
    intercept_ : float
    mean_, scale_ : ndarray
        Standardisation; a contribution is coef_ * (x - mean_) / scale_.
    n_train_pairs_ : int
    snapshot_version_ : int
    feature_names_ : tuple of str
    """

    def __init__(self, C: float = 1.0, negatives_per_positive: int = 4, hard_negative_share: float = 0.25,
                 smoothing: float = 3.0, use_prior: bool = True, max_positives: int = 100_000,
                 max_description_terms: int = 20_000, outcome_weight: float = 3.0, random_state=0):
        self.C = C
        self.negatives_per_positive = negatives_per_positive
        self.hard_negative_share = hard_negative_share
        self.smoothing = smoothing
        self.use_prior = use_prior
        self.max_positives = max_positives
        self.max_description_terms = max_description_terms
        self.outcome_weight = outcome_weight
        self.random_state = random_state

    # Contexts hold the snapshot's arrays: rebuilt from the snapshot, never pickled.
    def __getstate__(self):
        # A copy: on Python 3.11+ the inherited state is the live __dict__, so popping from
        # it dropped the scoring context of the model in memory whenever get_model saved it,
        # and the next suggestion rebuilt the context (seconds at 50,000 organisations).
        state = dict(super().__getstate__())
        state.pop("_contexts", None)
        state.pop("_fitted_context", None)
        return state

    def fit(self, snapshot, tie_mask=None, lens: str = "collaboration", outcomes=None):
        """Learn from the ties of `snapshot` (only those where `tie_mask` is True).

        Without a mask the model learns from, and later scores with, the ties of `lens`
        only: partner suggestions use the collaboration lens, because two organisations
        funded by one funder have not collaborated. `outcomes` (matcher.outcomes.Outcomes)
        adds recorded introduction outcomes to the training pairs, weighted `outcome_weight`.

        Returns
        -------
        self
        """
        rng = check_random_state(self.random_state)
        self.lens_ = check_lens(lens)
        whole_lens = tie_mask is None
        if whole_lens:
            tie_mask = lens_mask(snapshot, lens)
        self.featurizer_ = make_org_featurizer(snapshot, self.max_description_terms)
        ctx = MatchContext.build(snapshot, self.featurizer_, tie_mask, fit_featurizer=True)
        # Fitted on the whole lens, the fit context is also the scoring context.
        self._contexts = {(id(snapshot), True): ctx} if whole_lens else {}
        self._fitted_context = ctx
        self.feature_names_ = FEATURES
        self.snapshot_version_ = snapshot.version
        self.complementarity_ = ServiceComplementarity(self.smoothing, self.use_prior).fit(
            ctx.services, ctx.pairs, [s.code for s in snapshot.services])
        self.sector_lift_ = ServiceComplementarity(self.smoothing, use_prior=False).fit(
            ctx.sector_onehot(), ctx.pairs, SECTORS)
        self.n_train_pairs_ = len(ctx.pairs)
        self.n_outcomes_ = outcomes.summary() if outcomes is not None and len(outcomes) else \
            {"partnered": 0, "declined": 0}
        if len(ctx.pairs) < MIN_TIES_TO_LEARN:
            return self._fit_prior()
        us, vs, y = self._training_pairs(ctx, rng)
        loo = y == 1
        weight = np.ones(len(y))
        if outcomes is not None and len(outcomes):
            # Outcome pairs are not ties here, so none has its own pair to leave out.
            us, vs, y = np.r_[us, outcomes.us], np.r_[vs, outcomes.vs], np.r_[y, outcomes.y]
            loo = np.r_[loo, np.zeros(len(outcomes), bool)]
            weight = np.r_[weight, np.full(len(outcomes), float(self.outcome_weight))]
        x = pair_features(self, ctx, us, vs, leave_one_out=loo)
        pipe = Pipeline([("scale", StandardScaler()),
                         ("lr", LogisticRegression(C=self.C, max_iter=2000))]).fit(x, y, scale__sample_weight=weight, lr__sample_weight=weight)
        scaler, lr = pipe.named_steps["scale"], pipe.named_steps["lr"]
        self.mode_ = "learned"
        self.mean_ = scaler.mean_
        self.scale_ = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
        self.coef_ = lr.coef_.ravel().copy()
        self.intercept_ = float(lr.intercept_[0])
        return self

    def _fit_prior(self):
        self.mode_ = "prior"
        self.mean_ = np.zeros(len(FEATURES))
        self.scale_ = np.ones(len(FEATURES))
        self.coef_ = np.array([PRIOR_WEIGHTS.get(f, 0.0) for f in FEATURES])
        self.intercept_ = -2.0
        return self

    def _training_pairs(self, ctx, rng):
        pos = ctx.pairs
        if len(pos) > self.max_positives:
            pos = pos[rng.choice(len(pos), self.max_positives, replace=False)]
        # Each tie is a query from either end, as suggestions are asked from either side.
        flip = rng.random_sample(len(pos)) < 0.5
        us = np.where(flip, pos[:, 1], pos[:, 0])
        vs = np.where(flip, pos[:, 0], pos[:, 1])
        k = self.negatives_per_positive
        n_hard = int(round(k * self.hard_negative_share))
        qu = np.repeat(us, k)
        qv = rng.randint(0, ctx.n, size=len(qu))
        slot = np.tile(np.arange(k), len(us))
        place = slot < (n_hard + 1) // 2
        hop = (slot >= (n_hard + 1) // 2) & (slot < n_hard)
        qv[place] = _same_place(ctx, qu[place], rng, fallback=qv[place])
        qv[hop] = _two_hop(ctx, qu[hop], rng, fallback=qv[hop])
        tied = np.asarray(ctx.adjacency[qu, qv]).ravel() > 0
        keep = (qu != qv) & ~tied
        all_u = np.r_[us, qu[keep]]
        all_v = np.r_[vs, qv[keep]]
        y = np.r_[np.ones(len(us), int), np.zeros(int(keep.sum()), int)]
        return all_u, all_v, y

    # ---- scoring -----------------------------------------------------------------------
    @property
    def fitted_context(self) -> MatchContext:
        """The context fit() built (its known ties only); not kept across pickling."""
        return self._fitted_context

    def context(self, snapshot) -> MatchContext:
        """The scoring context for `snapshot` (cached per snapshot object)."""
        cache = self.__dict__.setdefault("_contexts", {})
        key = (id(snapshot), True)
        ctx = cache.get(key)
        if ctx is None or ctx.snapshot is not snapshot:
            cache.clear()
            ctx = cache[key] = MatchContext.build(snapshot, self.featurizer_,
                                                  lens_mask(snapshot, getattr(self, "lens_", "collaboration")))
        return ctx

    def features(self, ctx, us, vs) -> np.ndarray:
        return pair_features(self, ctx, us, vs)

    def contributions(self, x: np.ndarray) -> np.ndarray:
        """Per-feature shares of the log-odds: coef_ * standardised value."""
        return (x - self.mean_) / self.scale_ * self.coef_

    def decision_function(self, x: np.ndarray) -> np.ndarray:
        return self.contributions(x).sum(axis=1) + self.intercept_

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Probability of a tie, as a column for the positive class only."""
        return 1.0 / (1.0 + np.exp(-self.decision_function(x)))

    def score_pairs(self, ctx, us, vs) -> np.ndarray:
        return self.predict_proba(self.features(ctx, us, vs))


def _random_neighbour(adj, us, rng):
    deg = np.diff(adj.indptr)[us]
    has = deg > 0
    out = np.full(len(us), -1)
    pick = adj.indptr[us[has]] + (rng.random_sample(has.sum()) * deg[has]).astype(np.int64)
    out[has] = adj.indices[pick]
    return out


def _two_hop(ctx, us, rng, fallback) -> np.ndarray:
    """For each u, a partner of one of u's partners: the candidates shared partners favour."""
    first = _random_neighbour(ctx.adjacency, us, rng)
    out = np.array(fallback, copy=True)
    ok = first >= 0
    second = _random_neighbour(ctx.adjacency, first[ok], rng)
    out[np.flatnonzero(ok)[second >= 0]] = second[second >= 0]
    return out


def _same_place(ctx, us, rng, fallback) -> np.ndarray:
    """For each u, a random organisation in one of u's places, at any level below the
    widest (places holding over a fifth of all organisations are skipped): the kind of
    neighbour candidate generation offers, so the model learns to rank among them."""
    closed = ctx.places
    df = np.diff(closed.tocsc().indptr)
    local = sp.csr_matrix(closed.multiply((df <= max(2, 0.2 * ctx.n))[None, :]))
    local.eliminate_zeros()
    by_place = local.tocsc()
    out = np.array(fallback, copy=True)
    n_places = np.diff(local.indptr)[us]
    has = n_places > 0
    pick = local.indptr[us[has]] + (rng.random_sample(has.sum()) * n_places[has]).astype(np.int64)
    cols = local.indices[pick]
    col_size = np.diff(by_place.indptr)[cols]
    member = by_place.indptr[cols] + (rng.random_sample(len(cols)) * col_size).astype(np.int64)
    out[has] = by_place.indices[member]
    return out
