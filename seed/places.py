"""The demo's places: three contrasting areas, a city, a town and a rural county.

Regions, counties and local authorities carry their ONS GSS codes. Wards carry our own
codes (`BRS:easton`) rather than invented GSS codes, so nobody mistakes them for official ones.
"""
from __future__ import annotations

from graph.model import Place

__all__ = ["DEMO_PLACES", "AREAS", "areas_wards"]

ENGLAND = Place("E92000001", "England", "country")
SOUTH_WEST = Place("E12000009", "South West", "region", "E92000001")
EAST = Place("E12000006", "East of England", "region", "E92000001")
BRISTOL = Place("E06000023", "Bristol, City of", "local_authority", "E12000009")
LUTON = Place("E06000032", "Luton", "local_authority", "E12000006")
SUFFOLK = Place("E10000029", "Suffolk", "county", "E12000006")

_BRISTOL_WARDS = ["Ashley", "Easton", "Lawrence Hill", "Filwood", "Hartcliffe and Withywood",
                  "Southmead", "Lockleaze", "Bedminster"]
_LUTON_WARDS = ["Biscot", "Dallow", "High Town", "Farley", "Lewsey", "Northwell"]
_SUFFOLK_DISTRICTS = [("E07000202", "Ipswich"), ("E07000244", "East Suffolk"),
                      ("E07000245", "West Suffolk"), ("E07000200", "Babergh"),
                      ("E07000203", "Mid Suffolk")]


def _slug(name: str) -> str:
    return name.lower().replace(" and ", "_").replace(" ", "_")


def _wards(prefix: str, parent: str, names: list[str]) -> list[Place]:
    return [Place(f"{prefix}:{_slug(n)}", n, "ward", parent) for n in names]


AREAS = {
    # area code -> (short name, the small places organisations work in)
    BRISTOL.code: ("Bristol", _wards("BRS", BRISTOL.code, _BRISTOL_WARDS)),
    LUTON.code: ("Luton", _wards("LTN", LUTON.code, _LUTON_WARDS)),
    SUFFOLK.code: ("Suffolk", [Place(code, name, "district", SUFFOLK.code) for code, name in _SUFFOLK_DISTRICTS]),
}

DEMO_PLACES: list[Place] = [ENGLAND, SOUTH_WEST, EAST, BRISTOL, LUTON, SUFFOLK] + [
    p for _, wards in AREAS.values() for p in wards]


def areas_wards(area_code: str) -> list[Place]:
    return AREAS[area_code][1]
