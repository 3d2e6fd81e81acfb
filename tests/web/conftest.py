"""Fixtures for the web tests: a real app over a real embedded store on a temp file."""
from __future__ import annotations

import re
import shutil

import pytest

from graph.stores import open_store
from tests.web.tiny import tiny_graph
from web import create_app
from web.auth import create_user, new_token

PASSWORDS = {"viewer": "viewer-pass-1", "editor": "editor-pass-1", "admin": "admin-pass-1"}


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory):
    """The tiny graph and three users, built once: password hashing is deliberately slow."""
    path = tmp_path_factory.mktemp("template") / "web.db"
    with open_store(f"sqlite:///{path}") as store:
        store.load(tiny_graph())
        for role, password in PASSWORDS.items():
            create_user(store, role, role, password)
    return path


@pytest.fixture
def store_url(_template_db, tmp_path):
    path = tmp_path / "web.db"
    shutil.copyfile(_template_db, path)
    return f"sqlite:///{path}"


@pytest.fixture(autouse=True)
def _matcher_cache(tmp_path, monkeypatch):
    """The matcher saves fitted models under PARTNERMAP_CACHE: keep them out of $HOME."""
    monkeypatch.setenv("PARTNERMAP_CACHE", str(tmp_path / "matcher-cache"))


@pytest.fixture
def app(store_url, tmp_path):
    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "STORE_URL": store_url,
                      "PAGE_SIZE": 3})
    app.instance_path = str(tmp_path / "instance")
    yield app
    app.extensions["partnermap"].close()


@pytest.fixture
def store(app):
    return app.extensions["partnermap"].open()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def csrf_from(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "page has no CSRF token"
    return m.group(1)


def session_for(client, role: str):
    """Sign in by setting the session, as a real sign-in would (tests/web/test_auth.py drives
    the real form; other tests skip its deliberately slow password hash)."""
    user = client.application.extensions["partnermap"].open().get_user(role)
    with client.session_transaction() as session:
        session["_user_id"] = f"{role}:{user.session_key}"
        session["_fresh"] = True
    return client


def sign_in(client, role: str):
    page = client.get("/sign-in")
    token = csrf_from(page.get_data(as_text=True))
    resp = client.post("/sign-in", data={"name": role, "password": PASSWORDS[role], "csrf_token": token})
    assert resp.status_code == 302, resp.get_data(as_text=True)
    return client


@pytest.fixture
def viewer(client):
    return session_for(client, "viewer")


@pytest.fixture
def editor(client):
    return session_for(client, "editor")


@pytest.fixture
def admin(client):
    return session_for(client, "admin")


@pytest.fixture
def token(store):
    """A bearer token for the editor."""
    return new_token(store, "editor")


def csrf_token(client, path: str = "/") -> str:
    return csrf_from(client.get(path).get_data(as_text=True))
