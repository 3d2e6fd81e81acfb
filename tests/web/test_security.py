"""Stored XSS through an organisation's website, and the headers that limit any that slips by."""
from __future__ import annotations

import io
import re
import sqlite3

import pytest

from tests.web.conftest import csrf_token
from tests.web.tiny import DEBT, FOOD

HOSTILE = ["javascript:alert(document.domain)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
           "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"]


def _edit_form(client, org_id, **fields):
    data = {"csrf_token": csrf_token(client, f"/organisations/{org_id}/edit"), "name": "Easton Food Bank",
            "sector": "vcse", **fields}
    return client.post(f"/organisations/{org_id}/edit", data=data)


@pytest.mark.parametrize("website", HOSTILE)
def test_edit_form_refuses_a_script_website_and_stores_nothing(editor, store, website):
    r = _edit_form(editor, FOOD, website=website)
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert "is not an http:// or https:// web address" in html
    assert store.get_organisation(FOOD).website == ""


def test_edit_form_adds_https_to_a_bare_domain(editor, store):
    r = _edit_form(editor, FOOD, website="eastonfoodbank.example.org")
    assert r.status_code == 302
    assert store.get_organisation(FOOD).website == "https://eastonfoodbank.example.org"
    html = editor.get(f"/organisations/{FOOD}").get_data(as_text=True)
    assert 'href="https://eastonfoodbank.example.org"' in html


def test_api_edit_refuses_a_script_website(client, store, token):
    r = client.patch(f"/api/organisations/{DEBT}", json={"website": "javascript:alert(1)"},
                     headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 400
    body = r.get_json()
    assert body["ok"] is False and "website" in body["errors"]
    assert store.get_organisation(DEBT).website == ""


def test_csv_import_never_stores_a_script_website(editor, store):
    text = ("id,name,sector,website\n"
            "PM-XSSGROUP0001,Hostile Group,vcse,javascript:alert(document.domain)\n")
    data = {"kind": "csv", "file": (io.BytesIO(text.encode()), "organisations.csv"),
            "csrf_token": csrf_token(editor, "/data")}
    editor.post("/data/import", data=data, content_type="multipart/form-data")
    org = store.get_organisation("PM-XSSGROUP0001")
    # The importer either refuses the row or drops the value with a warning: never stores it.
    assert org is None or org.website == ""


def test_a_hostile_website_already_in_an_old_store_is_not_linked(viewer, store):
    # A store written before websites were checked: put the value straight into its table.
    path = store.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE organisations SET website=? WHERE id=?", ("javascript:alert(1)", FOOD))
        db.execute("UPDATE meta SET value = value + 1 WHERE key = 'version'")
    assert store.get_organisation(FOOD).website == ""
    html = viewer.get(f"/organisations/{FOOD}").get_data(as_text=True)
    assert "javascript:" not in html.lower()


# ---- headers -------------------------------------------------------------------------------------

def _csp(resp) -> dict:
    policy = resp.headers["Content-Security-Policy"]
    return {d.split()[0]: d.split()[1:] for d in (p.strip() for p in policy.split(";")) if d}


@pytest.mark.parametrize("path", ["/", "/sign-in", "/health", "/api/me", "/static/app.css", "/no-such-page",
                                  f"/organisations/{FOOD}", "/api/openapi.json"])
def test_every_response_carries_the_security_headers(viewer, path):
    r = viewer.get(path)
    csp = _csp(r)
    assert csp["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["script-src"] and "'unsafe-eval'" not in csp["script-src"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"] and csp["form-action"] == ["'self'"]
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["X-Frame-Options"] == "DENY"
    assert r.headers["Referrer-Policy"] == "same-origin"
    assert "Strict-Transport-Security" not in r.headers  # plain HTTP: HSTS would mean nothing


def test_the_only_inline_script_carries_this_responses_nonce(viewer):
    pages = ["/", f"/organisations/{FOOD}", "/places/E06000023", "/places/E06000023/champions", "/data",
             "/search", "/partners", "/introductions"]
    nonces = set()
    for path in pages:
        r = viewer.get(path)
        assert r.status_code == 200, path
        html = r.get_data(as_text=True)
        nonce = re.search(r"'nonce-([^']+)'", r.headers["Content-Security-Policy"]).group(1)
        nonces.add(nonce)
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag or f'nonce="{nonce}"' in tag, (path, tag)
        # style="" attributes and on* handlers would be refused by the policy
        assert not re.search(r"<[^>]+\sstyle=", html), path
        assert not re.search(r"<[^>]+\son[a-z]+=", html), path
    assert len(nonces) == len(pages)  # fresh per response


def test_hsts_only_over_tls(app, viewer):
    r = viewer.get("/health", base_url="https://partnermap.example")
    assert r.headers["Strict-Transport-Security"].startswith("max-age=")
    # Behind a proxy the scheme is believed only when PROXY_FIX says there is one.
    r = viewer.get("/health", headers={"X-Forwarded-Proto": "https"})
    assert "Strict-Transport-Security" not in r.headers


def test_hsts_behind_a_trusted_tls_proxy(store_url, tmp_path):
    from web import create_app
    app = create_app({"TESTING": True, "SECRET_KEY": "k", "STORE_URL": store_url, "PROXY_FIX": 1})
    try:
        r = app.test_client().get("/health", headers={"X-Forwarded-Proto": "https"})
        assert "Strict-Transport-Security" in r.headers
    finally:
        app.extensions["partnermap"].close()
