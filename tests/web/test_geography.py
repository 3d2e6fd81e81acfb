"""The geographic map's data: organisations at their coordinates, places outlined and shaded
by need against provision, the tile source a setting (none by default)."""
from __future__ import annotations

from graph.boundaries import Boundary
from graph.stores.base import GraphData
from tests.web.tiny import FOOD, REFUGEE

BRISTOL = "E06000023"
SQUARE = {"type": "Polygon", "coordinates": [[[-2.7, 51.4], [-2.5, 51.4], [-2.5, 51.5], [-2.7, 51.5], [-2.7, 51.4]]]}
EASTON = {"type": "Polygon", "coordinates": [[[-2.57, 51.45], [-2.55, 51.45], [-2.55, 51.47], [-2.57, 51.45]]]}


def test_places_are_shaded_by_need_against_provision_and_organisations_are_dots(viewer, store):
    food = store.get_organisation(FOOD)
    store.load(GraphData(organisations=[food.with_changes(lat=51.46, lon=-2.56)]))
    store.put_boundaries([Boundary(BRISTOL, SQUARE, "test"), Boundary("BRS:easton", EASTON, "test")])
    body = viewer.get(f"/api/places/{BRISTOL}/geography").get_json()
    areas = {f["properties"]["code"]: f["properties"] for f in body["areas"]["features"]}
    assert set(areas) == {BRISTOL, "BRS:easton"}
    bristol = areas[BRISTOL]
    # Two needs recorded: refugees (0.8, served by Sanctuary Sisters alone) and veterans (0.5,
    # no one): score = mean(0.8 / 2, 0.5 / 1) = 0.45, a high gap.
    assert bristol["needs"] == 2 and bristol["unmet"] == 1 and bristol["thin"] == 1
    assert bristol["score"] == 0.45 and bristol["band"] == "high" and bristol["outer"]
    assert areas["BRS:easton"]["band"] == "unknown" and areas["BRS:easton"]["words"] == "need not recorded"
    points = body["organisations"]["features"]
    assert [p["properties"]["id"] for p in points] == [FOOD]
    assert points[0]["geometry"] == {"type": "Point", "coordinates": [-2.56, 51.46]}
    assert body["counts"]["located"] == 1 and body["counts"]["unplaced"] == body["counts"]["organisations"] - 1
    assert body["tiles"] == {"url": None, "attribution": ""}
    html = viewer.get(f"/places/{BRISTOL}/geography").get_data(as_text=True)
    assert 'id="geo-map"' in html and "leaflet.js" in html and 'id="geo-table"' in html
    assert "Much need unmet: most unmet Veterans" in html
    assert REFUGEE  # Sanctuary Sisters is the refugee provider counted above


def test_without_boundaries_the_page_says_how_to_add_them(viewer):
    html = viewer.get(f"/places/{BRISTOL}/geography").get_data(as_text=True)
    assert "partnermap import boundaries FILE.geojson" in html
    assert viewer.get("/api/places/NOWHERE/geography").status_code == 404


def test_a_tile_source_is_a_setting_and_opens_only_its_origin_in_the_policy(app, viewer):
    app.config["GEO_TILE_URL"] = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    app.config["GEO_TILE_ATTRIBUTION"] = "© Example"
    r = viewer.get(f"/api/places/{BRISTOL}/geography")
    assert r.get_json()["tiles"] == {"url": "https://{s}.tiles.example.org/{z}/{x}/{y}.png", "attribution": "© Example"}
    assert "img-src 'self' data: https://*.tiles.example.org;" in r.headers["Content-Security-Policy"]
    app.config["GEO_TILE_URL"] = ""
    assert "img-src 'self' data:;" in viewer.get("/").headers["Content-Security-Policy"]
