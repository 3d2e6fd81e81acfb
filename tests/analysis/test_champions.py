"""Collaborative champions: the boundary spanners of hand-built graphs and the demo's
planted champions are found, with reasons in plain words."""
from __future__ import annotations

import json

import pytest

from graph.analysis import champions
from tests.analysis.graphs import from_edges, nid, org, snapshot, tie


def test_bridge_ends_are_the_champions(two_triangles):
    result = champions(two_triangles)
    assert {c.id for c in result.champions} == {nid(2), nid(3)}
    top = result.champions[0]
    assert top.rank == 1 and top.dependants == 2 and top.betweenness == pytest.approx(0.6)
    assert "2 organisations reach the rest only through it" in top.reasons
    assert "lies on 60% of the shortest routes between other organisations" in top.reasons
    assert result.score_of(nid(0)) == 0.0


def test_star_hub_is_the_only_champion(star):
    result = champions(star)
    assert [c.id for c in result.champions] == [nid(0)]
    hub = result.champions[0]
    assert hub.dependants == 4 and hub.score > 0
    assert "4 organisations reach the rest only through it" in hub.reasons


def test_a_broker_between_sectors_and_places_says_so():
    # B, a statutory body, links two vcse groups in two wards that have no tie of their own,
    # and a private firm in the city.
    orgs = [org("A", places=("T1:north",)), org("B", sector="statutory", places=("T1",)),
            org("C", places=("T1:south",)), org("D", sector="private", places=("C1",))]
    result = champions(snapshot(orgs, [tie("A", "B"), tie("B", "C"), tie("B", "D")]))
    b = result.champions[0]
    assert b.id == "B"
    assert b.spans == {"sector": 3, "place": 4, "community": 1}
    assert b.reasons[0] == "bridges 3 sectors and 4 places"
    assert b.brokerage["sector"]["itinerant"] == 2       # A <-> C: both vcse, B is not
    assert b.brokerage["sector"]["liaison"] == 4         # A or C <-> D: three sectors
    assert "links 6 pairs of organisations with no tie of their own, 6 of them across sectors" in b.reasons


def test_no_broker_no_champion():
    # a triangle: everyone is tied to everyone
    assert champions(from_edges([(0, 1), (1, 2), (0, 2)])).champions == []


def test_result_is_json_and_top_is_respected(two_triangles):
    d = champions(two_triangles, top=1).to_dict()
    assert len(d["champions"]) == 1
    assert d["betweenness"] == {"exact": True, "sources": 6, "seed": 0}
    json.dumps(d)


def test_demo_planted_champions_are_found(demo):
    snap, truth = demo
    overall = champions(snap, top=10)
    assert {c.id for c in overall.champions[:3]} == set(truth["champions"])
    for c in overall.champions[:3]:
        assert any(r.startswith("bridges") for r in c.reasons)
        assert c.dependants >= 3       # the planted small groups reach the rest only through it
    by_area = {c: champions(snap, area, top=3).champions[0].id for c in truth["champions"]
               for area in [snap.org(c).places[0]]}
    assert by_area == {c: c for c in truth["champions"]}


def test_sampled_champions_still_find_the_planted_ones(demo):
    snap, truth = demo
    sampled = champions(snap, top=10, k=100, seed=3)
    assert not sampled.exact and sampled.sources == 100
    assert set(truth["champions"]) <= {c.id for c in sampled.champions[:5]}
