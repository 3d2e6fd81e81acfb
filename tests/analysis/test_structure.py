"""k-cores, cut points and bridges equal to networkx; dependants and the core group by hand."""
from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.analysis import articulation_points, bridges, core_numbers, core_periphery
from tests.analysis.graphs import from_edges, nid, org, snapshot, tie


def test_two_triangles_cut_points_and_bridge(two_triangles):
    cuts = {c.id: c.dependants for c in articulation_points(two_triangles)}
    # without 2, organisations 0 and 1 are cut off from the larger part {3, 4, 5}
    assert cuts == {nid(2): 2, nid(3): 2}
    (b,) = bridges(two_triangles)
    assert {b.source, b.target} == {nid(2), nid(3)}
    assert b.smaller_side == 3
    assert b.kinds == ("partnership",)
    assert core_numbers(two_triangles) == {nid(i): 2 for i in range(6)}


def test_star_hub_cuts_off_all_but_one_leaf(star):
    (hub,) = articulation_points(star)
    assert hub.id == nid(0) and hub.dependants == 4
    assert sorted(b.smaller_side for b in bridges(star)) == [1] * 5


def test_path_dependants():
    # 0-1-2-3-4: removing 1 cuts off 0 (largest part {2,3,4}); removing 2 leaves two pairs
    snap = from_edges([(0, 1), (1, 2), (2, 3), (3, 4)])
    cuts = {c.id: c.dependants for c in articulation_points(snap)}
    assert cuts == {nid(1): 1, nid(2): 2, nid(3): 1}


def brute_dependants(g: nx.Graph, v) -> int:
    comp = nx.node_connected_component(g, v)
    h = g.subgraph(comp - {v})
    largest = max((len(c) for c in nx.connected_components(h)), default=0)
    return len(comp) - 1 - largest


def brute_smaller_side(g: nx.Graph, u, v) -> int:
    h = nx.Graph(g)
    h.remove_edge(u, v)
    return min(len(nx.node_connected_component(h, u)), len(nx.node_connected_component(h, v)))


@given(st.lists(st.tuples(st.integers(0, 14), st.integers(0, 14)), min_size=1, max_size=30))
@settings(max_examples=60, deadline=None)
def test_cores_cut_points_and_bridges_equal_networkx(pairs):
    edges = [(a, b) for a, b in pairs if a != b] or [(0, 1)]
    snap = from_edges(edges, n=15)
    g = snap.undirected("collaboration")
    assert core_numbers(snap) == nx.core_number(g)
    cuts = articulation_points(snap)
    assert {c.id for c in cuts} == set(nx.articulation_points(g))
    for c in cuts:
        assert c.dependants == brute_dependants(g, c.id)
    ours = bridges(snap)
    assert {frozenset((b.source, b.target)) for b in ours} == {frozenset(e) for e in nx.bridges(g)}
    for b in ours:
        assert b.smaller_side == brute_smaller_side(g, b.source, b.target)


def test_demo_structure_equals_networkx(demo):
    snap, _ = demo
    g = snap.undirected("collaboration")
    assert core_numbers(snap) == nx.core_number(g)
    assert {c.id for c in articulation_points(snap)} == set(nx.articulation_points(g))
    assert {frozenset((b.source, b.target)) for b in bridges(snap)} == {frozenset(e) for e in nx.bridges(g)}


def test_star_core_is_the_hub(star):
    cp = core_periphery(star)
    assert cp.core == [nid(0)]
    assert cp.fit == pytest.approx(1.0)
    assert cp.periphery_size == 5 and cp.untied == 0


def test_core_group_is_the_tied_four_with_the_widest_reach():
    # A clique of four, each with three partners of its own; a loose ring of others.
    core = ["K1", "K2", "K3", "K4"]
    orgs = [org(i) for i in core]
    ties = [tie(a, b) for i, a in enumerate(core) for b in core[i + 1:]]
    for i, k in enumerate(core):
        for j in range(3):
            leaf = f"L{i}{j}"
            orgs.append(org(leaf))
            ties.append(tie(k, leaf))
    ring = [f"R{i}" for i in range(6)]
    orgs += [org(r) for r in ring]
    ties += [tie(ring[i], ring[(i + 1) % 6]) for i in range(6)] + [tie("R0", "L00")]
    cp = core_periphery(snapshot(orgs, ties))
    assert sorted(m.id for m in cp.core_group) == core
    assert set(core) <= set(cp.core)
    assert sorted(cp.wider_network) == sorted(f"L{i}{j}" for i in range(4) for j in range(3))


def test_funding_alone_does_not_make_a_core_group():
    # A funder funds three organisations that work together; the funder is not a partner.
    orgs = [org("F", sector="funder")] + [org(i) for i in ("A", "B", "C")]
    ties = [tie("F", x, "funding", amount=1000.0) for x in "ABC"] + [tie("A", "B"), tie("B", "C"), tie("A", "C")]
    cp = core_periphery(snapshot(orgs, ties))
    assert sorted(m.id for m in cp.core_group) == ["A", "B", "C"]


def test_demo_core_groups_are_the_planted_ones(demo):
    snap, truth = demo
    for place, planted in truth["core_groups"].items():
        group = [m.id for m in core_periphery(snap, place).core_group]
        assert 3 <= len(group) <= 5
        assert sorted(group) == planted, place
        # a core group is tied together
        sub = snap.subgraph_for_place(place, lens="collaboration").undirected("collaboration")
        assert all(sub.has_edge(a, b) for i, a in enumerate(group) for b in group[i + 1:])
