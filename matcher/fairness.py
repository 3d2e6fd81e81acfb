"""Fair top-k re-ranking so small and marginalised-led organisations are not buried.

FA*IR-style (Zehlike et al. 2017): walk down the k positions; at each prefix i, if the
protected candidates placed so far are fewer than the minimum m(i), take the best
remaining *qualified* protected candidate, otherwise the best remaining candidate of
either group. Within each group the model's order is kept. Only candidates given are
ever placed: when qualified protected candidates run out, the list continues in
score order and the report says the share could not be met.

Minimum table. With ``alpha=None`` (default) m(i) = floor(p * i): every prefix holds at
least a share p of protected suggestions, rounded down (so p=0.5 asks for 0 of the
first 1, 1 of the first 2, 1 of the first 3...). With ``alpha`` set, m(i) is FA*IR's
binomial quantile F^-1(alpha; i, p), which tolerates the shortfalls a fair coin would
produce (without FA*IR's multiple-testing correction of alpha).

Default p = 0.5. Micro and small organisations alone are about four in five UK
charities (NCVO Civil Society Almanac), so even a fair process would fill more than
half the list with them; 0.5 is a floor well below that share, which corrects burial
by well-connected large charities without overriding the model where protected
candidates really are weaker. The quality floor keeps the promise honest: a protected
organisation is only promoted if it ranks within the best `floor_depth * k` candidates
(or scores at least `quality_floor`).

References
----------
Zehlike, M., Bonchi, F., Castillo, C., Hajian, S., Megahed, M., Baeza-Yates, R. (2017).
FA*IR: A Fair Top-k Ranking Algorithm. CIKM '17. doi:10.1145/3132847.3132938
"""
from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np
from scipy.stats import binom

__all__ = ["fair_rerank", "minimum_protected", "exposure_share", "FairnessReport", "DEFAULT_P"]

DEFAULT_P = 0.5
DEFAULT_FLOOR_DEPTH = 3


@dataclass(frozen=True)
class FairnessReport:
    """What re-ranking did. Exposure shares use weights 1/log2(1 + rank)."""
    enabled: bool
    p: float
    k: int
    met: bool                       # every prefix holds its minimum
    shortfall_at: int | None        # first prefix length that could not be met
    protected_in_top_k: int
    protected_exposure_before: float
    protected_exposure_after: float
    quality_floor: float | None

    def to_dict(self) -> dict:
        # Every field is a plain value: no need for dataclasses.asdict's deep copy.
        return {f.name: getattr(self, f.name) for f in fields(self)}


def minimum_protected(k: int, p: float, alpha: float | None = None) -> np.ndarray:
    """m(i) for i = 1..k: protected candidates required in the first i positions."""
    i = np.arange(1, k + 1)
    if alpha is None:
        return np.floor(p * i + 1e-9).astype(int)
    return np.maximum(binom.ppf(alpha, i, p), 0).astype(int)


def exposure_share(protected: np.ndarray) -> float:
    """Share of position-discounted exposure (1/log2(1 + rank)) going to protected items."""
    protected = np.asarray(protected, bool)
    if len(protected) == 0:
        return 0.0
    w = 1.0 / np.log2(np.arange(2, len(protected) + 2))
    return float(w[protected].sum() / w.sum())


def _leading_order(scores: np.ndarray, count: int) -> np.ndarray:
    """The first `count` positions of ``np.argsort(-scores, kind="stable")`` and every
    position tied with the last of them, in that order, without sorting the rest (the
    whole order when that is little more, or when a score is NaN)."""
    n = len(scores)
    if 4 * count >= n or np.isnan(scores).any():
        return np.argsort(-scores, kind="stable")
    cut = np.partition(scores, n - count)[n - count]   # the count-th highest score
    head = np.flatnonzero(scores >= cut)                # ascending, so the sort keeps ties in order
    return head[np.argsort(-scores[head], kind="stable")]


def fair_rerank(scores, protected, k: int, p: float = DEFAULT_P, *, enabled: bool = True,
                alpha: float | None = None, quality_floor: float | None = None,
                floor_depth: int = DEFAULT_FLOOR_DEPTH, ranked: np.ndarray | None = None):
    """Choose and order k of the candidates.

    Parameters
    ----------
    scores : array of float
        Model scores, higher is better (any order).
    protected : array of bool
        Small or marginalised-led.
    k : int
    p : float in [0, 1]
        Minimum protected share in every prefix.
    enabled : bool
        False returns the plain top-k (the report still gives its exposure).
    alpha : float, optional
        Use FA*IR's binomial table instead of floor(p * i).
    quality_floor : float, optional
        Minimum score for a protected candidate to be promoted. Default: the score of
        the (floor_depth * k)-th best candidate.
    floor_depth : int
    ranked : array of int, optional
        ``np.argsort(-scores, kind="stable")`` when the caller has computed it already;
        otherwise only the head of that order the choice reads is sorted.

    Returns
    -------
    order : ndarray of int
        Positions into `scores`, best first, len <= k. Always a subset of the input.
    report : FairnessReport
    """
    scores = np.asarray(scores, float)
    protected = np.asarray(protected, bool)
    if not 0.0 <= p <= 1.0:
        raise ValueError("p must be between 0 and 1")
    k = min(k, len(scores))
    floor_given = quality_floor is not None
    if ranked is None:
        # The walk below reads at most k of each group, and the quality floor sits at
        # depth floor_depth * k: the order's head answers, unless too few of the
        # unqualified are in it (then the whole order).
        ranked = _leading_order(scores, max(1, floor_depth * k) + k)
    while True:
        plain = ranked[:k]
        if not floor_given:
            depth = min(len(ranked), max(1, floor_depth * k))
            quality_floor = float(scores[ranked[depth - 1]]) if len(ranked) else None
        if not enabled or k == 0:
            break
        qualified = protected[ranked] & (scores[ranked] >= quality_floor)
        prot, other = ranked[qualified][:k], ranked[~qualified][:k]
        if len(ranked) == len(scores) or (len(other) == k and not floor_given):
            break
        ranked = np.argsort(-scores, kind="stable")
    before = exposure_share(protected[plain])
    if not enabled or k == 0:
        return plain, FairnessReport(False, p, k, True, None, int(protected[plain].sum()),
                                     before, before, quality_floor)
    need = minimum_protected(k, p, alpha)
    prot, other = prot.tolist(), other.tolist()
    out, n_prot, shortfall = [], 0, None
    pi = oi = 0
    for pos in range(k):
        must = n_prot < need[pos]
        take_prot = pi < len(prot) and (must or oi >= len(other) or scores[prot[pi]] >= scores[other[oi]])
        if take_prot:
            out.append(prot[pi]); pi += 1; n_prot += 1
        elif oi < len(other):
            out.append(other[oi]); oi += 1
            n_prot += int(protected[out[-1]])   # an unqualified protected org still counts
        else:
            break
        if n_prot < need[pos] and shortfall is None:
            shortfall = pos + 1
    order = np.array(out, dtype=np.int64)
    return order, FairnessReport(True, p, k, shortfall is None, shortfall, int(protected[order].sum()),
                                 before, exposure_share(protected[order]), quality_floor)
