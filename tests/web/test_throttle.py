"""Sign-in throttling per user name and per client address, and equal timing for names
that exist and names that do not."""
from __future__ import annotations

import time

from tests.web.conftest import PASSWORDS, csrf_from
from web.auth import authenticate
from web.throttle import SignInThrottle


def _try(client, name, password, address="10.0.0.1"):
    token = csrf_from(client.get("/sign-in").get_data(as_text=True))
    return client.post("/sign-in", data={"name": name, "password": password, "csrf_token": token},
                       environ_base={"REMOTE_ADDR": address})


def test_wrong_passwords_for_a_name_are_throttled_then_even_the_right_one_waits(app, client):
    app.config["SIGN_IN_MAX_FAILURES_PER_USER"] = 3
    for _ in range(3):
        assert _try(client, "editor", "wrong-password").status_code == 400
    r = _try(client, "editor", PASSWORDS["editor"])
    assert r.status_code == 429
    assert "Too many failed sign-ins" in r.get_data(as_text=True) and "Try again in 15 minutes" in r.get_data(as_text=True)
    assert 0 < int(r.headers["Retry-After"]) <= 900
    assert client.get("/api/me").status_code == 401  # not signed in
    # Another user is not affected, from another address.
    assert _try(client, "viewer", PASSWORDS["viewer"], address="10.0.0.2").status_code == 302


def test_unknown_names_are_throttled_the_same_way(app, client):
    app.config["SIGN_IN_MAX_FAILURES_PER_USER"] = 2
    for name in ("editor", "no-such-user"):
        for _ in range(2):
            assert _try(client, name, "wrong-password", address=f"10.1.0.{len(name)}").status_code == 400
        assert _try(client, name, "wrong-password", address=f"10.1.0.{len(name)}").status_code == 429


def test_one_address_guessing_many_names_is_throttled(app, client):
    app.config["SIGN_IN_MAX_FAILURES_PER_ADDRESS"] = 4
    for i in range(4):
        assert _try(client, f"guess{i}", "wrong-password", address="10.9.9.9").status_code == 400
    assert _try(client, "admin", PASSWORDS["admin"], address="10.9.9.9").status_code == 429
    assert _try(client, "admin", PASSWORDS["admin"], address="10.9.9.8").status_code == 302


def test_counts_are_shared_through_the_instance_folder_and_expire(tmp_path):
    a = SignInThrottle(tmp_path / "t.db", per_user=2, per_address=0, window=60)
    b = SignInThrottle(tmp_path / "t.db", per_user=2, per_address=0, window=60)  # another worker
    a.failed("Ann", "1.2.3.4", now=1000)
    b.failed("ann", "1.2.3.4", now=1001)
    assert a.wait_seconds("ANN", "", now=1002) == 58
    assert b.wait_seconds("ann", "", now=1061) == 0  # the window passed
    a.failed("bob", "", now=1000)
    a.succeeded("bob")
    a.failed("bob", "", now=1001)
    assert a.wait_seconds("bob", "", now=1002) == 0


def test_sign_in_takes_as_long_for_an_unknown_name_as_for_a_wrong_password(store):
    def fastest_of_three(name):
        times = []
        for _ in range(3):
            t = time.perf_counter()
            assert authenticate(store, name, "not-the-password") is None
            times.append(time.perf_counter() - t)
        return min(times)
    known, unknown = fastest_of_three("editor"), fastest_of_three("nobody-by-this-name")
    assert 0.5 < unknown / known < 2.0, (known, unknown)
