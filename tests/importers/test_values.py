"""Real files as publishers write them: identifiers, placeholders, partial dates, blank
cells, and bad optional values that warn instead of refusing the file (issue 10 items 1, 2
and 7; issue 13 item 7)."""
from __future__ import annotations

import json

import pytest

from graph.importers import run_import
from graph.importers.identifiers import charity_ids, company_number, read_identifier
from graph.importers.report import ImportReport, group_issues
from graph.importers.values import BadValue, is_blank, parse_date
from graph.model import identifier_for_org_id, org_id_for_identifier

TRAFFORD = "360giving/trafford_council_grants_sample.csv"
FLAT_HEADER = ("Identifier,Title,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,"
               "Recipient Org:Charity Number,Recipient Org:Company Number,Recipient Org:Postal Code,"
               "Recipient Org:Web Address,Funding Org:Identifier,Funding Org:Name\n")


def _flat(*rows: str) -> dict:
    return {"grants.csv": (FLAT_HEADER + "".join(r + "\n" for r in rows)).encode("utf-8")}


def test_real_trafford_file_lands_whole_with_apostrophe_ids_kept(store, samples, canonical):
    # Real Trafford Council grants: recipient ids with apostrophes were refused before,
    # and with them the whole file (a women's group and an over-50s club among them).
    report = run_import(store, "360giving", samples / TRAFFORD)
    assert report.ok and report.written, [str(e) for e in report.errors]
    assert report.created["ties"] == 26 and report.created["organisations"] == 16
    published = "360G-trafford-pulling_together_asian_women's_group"
    org = store.get_organisation(org_id_for_identifier(published))
    assert org.name == "Pulling Together Asian Women's Group"
    assert identifier_for_org_id(org.id) == published          # the publisher's id, verbatim
    assert len([t for t, _ in store.neighbours(org.id)]) == 3
    before = store.read_all()
    again = run_import(store, "360giving", samples / TRAFFORD)
    assert again.ok and not again.written and again.unchanged["ties"] == 26
    assert canonical(store.read_all()) == canonical(before)


@pytest.mark.parametrize("published", [
    "GB-REV-1639/73", "360G-x-St Mary's, Leeds", "360G-x-Zoë & Friends", "360G-x-a\u00a0b", "360G-x-(a) #1"])
def test_any_identifier_gets_a_stable_reversible_internal_id(published):
    pid = read_identifier(published)
    assert pid is not None and pid.org_id == read_identifier(published).org_id
    assert identifier_for_org_id(pid.org_id) == pid.text
    assert org_id_for_identifier(pid.org_id) == pid.org_id      # exports re-import as themselves


def test_identifiers_normalised_for_matching():
    assert read_identifier("GB-CHC-\u00a0295701").org_id == "GB-CHC-295701"
    assert read_identifier("gb-chc-295701 \n").org_id == "GB-CHC-295701"      # no trailing newline kept
    assert read_identifier("GB-COH-1234567").registered == ("GB-COH-01234567",)
    assert read_identifier("GB-COH-SC12345").registered == ("GB-COH-SC012345",)
    assert company_number("1234567") == "01234567" and company_number("NI 12345") == "NI012345"
    assert company_number("OC301234") == "OC301234"
    assert charity_ids("1077265/1") == charity_ids("1077265-1") == ("GB-CHC-1077265", "GB-CHC-1077265-1")
    assert read_identifier("GB-CHC-1077265/1").org_id == "GB-CHC-1077265"


@pytest.mark.parametrize("placeholder", ["GB-COH-", "GB-CHC-", "GB-CHC-0", "GB-COH-00000000", "n/a", "NA", "N/A",
                                         "none", "null", "0", "-", "unknown", "", "  ", "360G-trafford-",
                                         # spreadsheet errors, x's typed over a number, words for "not yet"
                                         "#REF!", "#VALUE!", "#NAME?", "#DIV/0!", "#N/A", "XXXXXXX", "GB-CHC-xxxxxxx",
                                         "GB-COH-#REF!", "Pending", "Applied for", "N/K", "360G-trafford-pending"])
def test_placeholders_are_missing_ids(placeholder):
    assert read_identifier(placeholder) is None


def test_placeholder_ids_never_merge_two_recipients(store):
    report = run_import(store, "360giving", _flat(
        "G1,a,GBP,100,2020-01-01,GB-COH-,Alpha Group,,,LS1 1AA,,GB-LAE-LDS,Leeds",
        "G2,b,GBP,100,2020-01-01,GB-COH-,Beta Group,,,LS2 2BB,,GB-LAE-LDS,Leeds",
        "G3,c,GBP,100,2020-01-01,n/a,Gamma Group,,,,,GB-LAE-LDS,Leeds"))
    assert report.ok and report.created["organisations"] == 4
    names = sorted(o.name for o in store.read_all().organisations if o.id != "GB-LAE-LDS")
    assert names == ["Alpha Group", "Beta Group", "Gamma Group"]
    assert all(o.id.startswith("PM-") and o.registered_ids == () for o in store.read_all().organisations
               if o.id != "GB-LAE-LDS")
    # 'n/a' is a blank cell; a scheme prefix with no number is warned about, once per value.
    groups = group_issues(report.warnings)
    assert [(g["count"], g["reason"].split(" is a placeholder")[0]) for g in groups] == [(2, "'GB-COH-'")]


def test_spreadsheet_errors_and_pending_numbers_never_merge_two_recipients(store):
    report = run_import(store, "360giving", _flat(
        "G1,a,GBP,100,2020-01-01,#REF!,Alpha Group,,,LS1 1AA,,GB-LAE-LDS,Leeds",
        "G2,b,GBP,100,2020-01-01,#REF!,Beta Group,,,LS2 2BB,,GB-LAE-LDS,Leeds",
        "G3,c,GBP,100,2020-01-01,Pending,Gamma Group,,,,,GB-LAE-LDS,Leeds",
        "G4,d,GBP,100,2020-01-01,Pending,Delta Group,,,,,GB-LAE-LDS,Leeds"))
    assert report.ok and report.created["organisations"] == 5
    assert sorted(o.name for o in store.read_all().organisations if o.id != "GB-LAE-LDS") == [
        "Alpha Group", "Beta Group", "Delta Group", "Gamma Group"]


def test_company_numbers_padded_and_linked_charities_kept_with_their_main(store):
    report = run_import(store, "360giving", _flat(
        "G1,a,GBP,100,2020-01-01,GB-COH-1234567,Padded Ltd,,,,,GB-LAE-LDS,Leeds",
        "G2,b,GBP,100,2020-01-01,GB-COH-01234567,Padded Limited,,,,,GB-LAE-LDS,Leeds",
        "G3,c,GBP,100,2020-01-01,GB-CHC-1077265/1,Linked Trust,,,,,GB-LAE-LDS,Leeds",
        "G4,d,GBP,100,2020-01-01,GB-CHC-1077265,Main Charity,,,,,GB-LAE-LDS,Leeds",
        "G5,e,GBP,100,2020-01-01,360G-x-thing,Numbered,,1234567,,,GB-LAE-LDS,Leeds"))
    assert report.ok, [str(e) for e in report.errors]
    padded = store.get_organisation("GB-COH-01234567")
    assert padded is not None and store.get_organisation("GB-COH-1234567") is None
    # The company number column, padded too, meets the same company.
    assert {t.ref for t, _ in store.neighbours("GB-COH-01234567")} == {"G1", "G2", "G5"}
    main = store.get_organisation("GB-CHC-1077265")
    assert main.name == "Linked Trust" and main.registered_ids == ("GB-CHC-1077265", "GB-CHC-1077265-1")
    assert {t.ref for t, _ in store.neighbours("GB-CHC-1077265")} == {"G3", "G4"}


def test_dates_as_publishers_write_them_keep_their_precision(store):
    for text, iso in (("08/2013", "2013-08"), ("2013-08", "2013-08"), ("Aug 2013", "2013-08"),
                      ("August 2013", "2013-08"), ("2013", "2013"), ("26/03/2001 00:00", "2001-03-26")):
        assert parse_date(text) == iso
    for text in ("2024-01-01<script>", "2024-01-01T<b>", "13/2013", "2013-13"):
        with pytest.raises(BadValue):
            parse_date(text)
    report = run_import(store, "360giving", _flat(
        "G1,a,GBP,100,08/2013,GB-CHC-1000001,One,,,,,GB-LAE-LDS,Leeds",
        "G2,b,GBP,100,2014,GB-CHC-1000001,One,,,,,GB-LAE-LDS,Leeds",
        "G3,c,GBP,100,2024-01-01<script>,GB-CHC-1000001,One,,,,,GB-LAE-LDS,Leeds"))
    assert report.ok and report.created["ties"] == 3
    since = {t.ref: t.since for t in store.read_all().ties}
    assert since == {"G1": "2013-08", "G2": "2014", "G3": ""}
    assert [str(w) for w in report.warnings] == [
        "grants.csv:4:Award Date: '2024-01-01<script>' is not a date we can read (use YYYY-MM-DD or DD/MM/YYYY); "
        "value dropped"]


@pytest.mark.parametrize("blank", ["NA", "N/A", "n/a", "None", "null", "-", " NA "])
def test_na_cells_are_empty_in_every_csv_importer(store, blank):
    assert is_blank(blank)
    assert run_import(store, "360giving", _flat(
        f"G1,a,GBP,100,2020-01-01,GB-CHC-1000002,Two,{blank},{blank},{blank},{blank},GB-LAE-LDS,Leeds")).ok
    org = store.get_organisation("GB-CHC-1000002")
    assert (org.website, org.postcode, org.registered_ids) == ("", "", ("GB-CHC-1000002",))
    assert run_import(store, "csv", {"organisations.csv": f"id,name,description,website\nPM-9,Nine,{blank},{blank}\n"
                                     .encode()}).ok
    assert (store.get_organisation("PM-9").description, store.get_organisation("PM-9").website) == ("", "")
    assert run_import(store, "oscr", {"oscr.csv": f"Charity Number,Charity Name,Website,Postcode\n"
                                                  f"SC000001,Scot,{blank},{blank}\n".encode()}).ok
    assert store.get_organisation("GB-SC-SC000001").website == ""


def test_warnings_are_grouped_per_distinct_value_with_counts():
    report = ImportReport(format="csv", source="x")
    for row in range(2, 52):
        report.dropped("big.csv", row, "income", "'-280' is not a non-negative amount")
    report.dropped("big.csv", 60, "income", "'-5' is not a non-negative amount")
    groups = report.to_dict()["warning_groups"]
    assert [(g["count"], g["reason"]) for g in groups] == [
        (50, "'-280' is not a non-negative amount; value dropped"), (1, "'-5' is not a non-negative amount; value dropped")]
    assert [w["row"] for w in groups[0]["first"]] == [2, 3, 4, 5, 6]
    lines = report.summary_lines()
    assert "  warnings: 51 (2 distinct)" in lines
    assert "    big.csv:2:income: '-280' is not a non-negative amount; value dropped (and 49 more rows: 3, 4, 5, 6, ...)" \
        in lines


def test_a_tie_to_nothing_is_still_an_error(store):
    report = run_import(store, "csv", {"organisations.csv": b"id,name\nPM-1,One\n",
                                       "ties.csv": b"from_id,to_id,kind\nPM-1,n/a,partnership\n"})
    assert [str(e) for e in report.errors] == [
        "ties.csv:2:to_id: a tie must join two organisations: no id"]
    # The organisation is a good row: it lands; the tie to nothing does not.
    assert report.written and store.counts()["organisations"] == 1 and store.counts()["ties"] == 0


def test_cli_report_goes_beside_the_store_and_nothing_written_exits_1(invoke, samples, tmp_path):
    result = invoke("import", "360giving", samples / "360giving" / "recipient_individual_constructed.json", "--json")
    doc = json.loads(result.output)
    assert result.exit_code == 1 and not doc["written"]
    assert doc["wrote_nothing"] == ["1 × nothing imported: 1 of 1 rows skipped (grant to an individual)"]
    report_file = tmp_path / "import-reports"
    assert doc["report_file"].startswith(str(report_file)) and (report_file / doc["report_file"].split("/")[-1]).exists()
    assert not list(tmp_path.glob("*.errors.csv"))                 # not in the current folder
    result = invoke("import", "360giving", samples / TRAFFORD, "--report", tmp_path / "r.csv")
    assert result.exit_code == 0, result.output
    assert f"  report: {tmp_path / 'r.csv'}" in result.output
    assert (tmp_path / "r.csv").read_text().startswith("severity,file,row,field,reason")


def test_cli_strict_keeps_all_or_nothing(invoke, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "organisations.csv").write_text("id,name,income,lat,lon\nPM-1,One,-280,100,0\nPM-2,Two,5,,\n")
    strict = invoke("import", "csv", folder, "--strict", "--json")
    doc = json.loads(strict.output)
    assert strict.exit_code == 1 and not doc["written"] and [e["field"] for e in doc["errors"]] == ["income"]
    lenient = invoke("import", "csv", folder, "--json")
    doc = json.loads(lenient.output)
    assert lenient.exit_code == 0 and doc["written"] and doc["created"]["organisations"] == 2
    assert sorted((g["field"], g["count"]) for g in doc["warning_groups"]) == [("income", 1), ("lat", 1)]


def test_an_unpadded_company_number_already_stored_still_matches(store):
    from graph.model import Organisation

    store.upsert_organisations([Organisation("PM-OLD", "Old Record", registered_ids=("GB-COH-1234567",))])
    report = run_import(store, "360giving", _flat(
        "G1,a,GBP,100,2020-01-01,GB-COH-01234567,Old Record Ltd,,,,,GB-LAE-LDS,Leeds"))
    assert report.ok and [m["into"] for m in report.merged] == ["PM-OLD"]
    assert {t.to_id for t in store.read_all().ties} == {"PM-OLD"}


def test_a_recipient_with_an_identifier_but_no_name_keeps_its_grant(store):
    # Before, one nameless recipient was an error, and by default the whole file was refused.
    report = run_import(store, "360giving", _flat(
        "G1,a,GBP,100,2014,GB-CHC-1000001,,,,,,GB-LAE-LDS,Leeds",           # named on row 3
        "G2,b,GBP,100,2014,GB-CHC-1000001,Chapeltown Youth,,,,,GB-LAE-LDS,Leeds",
        "G3,c,GBP,100,2014,360G-x-solo,,,,,,GB-LAE-LDS,Leeds"))               # named nowhere
    assert report.ok and report.written and report.created["ties"] == 3, [str(e) for e in report.errors]
    assert store.get_organisation("GB-CHC-1000001").name == "Chapeltown Youth"
    assert store.get_organisation("360G-x-solo").name == "360G-x-solo"
    assert [str(w) for w in report.warnings] == [
        "grants.csv:2:Recipient Org:Name: no recipient name on this row: named 'Chapeltown Youth' as on grants.csv row 3",
        "grants.csv:4:Recipient Org:Name: no recipient name: listed under its identifier '360G-x-solo' until a file "
        "names it"]
    # A later file that names it replaces the identifier; one that names it nowhere keeps the stored name.
    assert run_import(store, "360giving", _flat("G4,d,GBP,5,2015,360G-x-solo,Solo Arts,,,,,GB-LAE-LDS,Leeds")).ok
    assert store.get_organisation("360G-x-solo").name == "Solo Arts"
    report = run_import(store, "360giving", _flat("G5,e,GBP,5,2016,360G-x-solo,,,,,,GB-LAE-LDS,Leeds"))
    assert report.ok and store.get_organisation("360G-x-solo").name == "Solo Arts"
    assert [w.reason for w in report.warnings] == ["no recipient name on this row: named 'Solo Arts' as stored"]


def test_a_recipient_with_neither_name_nor_identifier_is_still_an_error_and_strict_refuses_nameless(store):
    report = run_import(store, "360giving", _flat("G1,a,GBP,100,2014,GB-COH-,,,,,,GB-LAE-LDS,Leeds",   # a placeholder
                                                  "G2,b,GBP,100,2014,GB-CHC-1000002,Two,,,,,GB-LAE-LDS,Leeds"))
    assert [str(e) for e in report.errors] == [
        "grants.csv:2:Recipient Org:Name: the recipient organisation has no name (and no identifier to list it under)"]
    assert report.written and {t.ref for t in store.read_all().ties} == {"G2"}     # the good grant lands
    report = run_import(store, "360giving", _flat("G3,c,GBP,100,2014,GB-CHC-1000003,,,,,,GB-LAE-LDS,Leeds"),
                        strict=True)
    assert not report.written and [e.reason for e in report.errors] == ["the recipient organisation has no name"]
