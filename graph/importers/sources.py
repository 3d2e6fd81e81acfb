"""Reading input files the way people actually send them.

Inputs arrive as a path (a file or a folder) from the CLI, or as uploaded file objects
from the web data page. Either way they become named byte strings first, so every
importer sees one shape and reports errors against the file name the user knows.

Text encodings are detected (UTF-8, UTF-8 with BOM, UTF-16 with BOM, cp1252 from Excel
on Windows, then charset-normalizer's best guess), because registers and funders publish
in all of them and a mis-decoded name is worse than a clear error. A UTF-8 file with a
few stray bytes (a line pasted from a cp1252 file) keeps its UTF-8 and reads only those
bytes as cp1252, with a warning naming each row; C1 controls (U+0080-U+009F, the mark of
Windows-1252 text converted as if it were Latin-1) are read as the Windows-1252 characters
they stand for, with a warning; stray NULs are removed and other control characters flagged. ZIP and XLSX inputs are inflated under the limits in
graph.importers.limits, counted while reading, and never trusted by their declared sizes.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterator, Mapping

from graph.importers import limits
from graph.importers.limits import MAX_FILE_BYTES, over_limit
from graph.importers.report import ImportReport

__all__ = ["InputFile", "InputError", "collect_inputs", "open_inputs", "decode_text", "read_table", "sniff_delimiter",
           "best_delimiter", "delimiter_hint",
           "load_json", "cell_str", "MAX_FILE_BYTES"]


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
    """The files inside a ZIP (as our CSV export writes, or a register extract), inflated
    under the limits on total unpacked bytes and on the unpack ratio."""
    z = _open_zip(f, "ZIP file")
    with z:
        members = [i for i in z.infolist() if not i.is_dir() and not os.path.basename(i.filename).startswith(".")]
        budget = _UnpackBudget(f)
        out = {}
        for i in members:
            base = os.path.basename(i.filename)
            out[base] = InputFile(base, b"".join(_inflate(z, i, budget)))
        return out


def _open_zip(f: InputFile, what: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(f.data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError) as e:
        raise InputError(f.name, f"is not a readable {what} ({e.__class__.__name__})") from None


@dataclass
class _UnpackBudget:
    """Bytes inflated so far from one archive, checked against the limits as they grow."""
    archive: InputFile
    total: int = 0

    def spend(self, member: zipfile.ZipInfo, member_bytes: int, n: int) -> None:
        self.total += n
        name = self.archive.name
        if self.total > limits.MAX_UNPACKED_BYTES:
            raise InputError(name, over_limit(f"the total unpacked size (reached while unpacking "
                                              f"{member.filename})", "MAX_UNPACKED_BYTES", "bytes"),
                             0, member.filename)
        # The packed size a ZIP declares is a claim too; it cannot be more than the archive.
        packed = max(1, min(member.compress_size, len(self.archive.data)))
        if member_bytes > limits.UNPACK_RATIO_FROM_BYTES and member_bytes > limits.MAX_UNPACK_RATIO * packed:
            raise InputError(name, over_limit(f"the unpacked-to-packed size ratio of {member.filename}",
                                              "MAX_UNPACK_RATIO") + "; a decompression bomb?", 0, member.filename)


_UNPACK_CHUNK = 1024 ** 2


def _inflate(z: zipfile.ZipFile, member: zipfile.ZipInfo, budget: _UnpackBudget) -> Iterator[bytes]:
    """A member's bytes chunk by chunk, each chunk counted against the budget before the
    next is inflated, so a bomb stops at the limit whatever its directory says."""
    got = 0
    try:
        with z.open(member) as stream:
            while True:
                chunk = stream.read(_UNPACK_CHUNK)
                if not chunk:
                    return
                got += len(chunk)
                budget.spend(member, got, len(chunk))
                yield chunk
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError,
            NotImplementedError) as e:
        # RuntimeError: encrypted member; NotImplementedError: unsupported compression.
        raise InputError(budget.archive.name, f"cannot unpack {member.filename}: {e}", 0,
                         member.filename) from None


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


def decode_text(f: InputFile, report: ImportReport | None = None, *, repair_c1: bool = True) -> str:
    """The file's text, with the encoding detected and recorded in the report.

    Repairs (stray non-UTF-8 bytes read as cp1252, NULs and control characters removed)
    are reported as warnings against the line they were on; `read_table` reports them
    against spreadsheet rows instead.
    """
    decoded = _decode(f, repair_c1)
    if report is not None:
        report.encodings[f.name] = decoded.encoding
        for line, reason in decoded.repairs:
            report.warn(f.name, line, "", f"line {line}: {reason}")
    return decoded.text


@dataclass
class _Decoded:
    text: str
    encoding: str
    repairs: list[tuple[int, str]] = field(default_factory=list)   # (line number, what was done)


_BOM_UTF8 = b"\xef\xbb\xbf"
# NULs (no text format has them; csv refuses them), a BOM at the start of a line (two
# files pasted together, the second one's BOM now glued to its first value) and Ctrl-Z at
# the very end (the end-of-file mark old DOS and Windows tools append, which would read as
# a last row cut short) are removed.
_REMOVED = re.compile("\x00+|(?:^|(?<=[\r\n]))\ufeff+|\x1a+(?=[ \t\r\n\x00]*\\Z)")
# Other C0 and C1 controls are kept (our CSV format round-trips any text, and exports
# neutralise them) but flagged: in a name or a code they are almost always damage.
_FLAGGED_CONTROLS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
_C1 = re.compile("[\x80-\x9f]+")
_NOT_UTF8 = re.compile("[\udc80-\udcff]+")           # bytes kept by the surrogateescape handler
_UTF8_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")
_LINE_BREAK = re.compile("\r\n|\r|\n")               # as csv and io.StringIO(newline="") count lines


def _decode(f: InputFile, repair_c1: bool = True) -> _Decoded:
    data = f.data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _clean(data.decode("utf-16").lstrip("\ufeff"), "utf-16", [], repair_c1)
        except UnicodeDecodeError as e:
            raise InputError(f.name, f"is not valid utf-16: {e.reason} at byte {e.start}") from None
    bom = data.startswith(_BOM_UTF8)
    body = data[3:] if bom else data
    sample = body[:65536]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        try:
            return _clean(data.decode(utf16), f"{utf16} (no byte order mark)", [], repair_c1)
        except UnicodeDecodeError:
            pass            # not UTF-16 after all: the binary check below decides
    # A few stray NULs are removed below; many mean a binary file (or UTF-16 without a
    # BOM, which is vanishingly rare in open data). Other control bytes can be real text.
    if sample.count(b"\x00") > max(3, len(sample) // 100):
        raise InputError(f.name, "is not a text file (it contains binary data)")
    try:
        return _clean(body.decode("utf-8"), "utf-8-sig" if bom else "utf-8", [], repair_c1)
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", "surrogateescape")
    if not _UTF8_MULTIBYTE.search(text):
        # Not one UTF-8 multi-byte character: the whole file is in a single-byte encoding.
        return _legacy(f, body, repair_c1)
    # UTF-8 with stray bytes (a line pasted from a cp1252 file): only those bytes are
    # read as cp1252, and each line that had them is reported.
    repairs, line, pos = [], 1, 0
    for m in _NOT_UTF8.finditer(text):
        line += len(_LINE_BREAK.findall(text, pos, m.start()))
        pos = m.start()
        raw = m.group().encode("utf-8", "surrogateescape")
        read_as = raw.decode("cp1252", "replace")
        repairs.append((line, f"{len(raw)} byte(s) that are not UTF-8 ({raw.hex(' ').upper()}) read as "
                              f"cp1252 {read_as!r}"))
    text = _NOT_UTF8.sub(lambda m: m.group().encode("utf-8", "surrogateescape").decode("cp1252", "replace"),
                         text)
    lines = len({line for line, _ in repairs})
    return _clean(text, f"utf-8 (cp1252 on {lines} line{'s' if lines != 1 else ''})", repairs, repair_c1)


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes read as UTF-16 text saved without a byte
    order mark (some exporters and "Unicode text" conversions do): mostly Latin text then
    has a NUL in nearly every other byte, on the same side, and almost none on the other."""
    half = len(sample) // 2
    if half < 8:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd >= 0.8 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.8 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def _legacy(f: InputFile, body: bytes, repair_c1: bool = True) -> _Decoded:
    try:
        return _clean(body.decode("cp1252"), "cp1252", [], repair_c1)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(body).best()
    if best is None:
        raise InputError(f.name, "cannot tell which text encoding it uses")
    return _clean(str(best), best.encoding, [], repair_c1)


def _cp1252_of_c1(c: str) -> str:
    """The Windows-1252 character a C1 control stands for, or the control itself where
    Windows-1252 leaves that byte undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)."""
    try:
        return bytes([ord(c)]).decode("cp1252")
    except UnicodeDecodeError:
        return c


def _repair_c1(text: str, repairs: list[tuple[int, str]]) -> str:
    """C1 controls (U+0080-U+009F) read as the Windows-1252 text they stand for.

    Why: no text uses them, and they are the mark of text converted from Windows-1252 as if
    it were Latin-1 (a spreadsheet's en dash, curly quote or euro sign saved through a
    tool that got the encoding wrong): U+0096 in "Arts \x96 Culture" is the en dash of
    "Arts – Culture". Each repair is noted against its line."""
    if not _C1.search(text):
        return text
    line, pos = 1, 0
    for m in _C1.finditer(text):
        line += len(_LINE_BREAK.findall(text, pos, m.start()))
        pos = m.start()
        fixed = "".join(_cp1252_of_c1(c) for c in m.group())
        if fixed != m.group():
            names = ", ".join(dict.fromkeys(_control_name(c) for c in m.group()))
            repairs.append((line, f"{len(m.group())} C1 control character(s) ({names}) read as the Windows-1252 "
                                  f"text they stand for ({fixed!r})"))
    return _C1.sub(lambda m: "".join(_cp1252_of_c1(c) for c in m.group()), text)


# UTF-8 text that some tool decoded as Windows-1252 (or the console code page 437) and saved
# again as UTF-8: 'CafÃ©' for 'Café', 'ArmyÃ¢â‚¬â„¢s' / 'Armyâ€™s' for 'Army’s', and the console's
# 'ArmyGÇÖs' (its 'Γ' folded to 'G'). A UTF-8 lead character followed by as many
# continuation characters as it announces is such a sequence; real text almost never has one.
_CONT = "".join(sorted(set(bytes(range(0x80, 0xC0)).decode("cp1252", "ignore"))))
_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{re.escape(_CONT)}]|[\u00e0-\u00ef][{re.escape(_CONT)}]{{2}}|"
                       f"[\u00f0-\u00f4][{re.escape(_CONT)}]{{3}}|GÇ[{re.escape(bytes(range(0x80, 0xC0)).decode('cp437'))}]")


# What mis-decoded text stood for, in practice: Latin letters, Greek, Cyrillic, punctuation,
# currency and letter-like symbols. Anything else ('CAFÉ’S' would give U+0252, an IPA letter)
# is real text that only looks like such a sequence, and is left alone.
_PLAUSIBLE = ((0x00A0, 0x024F), (0x0370, 0x04FF), (0x2000, 0x20CF), (0x2100, 0x214F))


def _unmangled(m: re.Match) -> str:
    bad = m.group()
    try:
        if bad.startswith("GÇ"):
            good = (b"\xe2\x80" + bad[2].encode("cp437")).decode("utf-8")
        else:
            good = bad.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return bad
    return good if any(lo <= ord(good) <= hi for lo, hi in _PLAUSIBLE) else bad


def _repair_mojibake(text: str, repairs: list[tuple[int, str]]) -> str:
    """Mis-decoded UTF-8 sequences read as the characters they encode, each noted against its line."""
    if not _MOJIBAKE.search(text):
        return text
    line, pos = 1, 0
    for m in _MOJIBAKE.finditer(text):
        fixed = _unmangled(m)
        if fixed != m.group():
            line += len(_LINE_BREAK.findall(text, pos, m.start()))
            pos = m.start()
            repairs.append((line, f"{m.group()!r} is UTF-8 text decoded with the wrong encoding: read as {fixed!r}"))
    for _ in range(3):          # text mangled twice ('Ã¢â‚¬â„¢') comes right in two passes
        text, before = _MOJIBAKE.sub(_unmangled, text), text
        if text == before:
            break
    return text


def _clean(text: str, encoding: str, repairs: list[tuple[int, str]], repair_c1: bool = True) -> _Decoded:
    """Remove NULs and stray BOMs, read C1 controls as Windows-1252 (unless `repair_c1` is
    False: our own CSV format, which round-trips any text) and flag other control
    characters, noting the line of each."""
    if repair_c1:
        text = _repair_mojibake(_repair_c1(text, repairs), repairs)
    for pattern, what in ((_REMOVED, "removed {n} {names} character(s)"),
                          (_FLAGGED_CONTROLS, "{n} control character(s) ({names}) kept as they are: "
                                              "check this row")):
        if not pattern.search(text):
            continue
        line, pos = 1, 0
        for m in pattern.finditer(text):
            line += len(_LINE_BREAK.findall(text, pos, m.start()))
            pos = m.start()
            names = ", ".join(dict.fromkeys(_control_name(c) for c in m.group()))
            repairs.append((line, what.format(n=len(m.group()), names=names)))
        if pattern is _REMOVED:
            text = pattern.sub("", text)
    repairs.sort(key=lambda r: r[0])
    return _Decoded(text, encoding, repairs)


def _control_name(c: str) -> str:
    return {"\x00": "NUL", "\ufeff": "byte order mark", "\x1a": "end-of-file mark (Ctrl-Z, U+001A)"}.get(
        c, f"U+{ord(c):04X}")


_WEB_PAGE = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE | re.DOTALL)


def read_table(f: InputFile, report: ImportReport, *, delimiter: str | None = None, repair_c1: bool = True
               ) -> tuple[list[str], Iterator[tuple[int, dict]]]:
    """Header and (row number, {column: value}) records of a CSV, TSV or XLSX file.

    Row numbers are the file's rows as a spreadsheet numbers them: the header is row 1,
    unless lines come before it. A workbook is told by its content, whatever its name. The
    delimiter, unless given, is read from the file (`sniff_delimiter`): comma, tab,
    semicolon or pipe. Excel's `sep=;` first line names it. Rows above the header that
    hold at most one value (a title, a note, a blank line) are skipped with a warning.
    A malformed row (an unclosed quote, more or fewer values than the header, a field over
    the size limit) is reported against its row and skipped; reading goes on so one run
    lists every bad row. A table over limits.MAX_COLUMNS is refused; reading stops, with an
    error naming the row, at limits.MAX_CELLS_PER_FILE.
    """
    if f.name.lower().endswith((".xlsx", ".xlsm")) or _looks_like_workbook(f.data):
        return _read_xlsx(f, report)
    decoded = _decode(f, repair_c1)
    report.encodings[f.name] = decoded.encoding
    text = decoded.text
    if _WEB_PAGE.match(text[:1024]):
        # A page saved in place of the data it links to (Trafford's grants '.json' was, for a
        # while, the 360Giving documentation's HTML): its tags are no table's header.
        raise InputError(f.name, "is a web page (HTML), not a data file: save the file the page links to", 1)
    hint = delimiter_hint(text)
    if delimiter is None:
        delimiter = sniff_delimiter(text[:65536], f.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                        **_padded_quotes_dialect(f.name, text, delimiter, report))
    repairs = _RepairsByRow(f.name, report, decoded.repairs)
    above = _rows_above_header(text[:65536], delimiter, skip_first=bool(hint))
    try:
        for row in range(1, above + 1):
            values = next(reader)
            repairs.report_up_to(reader.line_num, row)
            if row > 1 or not hint:
                _warn_title(report, f.name, row, values)
        header = next(reader)
    except StopIteration:
        raise InputError(f.name, "is empty", 1) from None
    except csv.Error as e:
        raise InputError(f.name, f"malformed header: {e}", above + 1) from None
    header_row = above + 1
    repairs.report_up_to(reader.line_num, header_row)
    _check_width(f.name, len(header))
    columns = _Columns(f.name, [h.strip().lstrip("\ufeff") for h in header], header_row, report)
    return columns.titles, _csv_records(f.name, reader, columns, report, text.endswith(("\n", "\r")), repairs,
                                        header_row)


class _Columns:
    """A table's column titles, which may repeat: an export that appends a column again
    (a second "Amount Awarded"), or one title per item of a list. A repeated title is
    warned once at the header. Each row reads its first non-blank value under that title;
    a different value in a later column of the same title is warned at its row and field.
    (Refusing the file, as before, lost every good row; letting the last column win, as a
    dict does, silently dropped filled values for blank ones.)"""

    def __init__(self, name: str, header: list[str], header_row: int, report: ImportReport):
        self.name, self.header = name, header
        self.titles = list(dict.fromkeys(header))
        positions: dict[str, list[int]] = {}
        for i, title in enumerate(header):
            positions.setdefault(title, []).append(i)
        self.repeated = {t: p for t, p in positions.items() if t and len(p) > 1}
        for title, at in self.repeated.items():
            report.warn(name, header_row, title,
                        f"column {title!r} appears {len(at)} times (columns {', '.join(str(i + 1) for i in at)}): "
                        "each row's first non-blank value under it is read")

    def record(self, row: int, values: list, report: ImportReport) -> dict:
        record = dict(zip(self.header, values))
        for title, at in self.repeated.items():
            filled = [values[i] for i in at if i < len(values) and not _blank_cell(values[i])]
            if not filled:
                continue
            record[title] = first = filled[0]
            other = next((v for v in filled[1:] if cell_str(v).strip() != cell_str(first).strip()), None)
            if other is not None:
                report.warn(self.name, row, title, f"{cell_str(other)!r} in a later {title!r} column differs from "
                                                   f"{cell_str(first)!r}, the value read; it is ignored")
        return record


def _blank_cell(value) -> bool:
    return value is None or _blank(cell_str(value))


def _padded_quotes_dialect(name: str, text: str, delimiter: str, report: ImportReport) -> dict:
    """How to read quoted values padded with spaces (`a, "b, c"` or `"a" ,b`), as hand-made
    files and some exporters write them. Read strictly, the first splits "b, c" in two
    (the row then has a value too many) and the second is a syntax error: both cost the
    row. Such a file is read with the spaces before a quote skipped and, where a closing
    quote is followed by spaces, leniently (a value then ends at the delimiter). Other
    files are read strictly: a file that ends inside a quoted value stays an error."""
    d = re.escape(delimiter)
    # Cheap first look; text inside quoted values ("baskets, ") can match it too, so a
    # strict read of the file confirms where the padding really is.
    if not re.search(rf'(?:^|{d})[ ]+"|"[ ]+(?:{d}|\r|\n|\Z)', text, re.MULTILINE):
        return {"strict": True}
    before, after, line = False, False, 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while not (before and after):
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            if "expected after" not in str(e):
                break           # reported where the file is read
            after, line = True, line or reader.line_num
            continue
        if any(v[:1] == " " and v.lstrip(" ")[:1] == '"' for v in values):
            before, line = True, line or reader.line_num
    if not before and not after:
        return {"strict": True}
    report.warn(name, line, "", f"line {line}: quoted values padded with spaces around their quotes; "
                                "the file is read without the padding")
    return {"strict": not after, "skipinitialspace": before}


# Excel's first-line hint naming a CSV file's delimiter ("sep=;"), which Excel writes and
# reads in regions where the comma is the decimal mark.
_SEP_HINT = re.compile(r"sep=([,;\t|])[ \t]*(?:\r\n|\r|\n)", re.IGNORECASE)
_DELIMITERS = (",", "\t", ";", "|")
_HEADER_SEARCH_ROWS = 20   # how far down a title or notes above the header are looked for


def _looks_like_workbook(data: bytes) -> bool:
    """A ZIP whose first part is an Office Open XML one: a workbook sent under a .csv name."""
    return data.startswith(b"PK\x03\x04") and any(part in data[:1024] for part in (b"[Content_Types].xml", b"xl/",
                                                                                   b"_rels/", b"docProps/"))


def _record_widths(text: str, delimiter: str) -> list[int]:
    """How many values each of the first records holds, read as CSV with `delimiter` (a
    quoted value may run over several lines; a sample cut inside one ends the list)."""
    widths = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for values in reader:
            widths.append(len(values))
            if len(widths) > _HEADER_SEARCH_ROWS + 5:
                break
    except csv.Error:
        pass
    return widths


def delimiter_hint(text: str) -> str | None:
    """The delimiter Excel's `sep=;` first line names, if the text starts with one."""
    hint = _SEP_HINT.match(text)
    return hint.group(1) if hint else None


def best_delimiter(text: str, order=_DELIMITERS) -> str | None:
    """Of the delimiters in `order`, the one that splits the most of the first records into
    the same number (above one) of values; on a tie, the earlier in `order`. None when none
    splits any record. A title line, or a description full of commas in a
    semicolon-separated file, splits differently from the rest, so it does not decide."""
    best, best_score = None, (0, 0)
    for d in order:
        if d not in text:
            continue
        widths = [w for w in _record_widths(text, d) if w > 1]
        if not widths:
            continue
        mode = max(set(widths), key=lambda w: (widths.count(w), w))
        score = (widths.count(mode), mode)
        if score > best_score:
            best, best_score = d, score
    return best


def sniff_delimiter(text: str, name: str = "") -> str:
    """The delimiter of a table: the one a `sep=` first line names, else `best_delimiter`'s,
    else tab for a .tsv or .txt file and the comma otherwise (also preferred on a tie)."""
    default = "\t" if name.lower().endswith((".tsv", ".txt")) else ","
    return (delimiter_hint(text) or best_delimiter(text, sorted(_DELIMITERS, key=lambda d: d != default))
            or default)


def _rows_above_header(text: str, delimiter: str, skip_first: bool = False) -> int:
    """How many rows come before the header: a `sep=` hint line, then a title, notes or
    blank lines (see `_header_index`)."""
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for values in reader:
            rows.append(sum(1 for v in values if v.strip()))
            if len(rows) > _HEADER_SEARCH_ROWS:
                break
    except csv.Error:
        pass
    return _header_index(rows, 1 if skip_first else 0)


def _header_index(rows: list[int], start: int = 0) -> int:
    """Index of the header among the first rows, from each row's count of non-empty
    values. Rows from `start` are skipped while they hold at most one value (a title, a
    note, a blank line), or two (a title with a comma in it) where the fullest row holds
    six or more. Only a table with a row of three values or more is searched: a one- or
    two-column table keeps its first row as the header."""
    fullest = max(rows[start:], default=0)
    if fullest < 3:
        return start
    i = start
    while i < len(rows) - 1 and (rows[i] <= 1 or (rows[i] == 2 and fullest >= 6)):
        i += 1
    return i if rows[i] >= 2 else start


def _warn_title(report: ImportReport, name: str, row: int, values: list[str]) -> None:
    """Report a non-blank row above the header as skipped: a title or a note."""
    text = " ".join(v.strip() for v in values if v.strip())
    if text:
        text = text if len(text) <= 60 else text[:57] + "..."
        report.warn(name, row, "", f"{text!r} read as a title or note above the table, not as its header or a record")


def _check_width(name: str, columns: int) -> None:
    if columns > limits.MAX_COLUMNS:
        raise InputError(name, over_limit(f"the header has {columns:,} columns", "MAX_COLUMNS", "columns"), 1)


class _RepairsByRow:
    """Warnings for text repairs, moved from physical lines to the spreadsheet row that
    holds them (a quoted value can span lines, so the two differ)."""

    def __init__(self, name: str, report: ImportReport, repairs: list[tuple[int, str]]):
        self.name, self.report, self.pending = name, report, list(reversed(repairs))

    def report_up_to(self, line: int, row: int) -> None:
        while self.pending and self.pending[-1][0] <= line:
            _, reason = self.pending.pop()
            self.report.warn(self.name, row, "", reason)

    def report_rest(self, row: int) -> None:
        self.report_up_to(float("inf"), row)


class _CellBudget:
    """Cells read from one table, against limits.MAX_CELLS_PER_FILE."""

    def __init__(self, name: str, report: ImportReport):
        self.name, self.report, self.cells = name, report, 0

    def spend(self, row: int, cells: int) -> bool:
        """False, with the error reported, once the table has gone over the limit."""
        self.cells += cells
        if self.cells <= limits.MAX_CELLS_PER_FILE:
            return True
        self.report.stop(self.name, row, "", over_limit(f"{self.cells:,} cells read by this row; reading "
                                                         f"stopped here", "MAX_CELLS_PER_FILE", "cells"))
        return False


def _csv_records(name, reader, columns: _Columns, report, ends_with_newline: bool, repairs: _RepairsByRow,
                 header_row: int = 1) -> Iterator[tuple[int, dict]]:
    row = header_row
    pending = None          # one record of look-ahead, to know which record is the last
    budget = _CellBudget(name, report)
    while True:
        try:
            values = next(reader)
            error = None
        except StopIteration:
            values, error = None, None
        except csv.Error as e:
            values, error = [], e
        if pending is not None:
            yield from _checked(name, pending[0], pending[1], columns, report,
                                last=values is None and error is None and not ends_with_newline)
            pending = None
        if values is None and error is None:
            repairs.report_rest(row)
            return
        row += 1
        repairs.report_up_to(reader.line_num, row)
        if not budget.spend(row, max(1, len(values))):
            return
        if error is not None:
            reason = str(error)
            if "field larger than field limit" in reason:
                reason = f"a value is longer than {csv.field_size_limit():,} characters"
            elif "unexpected end of data" in reason:
                reason = "the file ends inside a quoted value (truncated file or unclosed quote)"
            if "unexpected end of data" in str(error):
                report.stop(name, row, "", f"malformed CSV: {reason}")
                return
            report.error(name, row, "", f"malformed CSV: {reason}")
            continue
        if not values or all(_blank(v) for v in values):
            continue
        pending = (row, values)


def _blank(value: str) -> bool:
    """Empty, spaces, or nothing but control characters (a page break, a stray Ctrl-Z):
    a row of such cells holds no record, and is skipped like a blank line."""
    return not _FLAGGED_CONTROLS.sub("", value).strip()


def _checked(name, row, values, columns: _Columns, report, last: bool):
    width = len(columns.header)
    if len(values) > width:
        report.error(name, row, "", f"row has {len(values)} values but the header has {width}")
        return
    if len(values) < width:
        if last:
            # A short final line with no line end is a file cut off mid-row.
            report.stop(name, row, "", f"row has {len(values)} values but the header has {width} "
                                       "(the file looks truncated)")
            return
        # Spreadsheet tools often drop trailing empty cells; read them as empty.
        values = values + [""] * (width - len(values))
    yield row, columns.record(row, values, report)


# Excel's own row limit: a worksheet row number past it is a forged file, not data.
_XLSX_MAX_ROW = 1_048_576
# Office Open XML parts never declare a DTD; one that does is an entity-expansion attack
# ("billion laughs"), which the standard library's parser would expand.
_XML_DTD_MARKERS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY")
                         for enc in ("ascii", "utf-16-le", "utf-16-be"))


def _check_workbook(f: InputFile) -> None:
    """Inflate every part of an XLSX under the unpack limits and refuse DTDs, before
    openpyxl (which trusts the ZIP directory and the XML) reads any of it."""
    z = _open_zip(f, "XLSX workbook")
    with z:
        budget = _UnpackBudget(f)
        for member in z.infolist():
            tail = b""
            for chunk in _inflate(z, member, budget):
                window = tail + chunk
                if any(m in window for m in _XML_DTD_MARKERS):
                    raise InputError(f.name, f"{member.filename} declares an XML DTD or entity, which "
                                             "workbooks never do (an entity-expansion attack?)", 0,
                                     member.filename)
                tail = chunk[-32:]


def _read_xlsx(f: InputFile, report: ImportReport):
    from openpyxl import load_workbook

    _check_workbook(f)
    try:
        wb = load_workbook(io.BytesIO(f.data), read_only=True, data_only=True)
        ws = wb.worksheets[0]
        # The sheet's <dimension> is the sender's claim; trusting it pads every row to it.
        ws.reset_dimensions()
        top = []
        try:
            for values in ws.iter_rows(max_row=_HEADER_SEARCH_ROWS + 1, values_only=True):
                top.append(values)
        except Exception:   # noqa: BLE001 - broken rows below the header: reported at their row below
            if not top:
                raise
    except Exception as e:   # noqa: BLE001 - openpyxl on hostile input fails in too many ways to list
        raise InputError(f.name, f"is not a readable XLSX workbook ({e.__class__.__name__})") from None
    report.encodings[f.name] = "xlsx"
    if not top:
        raise InputError(f.name, "is empty", 1)
    # A title or notes above the table (a sheet's usual heading) are skipped, as in a CSV.
    above = _header_index([sum(1 for v in values if cell_str(v).strip()) for values in top])
    for row, values in enumerate(top[:above], start=1):
        _warn_title(report, f.name, row, [cell_str(v) for v in values])
    header_row = above + 1
    first = list(top[above])
    while first and (first[-1] is None or cell_str(first[-1]).strip() == ""):
        first.pop()        # a row read with the rows below it is padded to their width
    _check_width(f.name, len(first))
    header = [cell_str(h).strip() for h in first]
    while header and not header[-1]:
        header.pop()
    if not header:
        raise InputError(f.name, "has no column titles in its first row", 1)
    columns = _Columns(f.name, header, header_row, report)

    def records():
        budget = _CellBudget(f.name, report)
        i = 1
        try:
            # Only the header's columns are asked for: a row with a cell in column XFD
            # costs its cells, not 16,384 padded blanks.
            for i, values in enumerate(ws.iter_rows(min_row=header_row + 1, max_col=len(header), values_only=True),
                                       start=header_row + 1):
                if i > _XLSX_MAX_ROW:
                    report.stop(f.name, i, "", f"row number past the last a spreadsheet can have "
                                                f"({_XLSX_MAX_ROW:,}); reading stopped here")
                    return
                if not budget.spend(i, len(header)):
                    return
                values = list(values) + [None] * (len(header) - len(values))
                if all(v is None or cell_str(v).strip() == "" for v in values):
                    continue
                yield i, columns.record(i, values, report)
        except Exception as e:   # noqa: BLE001 - as above: a broken sheet part, reported at its row
            report.stop(f.name, i + 1, "", f"unreadable worksheet data ({e.__class__.__name__}); "
                                            "reading stopped here")
        finally:
            wb.close()
    return columns.titles, records()


# Mangled text written with JSON escapes ('\\u00c2\\u00a3' for '£' gone wrong as 'Â£'): the
# decoder's repair sees only ASCII there, so the parsed strings are repaired instead.
_ESCAPED_MOJIBAKE = re.compile(r"\\u00(?:c[2-9a-f]|d[0-9a-f])\\u00[89ab][0-9a-f]|\\u00e2\\u20ac|\\u00e2\\u0080",
                               re.IGNORECASE)


def _unmangled_strings(obj: dict, fixed: list[str]) -> dict:
    for key, value in obj.items():
        if isinstance(value, str) and _MOJIBAKE.search(value):
            repaired = _MOJIBAKE.sub(_unmangled, value)
            if repaired != value:
                m = _MOJIBAKE.search(value)
                fixed.append(f"{m.group()!r} as {_unmangled(m)!r}")
                obj[key] = repaired
    return obj


def load_json(f: InputFile, report: ImportReport):
    """The parsed JSON document, or InputError naming the line of the syntax error."""
    text = decode_text(f, report)
    try:
        if not _ESCAPED_MOJIBAKE.search(text):
            return json.loads(text)
        fixed: list[str] = []
        doc = json.loads(text, object_hook=lambda obj: _unmangled_strings(obj, fixed))
        report.warn(f.name, 0, "", f"{len(fixed):,} text value(s) held UTF-8 text decoded with the wrong encoding "
                                   f"(written as JSON escapes), read as the characters meant: {fixed[0]}")
        return doc
    except json.JSONDecodeError as e:
        if e.msg == "Extra data" and text.lstrip()[:1] == "{":
            records = _json_lines(f, report, text)
            if records is not None:
                return records
        what = "the file ends early (truncated?)" if _unbalanced(text) else e.msg
        raise InputError(f.name, f"not valid JSON: {what} (line {e.lineno}, column {e.colno})",
                         e.lineno) from None
    except RecursionError:
        raise InputError(f.name, "not valid JSON: nested too deeply") from None


def _json_lines(f: InputFile, report: ImportReport, text: str) -> list | None:
    """The records of a JSON Lines file (one JSON object per line, as exports and APIs
    stream them), or None when it is not one (its first line is not a whole object). A
    line that is not valid JSON is an error against its line; the others are kept."""
    lines = [(n, ln) for n, ln in enumerate(text.splitlines(), start=1) if ln.strip()]
    records = []
    for n, ln in lines:
        try:
            value = json.loads(ln)
        except json.JSONDecodeError as e:
            if not records:
                return None
            report.error(f.name, n, "", f"not valid JSON on this line of a JSON Lines file: {e.msg} (column {e.colno})")
            continue
        except RecursionError:
            raise InputError(f.name, "not valid JSON: nested too deeply", n) from None
        if not isinstance(value, dict):
            if not records:
                return None
            report.error(f.name, n, "", "not a JSON object, as every line of a JSON Lines file must be")
            continue
        records.append(value)
    return records


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
