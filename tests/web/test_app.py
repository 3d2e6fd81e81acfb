"""The app factory, settings, the store's lifetime and /health."""
from __future__ import annotations

import re
from pathlib import Path

import web
from web import create_app
from web.config import SETTINGS, defaults


def test_settings_apply_in_order_defaults_env_test_config(monkeypatch, store_url, tmp_path):
    monkeypatch.setenv("PARTNERMAP_PAGE_SIZE", "7")
    monkeypatch.setenv("PARTNERMAP_SUGGESTIONS", "4")
    app = create_app({"STORE_URL": store_url, "SECRET_KEY": "k", "SUGGESTIONS": 9})
    try:
        assert app.config["PAGE_SIZE"] == 7          # env over default
        assert app.config["SUGGESTIONS"] == 9        # test config over env
        assert app.config["MAP_MAX_NODES"] == defaults()["MAP_MAX_NODES"]
    finally:
        app.extensions["partnermap"].close()


def test_every_setting_the_app_reads_is_documented():
    documented = {s.name for s in SETTINGS}
    assert all(s.help.strip() for s in SETTINGS)
    source = "\n".join(p.read_text() for p in Path(web.__file__).parent.glob("*.py"))
    read = set(re.findall(r"config\[\"([A-Z_]+)\"\]", source)) | set(re.findall(r"config\.get\(\"([A-Z_]+)\"", source))
    assert read, "expected the app to read some settings"
    assert read <= documented | {"TESTING"}, read - documented


def test_store_is_opened_once_and_kept_on_the_app(app, client):
    state = app.extensions["partnermap"]
    first = state.open()
    client.get("/health")
    assert state.open() is first
    assert first.url.endswith("web.db")


def test_health_answers_without_sign_in(client):
    r = client.get("/health")
    assert r.status_code == 200
    assert r.get_json() == {"ok": True, "status": 200, "store": "ok"}


def test_unreachable_store_gives_503_with_a_clear_message(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    app = create_app({"TESTING": True, "SECRET_KEY": "k", "STORE_URL": f"sqlite:///{blocker}/sub/x.db"})
    client = app.test_client()
    r = client.get("/health")
    assert r.status_code == 503
    body = r.get_json()
    assert body["ok"] is False and body["status"] == 503 and "the database is unreachable" in body["error"]
    # Sign-in needs the store too: a friendly page, not a traceback.
    r = client.get("/sign-in")
    assert r.status_code == 200  # the form itself needs no store
    r = client.post("/sign-in", data={"name": "x", "password": "y"})
    assert r.status_code in (400, 503)


def test_503_page_and_json_when_store_fails_mid_request(app, viewer, monkeypatch):
    from graph.stores import StoreUnavailable

    def down(*a, **k):
        raise StoreUnavailable("neo4j://db:7687 is not answering")
    monkeypatch.setattr(app.extensions["partnermap"].open(), "snapshot", down)
    r = viewer.get("/search")
    assert r.status_code == 503
    html = r.get_data(as_text=True)
    assert "Sorry, the service is unavailable" in html and "the database is unreachable" in html
    assert "neo4j://" not in html and "db:7687" not in html  # no internal address for people
    r = viewer.get("/api/search")
    assert r.status_code == 503
    assert r.get_json()["ok"] is False and "the database is unreachable" in r.get_json()["error"]
    assert "db:7687" not in r.get_json()["error"]


def test_secret_key_is_made_once_in_the_instance_folder(store_url, tmp_path, monkeypatch):
    from web import _instance_secret

    folder = tmp_path / "inst"
    key = _instance_secret(folder)
    assert len(key) == 64 and _instance_secret(folder) == key
    assert (folder / "secret_key").stat().st_mode & 0o777 == 0o600


def test_pages_use_govuk_frontend_without_crown_or_gds_font(viewer):
    html = viewer.get("/").get_data(as_text=True)
    assert "/static/vendor/govuk/govuk-frontend.min.css" in html
    assert "govuk-service-navigation" in html and "partnermap" in html
    assert "govuk-header__logotype" not in html and "govuk-logo" not in html
    assert "Crown copyright" not in html
    assert 'class="govuk-skip-link"' in html


def test_vendored_css_has_no_gds_transport_font():
    css = Path(web.__file__).parent / "static" / "vendor" / "govuk" / "govuk-frontend.min.css"
    assert css.exists(), "run scripts/fetch_frontend.sh"
    text = css.read_text()
    assert "GDS Transport" not in text and "@font-face" not in text
    assert "system-ui" in text
