"""Parsing the values outside sources use: dates in many shapes, amounts, org-ids."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

__all__ = ["parse_date", "parse_amount", "charity_org_id", "company_org_id", "BadValue"]


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
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$", text)
    if m:
        return _make(text, int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[ T].*)?$", text)
    if m:
        return _make(text, int(m[3]), int(m[2]), int(m[1]))
    m = re.match(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$", text)
    if m and m[2][:3].lower() in _MONTHS:
        return _make(text, int(m[3]), _MONTHS[m[2][:3].lower()], int(m[1]))
    if re.match(r"^\d{5}(\.\d+)?$", text):
        # Excel's serial day number (days since 1899-12-30) from a CSV saved by Excel.
        return (date(1899, 12, 30) + timedelta(days=int(float(text)))).isoformat()
    raise BadValue(f"{text[:40]!r} is not a date we can read (use YYYY-MM-DD or DD/MM/YYYY)")


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
    'SC012345' (Scotland), 'NIC100001' or 'NI100001' (Northern Ireland)."""
    n = re.sub(r"\s+", "", str(number or "")).upper()
    if not n or n in ("0", "N/A", "NA", "NONE", "EXEMPT", "EXCEPTED"):
        return None
    if n.startswith("SC") and n[2:].isdigit():
        return f"GB-SC-{n}"
    if n.startswith("NIC") and n[3:].isdigit():
        return f"GB-NIC-{n[3:]}"
    if n.startswith("NI") and n[2:].isdigit():
        return f"GB-NIC-{n[2:]}"
    if re.match(r"^\d{5,8}(-\d+)?$", n):
        return f"GB-CHC-{n.split('-')[0]}"
    return None


def company_org_id(number: str) -> str | None:
    """org-id for a Companies House number, zero-padded to 8 characters as CH writes them."""
    n = re.sub(r"\s+", "", str(number or "")).upper()
    if not n or n.strip("0") == "":
        return None
    if n.isdigit():
        return f"GB-COH-{n.zfill(8)}"
    if re.match(r"^[A-Z]{2}\d{1,6}$", n):
        return f"GB-COH-{n[:2]}{n[2:].zfill(6)}"
    return None
