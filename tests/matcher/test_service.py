"""The entry point: filters, persistence with the snapshot version, refit on change."""
import sys

import joblib
import numpy as np
import pytest

import matcher.service as service
from graph.snapshot import Snapshot
from matcher.baselines import STRONG_BASELINES
from matcher.filters import FilterError
from matcher.model import PartnerModel
from matcher.service import MODEL_FILE, MatchError, get_model, match, suggest
from tests.matcher.conftest import org, refugee_case_snapshot, snapshot, tie


def test_unknown_organisation_is_a_clear_error(refugee_case):
    with pytest.raises(MatchError, match="no organisation with id 'NOPE'"):
        match(refugee_case, "NOPE", model_dir=False)


def test_filters_place_service_sector_size_and_led_by(refugee_case):
    snap = refugee_case
    in_w2 = suggest(snap, "Q-LEGAL", k=50, filters={"place": "W2"}, model_dir=False)
    assert in_w2 and all(snap.org(s.org_id).places == ("W2",) for s in in_w2)
    # A local authority includes its wards.
    in_la = {s.org_id for s in suggest(snap, "Q-LEGAL", k=100, filters={"place": "LA1"}, model_dir=False)}
    assert "C-HOUSING" in in_la and not any(i.startswith("BG-ARTS") for i in in_la)
    # A parent service includes its sub-services.
    housing = suggest(snap, "Q-LEGAL", k=50, filters={"service": "housing"}, model_dir=False)
    assert housing and all(snap.org(s.org_id).services[0].startswith("housing.") for s in housing)
    assert suggest(snap, "Q-LEGAL", filters={"sector": "statutory"}, model_dir=False) == []
    assert suggest(snap, "Q-LEGAL", filters={"size_band": "micro"}, model_dir=False) == []
    with pytest.raises(FilterError, match="place: unknown code 'ZZ'"):
        suggest(snap, "Q-LEGAL", filters={"place": "ZZ"}, model_dir=False)
    with pytest.raises(FilterError, match="led_by"):
        suggest(snap, "Q-LEGAL", filters={"led_by": "nobody_led"}, model_dir=False)


def test_led_by_filter_and_fairness_surface_small_groups():
    orgs = [org("Q", ["advice.legal"], ["refugees_asylum"])]
    orgs += [org(f"BIG{i}", ["housing.supported_housing"], ["refugees_asylum"], size_band="large") for i in range(6)]
    orgs += [org(f"SMALL{i}", ["housing.supported_housing"], ["refugees_asylum"], size_band="micro",
                 led_by=("user_led",), places=("W2",)) for i in range(3)]
    snap = snapshot(orgs)
    led = suggest(snap, "Q", filters={"led_by": "user_led"}, model_dir=False)
    assert {s.org_id for s in led} == {"SMALL0", "SMALL1", "SMALL2"}
    assert {s.org_id for s in suggest(snap, "Q", filters={"led_by": "any"}, model_dir=False)} == \
        {"SMALL0", "SMALL1", "SMALL2"}
    assert suggest(snap, "Q", filters={"led_by": "lgbt_led"}, model_dir=False) == []
    big = suggest(snap, "Q", filters={"size_band": ["large", "major"], "sector": "vcse"}, model_dir=False)
    assert {s.org_id for s in big} == {f"BIG{i}" for i in range(6)}
    plain = match(snap, "Q", k=4, fairness=False, model_dir=False)
    fair = match(snap, "Q", k=4, fairness=True, p=0.5, model_dir=False)
    assert [s.protected for s in plain.suggestions] == [False] * 4   # same ward ranks first
    assert sum(s.protected for s in fair.suggestions) == 2
    assert fair.fairness.met
    assert fair.fairness.protected_exposure_after > fair.fairness.protected_exposure_before == 0.0
    # Re-ranking only reorders what the model scored.
    assert {s.org_id for s in fair.suggestions} <= {o.id for o in orgs[1:]}
    # model_rank is the place in the model's own order, with or without re-ranking.
    assert [s.model_rank for s in plain.suggestions] == [1, 2, 3, 4]
    everyone = {s.org_id: s.rank for s in match(snap, "Q", k=9, fairness=False, model_dir=False).suggestions}
    assert all(s.model_rank == everyone[s.org_id] for s in fair.suggestions)
    assert any(s.model_rank > s.rank for s in fair.suggestions if s.protected)


def test_model_is_saved_with_its_version_loaded_and_refitted_on_change(tmp_path, monkeypatch):
    service._memory.clear()
    snap = refugee_case_snapshot()
    fits = []
    real_fit = PartnerModel.fit
    monkeypatch.setattr(PartnerModel, "fit", lambda self, *a, **kw: fits.append(1) or real_fit(self, *a, **kw))
    first = get_model(snap, tmp_path)
    saved = joblib.load(tmp_path / MODEL_FILE)
    assert saved["version"] == snap.version and saved["fingerprint"]
    assert len(fits) == 1
    service._memory.clear()                      # a new process: loads from disk
    again = get_model(refugee_case_snapshot(), tmp_path)
    assert len(fits) == 1 and again is not first
    assert (again.coef_ == first.coef_).all()
    changed = snapshot(list(snap.orgs), list(snap.ties) + [tie("Q-LEGAL", "C-HOUSING")], version=2)
    get_model(changed, tmp_path)
    assert len(fits) == 2
    assert joblib.load(tmp_path / MODEL_FILE)["version"] == 2
    # The suggestion no longer offers the new partner.
    assert "C-HOUSING" not in [s.org_id for s in suggest(changed, "Q-LEGAL", model_dir=tmp_path)]


def test_matcher_imports_neither_flask_nor_neo4j():
    import re
    import subprocess
    import sys
    from pathlib import Path

    code = "import sys, matcher; sys.exit(1 if 'flask' in sys.modules or 'neo4j' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
    # matcher.cli is loaded through graph.cli (which also loads the web commands), so
    # check every module's own imports as written.
    for path in (Path(__file__).resolve().parents[2] / "matcher").glob("*.py"):
        assert not re.search(r"^\s*(from|import)\s+(flask|neo4j)\b", path.read_text(), re.M), path.name


def _motu():
    from pathlib import Path

    from matcher.datasets import load_realworld
    return Snapshot.from_data(load_realworld(Path(__file__).resolve().parents[1] / "data" / "realworld", "motu")[0])


def test_auto_does_not_trust_a_validation_split_too_small_to_tell(monkeypatch):
    ev = sys.modules["matcher.evaluate"]
    snap = _motu()
    # Trained on the years before 2012, Motu's latest validation window holds 4 pairs; two
    # earlier windows (each trained only on the pairs before it) bring the pool to 15, still
    # under MIN_VALIDATION_PAIRS: no single method is picked, the consensus is served.
    before = ev.split_pairs(snap, split="time", as_of="2012-01-01").train_mask
    chosen = ev.choose_method(snap, before, max_queries=100, max_candidates=500, with_ranker=False)
    windows = chosen["validation"]["windows"]
    assert len(windows) > 1 and windows == sorted(windows, reverse=True)      # latest first
    assert 4 < chosen["validation"]["test_pairs"] < ev.MIN_VALIDATION_PAIRS
    assert chosen["method"] == "consensus" and chosen["trusted"] is False
    assert f"only {chosen['validation']['test_pairs']} held-out pairs over {len(windows)} rolling" in chosen["reason"]
    assert "too few to pick one method" in chosen["reason"]
    # With the guard at the first window's size, that window alone is trusted: L3 wins it.
    trusting = ev.choose_method(snap, before, max_queries=100, max_candidates=500, with_ranker=False, min_pairs=4)
    assert trusting["validation"]["test_pairs"] == 4 and len(trusting["validation"]["windows"]) == 1
    assert trusting["method"] == "l3" and trusting["trusted"] is True
    # At the pooled size the pooled comparison decides: ours only when it leads the best
    # baseline by more than the standard error of the lead, else that baseline (L3, the
    # incumbent, unless another leads it by more than chance).
    pooled = ev.choose_method(snap, before, max_queries=100, max_candidates=500, with_ranker=False,
                              min_pairs=chosen["validation"]["test_pairs"])
    scores = pooled["validation"]["methods"]
    key = lambda m: (scores[m]["mrr"], scores[m]["precision_at_k"])   # noqa: E731
    best_baseline = max(STRONG_BASELINES, key=key)
    best_ours = max(("model", "consensus"), key=key)
    assert pooled["trusted"] is True and pooled["method"] in (ev.INCUMBENT_BASELINE, best_baseline, best_ours)
    if pooled["method"] == best_ours:
        assert scores[best_ours]["mrr"] > scores[best_baseline]["mrr"]
    # match() says what ranked it: on a store too small to validate at all, the model, untrusted.
    tiny = snapshot([org(f"T{i}") for i in range(4)], [tie("T0", "T1"), tie("T1", "T2")])
    service._served.clear()
    d = match(tiny, "T0", model_dir=False).to_dict()               # auto is the default
    assert d["rank_by"] == "auto" and d["ranked_by"] == "model" and d["ranking_trusted"] is False
    assert "no validation split was possible" in d["ranking_reason"]


def test_a_baseline_that_beat_the_model_is_served_and_the_explanation_says_so():
    from matcher.service import served_method
    snap = _motu()
    service._served.clear()
    chosen = served_method(snap, model_dir=False)
    # The whole set's validation split (its latest 30% of pairs) holds enough pairs to trust.
    assert chosen["validation"]["test_pairs"] >= sys.modules["matcher.evaluate"].MIN_VALIDATION_PAIRS
    assert chosen["method"] == "l3" and chosen["trusted"] is True
    assert chosen["validation"]["methods"]["l3"]["mrr"] > chosen["validation"]["methods"]["model"]["mrr"]
    hub = int(np.bincount(np.r_[snap.tie_src, snap.tie_dst]).argmax())
    result = match(snap, snap.orgs[hub].id, k=5, model_dir=False, rank_by="auto")
    service._served.clear()
    assert result.ranked_by == "l3" and "no learned or combined ranking beat it" in result.ranking_reason
    assert result.to_dict()["ranked_by"] == "l3" and result.to_dict()["lens"] == "collaboration"
    assert result.to_dict()["ranking_trusted"] is True
    scores = [s.score for s in result.suggestions]
    for s in result.suggestions:
        assert s.reasons[0]["reason"] == "ranked_by"
        assert s.explanation.startswith("Ranked by L3: no learned or combined ranking beat it")
        assert any(r["reason"] == "paths_of_length_3" for r in s.reasons)   # all have 3-paths
        # No reason from the model's weights, which did not rank this list.
        assert not any(r["reason"] in ("place_overlap", "service_complementarity") for r in s.reasons)
    # The list is in L3 order (fair re-ranking has no protected group to move here).
    assert scores == sorted(scores, reverse=True)
    asked = match(snap, snap.orgs[hub].id, k=5, model_dir=False, rank_by="model")
    assert asked.ranked_by == "model" and asked.ranking_trusted is None
    assert not any(r["reason"] == "ranked_by" for s in asked.suggestions for r in s.reasons)
    with pytest.raises(MatchError, match="unknown ranking"):
        match(snap, snap.orgs[hub].id, model_dir=False, rank_by="astrology")


def test_partner_suggestions_ignore_funding_ties():
    # Two groups funded by one funder have not collaborated: the model's network is the
    # collaboration lens only, so the funder is no shared partner and funding is no tie.
    com = ("refugees_asylum",)
    orgs = [org("FUNDER", sector="funder", communities=com), org("G1", communities=com),
            org("G2", communities=com)] + [org(f"X{i}", places=("W3",)) for i in range(6)]
    ties = [tie("FUNDER", "G1", "funding"), tie("FUNDER", "G2", "funding")]
    ties += [tie(f"X{i}", f"X{(i + 1) % 6}") for i in range(6)]
    snap = snapshot(orgs, ties)
    result = match(snap, "G1", k=8, model_dir=False, rank_by="model", fairness=False)
    g2 = [s for s in result.suggestions if s.org_id == "G2"]
    assert g2 and g2[0].details["shared_partners"] == []
    assert "FUNDER" in {s.org_id for s in result.suggestions}   # not "already tied": funding is not collaboration


def _ranks_by_sorting(scores, order):
    ranks = np.empty(len(scores), dtype=np.int64)
    ranks[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
    return ranks[order]


def test_model_ranks_are_positions_in_the_stable_order():
    rng = np.random.default_rng(4)
    for n in (0, 1, 7, 300):
        scores = rng.integers(0, 5, n) / 3.0                 # ties
        if n > 3:
            scores[rng.integers(0, n)] = np.nan              # NaN sorts last
        order = rng.permutation(n)[:10]
        assert service._model_ranks(scores, order).tolist() == _ranks_by_sorting(scores, order).tolist()
        finite = np.nan_to_num(scores)
        assert service._model_ranks(finite, order).tolist() == _ranks_by_sorting(finite, order).tolist()


def test_suggestions_equal_those_ranked_by_sorting_every_candidate(monkeypatch):
    # match sorts only the head of its candidates' order (fair_rerank) and counts the
    # shown suggestions' model ranks; sorting all of them must give the same results.
    from matcher import fairness
    from seed.synthetic import build_synthetic

    snap = Snapshot.from_data(build_synthetic(1500, avg_degree=8, seed=5))
    model = PartnerModel(random_state=0).fit(snap)
    queries = [snap.orgs[i].id for i in range(0, 1500, 50)]
    ways = ("model", "consensus", "adamic_adar")
    fast = {(q, w): match(snap, q, model=model, rank_by=w, max_candidates=300).to_dict() for q in queries for w in ways}
    monkeypatch.setattr(fairness, "_leading_order", lambda scores, count: np.argsort(-scores, kind="stable"))
    monkeypatch.setattr(service, "_model_ranks", _ranks_by_sorting)
    for (q, w), got in fast.items():
        assert got == match(snap, q, model=model, rank_by=w, max_candidates=300).to_dict(), (q, w)
