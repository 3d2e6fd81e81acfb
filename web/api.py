"""The JSON API: every page's twin under /api/, plus writes for programs.

Successes are `{"ok": true, ...}`; errors are `{"ok": false, "error": "...", "status": N}`
(web.errors). Programs authenticate with `Authorization: Bearer <token>` and are exempt
from CSRF; calls that ride on a browser session must send the CSRF token in the
`X-CSRFToken` header, like any form.
"""
from __future__ import annotations

import json
import math

import numpy as np
from flask import Blueprint, abort, current_app, g, jsonify, request
from flask_login import current_user

from graph.model import User
from web import services, views
from web.auth import create_user, require_role, user_dict
from web.state import get_snapshot, get_store

bp = Blueprint("api", __name__, url_prefix="/api")


def init_api(app) -> None:
    from web import csrf
    csrf.exempt(bp)


@bp.before_request
def csrf_unless_token():
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    if current_user.is_authenticated and g.get("token_auth"):
        return
    from web import csrf
    csrf.protect()


def plain(obj):
    """Make results JSON-safe: numpy scalars and arrays to Python, NaN and infinities to null."""
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        items = sorted(obj, key=str) if isinstance(obj, (set, frozenset)) else obj
        return [plain(v) for v in items]
    if isinstance(obj, np.ndarray):
        return plain(obj.tolist())
    if isinstance(obj, np.generic):
        return plain(obj.item())
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    return obj


def ok(data: dict | None = None, status: int = 200):
    return jsonify({"ok": True, **plain(data or {})}), status


def body() -> dict:
    """The request's fields, from JSON or a form."""
    if request.is_json:
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            abort(400, "The request body must be a JSON object.")
        return data
    return request.form.to_dict()


def _snap():
    return get_snapshot()


@bp.get("/")
def index():
    store = get_store()
    return ok(views.home_data(store, get_snapshot()))


@bp.get("/me")
def me():
    return ok({"name": current_user.name, "role": current_user.role, "via": current_user.via})


@bp.get("/search")
def search():
    return ok(views.search_data(_snap(), request.args, get_store))


@bp.get("/facets")
def facets():
    return ok({"facets": views.facets(_snap()), "fairness": services.fairness_options()})


def _with_version(response, org):
    version = views.org_version(org)
    response[0].headers["ETag"] = f'"{version}"'
    return response


@bp.get("/organisations/<org_id>")
def organisation(org_id):
    store = get_store()
    data = views.profile_data(store, get_snapshot(), org_id, request.args)
    org = views.stored_org_or_404(store, org_id)
    data["organisation"]["version"] = views.org_version(org)
    return _with_version(ok(data), org)


@bp.get("/organisations/<org_id>/funders")
def funders_like(org_id):
    return ok(views.funders_like_data(get_snapshot(), org_id, request.args))


@bp.get("/organisations/<org_id>/recipients")
def recipients_like(org_id):
    return ok(views.recipients_like_data(get_snapshot(), org_id, request.args))


def _if_match() -> str | None:
    """The version a client last saw: the If-Match header, else a `version` field."""
    header = request.headers.get("If-Match", "").strip()
    if header == "*":
        return None
    if header:
        return header.removeprefix("W/").strip('"')
    return None


@bp.route("/organisations/<org_id>", methods=["PATCH", "POST"])
@require_role("editor")
def edit_organisation(org_id):
    """Change the fields sent (others keep their stored values). Send If-Match with the
    ETag (or `version`) from GET to have a stale edit refused with 409."""
    store = get_store()
    snap = _snap()
    fields = body()
    expected = _if_match() or (str(fields.pop("version")) if fields.get("version") else None)
    fields.pop("version", None)
    org, errors = views.edit_organisation(store, snap, org_id, fields, current_user.name, expected)
    if errors:
        return jsonify({"ok": False, "status": 400, "errors": errors,
                        "error": "; ".join(f"{k}: {v}" for k, v in errors.items())}), 400
    data = views.profile_data(store, get_snapshot(), org_id, {})
    data["organisation"]["version"] = views.org_version(org)
    return _with_version(ok(data), org)


def _field_errors(errors: dict):
    return jsonify({"ok": False, "status": 400, "errors": errors,
                    "error": "; ".join(f"{k}: {v}" for k, v in errors.items())}), 400


@bp.post("/organisations")
@require_role("editor")
def create_organisation():
    """Add an organisation (checked as an import row is); 201 with its profile."""
    store = get_store()
    org, errors = views.create_organisation(store, _snap(), body(), current_user.name)
    if errors:
        return _field_errors(errors)
    data = views.profile_data(store, get_snapshot(), org.id, {})
    data["organisation"]["version"] = views.org_version(org)
    return _with_version(ok(data, 201), org)


@bp.post("/organisations/<org_id>/ties")
@require_role("editor")
def add_tie(org_id):
    """Add a tie between this organisation and `other` (an id or a name only one has)."""
    store = get_store()
    tie, errors = views.add_tie(store, _snap(), org_id, body(), current_user.name)
    if errors:
        return _field_errors(errors)
    return ok({"tie": tie.to_dict()}, 201)


@bp.get("/introductions")
def introductions():
    store = get_store()
    return ok(views.introductions_data(store, get_snapshot(), request.args))


@bp.post("/introductions")
@require_role("editor")
def create_introduction():
    data = body()
    org_a, org_b = str(data.get("org_a", "")).strip(), str(data.get("org_b", "")).strip()
    if not org_a or not org_b:
        abort(400, "org_a and org_b are required.")
    store = get_store()
    existing = views.existing_introduction(store, org_a, org_b)
    if existing is not None:
        return jsonify({"ok": False, "status": 409, "existing": existing.id,
                        "error": f"An introduction between {org_a} and {org_b} was already requested "
                                 f"({existing.id}, {existing.status}); no new one was added."}), 409
    intro = store.create_introduction(org_a, org_b, broker=current_user.name, note=str(data.get("note", "")))
    return ok(views.introduction_data(store, get_snapshot(), intro.id), 201)


@bp.get("/introductions/<intro_id>")
def introduction(intro_id):
    store = get_store()
    return ok(views.introduction_data(store, get_snapshot(), intro_id))


@bp.route("/introductions/<intro_id>", methods=["POST", "PATCH"])
@require_role("editor")
def update_introduction(intro_id):
    data = body()
    store = get_store()
    current = store.get_introduction(intro_id)
    if current is None:
        abort(404, f"There is no introduction with id {intro_id}.")
    status = str(data.get("status") or current.status)
    store.update_introduction(intro_id, status, by=current_user.name,
                              note=data.get("note"), outcome=data.get("outcome"))
    return ok(views.introduction_data(store, get_snapshot(), intro_id))


@bp.get("/places")
def places():
    return ok(views.places_data(_snap()))


@bp.get("/users")
@require_role("admin")
def users():
    return ok({"users": [user_dict(u) for u in get_store().list_users()]})


@bp.post("/users")
@require_role("admin")
def add_user():
    data = body()
    name, role = str(data.get("name", "")).strip(), str(data.get("role", "viewer"))
    store = get_store()
    User(name=name, role=role)  # validates; ModelError -> 400
    if store.get_user(name):
        abort(409, f"A user called {name} already exists.")
    user, password = create_user(store, name, role, data.get("password") or None)
    out = {"user": user_dict(user)}
    if not data.get("password"):
        out["password"] = password
    return ok(out, 201)


@bp.delete("/users/<name>")
@require_role("admin")
def delete_user(name):
    if name == current_user.name:
        abort(400, "You cannot remove the account you are using.")
    if not get_store().delete_user(name):
        abort(404, f"No user called {name}.")
    return ok({"deleted": name})


@bp.get("/review")
@require_role("editor")
def review():
    from web.review import queue_data
    return ok(queue_data(get_store(), request.args))


@bp.post("/review/<action>")
@require_role("editor")
def review_decision(action):
    from web.review import decide, outcome_message
    data = body()
    item = decide(get_store(), action, str(data.get("a", "")), str(data.get("b", "")), current_user.name)
    return ok({"item": item, "message": outcome_message(action, item)})


@bp.get("/openapi.json")
def openapi():
    from web.openapi import build_spec
    return jsonify(build_spec(current_app))




@bp.get("/partners")
def partners():
    return ok(views.partners_data(_snap(), request.args, get_store()))


@bp.get("/help")
def help():
    return ok(views.help_data())


@bp.get("/partners/describe")
def partners_describe():
    data = views.described_data(_snap(), request.args)
    if data["errors"]:
        return jsonify({"ok": False, "status": 400, "errors": data["errors"],
                        "error": "; ".join(f"{k}: {v}" for k, v in data["errors"].items())}), 400
    if not data["asked"]:
        return jsonify({"ok": False, "status": 400, "error": "describe the organisation: give offers (service codes), "
                        "serves (community codes), works_in (place codes) or about (a paragraph)"}), 400
    return ok(data)


@bp.get("/places/<code>")
def place(code):
    return ok(views.ecosystem_data(_snap(), code, request.args))


@bp.get("/places/<code>/network")
def place_network(code):
    # The map's data is the largest JSON we send and the same for everyone: serialise it once.
    snap = _snap()
    body = network_json(snap, code, views.map_grouping(request.args))
    return current_app.response_class(body, mimetype="application/json")


def network_json(snap, code: str, group: str) -> str:
    """A place's map data as the JSON text sent (computed ahead for the largest places by
    web.views.warm, so the workers share it instead of each serialising its own)."""
    return services.cached(snap, "network_json",
                           lambda: json.dumps({"ok": True, **plain(views.network_data(snap, code, group))},
                                              separators=(",", ":")),
                           code, current_app.config["MAP_MAX_NODES"], group)


@bp.get("/places/<code>/geography")
def geography(code):
    return ok(views.geography_data(get_store(), _snap(), code))


@bp.get("/places/<code>/funding")
def funding(code):
    return ok(views.funding_data(_snap(), code))


@bp.get("/places/<code>/gaps")
def gaps(code):
    return ok(views.gaps_data(_snap(), code))


@bp.get("/places/<code>/champions")
def champions(code):
    return ok(views.champions_data(_snap(), code))


@bp.get("/places/<code>/about")
def about_place(code):
    return ok(views.about_place_data(_snap(), code))


@bp.get("/places/<code>/isolated")
def isolated(code):
    return ok(views.isolated_page(_snap(), code, request.args, get_store))


@bp.get("/data")
def data():
    return ok(views.data_page(_snap()))


@bp.post("/import")
@require_role("editor")
def data_import():
    form = {"kind": request.form.get("kind", ""), "contains": request.form.get("contains", ""),
            "dry_run": request.form.get("dry_run", "") not in ("", "0", "false", "no")}
    report = views.run_import(get_store(), request.files.getlist("file"), form)
    if not report["ok"] and not report["written"]:
        return jsonify({"ok": False, "status": 400, "error": f"{report['counts']['errors']} row(s) are not valid; "
                                                              "nothing was written.", "report": plain(report)}), 400
    # Written, perhaps without its bad rows: report.ok is false and report.errors lists them.
    return ok({"report": report})


@bp.get("/export")
def export():
    return views.export_response(_snap(), request.args)
