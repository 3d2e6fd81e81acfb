"""Parsing the values outside sources use: dates in many shapes, amounts, org-ids, blanks.

Identifiers have their own module (graph.importers.identifiers); the charity and company
number helpers here are the shapes importers used before it and read through it.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from graph.importers.identifiers import charity_ids, company_number

__all__ = ["parse_date", "parse_amount", "charity_org_id", "company_org_id", "BadValue", "is_blank",
           "clean_cell", "clean_row", "BLANKS"]

# What publishers write in a cell that has no value. One list for every importer, so `NA`
# never becomes a website or a description. ('0' is not here: it is a real amount.)
BLANKS = frozenset({"", "na", "n/a", "n.a.", "n.a", "#n/a", "none", "null", "nil", "nan", "-", "--", "---",
                    "\u2013", "\u2014"})


def is_blank(value) -> bool:
    """True for None, empty or whitespace, and the placeholders in BLANKS (any case)."""
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    value = value.strip()
    return len(value) <= 4 and value.lower() in BLANKS


def clean_cell(value):
    """The value unchanged, or '' when it is blank or a blank placeholder."""
    return "" if is_blank(value) else value


def clean_row(values: dict) -> dict:
    """A row with every blank placeholder made ''."""
    return {k: clean_cell(v) for k, v in values.items()}


class BadValue(ValueError):
    pass


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def parse_date(value) -> str:
    """An ISO date (YYYY-MM-DD) from the shapes UK publishers use, '' when blank.

    Accepts date/datetime objects (XLSX), ISO dates and timestamps ('2021-01-01T00:00:00Z'),
    UK day-first dates ('26/03/2001', '26/03/2001 00:00', '26-03-2001', '26.03.2001'),
    '1 April 2014' / '1 Apr 2014', and Excel serial day numbers. Month-first US dates are
    never assumed: 360Giving and the registers are UK publishers.

    Dates given to the month or the year keep that precision as ISO partial dates:
    '08/2013', '2013-08', 'Aug 2013', 'August 2013' -> '2013-08'; '2013' -> '2013'; a
    financial year ('2013/14', '2013-2014', 'FY 2013/14') or a quarter ('Q1 2013') -> the
    year it begins in, '2013'. Two-digit years are read as Excel reads them ('18/01/13' ->
    '2013-01-18'; 30-99 are 1930-1999). ISO strings compare correctly at any precision, so
    sorting and time splits keep working.
    Anything after a date other than a time of day is refused ('2024-01-01<script>').
    """
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return ""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME, text)
    if m:
        return _make(text, int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})" + _TIME, text)
    if m:
        return _make(text, int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})" + _TIME, text)
    if m:
        # A two-digit year, as Excel reads one: 00-29 are 2000-2029, 30-99 are 1930-1999.
        yy = int(m[3])
        return _make(text, (2000 if yy < 30 else 1900) + yy, int(m[2]), int(m[1]))
    m = _FINANCIAL_YEAR.fullmatch(text)
    if m and (int(m[1]) + 1) % (100 if len(m[2]) == 2 else 10_000) == int(m[2]):
        # A UK financial year ('2013/14', '2013-2014', 'FY 2013/14'): kept as the year it
        # begins in, the precision the value has. ('2011/12' could also be December 2011:
        # the year is right either way.)
        return m[1]
    m = _QUARTER.fullmatch(text)
    if m:
        # A quarter ('Q1 2013', '2013 Q1'): the year, since whether it counts from January
        # or from April (a financial quarter) is not said.
        return m[1] or m[2]
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})", text)
    if m and m[2][:3].lower() in _MONTHS:
        return _make(text, int(m[3]), _MONTHS[m[2][:3].lower()], int(m[1]))
    # Month and year: '08/2013', '8-2013', '2013-08', '2013/08', 'Aug 2013', 'August, 2013'.
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{4})", text) or re.fullmatch(r"(\d{4})[/.\-](\d{1,2})", text)
    if m:
        y, mo = (int(m[2]), int(m[1])) if len(m[2]) == 4 else (int(m[1]), int(m[2]))
        return _make_month(text, y, mo)
    m = re.fullmatch(r"([A-Za-z]+)\.?,?\s+(\d{4})", text)
    if m and m[1][:3].lower() in _MONTHS:
        return _make_month(text, int(m[2]), _MONTHS[m[1][:3].lower()])
    if re.fullmatch(r"(1[89]|20|21)\d{2}", text):
        return text
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        # Excel's serial day number (days since 1899-12-30) from a CSV saved by Excel.
        return (date(1899, 12, 30) + timedelta(days=int(float(text)))).isoformat()
    raise BadValue(f"{text[:40]!r} is not a date we can read (use YYYY-MM-DD or DD/MM/YYYY)")


_FINANCIAL_YEAR = re.compile(r"(?:FY\s*)?((?:19|20|21)\d{2})\s*[/\-]\s*(\d{2}|\d{4})", re.IGNORECASE)
_QUARTER = re.compile(r"Q[1-4][\s/\-]*((?:19|20|21)\d{2})|((?:19|20|21)\d{2})[\s/\-]*Q[1-4]", re.IGNORECASE)
# A time of day after a date ('T12:00:00Z', ' 00:00', ' 00:00:00.000+01:00'); nothing else may follow.
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?"


def _make_month(text, y, m) -> str:
    if not (1 <= m <= 12 and 1000 <= y <= 2999):
        raise BadValue(f"{text[:40]!r} is not a real month")
    return f"{y:04d}-{m:02d}"


def _make(text, y, m, d) -> str:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        raise BadValue(f"{text[:40]!r} is not a real date") from None


def parse_amount(value) -> float | None:
    """A money amount: '£1,000.50', '1000', 1000.0 -> float; '' -> None."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        amount = float(value)
    else:
        text = re.sub(r"[£$€,\s]|GBP", "", str(value))
        if not text:
            return None
        try:
            amount = float(text)
        except ValueError:
            raise BadValue(f"{str(value)[:40]!r} is not an amount") from None
    if amount != amount or amount < 0 or amount == float("inf"):
        raise BadValue(f"{value!r} is not a non-negative amount")
    return amount


def charity_org_id(number: str) -> str | None:
    """org-id for a charity number as funders write it: '1070468' (England & Wales),
    'SC012345' (Scotland), 'NIC100001' or 'NI100001' (Northern Ireland); a linked charity
    ('1077265/1') gives its main charity (see identifiers.charity_ids for both)."""
    ids = charity_ids(number)
    return ids[0] if ids else None


def company_org_id(number: str) -> str | None:
    """org-id for a Companies House number, zero-padded to 8 characters as CH writes them."""
    n = company_number(number)
    return f"GB-COH-{n}" if n else None
