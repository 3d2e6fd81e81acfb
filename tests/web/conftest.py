"""Fixtures for the web tests: a real app over a real embedded store on a temp file."""
from __future__ import annotations

import re

import pytest

from graph.stores import open_store
from tests.web.tiny import tiny_graph
from web import create_app
from web.auth import create_user, new_token

PASSWORDS = {"viewer": "viewer-pass-1", "editor": "editor-pass-1", "admin": "admin-pass-1"}


@pytest.fixture
def store_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'web.db'}"
    with open_store(url) as store:
        store.load(tiny_graph())
        for role, password in PASSWORDS.items():
            create_user(store, role, role, password)
    return url


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


def sign_in(client, role: str):
    page = client.get("/sign-in")
    token = csrf_from(page.get_data(as_text=True))
    resp = client.post("/sign-in", data={"name": role, "password": PASSWORDS[role], "csrf_token": token})
    assert resp.status_code == 302, resp.get_data(as_text=True)
    return client


@pytest.fixture
def viewer(client):
    return sign_in(client, "viewer")


@pytest.fixture
def editor(client):
    return sign_in(client, "editor")


@pytest.fixture
def admin(client):
    return sign_in(client, "admin")


@pytest.fixture
def token(store):
    """A bearer token for the editor."""
    return new_token(store, "editor")


def csrf_token(client, path: str = "/") -> str:
    return csrf_from(client.get(path).get_data(as_text=True))
