"""matcher: complementary partner suggestions, explained and fairly ranked.

Takes only a `graph.snapshot.Snapshot`; returns plain dataclasses and dicts; imports
neither flask nor neo4j. The web layer and the CLI call the same two functions:

    from matcher import match, suggest, get_model, Filters

    result = match(snapshot, org_id, k=10, filters={"place": "E06000023"},
                   fairness=True, p=0.5, model_dir=None)        # -> MatchResult
    result.suggestions         # list[Suggestion], best first
    result.fairness            # FairnessReport: share met? exposure before/after
    result.to_dict()           # JSON-ready; Suggestion.to_dict() has "explanation",
                               # "reasons", numeric "contributions" and "details"

    suggest(snapshot, org_id, k=10, filters=None, fairness=True, p=0.5,
            model_dir=None)    # -> list[Suggestion] (match(...).suggestions)

    get_model(snapshot, model_dir=None, refit=False)   # -> fitted PartnerModel

`get_model` loads the joblib file in `model_dir` (default: $PARTNERMAP_CACHE, else
~/.cache/partnermap; the CLI uses a `cache/` folder beside an embedded store's file)
when it was fitted on the same data (snapshot version + fingerprint), else fits and
saves it; `model_dir=False` keeps it in memory only. Errors: `MatchError` (unknown
organisation, bad k or p) and `FilterError` (unknown filter value), both ValueError,
each with a one-line message fit for a user.

Filters (matcher.filters.Filters or a dict): place (with every place inside it),
service (with its sub-services), community, sector, size_band, led_by (a LED_BY code,
"any" or "unregistered"); values within a filter are alternatives.

Evaluation: `evaluate(snapshot, holdout=0.2, split="random"|"time", seed=0, repeats=1)`
returns model and baseline metrics (precision@k, recall@k, MRR, ROC-AUC).

How it works, module by module: features (ColumnTransformer per organisation),
complementarity (service-pair lift learned from ties, written prior), pairs (pair
features), model (logistic regression, exact per-feature contributions), candidates
(inverted-index candidate generation), fairness (FA*IR-style re-ranking), explain
(plain-English reasons), service (entry points, persistence), evaluate and baselines,
datasets (the EMON real-world network), cli (`partnermap match`, `partnermap evaluate`).
"""
from matcher.evaluate import EvaluationError, evaluate
from matcher.fairness import DEFAULT_P, FairnessReport, fair_rerank
from matcher.filters import FilterError, Filters
from matcher.model import PartnerModel
from matcher.service import MatchError, MatchResult, Suggestion, get_model, match, suggest

__all__ = ["match", "suggest", "get_model", "evaluate", "Filters", "Suggestion", "MatchResult",
           "FairnessReport", "PartnerModel", "fair_rerank", "MatchError", "FilterError",
           "EvaluationError", "DEFAULT_P"]
