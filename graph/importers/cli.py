"""`partnermap import FORMAT PATH` and `partnermap export FORMAT PATH` (see graph.cli).

Both call the same functions the web data page uses (graph.importers.run_import,
graph.exporters.export). Exit status: 0 when every row was good, 1 when any row was bad
(the good rows are still written, unless --strict, and the report says so) or when the import
stored nothing (it says why, per reason), 2 when the store cannot be opened.

Every import writes its report (errors, warnings, skipped rows as CSV) and prints where:
`--report PATH`, or by default an `import-reports/` folder beside the store's file (for
an embedded store) or in the user's data folder, never the current folder.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import click

from graph.cli import echo_json, fail, pass_store
from graph.exporters import FORMATS as EXPORT_FORMATS
from graph.exporters import ExportError, export
from graph.importers import run_import
from graph.importers.registers import REGISTERS
from graph.model import TIE_KINDS
from graph.stores.neo4j_bulk import BulkLoadError, check_bulk_target

__all__ = ["COMMANDS", "import_group", "export_group"]


@click.group("import", invoke_without_command=True)
@click.option("--resume", is_flag=True,
              help="Run again the import that was interrupted part way (Neo4j), completing it.")
@click.pass_context
def import_group(ctx, resume):
    """Import data: our CSV format, 360Giving, Open Referral/HSDS, charity registers, networks.

    Every row is checked first. A bad value in an optional field is dropped with a warning
    and the row kept; a row that cannot be an organisation or a tie is an error, listed and
    not imported, and the good rows are written (--strict: every bad value is an error and
    any error means nothing is written). Problems are listed as file:row:field: reason, grouped with counts, and saved
    to the report the command names. Importing the same files again changes nothing.
    """
    if ctx.invoked_subcommand is not None:
        if resume:
            fail("--resume runs the interrupted import again by itself: give it without a format")
        return
    if not resume:
        click.echo(ctx.get_help())
        return
    store = ctx.obj.store  # the CLI's context object: opens the store on first use
    interrupted = store.interrupted_load()
    if not interrupted:
        click.echo("No interrupted import: nothing to resume.")
        return
    again = interrupted["resume"]
    if not again.get("format") or not again.get("path"):
        fail(f"{interrupted['label']} was not started by `partnermap import`: run the command that started it again")
    if not Path(again["path"]).exists():
        fail(f"cannot resume: {again['path']} is no longer there")
    click.echo(f"Resuming the import of {again['path']} ({again['format']}) from step {interrupted['step']} "
               f"of {interrupted['steps']}.", err=True)
    _run(store, again["format"], again["path"], False, bool(again.get("skip_bad")), bool(again.get("strict")),
         None, False, kind=again.get("kind"))


def _import_options(f):
    f = click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")(f)
    f = click.option("--report", "--errors-out", "report_path", type=click.Path(dir_okay=False, writable=True),
                     default=None,
                     help="Write the report (errors, warnings and skipped rows, as CSV) here. Default: "
                          "import-reports/<input>-<time>.csv beside the store's file, or in the user's "
                          "data folder for Neo4j.")(f)
    f = click.option("--strict", is_flag=True,
                     help="All or nothing: a bad value in an optional field (negative income, latitude "
                          "100, an unreadable date...) is an error, not a warning with the value dropped, "
                          "and any error means nothing is written.")(f)
    f = click.option("--skip-bad", is_flag=True,
                     help="Write the good rows even if some rows are bad (the default; with --strict too).")(f)
    f = click.option("--dry-run", is_flag=True, help="Check and report; write nothing.")(f)
    return f


@contextmanager
def _progress(enabled: bool, label: str):
    """A rich progress bar on stderr for people at a terminal; nothing for scripts."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), "[progress.description]{task.description}", BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(), console=Console(stderr=True),
                  transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda n: bar.advance(task, n)


def default_report_path(store, input_path: str) -> Path:
    """Where an import's report goes when --report is not given: beside the embedded
    store's file, else in the user's data folder; named after the input and the time."""
    store_file = getattr(store, "path", None)
    if store_file is not None:
        folder = Path(store_file).resolve().parent / "import-reports"
    else:
        folder = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "partnermap" / \
            "import-reports"
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return folder / f"{Path(input_path).name or 'import'}-{stamp}.csv"


def _run(store, fmt: str, path: str, dry_run: bool, skip_bad: bool, strict: bool, report_path: str | None,
         as_json: bool, bulk: dict | None = None, kind: str | None = None) -> None:
    # Named, so that if the process dies part way through a large Neo4j load the next command
    # can say which import it was and `import --resume` can run it again.
    resume = {"format": fmt, "path": str(Path(path).resolve()), "skip_bad": skip_bad, "strict": strict,
              **({"kind": kind} if kind else {})}
    try:
        if bulk is not None and not dry_run:
            check_bulk_target(store, bulk["home"])      # refuse before reading a million rows
        with _progress(not as_json, f"importing {fmt} rows") as progress, \
                store.describing_loads(resume["path"], resume):
            report = run_import(store, fmt, path, dry_run=dry_run, skip_bad=True if skip_bad else None, strict=strict,
                                progress=progress, bulk=bulk, kind=kind)
    except BulkLoadError as e:
        fail(str(e))
    written_to = Path(report_path) if report_path else default_report_path(store, path)
    try:
        written_to.parent.mkdir(parents=True, exist_ok=True)
        written_to.write_text(report.errors_csv(), encoding="utf-8")
    except OSError as e:
        click.echo(f"warning: could not write the import report {written_to}: {e.strerror}", err=True)
        written_to = None
    nothing = report.wrote_nothing_reasons()
    if as_json:
        out = report.to_dict()
        out["report_file"] = out["errors_file"] = str(written_to) if written_to else None
        out["wrote_nothing"] = nothing
        echo_json(out)
    else:
        for line in report.summary_lines():
            click.echo(line)
        if report.review:
            click.echo("  to review (not merged):")
            for r in report.review[:20]:
                click.echo(f"    {r['file']}:{r['row']}: {r['id']} {r['name']!r} looks like "
                           f"{r['similar_to']} {r['similar_name']!r}")
            if not report.dry_run and (report.written or not report.errors):   # the flags were stored
                click.echo("  decide them with `partnermap review list`, then `review merge A B` or "
                           "`review dismiss A B`")
        if written_to:
            click.echo(f"  report: {written_to}")
    if report.errors or nothing:
        sys.exit(1)


def _import_command(fmt: str, argument: str, help_text: str):
    """`partnermap import FMT ARGUMENT`: the formats whose only argument is a path."""
    @click.argument(argument, type=click.Path(exists=True))
    @_import_options
    @pass_store
    def command(store, dry_run, skip_bad, strict, report_path, as_json, **path):
        _run(store, fmt, path[argument], dry_run, skip_bad, strict, report_path, as_json)

    return import_group.command(fmt, help=help_text)(command)


@import_group.command("csv")
@click.argument("directory", type=click.Path(exists=True))
@click.option("--bulk", is_flag=True,
              help="Into an EMPTY Neo4j database with neo4j-admin database import (stops the server, loads, "
                   "starts it again): many times faster for a first national load. Same checks and report.")
@click.option("--neo4j-home", "neo4j_home", type=click.Path(file_okay=False), envvar="NEO4J_HOME", default=None,
              help="With --bulk: the home of the Neo4j server behind --store (one started by "
                   "scripts/neo4j_local.py). Env: NEO4J_HOME.")
@_import_options
@pass_store
def import_csv_command(store, directory, bulk, neo4j_home, dry_run, skip_bad, strict, report_path, as_json):
    """Import partnermap CSV files from DIRECTORY (format: graph/importers/CSV_FORMAT.md)."""
    if neo4j_home and not bulk and "NEO4J_HOME" not in os.environ:
        fail("--neo4j-home goes with --bulk")
    _run(store, "csv", directory, dry_run, skip_bad, strict, report_path, as_json,
         bulk={"home": neo4j_home} if bulk else None)


import_360giving_command = _import_command(
    "360giving", "path", "Import 360Giving grants from a JSON data package, a CSV/XLSX file, or a folder of them.")
import_hsds_command = _import_command(
    "hsds", "path", "Import an Open Referral / HSDS folder, datapackage or API JSON dump.")
import_need_command = _import_command(
    "need", "path", "Import need: our need CSV or an English Indices of Deprivation LSOA or local authority "
                    "file, rolled up to local authorities (format: graph/importers/NEED_FORMAT.md).")

import_boundaries_command = _import_command(
    "boundaries", "path", "Import place boundaries from a GeoJSON file (WGS84 longitude and latitude; each "
                          "feature names its place by a 'code' property or an ONS column such as LAD23CD). "
                          "The geographic map shades them by need against provision.")


@import_group.command("network")
@click.argument("path", type=click.Path(exists=True))
@click.option("--kind", default=None, type=click.Choice(TIE_KINDS),
              help="The kind of every tie whose line does not name one (default: funding where the end "
                   "columns are named funder and recipient, donor, grantee..., else partnership).")
@_import_options
@pass_store
def import_network_command(store, path, kind, dry_run, skip_bad, strict, report_path, as_json):
    """Import a network: an edge list (CSV, TSV or text, with or without a header; SNAP and KONECT
    files) or a GraphML, GEXF, GML or Pajek file, or a folder holding one and nodes.csv.

    Every node becomes an organisation and every line a tie, dated when the file gives a date, a year
    or a Unix time. Odd lines cost only themselves: an unreadable date keeps the tie undated, a
    self-loop keeps its node, repeated lines merge into one tie; the report says where.
    """
    _run(store, "network", path, dry_run, skip_bad, strict, report_path, as_json, kind=kind)


@import_group.command("register")
@click.argument("register", type=click.Choice(REGISTERS))
@click.argument("path", type=click.Path(exists=True))
@_import_options
@pass_store
def import_register_command(store, register, path, dry_run, skip_bad, strict, report_path, as_json):
    """Import a charity register: ccew (extract folder), ccni or oscr (register CSV)."""
    _run(store, register, path, dry_run, skip_bad, strict, report_path, as_json)


@click.group("export")
def export_group():
    """Export the graph: csv (our format), json, graphml, gexf (Gephi), kumu (Kumu blueprint)."""


def _export_command(fmt: str):
    spec = EXPORT_FORMATS[fmt]
    target = "DIR" if spec.directory else "PATH"

    @click.argument("out", metavar=target, type=click.Path(writable=True))
    @click.option("--place", default=None, metavar="CODE",
                  help="Only organisations in this place (or places inside it) and the ties among them.")
    @click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
    @pass_store
    def command(store, out, place, as_json):
        try:
            result = export(store, fmt, out, place=place)
        except ExportError as e:
            if as_json:
                echo_json({"ok": False, "error": str(e), "status": 400})
                sys.exit(1)
            fail(str(e))
        except OSError as e:
            fail(f"cannot write {out}: {e.strerror or e}")
        if as_json:
            echo_json(result)
        else:
            where = f" in {place}" if place else ""
            click.echo(f"exported {result['organisations']} organisations and {result['ties']} ties{where} "
                       f"to {out} ({fmt})")

    command.__doc__ = f"Export as {spec.description} to {target}."
    return export_group.command(fmt, help=command.__doc__)(command)


for _fmt in EXPORT_FORMATS:
    _export_command(_fmt)

COMMANDS = [import_group, export_group]
