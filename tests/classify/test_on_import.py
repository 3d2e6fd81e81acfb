"""Inference on import: only for organisations no source gave services or communities,
marked inferred with its evidence, idempotent on re-import, and replaced by a statement."""
from __future__ import annotations

import pytest

import graph.classify as classify
from graph.importers import run_import
from graph.stores.base import GraphData
from graph.stores.embedded import EmbeddedStore
from tests.classify.test_classifier import _fit_tiny

CHARITIES = ("registered_charity_number,linked_charity_number,charity_name,charity_activities,latest_income\n"
             "1000001,0,EASTSIDE PANTRY,We run a food bank and give out food parcels to families in crisis,20000\n"
             "1000002,0,WESTSIDE MIND,Mental health support groups and counselling for adults with anxiety and "
             "depression,30000\n"
             "1000003,0,QUIET TRUST,See website,1000\n")
CLASSES = ("registered_charity_number\tlinked_charity_number\tclassification_type\tclassification_description\n"
           "1000001\t0\tWho\tChildren/young People\n"
           "1000002\t0\tWhat\tEducation/training\n")


@pytest.fixture
def store(tmp_path, monkeypatch):
    from seed import load_communities, load_services
    monkeypatch.setenv("PARTNERMAP_CLASSIFY_ON_IMPORT", "1")
    monkeypatch.setattr(classify, "default_classifier", lambda: _fit_tiny())
    s = EmbeddedStore(tmp_path / "store.db")
    s.load(GraphData(services=load_services(), communities=load_communities()))
    yield s
    s.close()


def _files():
    return {"charity.csv": CHARITIES.encode(), "classification.txt": CLASSES.encode()}


def test_import_infers_only_what_no_source_stated_and_marks_it(store):
    report = run_import(store, "ccew", _files())
    assert report.ok, [str(e) for e in report.errors]
    assert report.inferred == {"services": 1, "communities": 1}
    east = store.get_organisation("GB-CHC-1000001")
    assert east.communities == ("children", "young_people") and east.stated("communities") == east.communities
    assert "poverty.food_support" in east.services and east.stated("services") == ()
    inference = east.inferred_values("services")["poverty.food_support"]
    assert inference.method == "model" and "description" in inference.evidence and 0 < inference.confidence <= 1
    west = store.get_organisation("GB-CHC-1000002")
    assert west.services == ("education",) and west.stated("services") == ("education",)
    assert "mental_health" in west.communities and west.stated("communities") == ()
    assert store.get_organisation("GB-CHC-1000003").inferred == ()       # "See website" says nothing
    assert report.to_dict()["inferred"] == {"services": 1, "communities": 1}


def test_reimport_changes_nothing_and_a_statement_replaces_the_guess(store):
    run_import(store, "ccew", _files())
    before = store.read_all()
    again = run_import(store, "ccew", _files())
    assert again.ok and not again.written and again.unchanged["organisations"] == 3
    assert store.read_all().organisations == before.organisations
    stated = ("registered_charity_number\tlinked_charity_number\tclassification_type\tclassification_description\n"
              "1000001\t0\tWhat\tEducation/training\n")
    run_import(store, "ccew", {"charity.csv": CHARITIES.encode(), "classification.txt": stated.encode()})
    east = store.get_organisation("GB-CHC-1000001")
    assert east.services == ("education",) and east.inferred_values("services") == {}


def test_switched_off_by_the_setting(store, monkeypatch):
    monkeypatch.setenv("PARTNERMAP_CLASSIFY_ON_IMPORT", "0")
    report = run_import(store, "ccew", _files())
    assert report.ok and not report.inferred
    assert store.get_organisation("GB-CHC-1000001").services == ()
