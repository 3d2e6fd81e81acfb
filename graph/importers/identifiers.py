"""Organisation identifiers as publishers write them.

Every importer reads identifiers through `read_identifier`, so one set of rules holds
everywhere:

* **Kept, never refused.** Whatever characters a publisher used (apostrophes, commas,
  slashes, spaces, accented letters), the identifier is kept and the internal id is
  derived from it deterministically (`graph.model.org_id_for_identifier`, reversible with
  `identifier_for_org_id`). Registered identifiers are kept, as written, in `registered_ids`.
* **Normalised for matching.** Unicode compatibility forms folded (a non-breaking space is a
  space), control and zero-width characters dropped, whitespace collapsed, the scheme
  prefix upper-cased (`gb-chc-` -> `GB-CHC-`), and spaces inside a register number removed.
* **Placeholders are missing ids, not ids.** `GB-COH-`, `GB-CHC-0`, `n/a`, `NA`, `0`, `-`,
  `unknown`, ... would otherwise merge every recipient that carries them into one.
* **Register numbers in one form.** Companies House numbers zero-padded to eight
  characters, keeping a two-letter prefix (SC, NI, OC, IP...): `GB-COH-1234567` ->
  `GB-COH-01234567`; an England and Wales charity number without the zeros some
  spreadsheets pad it with (`GB-CHC-0512710` -> `GB-CHC-512710`). A charity number with a linked-charity suffix (`1077265/1`,
  `1077265-1`) is a linked charity of the main charity 1077265: the Charity Commission
  registers it under the main charity's number, and our CCEW import reads the main charity
  only, so the record is kept as (merged into) the main charity `GB-CHC-1077265`, with
  the linked charity's own `GB-CHC-1077265-1` among its registered ids.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from graph.importers.sources import cell_str
from graph.model import org_id_for_identifier

__all__ = ["PublishedId", "read_identifier", "normalise_identifier", "is_placeholder",
           "charity_ids", "company_number", "registered_key", "PLACEHOLDERS"]

# Written where an identifier is unknown. Compared after normalising, case-insensitively.
PLACEHOLDERS = frozenset({"", "0", "-", "--", "---", ".", "?", "n/a", "na", "n.a.", "n.a", "none", "null",
                          "nil", "unknown", "not known", "not applicable", "tbc", "tba", "#n/a", "nan",
                          "not registered", "exempt", "excepted", "n/k", "nk", "not available", "pending",
                          "applied for", "awaiting", "to follow", "various", "see notes", "none registered"})
# A spreadsheet's error in the cell (#REF!, #VALUE!, #NAME?, #DIV/0!), a run of x's typed
# over a number not known, or a dummy id ('DUMMY', 'DUMMY01': the Indigo Trust gave 67
# different recipients 'DUMMY01'): never an identifier, so never a reason to merge two organisations.
_PLACEHOLDER_SHAPES = re.compile(r"#[A-Za-z0-9/]+[!?]|#N/A|x+|dummy[\s_-]*\d*", re.IGNORECASE)
# Registers whose identifiers are numbers (with at most a letter prefix): a body without a
# digit ('GB-CHC-Exempt Charity', 'GB-CHC-Application in prog', 'GB-COH-IP') is a note, not a number.
_NUMBERED_SCHEMES = frozenset({"GB-CHC", "GB-COH", "GB-SC", "GB-NIC", "GB-EDU", "GB-UKPRN", "GB-MPR", "GB-REV"})
# A publisher's local id with nothing after its separator ('360G-ocf-org:', '360G-x-ORG-').
_EMPTY_LOCAL_ID = re.compile(r"[A-Za-z]{0,5}[:/_.\-]+")
# org-id.guide scheme prefixes: two letters, a dash, a register code (GB-CHC, GB-COH, XI-PB, US-EIN).
_SCHEME = re.compile(r"([A-Za-z]{2}-[A-Za-z0-9]{2,10})\s*-\s*(.*)", re.DOTALL)
_PUBLISHER_PREFIX = re.compile(r"(360[gG])-(.*)", re.DOTALL)
# Hyphens, dashes and minus signs other than '-' (U+2010-U+2015, U+2212, U+FE58, U+FE63).
_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63]")
# The UK registers' schemes (and the register-free ones funders use most), which may be
# written with spaces or underscores for dashes, or with none before a number. Only these:
# any two letters and a word are too common to read as a scheme.
_KNOWN_SCHEME_LOOSE = re.compile(
    r"(GB)[ _-]?(?:(CHC|COH|SC|NIC|LAE|LAS|LANI|PLA|NHS|EDU|GOR|MPR|UKPRN|REV|SHPE|CASC)[ _-]+"
    r"|(CHC|COH)(?=\d))(\S.*)",
    re.IGNORECASE | re.DOTALL)
# Control characters and the invisible format characters (zero-width space, BOM, bidi marks).
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e"
                        "\u2060-\u2064\ufeff]")


@dataclass(frozen=True)
class PublishedId:
    """One identifier a publisher wrote.

    text : the identifier, normalised for matching (otherwise as written)
    org_id : the internal id derived from it
    registered : the registered identifiers it stands for, canonical forms, main one first
    """
    text: str
    org_id: str
    registered: tuple[str, ...] = ()


def normalise_identifier(value) -> str:
    """Fold Unicode compatibility forms (NBSP -> space) and dashes (a word processor's
    hyphen or en dash -> '-'), drop control and zero-width characters, collapse whitespace,
    write a well-known scheme's prefix with dashes ('GB CHC 1234567', 'GB_CHC_1234567',
    'GBCHC1234567' -> 'GB-CHC-1234567'), upper-case a scheme prefix and tighten spaces
    around it."""
    text = unicodedata.normalize("NFKC", cell_str(value))
    text = " ".join(_INVISIBLE.sub("", _DASHES.sub("-", text)).split())
    m = _KNOWN_SCHEME_LOOSE.fullmatch(text)
    if m:
        text = f"{m[1]}-{m[2] or m[3]}-{m[4]}"
    m = _SCHEME.fullmatch(text)
    if m:
        return f"{m[1].upper()}-{m[2]}"
    m = _PUBLISHER_PREFIX.fullmatch(text)
    if m:
        return f"360G-{m[2]}"
    return text


def is_placeholder(text: str) -> bool:
    """A value written where an identifier is unknown: 'n/a', '0', 'GB-COH-', 'GB-CHC-000'..."""
    low = text.strip().lower()
    if low in PLACEHOLDERS or set(low) <= set("0-_./ ") or _PLACEHOLDER_SHAPES.fullmatch(low):
        return True
    m = _SCHEME.fullmatch(text)
    if m:
        if m[1].upper() in _NUMBERED_SCHEMES and not any(c.isdigit() for c in m[2]):
            return True
        return is_placeholder(m[2])
    m = _PUBLISHER_PREFIX.fullmatch(text)          # 360G-<publisher>-<local id>
    if m:
        parts = m[2].split("-", 1)
        return is_placeholder(m[2]) or (len(parts) == 2 and (is_placeholder(parts[1])
                                                             or bool(_EMPTY_LOCAL_ID.fullmatch(parts[1]))))
    return False


def company_number(number) -> str | None:
    """A Companies House number in its eight-character form: '1234567' -> '01234567',
    'SC12345' -> 'SC012345'; None for a placeholder or something that is not one."""
    n = re.sub(r"\s+", "", unicodedata.normalize("NFKC", cell_str(number))).upper()
    if is_placeholder(n):
        return None
    if n.isdigit() and len(n) <= 8:
        return n.zfill(8)
    if re.fullmatch(r"[A-Z]{2}\d{1,6}", n):
        return n[:2] + n[2:].zfill(6)
    if re.fullmatch(r"[A-Z]\d{1,7}", n):               # R-prefixed Northern Ireland numbers
        return n[:1] + n[1:].zfill(7)
    return None


def charity_ids(number) -> tuple[str, ...]:
    """Registered ids for a charity number as funders write it: '1070468' (England and
    Wales), 'SC012345' (Scotland), 'NIC100001' / 'NI100001' (Northern Ireland). A linked
    charity ('1077265/1', '1077265-1') gives its main charity first, then itself."""
    n = re.sub(r"\s+", "", unicodedata.normalize("NFKC", cell_str(number))).upper()
    if is_placeholder(n):
        return ()
    # Words before the number ('CC 1070468', 'Reg. No. 1070468', 'Registered charity 1070468')
    # and thousands commas ('1,070,468') are how it was written, not part of it.
    n = _CHARITY_NUMBER_WORDS.sub("", n)
    if re.fullmatch(r"\d{1,3}(,\d{3})+([-/.]\d{1,3})?", n):
        n = n.replace(",", "")
    if n.startswith("SC") and n[2:].isdigit():
        return (f"GB-SC-{n}",)
    if n.startswith("NIC") and n[3:].isdigit():
        return (f"GB-NIC-{n[3:]}",)
    if n.startswith("NI") and n[2:].isdigit():
        return (f"GB-NIC-{n[2:]}",)
    m = re.fullmatch(r"(\d{5,8})(?:[-/.](\d{1,3}))?", n)
    if not m or m[1].strip("0") == "":
        return ()
    # No England and Wales charity number begins with 0: '0512710' is 512710 zero-padded.
    main = str(int(m[1]))
    if m[2] and m[2].strip("0"):
        return (f"GB-CHC-{main}", f"GB-CHC-{main}-{int(m[2])}")
    return (f"GB-CHC-{main}",)


_CHARITY_NUMBER_WORDS = re.compile(
    r"^(?:(?:REGISTERED|REG|CHARITY|CHARITIES|COMMISSION|NUMBER|NO|NUM|CCEW|CCNI|CC|RCN|E&W|OSCR)[.:#]*)+")


def read_identifier(value) -> PublishedId | None:
    """The identifier in a cell, or None when the cell holds no identifier (blank or a
    placeholder). Never raises: any text is kept and given an internal id."""
    return _read_identifier(cell_str(value) if not isinstance(value, str) else value)


@lru_cache(maxsize=65536)
def _read_identifier(value: str) -> PublishedId | None:
    text = normalise_identifier(value)
    if is_placeholder(text):
        return None
    m = _SCHEME.fullmatch(text)
    registered: tuple[str, ...] = ()
    if m:
        scheme, body = m[1], m[2].replace(" ", "")
        if scheme == "GB-COH":
            padded = company_number(body)
            registered = (f"GB-COH-{padded}",) if padded else (f"{scheme}-{body}",)
        elif scheme == "GB-CHC":
            registered = charity_ids(body) or (f"{scheme}-{body}",)
        elif scheme in ("GB-SC", "GB-NIC"):
            registered = (f"{scheme}-{body.upper()}",)
        else:
            registered = (f"{scheme}-{body}",)
        text = f"{scheme}-{body}"
    org_id = org_id_for_identifier(registered[0] if registered else text)
    return PublishedId(text=text, org_id=org_id, registered=registered)


def registered_key(rid: str) -> str:
    """The canonical form of a registered id, for matching ids stored before these rules."""
    pid = read_identifier(rid)
    return pid.registered[-1] if pid and pid.registered else rid
