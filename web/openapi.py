"""The OpenAPI 3.1 description of /api/, served at /api/openapi.json.

Written out by hand, route by route, so it says what each call is for; a test holds it to
the app's URL map (every /api/ route and method must be described here).
"""
from __future__ import annotations

__all__ = ["ROUTES", "build_spec"]

_ERROR = {"$ref": "#/components/responses/Error"}

# (path, method) -> (summary, role needed, query parameters, request body fields)
ROUTES: dict[tuple[str, str], tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    ("/api/", "get"): ("Counts, areas and recent introductions (the home page)", "viewer", (), ()),
    ("/api/me", "get"): ("Who you are signed in as, and your role", "viewer", (), ()),
    ("/api/search", "get"): ("Search organisations by name, place, service, community, sector, size and "
                             "who leads them", "viewer",
                             ("q", "place", "service", "community", "sector", "size", "led_by", "page"), ()),
    ("/api/facets", "get"): ("The choices for every filter, and the fairness settings", "viewer", (), ()),
    ("/api/organisations/{org_id}", "get"): (
        "An organisation's profile: details, services, communities (each with `inferred`, and for "
        "inferred ones their confidence, method and evidence), places, ties by kind, suggested "
        "partners with reasons, introductions", "viewer",
        ("place", "service", "community", "sector", "size", "led_by", "fairness", "k"), ()),
    ("/api/organisations/{org_id}", "patch"): (
        "Edit an organisation: any of name, description, sector, legal_form, size_band, income, led_by, "
        "postcode, website, services, communities, places (lists as JSON arrays or comma-separated). "
        "Nothing is written if any field is invalid; `errors` names each", "editor", (),
        ("name", "description", "sector", "legal_form", "size_band", "income", "led_by", "postcode", "website",
         "services", "communities", "places")),
    ("/api/organisations/{org_id}", "post"): ("Same as PATCH", "editor", (),
                                              ("name", "description", "sector", "income", "led_by", "website")),
    ("/api/organisations/{org_id}/funders", "get"): (
        "Funders who fund work like this organisation's and do not fund it yet (funding lens), each with "
        "reasons counted from the data (how many similar groups it funded, its median grant to them)",
        "viewer", ("k",), ()),
    ("/api/organisations/{org_id}/recipients", "get"): (
        "For a funder: groups like the ones it funds that it does not fund yet, small and marginalised-led "
        "groups surfaced by the fairness setting, each with reasons", "viewer", ("fairness", "k"), ()),
    ("/api/organisations", "post"): (
        "Add an organisation: name (required), description, sector, legal_form, income, led_by, postcode, "
        "website, services, communities, places, checked as an import row is (its id is generated from its "
        "name and postcode; one already listed is refused). 201 with its profile; 400 with `errors` per field",
        "editor", (), ("name", "description", "sector", "legal_form", "income", "led_by", "postcode", "website",
                       "services", "communities", "places")),
    ("/api/organisations/{org_id}/ties", "post"): (
        "Add a tie from this organisation: other (an id, or a name only one organisation has), kind, direction "
        "(from or to, for directed kinds), form, since, amount; checked as an import row is. 201 with the tie; "
        "400 with `errors` per field", "editor", (), ("other", "kind", "direction", "form", "since", "amount")),
    ("/api/partners", "get"): ("Partner finder: ranked complementary partners for `org` with reasons, "
                               "filters and the fairness setting", "viewer",
                               ("org", "place", "service", "community", "sector", "size", "led_by", "fairness", "k"),
                               ()),
    ("/api/help", "get"): ("The glossary: every measure shown, what it means and how it is worked out", "viewer",
                           (), ()),
    ("/api/partners/describe", "get"): (
        "Partner finder for an organisation that is not listed: its services (`offers`), communities "
        "(`serves`), places (`works_in`), each repeated or comma-separated, and/or a paragraph (`about`) the "
        "text classifier reads (what it read is in `read_from_text`); ranked partners with reasons. "
        "Invalid fields: 400 with `errors` per field", "viewer",
        ("name", "about", "offers", "serves", "works_in", "place", "service", "community", "sector", "size",
         "led_by", "fairness", "k"), ()),
    ("/api/introductions", "get"): ("Introductions, newest first", "viewer", ("status", "org", "page"), ()),
    ("/api/introductions", "post"): ("Record (request) an introduction between two organisations; you are "
                                     "its broker", "editor", (), ("org_a", "org_b", "note")),
    ("/api/introductions/{intro_id}", "get"): ("One introduction with its history", "viewer", (), ()),
    ("/api/introductions/{intro_id}", "post"): ("Update an introduction's status (suggested → made → met → "
                                                "partnered | declined), note or outcome", "editor", (),
                                                ("status", "note", "outcome")),
    ("/api/introductions/{intro_id}", "patch"): ("Same as POST", "editor", (), ("status", "note", "outcome")),
    ("/api/places", "get"): ("Every place with how many organisations work there, the whole network "
                             "(code `~all`) first", "viewer", (), ()),
    ("/api/places/{code}", "get"): ("A place's ecosystem: summary, funding flows, and the network as a table "
                                    "(code `~all`: the whole network, with or without places)",
                                    "viewer", ("page",), ()),
    ("/api/places/{code}/network", "get"): (
        "A place's network map as Cytoscape.js elements with positions laid out on the server; "
        "`group` = none, place (boxes by the area inside the place) or community (boxes by who works "
        "with whom); with what the map's filters offer", "viewer", ("group",), ()),
    ("/api/places/{code}/geography", "get"): (
        "The geographic map: organisations at their coordinates (GeoJSON points) and the place and places "
        "inside it with imported boundaries (GeoJSON polygons) shaded by recorded need against provision; "
        "the tile source setting", "viewer", (), ()),
    ("/api/places/{code}/funding", "get"): (
        "Grants into a place for funders: one reconciled total, concentration in words, money by funder, by "
        "area inside the place, by community served, by size band and to small and marginalised-led groups "
        "against their share of organisations, and by year (the numbers behind the funding charts)",
        "viewer", (), ()),
    ("/api/places/{code}/gaps", "get"): ("Gaps: community × service coverage, uncovered communities, "
                                         "structural holes, single points of failure", "viewer", (), ()),
    ("/api/places/{code}/champions", "get"): ("Collaborative champions: organisations that span boundaries",
                                              "viewer", (), ()),
    ("/api/places/{code}/about", "get"): ("About a place's data: its sources, the dates it covers, and what is "
                                          "missing (organisations without services, communities, income or a "
                                          "location; whether collaboration ties and need are recorded)", "viewer",
                                          (), ()),
    ("/api/places/{code}/isolated", "get"): ("Isolated groups, each with its best introductions (`strength` 0-1, `already` when an introduction was requested), filtered by `kind`, `size`, `led_by`, a page at a time", "viewer", ("kind", "size", "led_by", "page"), ()),
    ("/api/data", "get"): ("What can be imported and exported", "viewer", (), ()),
    ("/api/import", "post"): ("Import a CSV (multipart field `file`, `kind`); with `dry_run` only validates. "
                              "Invalid rows are not written and every other row is (`report.ok` false, "
                              "`report.errors` lists each with its file, row and field); a 400 when nothing was "
                              "written",
                              "editor", (), ("file", "kind", "dry_run")),
    ("/api/export", "get"): ("Download the graph (or one place) as a file", "viewer", ("format", "place"), ()),
    ("/api/users", "get"): ("Users and their roles", "admin", (), ()),
    ("/api/users", "post"): ("Add a user; a password is generated and returned when none is given", "admin", (),
                             ("name", "role", "password")),
    ("/api/users/{name}", "delete"): ("Remove a user", "admin", (), ()),
    ("/api/review", "get"): ("The review queue: pairs of organisations an import flagged as possibly one "
                             "(look-alike or same names, differing ids of one register), with why, and the "
                             "decisions taken", "editor", ("status",), ()),
    ("/api/review/{action}", "post"): ("Decide a pair: `merge` folds `b` into `a` (ids, services, communities, "
                                       "places, ties and introductions move to `a`; later imports of `b` land "
                                       "on `a`), `dismiss` records they are different (never flagged again), "
                                       "`undo` reverses a merge or a dismissal. All or nothing", "editor", (),
                                       ("a", "b")),
    ("/api/openapi.json", "get"): ("This description", "viewer", (), ()),
}

_PARAM_HELP = {
    "q": "Words that must all appear in the name",
    "place": "Place code (includes the places inside it)",
    "service": "Service code (includes the services under it)",
    "community": "Community code",
    "sector": "vcse, statutory, private, academic, funder or faith",
    "size": "micro, small, medium, large or major",
    "led_by": "A leadership code, or `any` for any smaller or marginalised voice",
    "page": "Page number, from 1",
    "org": "Organisation id",
    "fairness": "off, balanced or strong",
    "k": "How many suggestions (1-100)",
    "status": "suggested, made, met, partnered or declined (introductions); open, dismissed, merged or all "
              "(review)",
    "format": "Export format",
}


def build_spec(app=None) -> dict:
    paths: dict = {}
    for (path, method), (summary, role, query, fields) in ROUTES.items():
        op: dict = {"summary": summary, "x-role": role,
                    "responses": {"200": {"$ref": "#/components/responses/Ok"}, "400": _ERROR, "401": _ERROR,
                                  "403": _ERROR, "404": _ERROR, "503": _ERROR}}
        params = [{"name": seg[1:-1], "in": "path", "required": True, "schema": {"type": "string"}}
                  for seg in path.split("/") if seg.startswith("{")]
        params += [{"name": q, "in": "query", "required": False, "schema": {"type": "string"},
                    "description": _PARAM_HELP.get(q, "")} for q in query]
        if params:
            op["parameters"] = params
        if fields:
            props = {f: {"type": "string"} for f in fields}
            op["requestBody"] = {"content": {
                "application/json": {"schema": {"type": "object", "properties": props}},
                "multipart/form-data" if "file" in fields else "application/x-www-form-urlencoded":
                    {"schema": {"type": "object", "properties": props}}}}
        if method == "post" and path in ("/api/introductions", "/api/users"):
            op["responses"]["201"] = {"$ref": "#/components/responses/Ok"}
        paths.setdefault(path, {})[method] = op
    return {
        "openapi": "3.1.0",
        "info": {"title": "partnermap API", "version": "1",
                 "description": "Every page of partnermap as JSON. Successes carry `\"ok\": true`; errors are "
                                "`{\"ok\": false, \"error\": \"...\", \"status\": N}`. Send "
                                "`Authorization: Bearer <token>` (from `partnermap users token NAME`). "
                                "Each operation's `x-role` is the least role it needs."},
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}, {"session": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"},
                                "session": {"type": "apiKey", "in": "cookie", "name": "session"}},
            "schemas": {
                "Error": {"type": "object", "required": ["ok", "error", "status"],
                          "properties": {"ok": {"const": False}, "error": {"type": "string"},
                                         "status": {"type": "integer"}}},
                "Ok": {"type": "object", "required": ["ok"], "properties": {"ok": {"const": True}},
                       "additionalProperties": True},
            },
            "responses": {
                "Ok": {"description": "Success", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Ok"}}}},
                "Error": {"description": "Error", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Error"}}}},
            },
        },
    }
