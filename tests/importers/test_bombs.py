"""Resource bombs: inputs that ask for far more memory or time than their size. Each is
refused at a named limit (graph.importers.limits) with the file and row, and the bombs
are built here, in memory, rather than shipped."""
from __future__ import annotations

import io
import os
import tracemalloc
import zipfile

import pytest

from graph.importers import limits, run_import
from graph.importers.report import ImportReport
from graph.importers.sources import InputFile, read_table

GRANT_HEADER = ("Identifier,Title,Amount Awarded,Award Date,Currency,Funding Org:Identifier,Funding Org:Name,"
                "Recipient Org:Identifier,Recipient Org:Name")
GRANT_ROW = "360G-x-1,t,100,2024-01-01,GBP,GB-CHC-1000001,Funder,GB-CHC-2000001,Recipient"


def _zip(members: dict[str, bytes | callable]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            if callable(data):
                with z.open(name, "w") as w:
                    for chunk in data():
                        w.write(chunk)
            else:
                z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("index", ["5000", "20000000", "9" * 5000])
def test_a_list_position_over_the_limit_is_a_header_error(store, index):
    title = f"Beneficiary Location:{index}:Geographic Code"
    text = f"{GRANT_HEADER},{title}\n{GRANT_ROW},E06000023\n"
    report = run_import(store, "360giving", {"grants.csv": text.encode()})
    assert len(report.errors) == 1
    e = report.errors[0]
    assert (e.file, e.row, e.field) == ("grants.csv", 1, title)
    assert e.reason.startswith("list position ") and e.reason.endswith("over the limit of 1,000 (MAX_LIST_INDEX)")
    assert store.counts()["organisations"] == 0


def test_list_positions_within_the_limit_still_work(store):
    text = f"{GRANT_HEADER},Beneficiary Location:3:Geographic Code\n{GRANT_ROW},E06000023\n"
    report = run_import(store, "360giving", {"grants.csv": text.encode()})
    assert report.ok, [str(e) for e in report.errors]


def test_a_zip_bomb_stops_at_the_unpack_ratio_while_inflating(store):
    """200 MB of blank lines deflate to ~200 KB; inflating stops at the ratio check, long
    before the member is in memory (main read all of it, and more)."""
    def blank_lines():
        yield b"id,name\n"
        for _ in range(200):
            yield b"\n" * (1 << 20)
    bomb = _zip({"organisations.csv": blank_lines})
    assert len(bomb) < 1_000_000
    tracemalloc.start()
    try:
        report = run_import(store, "csv", {"bomb.zip": bomb})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(e.file, e.row, e.field) for e in report.errors] == [("bomb.zip", 0, "organisations.csv")]
    assert "(MAX_UNPACK_RATIO)" in report.errors[0].reason and "decompression bomb" in report.errors[0].reason
    assert peak < 64 * 1024 ** 2, f"peak {peak / 1024 ** 2:.0f} MB while refusing a ZIP bomb"


def test_total_unpacked_bytes_are_counted_across_members(store, monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 3 * 1024 ** 2)
    noise = os.urandom(2 * 1024 ** 2)         # incompressible: no ratio to catch, only the total
    report = run_import(store, "csv", {"two.zip": _zip({"a.csv": noise, "organisations.csv": noise})})
    assert [str(e) for e in report.errors] == [
        "two.zip:0:organisations.csv: the total unpacked size (reached while unpacking organisations.csv): "
        "over the limit of 3,145,728 bytes (MAX_UNPACKED_BYTES)"]


def _xlsx(sheet: bytes | callable, dimension: str = "") -> bytes:
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    def sheet_xml():
        yield (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}>'
               + (f'<dimension ref="{dimension}"/>' if dimension else "") + "<sheetData>").encode()
        yield from (sheet() if callable(sheet) else [sheet])
        yield b"</sheetData></worksheet>"
    return _zip({
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>').encode(),
        "_rels/.rels": (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
                        f'.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
                        f'Target="xl/workbook.xml"/></Relationships>').encode(),
        "xl/workbook.xml": (f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets>'
                            f'<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>').encode(),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
            f'Target="worksheets/sheet1.xml"/></Relationships>').encode(),
        "xl/worksheets/sheet1.xml": sheet_xml,
    })


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def test_a_real_workbook_built_here_reads(store):
    """The hand-built workbook the bombs below start from is a valid one."""
    titles = GRANT_HEADER.split(",")
    values = GRANT_ROW.split(",")
    cols = "ABCDEFGHI"
    sheet = ('<row r="1">' + "".join(_cell(f"{c}1", t) for c, t in zip(cols, titles)) + "</row>"
             '<row r="2">' + "".join(_cell(f"{c}2", v) for c, v in zip(cols, values)) + "</row>").encode()
    report = run_import(store, "360giving", {"grants.xlsx": _xlsx(sheet)})
    assert report.ok, [str(e) for e in report.errors]
    assert report.created["ties"] == 1


def test_billion_laughs_in_a_workbook_is_refused_unexpanded(store):
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    laughs = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [' + entities + ']><worksheet '
              'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
              + _cell("A1", "&a9;") + "</row></sheetData></worksheet>").encode()
    book = _xlsx(b"")
    # Swap the sheet part for the laughing one.
    src, out = zipfile.ZipFile(io.BytesIO(book)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in src.infolist():
            z.writestr(i.filename, laughs if i.filename.endswith("sheet1.xml") else src.read(i))
    report = run_import(store, "360giving", {"laughs.xlsx": out.getvalue()})
    assert [str(e) for e in report.errors] == [
        "laughs.xlsx:0:xl/worksheets/sheet1.xml: xl/worksheets/sheet1.xml declares an XML DTD or entity, "
        "which workbooks never do (an entity-expansion attack?)"]


def test_a_workbook_that_claims_every_column_costs_only_the_header_columns(monkeypatch):
    """Rows with a cell in column XFD under a <dimension> of A1:XFD1048576: read as the
    header's two columns, not 16,384 padded blanks a row."""
    monkeypatch.setattr(limits, "MAX_CELLS_PER_FILE", 10_000)

    def rows():
        yield ('<row r="1">' + _cell("A1", "id") + _cell("B1", "name") + "</row>").encode()
        for r in range(2, 1002):
            yield (f'<row r="{r}">' + _cell(f"A{r}", f"PM-{r}") + _cell(f"B{r}", f"Org {r}")
                   + f'<c r="XFD{r}"><v>1</v></c></row>').encode()
    rep = ImportReport()
    header, records = read_table(InputFile("o.xlsx", _xlsx(rows, "A1:XFD1048576")), rep)
    assert header == ["id", "name"] and len(list(records)) == 1000 and rep.ok


def test_cells_per_file_stop_reading_with_the_row(store, monkeypatch):
    monkeypatch.setattr(limits, "MAX_CELLS_PER_FILE", 100)
    text = "id,name\n" + "".join(f"PM-{i},Org {i}\n" for i in range(60))
    report = run_import(store, "csv", {"organisations.csv": text.encode()})
    assert [str(e) for e in report.errors] == [
        "organisations.csv:52:: 102 cells read by this row; reading stopped here: over the limit of 100 cells "
        "(MAX_CELLS_PER_FILE)"]
    assert store.counts()["organisations"] == 0


def test_a_table_wider_than_the_column_limit_is_refused(store):
    columns = limits.MAX_COLUMNS + 1
    text = "id,name," + ",".join(f"c{i}" for i in range(columns - 2)) + "\nPM-1,One\n"
    report = run_import(store, "csv", {"organisations.csv": text.encode()})
    assert [str(e) for e in report.errors] == [
        f"organisations.csv:1:: the header has {columns:,} columns: over the limit of "
        f"{limits.MAX_COLUMNS:,} columns (MAX_COLUMNS)"]
    assert len(report.warnings) == 0


def test_the_report_keeps_a_bounded_number_of_issues_and_counts_the_rest(store, monkeypatch):
    monkeypatch.setattr(limits, "MAX_REPORT_ISSUES", 10)
    text = "id,name\n" + "".join(f"PM-{i},\n" for i in range(25))        # 25 rows without a name
    report = run_import(store, "csv", {"organisations.csv": text.encode()})
    assert not report.ok and len(report.errors) == 10 and report.error_count == 25
    out = report.to_dict()
    assert len(out["errors"]) == 10 and out["omitted"] == {"errors": 15} and out["counts"]["errors"] == 25
    assert "  errors: 25" in report.summary_lines()
    assert report.errors_csv().splitlines()[-1] == (
        'note,,,,15 more errors not listed: over the limit of 10 per report (MAX_REPORT_ISSUES)')


def test_skipped_counts_stay_exact_past_the_report_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_REPORT_ISSUES", 3)
    report = ImportReport()
    for row in range(2, 12):
        report.skip("g.csv", row, "grant to an individual")
    assert len(report.skipped) == 3 and report.skipped_count == 10
    assert report.to_dict()["skipped"]["count"] == 10
    assert report.skipped_by_reason() == {"grant to an individual": 10}
