"""The one entry point the web layer and the CLI call: `match` / `suggest`, `get_model`.

A fitted model is saved with joblib next to the data (see `default_model_dir`) together
with the snapshot version and a fingerprint of the data it was fitted on; it is loaded
when the fingerprint matches and refitted (and saved again) when the data changed.
Within one process the model and its scoring context stay in memory, so repeated
queries on one snapshot only pay for candidate generation and scoring.
"""
from __future__ import annotations

import copy
import hashlib
import os
import tempfile
import threading
from dataclasses import dataclass, field, fields
from pathlib import Path

import joblib
import numpy as np

from matcher.baselines import METHOD_LABELS, STRONG_BASELINES, score_candidates, three_step_paths
from matcher.consensus import VOTERS, rank_average
from matcher.candidates import generate_candidates
from matcher.explain import PATH_REASON_METHODS, baseline_reasons, explain_suggestions, query_facts
from matcher.fairness import DEFAULT_P, FairnessReport, fair_rerank
from matcher.filters import Filters
from matcher.lenses import lens_mask
from matcher.model import PartnerModel
from matcher.outcomes import outcomes_from
from matcher.query_features import query_pair_features, service_pairs

__all__ = ["Suggestion", "MatchResult", "MatchError", "match", "match_described", "suggest", "get_model",
           "served_method", "choose_served", "default_model_dir", "snapshot_fingerprint", "MODEL_FILE", "check_query",
           "ranking_method", "finish_match", "saved_model_matches"]

MODEL_FILE = "matcher-model.joblib"
SERVED_FILE = "matcher-served.joblib"
SERVED_FUNDING_FILE = "matcher-served-funding.joblib"
_FORMAT = 1
_SERVED_FORMAT = 5        # 2: the choice carries "trusted"; 3: rolling validation windows, consensus;
#                           4: L3 the incumbent baseline, three draws on small undated data;
#                           5: the temporal ranker a candidate on the funding lens
RANKER_FUNDING_FILE = "matcher-ranker-funding.joblib"
_rankers: dict = {}       # (fingerprint, lens) -> (TemporalRanker, PartnerModel) served
_lock = threading.Lock()
_memory: dict = {}        # (model_dir, fingerprint) -> PartnerModel
_served: dict = {}        # (fingerprint, lens) -> the method served (see served_method)
SELECTION_MAX_ORGS = 20_000
RANKER_MAX_ORGS = 10_000   # the temporal ranker is a candidate for the funding pages up to this size
_fingerprints: dict = {}  # id(snapshot) -> (snapshot, fingerprint); the snapshot is held so ids stay unique


class MatchError(ValueError):
    """A request the matcher cannot answer (unknown organisation, bad parameter)."""


@dataclass(frozen=True)
class Suggestion:
    """One suggested partner. `score` is the model's probability of a partnership.

    `rank` is the position shown (after fairness re-ranking, when on); `model_rank` is the
    position in the model's own order among all candidates considered, so a caller can say
    what re-ranking moved without matching twice."""
    org_id: str
    name: str
    rank: int
    model_rank: int
    score: float
    protected: bool
    about: str
    reasons: tuple[dict, ...]
    contributions: dict
    details: dict
    sector: str
    size_band: str | None
    led_by: tuple[str, ...]

    @property
    def explanation(self) -> str:
        """All reasons as one paragraph, with the small / marginalised-led fact first."""
        parts = [f"{self.name} is {self.about}."] if self.about else []
        return " ".join(parts + [r["text"] for r in self.reasons])

    def to_dict(self, copy: bool = True) -> dict:
        """What dataclasses.asdict gives, without its deepcopy of every leaf (a third of a
        nightly batch's time went there). `copy=False` shares the nested reasons and
        details instead of copying them: for a caller that only serialises the dict."""
        if copy:
            d = {f.name: _plain(getattr(self, f.name)) for f in fields(self)}
            d["reasons"] = [_plain(r) for r in self.reasons]
        else:
            d = {name: getattr(self, name) for name in _SUGGESTION_FIELDS}
            d["reasons"] = list(self.reasons)
        d["led_by"] = list(self.led_by)
        d["explanation"] = self.explanation
        return d


_SUGGESTION_FIELDS = tuple(f.name for f in fields(Suggestion))


def _plain(value):
    """A copy of nested dicts, lists and tuples of plain values."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    return value


@dataclass(frozen=True)
class MatchResult:
    org_id: str
    name: str
    suggestions: list[Suggestion]
    fairness: FairnessReport
    filters: dict = field(default_factory=dict)
    candidates_considered: int = 0
    snapshot_version: int = 0
    model_mode: str = ""
    ranked_by: str = "model"
    ranking_reason: str = ""
    rank_by: str = "model"            # what was asked for: "auto", "model", "consensus" or a baseline
    ranking_trusted: bool | None = None  # auto only: was the validation large enough to trust?

    def to_dict(self, copy: bool = True) -> dict:
        """The result as plain JSON-ready values; `copy=False` as for Suggestion.to_dict."""
        return {"org_id": self.org_id, "name": self.name, "snapshot_version": self.snapshot_version,
                "model_mode": self.model_mode, "ranked_by": self.ranked_by, "ranking_reason": self.ranking_reason,
                "rank_by": self.rank_by, "ranking_trusted": self.ranking_trusted,
                "lens": "collaboration", "filters": self.filters,
                "candidates_considered": self.candidates_considered,
                "fairness": self.fairness.to_dict(),
                "suggestions": [s.to_dict(copy) for s in self.suggestions]}


def default_model_dir() -> Path:
    """PARTNERMAP_CACHE if set, else $XDG_CACHE_HOME/partnermap (~/.cache/partnermap)."""
    env = os.environ.get("PARTNERMAP_CACHE")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "partnermap"


def snapshot_fingerprint(snapshot) -> str:
    """A hash of the organisations, their codes and the ties: changes when the data does."""
    hit = _fingerprints.get(id(snapshot))
    if hit is not None and hit[0] is snapshot:
        return hit[1]
    h = hashlib.sha256()
    h.update(f"{_FORMAT}|{snapshot.version}|{len(snapshot.orgs)}|".encode())
    h.update("\n".join(f"{o.id}|{o.updated_at}|{o.size_band}|{o.sector}|{','.join(o.led_by)}|"
                       f"{len(o.description)}" for o in snapshot.orgs).encode())
    for m in (snapshot.org_services, snapshot.org_communities, snapshot.org_places):
        h.update(m.indptr.tobytes())
        h.update(m.indices.tobytes())
    for arr in (snapshot.tie_src, snapshot.tie_dst, snapshot.tie_kind):
        h.update(np.ascontiguousarray(arr).tobytes())
    fp = h.hexdigest()[:32]
    if len(_fingerprints) > 4:
        _fingerprints.clear()
    _fingerprints[id(snapshot)] = (snapshot, fp)
    return fp


def get_model(snapshot, model_dir=None, refit: bool = False, outcomes=None, **params) -> PartnerModel:
    """The fitted model for `snapshot`: from memory, from disk, or fitted now and saved.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    model_dir : path-like, optional
        Where the joblib file lives; default `default_model_dir()`. ``False`` keeps the
        model in memory only.
    refit : bool
        Fit again even if a saved model matches.
    outcomes : matcher.outcomes.Outcomes, optional
        Recorded introduction outcomes to learn from too (partnered / declined); a
        different set of outcomes means a different model.
    **params
        PartnerModel hyperparameters (a different set means a different model).
    """
    fp = _model_fingerprint(snapshot, outcomes, params)
    folder = None if model_dir is False else Path(model_dir or default_model_dir())
    key = (str(folder), fp)
    with _lock:
        if not refit and key in _memory:
            return _memory[key]
        path = folder / MODEL_FILE if folder is not None else None
        model = None if refit else _saved_model(path, fp)
        if model is None:
            model = PartnerModel(**params).fit(snapshot, outcomes=outcomes)
            if path is not None:
                _save(path, {"format": _FORMAT, "fingerprint": fp, "version": snapshot.version,
                             "model": model})
        _memory.clear()
        _memory[key] = model
        return model


def _model_fingerprint(snapshot, outcomes, params: dict) -> str:
    fp = snapshot_fingerprint(snapshot) + (repr(sorted(params.items())) if params else "")
    if outcomes is not None and len(outcomes):
        fp += "|outcomes:" + outcomes.fingerprint()
    return fp


def _saved_model(path: Path | None, fp: str) -> PartnerModel | None:
    """The model saved at `path` if it was fitted on data with fingerprint `fp`, else None."""
    if path is None or not path.exists():
        return None
    try:
        saved = joblib.load(path)
        if saved.get("format") == _FORMAT and saved.get("fingerprint") == fp:
            return saved["model"]
    except Exception:  # a corrupt or foreign cache file is refitted, never fatal
        pass
    return None


def saved_model_matches(snapshot, model_dir=None, outcomes=None, **params) -> bool:
    """Whether `get_model` with these arguments would load a model (from memory or from
    its file in `model_dir`) instead of fitting one. False when `model_dir` is False."""
    if model_dir is False:
        return False
    fp = _model_fingerprint(snapshot, outcomes, params)
    folder = Path(model_dir or default_model_dir())
    with _lock:
        if (str(folder), fp) in _memory:
            return True
    path = folder / MODEL_FILE
    if not path.exists():
        return False
    try:
        saved = joblib.load(path, mmap_mode="r")
        return saved.get("format") == _FORMAT and saved.get("fingerprint") == fp
    except Exception:
        return False


def _save(path: Path, payload: dict) -> None:
    # Write then rename, so a reader never loads half a file.
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        joblib.dump(payload, tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def choose_served(snapshot, train_mask, model_params=None, seed: int = 0, lens: str = "collaboration") -> dict:
    """The method the product serves when trained on `train_mask`'s ties: `served_method`'s
    rule, which `partnermap evaluate` also applies to its training ties so its "served" row
    is what a user of this data would be given, not a method the product does not serve
    there or a choice made on a larger sample than the app's. `lens` "collaboration"
    chooses for partner suggestions (the learned model, the consensus or a baseline),
    "funding" for the funders and recipients pages (the funder recommender, the temporal
    ranker or a baseline that beat them)."""
    default = "recommender" if lens == "funding" else "model"
    if len(snapshot.orgs) > SELECTION_MAX_ORGS:
        label = "the funder recommender" if lens == "funding" else "the learned model"
        return {"method": default, "validation": None, "trusted": False,
                "reason": f"ranked by {label}; over {SELECTION_MAX_ORGS:,} organisations the check "
                          "against baselines is left to `partnermap evaluate`"}
    from matcher.evaluate import choose_method   # evaluate imports this module's neighbours
    # The temporal ranker is a candidate on the funding lens only: on every real
    # collaboration network we hold it lost to a baseline, and each validation window costs
    # it several partner-model fits; on the dated donations grants it led L3 by 1.36x. Over
    # RANKER_MAX_ORGS it is left out: it scores every organisation for each validation
    # query (53 of the 87 s the choice took at 20,000 synthetic organisations, loaded).
    with_ranker = lens == "funding" and len(snapshot.orgs) <= RANKER_MAX_ORGS
    return choose_method(snapshot, train_mask, lens, seed=seed, model_params=model_params,
                         max_queries=100, max_candidates=500, with_ranker=with_ranker)


def served_method(snapshot, model_params=None, model_dir=None, lens: str = "collaboration") -> dict:
    """The method partner suggestions (lens "collaboration") or the funders and recipients
    pages (lens "funding") are ranked by on this data: ours (the learned partner model; the
    funder recommender), or the strong baseline that beat it on a validation split of that
    lens's ties (matcher.evaluate.choose_method), cached per data fingerprint in memory and,
    like the model, in `model_dir` (False: memory only).

    The temporal ranker is a candidate on the funding lens only (see `choose_served`);
    where it is chosen, `served_ranker` gives it, fitted on every tie of the lens.
    Stores over `SELECTION_MAX_ORGS` organisations skip the check (it ranks a sample
    of organisations for a hundred queries) and serve ours, saying so.
    """
    fp = snapshot_fingerprint(snapshot)
    folder = None if model_dir is False else Path(model_dir or default_model_dir())
    with _lock:
        hit = _served.get((fp, lens))
    if hit is not None:
        return hit
    name = SERVED_FILE if lens == "collaboration" else SERVED_FUNDING_FILE
    path = folder / name if folder is not None else None
    chosen = _saved_served(path, fp)
    if chosen is None:
        chosen = choose_served(snapshot, lens_mask(snapshot, lens), model_params, lens=lens)
        if path is not None:
            _save(path, {"format": _FORMAT, "served_format": _SERVED_FORMAT, "fingerprint": fp, "served": chosen})
    with _lock:
        if len(_served) > 8:
            _served.clear()
        _served[(fp, lens)] = chosen
    return chosen


def _saved_served(path: Path | None, fp: str) -> dict | None:
    """The choice saved at `path` if made on data with fingerprint `fp` by this rule, else None."""
    if path is None or not path.exists():
        return None
    try:
        saved = joblib.load(path)
        if (saved.get("format") == _FORMAT and saved.get("served_format") == _SERVED_FORMAT
                and saved.get("fingerprint") == fp):
            return saved["served"]
    except Exception:  # a corrupt or foreign cache file is recomputed, never fatal
        pass
    return None


def funding_choice_saved(snapshot, model_dir) -> bool:
    """Whether the funding pages' choice (and the ranker, where it is chosen) is saved in
    `model_dir` for this data, or there is nothing to choose (no funding ties)."""
    if not lens_mask(snapshot, "funding").any():
        return True
    if model_dir is False:
        return False
    folder = Path(model_dir or default_model_dir())
    fp = snapshot_fingerprint(snapshot)
    chosen = _saved_served(folder / SERVED_FUNDING_FILE, fp)
    return chosen is not None and (chosen["method"] != "ranker" or _saved_ranker(folder / RANKER_FUNDING_FILE, fp)
                                   is not None)


def warm_funding(snapshot, model_dir=None) -> None:
    """Choose what ranks the funders and recipients pages on this data, and fit the temporal
    ranker where it is chosen, now rather than on the first such page (a ranker's fit and
    its validation windows take tens of seconds). Nothing to do without funding ties."""
    if not lens_mask(snapshot, "funding").any():
        return
    if served_method(snapshot, model_dir=model_dir, lens="funding")["method"] == "ranker":
        served_ranker(snapshot, "funding", model_dir=model_dir)


def _saved_ranker(path: Path | None, fp: str):
    """(ranker, model) saved at `path` if fitted on data with fingerprint `fp`, else None."""
    if path is None or not path.exists():
        return None
    try:
        saved = joblib.load(path)
        if saved.get("format") == _FORMAT and saved.get("fingerprint") == fp:
            return saved["ranker"], saved["model"]
    except Exception:  # a corrupt or foreign cache file is refitted, never fatal
        pass
    return None


def served_ranker(snapshot, lens: str = "funding", model_params=None, model_dir=None):
    """(TemporalRanker, PartnerModel) fitted on every tie of `lens`, for pages whose served
    method is the ranker: the ranker scores with the partner model's log-odds among its
    features. Cached per data fingerprint in memory and in `model_dir` (False: memory only),
    like the model: a fit takes several partner-model fits (about 10 s on the 2,375
    organisations of the donations file)."""
    from matcher.ranker import TemporalRanker
    fp = snapshot_fingerprint(snapshot) + (repr(sorted(model_params.items())) if model_params else "")
    folder = None if model_dir is False else Path(model_dir or default_model_dir())
    with _lock:
        hit = _rankers.get((fp, lens))
    if hit is not None:
        return hit
    path = folder / RANKER_FUNDING_FILE if folder is not None and lens == "funding" else None
    pair = _saved_ranker(path, fp)
    if pair is None:
        mask = lens_mask(snapshot, lens)
        model = PartnerModel(**{"random_state": 0, **(model_params or {})}).fit(snapshot, lens=lens)
        pair = TemporalRanker(model_params, 0).fit(snapshot, mask, lens), model
        if path is not None:
            _save(path, {"format": _FORMAT, "fingerprint": fp, "ranker": pair[0], "model": pair[1]})
    with _lock:
        if len(_rankers) > 4:
            _rankers.clear()
        _rankers[(fp, lens)] = pair
    return pair


def match(snapshot, org_id: str, k: int = 10, filters=None, fairness: bool = True, p: float = DEFAULT_P,
          model_dir=None, max_candidates: int | None = 2000, model: PartnerModel | None = None,
          rank_by: str = "auto", introductions=None) -> MatchResult:
    """Suggest up to `k` complementary partners for `org_id`, with reasons.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    org_id : str
    k : int
    filters : Filters or dict, optional
        place, service, community, sector, size_band, led_by (see matcher.filters).
    fairness : bool
        Re-rank so every prefix holds at least a share `p` of small or marginalised-led
        organisations where qualified ones exist (matcher.fairness).
    p : float
    model_dir : path-like or False, optional
        Passed to `get_model`.
    max_candidates : int or None
        Candidates scored by the model after sparse candidate generation.
    model : PartnerModel, optional
        Use this fitted model instead of `get_model`.
    rank_by : str
        "auto" (default): the method `served_method` chose on this data's own held-out
        ties, or the consensus (matcher.consensus) where the validation is too small to
        tell methods apart (matcher.evaluate.MIN_VALIDATION_PAIRS); "model"; "consensus";
        or a baseline name (matcher.baselines.STRONG_BASELINES). The result says what ranked it and why
        (`ranked_by`, `ranking_reason`, `ranking_trusted`).
    introductions : iterable of graph.model.Introduction, optional
        The store's introductions: partnered and declined ones are learned from
        (matcher.outcomes); ignored when `model` is given.

    Raises
    ------
    MatchError
        Unknown organisation or bad k / p; FilterError (a MatchError's sibling
        ValueError) for an unknown filter value.
    """
    check_query(snapshot, org_id, k, p)
    filters = filters if isinstance(filters, Filters) else Filters.from_dict(filters)
    allowed = filters.mask(snapshot)
    if model is None:
        outcomes = outcomes_from(introductions, snapshot) if introductions else None
        model = get_model(snapshot, model_dir, outcomes=outcomes)
    ctx = model.context(snapshot)
    method, ranking_reason, trusted = ranking_method(snapshot, rank_by, model_dir)
    u = snapshot.index[org_id]
    rows = generate_candidates(model, ctx, u, allowed, max_candidates)
    # The same features as model.features, bit for bit (tests/matcher/test_query_features.py),
    # without building rows as long as the whole graph.
    x = query_pair_features(model, ctx, u, rows)
    return finish_match(snapshot, model, ctx, u, rows, x, k=k, filters=filters, fairness=fairness, p=p,
                        method=method, ranking_reason=ranking_reason, rank_by=rank_by, trusted=trusted)


def check_query(snapshot, org_id: str, k: int, p: float) -> None:
    """Raise MatchError for an unknown organisation or a bad k or p."""
    if org_id not in snapshot.index:
        raise MatchError(f"no organisation with id {org_id!r}")
    if k < 1:
        raise MatchError("k must be at least 1")
    if not 0 <= p <= 1:
        raise MatchError("p must be between 0 and 1")


def ranking_method(snapshot, rank_by: str, model_dir=None) -> tuple[str, str, bool | None]:
    """(method, the reason shown for it, trusted) for a `rank_by` argument of `match`;
    trusted is None unless rank_by is "auto"."""
    if rank_by == "auto":
        served = served_method(snapshot, model_dir=model_dir)
        return served["method"], served["reason"], bool(served.get("trusted"))
    if rank_by in ("model", "consensus") or rank_by in STRONG_BASELINES:
        return rank_by, f"ranked by {METHOD_LABELS.get(rank_by, rank_by)} (asked for)", None
    raise MatchError(f"unknown ranking {rank_by!r}: use auto, model, consensus or one of "
                     f"{', '.join(STRONG_BASELINES)}")


def finish_match(snapshot, model, ctx, u: int, rows: np.ndarray, x: np.ndarray, *, k: int, filters: Filters,
                 fairness: bool, p: float, method: str, ranking_reason: str, rank_by: str,
                 trusted: bool | None) -> MatchResult:
    """Scores, fair re-ranking and reasons for query row `u` from its candidates `rows` and
    their pair features `x`: the part of `match` that one query and a batch (matcher.batch)
    share, so both give the same suggestions."""
    contrib = model.contributions(x)
    scores = 1.0 / (1.0 + np.exp(-(contrib.sum(axis=1) + model.intercept_)))
    if method == "consensus":
        # The candidates' average rank by the model and each voter; the model breaks ties.
        scores = rank_average([scores] + score_candidates(VOTERS, ctx, u, rows)) + 1e-6 * scores
    elif method != "model":
        # The baseline orders; the model's probability only breaks its ties.
        base, = score_candidates([method], ctx, u, rows)
        scores = base + 1e-6 * scores
    order, report = fair_rerank(scores, ctx.protected[rows], k, p, enabled=fairness)
    chosen = rows[order]
    model_rank = _model_ranks(scores, order)
    pairs = service_pairs(model.complementarity_.score_, ctx.services, u, chosen)
    suggestions = []
    # Chains of three partnerships to each shown suggestion, counted once for all of them
    # (the reasons of L3, the ranker and the consensus name them).
    paths = three_step_paths(ctx, u, chosen) if method in PATH_REASON_METHODS else np.zeros(len(chosen))
    infos = explain_suggestions(model, ctx, u, chosen, contrib[order], x[order], pairs, query_facts(ctx, u))
    for rank, (i, v, info, chains, rank_before) in enumerate(zip(order.tolist(), chosen.tolist(), infos, paths.tolist(),
                                                                model_rank.tolist()), start=1):
        if method != "model":
            info["reasons"] = baseline_reasons(method, ctx, u, v, info["details"], ranking_reason,
                                               model_reasons=info["reasons"], paths=float(chains))
        o = snapshot.orgs[v]
        suggestions.append(Suggestion(
            org_id=o.id, name=o.name, rank=rank, model_rank=rank_before, score=round(float(scores[i]), 6),
            protected=bool(ctx.protected[v]), about=info["about"], reasons=tuple(info["reasons"]),
            contributions=info["contributions"], details=info["details"], sector=o.sector,
            size_band=o.size_band, led_by=o.led_by))
    return MatchResult(org_id=snapshot.orgs[u].id, name=snapshot.orgs[u].name, suggestions=suggestions,
                       fairness=report, filters=filters.to_dict(), candidates_considered=int(len(rows)),
                       snapshot_version=snapshot.version, model_mode=model.mode_, ranked_by=method,
                       ranking_reason=ranking_reason, rank_by=rank_by, ranking_trusted=trusted)


def _model_ranks(scores: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Position (from 1) of each of `order` in ``np.argsort(-scores, kind="stable")``: the
    candidates scored higher, and those scored the same that come first, plus one. For the
    few suggestions shown, cheaper than sorting every candidate (fair_rerank sorts only the
    head of the order it reads)."""
    if np.isnan(scores).any():   # NaN sorts last, which the comparisons below do not say
        ranks = np.empty(len(scores), dtype=np.int64)
        ranks[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
        return ranks[order]
    mine = scores[order][:, None]
    before = (scores > mine) | ((scores == mine) & (np.arange(len(scores)) < order[:, None]))
    return before.sum(axis=1) + 1


DESCRIBED_ID = "PM-DESCRIBED-ORGANISATION"
DESCRIBED_RANKING = ("ranked by the partner model: an organisation that is not listed has no ties yet, so rankings "
                     "read from the network, such as shared partners, cannot rank its partners")


def match_described(snapshot, *, services=(), communities=(), places=(), name: str = "", description: str = "",
                    sector: str = "vcse", k: int = 10, filters=None, fairness: bool = True, p: float = DEFAULT_P,
                    model_dir=None, model: PartnerModel | None = None, introductions=None) -> MatchResult:
    """Partners for an organisation that is not in the data, from what it does, whom it
    serves and where: `match` for it as if it were there, with no ties yet.

    The described organisation joins a copy of `snapshot` (the data is not changed) and is
    scored by the model fitted on the real data, so its suggestions and their reasons are
    the ones a listed organisation with the same services, communities and places gets.

    Raises
    ------
    MatchError
        A code the data does not know, or no service and no community to match on.
    """
    from graph.model import Organisation
    from graph.snapshot import Snapshot

    services, communities, places = tuple(services), tuple(communities), tuple(places)
    for kind, codes, index in (("service", services, snapshot.service_index),
                               ("community", communities, snapshot.community_index),
                               ("place", places, snapshot.place_index)):
        unknown = [c for c in codes if c not in index]
        if unknown:
            raise MatchError(f"unknown {kind} code{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}")
    if not services and not communities:
        raise MatchError("say what the organisation does or whom it serves: at least one service or community")
    org_id = DESCRIBED_ID
    while org_id in snapshot.index:  # never mistaken for a real organisation
        org_id += "-X"
    described = Organisation(id=org_id, name=name.strip() or "Your organisation", description=description,
                             sector=sector, services=services, communities=communities, places=places)
    extended = Snapshot(version=snapshot.version, orgs=snapshot.orgs + (described,), services=snapshot.services,
                        communities=snapshot.communities, places=snapshot.places, ties=snapshot.ties,
                        needs=snapshot.needs)
    if model is None:  # the model `match` serves for the same data and recorded introductions
        outcomes = outcomes_from(introductions, snapshot) if introductions else None
        model = get_model(snapshot, model_dir, outcomes=outcomes)
    fitted = model
    # A copy sharing the fitted weights but with its own scoring-context cache: the real
    # snapshot's context (cached on the model) stays warm for everyone else's requests.
    scorer = copy.copy(fitted)
    scorer.__dict__["_contexts"] = {}
    check_query(extended, org_id, k, p)
    filters = filters if isinstance(filters, Filters) else Filters.from_dict(filters)
    ctx = scorer.context(extended)
    u = extended.index[org_id]
    rows = generate_candidates(scorer, ctx, u, filters.mask(extended), 2000)
    x = scorer.features(ctx, np.full(len(rows), u), rows)
    # Always the model: rankings read from the network (shared partners, L3) cannot rank the
    # partners of an organisation with no ties yet.
    return finish_match(extended, scorer, ctx, u, rows, x, k=k, filters=filters, fairness=fairness, p=p,
                        method="model", ranking_reason=DESCRIBED_RANKING, rank_by="model", trusted=None)


def suggest(snapshot, org_id: str, k: int = 10, filters=None, fairness: bool = True, p: float = DEFAULT_P,
            model_dir=None, **kwargs) -> list[Suggestion]:
    """`match(...)`'s suggestions only: the list the web layer shows."""
    return match(snapshot, org_id, k=k, filters=filters, fairness=fairness, p=p, model_dir=model_dir,
                 **kwargs).suggestions
