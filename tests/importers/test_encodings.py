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


def test_c1_controls_are_read_as_the_windows_1252_text_they_stand_for(store):
    """Windows-1252 text converted as Latin-1 (the donations file's "Arts \x96 Culture"):
    in files from elsewhere each C1 control becomes its Windows-1252 character, noted
    against its line; the five bytes Windows-1252 leaves undefined stay, flagged."""
    data = "source,target\nArts \x96 Culture,\x93Quoted\x94 \x80 Trust\nOdd\x81 One,Arts \x96 Culture\n".encode()
    report = ImportReport()
    assert decode_text(InputFile("net.csv", data), report).splitlines()[1:] == [
        "Arts – Culture,“Quoted” € Trust", "Odd\x81 One,Arts – Culture"]
    assert [str(w) for w in report.warnings] == [
        "net.csv:2:: line 2: 1 C1 control character(s) (U+0096) read as the Windows-1252 text they stand for ('–')",
        "net.csv:2:: line 2: 1 C1 control character(s) (U+0093) read as the Windows-1252 text they stand for ('“')",
        "net.csv:2:: line 2: 1 C1 control character(s) (U+0094) read as the Windows-1252 text they stand for ('”')",
        "net.csv:2:: line 2: 1 C1 control character(s) (U+0080) read as the Windows-1252 text they stand for ('€')",
        "net.csv:3:: line 3: 1 C1 control character(s) (U+0096) read as the Windows-1252 text they stand for ('–')",
        "net.csv:3:: line 3: 1 control character(s) (U+0081) kept as they are: check this row"]
    assert run_import(store, "network", {"net.csv": data}).ok
    assert {o.name for o in store.read_all().organisations} == {"Arts – Culture", "“Quoted” € Trust", "Odd\x81 One"}


def test_our_own_csv_format_keeps_c1_controls_so_it_round_trips_any_text(store):
    report = run_import(store, "csv", {"organisations.csv": "id,name\nPM-1,Arts \x96 Culture\n".encode()})
    assert report.ok
    assert store.get_organisation("PM-1").name == "Arts \x96 Culture"
    assert [str(w) for w in report.warnings] == [
        "organisations.csv:2:: 1 control character(s) (U+0096) kept as they are: check this row"]


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
