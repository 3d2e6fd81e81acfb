"""Isolated groups: a planted isolate, cut-off pair and pendants are found, and each gets
introductions that fit and connect it; the matcher is used when it answers."""
from __future__ import annotations

import json

import pytest

import matcher
from graph.analysis import clear_cache, isolated
from tests.analysis.graphs import org, snapshot, tie

CORE = ["K1", "K2", "K3", "K4"]


@pytest.fixture
def fallback_only(monkeypatch):
    """As if the matcher were not there, so the fallback's choices can be checked by hand."""
    monkeypatch.setattr(matcher, "suggest", None, raising=False)


def planted():
    orgs = [org("K1", communities=("low_income", "older"), income=900_000),
            *[org(k, income=900_000) for k in CORE[1:]],
            org("I", communities=("older",), income=5_000, led_by=("older_people_led",), registered=False),
            org("P1", communities=("young",), places=("T1:south",), services=("youth",)),
            org("P2", communities=("young",), places=("T1:south",), services=("esol",)),
            org("Y", communities=("young",), places=("T1:south",), services=("youth",)),
            org("Q"), org("Z", communities=("older",), places=("C1",), services=("housing",))]
    ties = [tie(a, b) for i, a in enumerate(CORE) for b in CORE[i + 1:]]
    ties += [tie("P1", "P2"), tie("K2", "Y"), tie("K3", "Q"), tie("K4", "Z")]
    return snapshot(orgs, ties)


def test_finds_exactly_what_was_planted():
    result = isolated(planted())
    kinds = [(g.kind, sorted(g.member_ids)) for g in result.groups]
    assert kinds[:2] == [("isolate", ["I"]), ("small_component", ["P1", "P2"])]
    periphery = {tuple(g.member_ids): [a["id"] for a in g.attached_through] for g in result.groups[2:]}
    assert periphery == {("Y",): ["K2"], ("Q",): ["K3"], ("Z",): ["K4"]}
    assert result.counts["isolate"] == 1 and result.counts["small_component"] == 1
    assert result.counts["periphery"] == 3 and result.counts["pendants"] == 3
    assert result.flags == {"I": "isolate", "P1": "small_component", "P2": "small_component",
                            "Y": "periphery", "Q": "periphery", "Z": "periphery"}
    assert result.groups[2].reason.startswith("it reaches the network only through")


def test_fallback_introduces_the_isolate_to_a_fitting_core_partner(fallback_only):
    result = isolated(planted())
    intros = result.groups[0].introductions
    assert intros and all(i.source == "fallback" for i in intros)
    first = intros[0]
    assert (first.org_id, first.partner_id) == ("I", "K1")
    assert "serves the same communities (Older people)" in first.reasons
    assert "works in the same place (North ward)" in first.reasons
    assert "is in the core of the network" in first.reasons
    # never to someone cut off too, never twice to one partner
    partners = [i.partner_id for i in intros]
    assert not {"P1", "P2"} & set(partners) and len(set(partners)) == len(partners)


def test_cut_off_pair_gets_a_partner_serving_the_same_people_in_the_network(fallback_only):
    group = isolated(planted()).groups[1]
    assert group.introductions[0].partner_id == "Y"
    assert group.introductions[0].org_id in {"P1", "P2"}


def test_existing_ties_are_not_suggested(fallback_only):
    result = isolated(planted())
    y = next(g for g in result.groups if g.member_ids == ["Y"])
    assert "K2" not in [i.partner_id for i in y.introductions]


def test_matcher_suggestions_are_preferred_when_they_connect(monkeypatch):
    calls = []

    def suggest(snapshot, org_id, k=10, filters=None):
        calls.append((org_id, filters))
        return [{"partner_id": "P1", "score": 5.0, "reasons": ["cut off too"]},   # does not connect
                {"partner_id": "Z", "score": 0.9, "reasons": ["both serve older people"]}]

    monkeypatch.setattr(matcher, "suggest", suggest, raising=False)
    group = isolated(planted()).groups[0]
    # asked about the isolate, for partners in its local area (its ward's town)
    assert calls and calls[0] == ("I", {"place": "T1"})
    assert [(i.partner_id, i.source) for i in group.introductions] == [("Z", "matcher")]
    assert group.introductions[0].reasons == ("both serve older people", "is part of the main network")


@pytest.mark.parametrize("broken", [
    lambda snapshot, org_id, k=10: 1 / 0,
    lambda snapshot, org_id: [],             # a signature we did not expect
    "not callable"])
def test_a_failing_matcher_falls_back(monkeypatch, broken):
    monkeypatch.setattr(matcher, "suggest", broken, raising=False)
    group = isolated(planted()).groups[0]
    assert group.introductions[0].source == "fallback"
    assert group.introductions[0].partner_id == "K1"


def test_no_introductions_when_not_asked():
    result = isolated(planted(), introductions=0)
    assert all(g.introductions == [] for g in result.groups)
    json.dumps(result.to_dict())


def test_real_matcher_is_used_and_its_reasons_kept(demo):
    snap, truth = demo
    group = next(g for g in isolated(snap, "E06000032").groups if g.member_ids == [
        i for i in truth["isolated"] if snap.org(i).name == "Biscot Kashmiri Women's Group"])
    assert group.introductions and all(i.source == "matcher" for i in group.introductions)
    for intro in group.introductions:
        assert snap.org(intro.partner_id).places[0].startswith("LTN:") or "E06000032" in snap.org(
            intro.partner_id).places
        assert intro.reasons[-1] in ("is one of the network's collaborative champions",
                                     "is in the core of the network", "is part of the main network")
        assert len(intro.reasons) >= 2


@pytest.mark.parametrize("use_matcher", [True, False])
def test_demo_planted_isolated_groups_are_found(demo, monkeypatch, use_matcher):
    snap, truth = demo
    if not use_matcher:
        monkeypatch.setattr(matcher, "suggest", None, raising=False)
    clear_cache()   # results are cached per snapshot; this one is shared by the session
    result = isolated(snap, limit=1000)
    assert {i: result.flags.get(i) for i in truth["isolated"]} == {i: "isolate" for i in truth["isolated"]}
    component = next(g for g in result.groups if set(truth["small_component"]) <= set(g.member_ids))
    assert component.kind == "small_component" and component.size == len(truth["small_component"])
    champions = set(truth["champions"])
    for pendant in truth["pendants"]:
        group = next(g for g in result.groups if pendant in g.member_ids)
        assert group.kind == "periphery"
        assert {a["id"] for a in group.attached_through} <= champions
    # every planted isolate gets an introduction into the main network of its own area
    for g in result.groups:
        if g.kind == "isolate" and g.member_ids[0] in truth["isolated"]:
            assert g.introductions, g.member_ids
            assert {i.source for i in g.introductions} == {"matcher" if use_matcher else "fallback"}
            me = snap.org(g.member_ids[0])
            partner = snap.org(g.introductions[0].partner_id)
            mine = set(snap.place_ancestors(me.places[0])[:-2])
            theirs = {a for p in partner.places for a in snap.place_ancestors(p)}
            assert mine & theirs, (me.name, partner.name)


def test_introduction_strength_is_the_score_on_a_0_to_1_scale():
    from graph.analysis.introductions import MAX_SCORE, Introduction

    def intro(score):
        return Introduction("PM-A", "A", "PM-B", "B", score, (), "fallback")
    assert MAX_SCORE == 2.0  # a perfect fit (1) with a champion (1 + 1.0)
    assert intro(2.0).strength == 1.0 and intro(0.5).strength == 0.25 and intro(1.3).strength == 0.65
    assert intro(1.3).to_dict()["strength"] == 0.65 and intro(1.3).to_dict()["score"] == 1.3


def test_a_place_isolate_funded_or_partnered_from_outside_is_not_called_tieless():
    """A group in a place whose only ties are a grant from a council with no place (as in a
    council's own 360Giving file) or a partnership outside the place had 'no recorded ties
    to any other organisation': the place's subgraph had dropped those ties."""
    orgs = [org("COUNCIL", sector="statutory", places=()), org("G"), org("H"),
            org("FAR", places=("C1",)), *[org(k) for k in CORE]]
    ties = [tie(a, b) for i, a in enumerate(CORE) for b in CORE[i + 1:]]
    ties += [tie("COUNCIL", "G", kind="funding", amount=500), tie("H", "FAR")]
    reasons = {g.member_ids[0]: g.reason for g in isolated(snapshot(orgs, ties), "T1", introductions=0).groups
               if g.kind == "isolate"}
    assert reasons["G"] == ("has no recorded collaboration ties (only funding, with 1 organisation, "
                            "which is not collaboration)")
    assert reasons["H"] == ("has no recorded collaboration ties here (its collaboration is with "
                            "1 organisation outside this place)")
