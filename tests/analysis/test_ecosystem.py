"""Ecosystem summaries: counts, structure and funding flows checked by hand."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from graph.analysis import ecosystem
from graph.analysis.ecosystem import degree_centralization, gini, hhi
from tests.analysis.graphs import from_edges, org, snapshot, tie


def funded():
    """F1 (in the Town) gives 100 to small S and 300 to large L; F2 (in the City) gives
    100 to L; one grant has no amount. D is marginalised-led and gets nothing."""
    orgs = [org("F1", sector="funder", places=("T1",), income=5_000_000),
            org("F2", sector="funder", places=("C1",), income=5_000_000),
            org("S", income=5_000, registered=False), org("L", income=2_000_000),
            org("D", income=50_000, led_by=("disabled_led",))]
    ties = [tie("F1", "S", "funding", amount=100.0), tie("F1", "L", "funding", amount=300.0),
            tie("F2", "L", "funding", amount=100.0), tie("F2", "D", "funding", ref="in-kind"),
            tie("S", "L", "referral"), tie("L", "D")]
    return snapshot(orgs, ties)


def test_funding_flows_by_hand():
    f = ecosystem(funded()).funding
    assert f["total"] == 500.0 and f["ties"] == 4 and f["ties_without_amount"] == 1
    assert [(x["id"], x["total"], x["share"]) for x in f["funders"]] == [("F1", 400.0, 0.8), ("F2", 100.0, 0.2)]
    assert f["funder_hhi"] == pytest.approx(0.8 ** 2 + 0.2 ** 2)
    # received: S 100, L 400, D 0 (a grant of unknown amount)
    assert f["recipient_gini"] == pytest.approx(gini([100, 400, 0]), abs=1e-4)
    assert f["share_to_small"] == pytest.approx(0.2)
    assert f["share_to_marginalised_led"] == 0.0
    assert f["co_funded"] == 1 and f["co_funded_top"][0]["id"] == "L"


def test_funding_into_a_place_counts_funders_from_anywhere():
    f = ecosystem(funded(), "T1:north").funding
    # F2 works in the City, not the Town, but its grants reach organisations there
    assert {x["id"]: x["in_place"] for x in f["funders"]} == {"F1": False, "F2": False}
    assert f["total"] == 500.0
    town = ecosystem(funded(), "T1").funding
    assert {x["id"]: x["in_place"] for x in town["funders"]} == {"F1": True, "F2": False}


def test_gini_hhi_centralization_by_hand():
    assert gini([1, 1, 1, 1]) == pytest.approx(0.0)
    assert gini([0, 0, 0, 10]) == pytest.approx(0.75)
    assert gini([100, 400]) == pytest.approx(0.3)
    assert hhi([5, 5]) == pytest.approx(0.5)
    assert hhi([]) == 0.0
    star = from_edges([(0, i) for i in range(1, 6)])
    assert degree_centralization(nx.to_numpy_array(star.undirected("collaboration")).sum(axis=1)) == pytest.approx(1.0)


def test_counts_and_structure(star):
    e = ecosystem(star)
    assert e.organisations["total"] == 6 and e.organisations["by_sector"] == {"vcse": 6}
    t = e.ties
    assert t["connected_pairs"] == 5 and t["by_kind"] == {"partnership": 5}
    assert t["density"] == pytest.approx(5 / 15)
    assert t["degree_centralization"] == pytest.approx(1.0)
    assert t["components"] == 1 and t["largest_component"] == 6 and t["untied"] == 0
    assert e.funding["total"] == 0.0 and e.funding["funders"] == []


def test_sizes_and_voices():
    e = ecosystem(funded())
    o = e.organisations
    assert o["by_size"] == {"micro": 1, "small": 1, "large": 3}
    assert o["small"] == 2 and o["marginalised_led"] == 1 and o["unregistered"] == 1
    assert o["by_sector_and_size"]["funder"] == {"large": 2}
    assert e.ties["by_kind"] == {"referral": 1, "funding": 4, "partnership": 1}


def test_places_inside():
    e = ecosystem(funded(), "T1")
    assert [(p["code"], p["organisations"]) for p in e.places] == [("T1:north", 3), ("T1:south", 0)]
    json.dumps(e.to_dict())


def test_demo_ecosystem_matches_networkx(demo):
    snap, _ = demo
    e = ecosystem(snap, "E06000023")
    g = snap.subgraph_for_place("E06000023", lens="collaboration").undirected("collaboration")
    assert e.ties["density"] == pytest.approx(nx.density(g), abs=1e-6)
    assert e.ties["components"] == sum(1 for c in nx.connected_components(g) if len(c) > 1)
    assert 0 < e.funding["share_to_small"] < e.funding["share_to_marginalised_led"] + 1
    assert e.funding["funder_count"] >= 2


def test_a_council_or_university_with_no_number_is_not_counted_unregistered():
    orgs = [org("COUNCIL", sector="statutory", registered=False), org("UNI", sector="academic", registered=False),
            org("GROUP", registered=False), org("CHARITY")]
    assert ecosystem(snapshot(orgs)).organisations["unregistered"] == 1
