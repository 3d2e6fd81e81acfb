"""Open Referral / HSDS: the HSDS template datapackage shipped in the hsds-data-tool sdist,
the HSDS 3 specification's own example files, and an Open Referral UK page."""
from __future__ import annotations

import json

from graph.importers import run_import
from graph.importers.hsds import OTHER_SERVICE


def _all_text(store) -> str:
    return json.dumps([o.to_dict() for o in store.read_all().organisations])


def test_datapackage_organisations_without_personal_data(store, samples):
    report = run_import(store, "hsds", samples / "hsds" / "hsds_data_tool")
    assert report.ok, [str(e) for e in report.errors]
    orgs = {o.id: o for o in store.read_all().organisations}
    assert set(orgs) == {"HSDS-75e9052a-cd59-4d93-9747-ba67df253174", "HSDS-d54f9c6f-ce0e-4009-b305-681f738821f6"}
    assert orgs["HSDS-d54f9c6f-ce0e-4009-b305-681f738821f6"].name == "SWITCHBOARD 211"
    assert orgs["HSDS-75e9052a-cd59-4d93-9747-ba67df253174"].website == "https://www.bowmansystems.com"  # bare domains get https://
    # contact.csv names staff and their e-mails: none of it may enter the graph.
    assert "b@example.org" not in _all_text(store) and "Senior Support Specialist" not in _all_text(store)
    assert any(w.file == "contact.csv" and "personal" in w.reason for w in report.warnings)
    assert run_import(store, "hsds", samples / "hsds" / "hsds_data_tool").unchanged["organisations"] == 2


def test_hsds3_example_files_report_the_dangling_location(store, samples):
    report = run_import(store, "hsds", samples / "hsds" / "hsds3_spec_csv", strict=True)
    assert [str(e) for e in report.errors] == [
        "locations.csv:2:organization_id: unknown organization '985e4a42-bd9f-4edc-911d-0243a4640aca'"]
    assert not report.written and store.counts()["organisations"] == 0
    # By default the dangling location is skipped with its row; the organisation lands.
    report = run_import(store, "hsds", samples / "hsds" / "hsds3_spec_csv")
    assert report.ok and report.written
    assert [str(s) for s in report.skipped] == [
        "locations.csv:2:organization_id: location names organization "
        "'985e4a42-bd9f-4edc-911d-0243a4640aca', which is not in the input"]
    assert store.get_organisation("HSDS-d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610").name == "Example Organization Inc."


def test_api_service_with_impossible_coordinates(store, samples):
    path = samples / "hsds" / "hsds3_service_full.json"
    report = run_import(store, "hsds", path, strict=True)
    assert "hsds3_service_full.json:1:organization/locations/0/latitude: 100 is outside -90..90" in \
        [str(e) for e in report.errors]
    assert store.counts()["organisations"] == 0
    # By default latitude 100 loses the coordinates, not the organisation.
    report = run_import(store, "hsds", path)
    assert report.ok and "hsds3_service_full.json:1:organization/locations/0/latitude: 100 is outside -90..90; " \
        "value dropped" in [str(w) for w in report.warnings]
    # From organization_identifiers, the company number zero-padded as Companies House writes it.
    org = store.get_organisation("GB-COH-01234567")
    assert org is not None and org.lat is None and org.registered_ids == ("GB-COH-01234567",)
    # An unmapped taxonomy term is kept, under other.*, with its original wording.
    assert org.services == ("other.name",)
    services = {s.code: s for s in store.read_all().services}
    assert services["other.name"].parent == OTHER_SERVICE.code and services["other.name"].label == "name (taxonomy)"
    text = _all_text(store)
    assert "Ann Persona" not in text and "email@example.com" not in text and "234567" not in text.replace(
        "1234567", "")


def test_oruk_page_maps_terms_and_merges_with_a_funded_charity(store, samples):
    assert run_import(store, "360giving", samples / "360giving" / "dulverton_trust_grants.json").ok
    report = run_import(store, "hsds", samples / "hsds" / "constructed_oruk_page.json")
    assert report.ok
    org = store.get_organisation("GB-CHC-1000888")
    assert org.services == ("family.parenting", "health.mental_health", "other.adoption_and_fostering_support")
    assert org.communities == ("families", "mental_health")
    assert (org.lat, org.lon, org.postcode) == (53.4722, -2.2486, "M15 4JJ")
    assert org.description == "Support for adoptive families."          # a blank filled
    assert len(store.neighbours("GB-CHC-1000888")) == 3                  # the grants are still there
    assert "jane.doe@example.org" not in _all_text(store)
    # Seed taxonomy records the mapping needs were added to the empty store.
    assert {"family", "family.parenting", "health", "health.mental_health"} <= {
        s.code for s in store.read_all().services}


def test_oruk_target_audience_and_ages_become_communities_and_public_bodies_are_not_vcse(store, samples):
    report = run_import(store, "hsds", samples / "hsds" / "constructed_oruk_v1_targetaudience.json")
    assert report.ok, [str(e) for e in report.errors]
    orgs = {o.id: o for o in store.read_all().organisations}
    # Services that name no organisation here never become organisations named after themselves.
    assert set(orgs) == {"HSDS-org-bcc", "HSDS-org-nhs"}
    assert {(s.row, s.field, s.reason) for s in report.skipped} == {
        (3, "organization", "service 'Saturday youth club' names no organization"),
        (4, "organization_id", "service 'Toddler time' names organization 'org-not-in-this-page', "
                               "which is not in the input")}
    council = orgs["HSDS-org-bcc"]
    assert council.sector == "statutory" and not council.is_small
    assert council.communities == ("homeless", "young_people")
    assert "housing.homelessness" in council.services
    nhs = orgs["HSDS-org-nhs"]
    assert nhs.sector == "statutory" and nhs.communities == ("mental_health", "older_people")
    # Wordings with no crosswalk entry are listed once each, not silently dropped.
    assert [w.reason for w in report.warnings if w.field == "eligibility"] == [
        "target audience 'Adults' has no crosswalk entry (used by 1 services)",
        "target audience 'Residents of a named estate' has no crosswalk entry (used by 1 services)"]


def test_hsds_csv_service_naming_a_missing_organisation_is_skipped_with_its_row(store):
    files = {"organizations.csv": b"id,name\no1,Hulme Community Garden Centre\n",
             "services.csv": b"id,organization_id,name,maximum_age\ns1,o1,Kids gardening,12\ns2,o9,Orphan service,\n",
             "eligibility.csv": b"id,service_id,eligibility\ne1,s1,Families\n"}
    report = run_import(store, "hsds", files)
    assert report.ok, [str(e) for e in report.errors]
    assert [(s.file, s.row) for s in report.skipped] == [("services.csv", 3)]
    assert store.get_organisation("HSDS-o1").communities == ("children", "families")
    assert {o.name for o in store.read_all().organisations} == {"Hulme Community Garden Centre"}
