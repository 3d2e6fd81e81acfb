"""`partnermap import need`: our need CSV and the real English Indices of Deprivation files,
rolled up to local authorities; bad rows named file:row:field and nothing half-written."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.importers import run_import
from graph.model import Need, Place

IOD = Path(__file__).resolve().parents[1] / "data" / "need"
DOMAINS = IOD / "iod2019_domains_lsoa_sample.csv"
IMD_ONLY = IOD / "iod2019_imd_lsoa_sample.csv"


def needs_of(store) -> dict:
    return {(n.place, n.target, n.code): n for n in store.snapshot().needs}


def test_real_iod_lsoa_file_rolls_up_to_local_authorities(store):
    report = run_import(store, "need", DOMAINS)
    assert report.ok and report.written, report.to_dict()["errors"]
    needs = needs_of(store)
    # counted by hand from the sample: 40 Trafford LSOAs, 5 of them in income decile 1,
    # 4 in health decile 1, 1 in barriers to housing decile 1; 6 City of London LSOAs,
    # 4 in barriers decile 1, none in income decile 1
    assert needs[("E08000009", "community", "low_income")].level == pytest.approx(5 / 40)
    assert needs[("E08000009", "service", "health")].level == pytest.approx(4 / 40)
    assert needs[("E08000009", "service", "housing")].level == pytest.approx(1 / 40)
    assert needs[("E09000001", "service", "housing")].level == pytest.approx(4 / 6)
    assert needs[("E09000001", "community", "low_income")].level == 0.0
    assert len(needs) == 14                       # 7 domains x 2 authorities; IMD left out (Income is there)
    source = needs[("E08000009", "service", "health")].source
    assert source.startswith("English Indices of Deprivation 2019; Health Deprivation and Disability")
    assert "(4 of 40 in this file)" in source and source.endswith("2019-09-26")
    places = {p.code: p for p in store.snapshot().places}
    assert places["E08000009"] == Place("E08000009", "Trafford", "local_authority")
    # again: nothing changes
    again = run_import(store, "need", DOMAINS)
    assert again.ok and not any(again.created.values()) and not any(again.updated.values())


def test_file_1_layout_with_thousands_separators_uses_the_imd_for_low_income(store):
    report = run_import(store, "need", IMD_ONLY)
    assert report.ok, report.to_dict()["errors"]
    needs = needs_of(store)
    assert list(needs) == [("E08000009", "community", "low_income")]
    assert "Index of Multiple Deprivation (IMD)" in needs[("E08000009", "community", "low_income")].source


def test_bad_iod_rows_are_named_and_strict_writes_nothing(store, tmp_path):
    lines = DOMAINS.read_text(encoding="utf-8-sig").splitlines()
    bad = lines[:3] + [lines[3].replace(",E08000009,", ",TRAFFORD,")]
    cells = lines[4].split(",")
    cells[7] = "11"                               # Income decile out of range
    bad.append(",".join(cells))
    path = tmp_path / "iod.csv"
    path.write_text("\n".join(bad) + "\n", encoding="utf-8")
    report = run_import(store, "need", path, strict=True)
    errors = [f"{e['file']}:{e['row']}:{e['field']}: {e['reason']}" for e in report.to_dict()["errors"]]
    assert errors == [
        "iod.csv:4:Local Authority District code (2019): 'TRAFFORD' is not a local authority code (e.g. E08000009)",
        "iod.csv:5:Income Decile (where 1 is most deprived 10% of LSOAs): '11' is not a whole number from 1 to 10"]
    assert not report.written and store.snapshot().needs == () and store.snapshot().places == ()
    report = run_import(store, "need", path)                     # by default the good LSOA rows land
    assert report.written and len(report.errors) == 2 and store.snapshot().needs != ()


def test_local_authority_summary_layout(store, tmp_path):
    path = tmp_path / "File_10_IMD_sheet.csv"
    path.write_text("Local Authority District code (2019),Local Authority District name (2019),"
                    "IMD - Average score ,Income - Proportion of LSOAs in most deprived 10% nationally ,"
                    "Crime - Proportion of LSOAs in most deprived 10% nationally\n"
                    "E08000009,Trafford,14.9,0.036,0.022\n", encoding="utf-8")
    report = run_import(store, "need", path)
    assert report.ok, report.to_dict()["errors"]
    needs = needs_of(store)
    assert needs[("E08000009", "community", "low_income")].level == pytest.approx(0.036)
    assert needs[("E08000009", "service", "safety")].level == pytest.approx(0.022)


def test_our_need_csv_and_its_errors(seeded_store, tmp_path):
    place = seeded_store.snapshot().places[0].code
    good = tmp_path / "need.csv"
    good.write_text("place,target,code,indicator,value,level,source,date\n"
                    f"{place},community,older_people,aged 65+ living alone (share),0.14,,ONS Census 2021,2021-03-21\n"
                    f"{place},service,advice.debt,households in problem debt per 1000,83,0.6,survey,2024-05-01\n",
                    encoding="utf-8")
    report = run_import(seeded_store, "need", good)
    assert report.ok, report.to_dict()["errors"]
    needs = needs_of(seeded_store)
    assert needs[(place, "community", "older_people")] == Need(
        place, "community", "older_people", 0.14, "ONS Census 2021; aged 65+ living alone (share) = 0.14; 2021-03-21")
    assert needs[(place, "service", "advice.debt")].level == 0.6

    bad = tmp_path / "bad.csv"
    bad.write_text("place,target,code,indicator,value,level,source,date\n"
                   f"{place},community,older_people,x,35.2,,s,\n"
                   f"{place},people,older_people,x,0.2,,s,\n"
                   f"NOWHERE,service,health,x,0.2,,s,\n"
                   f"{place},service,health,x,0.2,,s,31/12/2024\n"
                   f"{place},service,health,,0.2,,s,\n", encoding="utf-8")
    before = seeded_store.snapshot().needs
    report = run_import(seeded_store, "need", bad)
    errors = sorted(f"{e['file']}:{e['row']}:{e['field']}: {e['reason']}" for e in report.to_dict()["errors"])
    assert errors == sorted([
        "bad.csv:2:value: 35.2 is not a share between 0 and 1; give a level column (0 to 1) for values on "
        "another scale",
        "bad.csv:3:target: 'people' is not one of community, service",
        "bad.csv:4:place: unknown place 'NOWHERE'",
        "bad.csv:5:date: '31/12/2024' is not a date (YYYY-MM-DD)",
        "bad.csv:6:indicator: must not be empty"])
    assert not report.written and seeded_store.snapshot().needs == before


def test_a_file_that_is_neither_layout_is_refused_with_the_missing_column(store, tmp_path):
    path = tmp_path / "grants.csv"
    path.write_text("Identifier,Amount Awarded\nx,1\n", encoding="utf-8")
    report = run_import(store, "need", path)
    (error,) = report.to_dict()["errors"]
    assert error["row"] == 1 and error["field"] == "place"
    assert "not a need file" in error["reason"] and "Indices of Deprivation" in error["reason"]


def test_cli_import_need(invoke):
    out = invoke("import", "need", DOMAINS, "--json")
    data = json.loads(out.output)
    assert out.exit_code == 0 and data["ok"] and data["created"]["needs"] == 14
