"""Sector from evidence: an identifier's scheme, a register's organisation type, then the name.

Outside sources rarely say what sector an organisation is in, and the importers used to
default every record to VCSE, so councils, NHS trusts and universities in grant and
service-directory data were counted as small voluntary groups. Here the sector is read
from the strongest evidence available, in order:

1. the scheme of a registered identifier (org-id.guide lists): GB-LAE/GB-LAS/GB-PLA/GB-LANI
   are local authorities, GB-NHS the NHS, GB-GOR/GB-GOV government, GB-HESA higher
   education, GB-EDU schools; GB-CHC/GB-SC/GB-NIC registered charities. A company number
   alone (GB-COH) says nothing about sector;
2. an organisation type a register states (GrantNav's "Org Type" from the registers,
   360Giving's funder types);
3. the name: "... Council", "Borough of ...", "NHS ... Trust", "University", "College",
   "Police", "Fire and Rescue", "Clinical Commissioning Group", "Integrated Care Board".

Each answer carries its method and evidence so the record can say the sector was
inferred, and from what. Size is never inferred here: only income gives a size band.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph.model import Inference

__all__ = ["SectorEvidence", "infer_sector", "sector_from_scheme", "sector_from_org_type",
           "sector_from_name", "PUBLIC_SECTORS"]

# Sectors that are public bodies: never "funder" just because they fund, never small groups.
PUBLIC_SECTORS = frozenset({"statutory", "academic"})

_SCHEMES = {
    "GB-LAE": ("statutory", "local authority (England)"),
    "GB-LAS": ("statutory", "local authority (Scotland)"),
    "GB-PLA": ("statutory", "principal local authority (Wales)"),
    "GB-LANI": ("statutory", "local council (Northern Ireland)"),
    "GB-NHS": ("statutory", "NHS organisation"),
    "GB-GOR": ("statutory", "government organisation"),
    "GB-GOV": ("statutory", "government organisation"),
    "GB-UKPRN": ("academic", "registered learning provider"),
    "GB-HESA": ("academic", "higher education provider"),
    "GB-EDU": ("statutory", "school (Department for Education register)"),
    "GB-CHC": ("vcse", "registered charity (England and Wales)"),
    "GB-SC": ("vcse", "registered charity (Scotland)"),
    "GB-NIC": ("vcse", "registered charity (Northern Ireland)"),
    "GB-MPR": ("vcse", "mutual society (co-operative or community benefit society)"),
}

# Organisation types as GrantNav (from Find that Charity) and 360Giving funder types write them.
_ORG_TYPES = (
    (re.compile(r"local authority|council|combined authority|police|fire and rescue|government|"
                r"nhs|health board|clinical commissioning|integrated care|parish|public body|"
                r"arms length|non-departmental|public agency|government agency|state agency|federal|ministry|"
                r"municipal"), "statutory"),
    (re.compile(r"universit|higher education|further education|college|research council|research institute|"
                r"laboratory"), "academic"),
    (re.compile(r"school|academy trust"), "statutory"),
    (re.compile(r"religious|faith|church|mosque|synagogue|gurdwara"), "faith"),
    (re.compile(r"charit|community interest|mutual|co-?operative|community benefit|voluntary|"
                r"social enterprise|trust/foundation|foundation|lottery|community group|\bngos?\b|"
                r"non-?governmental|association"), "vcse"),
    (re.compile(r"^(registered )?company$|private|corporat|business|consult|for-?profit|commercial|"
                r"^firm$|industry"), "private"),
)

# Words that make a "Council" or "College" name something else (a council for voluntary
# service, a parochial church council, a youth council, a street called College Road).
_NOT_STATUTORY = re.compile(r"\b(voluntary|volunteer|community|communities|youth|church|churches|parochial|"
                            r"faith|interfaith|racial|equality|arts|sports?|association|charit\w*|"
                            r"tenants|residents|students'?|union|friends|service users?|studies|refugees?|"
                            r"british|research|national|diocesan|trades|advisory|women'?s?|"
                            # movements whose local branches are councils (a Scout council, a
                            # St Vincent de Paul district council)
                            r"scouts?|scouting|guides?|girlguiding|vincent de paul)\b|"
                            r"\bcouncil (for|on)\b|\bcouncil of (?!the (city|county|borough)\b)|"
                            r"\broyal college of (?!art\b|music\b)")
# Words that make any public-body name a voluntary group around it: a school's PTA, the
# friends of a hospital, an NHS charity, a police community club, a students' union.
_NOT_PUBLIC_BODY = re.compile(r"\b(pta|ptfa|parents'?|alumni|friends|fellowship|charit\w*|appeal|"
                              r"students'?|union|association|club|clubs|society|league)\b")
_INCORPORATED = re.compile(r"\b(inc|llc|corp|incorporated)\b\.?")
_NAME_RULES = (
    (re.compile(r"\bnhs\b"), "statutory", "NHS"),
    (re.compile(r"\bclinical commissioning group\b"), "statutory", "Clinical Commissioning Group"),
    (re.compile(r"\bintegrated care (board|system)\b"), "statutory", "Integrated Care Board"),
    (re.compile(r"\bfire (and|&) rescue\b"), "statutory", "Fire and Rescue"),
    (re.compile(r"\bpolice\b"), "statutory", "Police"),
    (re.compile(r"\b(city|county|borough|district|metropolitan|parish|town|community) council\b|"
                r"\bcouncil$|^(the )?(royal |london )?borough of\b|\bcouncil of the (city|county|borough)\b|"
                r"\bcombined authority\b"), "statutory", "Council or Borough"),
    (re.compile(r"\buniversity\b(?!.{0,12}\bthird age\b)"), "academic", "University"),
    (re.compile(r"\bcollege\b(?! (road|street|lane|green|park|avenue)\b)"), "academic", "College"),
    # Public bodies as directories outside UK local government name them (a real Open Referral
    # export: "Florida Department of Health", "Collier County Sheriff's Office", "Housing
    # Authority of the City of Key West", "Monroe County Public School District"). After the
    # university rule: "University of Miami - Department of Family Medicine" is academic.
    (re.compile(r"\bdepartment of\b|\bsheriff'?s? office\b|\bschool district\b|\bpublic schools\b|"
                r"\b(housing|transport|transportation|transit|port|health|water|local|regional|education) authority\b|"
                r"\bclerk of the (circuit )?court\b|"
                r"\b(county|city|state|municipal)\b.*\b(department|division|public library|elections office)$"),
     "statutory", "Government department or agency"),
)


@dataclass(frozen=True)
class SectorEvidence:
    sector: str
    method: str        # "scheme", "register" or "name"
    evidence: str      # the identifier, type or word that decided it

    @property
    def public(self) -> bool:
        return self.sector in PUBLIC_SECTORS

    def inference(self) -> Inference:
        """The record's note that its sector was inferred, how surely and from what."""
        return _inference(self)


@lru_cache(maxsize=65536)
def _inference(e: SectorEvidence) -> Inference:
    return Inference("sector", e.sector, _CONFIDENCE[e.method], e.method, e.evidence[:300])


# How far each kind of evidence is trusted: a scheme is a register's own classification, an
# organisation type is a register's word passed on by an aggregator, a name is a guess.
_CONFIDENCE = {"scheme": 0.95, "register": 0.85, "name": 0.7}


def sector_from_scheme(ids) -> SectorEvidence | None:
    """Sector from the first identifier whose scheme decides one (public schemes first, so
    a council that also holds a company number reads as a council)."""
    found = []
    for oid in ids:
        oid = str(oid or "").strip().upper()
        for scheme, (sector, what) in _SCHEMES.items():
            if oid.startswith(scheme + "-") and len(oid) > len(scheme) + 1:
                found.append(SectorEvidence(sector, "scheme", f"{oid} ({what})"))
    found.sort(key=lambda e: not e.public)
    return found[0] if found else None


def sector_from_org_type(org_type) -> SectorEvidence | None:
    """Sector from a register's organisation type (a string or a list of them)."""
    types = org_type if isinstance(org_type, (list, tuple)) else [org_type]
    for t in types:
        text = " ".join(str(t or "").lower().split())
        if not text:
            continue
        for pattern, sector in _ORG_TYPES:
            if pattern.search(text):
                return SectorEvidence(sector, "register", f"organisation type {str(t).strip()!r}")
    return None


def sector_from_name(name: str) -> SectorEvidence | None:
    """Sector from words in the name, the weakest evidence: only public bodies are named so
    reliably ("Trafford Council", "Manchester University NHS Foundation Trust")."""
    text = " ".join(str(name or "").lower().replace("&", " and ").split())
    if not text:
        return None
    if _NOT_PUBLIC_BODY.search(text):
        return None
    for pattern, sector, word in _NAME_RULES:
        if pattern.search(text):
            if word in ("Council or Borough", "College", "University") and _NOT_STATUTORY.search(text):
                continue
            if word == "Government department or agency" and _INCORPORATED.search(text):
                continue        # "..., Inc.": a non-profit corporation named after its county

            return SectorEvidence(sector, "name", f"name contains {word!r}")
    return None


def infer_sector(ids=(), name: str = "", org_type=None) -> SectorEvidence | None:
    """The best evidence of an organisation's sector, or None when nothing says."""
    if isinstance(org_type, list):
        org_type = tuple(org_type)
    try:
        return _infer_cached(tuple(ids), name, org_type)
    except TypeError:            # an unhashable organisation type from odd JSON
        return _infer(ids, name, org_type)


@lru_cache(maxsize=65536)
def _infer_cached(ids: tuple, name: str, org_type) -> SectorEvidence | None:
    # A funder appears on every one of its grants: decide once per distinct input.
    return _infer(ids, name, org_type)


def _infer(ids, name: str, org_type) -> SectorEvidence | None:
    scheme = sector_from_scheme(ids)
    if scheme is not None and scheme.evidence.upper().startswith("GB-EDU-"):
        # The Department for Education's register lists universities and colleges beside
        # schools (Power to Change gave Durham University GB-EDU-133812): an academic
        # type or name says which.
        other = sector_from_org_type(org_type) or sector_from_name(name)
        if other is not None and other.sector == "academic":
            return other
    return scheme or sector_from_org_type(org_type) or sector_from_name(name)
