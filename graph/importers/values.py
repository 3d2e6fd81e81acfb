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
    '1 April 2014' / '1 Apr 2014' / 'Sunday, 1st April 2014' / 'April 1, 2014', Excel's
    '01-Apr-14', ISO with slashes ('2014/04/01') or in its basic form ('20140401'), and Excel
    serial day numbers. Month-first US dates are never assumed (360Giving and the registers
    are UK publishers): '3/31/2019' is read month-first only because day-first cannot be.

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
    # A weekday before the date ('Sunday, 31 March 2019', 'Sun 31/03/2019') says nothing more.
    text = _WEEKDAY.sub("", text) or text
    m = re.fullmatch(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME, text)
    if m:
        return _make(text, int(m[1]), int(m[3]), int(m[4]))
    m = re.fullmatch(r"((?:19|20|21)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", text)
    if m:     # ISO 8601's basic form, '20190331'
        return _make(text, int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})" + _TIME, text)
    if m:
        first, second = int(m[1]), int(m[2])
        if second > 12 and first <= 12:
            # Day-first cannot be meant ('3/31/2019'): the one reading left is month-first.
            first, second = second, first
        return _make(text, _full_year(m[3]), second, first)
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?[\s\-/]*([A-Za-z]+)\.?,?[\s\-/]*(\d{4}|\d{2})" + _TIME, text)
    if m and m[2][:3].lower() in _MONTHS:
        # '31 March 2019', '31st March 2019', and Excel's '31-Mar-19' / '31-Mar-2019'.
        return _make(text, _full_year(m[3]), _MONTHS[m[2][:3].lower()], int(m[1]))
    m = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", text)
    if m and m[1][:3].lower() in _MONTHS:     # 'March 31, 2019'
        return _make(text, int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))
    m = re.fullmatch(r"([A-Za-z]+)[\-/](\d{2})", text)
    if m and m[1][:3].lower() in _MONTHS:     # Excel's month format 'Mar-19'
        return _make_month(text, _full_year(m[2]), _MONTHS[m[1][:3].lower()])
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
    if re.fullmatch(r"\d{5}(\.\d+)?", text) and _EXCEL_1970 <= float(text) < _EXCEL_2100:
        # Excel's serial day number (days since 1899-12-30) from a CSV saved by Excel. Only
        # 1970-2099: a five-digit number before that is an amount or a count in the wrong
        # column ('25000' beside an Amount Awarded of 25000 was read as June 1968).
        return (date(1899, 12, 30) + timedelta(days=int(float(text)))).isoformat()
    raise BadValue(f"{text[:40]!r} is not a date we can read (use YYYY-MM-DD or DD/MM/YYYY)")


_FINANCIAL_YEAR = re.compile(r"(?:FY\s*)?((?:19|20|21)\d{2})\s*[/\-]\s*(\d{2}|\d{4})", re.IGNORECASE)
_QUARTER = re.compile(r"Q[1-4][\s/\-]*((?:19|20|21)\d{2})|((?:19|20|21)\d{2})[\s/\-]*Q[1-4]", re.IGNORECASE)
# A time of day after a date ('T12:00:00Z', ' 00:00', ' 00:00:00.000+01:00'); nothing else may follow.
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?"


_EXCEL_1970, _EXCEL_2100 = 25569, 73051      # Excel serial days of 1970-01-01 and 2100-01-01
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)


def _full_year(yy: str) -> int:
    """A year; two digits are read as Excel reads them: 00-29 are 2000-2029, 30-99 1930-1999."""
    y = int(yy)
    return y if len(yy) == 4 else (2000 if y < 30 else 1900) + y


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
    """A money amount -> float; '' -> None.

    '£1,000.50', '1000', 1000.0, 'GBP 1,000', '1 000' (spaced thousands); the decimal comma
    of European exports ('1.168,50', '1168,50': a comma followed by one or two digits at
    the end, or after dotted thousands, is the decimal mark, and '1.168.000' is dotted
    thousands; '1,168' stays one thousand one hundred and sixty-eight and '1.168' stays
    1.168); and 'k', 'm', 'bn', 'thousand', 'million' ('£1.2k',
    '£2.5 million')."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        amount = float(value)
    else:
        text = re.sub(r"[£$€\s\u00a0\u202f\u2009]|GBP|EUR|USD", "", str(value), flags=re.IGNORECASE)
        if not text:
            return None
        scale = 1
        m = _AMOUNT_SCALE.search(text)
        if m:
            text, scale = text[:m.start()], _SCALES[m[1].lower()]
        if _DECIMAL_COMMA.fullmatch(text):
            text = text.replace(".", "").replace(",", ".")     # European: dots group, the comma is decimal
        if "," in text and not _GROUPED.fullmatch(text):
            raise BadValue(f"{str(value)[:40]!r} is not an amount (its commas do not group thousands)")
        try:
            amount = float(text.replace(",", "")) * scale
        except ValueError:
            raise BadValue(f"{str(value)[:40]!r} is not an amount") from None
    if amount != amount or amount < 0 or amount == float("inf"):
        raise BadValue(f"{value!r} is not a non-negative amount")
    return amount


# Numbers only a decimal comma explains: '1168,5', '1.168,50', '1.168.000' (two decimal
# points are impossible). '1.168' alone is left to the usual reading.
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}|\d{1,3}(?:\.\d{3})+,\d{1,2}|\d{1,3}(?:\.\d{3}){2,}")
# Thousands grouped by commas ('1,234,567.50'; '12,34,567' as Indian lakhs are written).
_GROUPED = re.compile(r"\d{1,3}(?:,\d{2,3})*(?:\.\d+)?")
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_AMOUNT_SCALE = re.compile(r"(?<=\d)(k|thousand|mn|m|million|bn|billion)$", re.IGNORECASE)


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
