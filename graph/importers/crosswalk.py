"""Crosswalks: outside vocabularies -> our services, communities, places and led-by.

The tables live in seed/crosswalks/ as CSV so that people who know the registers can
correct them without touching code. Matching is by case- and space-insensitive label,
because the registers themselves capitalise inconsistently ("The Prevention Or Relief Of
Poverty" in the CCEW extract, "The prevention or relief of poverty" elsewhere).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from seed import SEED_DIR

__all__ = ["Mapping", "charity_classifications", "scan_labels", "dei_led_by", "gss_kind",
           "place_names", "hsds_terms", "norm"]

CROSSWALK_DIR = SEED_DIR / "crosswalks"


# Publishers write one label with different joining marks: the Charity Commission's extract
# says "Education/training" and "Children/young People", other copies of its codes say
# "Education Training" and "Children Young People"; "&" and "and", spaced dashes. Those
# marks are folded to spaces, so a label matches however it was joined. Commas, semicolons
# and bars are left alone: they separate the labels of a multi-valued cell (scan_labels).
_JOINERS = re.compile(r"\s*[/\\]\s*|\s+[-\u2013\u2014]\s+|\s*&\s*")


def norm(text: str) -> str:
    text = str(text).lower().replace("\u2019", "'")
    return " ".join(_JOINERS.sub(lambda m: " and " if "&" in m.group() else " ", text).split())


@dataclass(frozen=True)
class Mapping:
    label: str
    services: tuple[str, ...]
    communities: tuple[str, ...]
    unmapped_reason: str = ""     # why a known label deliberately maps to nothing


def _rows(name: str):
    with open(CROSSWALK_DIR / name, newline="", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def _codes(text: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in (text or "").split(";") if c.strip())


@lru_cache(maxsize=None)
def charity_classifications(register: str) -> dict[str, dict[str, Mapping]]:
    """{type ('what'|'who'|'how'): {normalised label: Mapping}} for one register."""
    out: dict[str, dict[str, Mapping]] = {}
    for r in _rows("charity_classifications.csv"):
        if r["register"] == register:
            out.setdefault(r["type"], {})[norm(r["label"])] = Mapping(
                r["label"], _codes(r["services"]), _codes(r["communities"]), (r.get("unmapped_reason") or "").strip())
    return out


def scan_labels(cell: str, table: dict[str, Mapping]) -> tuple[list[Mapping], str]:
    """The known labels found in a multi-valued register cell, and the unmatched rest.

    Registers separate values with commas, but some labels contain commas themselves
    ("The advancement of the arts, heritage, culture or science"), so splitting on commas
    would cut labels in half. Instead we find known labels, longest first, each standing
    between separators (so "Men" is not found inside "Women" or "Mental health"), and
    report any text left over as unmapped.
    """
    text = "," + norm(cell) + ","
    found = []
    for key in sorted(table, key=len, reverse=True):
        if not key:
            continue
        pattern = re.compile(r"(?<=[,;|])\s*" + re.escape(key) + r"\s*(?=[,;|])")
        if pattern.search(text):
            found.append(table[key])
            text = pattern.sub(",", text)
    rest = re.sub(r"[\s,;|]+", " ", text).strip()
    return found, rest


@lru_cache(maxsize=None)
def _dei_prefixes() -> tuple[tuple[str, str], ...]:
    rows = [(r["code_prefix"], r["led_by"]) for r in _rows("dei_leadership.csv")]
    return tuple(sorted(rows, key=lambda x: -len(x[0])))


def dei_led_by(code: str) -> str | None:
    """Our led_by value for a 360Giving DEI taxonomy code (leadership answers), or None."""
    code = (code or "").strip().upper()
    for prefix, led_by in _dei_prefixes():
        if code.startswith(prefix):
            return led_by
    return None


_GSS_RE = re.compile(r"^[EWSNK]\d{8}$")


@lru_cache(maxsize=None)
def _gss_kinds() -> dict[str, str]:
    return {r["prefix"]: r["kind"] for r in _rows("gss_prefixes.csv")}


def gss_kind(code: str) -> str | None:
    """The place kind for an ONS GSS code from its three-character prefix, or None when it
    is not a GSS code or names an area type we do not hold (constituencies, CCGs...)."""
    code = (code or "").strip().upper()
    if not _GSS_RE.match(code):
        return None
    return _gss_kinds().get(code[:3])


@lru_cache(maxsize=None)
def place_names() -> dict[str, list[tuple[str, str, str, str]]]:
    """Register area names -> [(code, name, kind, parent)] for names we can place."""
    out = {}
    for r in _rows("place_names.csv"):
        codes, names = _codes(r["code"]), _codes(r["place_name"])
        out[norm(r["name"])] = [(c, names[min(i, len(names) - 1)], r["kind"], r["parent"])
                                for i, c in enumerate(codes)]
    return out


@lru_cache(maxsize=None)
def hsds_terms() -> dict[str, Mapping]:
    """Normalised HSDS taxonomy term name (or code) -> Mapping."""
    return {norm(r["term"]): Mapping(r["term"], _codes(r["services"]), _codes(r["communities"]))
            for r in _rows("hsds_taxonomy.csv")}
