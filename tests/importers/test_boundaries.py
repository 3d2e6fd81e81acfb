"""`partnermap import boundaries FILE.geojson`: real ONS outlines of places the store holds;
bad features named file:feature:field, nothing half-written."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.importers import run_import

REAL = Path(__file__).resolve().parents[1] / "data" / "boundaries" / "ons_lad2020_luton_ipswich.geojson"
LUTON, IPSWICH = "E06000032", "E07000202"


def _features():
    return json.loads(REAL.read_text())["features"]


def _write(tmp_path, features, name="b.geojson"):
    path = tmp_path / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def test_real_ons_boundaries_land_on_the_places_they_name(seeded_store):
    before = seeded_store.version()
    report = run_import(seeded_store, "boundaries", REAL)
    assert report.ok and report.written, report.to_dict()["errors"]
    assert report.created["boundaries"] == 2 and seeded_store.version() > before
    got = seeded_store.boundaries()
    assert set(got) == {LUTON, IPSWICH}
    luton = got[LUTON]
    assert luton.geometry["type"] == "MultiPolygon" and luton.source == REAL.name
    # Luton town centre is inside Luton; Ipswich is not.
    assert luton.contains(-0.417, 51.879) and not luton.contains(1.155, 52.059)
    assert got[IPSWICH].contains(1.155, 52.059)
    west, south, east, north = luton.bbox()
    assert -0.51 < west < east < -0.34 and 51.85 < south < north < 51.93
    # Again: nothing changes, nothing is written.
    again = run_import(seeded_store, "boundaries", REAL)
    assert again.ok and not again.written and again.unchanged["boundaries"] == 2
    assert seeded_store.version() == before + 1


def test_features_of_places_the_store_does_not_hold_are_skipped_with_the_reason(seeded_store, tmp_path):
    features = _features()
    features[1]["properties"]["lad20cd"] = "E09000001"      # the City of London: not in the demo
    report = run_import(seeded_store, "boundaries", _write(tmp_path, features))
    assert report.ok and report.created["boundaries"] == 1
    assert [(s["row"], s["reason"]) for s in report.to_dict()["skipped"]["rows"]] == [(2, "no such place in the store")]
    assert set(seeded_store.boundaries()) == {LUTON}


def test_a_bad_feature_costs_only_itself_and_strict_writes_nothing(seeded_store, tmp_path):
    features = _features()
    open_ring = json.loads(json.dumps(features[0]))
    open_ring["geometry"]["coordinates"][0][0].pop()          # the ring no longer closes
    grid = {"type": "Feature", "properties": {"code": IPSWICH},
            "geometry": {"type": "Polygon", "coordinates": [[[616000, 244000], [618000, 244000],
                                                             [618000, 246000], [616000, 244000]]]}}
    nameless = {"type": "Feature", "properties": {"name": "Somewhere"}, "geometry": features[1]["geometry"]}
    point = {"type": "Feature", "properties": {"code": LUTON}, "geometry": {"type": "Point", "coordinates": [0, 51]}}
    report = run_import(seeded_store, "boundaries", _write(tmp_path, [open_ring, grid, nameless, point, features[1]]),
                        strict=True)
    errors = [str(e) for e in report.errors]
    assert errors[0] == f"b.geojson:1:geometry: {LUTON}: polygon 1, ring 1: the ring is not closed (its first and " \
                        "last positions differ)"
    assert errors[1].startswith(f"b.geojson:2:geometry: {IPSWICH}: polygon, ring 1: 616000, 244000 is not a longitude")
    assert "British National Grid" in errors[1]
    assert errors[2].startswith("b.geojson:3:properties: names no place")
    assert errors[3] == f"b.geojson:4:geometry: {LUTON}: must be a GeoJSON Polygon or MultiPolygon, not 'Point'"
    assert not report.written and seeded_store.boundaries() == {}
    # By default the good feature is written, the bad one listed.
    skipped = run_import(seeded_store, "boundaries", _write(tmp_path, [open_ring, features[1]]))
    assert skipped.written and set(seeded_store.boundaries()) == {IPSWICH} and len(skipped.errors) == 1


def test_not_geojson_and_newline_delimited_features(seeded_store, tmp_path):
    bad = tmp_path / "places.json"
    bad.write_text('{"places": []}', encoding="utf-8")
    (error,) = run_import(seeded_store, "boundaries", bad).to_dict()["errors"]
    assert "expected a FeatureCollection" in error["reason"]
    lines = tmp_path / "lad.geojsonl"
    lines.write_text("\n".join(json.dumps(f) for f in _features()), encoding="utf-8")
    report = run_import(seeded_store, "boundaries", lines)
    assert report.ok and report.created["boundaries"] == 2


def test_cli_import_boundaries(invoke, tmp_path):
    from graph.stores.embedded import EmbeddedStore
    from graph.stores.base import GraphData
    from seed.places import DEMO_PLACES
    db = tmp_path / "cli.db"
    with EmbeddedStore(db) as s:
        s.load(GraphData(places=list(DEMO_PLACES)))
    out = invoke("--store", f"sqlite:///{db}", "import", "boundaries", REAL, "--json")
    data = json.loads(out.output)
    assert out.exit_code == 0 and data["ok"] and data["created"]["boundaries"] == 2, out.output
    features = _features()
    features[0]["geometry"]["coordinates"][0][0][3] = ["x", 51.9]
    bad = _write(tmp_path, features)
    out = invoke("--store", f"sqlite:///{db}", "import", "boundaries", bad)
    assert out.exit_code == 1
    assert f"b.geojson:1:geometry: {LUTON}: polygon 1, ring 1: a position must be two numbers" in out.output
