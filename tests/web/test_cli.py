"""`partnermap serve` and `partnermap users ...` through click's CliRunner."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.stores import open_store
from web.auth import authenticate, hash_token
from web.cli import COMMANDS


@pytest.fixture
def run(tmp_path):
    for command in COMMANDS:
        cli.add_command(command)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, ["--store", url, *args], input=input, catch_exceptions=False)
    invoke.url = url
    return invoke


def test_commands_are_registered():
    assert [c.name for c in COMMANDS] == ["serve", "demo", "users"]


def test_users_add_with_password_then_sign_in(run):
    r = run("users", "add", "alice", "--role", "editor", "--password", "correct-horse")
    assert r.exit_code == 0 and "Added alice (editor)" in r.output and "correct-horse" not in r.output
    with open_store(run.url) as store:
        assert authenticate(store, "alice", "correct-horse").role == "editor"


def test_users_add_generates_and_prints_a_password(run):
    r = run("users", "add", "bob", "--role", "viewer")
    assert r.exit_code == 0
    password = r.output.split("Password: ")[1].strip()
    with open_store(run.url) as store:
        assert authenticate(store, "bob", password).role == "viewer"


def test_users_add_refuses_duplicates_and_bad_roles(run):
    run("users", "add", "bob", "--password", "password-1")
    r = run("users", "add", "bob", "--password", "password-2")
    assert r.exit_code == 1 and "already exists" in r.output
    assert run("users", "add", "bob", "--password", "password-2", "--replace").exit_code == 0
    assert run("users", "add", "eve", "--role", "king").exit_code == 2


def test_users_token_prints_a_token_whose_hash_is_stored(run):
    run("users", "add", "bot", "--role", "viewer", "--password", "password-1")
    r = run("users", "token", "bot")
    token = r.output.strip()
    assert r.exit_code == 0 and token.startswith("pm_") and len(token) > 30
    with open_store(run.url) as store:
        assert store.get_user("bot").has_token_hash(hash_token(token))
        assert token not in repr(store.get_user("bot"))
        assert store.user_by_token_hash(hash_token(token)).name == "bot"
    assert run("users", "token", "nobody").exit_code == 1


def test_several_named_tokens_listed_and_revoked_one_at_a_time(run):
    run("users", "add", "bot", "--role", "viewer", "--password", "password-1")
    first = run("users", "token", "bot").output.strip()
    r = run("users", "token", "bot", "--label", "nightly-export", "--json")
    second = json.loads(r.output)
    assert second["label"] == "nightly-export" and second["token"].startswith("pm_")
    assert run("users", "token", "bot", "--label", "nightly-export").exit_code == 1  # labels are unique
    listed = json.loads(run("users", "tokens", "list", "bot", "--json").output)["tokens"]
    assert [t["label"] for t in listed] == ["default", "nightly-export"]
    with open_store(run.url) as store:
        # Issuing the second did not revoke the first.
        assert store.user_by_token_hash(hash_token(first)).name == "bot"
        assert store.user_by_token_hash(hash_token(second["token"])).name == "bot"
    r = run("users", "tokens", "revoke", "bot", "default")
    assert r.exit_code == 0 and "Revoked" in r.output
    with open_store(run.url) as store:
        assert store.user_by_token_hash(hash_token(first)) is None
        assert store.user_by_token_hash(hash_token(second["token"])).name == "bot"
    r = run("users", "tokens", "revoke", "bot", "default")
    assert r.exit_code == 1 and "nightly-export" in r.output
    assert "default" not in run("users", "tokens", "list", "bot").output


def test_users_list_role_remove_with_json(run):
    run("users", "add", "bob", "--password", "password-1")
    assert run("users", "role", "bob", "admin").exit_code == 0
    r = run("users", "list", "--json")
    assert json.loads(r.output)["users"][0] | {"created_at": ""} == \
        {"name": "bob", "role": "admin", "has_token": False, "tokens": [], "has_password": True, "created_at": ""}
    assert json.loads(run("users", "remove", "bob", "--json").output) == {"ok": True, "removed": "bob"}
    assert run("users", "remove", "bob").exit_code == 1


def test_serve_help_lists_its_options(run):
    r = run("serve", "--help")
    assert r.exit_code == 0
    for opt in ("--host", "--port", "--workers"):
        assert opt in r.output


def test_demo_prints_passwords_once_at_creation_and_never_resets_them(run, monkeypatch):
    import click

    import web.cli
    served = []
    monkeypatch.setattr(web.cli, "serve", click.command()(lambda **kw: served.append(kw)))
    monkeypatch.setattr("seed.demo.build_demo", lambda: __import__("tests.web.tiny", fromlist=["x"]).tiny_graph())
    first = run("demo", "--port", "0")
    assert first.exit_code == 0, first.output
    lines = [line for line in first.output.splitlines() if line.startswith("Sign in as")]
    passwords = {line.split()[3]: line.split()[5] for line in lines}
    assert set(passwords) == {"demo", "admin"} and all(len(p) >= 12 for p in passwords.values())
    second = run("demo", "--port", "0")
    assert second.exit_code == 0 and len(served) == 2
    for password in passwords.values():
        assert password not in second.output
    with open_store(run.url) as store:
        for name, password in passwords.items():
            assert authenticate(store, name, password) is not None  # not reset by the restart


def test_docker_compose_has_no_default_neo4j_password():
    import re
    from pathlib import Path
    text = (Path(__file__).resolve().parents[2] / "docker-compose.yml").read_text()
    uses = re.findall(r"\$\{NEO4J_PASSWORD([^}]*)\}", text)
    assert uses, "compose should read NEO4J_PASSWORD"
    assert all(u.startswith(":?") for u in uses), uses  # ':?' makes compose stop with the message
    assert "partnermap-demo" not in text


def test_serve_warns_when_the_web_assets_are_not_installed(run, monkeypatch, tmp_path):
    """From a clone without `make frontend`, every page was unstyled and every map blank,
    and `serve` said nothing."""
    import web.server

    monkeypatch.setattr(web.server, "serve", lambda config, **kw: None)
    import flask
    monkeypatch.setattr(flask.Flask, "static_folder", str(tmp_path / "static"), raising=False)
    r = run("serve")
    assert r.exit_code == 0
    assert "warning: the web assets are not installed" in r.output and "make frontend" in r.output
