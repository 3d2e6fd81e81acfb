"""`partnermap analyse ...` through click's CliRunner, on a real embedded store."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli  # first: graph.cli registers every feature's COMMANDS when imported  # noqa: I001
from graph.analysis.cli import COMMANDS, analyse
from graph.stores import open_store
from graph.stores.base import GraphData
from tests.analysis.graphs import COMMUNITIES, PLACES, SERVICES, tie
from tests.analysis.test_isolation import planted


@pytest.fixture
def run(tmp_path):
    for command in COMMANDS:
        cli.add_command(command)
    url = f"sqlite:///{tmp_path / 'analysis.db'}"
    snap = planted()
    with open_store(url) as store:
        store.load(GraphData(organisations=list(snap.orgs), ties=list(snap.ties), services=SERVICES,
                             communities=COMMUNITIES, places=PLACES))
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, ["--store", url, "analyse", *args], catch_exceptions=False)
    invoke.url = url
    return invoke


def test_the_group_is_registered():
    assert COMMANDS == [analyse] and analyse.name == "analyse"
    assert {"champions", "isolated", "gaps", "ecosystem", "referrals", "core", "map"} <= set(analyse.commands)


@pytest.mark.parametrize("command", ["champions", "isolated", "gaps", "ecosystem", "referrals", "core"])
def test_every_analysis_answers_in_json(run, command):
    r = run(command, "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["ok"] is True and data["analysis"] == command and data["place"] is None


@pytest.mark.parametrize("command", ["champions", "isolated", "gaps", "ecosystem", "referrals", "core"])
def test_every_analysis_reads_as_a_table_for_a_place(run, command):
    r = run(command, "--place", "T1")
    assert r.exit_code == 0, r.output
    assert "Town" in r.output


def test_champions_json_content(run):
    data = json.loads(run("champions", "--json", "--top", "2").output)
    assert [c["id"] for c in data["champions"]][:1] == ["K2"]
    assert len(data["champions"]) == 2 and data["champions"][0]["reasons"]


def test_isolated_table_names_the_groups(run):
    out = run("isolated").output
    assert "Org I" in out and "Org P1" in out and "1 isolated organisations" in out


def test_unknown_place_is_one_clear_line(run):
    r = run("gaps", "--place", "Nowhere")
    assert r.exit_code != 0
    assert r.stdout == ""
    assert r.stderr.splitlines() == ["error: unknown place 'Nowhere'; known places include E92000001 (England)"]


def test_a_place_name_gets_a_hint(run):
    r = run("champions", "--place", "town")
    assert r.exit_code != 0 and "did you mean T1 (Town)?" in r.output


def test_map_json(run):
    data = json.loads(run("map", "--place", "T1").output)
    assert data["ok"] is True and {n["id"] for n in data["nodes"]} >= {"K1", "I"}
    assert all({"source", "target", "kind"} <= set(e) for e in data["edges"])


def test_analysis_follows_the_store_version(run):
    before = json.loads(run("isolated", "--json").output)["counts"]["isolate"]
    with open_store(run.url) as store:
        store.upsert_ties([tie("I", "K1")])
    after = json.loads(run("isolated", "--json").output)["counts"]["isolate"]
    assert (before, after) == (1, 0)


def test_empty_store_does_not_crash(tmp_path):
    for command in COMMANDS:
        cli.add_command(command)
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    for command in ("champions", "isolated", "gaps", "ecosystem", "referrals", "core"):
        r = CliRunner().invoke(cli, ["--store", url, "analyse", command, "--json"], catch_exceptions=False)
        assert r.exit_code == 0 and json.loads(r.output)["ok"] is True

