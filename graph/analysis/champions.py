"""Collaborative champions: organisations that span boundaries between sectors, places
and communities and bring others together.

One score per organisation combines five measures, each turned into a percentile rank
among the organisations with ties, so no one measure's scale dominates:

================================  ======  ==================================================
measure                           weight  why
================================  ======  ==================================================
betweenness                       0.30    others reach each other through it
cross-group brokerage             0.25    it links organisations of different sectors,
                                          places and communities that have no tie of their own
groups spanned                    0.15    how many sectors, places and communities it joins
effective size                    0.10    its contacts are not redundant (Burt)
dependants                        0.20    organisations that reach the rest only through it
================================  ======  ==================================================

Every champion comes with reasons in plain words built from the same numbers.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from scipy.stats import rankdata

from graph.analysis._engine import undirected
from graph.analysis._scope import COLLABORATION, Scope, lens_note, scope_for
from graph.analysis.brokerage import GROUPINGS, ROLES, brokerage_for, group_labels
from graph.analysis.centrality import betweenness_for, constraint_of, effective_size_for
from graph.analysis.structure import cuts_for

__all__ = ["champions", "Champion", "ChampionsResult", "WEIGHTS"]

WEIGHTS = {"betweenness": 0.30, "brokerage": 0.25, "spans": 0.15, "effective_size": 0.10, "dependants": 0.20}

_GROUP_WORDS = {"sector": ("sector", "sectors"), "place": ("place", "places"),
                "community": ("community", "communities")}


@dataclass
class Champion:
    """One organisation's champion profile.

    Attributes
    ----------
    id, name, sector : str
    score : float
        In [0, 1]; see the module notes for how it is made.
    rank : int
        1 for the strongest champion in scope.
    ties : int
        Organisations it has a tie with.
    betweenness : float
        Normalised betweenness.
    constraint, effective_size : float or None
        Burt's measures (None for an organisation with no ties).
    brokerage : dict
        grouping -> role -> count of open two-paths it brokers.
    spans : dict
        grouping -> number of groups among itself and its contacts (only counted when it
        brokers across that grouping).
    dependants : int
        Organisations cut off from the rest without it.
    reasons : list of str
    """
    id: str
    name: str
    sector: str
    score: float
    rank: int
    ties: int
    betweenness: float
    constraint: float | None
    effective_size: float | None
    brokerage: dict
    spans: dict
    dependants: int
    reasons: list[str]

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "sector": self.sector, "score": self.score,
                "rank": self.rank, "ties": self.ties, "betweenness": self.betweenness,
                "constraint": self.constraint, "effective_size": self.effective_size,
                "brokerage": self.brokerage, "spans": self.spans, "dependants": self.dependants,
                "reasons": list(self.reasons)}


@dataclass
class ChampionsResult:
    """Champions of one place (or the whole network).

    Attributes
    ----------
    place, place_name : str or None
    organisations, ties : int
        Organisations in scope and connected pairs among them.
    exact : bool
        Whether betweenness was computed exactly or from sampled sources.
    sources : int
        Source organisations used for betweenness.
    seed : int
    champions : list of Champion
        The top champions, strongest first.
    lens : str
        The ties read: always "collaboration" (funding is not working together).
    note : str or None
        Plain words when the place has no collaboration ties: what that means and what
        would fill it.
    scores : numpy.ndarray
        Score of every organisation in scope, in snapshot row order (not serialised).
    """
    place: str | None
    place_name: str
    organisations: int
    ties: int
    exact: bool
    sources: int
    seed: int
    champions: list[Champion]
    scores: np.ndarray = field(repr=False)
    ids: list[str] = field(repr=False)
    lens: str = COLLABORATION
    note: str | None = None

    def score_of(self, org_id: str) -> float:
        try:
            return float(self.scores[self.ids.index(org_id)])
        except ValueError:
            raise KeyError(org_id) from None

    def to_dict(self) -> dict:
        return {"place": self.place, "place_name": self.place_name, "lens": self.lens, "note": self.note,
                "organisations": self.organisations, "ties": self.ties, "betweenness": {"exact": self.exact, "sources": self.sources,
                                                   "seed": self.seed},
                "weights": dict(WEIGHTS), "champions": [c.to_dict() for c in self.champions]}


def _percentile(x: np.ndarray, active: np.ndarray) -> np.ndarray:
    """Percentile rank in (0, 1] among positive values of active vertices; 0 otherwise."""
    out = np.zeros(len(x))
    pos = active & (x > 0)
    if pos.any():
        out[pos] = rankdata(x[pos]) / pos.sum()
    return out


def spans_for(scope: Scope, by: str) -> np.ndarray:
    """Known groups among each organisation and its contacts."""
    def compute():
        labels, codes = group_labels(scope, by)
        tg = undirected(scope)
        n, k = tg.n, len(codes)
        if k == 0 or n == 0:
            return np.zeros(n, dtype=np.int64)
        known = labels < k
        rows = np.flatnonzero(known)
        h = sp.csr_matrix((np.ones(len(rows)), (rows, labels[known])), shape=(n, k))
        seen = (tg.csr @ h + h).tocsr()
        seen.eliminate_zeros()
        return np.diff(seen.indptr).astype(np.int64)
    return scope.memo("spans", compute, by)


@dataclass(frozen=True)
class _Measures:
    score: np.ndarray
    betweenness: np.ndarray
    cross: np.ndarray          # cross-group brokerage summed over groupings
    spans: dict
    dependants: np.ndarray
    degree: np.ndarray
    exact: bool
    sources: int
    seed: int


def measures_for(scope: Scope, k: int | None = None, seed: int = 0) -> _Measures:
    def compute():
        tg = undirected(scope)
        n = tg.n
        bet = betweenness_for(scope, k=k, seed=seed)
        active = tg.degree > 0
        cross = np.zeros(n)
        spans = {}
        span_total = np.zeros(n)
        for by in GROUPINGS:
            counts = brokerage_for(scope, by)
            across = counts.sum(axis=1) - counts[:, 0]
            cross += across
            sp_ = np.where(across > 0, spans_for(scope, by), np.minimum(spans_for(scope, by), 1))
            spans[by] = sp_
            span_total += np.maximum(sp_ - 1, 0)
        esize = np.nan_to_num(effective_size_for(scope), nan=0.0)
        cuts = cuts_for(scope)
        dependants = np.zeros(n, dtype=np.int64)
        dependants[cuts.points] = cuts.dependants
        score = (WEIGHTS["betweenness"] * _percentile(bet.values, active)
                 + WEIGHTS["brokerage"] * _percentile(cross, active)
                 + WEIGHTS["spans"] * _percentile(span_total, active)
                 + WEIGHTS["effective_size"] * _percentile(esize, active)
                 + WEIGHTS["dependants"] * _percentile(dependants.astype(float), active))
        # An organisation nobody reaches anyone through is not a champion, however many
        # contacts it has.
        score[(bet.values <= 0) & (cross <= 0)] = 0.0
        return _Measures(score, bet.values, cross, spans, dependants, tg.degree, bet.exact, bet.sources, seed)
    return scope.memo("champion_measures", compute, k, seed)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _reasons(scope: Scope, v: int, m: _Measures, by_counts: dict) -> list[str]:
    reasons = []
    spanned = [_plural(int(m.spans[by][v]), *_GROUP_WORDS[by]) for by in GROUPINGS
               if m.spans[by][v] >= 2 and by_counts[by][v].sum() - by_counts[by][v][0] > 0]
    if spanned:
        joined = spanned[0] if len(spanned) == 1 else ", ".join(spanned[:-1]) + " and " + spanned[-1]
        reasons.append(f"bridges {joined}")
    d = int(m.dependants[v])
    if d:
        reasons.append(f"{_plural(d, 'organisation reaches', 'organisations reach')} the rest only through it")
    share = m.betweenness[v] * 100
    if share >= 0.5:
        reasons.append(f"lies on {share:.0f}% of the shortest routes between other organisations")
    open_pairs = int(by_counts["sector"][v].sum())
    cross_sector = open_pairs - int(by_counts["sector"][v][0])
    if open_pairs:
        text = f"links {_plural(open_pairs, 'pair', 'pairs')} of organisations with no tie of their own"
        if cross_sector:
            text += f", {cross_sector} of them across sectors"
        reasons.append(text)
    return reasons


def champions_for(scope: Scope, top: int = 20, k: int | None = None, seed: int = 0) -> ChampionsResult:
    def compute():
        m = measures_for(scope, k=k, seed=seed)
        tg = undirected(scope)
        orgs = scope.snap.orgs
        esize = effective_size_for(scope)
        candidates = np.flatnonzero(m.score > 0)
        order = candidates[np.lexsort((candidates, -m.betweenness[candidates], -m.score[candidates]))]
        by_counts = {by: brokerage_for(scope, by) for by in GROUPINGS}
        shown = order[:top].tolist()
        # Constraint is shown, not scored: only the champions listed need it.
        constraint = dict(zip(shown, constraint_of(scope, shown).tolist()))
        out = []
        for rank, v in enumerate(shown, start=1):
            o = orgs[v]
            out.append(Champion(
                id=o.id, name=o.name, sector=o.sector, score=round(float(m.score[v]), 4), rank=rank,
                ties=int(m.degree[v]), betweenness=round(float(m.betweenness[v]), 6),
                constraint=None if math.isnan(constraint[v]) else round(constraint[v], 4),
                effective_size=None if np.isnan(esize[v]) else round(float(esize[v]), 3),
                brokerage={by: dict(zip(ROLES, by_counts[by][v].tolist())) for by in GROUPINGS},
                spans={by: int(m.spans[by][v]) for by in GROUPINGS}, dependants=int(m.dependants[v]),
                reasons=_reasons(scope, v, m, by_counts)))
        return ChampionsResult(place=scope.place, place_name=scope.place_name, organisations=tg.n, ties=tg.m,
                               exact=m.exact, sources=m.sources, seed=seed, champions=out, scores=m.score,
                               ids=scope.ids(range(tg.n)), lens=scope.lens, note=lens_note(scope, tg.m))
    return scope.memo("champions", compute, top, k, seed)


def champions(snapshot, place: str | None = None, top: int = 20, *, k: int | None = None,
              seed: int = 0) -> ChampionsResult:
    """Collaborative champions: organisations that span boundaries and bring others together.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        A place code; only organisations in it (and places inside it) and their ties count.
    top : int, default 20
        How many champions to return (scores for all are on the result).
    k : int, optional
        Sampled sources for betweenness; None chooses (see `centrality.betweenness`).
    seed : int, default 0
        Seed for the betweenness sample; the same seed gives the same champions.

    Returns
    -------
    ChampionsResult
        The top champions with score, measures and reasons in plain words.

    Notes
    -----
    Everything reads the collaboration lens only (partnership, referral, contract,
    co-location, network, shared trustee, merger): a funder with a hundred grants is not
    thereby a champion. Betweenness, constraint, effective size and cut points use the
    undirected collaboration graph; brokerage uses its directed flow graph (see
    `brokerage.brokerage`) over
    the sector, place and community groupings. The score weights are in `WEIGHTS`; each
    measure enters as a percentile rank among organisations with ties (0 for a zero value).
    An organisation that lies on no shortest path and brokers no open pair scores 0.

    References
    ----------
    .. [1] Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
       Sociometry 40(1), 35-41.
    .. [2] Gould, R. V. and Fernandez, R. M. (1989). Structures of mediation: a formal
       approach to brokerage in transaction networks. Sociological Methodology 19, 89-126.
    .. [3] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition.
       Harvard University Press.
    .. [4] Williams, P. (2002). The competent boundary spanner. Public Administration
       80(1), 103-124.
    """
    return champions_for(scope_for(snapshot, place, lens=COLLABORATION), top=top, k=k, seed=seed)
