"""Commands this package adds to the partnermap CLI (see graph.cli): `serve`, `demo` and `users`."""
from __future__ import annotations

import sys

import click

from graph.cli import echo_json, fail, pass_ctx, pass_store
from graph.model import ROLES, ModelError

__all__ = ["COMMANDS", "serve", "demo", "users"]


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--workers", default=None, type=int, help="gunicorn worker processes [default: one per core, 2-8].")
@click.option("--threads", default=8, show_default=True, type=int, help="Threads per worker.")
@click.option("--access-log/--no-access-log", default=False, help="Log every request to stdout.")
@pass_ctx
def serve(ctx, host, port, workers, threads, access_log):
    """Serve the web UI and JSON API with gunicorn."""
    from graph.stores import StoreError, StoreUnavailable
    from web import create_app
    from web.server import default_workers
    from web.server import serve as run

    config = {"STORE_URL": ctx.store_url}
    try:
        # Check the settings and the store before starting gunicorn, which builds the app
        # itself (in its parent, so every worker signs sessions with the same key).
        app = create_app(config)
        app.extensions["partnermap"].open()
        app.extensions["partnermap"].close()
    except StoreUnavailable as e:
        click.echo(f"warning: {e}; pages will answer 503 until it can be reached", err=True)
    except StoreError as e:
        fail(str(e), 2)
    missing = missing_assets(app)
    if missing:
        click.echo(f"warning: the web assets are not installed ({missing} is missing): pages will show without "
                   "their styles, maps or charts. Fetch them with `make frontend` "
                   "(bash scripts/fetch_frontend.sh)", err=True)
    click.echo(f"partnermap on http://{host}:{port}/ (store {ctx.store_url}, "
               f"{workers or default_workers()} workers x {threads} threads)", err=True)
    run(config, host=host, port=port, workers=workers, threads=threads, access_log=access_log)


# What the pages load from web/static/vendor (fetched from npm, not committed): without
# them every page was unstyled and the maps blank, with nothing said where it started.
VENDOR_ASSETS = ("vendor/govuk/govuk-frontend.min.css", "vendor/govuk/govuk-frontend.min.js",
                 "vendor/cytoscape/cytoscape.min.js", "vendor/leaflet/leaflet.js")


def missing_assets(app) -> str:
    """The first vendored asset the app's static folder lacks, as a path, or ""."""
    from pathlib import Path

    for rel in VENDOR_ASSETS:
        path = Path(app.static_folder) / rel
        if not path.is_file():
            return str(path)
    return ""


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.pass_context
def demo(ctx: click.Context, host: str, port: int):
    """Seed the demo into the store if it is empty, create demo sign-ins, then serve."""
    from web.auth import ensure_demo_users

    store = ctx.obj.store
    if store.counts()["organisations"] == 0:
        from seed.demo import build_demo
        click.echo("Seeding the demo ecosystem (Bristol, Luton, Suffolk)...")
        store.load(build_demo())
    for name, role, password in ensure_demo_users(store):
        if password:  # shown once, when the sign-in is made
            click.echo(f"Sign in as {name} / {password} ({role}) - note it now, it will not be shown again")
        else:
            click.echo(f"Sign in as {name} ({role}) with the password printed when it was made "
                       f"(new one: partnermap users add {name} --role {role} --replace)")
    ctx.invoke(serve, host=host, port=port)


@click.group()
def users():
    """Manage who can sign in: add, list, remove, change roles, issue API tokens."""


_json_option = click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")


def _answer(as_json: bool, data: dict, text: str) -> None:
    """`data` as a JSON answer with --json, else `text` for people."""
    if as_json:
        echo_json({"ok": True, **data})
    else:
        click.echo(text)


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), default="viewer", show_default=True)
@click.option("--password", default=None, help="The password. Not given: asked for at a terminal, "
                                               "otherwise generated and printed.")
@click.option("--replace", is_flag=True, help="Replace an existing user of that name.")
@_json_option
@pass_store
def users_add(store, name, role, password, replace, as_json):
    """Add a user NAME with a role (viewer, editor or admin)."""
    from web.auth import create_user

    if store.get_user(name) and not replace:
        fail(f"a user called {name!r} already exists (use --replace to change it)")
    generated = False
    if password is None and sys.stdin.isatty() and not as_json:
        password = click.prompt("Password (leave blank to generate one)", default="", hide_input=True,
                                confirmation_prompt=True, show_default=False) or None
    if password is None:
        generated = True
    try:
        user, password = create_user(store, name, role, password)
    except ModelError as e:
        fail(str(e))
    if as_json:
        out = {"ok": True, "name": user.name, "role": user.role}
        if generated:
            out["password"] = password
        echo_json(out)
        return
    click.echo(f"Added {user.name} ({user.role}).")
    if generated:
        click.echo(f"Password: {password}")


@users.command("list")
@_json_option
@pass_store
def users_list(store, as_json):
    """List users and their roles."""
    from web.auth import user_dict

    rows = [user_dict(u) for u in store.list_users()]
    if as_json:
        echo_json({"ok": True, "users": rows})
        return
    if not rows:
        click.echo("No users yet: add one with `partnermap users add NAME --role admin`.")
    for r in rows:
        click.echo(f"{r['name']:<24} {r['role']:<7} {'token' if r['has_token'] else '':<5} {r['created_at']}")


@users.command("token")
@click.argument("name")
@click.option("--label", default=None, help="A name for the token, to list and revoke it by "
                                            "[default: 'default', then token-2, token-3, ...].")
@_json_option
@pass_store
def users_token(store, name, label, as_json):
    """Issue another API token for NAME and print it; NAME's other tokens keep working.

    Programs send it as `Authorization: Bearer <token>`. Only its hash is stored, so it
    cannot be shown again. `partnermap users tokens list|revoke` manages them."""
    from web.auth import list_tokens, new_token

    try:
        token = new_token(store, name, label)
    except (LookupError, ModelError) as e:
        fail(str(e))
    made = list_tokens(store, name)[-1]["label"]
    _answer(as_json, {"name": name, "label": made, "token": token}, token)


@users.group("tokens")
def users_tokens():
    """List or revoke a user's API tokens."""


@users_tokens.command("list")
@click.argument("name")
@_json_option
@pass_store
def users_tokens_list(store, name, as_json):
    """NAME's tokens: label and when each was issued (the tokens themselves are not kept)."""
    from web.auth import list_tokens

    try:
        tokens = list_tokens(store, name)
    except LookupError as e:
        fail(str(e))
    text = "\n".join(f"{t['label']:<24} {t['created_at']}" for t in tokens) or f"{name} has no API tokens."
    _answer(as_json, {"name": name, "tokens": tokens}, text)


@users_tokens.command("revoke")
@click.argument("name")
@click.argument("label")
@_json_option
@pass_store
def users_tokens_revoke(store, name, label, as_json):
    """Revoke NAME's token LABEL: programs using it are refused from now on."""
    from web.auth import revoke_token

    try:
        revoke_token(store, name, label)
    except LookupError as e:
        fail(str(e))
    _answer(as_json, {"name": name, "revoked": label}, f"Revoked {name}'s token {label!r}.")


@users.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
@_json_option
@pass_store
def users_role(store, name, role, as_json):
    """Change NAME's role. Their sessions end: they sign in again to act with the new role."""
    from web.auth import set_role

    try:
        set_role(store, name, role)
    except LookupError as e:
        fail(str(e))
    _answer(as_json, {"name": name, "role": role}, f"{name} is now {role}.")


@users.command("remove")
@click.argument("name")
@_json_option
@pass_store
def users_remove(store, name, as_json):
    """Remove NAME: they can no longer sign in, their sessions end and their tokens stop working."""
    if not store.delete_user(name):
        fail(f"no user called {name!r}")
    _answer(as_json, {"removed": name}, f"Removed {name}.")


COMMANDS = [serve, demo, users]
