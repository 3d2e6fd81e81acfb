"""The `partnermap` command. Thin: every command calls the same functions the web app does.

This module holds the group, the store option and the helpers commands share. It imports
no command: each package declares its own in pyproject.toml under
`[project.entry-points."partnermap.commands"]` (a click command, or a list of them), and
the group reads them with importlib.metadata when it is first asked for its commands, as
`flask.commands` does. So every import arrow points down the layers: matcher.cli and
web.cli import this module, never the other way.

`--store URL` is accepted before the command (`partnermap --store URL stats`) and after it,
on every command and subcommand (`partnermap users token demo --store URL`).
"""
from __future__ import annotations

import json
import sys
from importlib.metadata import entry_points

import click

from graph.model import ModelError, org_id_for_identifier
from graph.stores import StoreError, StoreUnavailable, default_store_url, open_store

__all__ = ["main", "cli", "pass_store", "pass_ctx", "echo_json", "fail", "interrupted_message",
           "ENTRY_POINT_GROUP", "as_stored_id"]

ENTRY_POINT_GROUP = "partnermap.commands"
_STORE_HELP = ("sqlite:///path.db (embedded, the default) or neo4j://host:7687 / bolt://host:7687 "
               "with NEO4J_USER and NEO4J_PASSWORD. Env: PARTNERMAP_STORE.")


def echo_json(data) -> None:
    click.echo(json.dumps(data, indent=2, sort_keys=False, default=str))


def fail(message: str, code: int = 1):
    """Print one clear line to stderr and exit non-zero: no traceback for a user's mistake."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


class _Context:
    def __init__(self, store_url: str):
        self.store_url = store_url
        self._store = None

    @property
    def store(self):
        if self._store is None:
            try:
                self._store = open_store(self.store_url)
                _warn_if_interrupted(self._store)
            except StoreUnavailable as e:
                fail(str(e), 2)
            except StoreError as e:
                fail(str(e), 2)
        return self._store

    def close(self):
        if self._store is not None:
            self._store.close()


def interrupted_message(interrupted: dict) -> str:
    what = interrupted["label"]
    if interrupted["resume"].get("path"):
        what = f"an import of {interrupted['resume']['path']}"
    return (f"{what} was interrupted at step {interrupted['step']} of {interrupted['steps']}: run it again "
            "to complete it (`partnermap import --resume` runs it again)")


def _warn_if_interrupted(store) -> None:
    """Say so on every command while a load split into steps was stopped part way."""
    interrupted = store.interrupted_load()
    if interrupted:
        click.echo(f"warning: {interrupted_message(interrupted)}", err=True)


pass_ctx = click.make_pass_decorator(_Context)


def pass_store(f):
    """Decorator: hand the command the opened GraphStore as its first argument."""
    @pass_ctx
    def wrapper(ctx: _Context, *args, **kwargs):
        return f(ctx.store, *args, **kwargs)
    wrapper.__name__ = f.__name__
    wrapper.__doc__ = f.__doc__
    return click.decorators.update_wrapper(wrapper, f)


class _Group(click.Group):
    """Model and store errors raised inside any command reach the user as one line.

    The packages' commands join the group from their entry points the first time it is
    asked for its commands (not when this module is imported: they import this module)."""

    _features_added = False

    def _add_feature_commands(self):
        if not _Group._features_added:
            _Group._features_added = True
            _register_entry_point_commands(self)

    def list_commands(self, ctx):
        self._add_feature_commands()
        return super().list_commands(ctx)

    def get_command(self, ctx, cmd_name):
        self._add_feature_commands()
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except StoreUnavailable as e:
            fail(str(e), 2)
        except (ModelError, StoreError) as e:
            fail(str(e), 2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "store_url", envvar="PARTNERMAP_STORE", default=None, metavar="URL", help=_STORE_HELP)
@click.version_option(package_name="partnermap")
@click.pass_context
def cli(ctx: click.Context, store_url: str | None):
    """partnermap: find complementary partners and map local VCSE ecosystems."""
    ctx.obj = _Context(store_url or default_store_url())
    ctx.call_on_close(ctx.obj.close)


def main():
    cli(prog_name="partnermap")


def _register_entry_point_commands(group: click.Group) -> None:
    found = entry_points(group=ENTRY_POINT_GROUP)
    if not found:
        fail("partnermap's commands are not registered (its installed metadata predates them): "
             "reinstall it with `make install` or `pip install -e .`", 2)
    for entry in sorted(found, key=lambda e: e.name):
        loaded = entry.load()
        for command in (loaded if isinstance(loaded, (list, tuple)) else [loaded]):
            group.add_command(with_store_option(command))


def _set_store_after_command(ctx: click.Context, _param, value):
    # The group's own callback has made the _Context by now: click runs it before it
    # parses the subcommand's arguments.
    state = ctx.find_object(_Context)
    if value is not None and state is not None:
        state.store_url = value
    return value


def with_store_option(command: click.Command) -> click.Command:
    """Give `command` (and every subcommand, if it is a group) a `--store URL` option of its
    own, so the store can be named after the command as well as before it. The store is
    opened only when a command first uses it, which is after all options are parsed."""
    if not any(p.name == "store_after_command" for p in command.params):
        command.params.append(click.Option(
            ["--store", "store_after_command"], metavar="URL", default=None, expose_value=False,
            callback=_set_store_after_command,
            help="The store, as `partnermap --store URL` (may come after the command)."))
    for sub in getattr(command, "commands", {}).values():
        with_store_option(sub)
    return command


def as_stored_id(snapshot, org_id: str) -> str:
    """Our id for what the user typed: our id itself, or the identifier as its publisher (or
    a network file) wrote it, which import turned into an id ("Michael Grossman" is stored as
    `Michael~20Grossman`), as `partnermap show` accepts. Unknown ids pass through unchanged,
    so the error names what was typed."""
    if org_id in snapshot.index:
        return org_id
    stored = org_id_for_identifier(org_id)
    return stored if stored in snapshot.index else org_id
