"""A real inter-organisational network for evaluation: the EMON search-and-rescue networks.

Drabek et al. (1981) recorded which organisations worked with which, and how often,
in seven disaster responses (140 organisations: fire services, sheriffs, Red Cross,
amateur radio clubs, volunteer rescue teams...). The data ship in the R package
`network` (Debian r-cran-network, GPL >= 2); tests/data/realworld/ holds the CSV export
and its README. Here it is mapped onto our data model, and the mapping is the only
thing we add:

- place: each disaster response is a local authority under one country; organisations
  sited locally (Location L or B) also get the response's "local site" ward.
- sector: City/County/State/Federal sponsorship -> statutory; Private -> vcse.
- size band: from paid + volunteer staff (<=10 micro, <=50 small, <=250 medium,
  <=1000 large, else major), since the source has no income.
- services: one or two coarse service codes read from the organisation's name by the
  keyword rules in `_SERVICE_RULES` (the source has no service field).
- communities: everyone serves "people affected by the disaster" (the source has no
  such field), so community overlap carries no information here, honestly.
- ties: each reported interaction is a `network` tie; strength = 5 - frequency
  (frequency 1 = continuous contact). No dates, so only the random split applies.
"""
from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

from graph.model import Community, Organisation, Place, Service, Tie
from graph.stores.base import GraphData

__all__ = ["load_emon", "load_motu", "load_donations", "load_realworld", "REALWORLD_SETS", "EMON_SERVICES"]

EMON_SERVICES = {
    "fire_rescue": "Fire and rescue", "law_enforcement": "Law enforcement",
    "emergency_management": "Emergency management and civil defence",
    "military": "Military and national guard", "relief_welfare": "Relief and welfare",
    "medical": "Ambulance and medical", "communications": "Radio communications",
    "search_rescue": "Volunteer search and rescue", "land_transport": "Land, parks and transport",
    "aviation": "Aviation", "other": "Other services",
}
# Order matters: the first rules name the more specific roles.
_SERVICE_RULES = (
    ("communications", r"radio|react|bears|ares"),
    ("search_rescue", r"search|sar\b|esar|rescue (council|team|units)|dog|four by four|underwater"),
    ("aviation", r"helicopter|aviation|aeronautics|air station|arrs|air control|civil air patrol|mast"),
    ("military", r"national guard|army|air force|coast guard|cavalry|support group|air force base"),
    ("fire_rescue", r"fire|vfd|rescue no"),
    ("law_enforcement", r"police|sheriff|highway patrol|rangers|attorney|coroner|traffic"),
    ("emergency_management", r"civil defense|\bcd\b|disaster|emergency services|risk management"),
    ("relief_welfare", r"red cross|salvation army"),
    ("medical", r"ambulance|medical|gold cross|emergency medical"),
    ("land_transport", r"parks|game and fish|forest|transportation|highway department|public works|"
                       r"corps of engineers|body works"),
)
_SPONSOR_SECTOR = {"Private": "vcse", "City": "statutory", "County": "statutory", "State": "statutory",
                   "Federal": "statutory"}


def _clean_name(raw: str) -> str:
    name = re.sub(r"\.+", " ", raw).strip()
    return re.sub(r"\s+", " ", name)


def _services(name: str) -> tuple[str, ...]:
    low = name.lower()
    found = [code for code, rule in _SERVICE_RULES if re.search(rule, low)]
    return tuple(found[:2]) or ("other",)


def _size_band(paid: str, volunteer: str):
    if not paid and not volunteer:
        return None
    staff = float(paid or 0) + float(volunteer or 0)
    for limit, band in ((10, "micro"), (50, "small"), (250, "medium"), (1000, "large")):
        if staff <= limit:
            return band
    return "major"


def load_emon(folder) -> GraphData:
    """Read emon_orgs.csv and emon_ties.csv from `folder` as GraphData (see module notes)."""
    folder = Path(folder)
    places = [Place("EMON-US", "United States", "country")]
    orgs = []
    with open(folder / "emon_orgs.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for event in dict.fromkeys(r["event"] for r in rows):
        places.append(Place(f"EMON-{event}", f"{event} response", "local_authority", "EMON-US"))
        places.append(Place(f"EMON-{event}-local", f"{event} local site", "ward", f"EMON-{event}"))
    for r in rows:
        name = _clean_name(r["name"])
        local = r["location"] in ("L", "B")
        orgs.append(Organisation(
            id=f"EMON-{r['event']}-{int(r['vertex']):02d}", name=name,
            description=name, sector=_SPONSOR_SECTOR.get(r["sponsorship"], "vcse"),
            size_band=_size_band(r["paid_staff"], r["volunteer_staff"]),
            services=_services(name), communities=("disaster_affected",),
            places=(f"EMON-{r['event']}-local",) if local else (f"EMON-{r['event']}",),
            source="Drabek et al. 1981 via R package network"))
    ties = {}
    with open(folder / "emon_ties.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            a = f"EMON-{r['event']}-{int(r['from']):02d}"
            b = f"EMON-{r['event']}-{int(r['to']):02d}"
            tie = Tie(a, b, "network", strength=5 - float(r["frequency"]), source="emon")
            ties[tie.key] = tie
    return GraphData(organisations=orgs, ties=list(ties.values()),
                     services=[Service(c, label) for c, label in EMON_SERVICES.items()],
                     communities=[Community("disaster_affected", "People affected by the disaster")],
                     places=places)


def _slug_id(prefix: str, name: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")[:60] or "x"
    return f"{prefix}-{slug}-{hashlib.sha1(name.encode()).hexdigest()[:6]}"


def load_motu(folder) -> GraphData:
    """The Motu working-paper co-authorship network (2003-2020), dated, from motu_papers.csv.

    Each author is a node (sector "academic"); two authors are tied (kind "partnership",
    the collaboration lens) from the year of their first joint paper (`since` = 1 January
    of that year, the finest date the source gives). What an author is known by comes only
    from their *first* paper (its research area as the one service, its title as the
    description), so nothing about an author is read from papers written after they first
    appear: a time split evaluates on facts that were knowable at the cut-off.
    """
    return _load_papers(Path(folder) / "motu_papers.csv", "MOTU", "motuwp",
                        Place("MOTU-NZ", "New Zealand", "country"))


def load_nber_health(folder) -> GraphData:
    """Co-authorship of the NBER's health working papers (1990-2021), dated to the month,
    from nber_health_papers.csv: read as `load_motu` reads Motu's papers (first paper
    gives an author's programme and description; a tie from the first joint paper)."""
    return _load_papers(Path(folder) / "nber_health_papers.csv", "NBER", "nberwp",
                        Place("NBER-US", "United States", "country"))


def _load_papers(path: Path, prefix: str, source: str, place: Place) -> GraphData:
    with open(path, newline="", encoding="utf-8") as f:
        papers = list(csv.DictReader(f))
    # In publication order: an author's first paper is the one they are known by.
    papers.sort(key=lambda r: (int(r["year"]), int(r.get("month") or 1), r["number"]))
    areas = {}
    first = {}
    ties = {}
    for p in papers:
        area = re.sub(r"[^a-z0-9]+", "_", p["area"].lower()).strip("_") or "other"
        areas[area] = p["area"] or "Other"
        names = [a.strip() for a in p["authors"].split(";") if a.strip()]
        for a in names:
            first.setdefault(a, (p, area))
        since = f"{int(p['year']):04d}-{int(p.get('month') or 1):02d}-01"
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if a == b:
                    continue
                ida, idb = sorted((_slug_id(prefix, a), _slug_id(prefix, b)))
                t = ties.get((ida, idb))
                if t is None or since < t.since:
                    ties[(ida, idb)] = Tie(ida, idb, "partnership", since=since, source=source, ref="")
    orgs = [Organisation(id=_slug_id(prefix, a), name=a, description=p["title"], sector="academic",
                         services=(area,), places=(place.code,), source=f"{source} (CC0)")
            for a, (p, area) in first.items()]
    return GraphData(organisations=orgs, ties=list(ties.values()),
                     services=[Service(c, label) for c, label in sorted(areas.items())],
                     communities=[], places=[place])


def load_donations(folder) -> GraphData:
    """US foundation grants (1985-2023), dated, from donations_pairs.csv (funding lens).

    One `funding` tie per funder-recipient pair, `since` its first grant, `amount` the sum
    of its grants; funders have sector "funder", recipients "vcse". Recipients carry no
    other attributes (the source has none we could date), so this set tests the topology
    of funding: who a funder funds next among the organisations already in the data.
    """
    folder = Path(folder)
    with open(folder / "donations_pairs.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    funders = dict.fromkeys(r["funder"] for r in rows)
    recipients = dict.fromkeys(r["recipient"] for r in rows if r["recipient"] not in funders)
    orgs = [Organisation(id=_slug_id("DON-F", n), name=n, description=n, sector="funder",
                         places=("DON-US",), source="vipulnaik/donations (CC0)") for n in funders]
    orgs += [Organisation(id=_slug_id("DON-R", n), name=n, description=n, sector="vcse",
                          places=("DON-US",), source="vipulnaik/donations (CC0)") for n in recipients]
    ids = {o.name: o.id for o in orgs}
    ties = [Tie(ids[r["funder"]], ids[r["recipient"]], "funding", since=r["first_grant"],
                amount=float(r["amount_usd"] or 0) or None, currency="USD", source="donations")
            for r in rows if r["funder"] != r["recipient"]]
    return GraphData(organisations=orgs, ties=ties, services=[], communities=[],
                     places=[Place("DON-US", "United States", "country")])


# name -> (loader, the files it reads): the real-world sets `partnermap evaluate --realworld` knows.
REALWORLD_SETS = {"emon": (load_emon, ("emon_orgs.csv", "emon_ties.csv")),
                  "motu": (load_motu, ("motu_papers.csv",)),
                  "nber_health": (load_nber_health, ("nber_health_papers.csv",)),
                  "donations": (load_donations, ("donations_pairs.csv",))}


def load_realworld(folder, name: str | None = None):
    """(GraphData, set name) for `name`, or for whichever set's files are in `folder`
    (EMON first, for the old `--realworld DIR` behaviour)."""
    folder = Path(folder)
    if name is not None:
        if name not in REALWORLD_SETS:
            raise ValueError(f"unknown real-world set {name!r}: use one of {', '.join(REALWORLD_SETS)}")
        return REALWORLD_SETS[name][0](folder), name
    for key, (loader, files) in REALWORLD_SETS.items():
        if all((folder / f).exists() for f in files):
            return loader(folder), key
    raise ValueError(f"{folder} holds none of the real-world sets ({', '.join(REALWORLD_SETS)})")
