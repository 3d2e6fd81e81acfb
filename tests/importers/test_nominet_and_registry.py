"""Real Nominet Trust grants (tests/data/samples/360giving/nominet_trust_grants.json: four
records byte for byte, three with '*' for the recipient's postcode) and GrantNav's sample
registry metadata (grantnav_registry_metadata.json: the kind of list the 360Giving registry
publishes of publishers and their files, not grants)."""
from __future__ import annotations

from graph.importers import run_import

NOMINET = "360giving/nominet_trust_grants.json"
REGISTRY = "360giving/grantnav_registry_metadata.json"


def test_a_postcode_without_a_digit_is_no_postcode(store, samples):
    """Nominet wrote '*' where it had no postcode; before, '*' was stored as the postcode."""
    report = run_import(store, "360giving", samples / NOMINET)
    assert report.ok and report.created["ties"] == 4
    youth = store.get_organisation("GB-CHC-1110590")
    assert youth.name == "UK Youth" and youth.postcode == ""
    assert store.get_organisation("GB-CHC-1095258").postcode == "RG31 6XZ"       # FOSI, as written
    assert store.get_organisation("GB-COH-02050843").postcode == "BS1 6UN"
    assert sorted(w.row for w in report.warnings if "'*' is not a postcode" in w.reason) == [2, 3]
    # FOSI and UK Youth carry one company number: flagged, never merged.
    assert {(r["id"], r["similar_to"]) for r in report.review} == {("GB-CHC-1095258", "GB-CHC-1110590")}


def test_a_list_of_publishers_is_refused_once_for_the_file(store, samples):
    """Before: 'a grant must have an Identifier' for each of its records."""
    report = run_import(store, "360giving", samples / REGISTRY)
    assert [(e.file, e.row, e.field) for e in report.errors] == [("grantnav_registry_metadata.json", 1, "grants")]
    assert "holds no grants" in report.errors[0].reason and not report.written
