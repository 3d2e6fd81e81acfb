"""The `partnermap` command. Thin: every command calls the same functions the web app does.

Feature packages contribute their own commands (matcher.cli, graph.analysis.cli,
graph.importers.cli, web.cli); this module holds the group, the store option and the
commands of the data layer.
"""
from __future__ import annotations

import json
import sys

import click

from graph.model import ModelError
from graph.stores import StoreError, StoreUnavailable, default_store_url, open_store

__all__ = ["main", "cli", "pass_store", "echo_json", "fail"]


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
            except StoreUnavailable as e:
                fail(str(e), 2)
            except StoreError as e:
                fail(str(e), 2)
        return self._store

    def close(self):
        if self._store is not None:
            self._store.close()


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

    The feature packages' commands join the group the first time it is asked for its
    commands, not when this module is imported: they import this module themselves, so
    importing e.g. matcher.cli first must not loop back into them."""

    _features_added = False

    def _add_feature_commands(self):
        if not _Group._features_added:
            _Group._features_added = True
            _register_feature_commands()

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
@click.option("--store", "store_url", envvar="PARTNERMAP_STORE", default=None, metavar="URL",
              help="sqlite:///path.db (embedded, the default) or neo4j://host:7687 / bolt://host:7687 "
                   "with NEO4J_USER and NEO4J_PASSWORD. Env: PARTNERMAP_STORE.")
@click.version_option(package_name="partnermap")
@click.pass_context
def cli(ctx: click.Context, store_url: str | None):
    """partnermap: find complementary partners and map local VCSE ecosystems."""
    ctx.obj = _Context(store_url or default_store_url())
    ctx.call_on_close(ctx.obj.close)


def main():
    cli(prog_name="partnermap")


def _register_feature_commands():
    # Each feature package lists its click commands in COMMANDS; adding a package here
    # is the one change the CLI needs.
    from graph.analysis.cli import COMMANDS as analysis_commands
    from graph.classify.cli import COMMANDS as classify_commands
    from graph.importers.cli import COMMANDS as data_commands
    from matcher.cli import COMMANDS as matcher_commands
    from web.cli import COMMANDS as web_commands

    for command in (*data_commands, *matcher_commands, *analysis_commands, *classify_commands, *web_commands):
        cli.add_command(command)


from graph import commands  # noqa: E402,F401  (the data-layer commands)
