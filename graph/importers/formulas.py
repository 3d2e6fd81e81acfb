"""CSV injection: cells a spreadsheet would run as formulas, neutralised on export and
restored on import (shared by the CSV exporter, the CSV importer and the error report)."""
from __future__ import annotations

__all__ = ["FORMULA_STARTS", "guard_cell", "unguard_cell"]

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection,
# OWASP): "=HYPERLINK(...)", "@SUM(...)", "+cmd|' /C calc'!A0". Such a cell is exported
# with a leading apostrophe, which spreadsheets show as plain text, and the importer
# removes it again. A cell already starting with apostrophes before one of these gets one
# more, so the round trip stays exact; a number ("-2.59") is left alone.
FORMULA_STARTS = frozenset("=+-@\t\r")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def guard_cell(text: str) -> str:
    """A cell as written to a CSV export: apostrophe-prefixed when a spreadsheet would read it
    as a formula."""
    if not text or (text[0] not in FORMULA_STARTS and text[0] != "'"):
        return text
    body = text.lstrip("'")
    if body and body[0] in FORMULA_STARTS and (len(body) != len(text) or not _is_number(text)):
        return "'" + text
    return text


def unguard_cell(text: str) -> str:
    """A cell read from a CSV: the apostrophe guard_cell added, removed."""
    if text[:1] == "'":
        body = text.lstrip("'")
        if body and body[0] in FORMULA_STARTS:
            return text[1:]
    return text
