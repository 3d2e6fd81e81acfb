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
import re
from pathlib import Path

from graph.model import Community, Organisation, Place, Service, Tie
from graph.stores.base import GraphData

__all__ = ["load_emon", "EMON_SERVICES"]

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
