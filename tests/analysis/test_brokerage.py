"""Gould–Fernandez brokerage: hand-checked triads, and the vectorised count equal to a
brute-force count over networkx on random graphs."""
from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.analysis import brokerage
from graph.analysis.brokerage import ROLES, role_counts
from tests.analysis.graphs import org, snapshot, tie


def brute_force(g: nx.DiGraph, group: dict) -> dict:
    """Every open two-path a -> b -> c, classified by the groups of a, b, c."""
    out = {v: dict.fromkeys(ROLES, 0) for v in g}
    for b in g:
        for a, c in itertools.product(g.predecessors(b), g.successors(b)):
            if a == c or g.has_edge(a, c):
                continue
            ga, gb, gc = group[a], group[b], group[c]
            if ga == gb == gc:
                role = "coordinator"
            elif ga == gc:
                role = "itinerant"
            elif ga == gb:
                role = "representative"
            elif gb == gc:
                role = "gatekeeper"
            else:
                role = "liaison"
            out[b][role] += 1
    return out


def test_referral_chain_across_three_sectors_is_liaison():
    orgs = [org("A", sector="vcse"), org("B", sector="statutory"), org("C", sector="private")]
    snap = snapshot(orgs, [tie("A", "B", "referral"), tie("B", "C", "referral")])
    roles = brokerage(snap, by="sector")
    assert roles["B"] == {"coordinator": 0, "itinerant": 0, "representative": 0, "gatekeeper": 0,
                          "liaison": 1, "total": 1}
    assert roles["A"]["total"] == roles["C"]["total"] == 0


def test_mutual_ties_count_both_ways():
    # A - B - C partnerships: B brokers A->C and C->A; A and C are vcse, B statutory.
    orgs = [org("A"), org("B", sector="statutory"), org("C")]
    snap = snapshot(orgs, [tie("A", "B"), tie("B", "C")])
    assert brokerage(snap)["B"]["itinerant"] == 2
    # with a tie A - C the pair is closed: no brokerage
    closed = snapshot(orgs, [tie("A", "B"), tie("B", "C"), tie("A", "C")])
    assert brokerage(closed)["B"]["total"] == 0


def test_one_way_closure_only_closes_its_direction():
    # A->B->C and C->B->A via referrals both ways, plus a referral A->C:
    # A->C is closed, C->A stays open.
    orgs = [org("A"), org("B"), org("C")]
    ties = [tie("A", "B", "referral"), tie("B", "A", "referral"), tie("B", "C", "referral"),
            tie("C", "B", "referral"), tie("A", "C", "referral")]
    assert brokerage(snapshot(orgs, ties))["B"]["coordinator"] == 1


@pytest.mark.parametrize("role,groups", [
    ("coordinator", ("x", "x", "x")), ("itinerant", ("x", "y", "x")), ("representative", ("x", "x", "y")),
    ("gatekeeper", ("y", "x", "x")), ("liaison", ("x", "y", "z"))])
def test_each_role_by_place(role, groups):
    places = {"x": "T1:north", "y": "T1:south", "z": "C1"}
    orgs = [org(i, places=(places[g],)) for i, g in zip("ABC", groups)]
    roles = brokerage(snapshot(orgs, [tie("A", "B", "referral"), tie("B", "C", "referral")]), by="place")
    assert roles["B"][role] == 1 and roles["B"]["total"] == 1


def test_organisations_without_a_community_are_never_the_same_group():
    orgs = [org("A", communities=()), org("B", communities=("older",)), org("C", communities=())]
    roles = brokerage(snapshot(orgs, [tie("A", "B", "referral"), tie("B", "C", "referral")]), by="community")
    assert roles["B"]["liaison"] == 1


def test_unknown_grouping_is_refused(two_triangles):
    with pytest.raises(ValueError, match="unknown grouping"):
        brokerage(two_triangles, by="colour")


@given(n=st.integers(3, 12), density=st.floats(0.05, 0.6), seed=st.integers(0, 10_000),
       k=st.integers(1, 4))
@settings(max_examples=60, deadline=None)
def test_vectorised_counts_equal_brute_force(n, density, seed, k):
    rng = np.random.default_rng(seed)
    g = nx.gnp_random_graph(n, density, seed=seed, directed=True)
    labels = rng.integers(0, k, size=n)
    adj = sp.csr_matrix(nx.to_scipy_sparse_array(g, nodelist=range(n), dtype=np.int64))
    sym = nx.Graph(g)
    triangles = np.array([c for c in nx.enumerate_all_cliques(sym) if len(c) == 3], dtype=np.int64).reshape(-1, 3)
    ours = role_counts(adj, labels, triangles)
    expected = brute_force(g, dict(enumerate(labels.tolist())))
    for v in range(n):
        assert dict(zip(ROLES, ours[v].tolist())) == expected[v]


def test_snapshot_brokerage_equals_brute_force_on_the_flow_graph(demo):
    snap, _ = demo
    place = "E06000032"
    roles = brokerage(snap, place, by="sector")
    sub = snap.subgraph_for_place(place, lens="collaboration")
    flow = nx.DiGraph()
    flow.add_nodes_from(o.id for o in sub.orgs)
    for t in sub.ties:
        flow.add_edge(t.from_id, t.to_id)
        if not t.directed:
            flow.add_edge(t.to_id, t.from_id)
    expected = brute_force(flow, {o.id: o.sector for o in sub.orgs})
    for oid, counts in expected.items():
        assert {r: roles[oid][r] for r in ROLES} == counts
