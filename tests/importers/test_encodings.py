"""Text that is mostly right: a UTF-8 file with a few bytes from another encoding, stray
NULs, BOMs and control characters. Each is repaired or flagged where it is, with a warning
naming the file and row, and never changes how the rest of the file is read."""
from __future__ import annotations

import json

import pytest

from graph.importers import run_import
from graph.importers.report import ImportReport
from graph.importers.sources import InputError, InputFile, decode_text, read_table


def test_one_stray_latin1_byte_leaves_the_rest_of_a_utf8_file_alone(store):
    data = ("id,name,description\n"
            "PM-1,Zoë's Café,\"two\nlines\"\n").encode() + b"PM-2,Caf\xe9 Bleu,x\n" + "PM-3,Ysgol – Ŵ,y\n".encode()
    report = run_import(store, "csv", {"organisations.csv": data})
    assert report.ok, [str(e) for e in report.errors]
    assert store.get_organisation("PM-1").name == "Zoë's Café"        # was "ZoÃ«'s CafÃ©" on main
    assert store.get_organisation("PM-2").name == "Café Bleu"
    assert store.get_organisation("PM-3").name == "Ysgol – Ŵ"
    # Row 3 of the spreadsheet is line 4 of the file (row 2 spans two lines).
    assert [str(w) for w in report.warnings] == [
        "organisations.csv:3:: 1 byte(s) that are not UTF-8 (E9) read as cp1252 'é'"]
    assert report.encodings["organisations.csv"] == "utf-8 (cp1252 on 1 line)"


def test_a_file_with_no_utf8_at_all_is_read_as_cp1252_without_warnings(store, samples):
    report = run_import(store, "csv", {"organisations.csv": (samples / "hostile" / "cp1252_organisations.csv")
                                       .read_bytes()})
    assert report.ok and report.warnings == [] and report.encodings == {"organisations.csv": "cp1252"}


def test_stray_nuls_are_removed_with_a_warning_not_a_refusal(store):
    report = run_import(store, "csv", {"organisations.csv": b"id,name\nPM-1,One\x00\nPM-2,T\x00wo\n"})
    assert report.ok, [str(e) for e in report.errors]
    assert [store.get_organisation(i).name for i in ("PM-1", "PM-2")] == ["One", "Two"]
    assert [str(w) for w in report.warnings] == ["organisations.csv:2:: removed 1 NUL character(s)",
                                                 "organisations.csv:3:: removed 1 NUL character(s)"]


def test_a_bom_in_the_middle_of_a_file_is_removed(store):
    """Two exports pasted together: the second file's BOM would glue itself to an id."""
    data = "\ufeffid,name\nPM-1,One\n\ufeffPM-2,Two\n".encode()
    report = run_import(store, "csv", {"organisations.csv": data})
    assert report.ok, [str(e) for e in report.errors]
    assert store.get_organisation("PM-2").name == "Two"
    assert [str(w) for w in report.warnings] == ["organisations.csv:3:: removed 1 byte order mark character(s)"]


def test_control_characters_are_kept_but_flagged(store):
    report = run_import(store, "csv", {"organisations.csv": b"id,name\nPM-1,Bell\x07 Ringers\n"})
    assert report.ok
    assert store.get_organisation("PM-1").name == "Bell\x07 Ringers"     # our CSV round-trips any text
    assert [str(w) for w in report.warnings] == [
        "organisations.csv:2:: 1 control character(s) (U+0007) kept as they are: check this row"]


def test_json_repairs_name_the_line():
    doc = json.dumps({"grants": [{"id": "360G-1", "title": "Zoë"}]}, ensure_ascii=False, indent=1)
    data = doc.encode().replace(b'"360G-1"', b'"360G-\xa31"')
    report = ImportReport()
    assert json.loads(decode_text(InputFile("g.json", data), report))["grants"][0]["id"] == "360G-£1"
    assert [str(w) for w in report.warnings] == [
        "g.json:4:: line 4: 1 byte(s) that are not UTF-8 (A3) read as cp1252 '£'"]


def test_binary_files_are_still_refused():
    with pytest.raises(InputError, match="is not a text file"):
        read_table(InputFile("x.csv", b"MZ\x90\x00" + bytes(60) + bytes(range(256)) * 4), ImportReport())
