"""Page 8: CSV import with a row-by-row validation report, and exports."""
from __future__ import annotations

import io
import json

from tests.web.conftest import csrf_token

GOOD = ("id,name,sector,income,services,communities,places\n"
        "PM-NEWGROUP0001,Ashley Allotment Club,vcse,2500,environment.green_spaces,general_public,BRS:ashley\n")
BAD = ("id,name,sector,income,services,communities,places\n"
       "PM-NEWGROUP0002,Good Row Group,vcse,100,,,BRS:ashley\n"
       "PM-NEWGROUP0003,,vcse,100,,,BRS:ashley\n"
       "PM-NEWGROUP0004,Bad Sector,spaceships,100,,,BRS:ashley\n")


def _upload(client, text: str, name="organisations.csv", **form):
    data = {"kind": "csv", "file": (io.BytesIO(text.encode()), name), "csrf_token": csrf_token(client, "/data"), **form}
    return client.post("/data/import", data=data, content_type="multipart/form-data")


def test_valid_csv_is_imported(editor, store):
    r = _upload(editor, GOOD)
    assert r.status_code == 200, r.get_data(as_text=True)[:2000]
    assert "Import complete" in r.get_data(as_text=True)
    assert store.get_organisation("PM-NEWGROUP0001").name == "Ashley Allotment Club"


def test_the_banner_says_nothing_was_wrong_only_when_nothing_is_listed(editor, store):
    html = _upload(editor, GOOD).get_data(as_text=True)
    assert "nothing was wrong with any row" in html
    # A title line above the header: imported, with one warning listed under the banner.
    html = _upload(editor, "Our groups, 2024\n" + GOOD.replace("PM-NEWGROUP0001", "PM-NEWGROUP0009")).get_data(
        as_text=True)
    assert "Imported organisations.csv: 1 warning listed below." in html
    assert "nothing was wrong" not in html and store.get_organisation("PM-NEWGROUP0009") is not None


def test_invalid_rows_are_refused_and_reported_and_the_good_row_is_written(editor, store):
    before = store.counts()
    r = _upload(editor, BAD)
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "2 row problems: those rows were not imported" in html and 'id="validation-report"' in html
    assert "Every other row was imported" in html
    assert ">3<" in html and ">4<" in html          # spreadsheet rows of the two bad records
    assert "spaceships" in html
    assert store.get_organisation("PM-NEWGROUP0002") is not None    # a bad row costs only itself
    assert store.counts()["organisations"] == before["organisations"] + 1


def test_dry_run_writes_nothing(editor, store):
    r = _upload(editor, GOOD, dry_run="1")
    assert r.status_code == 200 and "Check passed" in r.get_data(as_text=True)
    assert store.get_organisation("PM-NEWGROUP0001") is None


def test_one_file_with_another_name_can_say_what_it_holds(editor, store):
    r = _upload(editor, GOOD, name="my groups.csv", contains="organisations.csv")
    assert r.status_code == 200
    assert store.get_organisation("PM-NEWGROUP0001") is not None


def test_viewers_cannot_import(viewer):
    assert _upload(viewer, GOOD).status_code == 403
    assert "Editors can import data" in viewer.get("/data").get_data(as_text=True)


def test_api_import_report(client, token, store):
    h = {"Authorization": f"Bearer {token}"}
    r = client.post("/api/import", data={"kind": "csv", "file": (io.BytesIO(BAD.encode()), "organisations.csv")},
                    headers=h, content_type="multipart/form-data")
    body = r.get_json()
    # The bad rows are refused and listed; the good one is written.
    assert r.status_code == 200 and body["report"]["ok"] is False and body["report"]["written"] is True
    assert {(e["row"], e["field"]) for e in body["report"]["errors"]} >= {(3, "name"), (4, "sector")}
    r = client.post("/api/import", data={"kind": "csv", "dry_run": "1",
                                         "file": (io.BytesIO(BAD.encode()), "organisations.csv")},
                    headers=h, content_type="multipart/form-data")
    body = r.get_json()
    assert r.status_code == 400 and body["ok"] is False and body["status"] == 400 and "nothing was written" in body["error"]
    r = client.post("/api/import", data={"kind": "csv", "file": (io.BytesIO(GOOD.encode()), "organisations.csv")},
                    headers=h, content_type="multipart/form-data")
    assert r.status_code == 200 and r.get_json()["report"]["written"] is True
    assert client.post("/api/import", data={"kind": "csv"}, headers=h).status_code == 400
    assert client.post("/api/import", data={"kind": "nope", "file": (io.BytesIO(b"x"), "a.csv")}, headers=h,
                       content_type="multipart/form-data").status_code == 400


def test_exports_download_in_each_format(viewer):
    formats = [f["value"] for f in viewer.get("/api/data").get_json()["export_formats"]]
    assert {"csv", "json", "graphml", "gexf", "kumu"} <= set(formats)
    r = viewer.get("/data/export?format=json")
    assert r.status_code == 200 and "attachment" in r.headers["Content-Disposition"]
    data = json.loads(r.data)
    assert len(data["organisations"]) == 8
    r = viewer.get("/api/export?format=graphml&place=BRS:easton")
    assert r.status_code == 200 and b"<graphml" in r.data and b"Easton Food Bank" in r.data and b"Avon Law" not in r.data
    assert viewer.get("/data/export?format=pdf").status_code == 400
    assert viewer.get("/data/export?format=json&place=NOWHERE").status_code == 404


def test_a_hostile_upload_is_a_400_with_the_row_error_not_a_500(client, token, store):
    """A workbook whose sheet XML breaks off after two rows (main: a ParseError traceback,
    a 500): the API's error shape with the file:row:field report, and nothing written."""
    import zipfile

    from openpyxl import Workbook
    wb = Workbook()
    wb.active.append(["Identifier", "Funding Org:Identifier", "Funding Org:Name", "Recipient Org:Name"])
    wb.active.append(["360G-1", "GB-CHC-1000001", "Funder", "Recipient"])
    good = io.BytesIO()
    wb.save(good)
    src, book = zipfile.ZipFile(io.BytesIO(good.getvalue())), io.BytesIO()
    with zipfile.ZipFile(book, "w") as z:
        for i in src.infolist():
            data = src.read(i)
            if i.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b'<row r="3"><c r="A3"><v>1</v></c><row')
            z.writestr(i.filename, data)
    before = store.counts()
    r = client.post("/api/import", data={"kind": "360giving", "file": (io.BytesIO(book.getvalue()), "grants.xlsx")},
                    headers={"Authorization": f"Bearer {token}"}, content_type="multipart/form-data")
    body = r.get_json()
    assert r.status_code == 400 and body["ok"] is False and body["status"] == 400, r.get_data(as_text=True)[:500]
    assert [(e["file"], e["row"], e["field"]) for e in body["report"]["errors"]] == [("grants.xlsx", 3, "")]
    assert body["report"]["errors"][0]["reason"] == "unreadable worksheet data (ParseError); reading stopped here"
    assert store.counts() == before


def test_api_imports_a_network_file(client, token, store):
    """The real etcgroups GraphML (tests/data/networks) uploaded through the API."""
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "data" / "networks" / "etcgroups_networks.gml"
    h = {"Authorization": f"Bearer {token}"}
    r = client.post("/api/import", data={"kind": "network", "file": (io.BytesIO(path.read_bytes()), path.name)},
                    headers=h, content_type="multipart/form-data")
    assert r.status_code == 200, r.get_json()
    report = r.get_json()["report"]
    assert report["written"] is True and report["created"]["organisations"] == 24
    assert store.get_organisation("0").name == "European Network Against Arms Trade"
    assert any("to itself" in w["reason"] for w in report["warnings"])


def test_the_data_page_offers_network_files(editor):
    assert 'value="network"' in editor.get("/data").get_data(as_text=True)


def test_the_file_picker_offers_every_formats_files(editor):
    """A browser hides files the input does not accept: a GraphML network, a 360Giving
    workbook or a register ZIP must be offered, not only CSV and JSON."""
    import re
    html = editor.get("/data").get_data(as_text=True)
    accept = set(re.search(r'id="file" name="file" type="file" multiple accept="([^"]+)"', html).group(1).split(","))
    assert {".csv", ".json", ".xlsx", ".graphml", ".gexf", ".gml", ".net", ".dl", ".zip"} <= accept


def test_a_file_of_another_format_uploaded_as_ours_says_which_format_to_choose(editor, store):
    """The data page's default format is partnermap CSV: a council's 360Giving download or an
    edge list uploaded under it was only 'no partnermap CSV files found'."""
    from pathlib import Path
    grants = Path(__file__).parents[1] / "data/samples/360giving/trafford_council_grants_sample.csv"
    r = _upload(editor, grants.read_text(encoding="utf-8-sig"), name="grants (3).csv")
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert ("grants (3).csv looks like 360Giving grants from its columns: choose that format and upload it "
            "again (on the command line: partnermap import 360giving grants (3).csv)") in html
    html = _upload(editor, "from;to;weight\nA;B;2\n", name="edges.csv").get_data(as_text=True)
    assert "edges.csv looks like a network (an edge list) from its columns" in html
    # Our own file under a wrong name gets no such hint.
    assert "looks like" not in _upload(editor, GOOD, name="orgs.csv").get_data(as_text=True)
