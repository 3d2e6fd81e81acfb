"""`partnermap import need FILE`: recorded need in places, so that gaps compare need with
provision.

Three layouts, told apart by their header (see NEED_FORMAT.md):

- our need CSV: place, target, code, indicator, value, level, source, date;
- the English Indices of Deprivation, LSOA level (File 1, File 2 or File 7 of IoD2019, or a
  CSV saved from them): one row per neighbourhood (LSOA) with its local authority's code
  and, per domain, a decile (1 = the most deprived tenth of England's LSOAs). Rows are
  rolled up to the local authority named by the file's own LA code column: level = the
  share of its LSOAs in the most deprived tenth nationally for that domain;
- the IoD local authority summaries (File 10/11, a sheet saved as CSV): one row per local
  authority with "<domain> - Proportion of LSOAs in most deprived 10% nationally", which is
  the same level, taken as published.

Each IoD domain is the need of one community or service of our taxonomy (`IOD_DOMAINS`).
Local authorities the store does not hold are added as places. Every row is checked
first; errors read ``file:row:field: reason`` and nothing is written when any row is bad
(unless --skip-bad).
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import Callable

from graph.importers.batch import Batch
from graph.importers.report import ImportReport
from graph.importers.sources import InputError, cell_str, open_inputs, read_table
from graph.model import NEED_TARGETS, ModelError, Need, Place

__all__ = ["import_need", "IOD_DOMAINS", "NEED_COLUMNS"]

SOURCE = "need"
NEED_COLUMNS = ("place", "target", "code", "indicator", "value", "level", "source", "date")
_REQUIRED = ("place", "target", "code", "indicator", "value")

# IoD domain (as the files name it) -> the need it records, as (target, code) of our taxonomy.
# The overall IMD stands for low income only in files that carry no Income domain (File 1).
IOD_DOMAINS = {
    "Income": ("community", "low_income"),
    "Employment": ("service", "employment.employment_support"),
    "Education, Skills and Training": ("service", "education"),
    "Health Deprivation and Disability": ("service", "health"),
    "Crime": ("service", "safety"),
    "Barriers to Housing and Services": ("service", "housing"),
    "Living Environment": ("service", "environment"),
    "Income Deprivation Affecting Children Index (IDACI)": ("community", "children"),
    "IDACI": ("community", "children"),
    "Income Deprivation Affecting Older People Index (IDAOPI)": ("community", "older_people"),
    "IDAOPI": ("community", "older_people"),
}
_IMD_NAMES = ("Index of Multiple Deprivation (IMD)", "IMD")
# IoD releases and their publication dates (gov.uk statistical releases).
_RELEASES = {"2019": "2019-09-26", "2015": "2015-09-30", "2025": "2025-10-30"}
_LA_CODE = re.compile(r"^(?:Upper Tier )?Local Authority District code \((\d{4})\)$", re.IGNORECASE)
_LA_NAME = re.compile(r"^(?:Upper Tier )?Local Authority District name \((\d{4})\)$", re.IGNORECASE)
_LSOA_CODE = re.compile(r"^LSOA code \((\d{4})\)$", re.IGNORECASE)
_DECILE = re.compile(r"^(?P<domain>.+?) Decile\b", re.IGNORECASE)
_PROPORTION = re.compile(r"^(?P<domain>.+?) - Proportion of LSOAs in most deprived 10% nationally$", re.IGNORECASE)
_GSS = re.compile(r"^[EWSN]\d{8}$")


def import_need(store, path_or_files, dry_run: bool = False, *, skip_bad: bool = False,
                progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import need from our need CSV or the English Indices of Deprivation (see module notes)."""
    report, inputs = open_inputs("need", path_or_files)
    if inputs is None:
        return report
    batch = Batch(store, report, mode="enrich", source=SOURCE)
    for name, f in inputs.items():
        if not name.lower().endswith((".csv", ".xlsx", ".xlsm", ".tsv", ".txt")):
            report.warn(name, 0, "", "ignored: not a .csv or .xlsx file")
            continue
        try:
            header, rows = read_table(f, report)
            layout = _layout(f.name, header)
            layout(batch, f.name, header, rows, progress)
        except InputError as e:
            report.error(e.file, e.row, e.field, e.reason)
    _add_taxonomy_for_needs(batch)
    return batch.finish(dry_run=dry_run, skip_bad=skip_bad)


def _layout(name: str, header: list[str]):
    columns = {h.strip() for h in header}
    if any(_LSOA_CODE.match(h) for h in columns) and any(_LA_CODE.match(h) for h in columns):
        return _from_iod_lsoa
    if any(_LA_CODE.match(h) for h in columns) and any(_PROPORTION.match(h) for h in columns):
        return _from_iod_summary
    missing = [c for c in _REQUIRED if c not in columns]
    if missing:
        raise InputError(name, "not a need file: expected our need CSV (missing column "
                               f"{', '.join(repr(c) for c in missing)}) or an English Indices of Deprivation "
                               "LSOA or local authority file", 1, missing[0])
    return _from_need_csv


def _release(header: list[str]) -> tuple[str, str]:
    """('IoD2019', '2019-09-26') from the year in the LA code column."""
    year = next(m.group(1) for h in header if (m := _LA_CODE.match(h.strip())))
    return f"English Indices of Deprivation {year}", _RELEASES.get(year, f"{year}-01-01")


def _column(header: list[str], pattern: re.Pattern) -> str:
    return next(h for h in header if pattern.match(h.strip()))


def _domains(header: list[str], pattern: re.Pattern) -> dict[str, tuple[str, str, str]]:
    """column -> (domain, target, code) for the domains we map; the IMD only when the file
    has no Income domain."""
    found = {}
    for h in header:
        m = pattern.match(h.strip())
        if m:
            found[h] = m.group("domain").strip()
    out = {h: (d, *IOD_DOMAINS[d]) for h, d in found.items() if d in IOD_DOMAINS}
    if not any((target, code) == ("community", "low_income") for _, target, code in out.values()):
        for h, d in found.items():
            if d in _IMD_NAMES:
                out[h] = (d, "community", "low_income")
                break
    return out


def _place(batch: Batch, code: str, name: str, file: str, row: int) -> bool:
    if batch.has_place(code):
        return True
    try:
        batch.add_place(Place(code=code, name=name or code, kind="local_authority"), file, row)
    except ModelError as e:
        batch.report.error(file, row, "place", e.reason)
        return False
    return True


def _int_in(value, lo: int, hi: int) -> int:
    text = cell_str(value).strip().replace(",", "")
    number = int(float(text)) if re.fullmatch(r"\d+(\.0+)?", text) else None
    if number is None or not lo <= number <= hi:
        raise ValueError(f"{cell_str(value).strip()[:40]!r} is not a whole number from {lo} to {hi}")
    return number


def _from_iod_lsoa(batch: Batch, file: str, header, rows, progress) -> None:
    rep = batch.report
    la_col, lsoa_col = _column(header, _LA_CODE), _column(header, _LSOA_CODE)
    la_name_col = next((h for h in header if _LA_NAME.match(h.strip())), None)
    domains = _domains(header, _DECILE)
    if not domains:
        raise InputError(file, "no decile column of a domain we map (e.g. 'Income Decile (where 1 is most "
                               "deprived 10% of LSOAs)')", 1)
    source, published = _release(header)
    # LA -> domain column -> [LSOAs, LSOAs in the most deprived tenth]
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    names: dict[str, tuple[str, int]] = {}
    for row, values in rows:
        rep.rows_read += 1
        la = cell_str(values.get(la_col)).strip().upper()
        lsoa = cell_str(values.get(lsoa_col)).strip().upper()
        if not _GSS.match(la):
            rep.error(file, row, la_col, f"{la!r} is not a local authority code (e.g. E08000009)")
            continue
        if not _GSS.match(lsoa):
            rep.error(file, row, lsoa_col, f"{lsoa!r} is not an LSOA code (e.g. E01005987)")
            continue
        deciles, bad = {}, False
        for col in domains:
            try:
                deciles[col] = _int_in(values.get(col), 1, 10)
            except ValueError as e:
                rep.error(file, row, col, str(e))
                bad = True
        if bad:
            continue
        names.setdefault(la, (cell_str(values.get(la_name_col)).strip() if la_name_col else "", row))
        for col, decile in deciles.items():
            c = counts[la][col]
            c[0] += 1
            c[1] += decile == 1
        if progress and rep.rows_read % 1000 == 0:
            progress(1000)
    for la, by_col in sorted(counts.items()):
        name, row = names[la]
        if not _place(batch, la, name, file, row):
            continue
        for col, (n, most) in by_col.items():
            domain, target, code = domains[col]
            indicator = f"{domain}: share of LSOAs in the most deprived 10% nationally ({most} of {n} in this file)"
            _need(batch, la, target, code, most / n, f"{source}; {indicator}; {published}", file, row)


def _from_iod_summary(batch: Batch, file: str, header, rows, progress) -> None:
    rep = batch.report
    la_col = _column(header, _LA_CODE)
    la_name_col = next((h for h in header if _LA_NAME.match(h.strip())), None)
    domains = _domains(header, _PROPORTION)
    if not domains:
        raise InputError(file, "no '<domain> - Proportion of LSOAs in most deprived 10% nationally' column of "
                               "a domain we map", 1)
    source, published = _release(header)
    for row, values in rows:
        rep.rows_read += 1
        la = cell_str(values.get(la_col)).strip().upper()
        if not _GSS.match(la):
            rep.error(file, row, la_col, f"{la!r} is not a local authority code (e.g. E08000009)")
            continue
        levels, bad = {}, False
        for col in domains:
            try:
                levels[col] = _level(values.get(col))
            except ValueError as e:
                rep.error(file, row, col, str(e))
                bad = True
        if bad or not _place(batch, la, cell_str(values.get(la_name_col)).strip() if la_name_col else "",
                             file, row):
            continue
        for col, level in levels.items():
            domain, target, code = domains[col]
            indicator = f"{domain}: share of LSOAs in the most deprived 10% nationally"
            _need(batch, la, target, code, level, f"{source}; {indicator}; {published}", file, row)


def _level(value) -> float:
    text = cell_str(value).strip().rstrip("%")
    try:
        level = float(text)
    except ValueError:
        raise ValueError(f"{cell_str(value).strip()[:40]!r} is not a number") from None
    if cell_str(value).strip().endswith("%"):
        level /= 100
    if not 0 <= level <= 1:
        raise ValueError(f"{level} is not a share between 0 and 1")
    return level


def _from_need_csv(batch: Batch, file: str, header, rows, progress) -> None:
    rep = batch.report
    for row, values in rows:
        rep.rows_read += 1
        v = {k: cell_str(values.get(k)).strip() for k in NEED_COLUMNS}
        bad = False
        for col in _REQUIRED:
            if not v[col]:
                rep.error(file, row, col, "must not be empty")
                bad = True
        if bad:
            continue
        if v["target"] not in NEED_TARGETS:
            rep.error(file, row, "target", f"{v['target']!r} is not one of {', '.join(NEED_TARGETS)}")
            continue
        try:
            value = float(v["value"].replace(",", ""))
        except ValueError:
            rep.error(file, row, "value", f"{v['value'][:40]!r} is not a number")
            continue
        field = "level" if v["level"] else "value"
        try:
            level = _level(v["level"] or v["value"])
        except ValueError as e:
            hint = "" if v["level"] else "; give a level column (0 to 1) for values on another scale"
            rep.error(file, row, field, f"{e}{hint}")
            continue
        if v["date"]:
            try:
                date.fromisoformat(v["date"][:10])
            except ValueError:
                rep.error(file, row, "date", f"{v['date'][:40]!r} is not a date (YYYY-MM-DD)")
                continue
        text = "; ".join(x for x in (v["source"], f"{v['indicator']} = {value:g}", v["date"]) if x)
        _need(batch, v["place"], v["target"], v["code"], level, text, file, row)


def _need(batch: Batch, place: str, target: str, code: str, level: float, source: str, file: str,
          row: int) -> None:
    try:
        need = Need(place=place, target=target, code=code, level=round(level, 6), source=source[:500])
    except ModelError as e:
        batch.report.error(file, row, e.field, e.reason)
        return
    batch.add_need(need, file, row)


def _add_taxonomy_for_needs(batch: Batch) -> None:
    """A store not yet seeded gets the shipped taxonomy records the needs name (and their
    parents), as the other importers do for organisations' codes."""
    from seed import load_communities, load_services

    seeds = {"service": ({r.code: r for r in load_services()}, batch.has_service, batch.add_service),
             "community": ({r.code: r for r in load_communities()}, batch.has_community, batch.add_community)}
    for (_, target, code), (file, row) in list(batch.need_origin.items()):
        table, exists, add = seeds[target]
        while code and not exists(code) and code in table:
            add(table[code], file, row)
            code = table[code].parent
