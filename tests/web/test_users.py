"""Admins manage users, on the page and through the API."""
from __future__ import annotations

from tests.web.conftest import csrf_token


def test_admin_adds_and_removes_a_user_on_the_page(admin, store):
    r = admin.post("/users", data={"name": "carol", "role": "editor", "password": "", "csrf_token": csrf_token(admin, "/users")})
    assert r.status_code == 302
    html = admin.get(r.location).get_data(as_text=True)
    assert "Added carol as editor" in html and "Their password is" in html
    assert store.get_user("carol").role == "editor"
    r = admin.post("/users/carol/delete", data={"csrf_token": csrf_token(admin, "/users")})
    assert r.status_code == 302 and store.get_user("carol") is None


def test_bad_user_names_and_duplicates_are_shown_as_errors(admin):
    r = admin.post("/users", data={"name": "no spaces", "role": "viewer", "csrf_token": csrf_token(admin, "/users")})
    assert r.status_code == 400 and "govuk-error-summary" in r.get_data(as_text=True)
    r = admin.post("/users", data={"name": "viewer", "role": "viewer", "csrf_token": csrf_token(admin, "/users")})
    assert r.status_code == 400 and "already exists" in r.get_data(as_text=True)


def test_admin_cannot_remove_themselves(admin, store):
    r = admin.post("/users/admin/delete", data={"csrf_token": csrf_token(admin, "/users")})
    assert r.status_code == 400 and store.get_user("admin") is not None


def test_users_api(client, store):
    from web.auth import new_token
    h = {"Authorization": f"Bearer {new_token(store, 'admin')}"}
    names = [u["name"] for u in client.get("/api/users", headers=h).get_json()["users"]]
    assert names == ["admin", "editor", "viewer"]
    r = client.post("/api/users", json={"name": "dave", "role": "viewer"}, headers=h)
    assert r.status_code == 201 and len(r.get_json()["password"]) >= 12
    assert client.post("/api/users", json={"name": "dave", "role": "viewer"}, headers=h).status_code == 409
    assert client.post("/api/users", json={"name": "erin", "role": "king"}, headers=h).status_code == 400
    assert client.delete("/api/users/dave", headers=h).get_json() == {"ok": True, "deleted": "dave"}
    assert client.delete("/api/users/dave", headers=h).status_code == 404
