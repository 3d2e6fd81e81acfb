"""The data model: organisations, what they do, whom they serve, where, and their ties.

Every record is a frozen dataclass validated on construction, so a bad value is caught
where it enters (an importer row, a form, a test) and never reaches a store.
"""
from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timezone
from functools import lru_cache
from urllib.parse import urlsplit

__all__ = [
    "SECTORS", "SIZE_BANDS", "TIE_KINDS", "DIRECTED_TIE_KINDS", "TIE_LENSES", "FORMS", "LED_BY",
    "INTRO_STATUSES", "INTRO_TRANSITIONS", "PLACE_KINDS", "ROLES", "NEED_TARGETS",
    "INFERABLE_FIELDS", "ModelError", "Inference", "Organisation", "Service", "Community", "Place", "Tie",
    "Need",
    "Introduction", "User", "size_band_for_income", "generated_org_id", "now_iso",
    "clean_website", "stored_website", "stored_number",
    "org_id_for_identifier", "identifier_for_org_id", "is_valid_org_id", "date_before",
]

SECTORS = ("vcse", "statutory", "private", "academic", "funder", "faith")

# Income bands as the sector counts them (NCVO Almanac): upper bounds in pounds.
SIZE_BANDS = ("micro", "small", "medium", "large", "major")
_SIZE_BAND_LIMITS = ((10_000, "micro"), (100_000, "small"), (1_000_000, "medium"),
                     (10_000_000, "large"))

TIE_KINDS = ("partnership", "referral", "funding", "contract", "co_location", "network",
             "shared_trustee", "merger")
# Money and referrals flow one way; the other kinds are mutual relationships.
DIRECTED_TIE_KINDS = frozenset({"referral", "funding", "contract"})

# Ties are read through lenses. Collaboration is working together; funding is money given.
# Two groups funded by the same funder have not collaborated, so partner suggestions,
# champions, isolation and structural holes read only the collaboration lens.
TIE_LENSES = {
    "collaboration": frozenset({"partnership", "referral", "contract", "co_location", "network",
                                "shared_trustee", "merger"}),
    "funding": frozenset({"funding"}),
}

FORMS = ("informal_alliance", "contract_alliance", "joint_venture", "group_structure", "merger")

# Who leads an organisation. Everything except "" marks a smaller voice the matcher
# must not bury (see matcher.fairness).
LED_BY = ("user_led", "black_minoritised_led", "lgbt_led", "disabled_led", "women_led",
          "youth_led", "refugee_led", "older_people_led", "faith_led")

INTRO_STATUSES = ("suggested", "made", "met", "partnered", "declined")
INTRO_TRANSITIONS = {
    "suggested": ("made", "declined"),
    "made": ("met", "declined"),
    "met": ("partnered", "declined"),
    "partnered": (),
    "declined": (),
}
# The ends an introduction can come to that the partner model learns from (matcher.outcomes):
# reaching one changes suggestions, so the stores count it as a change of the data.
OUTCOME_STATUSES = ("partnered", "declined")

PLACE_KINDS = ("country", "region", "county", "local_authority", "district", "ward",
               "neighbourhood")
ROLES = ("viewer", "editor", "admin")
NEED_TARGETS = ("community", "service")

# Patterns are applied with fullmatch: `$` would also accept a trailing newline.
_CODE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:\-/]{0,99}")
# Internal organisation ids are URL- and CLI-safe. `~HH` escapes (see org_id_for_identifier)
# carry any other character of a publisher's identifier, so none is refused for its characters.
_ORG_ID_RE = re.compile(r"[A-Za-z0-9~][A-Za-z0-9_.:~\-]{0,99}")
_ORG_ID_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:-")
_ORG_ID_MAX = 100
# ISO 8601 dates at the precision a publisher gave: a year, a month, a day, or a timestamp.
_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?"
                      r"(?:Z|[+-]\d{2}:?\d{2})?)?)?)?")


class ModelError(ValueError):
    """A value that breaks the data model. `field` names the offending attribute."""

    def __init__(self, field_name: str, reason: str):
        super().__init__(f"{field_name}: {reason}")
        self.field = field_name
        self.reason = reason


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


# Sectors whose members are never "small groups" for the fairness flag, whatever their income.
_NOT_SMALL_GROUPS = frozenset({"statutory", "academic", "funder"})


def size_band_for_income(income: float | None) -> str | None:
    """The income band for an annual income in pounds, or None when income is unknown."""
    if income is None:
        return None
    for limit, band in _SIZE_BAND_LIMITS:
        if income < limit:
            return band
    return "major"


def generated_org_id(name: str, postcode: str = "") -> str:
    """A stable id for an organisation with no registered identifier.

    Derived from the normalised name and postcode so that re-importing the same
    unregistered group yields the same id instead of a duplicate.
    """
    key = re.sub(r"[^a-z0-9]+", " ", name.lower()).strip() + "|" + postcode.replace(" ", "").upper()
    return "PM-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12].upper()


def is_valid_org_id(value) -> bool:
    return isinstance(value, str) and _ORG_ID_RE.fullmatch(value) is not None


def org_id_for_identifier(identifier: str) -> str:
    """The internal id for an identifier as a publisher wrote it (already normalised for
    matching, see graph.importers.identifiers). Deterministic, so re-imports agree.

    A valid internal id is used unchanged (so exports re-import as themselves). Any other
    character is written as `~HH` per UTF-8 byte: `st_hilda's` -> `st_hilda~27s`,
    `GB-REV-1639/73` -> `GB-REV-1639~2F73`; `identifier_for_org_id` reverses it. An id that
    would pass 100 characters keeps its first 88 and ends `~~` + a hash of the whole.
    """
    text = str(identifier)
    if is_valid_org_id(text):
        return text
    out = "".join(c if c in _ORG_ID_SAFE else "".join(f"~{b:02X}" for b in c.encode("utf-8")) for c in text)
    if len(out) <= _ORG_ID_MAX:
        return out
    head = out[:_ORG_ID_MAX - 12]
    if "~" in head[-2:]:
        head = head[:head.rindex("~")]         # never cut inside an escape
    return head + "~~" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10].upper()


def identifier_for_org_id(org_id: str) -> str:
    """The publisher's identifier an internal id was derived from (the id itself when it
    needed no escapes; a hashed long id gives back its readable part)."""
    if "~" not in org_id:
        return org_id
    text = org_id.split("~~", 1)[0]
    return re.sub(r"(?:~[0-9A-F]{2})+", lambda m: bytes.fromhex(m.group(0).replace("~", ""))
                  .decode("utf-8", "replace"), text)


def date_before(a: str, b: str) -> bool:
    """Whether ISO date `a` is before `b`, compared at the precision both have:
    '2013-08' is not before '2013-08-15' (it may be the same day)."""
    n = min(len(a), len(b), 10)
    return a[:n] < b[:n]


@lru_cache(maxsize=65536)
def _valid_code(value: str) -> bool:
    # Cached: the same few thousand codes recur across hundreds of thousands of records.
    return _CODE_RE.fullmatch(value) is not None


def _check_code(field_name: str, value: str) -> None:
    if not isinstance(value, str) or not _valid_code(value):
        raise ModelError(field_name, f"{value!r} is not a valid code (letters, digits, _.:-/; max 100)")


def _check_choice(field_name: str, value, allowed) -> None:
    if value not in allowed:
        raise ModelError(field_name, f"{value!r} is not one of {', '.join(allowed)}")


def _check_date(field_name: str, value: str | None) -> None:
    """An ISO date at any precision (YYYY, YYYY-MM, YYYY-MM-DD, a timestamp), whole."""
    if value in (None, ""):
        return
    m = _DATE_RE.fullmatch(value) if isinstance(value, str) else None
    try:
        if m is None:
            raise ValueError
        date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        raise ModelError(field_name, f"{str(value)[:40]!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None


def _tuple_of_str(field_name: str, value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        raise ModelError(field_name, "expected a list of values, got a single string")
    if not value:
        return ()
    if type(value) is tuple and all(type(v) is str and v and v == v.strip() for v in value) \
            and len(set(value)) == len(value):
        return value  # already clean: the common case when reading from a store
    return tuple(dict.fromkeys(str(v).strip() for v in value if str(v).strip()))


def _set(obj, name, value) -> None:
    object.__setattr__(obj, name, value)


def _as_number(field_name: str, value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise ModelError(field_name, f"{value!r} is not a number") from None
    # float() reads "inf", "Infinity", "nan" and overflows "1e309" to inf: none is an amount,
    # and one of them stored makes every JSON export of the store fail.
    if not math.isfinite(number):
        raise ModelError(field_name, f"{value!r} is not a finite number")
    return number


# A web address is rendered as a link, so its scheme decides what a click does: only http(s)
# may through (javascript:, data:, vbscript:, file: ... are refused in any letter case).
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_WEB_SCHEMES = ("http", "https")
_MAX_WEBSITE = 2000
_URL_JUNK_RE = re.compile("[\x00-\x20\x7f-\x9f\u200b\u2028\u2029\ufeff]")
# The usual stored form, accepted without parsing (snapshots read hundreds of thousands).
_PLAIN_WEB_URL_RE = re.compile(r"https?://[A-Za-z0-9](?:[A-Za-z0-9\-]*\.)+[A-Za-z0-9\-]+(?::[0-9]{1,5})?"
                               r"(?:[/?#][!#-~]*)?")


def clean_website(value) -> str:
    """An organisation's web address as a safe http(s) URL, or "" when there is none.

    A bare domain ("example.org/about") gets "https://". Raises ModelError (field
    "website") for any other scheme, for control characters or spaces inside the address
    (browsers drop tabs and newlines, so "java\tscript:" would run), and for an address
    with no host.
    """
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise ModelError("website", f"{value!r} is not a web address")
    if len(value) <= _MAX_WEBSITE and _PLAIN_WEB_URL_RE.fullmatch(value):
        return value
    text = value.strip(" ")
    if not text:
        return ""
    if len(text) > _MAX_WEBSITE:
        raise ModelError("website", f"longer than {_MAX_WEBSITE:,} characters")
    # Say "not http(s)" for a script address even when it hides behind spaces or tabs.
    squeezed = _URL_JUNK_RE.sub("", text)
    scheme = _SCHEME_RE.match(squeezed)
    if scheme and "." not in scheme.group(1) and scheme.group(1).lower() not in _WEB_SCHEMES:
        raise ModelError("website", f"{value!r} is not an http:// or https:// web address")
    if squeezed != text:
        raise ModelError("website", f"{value!r} contains spaces or control characters")
    if text.startswith("//"):
        text = "https:" + text
    scheme = _SCHEME_RE.match(text)
    # "example.org:8080/x" looks like a scheme; a real scheme has no dot in it.
    if scheme and "." not in scheme.group(1):
        if scheme.group(1).lower() not in _WEB_SCHEMES:
            raise ModelError("website", f"{value!r} is not an http:// or https:// web address")
        text = scheme.group(1).lower() + text[len(scheme.group(1)):]
        if not text[len(scheme.group(1)) + 1:].startswith("//"):
            raise ModelError("website", f"{value!r} is not an http:// or https:// web address")
    else:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
    except ValueError:
        raise ModelError("website", f"{value!r} is not a valid web address") from None
    if not host or ("." not in host and host != "localhost" and ":" not in host):
        raise ModelError("website", f"{value!r} has no site name (like example.org)")
    if any(ch in host for ch in "<>\"'`\\{}|^@"):
        raise ModelError("website", f"{value!r} is not a valid web address")
    return text


def stored_website(value) -> str:
    """A website read back from a store: cleaned, or "" when it is not a safe web address.
    Stores written before addresses were checked may hold one; dropping it from the link
    keeps the rest of the organisation readable."""
    try:
        return clean_website(value)
    except ModelError:
        return ""


def stored_number(value) -> float | None:
    """An amount or income read back from a store: None when it is not a finite number
    (stores written before non-finite numbers were refused may hold inf or NaN)."""
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _non_negative_number(field_name: str, value) -> float:
    number = _as_number(field_name, value)
    if number < 0 or number != number:
        raise ModelError(field_name, "must be a non-negative number")
    return number


@dataclass(frozen=True)
class _Term:
    """An entry of a two-level vocabulary: Service and Community are both this shape."""
    code: str
    label: str
    parent: str = ""

    def __post_init__(self):
        _check_code("code", self.code)
        if not self.label.strip():
            raise ModelError("label", "must not be empty")
        if self.parent:
            _check_code("parent", self.parent)


class Service(_Term):
    """What an organisation does, as a code of the services vocabulary."""


class Community(_Term):
    """Whom an organisation serves, as a code of the communities vocabulary."""


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    kind: str = "local_authority"
    parent: str = ""

    def __post_init__(self):
        _check_code("code", self.code)
        if not self.name.strip():
            raise ModelError("name", "must not be empty")
        _check_choice("kind", self.kind, PLACE_KINDS)
        if self.parent:
            _check_code("parent", self.parent)
            if self.parent == self.code:
                raise ModelError("parent", "a place cannot be its own parent")


# Fields whose values may be inferred rather than stated by a source (design.md, "Real data
# and what we infer from it"): what an organisation does and whom it serves from its own
# words, its sector from an identifier's scheme or its name.
INFERABLE_FIELDS = ("services", "communities", "sector")


@dataclass(frozen=True)
class Inference:
    """One value of an organisation that we inferred instead of a source stating it.

    The value itself lives in its field (a code in `services`, the `sector`); this record
    says it was inferred, how sure we are (`confidence` in [0, 1]), by what `method`
    ("model", "rule", "name", "scheme", ...) and from which `evidence` (the text or
    identifier it came from, e.g. "activities" or "grant description").
    """
    field: str
    value: str
    confidence: float
    method: str
    evidence: str = ""

    def __post_init__(self):
        _check_choice("inferred.field", self.field, INFERABLE_FIELDS)
        if not isinstance(self.value, str) or not self.value.strip():
            raise ModelError("inferred.value", "must not be empty")
        confidence = _as_number("inferred.confidence", self.confidence)
        if not 0 <= confidence <= 1:
            raise ModelError("inferred.confidence", f"{confidence} is outside 0..1")
        _set(self, "confidence", round(confidence, 4))
        if not isinstance(self.method, str) or not self.method.strip():
            raise ModelError("inferred.method", "must not be empty")
        if len(self.evidence or "") > 300:
            raise ModelError("inferred.evidence", "longer than 300 characters")
        _set(self, "evidence", self.evidence or "")

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _inferences(value, org) -> tuple[Inference, ...]:
    """`inferred` as a sorted tuple of Inference, each naming a value its field holds."""
    if isinstance(value, str):
        raise ModelError("inferred", "expected a list of inferences, got a single string")
    out = []
    for item in value:
        if isinstance(item, dict):
            try:
                item = Inference(**item)
            except TypeError as e:
                raise ModelError("inferred", f"not an inference: {e}") from None
        elif not isinstance(item, Inference):
            raise ModelError("inferred", f"{item!r} is not an inference")
        held = getattr(org, item.field)
        if (item.value not in held) if isinstance(held, tuple) else (item.value != held):
            raise ModelError("inferred", f"inferred {item.field} {item.value!r} is not the organisation's "
                                         f"{item.field}")
        out.append(item)
    out.sort(key=lambda i: (i.field, i.value))
    for a, b in zip(out, out[1:]):
        if (a.field, a.value) == (b.field, b.value):
            raise ModelError("inferred", f"{a.field} {a.value!r} inferred twice")
    return tuple(out)


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    description: str = ""
    sector: str = "vcse"
    legal_form: str = ""
    size_band: str | None = None
    income: float | None = None
    led_by: tuple[str, ...] = ()
    registered_ids: tuple[str, ...] = ()
    postcode: str = ""
    lat: float | None = None
    lon: float | None = None
    website: str = ""
    source: str = ""
    updated_at: str = ""
    services: tuple[str, ...] = ()
    communities: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    # Which of the values above were inferred, not stated (empty for most records).
    inferred: tuple[Inference, ...] = ()

    def __post_init__(self):
        if not is_valid_org_id(self.id):
            raise ModelError("id", f"{self.id!r} is not a valid organisation id")
        if not isinstance(self.name, str) or not self.name.strip():
            raise ModelError("name", "must not be empty")
        if len(self.name) > 300:
            raise ModelError("name", "longer than 300 characters")
        if len(self.description) > 20_000:
            raise ModelError("description", "longer than 20,000 characters")
        _check_choice("sector", self.sector, SECTORS)
        if self.income is not None:
            _set(self, "income", _non_negative_number("income", self.income))
        if self.size_band in (None, ""):
            _set(self, "size_band", size_band_for_income(self.income))
        else:
            _check_choice("size_band", self.size_band, SIZE_BANDS)
        for name in ("led_by", "registered_ids"):
            _set(self, name, _tuple_of_str(name, getattr(self, name)))
        # Sorted so that the same organisation reads back equal from either store.
        for name in ("services", "communities", "places"):
            _set(self, name, tuple(sorted(_tuple_of_str(name, getattr(self, name)))))
        for value in self.led_by:
            _check_choice("led_by", value, LED_BY)
        for name in ("services", "communities", "places"):
            for code in getattr(self, name):
                _check_code(name, code)
        for name, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
            value = getattr(self, name)
            if value is not None:
                value = _as_number(name, value)
                if not lo <= value <= hi:
                    raise ModelError(name, f"{value} is outside {lo}..{hi}")
                _set(self, name, value)
        _set(self, "postcode", self.postcode.strip().upper())
        _set(self, "website", clean_website(self.website))
        if self.inferred:
            _set(self, "inferred", _inferences(self.inferred, self))
        elif self.inferred is None or type(self.inferred) is not tuple:
            _set(self, "inferred", ())

    def inferred_values(self, field_name: str) -> dict[str, Inference]:
        """{value: Inference} for the values of `field_name` that were inferred."""
        return {i.value: i for i in self.inferred if i.field == field_name}

    def stated(self, field_name: str) -> tuple[str, ...]:
        """The codes of a list field that a source stated (not inferred)."""
        inferred = {i.value for i in self.inferred if i.field == field_name}
        return tuple(c for c in getattr(self, field_name) if c not in inferred)

    @property
    def is_registered(self) -> bool:
        return bool(self.registered_ids)

    @property
    def is_below_radar(self) -> bool:
        """A voluntary group with no registration number ("below the radar", as the sector
        says of unregistered community groups). A council, university, firm or funder with
        no number given is not one: it is just not identified (the matcher's `unregistered`)."""
        return not self.registered_ids and self.sector == "vcse"

    @property
    def is_small(self) -> bool:
        """Micro or small by evidence: an income band (or a stated band) under £100k.

        No income is "size unknown", never small: a council, an NHS trust or a national
        charity listed in a directory without a registration number or an income is not a
        small group, and the fairness flag must not promote it as one. Nor, whatever its
        income, is a public body or a funder: a grant-making trust with £5,000 a year (most
        trusts on the registers are that size) is a small funder, not a small group."""
        return self.size_band in ("micro", "small") and self.sector not in _NOT_SMALL_GROUPS

    @property
    def is_marginalised_led(self) -> bool:
        return bool(self.led_by)

    def to_dict(self) -> dict:
        d = {f.name: (list(v) if isinstance(v := getattr(self, f.name), tuple) else v)
             for f in fields(self)}
        d["inferred"] = [i.to_dict() for i in self.inferred]
        return d

    def with_changes(self, **changes) -> "Organisation":
        return replace(self, **changes)


@dataclass(frozen=True)
class Tie:
    """A relationship between two organisations.

    Identity is (from_id, to_id, kind, ref): `ref` tells apart several ties of one kind
    between the same pair, e.g. two grants from one funder to one charity.
    For mutual kinds the order of the two ids carries no meaning.
    """
    from_id: str
    to_id: str
    kind: str
    form: str = ""
    strength: float = 1.0
    since: str = ""
    until: str = ""
    amount: float | None = None
    currency: str = ""
    source: str = ""
    ref: str = ""

    def __post_init__(self):
        for name in ("from_id", "to_id"):
            v = getattr(self, name)
            if not is_valid_org_id(v):
                raise ModelError(name, f"{v!r} is not a valid organisation id")
        if self.from_id == self.to_id:
            raise ModelError("to_id", "a tie must join two different organisations")
        _check_choice("kind", self.kind, TIE_KINDS)
        if self.form:
            _check_choice("form", self.form, FORMS)
        strength = _as_number("strength", self.strength)
        if not 0 < strength <= 10:
            raise ModelError("strength", "must be in (0, 10]")
        _set(self, "strength", strength)
        _check_date("since", self.since)
        _check_date("until", self.until)
        if self.since and self.until and date_before(self.until, self.since):
            raise ModelError("until", "is before since")
        if self.amount is not None:
            _set(self, "amount", _non_negative_number("amount", self.amount))
        if len(self.ref) > 200:
            raise ModelError("ref", "longer than 200 characters")

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.from_id, self.to_id, self.kind, self.ref)

    @property
    def directed(self) -> bool:
        return self.kind in DIRECTED_TIE_KINDS

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Need:
    """A recorded need in a place for a community or a service; level in [0, 1]."""
    place: str
    target: str
    code: str
    level: float = 1.0
    source: str = ""

    def __post_init__(self):
        _check_code("place", self.place)
        _check_choice("target", self.target, NEED_TARGETS)
        _check_code("code", self.code)
        level = float(self.level)
        if not 0 <= level <= 1:
            raise ModelError("level", "must be in [0, 1]")
        _set(self, "level", level)


@dataclass(frozen=True)
class Introduction:
    id: str
    org_a: str
    org_b: str
    status: str = "suggested"
    broker: str = ""
    created_at: str = ""
    updated_at: str = ""
    note: str = ""
    outcome: str = ""
    history: tuple[tuple[str, str, str], ...] = ()  # (status, at, by)

    def __post_init__(self):
        if not self.id:
            raise ModelError("id", "must not be empty")
        for name in ("org_a", "org_b"):
            if not is_valid_org_id(getattr(self, name)):
                raise ModelError(name, f"{getattr(self, name)!r} is not a valid organisation id")
        if self.org_a == self.org_b:
            raise ModelError("org_b", "an introduction joins two different organisations")
        _check_choice("status", self.status, INTRO_STATUSES)
        _set(self, "history", tuple(tuple(h) for h in self.history))

    def to_dict(self) -> dict:
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        d["history"] = [{"status": s, "at": at, "by": by} for s, at, by in self.history]
        return d


@dataclass(frozen=True)
class User:
    """A person or program that signs in.

    `session_key` is a random value written into every session cookie the user gets: a
    new one (on sign-out, a password or role change, or re-creating a removed name) ends
    every earlier session. `tokens` are the user's API tokens as (label, SHA-256 of the
    token, created_at); `token_hash` is the single unnamed token of older stores, which
    reads back as the token labelled "default".
    """
    name: str
    role: str
    password_hash: str = ""
    token_hash: str = ""
    created_at: str = field(default="")
    session_key: str = ""
    tokens: tuple[tuple[str, str, str], ...] = ()

    def __post_init__(self):
        if not isinstance(self.name, str) or not re.fullmatch(r"[A-Za-z0-9_.@\-]{1,80}", self.name):
            raise ModelError("name", f"{self.name!r} is not a valid user name")
        _check_choice("role", self.role, ROLES)
        tokens = tuple((str(label), str(digest), str(at)) for label, digest, at in (self.tokens or ()))
        if self.token_hash and all(digest != self.token_hash for _, digest, _ in tokens):
            tokens = (("default", self.token_hash, self.created_at),) + tokens
        labels = [label for label, _, _ in tokens]
        for label in labels:
            if not re.fullmatch(r"[A-Za-z0-9_.\-]{1,40}", label):
                raise ModelError("label", f"{label!r} is not a valid token label (letters, digits, _.-; max 40)")
        if len(set(labels)) != len(labels):
            raise ModelError("label", "two tokens have the same label")
        _set(self, "token_hash", "")
        _set(self, "tokens", tokens)

    def token_labelled(self, label: str) -> tuple[str, str, str] | None:
        return next((t for t in self.tokens if t[0] == label), None)

    def has_token_hash(self, digest: str) -> bool:
        return bool(digest) and any(d == digest for _, d, _ in self.tokens)
