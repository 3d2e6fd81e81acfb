"""Sign-in, roles, API tokens and CSRF."""
from __future__ import annotations

import pytest

from tests.web.conftest import PASSWORDS, csrf_from, csrf_token, sign_in
from tests.web.tiny import DEBT, FOOD
from web.auth import authenticate, create_user, ensure_demo_users, hash_token, new_token

PUBLIC = {"/sign-in", "/health", "/static/<path:filename>"}


def _concrete(rule) -> str:
    path = rule.rule
    for arg in rule.arguments:
        path = path.replace(f"<{arg}>", "x").replace(f"<path:{arg}>", "x")
    return path


def test_nothing_but_sign_in_and_health_answers_without_a_role(app, client):
    checked = 0
    for rule in app.url_map.iter_rules():
        if rule.rule in PUBLIC:
            continue
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            r = client.open(_concrete(rule), method=method)
            if rule.rule.startswith("/api/"):
                assert r.status_code == 401, (method, rule.rule, r.status_code)
                assert r.get_json()["ok"] is False
            else:
                # Pages send people to sign in; form posts fail CSRF or redirect: never content.
                assert r.status_code in (302, 400), (method, rule.rule, r.status_code)
                if r.status_code == 302:
                    assert "/sign-in" in r.location
            checked += 1
    assert checked > 20


def test_unknown_urls_also_need_sign_in(client):
    assert client.get("/no-such-page").status_code == 302
    assert client.get("/api/no-such-thing").status_code == 401


def test_sign_in_redirects_back_to_the_page_asked_for(client):
    r = client.get("/search?q=bank")
    assert r.status_code == 302 and "next=" in r.location
    page = client.get(r.location)
    token = csrf_from(page.get_data(as_text=True))
    r = client.post(r.location, data={"name": "viewer", "password": PASSWORDS["viewer"], "csrf_token": token})
    assert r.status_code == 302 and r.location == "/search?q=bank"


def test_sign_in_ignores_offsite_next(client):
    token = csrf_token(client, "/sign-in")
    r = client.post("/sign-in?next=https://evil.example/", data={"name": "viewer", "password": PASSWORDS["viewer"],
                                                                "csrf_token": token})
    assert r.status_code == 302 and r.location == "/"


def test_wrong_password_shows_an_error_and_does_not_sign_in(client):
    token = csrf_token(client, "/sign-in")
    r = client.post("/sign-in", data={"name": "viewer", "password": "wrong", "csrf_token": token})
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert "govuk-error-summary" in html and "not right" in html
    assert client.get("/").status_code == 302


def test_sign_in_form_needs_csrf(client):
    r = client.post("/sign-in", data={"name": "viewer", "password": PASSWORDS["viewer"]})
    assert r.status_code == 400
    assert "security token" in r.get_data(as_text=True)


def test_passwords_are_stored_hashed(store):
    user = store.get_user("viewer")
    assert PASSWORDS["viewer"] not in user.password_hash
    assert user.password_hash.startswith(("scrypt:", "pbkdf2:"))
    assert authenticate(store, "viewer", PASSWORDS["viewer"]).name == "viewer"
    assert authenticate(store, "viewer", "nope") is None
    assert authenticate(store, "ghost", "nope") is None


def test_sign_out_needs_post_with_csrf(viewer):
    assert viewer.get("/sign-out").status_code == 405
    assert viewer.post("/sign-out").status_code == 400
    r = viewer.post("/sign-out", data={"csrf_token": csrf_token(viewer, "/")})
    assert r.status_code == 302
    assert viewer.get("/").status_code == 302


def test_viewer_cannot_write(viewer):
    token = csrf_token(viewer, "/")
    r = viewer.post("/introductions", data={"org_a": FOOD, "org_b": DEBT, "csrf_token": token})
    assert r.status_code == 403
    assert "editor role" in r.get_data(as_text=True)
    r = viewer.post("/api/introductions", json={"org_a": FOOD, "org_b": DEBT}, headers={"X-CSRFToken": token})
    assert r.status_code == 403 and r.get_json() == {"ok": False, "status": 403, "error": r.get_json()["error"]}


def test_only_admins_manage_users(editor, client):
    assert editor.get("/users").status_code == 403
    assert editor.get("/api/users").status_code == 403


def test_bearer_token_authenticates_api_calls_without_csrf_or_cookie(client, store, token):
    r = client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and r.get_json() == {"ok": True, "name": "editor", "role": "editor", "via": "token"}
    assert "Set-Cookie" not in r.headers
    r = client.post("/api/introductions", json={"org_a": FOOD, "org_b": DEBT},
                    headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 201, r.get_json()
    assert store.user_by_token_hash(hash_token(token)).name == "editor"
    assert token not in (store.get_user("editor").token_hash)


def test_bad_or_revoked_tokens_are_refused_and_other_tokens_carry_on(client, store, token):
    from web.auth import list_tokens, revoke_token
    assert client.get("/api/me", headers={"Authorization": "Bearer pm_nope"}).status_code == 401
    newer = new_token(store, "editor", "ci-job")
    # A second token no longer silently revokes the first.
    assert client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert client.get("/api/me", headers={"Authorization": f"Bearer {newer}"}).status_code == 200
    assert [t["label"] for t in list_tokens(store, "editor")] == ["default", "ci-job"]
    revoke_token(store, "editor", "default")
    assert client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert client.get("/api/me", headers={"Authorization": f"Bearer {newer}"}).status_code == 200


def test_session_api_writes_need_the_csrf_header(editor):
    r = editor.post("/api/introductions", json={"org_a": FOOD, "org_b": DEBT})
    assert r.status_code == 400 and r.get_json()["ok"] is False
    r = editor.post("/api/introductions", json={"org_a": FOOD, "org_b": DEBT},
                    headers={"X-CSRFToken": csrf_token(editor, "/")})
    assert r.status_code == 201


def test_every_form_carries_a_csrf_token(admin):
    import re
    for path in ("/", "/search", f"/organisations/{FOOD}", "/introductions", "/data", "/users"):
        html = admin.get(path).get_data(as_text=True)
        for form in re.findall(r"<form[^>]*method=\"post\"[^>]*>.*?</form>", html, flags=re.S | re.I):
            assert 'name="csrf_token"' in form, (path, form[:200])


def test_ensure_demo_users_creates_sign_ins_that_work(store, client):
    store.delete_user("admin")  # the fixture's admin: the demo makes its own
    made = ensure_demo_users(store)
    assert [(n, r) for n, r, _ in made] == [("demo", "editor"), ("admin", "admin")]
    for name, role, password in made:
        assert authenticate(store, name, password).role == role
    # A restart neither resets nor shows the passwords again.
    again = ensure_demo_users(store)
    assert [p for _, _, p in again] == [None, None]
    for name, role, password in made:
        assert authenticate(store, name, password).role == role


def test_create_user_validates(store):
    from graph.model import ModelError
    with pytest.raises(ModelError):
        create_user(store, "x", "superuser", "long-enough")
    with pytest.raises(ModelError):
        create_user(store, "x", "viewer", "short")
    user, password = create_user(store, "newbie", "viewer")
    assert len(password) >= 12 and authenticate(store, "newbie", password)


def test_editor_can_sign_in_and_sees_their_role(client):
    sign_in(client, "editor")
    html = client.get("/").get_data(as_text=True)
    assert "editor" in html and "Sign out" in html
