"""Fuzzing every importer's entry point: random bytes and mutated real samples must come
back as an ImportReport whose problems read file:row:field: reason, never as an exception
(which the web would turn into a 500)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.importers import run_import
from graph.importers.report import ImportReport, RowIssue
from graph.stores.embedded import EmbeddedStore

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"

# (format, the name the upload carries, a real sample of that shape to mutate)
TARGETS = [
    ("csv", "organisations.csv", b"id,name,places,income\nPM-1,One,,100\nPM-2,\"Two, Ltd\",,\n"),
    ("csv", "export.zip", None),
    ("360giving", "grants.json", (SAMPLES / "360giving" / "dulverton_trust_grants.json").read_bytes()),
    ("360giving", "grants.csv", (SAMPLES / "360giving" / "indigo_trust_grants.csv").read_bytes()[:3000]),
    ("360giving", "grants.xlsx", None),
    ("hsds", "organizations.csv", (SAMPLES / "hsds" / "hsds_data_tool" / "organizations.csv").read_bytes()[:3000]),
    ("hsds", "service.json", (SAMPLES / "hsds" / "hsds3_service_full.json").read_bytes()),
    ("ccew", "publicextract.charity.json",
     (SAMPLES / "registers" / "ccew_extract" / "publicextract.charity.json").read_bytes()),
    ("ccni", "register.csv", (SAMPLES / "registers" / "ccni_register_constructed.csv").read_bytes()),
    ("oscr", "register.csv", (SAMPLES / "registers" / "oscr_register_constructed.csv").read_bytes()),
]


def _workbook(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _sample(fmt: str, name: str, data: bytes | None) -> bytes:
    if name.endswith(".xlsx"):
        text = (SAMPLES / "360giving" / "indigo_trust_grants.csv").read_text(encoding="utf-8").splitlines()[:4]
        return _workbook([line.split(",") for line in text])
    if name.endswith(".zip"):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("organisations.csv", TARGETS[0][2])
            z.writestr("ties.csv", b"from_id,to_id,kind\nPM-1,PM-2,partnership\n")
        return out.getvalue()
    return data


SAMPLE_BYTES = {(fmt, name): _sample(fmt, name, data) for fmt, name, data in TARGETS}


@st.composite
def mutated(draw, base: bytes) -> bytes:
    """A real file, damaged the ways files get damaged: cut short, bytes changed, junk
    inserted, a slice repeated, or (for ZIP-based files) one member's text mangled."""
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cut", "flip", "insert", "repeat", "member"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if kind == "cut":
            del data[at:]
        elif kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=12) | st.sampled_from(
                [b"\x00", b"\xe9", b"\xef\xbb\xbf", "\u00b2".encode(), b'"', b"\n", b",,,", b"{", b"]", b"\xff\xfe"]))
        elif kind == "repeat":
            end = draw(st.integers(at, min(len(data), at + 64)))
            data[at:at] = data[at:end] * draw(st.integers(1, 5))
        elif kind == "member" and bytes(data[:4]) == b"PK\x03\x04":
            data = bytearray(_mangle_member(bytes(data), draw))
    return bytes(data)


def _mangle_member(archive: bytes, draw) -> bytes:
    try:
        src = zipfile.ZipFile(io.BytesIO(archive))
        members = [(i.filename, src.read(i)) for i in src.infolist()]
    except Exception:       # already damaged past reading: leave it so
        return archive
    if not members:
        return archive
    target = draw(st.integers(0, len(members) - 1))
    name, text = members[target]
    cut = draw(st.integers(0, len(text)))
    members[target] = (name, text[:cut] + draw(st.sampled_from(
        [b"", b"<", b"<c r=\"A99999999\"><v>1</v></c>", b"\x00", b"&amp", b"<row r=\"-1\"/>", b"</x>"])) + text[cut:])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, t in members:
            z.writestr(n, t)
    return out.getvalue()


def _inputs():
    return st.sampled_from(sorted(SAMPLE_BYTES)).flatmap(
        lambda key: st.tuples(st.just(key), st.binary(max_size=600) | mutated(SAMPLE_BYTES[key])))


def _assert_reported(report):
    assert isinstance(report, ImportReport)
    for issue in report.errors + report.warnings + report.skipped:
        assert isinstance(issue, RowIssue) and isinstance(issue.row, int) and issue.reason
        assert str(issue).startswith(f"{issue.file}:{issue.row}:{issue.field}: ")


def test_every_sample_reads_cleanly_before_mutation(tmp_path):
    """The fuzzing starts from files each importer accepts (so mutations reach deep)."""
    store = EmbeddedStore(tmp_path / "s.db")
    for (fmt, name), data in SAMPLE_BYTES.items():
        report = run_import(store, fmt, {name: data}, dry_run=True)
        _assert_reported(report)
        assert report.rows_read, (fmt, name, [str(e) for e in report.errors])
    store.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=_inputs())
def test_no_input_makes_an_importer_raise(tmp_path_factory, case):
    (fmt, name), data = case
    store = EmbeddedStore(tmp_path_factory.mktemp("fuzz") / "s.db")
    try:
        _assert_reported(run_import(store, fmt, {name: data}, dry_run=True))
    finally:
        store.close()


def _sheet_replaced(xml: bytes) -> bytes:
    src, out = zipfile.ZipFile(io.BytesIO(SAMPLE_BYTES[("360giving", "grants.xlsx")])), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for i in src.infolist():
            z.writestr(i.filename, xml if i.filename == "xl/worksheets/sheet1.xml" else src.read(i))
    return out.getvalue()


def test_known_hostile_files_are_row_errors(store):
    """The cases found by hand and by the fuzzer above, kept as plain regressions."""
    grants = ("Identifier,Funding Org:Identifier,Funding Org:Name,Recipient Org:Identifier,Recipient Org:Name,"
              "Beneficiary Location:\u00b2:Geographic Code\n360G-1,GB-CHC-1,F,GB-CHC-2,R,E06000023\n")
    for fmt, files in [
        ("360giving", {"grants.csv": grants.encode()}),
        ("360giving", {"grants.xlsx": SAMPLE_BYTES[("360giving", "grants.xlsx")][:500]}),
        ("360giving", {"grants.json": b'{"grants": [{"id": "360G-1", "amountAwarded": '}),
        ("csv", {"export.zip": SAMPLE_BYTES[("csv", "export.zip")][:-30]}),
        ("hsds", {"service.json": b"\x89PNG\r\n\x1a\n" + bytes(200)}),
        ("360giving", {"grants.xlsx": _sheet_replaced(b"<worksheet><sheetData><row r=\"1\"><c r=\"A1\"")}),
        ("360giving", {"grants.xlsx": _sheet_replaced(b"<worksheet><sheetData><row r=\"1\"><c r=\"A1\">"
                                                       b"<v>1</v></c></row><row r=\"x\"></sheetData></worksheet>")}),
    ]:
        _assert_reported(run_import(store, fmt, files))
