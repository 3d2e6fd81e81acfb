"""Referral pathways: reach, dead ends and services a community cannot reach, by hand."""
from __future__ import annotations

import importlib
import json

import networkx as nx
import numpy as np
import pytest

from graph.analysis import AnalysisError, referral_reach, referrals
from graph.analysis.referrals import _reach_counts
from tests.analysis.graphs import org, snapshot, tie


def pathway():
    """A -> B -> C and D -> B by referral; E offers housing but no one refers to it;
    A and D serve older people, E young people. A partnership B - E is not a referral."""
    orgs = [org("A", services=("food",), communities=("older",)),
            org("B", services=("debt",), communities=("low_income",)),
            org("C", services=("legal",), communities=("low_income",)),
            org("D", services=("esol",), communities=("older",)),
            org("E", services=("housing",), communities=("young",))]
    ties = [tie("A", "B", "referral"), tie("B", "C", "referral"), tie("D", "B", "referral"), tie("B", "E")]
    return snapshot(orgs, ties)


def test_reach_and_dead_ends_by_hand():
    r = referrals(pathway())
    assert r.organisations == 4 and r.referral_ties == 3 and r.exact
    reach = {row["id"]: (row["reaches"], row["reached_by"]) for row in r.widest_reach}
    assert reach == {"A": (2, 0), "D": (2, 0), "B": (1, 2), "C": (0, 3)}
    assert [d["id"] for d in r.dead_ends] == ["C"] and r.dead_end_count == 1
    assert r.dead_ends[0]["services"] == ["Legal advice"]
    assert r.mean_reach == pytest.approx((2 + 2 + 1 + 0) / 4)
    assert r.circles == 0


def test_services_a_community_cannot_reach():
    r = referrals(pathway())
    gaps = {g["community"]: g for g in r.community_gaps}
    # older people arrive at A or D, and can be referred on to debt and legal advice, but
    # no referral reaches housing (E)
    assert gaps["older"]["missing_codes"] == ["housing"]
    assert gaps["older"]["services_reachable"] == 4
    # young people arrive at E, which refers no one
    assert sorted(gaps["young"]["missing_codes"]) == ["debt", "esol", "food", "legal"]
    # people on low incomes arrive at B or C and reach C's legal advice, not food, esol or housing
    assert sorted(gaps["low_income"]["missing_codes"]) == ["esol", "food", "housing"]


def test_referral_reach_for_one_organisation():
    d = referral_reach(pathway(), "A")
    assert d["reaches"] == ["B", "C"] and d["reached_by"] == []
    assert d["services_reachable"] == ["debt", "legal"]
    assert referral_reach(pathway(), "C")["reached_by"] == ["A", "B", "D"]
    with pytest.raises(AnalysisError, match="no organisation"):
        referral_reach(pathway(), "nobody")


def test_mutual_referrals_form_a_circle():
    orgs = [org(i) for i in "ABC"]
    snap = snapshot(orgs, [tie("A", "B", "referral"), tie("B", "A", "referral"), tie("B", "C", "referral")])
    r = referrals(snap)
    assert r.circles == 1 and r.largest_circle == 2
    reach = {row["id"]: row["reaches"] for row in r.widest_reach}
    assert reach == {"A": 2, "B": 2, "C": 0}


def test_reach_counts_equal_networkx_descendants():
    g = nx.gnp_random_graph(60, 0.04, seed=3, directed=True)
    src = np.array([u for u, _ in g.edges()], dtype=np.int64)
    dst = np.array([v for _, v in g.edges()], dtype=np.int64)
    ours = _reach_counts(60, src, dst)
    assert ours.tolist() == [len(nx.descendants(g, v)) for v in range(60)]


def test_sampled_reach_above_the_limit(monkeypatch):
    mod = importlib.import_module("graph.analysis.referrals")  # the package attribute is the function
    monkeypatch.setattr(mod, "EXACT_LIMIT", 2)
    r = referrals(pathway(), samples=4)
    assert not r.exact and r.sources == 4
    assert r.mean_reach == pytest.approx(1.25)
    assert "reaches" not in r.widest_reach[0]
    json.dumps(r.to_dict())


def test_demo_referrals(demo):
    snap, _ = demo
    r = referrals(snap, "E06000032")
    assert r.exact and r.organisations > 50 and r.dead_end_count > 0
    sub = snap.subgraph_for_place("E06000032", lens="all")
    g = nx.DiGraph()
    g.add_edges_from((t.from_id, t.to_id) for t in sub.ties if t.kind == "referral")
    for row in r.widest_reach[:5]:
        assert row["reaches"] == len(nx.descendants(g, row["id"]))
