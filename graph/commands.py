"""Data-layer commands: seed, stats, show, search (registered through the
`partnermap.commands` entry points, like every package's commands)."""
from __future__ import annotations

import time

import click
from rich.console import Console
from rich.table import Table

from graph.cli import echo_json, fail, pass_store
from graph.model import identifier_for_org_id, org_id_for_identifier

_console = Console()


@click.group()
def seed():
    """Write demo or synthetic data into the store."""


@seed.command("demo")
@click.option("--replace", is_flag=True, help="Clear the store first (users are kept).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@pass_store
def seed_demo(store, replace: bool, as_json: bool):
    """The demo ecosystem: ~600 organisations in Bristol, Luton and Suffolk."""
    from seed.demo import build_demo

    if replace:
        store.clear()
    started = time.perf_counter()
    counts = store.load(build_demo())
    _report(store, counts, time.perf_counter() - started, as_json, "demo")


@seed.command("synthetic")
@click.option("--orgs", "n_orgs", type=click.IntRange(2, 5_000_000), default=5000, show_default=True)
@click.option("--avg-degree", type=click.FloatRange(0, 200), default=10.0, show_default=True)
@click.option("--seed", "seed_", type=int, default=0, show_default=True)
@click.option("--replace", is_flag=True, help="Clear the store first (users are kept).")
@click.option("--json", "as_json", is_flag=True)
@pass_store
def seed_synthetic(store, n_orgs: int, avg_degree: float, seed_: int, replace: bool, as_json: bool):
    """A large synthetic graph, for benchmarks."""
    from seed.synthetic import build_synthetic

    if replace:
        store.clear()
    started = time.perf_counter()
    data = build_synthetic(n_orgs, avg_degree, seed_)
    counts = store.load(data)
    _report(store, counts, time.perf_counter() - started, as_json, "synthetic")


def _report(store, counts, seconds, as_json, what):
    if as_json:
        echo_json({"ok": True, "seeded": what, "written": counts, "seconds": round(seconds, 2),
                   "store": store.url, "totals": store.counts()})
    else:
        click.echo(f"Seeded {what}: {counts['organisations']:,} organisations and {counts['ties']:,} ties "
                   f"into {store.url} in {seconds:.1f} s.")


@click.command()
@click.option("--json", "as_json", is_flag=True)
@pass_store
def stats(store, as_json: bool):
    """Counts of everything in the store."""
    counts = store.counts()
    if as_json:
        echo_json({"ok": True, **counts, "version": store.version(), "store": store.url})
        return
    # The URL on a line of its own, never wrapped: a long path split over lines cannot be
    # copied back into --store.
    click.echo(f"partnermap store {store.url}")
    table = Table()
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in counts.items():
        table.add_row(key, f"{value:,}")
    _console.print(table)


@click.command()
@click.argument("org_id")
@click.option("--json", "as_json", is_flag=True)
@pass_store
def show(store, org_id: str, as_json: bool):
    """One organisation with its ties."""
    # Either our id or the identifier as its publisher wrote it (apostrophes, slashes...).
    org = store.get_organisation(org_id) or store.get_organisation(org_id_for_identifier(org_id))
    if org is None:
        fail(f"no organisation with id {org_id!r} (try `partnermap search NAME`)")
    ties = store.neighbours(org.id)
    if as_json:
        echo_json({"ok": True, "organisation": org.to_dict(),
                   "ties": [{**t.to_dict(), "other": {"id": o.id, "name": o.name}} for t, o in ties]})
        return
    snap = store.snapshot()
    _console.print(f"[bold]{org.name}[/bold]  ({org.id})")
    if identifier_for_org_id(org.id) != org.id:
        _console.print(f"  publisher id: {identifier_for_org_id(org.id)}", markup=False)
    for label, value in (("sector", org.sector), ("size", org.size_band or "unknown"),
                         ("income", f"£{org.income:,.0f}" if org.income is not None else "unknown"),
                         ("led by", ", ".join(v.replace("_", " ") for v in org.led_by) or "-"),
                         ("registered", ", ".join(org.registered_ids) or "not registered"),
                         ("services", ", ".join(snap.label("service", c) for c in org.services) or "-"),
                         ("serves", ", ".join(snap.label("community", c) for c in org.communities) or "-"),
                         ("places", ", ".join(snap.label("place", c) for c in org.places) or "-")):
        _console.print(f"  {label:>10}: {value}")
    if org.description:
        _console.print(f"  {org.description}")
    table = Table(title=f"{len(ties)} ties")
    for col in ("kind", "direction", "organisation", "since", "amount"):
        table.add_column(col)
    for t, other in ties:
        direction = "mutual" if not t.directed else ("to" if t.from_id == org.id else "from")
        table.add_row(t.kind + (f" ({t.form.replace('_', ' ')})" if t.form else ""), direction,
                      f"{other.name} ({other.id})", t.since or "", f"£{t.amount:,.0f}" if t.amount else "")
    _console.print(table)


@click.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@pass_store
def search(store, query: str, limit: int, as_json: bool):
    """Organisations whose name contains every word of QUERY."""
    found = store.search(query, limit=limit)
    if as_json:
        echo_json({"ok": True, "query": query, "results": [o.to_dict() for o in found]})
        return
    if not found:
        click.echo(f"No organisation's name contains {query!r}.")
        return
    table = Table()
    for col in ("id", "name", "sector", "size", "places"):
        table.add_column(col)
    for o in found:
        table.add_row(o.id, o.name, o.sector, o.size_band or "", ", ".join(o.places))
    _console.print(table)


COMMANDS = [seed, stats, show, search]
