"""Place boundaries: the outline of a place as a GeoJSON Polygon or MultiPolygon.

A boundary belongs to a place the graph already holds (`Place.code`); the geographic map
shades it by need against provision and draws organisations at their coordinates inside
it. Boundaries are kept apart from the snapshot (they are large and only the map reads
them): stores hold them with `put_boundaries` / `boundaries`, every write bumping the
store's version like any other.

Positions are [longitude, latitude] in WGS84 (EPSG:4326), as GeoJSON (RFC 7946) says.
A file in British National Grid metres is refused with that reason, not drawn in the sea.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass

from graph.model import ModelError, _check_code

__all__ = ["Boundary", "MAX_POSITIONS", "bounding_box"]

# The most positions one place's outline may have: generalised ONS boundaries of a whole
# county are a few thousand; a full-resolution coastline of one is a few hundred thousand.
MAX_POSITIONS = 200_000
GEOMETRY_TYPES = ("Polygon", "MultiPolygon")


def _position(value, where: str) -> tuple[float, float]:
    if not isinstance(value, (list, tuple)) or len(value) < 2:
        raise ModelError("geometry", f"{where}: a position must be [longitude, latitude]")
    lon, lat = value[0], value[1]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in (lon, lat)):
        raise ModelError("geometry", f"{where}: a position must be two numbers, not {value[:2]!r}")
    if abs(lon) > 180 or abs(lat) > 90:
        grid = abs(lon) > 1000 and abs(lat) > 1000
        raise ModelError("geometry", f"{where}: {lon}, {lat} is not a longitude and latitude"
                         + ("; these look like British National Grid eastings and northings: save the file in "
                            "WGS84 (EPSG:4326) longitude and latitude" if grid else ""))
    return float(lon), float(lat)


def _rings(polygon, where: str) -> list[list[tuple[float, float]]]:
    if not isinstance(polygon, list) or not polygon:
        raise ModelError("geometry", f"{where}: a polygon must be a list of rings")
    out = []
    for r, ring in enumerate(polygon):
        at = f"{where}, ring {r + 1}"
        if not isinstance(ring, list) or len(ring) < 4:
            raise ModelError("geometry", f"{at}: a ring needs at least 4 positions (a closed triangle)")
        points = [_position(p, at) for p in ring]
        if points[0] != points[-1]:
            raise ModelError("geometry", f"{at}: the ring is not closed (its first and last positions differ)")
        out.append(points)
    return out


@dataclass(frozen=True)
class Boundary:
    """One place's outline.

    Attributes
    ----------
    place : str
        The place's code.
    geometry : dict
        A GeoJSON geometry: {"type": "Polygon" | "MultiPolygon", "coordinates": [...]},
        positions [longitude, latitude].
    source : str
        Where it came from (a file name, a publisher and licence).
    """
    place: str
    geometry: dict
    source: str = ""

    def __post_init__(self):
        _check_code("place", self.place)
        g = self.geometry
        if not isinstance(g, dict) or g.get("type") not in GEOMETRY_TYPES:
            kind = g.get("type") if isinstance(g, dict) else type(g).__name__
            raise ModelError("geometry", f"must be a GeoJSON Polygon or MultiPolygon, not {kind!r}")
        polygons = [g.get("coordinates")] if g["type"] == "Polygon" else g.get("coordinates")
        if not isinstance(polygons, list) or not polygons:
            raise ModelError("geometry", "has no coordinates")
        clean, count = [], 0
        for i, polygon in enumerate(polygons):
            rings = _rings(polygon, f"polygon {i + 1}" if g["type"] == "MultiPolygon" else "polygon")
            count += sum(len(r) for r in rings)
            if count > MAX_POSITIONS:
                raise ModelError("geometry", f"has more than {MAX_POSITIONS:,} positions: use a generalised "
                                             "(simplified) boundary file")
            clean.append([[list(p) for p in r] for r in rings])
        object.__setattr__(self, "geometry", {"type": "MultiPolygon", "coordinates": clean}
                           if g["type"] == "MultiPolygon" else {"type": "Polygon", "coordinates": clean[0]})

    @property
    def polygons(self) -> list:
        """Every polygon as a list of rings (outer first), whatever the geometry type."""
        g = self.geometry
        return [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]

    def to_json(self) -> str:
        return json.dumps(self.geometry, separators=(",", ":"))

    @classmethod
    def from_json(cls, place: str, text: str, source: str = "") -> "Boundary":
        return cls(place, json.loads(text), source)

    def bbox(self) -> tuple[float, float, float, float]:
        """(west, south, east, north)."""
        return bounding_box([self])

    def contains(self, lon: float, lat: float) -> bool:
        """Whether the point lies inside (even-odd rule over every ring, so holes are out)."""
        inside = False
        for polygon in self.polygons:
            for ring in polygon:
                for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                    if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                        inside = not inside
        return inside


def bounding_box(boundaries) -> tuple[float, float, float, float]:
    """(west, south, east, north) around every position of the boundaries."""
    xs, ys = [], []
    for b in boundaries:
        for polygon in b.polygons:
            for ring in polygon:
                xs.extend(p[0] for p in ring)
                ys.extend(p[1] for p in ring)
    if not xs:
        raise ValueError("no positions")
    return min(xs), min(ys), max(xs), max(ys)
