"""`partnermap import boundaries FILE.geojson`: outlines of the places the graph holds.

Reads a GeoJSON FeatureCollection (or one Feature, or newline-delimited features as some
publishers split them) in WGS84 longitude and latitude, such as the Office for National
Statistics' generalised boundary files. Each feature names its place by a property: `code`
or `place`, or an ONS code column such as `LAD23CD`, `WD22CD` or `CTY21CD` (any case), or
the feature's own `id`. Every feature is checked first and problems are listed as
``file:feature:field: reason``; a bad feature is not imported and the good ones are (with
--strict, through run_import, any error means nothing is written).
Features of places the store does not hold are skipped with that reason, so a national
file can outline the few places a local store has.
"""
from __future__ import annotations

import json
import re
import time
from typing import Callable

from graph.boundaries import Boundary
from graph.importers.report import ImportReport
from graph.importers.sources import InputError, decode_text, load_json, open_inputs
from graph.model import ModelError

__all__ = ["import_boundaries", "CODE_PROPERTIES"]

CODE_PROPERTIES = ("code", "place", "place_code", "gss_code")
_ONS_CODE = re.compile(r"^[a-z]{2,6}\d{2}cd$", re.IGNORECASE)
_ONS_NAME = re.compile(r"^[a-z]{2,6}\d{2}nm$", re.IGNORECASE)


def _features(f, report: ImportReport) -> list:
    """The features of a FeatureCollection, a Feature, or newline-delimited features."""
    try:
        doc = load_json(f, report)
    except InputError:
        lines = [ln for ln in decode_text(f, report).splitlines() if ln.strip()]
        if len(lines) < 2:
            raise
        out = []
        for i, line in enumerate(lines, 1):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise InputError(f.name, f"not valid GeoJSON: line {i} is not a JSON feature ({e.msg})", i) from None
        return out
    if isinstance(doc, list):         # newline-delimited features, read by load_json as JSON Lines
        return doc
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        features = doc.get("features")
        if not isinstance(features, list):
            raise InputError(f.name, "not valid GeoJSON: a FeatureCollection needs a list of features", 1, "features")
        return features
    if isinstance(doc, dict) and doc.get("type") == "Feature":
        return [doc]
    raise InputError(f.name, "not GeoJSON boundaries: expected a FeatureCollection of polygons", 1, "type")


def _place_code(feature: dict) -> tuple[str, str]:
    """(code, the property it came from), or ("", "") when the feature names no place."""
    props = feature.get("properties") or {}
    if isinstance(props, dict):
        lower = {str(k).lower(): k for k in props}
        for name in CODE_PROPERTIES:
            if name in lower and str(props[lower[name]] or "").strip():
                return str(props[lower[name]]).strip(), lower[name]
        for key in props:
            if _ONS_CODE.match(str(key)) and str(props[key] or "").strip():
                return str(props[key]).strip(), key
    if str(feature.get("id") or "").strip():
        return str(feature["id"]).strip(), "id"
    return "", ""


def import_boundaries(store, path_or_files, dry_run: bool = False, *, skip_bad: bool = False,
                      progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import place outlines from GeoJSON (see the module notes)."""
    started = time.perf_counter()
    report, inputs = open_inputs("boundaries", path_or_files)
    report.dry_run = dry_run
    if inputs is None:
        return report
    known = {p.code for p in store.read_all().places}
    found: dict[str, Boundary] = {}
    for name, f in inputs.items():
        if not name.lower().endswith((".geojson", ".json", ".geojsonl", ".ndjson")):
            report.warn(name, 0, "", "ignored: not a .geojson or .json file")
            continue
        try:
            features = _features(f, report)
        except InputError as e:
            report.error(e.file, e.row, e.field, e.reason)
            continue
        for row, feature in enumerate(features, 1):
            report.rows_read += 1
            if not isinstance(feature, dict) or feature.get("type") != "Feature":
                report.error(name, row, "type", "not a GeoJSON Feature")
                continue
            code, field = _place_code(feature)
            if not code:
                report.error(name, row, "properties", "names no place: give a 'code' property (or an ONS code "
                                                      "column such as LAD23CD)")
                continue
            try:
                boundary = Boundary(code, feature.get("geometry"), source=name)
            except ModelError as e:
                report.error(name, row, e.field if e.field != "place" else field, f"{code}: {e.reason}")
                continue
            if code not in known:
                report.skip(name, row, "no such place in the store", field)
                continue
            if code in found and found[code].geometry != boundary.geometry:
                report.error(name, row, field, f"{code} is outlined twice, differently")
                continue
            found[code] = boundary
        if progress:
            progress(len(features))
    if report.errors and not skip_bad:
        report.seconds = time.perf_counter() - started
        return report
    stored = store.boundaries(sorted(found))
    changed = [b for code, b in sorted(found.items()) if stored.get(code) != b]
    report.unchanged["boundaries"] = len(found) - len(changed)
    if changed and not dry_run:
        written = store.put_boundaries(changed)
        report.written = True
        report.created["boundaries"] = written["created"]
        report.updated["boundaries"] = written["updated"]
    elif changed:
        report.created["boundaries"] = sum(b.place not in stored for b in changed)
        report.updated["boundaries"] = sum(b.place in stored for b in changed)
    report.seconds = time.perf_counter() - started
    return report
