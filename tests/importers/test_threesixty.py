"""360Giving: real published grants (Indigo Trust flat CSV, Dulverton Trust JSON,
GrantNav's location test record, the DEI extension example) into the graph."""
from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from openpyxl import Workbook

from graph.importers import run_import
from graph.importers.threesixty import flat_header_path
from graph.importers.values import BadValue, parse_date
from graph.model import Organisation


def test_indigo_trust_flat_csv(store, samples):
    report = run_import(store, "360giving", samples / "360giving" / "indigo_trust_grants.csv")
    assert report.ok, [str(e) for e in report.errors]
    assert report.rows_read == 14
    assert report.created["ties"] == 14 and report.created["organisations"] == 13
    funder = store.get_organisation("360G-indigotrust")
    assert funder.sector == "funder" and funder.name == "Indigo Trust"
    # Two grants to the same charity stay two ties, told apart by the grant Identifier.
    to_discover = sorted((t for t, _ in store.neighbours("GB-CHC-1070468")), key=lambda t: t.ref)
    assert [(t.ref, t.amount, t.since, t.currency) for t in to_discover] == [
        ("360G-indigotrust:IND1", 10000.0, "2001-03-26", "GBP"),
        ("360G-indigotrust:IND9", 15000.0, "2002-08-28", "GBP")]
    assert all(t.kind == "funding" and t.from_id == "360G-indigotrust" for t in to_discover)
    # A recipient with only a publisher-internal id keeps it, and is not "registered".
    prison = store.get_organisation("360G-indigotrust:org-4588")
    assert prison.name == "HM YOI Huntercombe" and prison.registered_ids == () and prison.postcode == "RG9 5SB"
    # The charity number column adds the GB-CHC- id to a company-id recipient.
    arts = store.get_organisation("GB-COH-IP1004137")
    assert set(arts.registered_ids) == {"GB-COH-IP1004137", "GB-CHC-1004137"}


def test_dulverton_json_with_day_first_dates_and_reimport_is_idempotent(store, samples, canonical):
    path = samples / "360giving" / "dulverton_trust_grants.json"
    report = run_import(store, "360giving", path)
    assert report.ok and report.created["ties"] == 10
    ties = {t.ref: t for t in store.read_all().ties}
    assert ties["360G-dulverton-006D000000UEGpK"].since == "2014-02-25"
    before = store.read_all()
    again = run_import(store, "360giving", path)
    assert again.ok and not again.written
    assert again.unchanged["organisations"] == 9 and again.unchanged["ties"] == 10
    assert canonical(store.read_all()) == canonical(before)


def test_beneficiary_locations_become_places_with_kinds_from_the_gss_prefix(store, samples):
    report = run_import(store, "360giving", samples / "360giving" / "grantnav_uk_grant_location_fields.json")
    assert report.ok
    places = {p.code: p for p in store.read_all().places}
    assert {c: (p.kind, p.name) for c, p in places.items()} == {
        "E02000839": ("neighbourhood", "Southwark 033"), "E09000028": ("local_authority", "Southwark"),
        "E12000007": ("region", "London"), "E05011101": ("ward", "Dulwich Wood")}
    assert store.get_organisation("GB-CHC-1168669").places == ("E02000839", "E05011101", "E09000028", "E12000007")
    # A constituency and a postcode are not places we hold: warned about, not invented.
    assert {w.reason.split(" ")[0] for w in report.warnings} == {"E14001205", "SE21"}
    tie = store.read_all().ties[0]
    assert (tie.since, tie.until, tie.amount) == ("2020-09-09", "2021-06-26", 8802.0)


def test_dei_leadership_codes_map_to_led_by(store, samples):
    report = run_import(store, "360giving", samples / "360giving" / "dei_simple.json")
    assert report.ok
    # DEI020330 (neurodivergent) in the *leadership* answer -> disabled-led; the mission
    # and project answers describe whom it serves, not who leads it.
    assert store.get_organisation("example-recipient-001").led_by == ("disabled_led",)


def test_grants_to_individuals_are_counted_and_skipped(store, samples):
    report = run_import(store, "360giving", samples / "360giving" / "recipient_individual_constructed.json")
    # Nothing lands, so the import fails and says why, per reason.
    assert not report.ok and not report.written
    assert report.skipped_by_reason() == {"grant to an individual": 1}
    assert [e.reason for e in report.errors] == ["nothing imported: 1 of 1 rows skipped (grant to an individual)"]
    flat = ("Identifier,Title,Amount Awarded,Currency,Award Date,Funding Org:Identifier,Funding Org:Name,"
            "Recipient Org:Identifier,Recipient Org:Name,Recipient Ind:Identifier\n"
            "G1,One,10,GBP,2020-01-01,GB-CHC-1,Funder,360G-x-IND-1,,\n"
            "G2,Two,10,GBP,2020-01-01,GB-CHC-1,Funder,,,IND-77\n"
            "G3,Three,10,GBP,2020-01-01,GB-CHC-1,Funder,GB-CHC-2,Charity,\n")
    report = run_import(store, "360giving", {"grants.csv": flat.encode()})
    assert len(report.skipped) == 2 and report.created["ties"] == 1
    assert {o.id for o in store.read_all().organisations} == {"GB-CHC-1", "GB-CHC-2"}


def test_flat_xlsx_with_real_dates(store, samples):
    with open(samples / "360giving" / "indigo_trust_grants.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    wb = Workbook()
    ws = wb.active
    ws.append(rows[0])
    date_col = rows[0].index("Award Date")
    amount_col = rows[0].index("Amount Awarded")
    for r in rows[1:]:
        r = list(r)
        r[date_col] = datetime.strptime(r[date_col], "%d/%m/%Y %H:%M")
        r[amount_col] = float(r[amount_col])
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    report = run_import(store, "360giving", {"indigo.xlsx": buf.getvalue()})
    assert report.ok, [str(e) for e in report.errors]
    assert report.created["ties"] == 14 and report.encodings == {"indigo.xlsx": "xlsx"}
    assert {t.since for t in store.read_all().ties if t.ref == "360G-indigotrust:IND1"} == {"2001-03-26"}


def test_bad_values_name_the_column(store):
    flat = ("Identifier,Amount Awarded,Award Date,Funding Org:Identifier,Funding Org:Name,"
            "Recipient Org:Identifier,Recipient Org:Name\n"
            "G1,ten pounds,2020-01-01,GB-CHC-1,Funder,GB-CHC-2,Charity\n"
            "G2,10,31/02/2020,GB-CHC-1,Funder,GB-CHC-2,Charity\n"
            "G3,10,2020-01-01,GB-CHC-1,,GB-CHC-2,Charity\n")
    report = run_import(store, "360giving", {"g.csv": flat.encode()}, strict=True)
    assert [str(e) for e in report.errors] == [
        "g.csv:2:Amount Awarded: 'ten pounds' is not an amount",
        "g.csv:3:Award Date: '31/02/2020' is not a real date",
        "g.csv:4:Funding Org:Name: the funder organisation has no name"]
    assert store.counts()["organisations"] == 0
    # By default an unreadable amount or date loses the value, not the grant, and a funder
    # named on other rows but not this one keeps its grant too.
    report = run_import(store, "360giving", {"g.csv": flat.encode()})
    assert report.ok and report.written
    assert [str(w) for w in report.warnings] == [
        "g.csv:2:Amount Awarded: 'ten pounds' is not an amount; value dropped",
        "g.csv:3:Award Date: '31/02/2020' is not a real date; value dropped",
        "g.csv:4:Funding Org:Name: no funder name on this row: named 'Funder' as on g.csv row 2"]
    assert report.created["ties"] == 3 and store.counts()["organisations"] == 2
    report = run_import(store, "360giving", {"g.csv": b"Title,Amount Awarded\nx,1\n"})
    assert [str(e) for e in report.errors] == ["g.csv:1:Identifier: required column 'Identifier' is missing"]


@pytest.mark.parametrize("text, iso", [
    ("2021-01-01T00:00:00Z", "2021-01-01"), ("2020-09-09T00:00:00+00:00", "2020-09-09"),
    ("26/03/2001 00:00", "2001-03-26"), ("03/02/2005", "2005-02-03"), ("3-2-2005", "2005-02-03"),
    ("1 April 2014", "2014-04-01"), ("1st Apr 2014", "2014-04-01"), ("43831", "2020-01-01"), ("", ""),
    (datetime(2019, 5, 4, 13, 0), "2019-05-04")])
def test_mixed_date_formats(text, iso):
    assert parse_date(text) == iso


def test_unreadable_dates_are_refused_not_guessed():
    for text in ("13/13/2020", "next tuesday", "2020/31/01"):
        with pytest.raises(BadValue):
            parse_date(text)


def test_flat_column_titles_map_to_json_paths():
    assert flat_header_path("Recipient Org:Identifier") == ("recipientOrganization", 0, "id")
    assert flat_header_path("Recipient Org:0:Identifier") == ("recipientOrganization", 0, "id")
    assert flat_header_path("Beneficiary Location:1:Geographic Code") == ("beneficiaryLocation", 1, "geoCode")
    assert flat_header_path("Planned Dates:End Date") == ("plannedDates", 0, "endDate")
    assert flat_header_path("Last modified") is None


def test_recipient_merges_into_an_org_holding_its_registered_id(store, samples):
    store.upsert_organisations([Organisation("PM-AFTER", "After Adoption (Manchester)",
                                             registered_ids=("GB-CHC-1000888",))])
    report = run_import(store, "360giving", samples / "360giving" / "dulverton_trust_grants.json")
    assert report.ok
    assert {m["into"] for m in report.merged} == {"PM-AFTER"}
    assert store.get_organisation("GB-CHC-1000888") is None
    refs = sorted(t.ref for t, _ in store.neighbours("PM-AFTER"))
    assert refs == ["360G-dulverton-006D000000MJrJF", "360G-dulverton-006D000000MJrUw",
                    "360G-dulverton-006D000000QdPVl"]
    assert store.get_organisation("PM-AFTER").name == "After Adoption (Manchester)"   # not overwritten


def test_same_name_without_a_shared_registered_id_is_flagged_not_merged(store, samples):
    store.upsert_organisations([Organisation("PM-GLT", "Green Light Trust Ltd")])
    report = run_import(store, "360giving", samples / "360giving" / "dulverton_trust_grants.json")
    assert report.ok
    assert [(r["id"], r["similar_to"]) for r in report.review] == [("GB-CHC-1000977", "PM-GLT")]
    assert store.get_organisation("PM-GLT").registered_ids == ()
    assert store.get_organisation("GB-CHC-1000977") is not None
