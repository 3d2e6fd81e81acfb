"""A real HSDS 1.x data package: Miami's 211 directory as exported by Open Referral's
open211-miami-data-api (tests/data/samples/hsds/miami_211_datapackage: the Salvation Army's
record, three of its services at their sites, and a service and site of a sub-provider the
export leaves out, byte for byte; contacts not copied)."""
from __future__ import annotations

import pytest

from graph.importers import run_import
from graph.importers.report import ImportReport
from graph.importers.sources import InputFile, read_table

MIAMI = "hsds/miami_211_datapackage"


def test_a_site_named_after_a_left_out_provider_lands_with_the_service_given_there(store, samples):
    """The export names each site after a sub-provider it does not export (2,568 of its 4,089
    locations). Before, each such site was reported skipped though a known organization's
    service is given there; only rows with no known organization at all are skipped now."""
    report = run_import(store, "hsds", samples / MIAMI)
    assert report.ok and report.written
    assert {o.id for o in store.read_all().organisations} == {"HSDS-149", "HSDS-3412", "HSDS-5134"}
    assert store.get_organisation("HSDS-149").name == "SALVATION ARMY"
    assert sorted((s.file, s.row) for s in report.skipped) == [("locations.csv", 5), ("services.csv", 5)]
    assert report.skipped_count == 2


def test_many_skip_reasons_are_listed_one_a_line_and_capped():
    """The whole Miami export skipped 3,462 rows, each reason naming its service: before,
    every reason went on the one 'skipped:' line (207,000 characters)."""
    report = ImportReport(format="hsds", source="miami.zip")
    for i in range(30):
        report.skip("services.csv", i + 2, f"service 'S{i}' names organization '{6000 + i}', which is not in the input")
    lines = report.summary_lines(limit=20)
    head = [ln for ln in lines if ln.startswith("  skipped:")]
    assert head == ["  skipped: 30 rows (30 distinct reasons)"]
    listed = [ln for ln in lines if ln.startswith("    1 service 'S")]
    assert len(listed) == 20 and max(map(len, lines)) < 200
    assert "    ... and 10 more reasons (see the report file)" in lines
    few = ImportReport(format="hsds", source="x")
    few.skip("services.csv", 2, "grant to an individual")
    assert "  skipped: 1 rows (1 grant to an individual)" in few.summary_lines()


def test_a_scout_council_and_a_vincent_de_paul_district_council_are_not_councils(store, samples):
    """Before, '... SOUTH FLORIDA COUNCIL' and '... NAPLES DISTRICT COUNCIL' read as local
    government by their names: movements whose branches are councils are voluntary."""
    run_import(store, "hsds", samples / MIAMI)
    assert store.get_organisation("HSDS-3412").sector == "vcse"
    assert store.get_organisation("HSDS-5134").sector == "vcse"


def test_text_mangled_by_the_wrong_encoding_is_read_as_written(samples):
    """The export's text passed through a console's code page: 'The Salvation ArmyGÇÖs Red
    Shield' for 'Army’s'. Read as the characters meant, with a warning at the row."""
    path = samples / MIAMI / "services.csv"
    report = ImportReport(format="hsds", source=str(path))
    header, rows = read_table(InputFile("services.csv", path.read_bytes()), report)
    text = {values["id"]: values["description"] for _, values in rows}
    assert "The Salvation Army’s Red Shield" in text["149"] and "GÇ" not in "".join(text.values())
    assert any(w.row == 2 and "'GÇÖ' is UTF-8 text decoded with the wrong encoding: read as '’'" in w.reason
               for w in report.warnings)


def test_escaped_line_breaks_in_a_description_are_line_breaks(store, samples):
    """Descriptions end '...self-worth.\\n\\n###MON###' in the file: two characters each."""
    run_import(store, "hsds", samples / MIAMI)
    description = store.get_organisation("HSDS-149").description
    assert "\\n" not in description and "\n\n" in description


@pytest.mark.parametrize("written, meant", [
    ("Caf\u00c3\u00a9", "Caf\u00e9"), ("Army\u00e2\u20ac\u2122s", "Army\u2019s"), ("\u00c2\u00a35", "\u00a35"),
    ("Army\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s", "Army\u2019s"),          # mangled twice
    ("CAF\u00c9\u2019S", "CAF\u00c9\u2019S"), ("Esm\u00e9e na\u00efve Zo\u00eb", "Esm\u00e9e na\u00efve Zo\u00eb")])
def test_only_text_mangled_by_the_wrong_encoding_changes(written, meant):
    page = InputFile("t.csv", f"name\n{written}\n".encode("utf-8"))
    header, rows = read_table(page, ImportReport(format="csv", source="t.csv"))
    assert [values["name"] for _, values in rows] == [meant]
