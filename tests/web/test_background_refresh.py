"""Issue 13, item 13: after a large import into the served store every request waited for
the new snapshot and every page was recomputed at once (23-38 of 100-200 requests timed out).
Now, when building a snapshot is slow, the next one is built and its pages warmed in the
background while the previous one is served, then swapped in; the process that made a
write still sees it at once."""
from __future__ import annotations

import threading
import time

import pytest

from graph.model import Organisation
from graph.stores import open_store
from tests.web.conftest import session_for
from tests.web.tiny import DEBT
from web import create_app


@pytest.fixture
def slow_app(store_url, tmp_path):
    # 0 s: every rebuild counts as slow, so newer data is always built in the background.
    app = create_app({"TESTING": True, "SECRET_KEY": "k", "STORE_URL": store_url,
                      "BACKGROUND_REFRESH_SECONDS": 0.0, "WARM_PLACES": 1})
    app.instance_path = str(tmp_path / "instance")
    yield app
    app.extensions["partnermap"].wait_for_refresh(60)
    app.extensions["partnermap"].close()


def _names(response):
    return {o["name"] for o in response.get_json()["results"]}


def test_an_import_elsewhere_is_built_in_the_background_while_the_old_snapshot_serves(
        slow_app, store_url, monkeypatch):
    state = slow_app.extensions["partnermap"]
    client = session_for(slow_app.test_client(), "viewer")
    assert "Newcomer Lunch Club" not in _names(client.get("/api/search?q=lunch"))
    old_version = state.snapshot().version

    # Another process (an import at the command line) writes into the served store.
    with open_store(store_url) as other:
        other.load(other.read_all().__class__(organisations=[
            Organisation("PM-NEWCOMER0001", "Newcomer Lunch Club", sector="vcse")]))

    # Building the snapshot is slow (a large store): requests must not wait for it.
    store = state.open()
    real_snapshot = store.snapshot
    release = threading.Event()

    def slow_snapshot():
        release.wait(30)
        return real_snapshot()
    monkeypatch.setattr(store, "snapshot", slow_snapshot)

    started = time.perf_counter()
    during = client.get("/api/search?q=lunch")
    assert time.perf_counter() - started < 2.0
    assert during.status_code == 200 and "Newcomer Lunch Club" not in _names(during)  # the old snapshot
    assert client.get(f"/api/organisations/{DEBT}").status_code == 200
    release.set()
    state.wait_for_refresh(60)

    new = state.snapshot()
    assert new.version > old_version
    # The swap came with the pages warmed for the new snapshot, not left to the first visitors.
    assert (new.version, "facets", ()) in state.cache._data
    assert "Newcomer Lunch Club" in _names(client.get("/api/search?q=lunch"))


def test_whoever_saves_sees_it_at_once(slow_app):
    state = slow_app.extensions["partnermap"]
    editor = session_for(slow_app.test_client(), "editor")
    editor.get("/api/search?q=debt")
    assert state.snapshot() is not None
    from web.auth import new_token
    token = new_token(state.open(), "editor")
    r = slow_app.test_client().patch(f"/api/organisations/{DEBT}", json={"description": "Now with evening sessions."},
                     headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200, r.get_data(as_text=True)
    shown = editor.get(f"/api/organisations/{DEBT}").get_json()
    assert shown["organisation"]["description"] == "Now with evening sessions."
