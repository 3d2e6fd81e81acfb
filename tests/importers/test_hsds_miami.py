"""A real HSDS 1.x data package: Miami's 211 directory as exported by Open Referral's
open211-miami-data-api (tests/data/samples/hsds/miami_211_datapackage: the Salvation Army's
record, three of its services at their sites, and a service and site of a sub-provider the
export leaves out, byte for byte; contacts not copied)."""
from __future__ import annotations

from graph.importers import run_import
from graph.importers.report import ImportReport

MIAMI = "hsds/miami_211_datapackage"


def test_a_site_named_after_a_left_out_provider_lands_with_the_service_given_there(store, samples):
    """The export names each site after a sub-provider it does not export (2,568 of its 4,089
    locations). Before, each such site was reported skipped though a known organization's
    service is given there; only rows with no known organization at all are skipped now."""
    report = run_import(store, "hsds", samples / MIAMI)
    assert report.ok and report.written
    assert [o.id for o in store.read_all().organisations] == ["HSDS-149"]
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
