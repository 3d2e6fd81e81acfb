"""Real Power to Change grants (tests/data/samples/360giving/power_to_change_grants.json: six
records byte for byte): recipients with the publisher's own organisation type
('Company Limited by Guarantee', 'Private Limited Company', 'University'), and a university
identified by the Department for Education's register (GB-EDU)."""
from __future__ import annotations

from graph.importers import run_import

PTC = "360giving/power_to_change_grants.json"


def test_the_publishers_organisation_type_is_the_legal_form_and_evidence_of_sector(store, samples):
    """Before, organisationType was not read: every recipient was VCSE with no legal form."""
    report = run_import(store, "360giving", samples / PTC)
    assert report.ok and report.created["ties"] == 6 and report.created["organisations"] == 5
    squash = store.get_organisation("GB-COH-06285509")
    assert (squash.legal_form, squash.sector) == ("Company Limited by Guarantee", "vcse")
    assert store.get_organisation("GB-COH-09651238").legal_form == "Community Interest Company"
    fc_united = store.get_organisation("GB-COH-09426037")
    assert (fc_united.legal_form, fc_united.sector) == ("Private Limited Company", "private")
    assert [i.evidence for i in fc_united.inferred if i.field == "sector"] == ["organisation type 'Private Limited Company'"]
    ties = sorted((t.ref, t.amount, t.since) for t, _ in store.neighbours("GB-COH-06285509"))
    assert ties == [("360G-ptc-gr-01782", 3239.34, "2015-06-01"), ("360G-ptc-gr27", 203180.0, "2016-12-01")]


def test_a_university_on_the_schools_register_is_academic(store, samples):
    """Before, GB-EDU made Durham University 'statutory' (a school) over its type and name."""
    run_import(store, "360giving", samples / PTC)
    durham = store.get_organisation("GB-EDU-133812")
    assert (durham.name, durham.sector, durham.legal_form) == ("Durham University", "academic", "University")
    assert not durham.is_small
