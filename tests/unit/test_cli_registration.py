"""Issue 13, items 17 and 18: how the CLI is put together and the flags users trip on.

18. The group lives in graph/ but must not import the packages above it: commands join it
    through the `partnermap.commands` entry points. Every command keeps its name.
17. `--store` is accepted after the command on every command; `stats` does not wrap the
    store URL; `make demo` installs only what the demo needs and says what it is doing.
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from graph.cli import cli

ROOT = Path(__file__).resolve().parents[2]

# Every command path the CLI had before commands moved to entry points.
COMMAND_PATHS = {
    "analyse", "analyse champions", "analyse core", "analyse ecosystem", "analyse gaps", "analyse isolated",
    "analyse map", "analyse referrals", "demo", "evaluate", "export", "export csv", "export gexf",
    "export graphml", "export json", "export kumu", "import", "import 360giving", "import csv", "import hsds",
    "import register", "match", "search", "seed", "seed demo", "seed synthetic", "serve", "show", "stats",
    "users", "users add", "users list", "users remove", "users role", "users token",
}


def _paths(group: click.Group, prefix=()):
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        yield " ".join((*prefix, name)), command
        if isinstance(command, click.Group):
            yield from _paths(command, (*prefix, name))


def test_every_command_is_still_there():
    found = dict(_paths(cli))
    assert COMMAND_PATHS <= set(found), sorted(COMMAND_PATHS - set(found))


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth (function bodies included)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_graph_and_its_cli_import_nothing_from_web_or_matcher():
    offenders = []
    for path in sorted((ROOT / "graph").rglob("*.py")):
        for name in _imports(path):
            top = name.split(".")[0]
            if top == "web" or (top == "matcher" and path.name != "introductions.py"):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    # graph/analysis/introductions.py asks the matcher for partners (analysis and matcher
    # are one layer); nothing else in graph/ may reach sideways or up.
    assert offenders == []


def test_loading_the_group_imports_no_feature_package():
    code = ("import sys; import graph.cli, graph.commands; "
            "print([m for m in sys.modules if m.split('.')[0] in ('web', 'matcher', 'flask')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_commands_are_registered_through_entry_points():
    from importlib.metadata import entry_points

    names = {e.value.split(":")[0] for e in entry_points(group="partnermap.commands")}
    assert {"graph.commands", "graph.importers.cli", "graph.analysis.cli", "matcher.cli", "web.cli"} <= names


def test_store_is_accepted_after_the_command(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'after.db'}"
    elsewhere = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("PARTNERMAP_STORE", elsewhere)  # --store after the command wins over it
    runner = CliRunner()
    out = runner.invoke(cli, ["seed", "synthetic", "--orgs", "20", "--avg-degree", "2", "--json", "--store", url])
    assert out.exit_code == 0, out.output
    stats = json.loads(runner.invoke(cli, ["stats", "--store", url, "--json"]).output)
    assert stats["store"] == url and stats["organisations"] == 20
    out = runner.invoke(cli, ["users", "add", "demo", "--role", "viewer", "--password", "a-long-password-1",
                              "--store", url])
    assert out.exit_code == 0, out.output
    out = runner.invoke(cli, ["users", "token", "demo", "--store", url, "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["ok"] is True
    users = json.loads(runner.invoke(cli, ["users", "list", "--json", "--store", url]).output)
    assert [u["name"] for u in users["users"]] == ["demo"]
    # the environment's store was never touched
    assert json.loads(runner.invoke(cli, ["stats", "--json"]).output)["organisations"] == 0


def test_every_command_takes_store_after_it():
    missing = [path for path, command in _paths(cli)
               if not any(isinstance(p, click.Option) and "--store" in p.opts for p in command.params)]
    assert missing == []


def test_stats_prints_the_store_url_on_one_line(tmp_path):
    deep = tmp_path / ("a-rather-long-folder-name-" * 3) / "another-long-folder-name-for-the-store"
    deep.mkdir(parents=True)
    url = f"sqlite:///{deep / 'partnermap-with-a-long-name.db'}"
    out = CliRunner().invoke(cli, ["--store", url, "stats"], terminal_width=80)
    assert out.exit_code == 0, out.output
    assert any(url in line for line in out.output.splitlines()), out.output


def test_make_demo_installs_no_test_extras_and_says_what_it_does():
    plan = subprocess.run(["make", "-n", "-B", "demo"], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    installs = [line for line in plan.splitlines() if "pip install" in line]
    assert installs and not any("[test]" in line for line in installs), plan
    assert not any("--quiet" in line or " -q " in line for line in installs), plan
    assert "echo" in plan and "Installing" in plan
