"""Caching per snapshot and place, place-only work, errors, and the network map data."""
from __future__ import annotations

import importlib
import json
import threading

import pytest

import graph.analysis as analysis
from graph.analysis import (UnknownPlace, as_cytoscape, champions, clear_cache, core_periphery, ecosystem, gaps,
                            isolated, network_map, referrals)
from graph.analysis import _scope
from tests.analysis.graphs import org, snapshot, tie
from tests.analysis.test_isolation import planted


def test_results_are_cached_per_snapshot():
    snap = planted()
    assert champions(snap) is champions(snap)
    assert gaps(snap, "T1") is gaps(snap, "T1")
    other = planted()          # same data, a different snapshot object: computed afresh
    assert champions(other) is not champions(snap)
    assert champions(other).to_dict() == champions(snap).to_dict()


def test_a_new_version_is_analysed_afresh():
    before = planted()
    after = snapshot(before.orgs, list(before.ties) + [tie("I", "K1")], version=2)
    assert isolated(before).counts["isolate"] == 1
    assert isolated(after).counts["isolate"] == 0


def test_one_place_never_builds_work_for_the_whole_network():
    clear_cache()
    snap = planted()
    for fn in (champions, isolated, gaps, ecosystem, referrals, core_periphery):
        fn(snap, "T1:south")
    entry = next(e for e in _scope._entries.values() if e.snapshot is snap)
    assert {key[1] for key in entry.values} == {"T1:south"}
    # nor the networkx views of the whole snapshot: igraph is built from the tie arrays
    assert not snap.__dict__.get("_views")


def test_concurrent_callers_share_one_computation(monkeypatch):
    snap = planted()
    calls = []
    mod = importlib.import_module("graph.analysis.champions")  # the package attribute is the function
    original = mod.measures_for

    def counting(scope, k=None, seed=0):
        calls.append(1)
        return original(scope, k=k, seed=seed)
    monkeypatch.setattr(mod, "measures_for", counting)
    results = []
    threads = [threading.Thread(target=lambda: results.append(champions(snap, top=7))) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 6 and all(r is results[0] for r in results)
    assert len(calls) == 1


@pytest.mark.parametrize("fn", [champions, isolated, gaps, ecosystem, referrals, core_periphery, network_map])
def test_unknown_place(fn):
    with pytest.raises(UnknownPlace, match="unknown place 'ZZ'"):
        fn(planted(), "ZZ")


def test_not_a_snapshot():
    with pytest.raises(analysis.AnalysisError, match="expected a graph.snapshot.Snapshot"):
        champions({"orgs": []})


def test_network_map_flags_agree_with_the_reports():
    snap = planted()
    m = network_map(snap)
    json.dumps(m)
    nodes = {n["id"]: n for n in m["nodes"]}
    assert set(nodes) == {o.id for o in snap.orgs}
    assert len(m["edges"]) == len(snap.ties)
    assert {(e["source"], e["target"], e["kind"]) for e in m["edges"]} == {(t.from_id, t.to_id, t.kind)
                                                                           for t in snap.ties}
    champs = {c.id: c for c in champions(snap).champions}
    for oid, n in nodes.items():
        assert n["champion"] == (oid in champs)
        assert n["champion_score"] == pytest.approx(champions(snap).score_of(oid), abs=1e-4)
    assert nodes["I"]["isolated"] == "isolate" and nodes["P1"]["isolated"] == "small_component"
    assert nodes["Q"]["isolated"] == "periphery" and nodes["K1"]["isolated"] is None
    assert {oid for oid, n in nodes.items() if n["core_group"]} == {m.id for m in core_periphery(snap).core_group}
    assert nodes["I"]["small"] and nodes["I"]["marginalised_led"] and nodes["I"]["ties"] == 0
    cy = as_cytoscape(m)
    assert len(cy["elements"]["nodes"]) == len(m["nodes"]) and cy["elements"]["edges"][0]["data"]["id"] == "e0"


def test_network_map_of_a_place():
    snap = snapshot([org("A"), org("B", places=("C1",)), org("C")], [tie("A", "B"), tie("A", "C")])
    m = network_map(snap, "T1")
    assert [n["id"] for n in m["nodes"]] == ["A", "C"]
    assert [(e["source"], e["target"]) for e in m["edges"]] == [("A", "C")]
    assert m["place_name"] == "Town"


def test_public_api_is_documented():
    for name in analysis.__all__:
        obj = getattr(analysis, name)
        assert obj.__doc__, name
    for name in ("champions", "isolated", "gaps", "core_periphery", "ecosystem", "referrals", "betweenness",
                 "constraint", "effective_size", "brokerage", "core_numbers", "articulation_points", "bridges"):
        doc = getattr(analysis, name).__doc__
        for section in ("Parameters", "Returns", "Notes", "References"):
            assert section in doc, (name, section)
