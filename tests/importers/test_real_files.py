"""Issue 10, done when: every real file we hold imports with default options, and what
lands is counted. The whole Trafford Council 360Giving file (tests/data/samples/README.md)
goes in through the command line with no options, inference on import on as by default
(with a small classifier and the shipped keyword rules: the full model takes minutes to
train, and tests/classify measures it)."""
from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

import graph.classify as classify
from graph.cli import cli
from graph.classify.rules import load_rules
from graph.stores.embedded import EmbeddedStore
from tests.classify.test_classifier import _fit_tiny

TRAFFORD = "360giving/trafford_council_vcs_grants_360giving_2021-04-07.csv"


@pytest.fixture
def defaults(monkeypatch):
    monkeypatch.setenv("PARTNERMAP_CLASSIFY_ON_IMPORT", "1")      # the default outside the test suite
    monkeypatch.setattr(classify, "default_classifier", lambda: _fit_tiny(rules=load_rules()))


def test_the_whole_trafford_file_lands_with_default_options(tmp_path, samples, defaults):
    path = samples / TRAFFORD
    with open(path, encoding="utf-8", newline="") as f:
        grants = list(csv.DictReader(f))
    recipients = {g["Recipient Org:Identifier"] for g in grants}
    assert (len(grants), len(recipients)) == (366, 243)             # what the file holds

    url = f"sqlite:///{tmp_path / 'store.db'}"
    out = CliRunner().invoke(cli, ["--store", url, "import", "360giving", str(path), "--json"])
    assert out.exit_code == 0, out.output
    report = json.loads(out.stdout)
    store = EmbeddedStore(tmp_path / "store.db")
    counts = store.counts()
    # Every grant is a tie; every recipient and the council an organisation: nothing lost.
    assert (counts["organisations"], counts["ties"]) == (243 + 1, 366)
    orgs = store.read_all().organisations
    with_services = sum(1 for o in orgs if o.services)
    with_communities = sum(1 for o in orgs if o.communities)
    assert (with_services, with_communities) == (report["inferred"]["services"], report["inferred"]["communities"])
    # Grants carry no classification: what each group does and whom it serves comes from
    # the grant's title and description (most say something; "Voluntary Sector Grant" alone does not).
    assert (with_services, with_communities) == (211, 182)
    assert (counts["services"], counts["communities"], counts["places"]) == (57, 19, 1)
    assert len(report["review"]) == 6                      # name-alikes flagged, not merged
    assert len(store.review_items("open")) == 6

    again = CliRunner().invoke(cli, ["--store", url, "import", "360giving", str(path), "--json"])
    assert again.exit_code == 0 and json.loads(again.stdout)["written"] is False
    store.close()
