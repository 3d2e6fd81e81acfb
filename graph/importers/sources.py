"""Reading input files the way people actually send them.

Inputs arrive as a path (a file or a folder) from the CLI, or as uploaded file objects
from the web data page. Either way they become named byte strings first, so every
importer sees one shape and reports errors against the file name the user knows.

Text encodings are detected (UTF-8, UTF-8 with BOM, UTF-16 with BOM, cp1252 from Excel
on Windows, then charset-normalizer's best guess), because registers and funders publish
in all of them and a mis-decoded name is worse than a clear error.
"""
from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterator, Mapping

from graph.importers.report import ImportReport

__all__ = ["InputFile", "InputError", "collect_inputs", "open_inputs", "decode_text", "read_table",
           "load_json", "cell_str", "MAX_FILE_BYTES"]

# Refuse files bigger than this rather than exhaust memory; a register extract is ~1 GB
# at most, and the web layer should cap uploads far lower.
MAX_FILE_BYTES = 2 * 1024 ** 3


class InputError(Exception):
    """An input that cannot be read at all (missing, unreadable, not text...)."""

    def __init__(self, file: str, reason: str, row: int = 0, field: str = ""):
        super().__init__(f"{file}:{row}:{field}: {reason}")
        self.file, self.row, self.field, self.reason = file, row, field, reason


@dataclass(frozen=True)
class InputFile:
    name: str      # the name errors are reported against (relative to the input folder)
    data: bytes


def collect_inputs(path_or_files) -> dict[str, InputFile]:
    """Named byte strings from a file path, a folder path, or a mapping of name -> file.

    A mapping's values may be bytes, str, or binary/text file-like objects (werkzeug's
    FileStorage works). A folder contributes its regular files, one level deep, so a
    `datapackage.json` folder or a register extract folder reads as one input.
    """
    if isinstance(path_or_files, Mapping):
        out = {}
        for name, value in path_or_files.items():
            base = os.path.basename(str(name)) or str(name)
            out[base] = InputFile(base, _as_bytes(base, value))
    else:
        path = Path(path_or_files)
        if not path.exists():
            raise InputError(str(path), "no such file or folder")
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            out = {p.name: InputFile(p.name, _read(p)) for p in files}
        else:
            out = {path.name: InputFile(path.name, _read(path))}
    for name in [n for n in out if n.lower().endswith(".zip")]:
        out.update(_unzip(out.pop(name)))
    return out


def open_inputs(fmt: str, path_or_files) -> tuple[ImportReport, dict[str, InputFile] | None]:
    """A new import's report (named after the path, or the uploaded files' names) and its
    inputs; None for the inputs when they cannot be read, the reason already reported."""
    report = ImportReport(format=fmt, source=str(path_or_files) if not isinstance(path_or_files, dict)
                          else ", ".join(sorted(path_or_files)))
    try:
        return report, collect_inputs(path_or_files)
    except InputError as e:
        report.error(e.file, e.row, e.field, e.reason)
        return report, None


def _unzip(f: InputFile) -> dict[str, InputFile]:
    """The files inside a ZIP (as our CSV export writes, or a register extract), checked
    against a declared-size limit first so a zip bomb is refused before it is inflated."""
    import zipfile
    try:
        z = zipfile.ZipFile(io.BytesIO(f.data))
    except zipfile.BadZipFile:
        raise InputError(f.name, "is not a readable ZIP file") from None
    with z:
        members = [i for i in z.infolist() if not i.is_dir() and not os.path.basename(i.filename).startswith(".")]
        if sum(i.file_size for i in members) > MAX_FILE_BYTES:
            raise InputError(f.name, f"unpacks to more than {MAX_FILE_BYTES // 1024 ** 2} MB")
        out = {}
        for i in members:
            base = os.path.basename(i.filename)
            try:
                out[base] = InputFile(base, z.read(i)[:MAX_FILE_BYTES + 1])
            except (zipfile.BadZipFile, OSError, EOFError) as e:
                raise InputError(f.name, f"cannot unpack {base}: {e}") from None
        return out


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(path.name, f"larger than {MAX_FILE_BYTES // 1024 ** 2} MB")
        return path.read_bytes()
    except OSError as e:
        raise InputError(path.name, f"cannot read: {e.strerror}") from None


def _as_bytes(name: str, value) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    if hasattr(value, "read"):
        data = value.read()
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    raise InputError(name, f"cannot read an input of type {type(value).__name__}")


def decode_text(f: InputFile, report: ImportReport | None = None) -> str:
    """The file's text, with the encoding detected and recorded in the report."""
    data = f.data
    encoding = None
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in data[:65536]:
        # UTF-16 without a BOM is vanishingly rare in open data; NULs mean a binary file.
        raise InputError(f.name, "is not a text file (it contains binary data)")
    if encoding is None:
        text = None
        for candidate in ("utf-8", "cp1252"):
            try:
                text, encoding = data.decode(candidate), candidate
                break
            except UnicodeDecodeError:
                continue
        if text is None:
            from charset_normalizer import from_bytes
            best = from_bytes(data).best()
            if best is None:
                raise InputError(f.name, "cannot tell which text encoding it uses")
            encoding = best.encoding
            text = str(best)
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            raise InputError(f.name, f"is not valid {encoding}: {e.reason} at byte {e.start}") from None
    if "\x00" in text:
        raise InputError(f.name, "is not a text file (it contains NUL characters)")
    if report is not None:
        report.encodings[f.name] = encoding
    return text


def read_table(f: InputFile, report: ImportReport, *, delimiter: str | None = None
               ) -> tuple[list[str], Iterator[tuple[int, dict]]]:
    """Header and (row number, {column: value}) records of a CSV, TSV or XLSX file.

    Row numbers are spreadsheet rows: the header is row 1. A malformed row (an unclosed
    quote, more or fewer values than the header, a field over the size limit) is reported
    against its row and skipped; reading goes on so one run lists every bad row.
    """
    if f.name.lower().endswith((".xlsx", ".xlsm")):
        return _read_xlsx(f, report)
    text = decode_text(f, report)
    if delimiter is None:
        delimiter = "\t" if f.name.lower().endswith((".tsv", ".txt")) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f.name, "is empty", 1) from None
    except csv.Error as e:
        raise InputError(f.name, f"malformed header: {e}", 1) from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    seen = set()
    for h in header:
        if h in seen and h:
            raise InputError(f.name, f"column {h!r} appears twice", 1, h)
        seen.add(h)
    return header, _csv_records(f.name, reader, header, report, text.endswith(("\n", "\r")))


def _csv_records(name, reader, header, report, ends_with_newline: bool) -> Iterator[tuple[int, dict]]:
    row = 1
    pending = None          # one record of look-ahead, to know which record is the last
    while True:
        try:
            values = next(reader)
            error = None
        except StopIteration:
            values, error = None, None
        except csv.Error as e:
            values, error = [], e
        if pending is not None:
            yield from _checked(name, pending[0], pending[1], header, report,
                                last=values is None and error is None and not ends_with_newline)
            pending = None
        if values is None and error is None:
            return
        row += 1
        if error is not None:
            reason = str(error)
            if "field larger than field limit" in reason:
                reason = f"a value is longer than {csv.field_size_limit():,} characters"
            elif "unexpected end of data" in reason:
                reason = "the file ends inside a quoted value (truncated file or unclosed quote)"
            report.error(name, row, "", f"malformed CSV: {reason}")
            if "unexpected end of data" in str(error):
                return
            continue
        if not values or all(not v.strip() for v in values):
            continue
        pending = (row, values)


def _checked(name, row, values, header, report, last: bool):
    width = len(header)
    if len(values) > width:
        report.error(name, row, "", f"row has {len(values)} values but the header has {width}")
        return
    if len(values) < width:
        if last:
            # A short final line with no line end is a file cut off mid-row.
            report.error(name, row, "", f"row has {len(values)} values but the header has {width} "
                                        "(the file looks truncated)")
            return
        # Spreadsheet tools often drop trailing empty cells; read them as empty.
        values = values + [""] * (width - len(values))
    yield row, dict(zip(header, values))


def _read_xlsx(f: InputFile, report: ImportReport):
    import zipfile

    from openpyxl import load_workbook
    try:
        wb = load_workbook(io.BytesIO(f.data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise InputError(f.name, f"is not a readable XLSX workbook ({e.__class__.__name__})") from None
    report.encodings[f.name] = "xlsx"
    ws = wb.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    try:
        header = [cell_str(h).strip() for h in next(rows)]
    except StopIteration:
        raise InputError(f.name, "is empty", 1) from None
    while header and not header[-1]:
        header.pop()

    def records():
        for i, values in enumerate(rows, start=2):
            values = list(values[:len(header)]) + [None] * (len(header) - len(values))
            if all(v is None or cell_str(v).strip() == "" for v in values):
                continue
            yield i, dict(zip(header, values))
        wb.close()
    return header, records()


def load_json(f: InputFile, report: ImportReport):
    """The parsed JSON document, or InputError naming the line of the syntax error."""
    text = decode_text(f, report)
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        what = "the file ends early (truncated?)" if _unbalanced(text) else e.msg
        raise InputError(f.name, f"not valid JSON: {what} (line {e.lineno}, column {e.colno})",
                         e.lineno) from None
    except RecursionError:
        raise InputError(f.name, "not valid JSON: nested too deeply") from None


def _unbalanced(text: str) -> bool:
    """True when the text ends inside a string or with brackets left open: a cut-off file
    rather than a typo in the middle. Only run after parsing has already failed."""
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
    return in_string or depth > 0


def cell_str(value) -> str:
    """A spreadsheet or JSON value as text: integral floats lose their '.0' (charity
    numbers read from XLSX arrive as 1070468.0), dates become ISO strings."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
