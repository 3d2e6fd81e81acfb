"""Tie lenses: the snapshot's views and every analysis read collaboration and funding apart,
say which they read, and say plainly when a place has no collaboration ties.

The graphs are small enough to check by hand."""
from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import matcher
from graph.analysis import (champions, clear_cache, core_periphery, ecosystem, funded_by, funders, gaps,
                            isolated, network_map, referrals)
from graph.snapshot import LENSES
from tests.analysis.graphs import COMMUNITIES, PLACES, SERVICES, org, snapshot, tie

LEAVES = ["L1", "L2", "L3", "L4", "L5"]


@pytest.fixture(autouse=True)
def fresh_cache():
    clear_cache()


@pytest.fixture
def fallback_only(monkeypatch):
    monkeypatch.setattr(matcher, "suggest", None, raising=False)


def funding_star(extra_ties=()):
    """Funder F funds five groups; nothing else, unless `extra_ties`."""
    orgs = [org("F", sector="funder", income=50_000_000)] + [org(x) for x in LEAVES]
    ties = [tie("F", x, "funding", amount=1000.0, ref=f"g-{x}") for x in LEAVES]
    return snapshot(orgs, ties + list(extra_ties))


# ---- the snapshot's views ---------------------------------------------------------------------
def test_snapshot_views_read_only_their_lens():
    snap = funding_star([tie("L1", "L2", "partnership"), tie("L2", "L3", "referral")])
    assert LENSES == ("collaboration", "funding", "all")
    assert snap.adjacency("collaboration").nnz == 4        # two pairs, both directions
    assert snap.adjacency("funding").nnz == 10              # five grants, both directions
    assert snap.adjacency("all").nnz == 14
    assert snap.undirected("collaboration").number_of_edges() == 2
    assert set(snap.undirected("funding").edges()) == {("F", x) for x in LEAVES}
    assert {d["kind"] for *_, d in snap.graph("funding").edges(data=True)} == {"funding"}
    assert snap.graph("collaboration").number_of_nodes() == 6  # every organisation is a node
    assert snap.tie_mask("funding").sum() == 5 and len(snap.lens_ties("collaboration")) == 2
    sub = snap.subgraph_for_place("T1", lens="collaboration")
    assert len(sub.orgs) == 6 and {t.kind for t in sub.ties} == {"partnership", "referral"}
    assert len(snap.subgraph_for_place("T1", lens="all").ties) == 7


def test_an_unknown_lens_is_refused_by_name():
    snap = funding_star()
    for view in (snap.adjacency, snap.graph, snap.undirected, snap.tie_mask):
        with pytest.raises(ValueError, match="unknown tie lens 'friends'; choose one of collaboration, funding, all"):
            view("friends")
    with pytest.raises(TypeError):
        snap.subgraph_for_place("T1")  # the lens must be said at the call


# ---- collaboration analyses ignore funding -----------------------------------------------------
def test_a_funding_star_never_makes_its_funder_a_champion():
    result = champions(funding_star())
    assert result.lens == "collaboration" and result.to_dict()["lens"] == "collaboration"
    assert result.champions == [] and result.ties == 0
    assert "No collaboration ties are recorded" in result.note and "5 funding ties" in result.note
    assert "import partnerships, referrals" in result.note


def test_with_a_path_among_the_funded_the_champion_is_the_middle_of_the_path_not_the_funder():
    snap = funding_star([tie("L1", "L2", "partnership"), tie("L2", "L3", "partnership")])
    result = champions(snap)
    assert [c.id for c in result.champions] == ["L2"]
    assert result.note is None and result.score_of("F") == 0.0


def test_two_groups_funded_by_one_funder_are_still_isolated(fallback_only):
    snap = snapshot([org("F", sector="funder"), org("A"), org("B")],
                    [tie("F", "A", "funding", amount=10.0), tie("F", "B", "funding", amount=10.0)])
    result = isolated(snap)
    assert result.lens == "collaboration"
    assert result.flags == {"A": "isolate", "B": "isolate", "F": "isolate"}
    a = next(g for g in result.groups if g.member_ids == ["A"])
    assert a.reason == ("has no recorded collaboration ties (only funding, with 1 organisation, "
                        "which is not collaboration)")
    # the funder is never the introduction; the other funded group fits (same place, same work)
    assert [i.partner_id for i in a.introductions] == ["B"]
    assert "is part of the main network" not in a.introductions[0].reasons
    assert "works in the same place (North ward)" in a.introductions[0].reasons
    assert result.note.startswith("No collaboration ties are recorded in this network")


def test_core_structure_gaps_referrals_and_map_name_their_lens():
    snap = funding_star([tie("L1", "L2", "referral")])
    assert core_periphery(snap).to_dict()["lens"] == "collaboration"
    assert core_periphery(snap).untied == 4                  # F and L3-L5: funding is not a tie here
    g = gaps(snap)
    assert g.lens == "collaboration" and g.cut_points == [] and g.note is None
    assert referrals(snap).to_dict()["lens"] == "collaboration"
    m = network_map(snap)
    assert m["lens"] == "collaboration" and m["edges_lens"] == "all" and len(m["edges"]) == 6
    assert {n["id"]: n["ties"] for n in m["nodes"]}["F"] == 0


# ---- funders' own views ------------------------------------------------------------------------
def co_funded():
    """F1 funds A, B, C; F2 funds B, C; F3 funds D. A and D serve older people, in two places."""
    orgs = [org("F1", sector="funder"), org("F2", sector="funder"), org("F3", sector="funder"),
            org("A", communities=("older",)), org("B"), org("C", places=("T1:south",)),
            org("D", communities=("older",), places=("C1",))]
    ties = [tie("F1", x, "funding", amount=100.0, ref=x) for x in "ABC"]
    ties += [tie("F2", x, "funding", amount=50.0, ref=x) for x in "BC"]
    ties += [tie("F3", "D", "funding", amount=None), tie("A", "B", "partnership")]
    return snapshot(orgs, ties)


def test_funders_reach_and_co_funding_by_hand():
    result = funders(co_funded())
    assert result.lens == "funding" and result.funder_count == 3 and result.grants == 6
    reach = {f["id"]: (f["recipients"], f["places"], f["communities"], f["total"]) for f in result.funders}
    assert reach == {"F1": (3, 2, 2, 300.0), "F2": (2, 2, 1, 100.0), "F3": (1, 1, 1, 0.0)}
    assert [f["id"] for f in result.funders] == ["F1", "F2", "F3"]
    (pair,) = result.co_funding
    assert [f["id"] for f in pair["funders"]] == ["F1", "F2"]
    assert pair["shared"] == 2 and pair["jaccard"] == pytest.approx(2 / 3, abs=1e-4)
    assert sorted(pair["examples"]) == ["Org B", "Org C"]


def test_funders_in_a_place_and_whom_one_funds_there():
    snap = co_funded()
    south = funders(snap, "T1:south")
    assert {f["id"] for f in south.funders} == {"F1", "F2"} and south.recipients == 1
    fb = funded_by(snap, "F1", "T1:south")
    assert fb["lens"] == "funding" and [r["id"] for r in fb["recipients"]] == ["C"] and fb["total"] == 100.0
    assert funders(snap, "C1").funders[0]["grants_without_amount"] == 1
    empty = funders(snapshot([org("A"), org("B")], [tie("A", "B")]))
    assert empty.funders == [] and "No funding is recorded" in empty.note


# ---- the CLI says which lens ------------------------------------------------------------------
@pytest.fixture
def run(tmp_path):
    from graph.analysis.cli import COMMANDS
    from graph.cli import cli
    from graph.stores import open_store
    from graph.stores.base import GraphData

    for command in COMMANDS:
        cli.add_command(command)
    url = f"sqlite:///{tmp_path / 'lens.db'}"
    snap = funding_star()
    with open_store(url) as store:
        store.load(GraphData(organisations=list(snap.orgs), ties=list(snap.ties), services=SERVICES,
                             communities=COMMUNITIES, places=PLACES))
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, ["--store", url, "analyse", *args], catch_exceptions=False)


@pytest.mark.parametrize("command", ["champions", "isolated", "gaps"])
def test_cli_names_the_lens_and_says_when_there_is_no_collaboration(run, command):
    out = run(command)
    assert out.exit_code == 0, out.output
    assert "Lens: collaboration ties" in out.output
    assert "No collaboration ties are recorded in this network; it has 5 funding ties" in out.output
    data = json.loads(run(command, "--json").output)
    assert data["lens"] == "collaboration" and data["note"].startswith("No collaboration ties")


def test_cli_funders_lists_reach_and_one_funders_recipients(run):
    out = run("funders")
    assert out.exit_code == 0 and "Lens: funding ties only." in out.output and "Org F" in out.output
    data = json.loads(run("funders", "--json").output)
    assert data["lens"] == "funding" and data["funders"][0]["recipients"] == 5
    data = json.loads(run("funders", "--funder", "F", "--json").output)
    assert data["ok"] and len(data["recipients"]) == 5 and data["total"] == 5000.0
    out = run("funders", "--funder", "NOPE")
    assert out.exit_code != 0 and "unknown organisation 'NOPE'" in out.output


def test_every_collaboration_measure_leaves_funding_out():
    from graph.analysis import betweenness, core_numbers
    snap = funding_star()
    assert set(betweenness(snap).values()) == {0.0}
    assert set(core_numbers(snap).values()) == {0}
    assert np.all(ecosystem(snap).ties["untied"] == 6)


# ---- isolated groups each get their own introduction ------------------------------------------
def five_isolates(others_fit: bool):
    """A core of four (K1 serves older people in the north ward, like the five isolates);
    K2-K4 either work in the same ward (so they fit too) or elsewhere for other people."""
    where = dict(places=("T1:north",)) if others_fit else dict(places=("C1",), communities=("young",),
                                                                   services=("youth",))
    orgs = [org("K1", communities=("older",))] + [org(k, **where) for k in ("K2", "K3", "K4")]
    orgs += [org(f"I{i}", communities=("older",), services=("debt",)) for i in range(5)]
    core = ["K1", "K2", "K3", "K4"]
    return snapshot(orgs, [tie(a, b) for i, a in enumerate(core) for b in core[i + 1:]])


def test_no_partner_is_offered_to_more_than_three_isolated_groups_when_others_fit(fallback_only):
    result = isolated(five_isolates(others_fit=True), introductions=1)
    partners = [g.introductions[0].partner_id for g in result.groups if g.kind == "isolate"]
    assert len(partners) == 5 and partners.count("K1") == 3          # the best fit, three times
    assert max(partners.count(p) for p in set(partners)) <= 3 and set(partners) - {"K1"}
    for g in result.groups:
        (intro,) = g.introductions
        assert not any("also suggested" in r for r in intro.reasons)
        # every reason is true of the data: they share the ward, and K2-K4 offer food support
        if intro.partner_id != "K1":
            assert "works in the same place (North ward)" in intro.reasons
            assert "offers what it does not (Food support)" in intro.reasons


def test_when_nothing_else_fits_a_partner_is_offered_again_and_says_so(fallback_only):
    result = isolated(five_isolates(others_fit=False), introductions=1)
    intros = [g.introductions[0] for g in result.groups if g.kind == "isolate"]
    assert [i.partner_id for i in intros] == ["K1"] * 5
    said = [next((r for r in i.reasons if r.startswith("also suggested")), None) for i in intros]
    assert said[:3] == [None] * 3
    assert said[3:] == ["also suggested for 3 other groups on this page: no other organisation fits this group",
                        "also suggested for 4 other groups on this page: no other organisation fits this group"]
