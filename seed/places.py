"""The demo's places: three contrasting areas, a city, a town and a rural county.

Regions, counties and local authorities carry their ONS GSS codes. Wards carry our own
codes (`BRS:easton`) rather than invented GSS codes, so nobody mistakes them for official ones.
"""
from __future__ import annotations

from graph.model import Place

__all__ = ["DEMO_PLACES", "AREAS", "areas_wards", "demo_coordinates"]

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


# Real centres (latitude, longitude) of the demo's local authorities and Suffolk's districts,
# so the geographic map has somewhere true to put them. Wards have no official code here,
# so they sit on a small ring around their authority's centre.
CENTRES = {
    BRISTOL.code: (51.4545, -2.5879), LUTON.code: (51.889, -0.428), SUFFOLK.code: (52.19, 0.97),
    "E07000202": (52.0567, 1.1482), "E07000244": (52.17, 1.39), "E07000245": (52.25, 0.70),
    "E07000200": (52.04, 0.93), "E07000203": (52.21, 1.03),
}


def demo_coordinates(org_id: str, place: str) -> tuple[float, float] | None:
    """(lat, lon) for a demo organisation working in `place`, scattered around the place's
    centre by its id (not by the demo's random generator, which stays as it was)."""
    import math
    import zlib

    where = CENTRES.get(place)
    spread = 0.012
    if where is None:
        for area, (_, wards) in AREAS.items():
            codes = [w.code for w in wards]
            if place in codes and area in CENTRES:
                i, lat, lon = codes.index(place), *CENTRES[area]
                angle = 2 * math.pi * i / len(codes)
                where, spread = (lat + 0.011 * math.sin(angle), lon + 0.022 * math.cos(angle)), 0.004
                break
    if where is None:
        return None
    h = zlib.crc32(org_id.encode("utf-8"))
    a, r = (h & 0xFFFF) / 0xFFFF * 2 * math.pi, ((h >> 16) & 0xFFFF) / 0xFFFF
    return (round(where[0] + spread * r * math.sin(a), 5), round(where[1] + spread * 1.6 * r * math.cos(a), 5))
