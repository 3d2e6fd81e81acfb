"""Hostile and broken inputs: every one gives a clear file:row:field error (or is stored
as harmless data), and none leaves the store half-written."""
from __future__ import annotations

import shutil

import networkx as nx
import pytest

from graph.exporters import export
from graph.importers import run_import
from graph.model import Organisation


@pytest.fixture
def hostile(samples):
    return samples / "hostile"


def _as_orgs(tmp_path, source):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    shutil.copy(source, folder / "organisations.csv")
    return folder


def test_truncated_csv_names_the_cut_row_and_writes_nothing(store, tmp_path, hostile, canonical):
    store.upsert_organisations([Organisation("PM-KEEP", "Already here")])
    before = store.read_all()
    report = run_import(store, "csv", _as_orgs(tmp_path, hostile / "truncated_organisations.csv"))
    assert [str(e) for e in report.errors] == [
        "organisations.csv:3:: malformed CSV: the file ends inside a quoted value (truncated file or unclosed quote)"]
    assert canonical(store.read_all()) == canonical(before)


def test_short_last_line_without_newline_is_truncation(store):
    report = run_import(store, "csv", {"organisations.csv": b"id,name,description\nPM-1,One,d\nPM-2,Tw"})
    assert [str(e) for e in report.errors] == [
        "organisations.csv:3:: row has 2 values but the header has 3 (the file looks truncated)"]
    assert store.counts()["organisations"] == 0


def test_more_values_than_columns(store, tmp_path, hostile):
    report = run_import(store, "csv", _as_orgs(tmp_path, hostile / "extra_values.csv"))
    assert [str(e) for e in report.errors] == ["organisations.csv:2:: row has 4 values but the header has 3"]


def test_truncated_json(store, hostile):
    report = run_import(store, "360giving", hostile / "truncated_grants.json")
    assert len(report.errors) == 1
    e = report.errors[0]
    assert (e.file, e.row) == ("truncated_grants.json", 1)
    assert e.reason.startswith("not valid JSON: the file ends early (truncated?)")


def test_cp1252_is_detected_and_decoded(store, tmp_path, hostile):
    report = run_import(store, "csv", _as_orgs(tmp_path, hostile / "cp1252_organisations.csv"))
    assert report.ok and report.encodings == {"organisations.csv": "cp1252"}
    assert store.get_organisation("PM-1").name == "Café Côte – Community Group"


def test_utf8_bom_and_utf16_are_read(store):
    text = "id,name\nPM-1,Ysgol Gymraeg – Cymdeithas\n"
    assert run_import(store, "csv", {"organisations.csv": "\ufeff".encode() + text.encode()}).ok
    report = run_import(store, "csv", {"organisations.csv": text.encode("utf-16")})
    assert report.ok and report.encodings["organisations.csv"] == "utf-16"
    assert store.get_organisation("PM-1").name == "Ysgol Gymraeg – Cymdeithas"


def test_binary_file_is_refused(store, tmp_path, hostile):
    report = run_import(store, "csv", _as_orgs(tmp_path, hostile / "binary.csv"))
    assert [str(e) for e in report.errors] == [
        "organisations.csv:0:: is not a text file (it contains binary data)"]


def test_not_a_workbook(store):
    report = run_import(store, "360giving", {"grants.xlsx": b"this is not a zip file"})
    assert [e.reason for e in report.errors] == ["is not a readable XLSX workbook (BadZipFile)"]


def test_huge_field_is_an_error_for_its_row_only(store):
    text = "id,name,description\nPM-1,Big," + "A" * 200_000 + "\nPM-2,Small,ok\n"
    report = run_import(store, "csv", {"organisations.csv": text.encode()})
    assert [str(e) for e in report.errors] == [
        "organisations.csv:2:: malformed CSV: a value is longer than 131,072 characters"]
    report = run_import(store, "csv", {"organisations.csv": text.encode()}, skip_bad=True)
    assert [o.id for o in store.read_all().organisations] == ["PM-2"]
    long_desc = "id,name,description\nPM-3,Long," + "B" * 25_000 + "\n"
    report = run_import(store, "csv", {"organisations.csv": long_desc.encode()}, strict=True)
    assert [str(e) for e in report.errors] == ["organisations.csv:2:description: longer than 20,000 characters"]
    # By default an over-long optional value is dropped with a warning and the row kept.
    report = run_import(store, "csv", {"organisations.csv": long_desc.encode()})
    assert report.ok and [w.field for w in report.warnings] == ["description"]
    assert store.get_organisation("PM-3").description == ""


def test_cypher_and_sql_looking_names_are_just_data(store, fresh_store, tmp_path, hostile, canonical):
    store.upsert_organisations([Organisation("PM-SAFE", "Survivor")])
    report = run_import(store, "csv", _as_orgs(tmp_path, hostile / "cypher_names.csv"))
    assert report.ok
    assert store.get_organisation("PM-1").name == 'x"}) DETACH DELETE n //'
    assert store.get_organisation("PM-2").name == "'; DROP TABLE organisations; --"
    assert store.get_organisation("PM-SAFE") is not None and store.counts()["organisations"] == 3
    # They survive every export and the CSV round trip unchanged.
    export(store, "csv", tmp_path / "out")
    assert run_import(fresh_store, "csv", tmp_path / "out").ok
    assert canonical(fresh_store.read_all()) == canonical(store.read_all())
    export(store, "graphml", tmp_path / "g.graphml")
    assert nx.read_graphml(tmp_path / "g.graphml").nodes["PM-1"]["name"] == 'x"}) DETACH DELETE n //'


def test_control_characters_cannot_break_xml_exports(store, tmp_path):
    store.upsert_organisations([Organisation("PM-1", "Bell\x07 and form\x0cfeed")])
    for fmt in ("graphml", "gexf"):
        export(store, fmt, tmp_path / f"x.{fmt}")
    g = nx.read_graphml(tmp_path / "x.graphml")
    assert g.nodes["PM-1"]["name"] == "Bell\ufffd and form\ufffdfeed"
    assert nx.read_gexf(tmp_path / "x.gexf").nodes["PM-1"]["name"] == "Bell\ufffd and form\ufffdfeed"


def test_a_failing_store_write_leaves_the_store_as_it_was(store, tmp_path, canonical, monkeypatch):
    """The store's own transaction is the last line: if load fails part way, nothing lands."""
    store.upsert_organisations([Organisation("PM-KEEP", "Already here")])
    before = store.read_all()
    import sqlite3

    real_conn = store._conn()

    class Exploding:
        def __init__(self, conn):
            self._conn, self.calls = conn, 0

        def __getattr__(self, name):
            return getattr(self._conn, name)

        def executemany(self, sql, rows):
            self.calls += 1
            if "INSERT OR REPLACE INTO ties" in sql:
                raise sqlite3.OperationalError("disk I/O error (simulated)")
            return self._conn.executemany(sql, rows)

    monkeypatch.setattr(store, "_conn", lambda: Exploding(real_conn))
    files = {"organisations.csv": b"id,name\nPM-A,A\nPM-B,B\n",
             "ties.csv": b"from_id,to_id,kind\nPM-A,PM-B,partnership\n"}
    with pytest.raises(sqlite3.OperationalError):
        run_import(store, "csv", files)
    monkeypatch.undo()
    assert canonical(store.read_all()) == canonical(before)
