"""Which services go together across partnerships: learned lift, with a written prior.

Partnerships show which services complement each other: if legal-advice charities tie
with housing-support groups far more often than their numbers predict, the pair is
complementary. We count, over the distinct tied pairs of organisations, how often a
service `a` at one end meets a service `b` at the other, and compare with what
independent pairing of the same ends would give (lift; log lift is PMI).

With few ties the counts are noise, so the lift is shrunk towards a prior with
``smoothing`` pseudo-pairs (additive smoothing of both the observed and the expected
count). The prior is a small hand-written table of service families that the sector
documents as complementary (`PRIOR_FAMILIES`); any other pair of *different* services
gets a mild lift, because "a different service for the same people" is itself what
partners want; the *same* service gets lift 1 (no complementarity: that is redundancy,
measured separately). With no ties at all the score is exactly the prior.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator

__all__ = ["ServiceComplementarity", "PRIOR_FAMILIES", "PRIOR_LIFT", "DIFFERENT_SERVICE_LIFT"]

# Top-level service families that referral pathways and joint bids commonly join
# (advice + housing, refugee support + immigration advice, mental health + housing...).
# Kept short on purpose: it only has to be sensible until real ties outweigh it.
PRIOR_FAMILIES = (
    ("advice", "housing"), ("advice", "refugees"), ("advice", "poverty"), ("advice", "health"),
    ("advice", "disability"), ("advice", "employment"), ("advice", "safety"), ("advice", "family"),
    ("housing", "health"), ("housing", "safety"), ("housing", "poverty"), ("housing", "refugees"),
    ("refugees", "education"), ("refugees", "health"), ("refugees", "community"),
    ("employment", "education"), ("health", "community"), ("health", "sport"),
    ("health", "poverty"), ("youth", "education"), ("youth", "sport"), ("youth", "arts"),
    ("family", "education"), ("family", "health"), ("safety", "health"), ("advocacy", "disability"),
    ("advocacy", "health"), ("community", "environment"), ("community", "arts"),
    ("infrastructure", "community"),
)
PRIOR_LIFT = 2.0              # a documented complementary family pair
DIFFERENT_SERVICE_LIFT = 1.2  # any two different services, for the same people


def _family(code: str) -> str:
    return code.split(".", 1)[0]


class ServiceComplementarity(BaseEstimator):
    """Smoothed lift of service pairs across tied organisations.

    Parameters
    ----------
    smoothing : float
        Pseudo-pairs added to observed and expected counts, pulling lift to the prior.
    use_prior : bool
        When False the prior is flat (lift 1), i.e. complementarity is learned only.

    Attributes
    ----------
    codes_ : list of str
        Service codes, the order of rows and columns below.
    counts_ : ndarray (n_services, n_services)
        Distinct tied pairs with `a` at one end and `b` at the other (symmetric).
    expected_ : ndarray
        The same count expected if ends paired at random.
    prior_ : ndarray
        Prior lift.
    score_ : ndarray
        log of smoothed lift; 0 means "as often as chance", > 0 complementary.
    n_pairs_ : int
        Distinct tied pairs the counts came from.
    """

    def __init__(self, smoothing: float = 3.0, use_prior: bool = True):
        self.smoothing = smoothing
        self.use_prior = use_prior

    def fit(self, X: sp.csr_matrix, pairs: np.ndarray, codes=None):
        """Learn from organisations x services `X` and distinct tied `pairs` (m x 2 rows).

        Returns
        -------
        self
        """
        X = sp.csr_matrix(X, dtype=np.float64)
        n_s = X.shape[1]
        self.codes_ = list(codes) if codes is not None else [str(j) for j in range(n_s)]
        pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
        self.n_pairs_ = len(pairs)
        m = (X[pairs[:, 0]].T @ X[pairs[:, 1]]).toarray()
        # Each tied pair counts once per (a at one end, b at the other), either orientation.
        counts = m + m.T
        counts[np.diag_indices(n_s)] /= 2.0
        self.counts_ = counts
        marg = counts.sum(axis=1)
        total = counts.sum()
        self.expected_ = np.outer(marg, marg) / total if total > 0 else np.zeros_like(counts)
        self.prior_ = self._prior(self.codes_) if self.use_prior else np.ones((n_s, n_s))
        self.score_ = self._score(counts, self.expected_)
        return self

    def _prior(self, codes) -> np.ndarray:
        fam = [_family(c) for c in codes]
        pairs = {frozenset(p) for p in PRIOR_FAMILIES}
        prior = np.full((len(codes), len(codes)), DIFFERENT_SERVICE_LIFT)
        for i, fi in enumerate(fam):
            for j, fj in enumerate(fam):
                if fi != fj and frozenset((fi, fj)) in pairs:
                    prior[i, j] = PRIOR_LIFT
        np.fill_diagonal(prior, 1.0)
        return prior

    def _score(self, counts, expected) -> np.ndarray:
        k = self.smoothing
        return np.log((counts + k * self.prior_) / (expected + k))

    def pair_score(self, a: int, b: int, exclude_one: bool = False) -> float:
        """Score of services a, b; `exclude_one` drops one observed pair (leave-one-out)."""
        if exclude_one:
            return float(self.loo_score()[a, b])
        return float(self.score_[a, b])

    def loo_score(self) -> np.ndarray:
        """Scores as if one of the counted pairs were not there.

        A training pair must not vouch for itself: its own tie is in the counts, so its
        feature uses this matrix (the expected count moves by far less and is kept).
        """
        # Removing one of n pairs also lowers the expected count, by about 1/n (exactly so
        # when each organisation has one code); without this, a pairing as common as chance
        # would look slightly *worse* than chance for every positive, a bias the model learns.
        shrink = 1.0 - 1.0 / max(self.n_pairs_, 1)
        return self._score(np.maximum(self.counts_ - 1.0, 0.0), self.expected_ * shrink)
