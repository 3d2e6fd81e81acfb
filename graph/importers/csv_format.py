"""partnermap's own CSV format: import (this module) and export (graph.exporters.csv_format).

The format is documented for people in CSV_FORMAT.md beside this file. In short: a folder
of UTF-8 CSV files named organisations.csv and ties.csv, optionally services.csv,
communities.csv, places.csv and needs.csv; one record a row; list fields separated by ';'.

Import validates every row, reports each bad one as `file:row:field: reason`, and by
default writes nothing unless every row is good. Export then import into an empty store
gives back exactly the same records, and importing the same files twice changes nothing.
"""
from __future__ import annotations

import json
from dataclasses import fields
from functools import lru_cache

from graph.importers.formulas import guard_cell, unguard_cell
from typing import Callable

from graph.importers.batch import Batch
from graph.importers.identifiers import read_identifier
from graph.importers.records import build_org, build_tie
from graph.importers.report import ImportReport
from graph.importers.sources import InputError, collect_inputs, read_table
from graph.importers.values import clean_row
from graph.model import Community, ModelError, Need, Place, Service, generated_org_id

__all__ = ["import_csv", "FILES", "COLUMNS", "REQUIRED", "LIST_SEPARATOR", "join_list", "split_list",
           "format_number", "record_to_row", "guard_cell", "unguard_cell"]

LIST_SEPARATOR = ";"

# File name -> columns in the order export writes them. Import accepts any column order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "services.csv": ("code", "label", "parent"),
    "communities.csv": ("code", "label", "parent"),
    "places.csv": ("code", "name", "kind", "parent"),
    "organisations.csv": ("id", "name", "description", "sector", "legal_form", "size_band", "income",
                          "led_by", "registered_ids", "postcode", "lat", "lon", "website", "source",
                          "updated_at", "services", "communities", "places", "inferred"),
    "ties.csv": ("from_id", "to_id", "kind", "form", "strength", "since", "until", "amount", "currency",
                 "source", "ref"),
    "needs.csv": ("place", "target", "code", "level", "source"),
}
# Files are read in this order so that references point backwards.
FILES = tuple(COLUMNS)
REQUIRED: dict[str, tuple[str, ...]] = {
    "services.csv": ("code", "label"),
    "communities.csv": ("code", "label"),
    "places.csv": ("code", "name"),
    "organisations.csv": ("id", "name"),
    "ties.csv": ("from_id", "to_id", "kind"),
    "needs.csv": ("place", "target", "code"),
}
_LIST_COLUMNS = {"led_by", "registered_ids", "services", "communities", "places"}
_FLOAT_COLUMNS = {"income", "lat", "lon", "amount"}


# ---- value encoding shared with the exporter ---------------------------------------------
def join_list(values) -> str:
    """';'-joined, with '\\' escaping any ';' or '\\' inside a value, so lists round-trip."""
    return LIST_SEPARATOR.join(v.replace("\\", "\\\\").replace(";", "\\;") for v in values)


def split_list(text: str) -> list[str]:
    if "\\" not in text:          # the common case, kept fast for million-row files
        return [v.strip() for v in text.split(LIST_SEPARATOR) if v.strip()] if text else []
    out, cur, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            cur.append(text[i + 1])
            i += 2
            continue
        if ch == LIST_SEPARATOR:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur))
    return [v.strip() for v in out if v.strip()]


def format_number(value) -> str:
    """Shortest text that reads back as the same float ('' for None)."""
    if value is None:
        return ""
    value = float(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


@lru_cache(maxsize=None)
def _field_names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def record_to_row(record) -> list[str]:
    """One record (any model dataclass) as the cells of its CSV row."""
    out = []
    for name in _field_names(type(record)):
        value = getattr(record, name)
        if name == "inferred":
            # A list of records, not of codes: one JSON cell, so export -> import keeps
            # which values were inferred (and how surely) rather than turning them into stated ones.
            out.append(json.dumps([i.to_dict() for i in value]) if value else "")
        elif isinstance(value, tuple):
            out.append(join_list(value))
        elif isinstance(value, float) or (value is None):
            out.append(format_number(value) if value is not None else "")
        else:
            out.append(str(value))
    return out


# ---- import ------------------------------------------------------------------------------
def import_csv(store, directory_or_files, dry_run: bool = False, *, skip_bad: bool = False,
               progress: Callable[[int], None] | None = None, bulk: dict | None = None) -> ImportReport:
    """Import a folder (or a mapping of file name -> file object) in partnermap CSV format.

    Parameters
    ----------
    store : GraphStore
    directory_or_files : path or mapping
        A folder holding organisations.csv etc., or {"organisations.csv": fileobj, ...}
        as a web upload gives them.
    dry_run : bool
        Validate and report, write nothing.
    skip_bad : bool
        Write the good rows and skip the bad ones (still listed in `errors`). False: any
        bad row means nothing is written. (run_import chooses: True unless --strict.)
    progress : callable, optional
        Called with the number of rows just read, for a progress bar.
    bulk : dict, optional
        {"home": folder}: write into an empty Neo4j with its admin import tool
        (graph/stores/neo4j_bulk.py) after the same validation.

    Returns
    -------
    ImportReport
    """
    report = ImportReport(format="csv", source=_describe(directory_or_files))
    try:
        inputs = collect_inputs(directory_or_files)
    except InputError as e:
        report.error(e.file, e.row, e.field, e.reason)
        return report
    known = set(FILES)
    unknown = [n for n in inputs if n not in known and n.lower().endswith(".csv")]
    for name in unknown:
        report.warn(name, 0, "", f"ignored: not one of {', '.join(FILES)}")
    if not any(n in inputs for n in FILES):
        report.error(report.source, 0, "", f"no partnermap CSV files found (expected {', '.join(FILES)})"
                     + _other_format_hint(inputs))
        return report
    batch = Batch(store, report, mode="replace", source="csv")
    for name in FILES:
        if name in inputs:
            _import_file(batch, inputs[name], name, progress)
    return batch.finish(dry_run=dry_run, skip_bad=skip_bad, bulk=bulk)


def _other_format_hint(inputs) -> str:
    """Which format to choose instead, when a file's columns say (the data page's default
    format is ours, and a 360Giving or network file uploaded under it was only 'not found')."""
    from graph.importers.shapes import other_format

    for name, f in inputs.items():
        found = other_format(f)
        if found:
            return (f"; {name} looks like {found[0]} from its columns: choose that format and upload it again "
                    f"(on the command line: partnermap import {found[1]} {name})")
    return ""


def _describe(x) -> str:
    if isinstance(x, dict):
        return ", ".join(sorted(map(str, x))) or "(no files)"
    return str(x)


def _import_file(batch: Batch, f, name: str, progress) -> None:
    report = batch.report
    try:
        # Our own format round-trips any text, C1 controls too: no Windows-1252 repair here.
        header, rows = read_table(f, report, repair_c1=False)
    except InputError as e:
        report.error(e.file, e.row, e.field, e.reason)
        return
    missing = [c for c in REQUIRED[name] if c not in header]
    for col in missing:
        report.error(name, 1, col, "required column is missing")
    if missing:
        return
    for col in header:
        if col not in COLUMNS[name]:
            report.warn(name, 1, col, "column ignored (not part of the format)")
    build = _BUILDERS[name]
    count = 0
    for row, values in rows:
        count += 1
        report.rows_read += 1
        if any(v[:1] == "'" for v in values.values() if isinstance(v, str)):
            values = {k: unguard_cell(v) if isinstance(v, str) else v for k, v in values.items()}
        try:
            build(batch, clean_row(values), name, row)
        except ModelError as e:
            report.error(name, row, e.field, e.reason)
        except _CellError as e:
            report.error(name, row, e.field, e.reason)
        if progress is not None and count % 1000 == 0:
            progress(1000)
    if progress is not None and count % 1000:
        progress(count % 1000)


class _CellError(Exception):
    def __init__(self, field: str, reason: str):
        super().__init__(reason)
        self.field, self.reason = field, reason


def _float(values: dict, col: str):
    text = values.get(col, "").strip()
    if text == "":
        return None
    try:
        return float(text)
    except ValueError:
        raise _CellError(col, f"{text[:40]!r} is not a number") from None


def _optional_float(batch, values: dict, col: str, name: str, row: int):
    """A number in an optional column; an unreadable one is dropped with a warning
    (KeyError-free: `_Drop` ends the row when --strict makes it an error)."""
    try:
        return _float(values, col)
    except _CellError as e:
        if not batch.report.dropped(name, row, e.field, e.reason):
            raise _Drop() from None
        return None


class _Drop(Exception):
    """The row is dropped; its error is already reported."""


def _org_id(batch, v: dict, name: str, row: int) -> str:
    """The internal id for the `id` cell: derived from any text; a placeholder ('n/a',
    '0', 'GB-COH-') is no id, so the organisation is identified by name and postcode."""
    published = read_identifier(v["id"])
    if published is not None:
        return published.org_id
    if v["id"]:
        batch.report.warn(name, row, "id", f"{v['id']!r} is a placeholder, not an identifier; "
                                           "the organisation is identified by its name and postcode")
    return generated_org_id(v.get("name", ""), v.get("postcode", ""))


def _tie_end(v: dict, col: str) -> str:
    published = read_identifier(v[col])
    if published is None:
        raise _CellError(col, f"{v[col]!r} is not an organisation id: a tie must join two organisations"
                         if v[col] else "a tie must join two organisations: no id")
    return published.org_id

def _list(values: dict, col: str) -> tuple[str, ...]:
    return tuple(split_list(values.get(col, "")))


def _build_service(batch, v, name, row):
    batch.add_service(Service(v["code"], v["label"], v.get("parent", "")), name, row)


def _build_community(batch, v, name, row):
    batch.add_community(Community(v["code"], v["label"], v.get("parent", "")), name, row)


def _build_place(batch, v, name, row):
    batch.add_place(Place(v["code"], v["name"], v.get("kind") or "local_authority", v.get("parent", "")),
                    name, row)


def _build_org(batch, v, name, row):
    try:
        income, lat, lon = (_optional_float(batch, v, c, name, row) for c in ("income", "lat", "lon"))
    except _Drop:
        return
    org = build_org(
        batch.report, name, row,
        id=_org_id(batch, v, name, row), name=v["name"], description=v.get("description", ""),
        sector=v.get("sector") or "vcse", legal_form=v.get("legal_form", ""),
        size_band=v.get("size_band") or None, income=income,
        led_by=_list(v, "led_by"), registered_ids=_list(v, "registered_ids"),
        postcode=v.get("postcode", ""), lat=lat, lon=lon,
        website=v.get("website", ""), source=v.get("source", ""), updated_at=v.get("updated_at", ""),
        services=_list(v, "services"), communities=_list(v, "communities"), places=_list(v, "places"),
        inferred=_inferred(v))
    if org is not None:
        batch.add_org(org, name, row)


def _inferred(values: dict) -> tuple:
    text = values.get("inferred", "").strip()
    if not text:
        return ()
    try:
        parsed = json.loads(text)
    except ValueError:
        raise _CellError("inferred", f"{text[:40]!r} is not a JSON list of inferences") from None
    if not isinstance(parsed, list):
        raise _CellError("inferred", "not a JSON list of inferences")
    return tuple(parsed)


def _build_tie(batch, v, name, row):
    try:
        strength, amount = (_optional_float(batch, v, c, name, row) for c in ("strength", "amount"))
    except _Drop:
        return
    tie = build_tie(batch.report, name, row,
                    from_id=_tie_end(v, "from_id"), to_id=_tie_end(v, "to_id"), kind=v["kind"],
                    form=v.get("form", ""), strength=1.0 if strength is None else strength,
                    since=v.get("since", ""), until=v.get("until", ""), amount=amount,
                    currency=v.get("currency", ""), source=v.get("source", ""), ref=v.get("ref", ""))
    if tie is not None:
        batch.add_tie(tie, name, row)


def _build_need(batch, v, name, row):
    level = _float(v, "level")
    batch.add_need(Need(place=v["place"], target=v["target"], code=v["code"],
                        level=1.0 if level is None else level, source=v.get("source", "")), name, row)


_BUILDERS = {
    "services.csv": _build_service,
    "communities.csv": _build_community,
    "places.csv": _build_place,
    "organisations.csv": _build_org,
    "ties.csv": _build_tie,
    "needs.csv": _build_need,
}
