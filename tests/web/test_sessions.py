"""Sessions end when they should: sign-out, a new password, a new role, removal, and a
removed name added again never brings an old cookie back."""
from __future__ import annotations

import pytest

from tests.web.conftest import csrf_token, sign_in
from web.auth import create_user, end_sessions, set_password, set_role


def _cookie(client) -> str:
    return client.get_cookie("session").value


def _replay(app, cookie: str):
    """A second browser holding a copy of the cookie."""
    other = app.test_client()
    other.set_cookie("session", cookie)
    return other


def _signed_in(client) -> bool:
    r = client.get("/api/me")
    return r.status_code == 200


def test_a_copied_cookie_works_until_sign_out_then_never(app, client):
    sign_in(client, "viewer")
    stolen = _cookie(client)
    assert _signed_in(_replay(app, stolen))
    r = client.post("/sign-out", data={"csrf_token": csrf_token(client)})
    assert r.status_code == 302
    assert not _signed_in(client)
    thief = _replay(app, stolen)
    assert not _signed_in(thief)
    assert thief.get("/").status_code == 302  # to the sign-in page


@pytest.mark.parametrize("change", ["password", "role", "end"])
def test_password_or_role_change_ends_existing_sessions(app, client, store, change):
    sign_in(client, "editor")
    cookie = _cookie(client)
    assert _signed_in(_replay(app, cookie))
    if change == "password":
        set_password(store, "editor", "a-new-password-1")
    elif change == "role":
        set_role(store, "editor", "viewer")
    else:
        end_sessions(store, "editor")
    assert not _signed_in(_replay(app, cookie))
    assert not _signed_in(client)


def test_removed_user_is_signed_out_and_re_adding_the_name_does_not_revive_the_cookie(app, client, store):
    create_user(store, "temp", "viewer", "temp-pass-123")
    sign_in_as = app.test_client()
    page = sign_in_as.get("/sign-in")
    from tests.web.conftest import csrf_from
    r = sign_in_as.post("/sign-in", data={"name": "temp", "password": "temp-pass-123",
                                          "csrf_token": csrf_from(page.get_data(as_text=True))})
    assert r.status_code == 302
    old_cookie = _cookie(sign_in_as)
    assert _replay(app, old_cookie).get("/api/me").get_json()["role"] == "viewer"

    sign_in(client, "admin")
    r = client.post("/users/temp/delete", data={"csrf_token": csrf_token(client, "/users")})
    assert r.status_code == 302
    assert not _signed_in(_replay(app, old_cookie))

    # The same name comes back as an admin: the old viewer cookie must not become an admin.
    create_user(store, "temp", "admin", "temp-pass-456")
    revived = _replay(app, old_cookie)
    assert not _signed_in(revived)
    assert revived.get("/users").status_code == 302


def test_role_change_through_the_cli_ends_sessions(app, client, store):
    from click.testing import CliRunner

    from graph.cli import cli
    from web.cli import COMMANDS
    for command in COMMANDS:
        cli.add_command(command)
    sign_in(client, "editor")
    cookie = _cookie(client)
    result = CliRunner().invoke(cli, ["--store", store.url, "users", "role", "editor", "viewer"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert not _signed_in(_replay(app, cookie))


def test_a_cookie_from_before_session_keys_is_refused(app, client):
    # Older releases stored only the user name in the session.
    with client.session_transaction() as session:
        session["_user_id"] = "admin"
        session["_fresh"] = True
    assert not _signed_in(client)
    sign_in(client, "admin")
    assert _signed_in(client)


def test_sign_out_of_one_session_leaves_tokens_working(client, store, token):
    sign_in(client, "editor")
    client.post("/sign-out", data={"csrf_token": csrf_token(client)})
    assert client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
