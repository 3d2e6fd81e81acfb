"""The one place the web app calls the feature packages: matcher, graph.analysis,
graph.importers and graph.exporters. Their APIs may move; this module absorbs it.

Everything here takes a Snapshot (or the store, for writes) and returns plain data.
Results computed from a snapshot are cached by snapshot version in the app's
ResultCache, so a page view after the first costs a dictionary lookup.
"""
from __future__ import annotations

import importlib

from web.search import SearchIndex
from web.state import get_state

__all__ = ["FeatureUnavailable", "cached", "search_index"]


class FeatureUnavailable(RuntimeError):
    """A feature package is not installed (or lacks the function we need)."""


def _feature(module: str, name: str):
    try:
        mod = importlib.import_module(module)
    except ImportError as e:
        raise FeatureUnavailable(f"{module} is not available ({e})") from None
    fn = getattr(mod, name, None)
    if fn is None:
        raise FeatureUnavailable(f"{module}.{name} is not available")
    return fn


def cached(snap, name: str, compute, *key):
    return get_state().cache.get_or_compute((snap.version, name, key), compute)


def search_index(snap) -> SearchIndex:
    return cached(snap, "search_index", lambda: SearchIndex.build(snap))


def place_counts(snap) -> dict[str, int]:
    """Organisations working in each place or anywhere inside it."""
    def compute():
        import numpy as np
        sums = np.asarray(snap.org_places_closed.sum(axis=0)).ravel()
        return {p.code: int(sums[j]) for j, p in enumerate(snap.places)}
    return cached(snap, "place_counts", compute)


# ---- matcher ---------------------------------------------------------------------------------

FAIRNESS_SETTINGS = {
    "off": ("Off: rank by match alone",
            "Suggestions in order of how well they match; nothing is moved."),
    "balanced": ("Balanced (recommended)",
                 "Smaller and marginalised-led organisations that match well are lifted so they are not buried "
                 "below larger ones; weak matches are never lifted."),
    "strong": ("Strong",
               "At least half the places in the list go to smaller and marginalised-led organisations when "
               "suitable ones exist."),
}
DEFAULT_FAIRNESS = "balanced"


def fairness_options() -> list[dict]:
    return [{"value": k, "text": t, "hint": h} for k, (t, h) in FAIRNESS_SETTINGS.items()]


def suggest(snap, org_id: str, request: dict) -> dict:
    """Ranked partner suggestions for one organisation, with reasons, as plain dicts."""
    raise FeatureUnavailable("partner suggestions (matcher) are not available yet")


def suggestions_or_message(snap, org_id: str, request: dict) -> dict:
    """Like `suggest`, but a page that shows suggestions among other things still renders
    when the matcher is unavailable: the reason is given in `suggestions_message`."""
    try:
        out = suggest(snap, org_id, request)
        out["suggestions_message"] = None
        return out
    except FeatureUnavailable as e:
        return {"suggestions": [], "suggestions_message": f"Suggestions are not available: {e}.",
                "fairness": fairness_info(request["fairness"])}


def fairness_info(setting: str) -> dict:
    text, hint = FAIRNESS_SETTINGS[setting]
    return {"setting": setting, "label": text, "explanation": hint, "summary": hint}


# ---- places: the pieces the web draws itself from the snapshot ------------------------------------

def place_snapshot(snap, code: str):
    """The snapshot restricted to one place (cached: analysis of a place reuses it)."""
    return cached(snap, "place_snapshot", lambda: snap.subgraph_for_place(code), code)


def funding_flows(snap, code: str) -> dict:
    """Money between organisations in a place: who funds whom, how much, and how concentrated."""
    def compute():
        sub = place_snapshot(snap, code)
        by_pair: dict[tuple[str, str], dict] = {}
        for t in sub.ties:
            if t.kind not in ("funding", "contract"):
                continue
            d = by_pair.setdefault((t.from_id, t.to_id), {"from": t.from_id, "to": t.to_id, "kind": t.kind,
                                                          "amount": 0.0, "count": 0, "unknown_amounts": 0})
            d["count"] += 1
            if t.amount is None:
                d["unknown_amounts"] += 1
            else:
                d["amount"] += t.amount
        flows = sorted(by_pair.values(), key=lambda d: (-d["amount"], d["from"], d["to"]))
        total = sum(d["amount"] for d in flows)
        received: dict[str, float] = {}
        given: dict[str, float] = {}
        for d in flows:
            received[d["to"]] = received.get(d["to"], 0.0) + d["amount"]
            given[d["from"]] = given.get(d["from"], 0.0) + d["amount"]
        shares = sorted((v / total for v in received.values()), reverse=True) if total else []
        return {
            "total": total, "flows": flows,
            "recipients": len(received), "funders": len(given),
            "top_recipients": sorted(received.items(), key=lambda kv: -kv[1])[:10],
            "top_funders": sorted(given.items(), key=lambda kv: -kv[1])[:10],
            # Herfindahl-Hirschman index of recipients' shares: 1 = all to one, 1/n = even.
            "concentration_hhi": round(sum(s * s for s in shares), 4) if shares else None,
            "top5_share": round(sum(shares[:5]), 4) if shares else None,
        }
    return cached(snap, "funding_flows", compute, code)


def degrees(snap, code: str) -> dict[str, int]:
    """How many distinct organisations each organisation in the place is tied to (in the place)."""
    def compute():
        import numpy as np
        sub = place_snapshot(snap, code)
        a = sub.adjacency
        counts = np.diff(a.indptr) if a.nnz else np.zeros(len(sub.orgs), dtype=int)
        return {o.id: int(counts[i]) for i, o in enumerate(sub.orgs)}
    return cached(snap, "degrees", compute, code)


# ---- analysis ----------------------------------------------------------------------------------

def network_roles(snap, code: str) -> dict:
    """Champion scores, core members and isolated groups of a place, for the map and table.

    When the analysis package is unavailable the map still draws, without these marks,
    and `message` says why."""
    return {"champion_score": {}, "core": frozenset(), "isolated": frozenset(),
            "message": "Champion scores, the core and isolated groups are not available yet."}


def ecosystem_summary(snap, code: str) -> dict:
    raise FeatureUnavailable("the ecosystem summary (graph.analysis) is not available yet")


def gaps(snap, code: str) -> dict:
    raise FeatureUnavailable("gap analysis (graph.analysis) is not available yet")


def champions(snap, code: str) -> dict:
    raise FeatureUnavailable("champion analysis (graph.analysis) is not available yet")


def isolated(snap, code: str) -> dict:
    raise FeatureUnavailable("isolated-group analysis (graph.analysis) is not available yet")


# ---- import and export ---------------------------------------------------------------------------

def import_kinds() -> list[dict]:
    try:
        formats = _feature("graph.importers", "FORMATS")
    except FeatureUnavailable:
        return []
    return [{"value": f.name, "text": f.description, "extensions": list(f.extensions)} for f in formats.values()]


def csv_files() -> list[str]:
    try:
        return list(_feature("graph.importers.csv_format", "FILES"))
    except FeatureUnavailable:
        return []


def import_files(store, kind: str, files, *, contains: str = "", dry_run: bool = False) -> dict:
    """Import uploaded files; nothing is written unless every row is good. The report as a dict.

    For partnermap CSV, a single file with another name can be named by `contains`
    (e.g. "organisations.csv"), since the format tells its files apart by name.
    """
    from werkzeug.exceptions import BadRequest

    run_import = _feature("graph.importers", "run_import")
    mapping = {}
    for f in files:
        name = f.filename.replace("\\", "/").rsplit("/", 1)[-1]
        if kind == "csv" and len(files) == 1 and contains:
            if contains not in csv_files():
                raise BadRequest(f"contains must be one of {', '.join(csv_files())}.")
            name = contains
        mapping[name] = f.stream.read()
    report = run_import(store, kind, mapping, dry_run=dry_run)
    out = report.to_dict()
    out["rows"] = _report_rows(out)
    return out


def _report_rows(report: dict) -> list[dict]:
    """Errors, warnings and skipped rows in file and row order, for a row-by-row table."""
    rows = [{**e, "severity": "error"} for e in report["errors"]]
    rows += [{**w, "severity": "warning"} for w in report["warnings"]]
    rows += [{**s, "severity": "skipped"} for s in report["skipped"]["rows"]]
    return sorted(rows, key=lambda r: (r["file"], r["row"], ("error", "warning", "skipped").index(r["severity"])))


def export_formats() -> list[dict]:
    try:
        formats = _feature("graph.exporters", "FORMATS")
    except FeatureUnavailable:
        return []
    return [{"value": f.name, "text": f.description, "extension": f.extension, "mimetype": f.mimetype}
            for f in formats.values()]


def export_download(snap, fmt: str, place: str | None):
    import io

    from flask import send_file
    export = _feature("graph.exporters", "export")
    formats = _feature("graph.exporters", "FORMATS")
    buf = io.BytesIO()
    export(snap, fmt, buf, place=place)
    buf.seek(0)
    spec = formats[fmt]
    name = f"partnermap-{(place or 'all').replace(':', '-')}-{fmt}{spec.extension}"
    return send_file(buf, mimetype=spec.mimetype, as_attachment=True, download_name=name)
