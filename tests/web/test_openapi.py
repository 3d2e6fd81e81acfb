"""The OpenAPI description covers every /api/ route, and every page has a JSON twin."""
from __future__ import annotations

import re


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule)


def test_every_api_route_and_method_is_described(app, viewer):
    spec = viewer.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    described = {(p, m) for p, ops in spec["paths"].items() for m in ops}
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                routes.add((_openapi_path(rule.rule), method.lower()))
    assert routes, "no /api/ routes?"
    assert routes - described == set(), "undescribed API routes"
    assert described - routes == set(), "described routes that do not exist"


def test_spec_declares_the_error_shape_and_bearer_auth(viewer):
    spec = viewer.get("/api/openapi.json").get_json()
    assert spec["components"]["schemas"]["Error"]["required"] == ["ok", "error", "status"]
    assert spec["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"


def test_every_html_page_has_a_json_twin(app):
    api_rules = {r.rule for r in app.url_map.iter_rules() if r.rule.startswith("/api/")}
    pages = [r for r in app.url_map.iter_rules()
             if "GET" in r.methods and not r.rule.startswith(("/api/", "/static")) and r.endpoint.startswith("ui.")]
    # The edit form shows (and PATCHes) the record the profile twin returns.
    twins = {"/": "/api/", "/data/export": "/api/export",
             "/organisations/<org_id>/edit": "/api/organisations/<org_id>",
             "/organisations/new": "/api/organisations", "/organisations/<org_id>/ties/new": "/api/organisations/<org_id>/ties"}
    missing = [r.rule for r in pages if twins.get(r.rule, "/api" + r.rule) not in api_rules]
    assert len(pages) >= 10 and missing == []
