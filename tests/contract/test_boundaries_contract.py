"""Place boundaries in both stores: all or nothing, versioned, read back equal."""
from __future__ import annotations

import pytest

from graph.boundaries import Boundary
from graph.model import ModelError, Place
from graph.stores import StoreError
from graph.stores.base import GraphData

SQUARE = {"type": "Polygon", "coordinates": [[[-2.6, 51.4], [-2.5, 51.4], [-2.5, 51.5], [-2.6, 51.5], [-2.6, 51.4]]]}
TWO = {"type": "MultiPolygon", "coordinates": [SQUARE["coordinates"],
                                               [[[-2.4, 51.4], [-2.3, 51.4], [-2.3, 51.5], [-2.4, 51.4]]]]}


@pytest.fixture
def placed(store):
    store.load(GraphData(places=[Place("LA1", "Town", "local_authority"), Place("W1", "North", "ward", "LA1")]))
    return store


def test_boundaries_round_trip_and_bump_the_version(placed):
    before = placed.version()
    assert placed.put_boundaries([Boundary("LA1", SQUARE, "test"), Boundary("W1", TWO, "test")]) == \
        {"created": 2, "updated": 0}
    assert placed.version() > before
    got = placed.boundaries()
    assert got == {"LA1": Boundary("LA1", SQUARE, "test"), "W1": Boundary("W1", TWO, "test")}
    assert placed.boundaries(["W1"]) == {"W1": Boundary("W1", TWO, "test")}
    assert placed.put_boundaries([Boundary("LA1", TWO, "newer")]) == {"created": 0, "updated": 1}
    assert placed.boundaries(["LA1"])["LA1"].geometry == TWO
    # The graph itself is untouched by boundaries.
    assert [p.code for p in placed.read_all().places] == ["LA1", "W1"]


def test_a_boundary_of_an_unknown_place_writes_nothing(placed):
    with pytest.raises(StoreError, match="no such place: NOWHERE"):
        placed.put_boundaries([Boundary("LA1", SQUARE), Boundary("NOWHERE", SQUARE)])
    assert placed.boundaries() == {}


def test_clear_removes_boundaries(placed):
    placed.put_boundaries([Boundary("LA1", SQUARE)])
    placed.clear()
    assert placed.boundaries() == {}


@pytest.mark.parametrize("geometry,reason", [
    ({"type": "Point", "coordinates": [0, 0]}, "Polygon or MultiPolygon"),
    ({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 1]]]}, "at least 4 positions"),
    ({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}, "not closed"),
    ({"type": "Polygon", "coordinates": [[[358000, 172000], [359000, 172000], [359000, 173000], [358000, 172000]]]},
     "British National Grid"),
    ({"type": "Polygon", "coordinates": [[[0, 0], [1, "x"], [1, 1], [0, 0]]]}, "two numbers"),
])
def test_a_bad_geometry_is_refused_with_its_reason(geometry, reason):
    with pytest.raises(ModelError, match=reason):
        Boundary("LA1", geometry)


def test_contains_and_bbox():
    b = Boundary("W1", TWO)
    assert b.contains(-2.55, 51.45) and b.contains(-2.32, 51.42) and not b.contains(-2.45, 51.45)
    assert b.bbox() == (-2.6, 51.4, -2.3, 51.5)
