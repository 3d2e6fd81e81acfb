"""A web page saved in place of the data it links to. Trafford Data Lab's grants '.json'
(traffordDataLab/open_data @ 90d2b0a) was, for one commit, the 360Giving documentation's
HTML page; the sample is its first 12 lines, byte for byte. Before, the importer read the
page as a CSV table and said the column 'Identifier' was missing."""
from __future__ import annotations

import pytest

from graph.importers import run_import
from graph.importers.report import ImportReport
from graph.importers.sources import InputError, InputFile, read_table

PAGE = "360giving/trafford_grants_json_saved_as_web_page.json"


def test_a_web_page_is_refused_as_a_web_page(store, samples):
    report = run_import(store, "360giving", samples / PAGE)
    assert not report.written
    assert [(e.file, e.row) for e in report.errors] == [("trafford_grants_json_saved_as_web_page.json", 1)]
    assert "is a web page (HTML)" in report.errors[0].reason


def test_the_table_reader_refuses_a_web_page_whatever_its_name(samples):
    """The check is in the one table reader every importer's CSV goes through."""
    page = InputFile("register.csv", (samples / PAGE).read_bytes())
    with pytest.raises(InputError, match=r"is a web page \(HTML\)"):
        read_table(page, ImportReport(format="csv", source="register.csv"))


def test_a_table_whose_first_value_mentions_html_is_still_a_table(store, tmp_path):
    path = tmp_path / "grants.csv"
    path.write_text("Identifier,Funding Org:Identifier,Funding Org:Name,Recipient Org:Identifier,"
                    "Recipient Org:Name,Amount Awarded,Award Date\n"
                    "<html> course,GB-CHC-200051,Esmee Fairbairn Foundation,GB-CHC-1070468,Discover,100,2020-01-01\n",
                    encoding="utf-8")
    report = run_import(store, "360giving", path)
    assert report.ok and report.created["ties"] == 1
