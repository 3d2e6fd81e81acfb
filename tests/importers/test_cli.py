"""`partnermap import ...` and `partnermap export ...` through click's CliRunner."""
from __future__ import annotations

import json

import networkx as nx


def test_import_csv_with_errors_exits_1_and_writes_the_error_report(invoke, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "organisations.csv").write_text("id,name,sector\nPM-1,Good,vcse\nPM-2,Bad,charity\n")
    result = invoke("import", "csv", folder)
    # A bad row costs only itself: the good row is written, the bad one listed, exit 1.
    assert result.exit_code == 1
    assert "organisations.csv:3:sector: 'charity' is not one of" in result.output
    assert "csv import of" in result.output and ": wrote\n" in result.output and "created: 1 organisation\n" in result.output
    # The report goes beside the store (not the current folder) and the output says where.
    [report_file] = (tmp_path / "import-reports").glob("data-*.csv")
    assert f"  report: {report_file}" in result.output
    assert "error,organisations.csv,3,sector," in report_file.read_text()

    result = invoke("import", "csv", folder, "--json", "--skip-bad", "--errors-out", tmp_path / "e.csv")
    doc = json.loads(result.output)
    assert result.exit_code == 1 and doc["ok"] is False and doc["unchanged"]["organisations"] == 1
    assert doc["errors"] == [{"file": "organisations.csv", "row": 3, "field": "sector",
                              "reason": "'charity' is not one of vcse, statutory, private, academic, funder, faith"}]
    assert doc["errors_file"] == str(tmp_path / "e.csv")


def test_import_360giving_then_export_graphml_for_a_place(invoke, samples, tmp_path):
    result = invoke("import", "360giving", samples / "360giving" / "grantnav_uk_grant_location_fields.json", "--json")
    doc = json.loads(result.output)
    assert result.exit_code == 0 and doc["ok"] and doc["created"]["ties"] == 1
    assert doc["report_file"].startswith(str(tmp_path / "import-reports"))
    result = invoke("export", "graphml", tmp_path / "london.graphml", "--place", "E12000007", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["organisations"] == 1
    assert list(nx.read_graphml(tmp_path / "london.graphml").nodes) == ["GB-CHC-1168669"]
    result = invoke("export", "gexf", tmp_path / "x.gexf", "--place", "NOWHERE", "--json")
    assert result.exit_code == 1
    assert json.loads(result.output) == {"ok": False, "error": "unknown place 'NOWHERE'", "status": 400}


def test_register_import_and_csv_round_trip_via_cli(invoke, samples, tmp_path):
    result = invoke("import", "register", "ccew", samples / "registers" / "ccew_extract")
    assert result.exit_code == 0, result.output
    assert "skipped: 2 rows" in result.output
    assert invoke("export", "csv", tmp_path / "dump").exit_code == 0
    again = invoke("import", "csv", tmp_path / "dump", "--json")
    doc = json.loads(again.output)
    assert again.exit_code == 0 and doc["written"] is False and doc["unchanged"]["organisations"] == 3


def test_dry_run_and_hsds(invoke, samples):
    result = invoke("import", "hsds", samples / "hsds" / "hsds_data_tool", "--dry-run", "--json")
    doc = json.loads(result.output)
    assert result.exit_code == 0 and doc["dry_run"] and not doc["written"]
    assert doc["created"]["organisations"] == 2
    assert json.loads(invoke("import", "hsds", samples / "hsds" / "hsds_data_tool", "--json").output)["written"]


def test_import_that_lands_nothing_exits_1_and_says_why_per_reason(invoke, tmp_path):
    grants = tmp_path / "grants.csv"
    grants.write_text("Identifier,Amount Awarded,Award Date,Funding Org:Identifier,Funding Org:Name,"
                      "Recipient Org:Identifier,Recipient Org:Name,Recipient Ind:Identifier\n"
                      "G1,1,2020-01-01,GB-CHC-1,F,360G-f-IND-1,,\n"
                      "G2,1,2020-01-01,GB-CHC-1,F,,,\n"
                      "G3,1,2020-01-01,GB-CHC-1,F,,,IND-9\n")
    result = invoke("import", "360giving", grants)
    assert result.exit_code == 1
    assert "nothing imported: 2 of 3 rows skipped (grant to an individual)" in result.output
    assert "nothing imported: 1 of 3 rows skipped (no recipient organisation" in result.output
