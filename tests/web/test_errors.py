"""One JSON error shape for every API failure; friendly HTML pages for people."""
from __future__ import annotations

from tests.web.conftest import csrf_token
from tests.web.tiny import FOOD


def _is_error_shape(r, status):
    body = r.get_json()
    assert r.status_code == status
    assert set(body) >= {"ok", "error", "status"}, body
    assert body["ok"] is False and body["status"] == status and isinstance(body["error"], str) and body["error"]


def test_api_errors_share_one_shape(viewer, editor):
    _is_error_shape(viewer.get("/api/organisations/NOPE-1"), 404)
    _is_error_shape(viewer.get("/api/search?sector=spaceships"), 400)
    _is_error_shape(viewer.get("/api/search?page=zero"), 400)
    _is_error_shape(viewer.get("/api/places/NOWHERE"), 404)
    _is_error_shape(viewer.get("/api/introductions/INT-missing"), 404)
    _is_error_shape(viewer.delete("/api/search"), 405)
    _is_error_shape(viewer.get("/api/no/such/route"), 404)
    _is_error_shape(viewer.get("/api/users"), 403)


def test_api_successes_carry_ok_true(viewer):
    for path in ("/api/", "/api/me", "/api/search", f"/api/organisations/{FOOD}", "/api/introductions",
                 "/api/places", "/api/facets", "/api/data"):
        r = viewer.get(path)
        assert r.status_code == 200, (path, r.get_json())
        assert r.get_json()["ok"] is True, path


def test_store_rules_become_clear_api_errors(editor, store):
    intro = store.create_introduction(FOOD, "GB-CHC-1000002")
    token = csrf_token(editor, "/")
    r = editor.post(f"/api/introductions/{intro.id}", json={"status": "partnered"}, headers={"X-CSRFToken": token})
    _is_error_shape(r, 409)
    assert "cannot move" in r.get_json()["error"]
    r = editor.post("/api/introductions", json={"org_a": FOOD, "org_b": "GB-NOPE-9"}, headers={"X-CSRFToken": token})
    _is_error_shape(r, 404)
    r = editor.post("/api/introductions", json=["not", "an", "object"], headers={"X-CSRFToken": token})
    _is_error_shape(r, 400)


def test_html_errors_are_friendly_pages(viewer):
    r = viewer.get("/organisations/NOPE-1")
    assert r.status_code == 404
    html = r.get_data(as_text=True)
    assert "govuk-heading-l" in html and "Page not found" in html and "NOPE-1" in html
    assert "Traceback" not in html
    r = viewer.get("/definitely/not/here")
    assert r.status_code == 404 and "check it is correct" in r.get_data(as_text=True)


def test_unexpected_errors_are_500_without_detail(app, viewer, monkeypatch):
    from web import views

    def boom(*a, **k):
        raise RuntimeError("secret internals")
    monkeypatch.setattr(views, "search_data", boom)
    r = viewer.get("/search")
    assert r.status_code == 500 and "secret internals" not in r.get_data(as_text=True)
    r = viewer.get("/api/search")
    _is_error_shape(r, 500)
    assert "secret internals" not in r.get_json()["error"]
