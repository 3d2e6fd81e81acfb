"""`partnermap analyse ...`: the network analyses as readable tables, or JSON with --json.

Each command calls the same function the web layer does (graph.analysis) on the store's
current snapshot.
"""
from __future__ import annotations

import functools

import click
from rich.console import Console
from rich.table import Table

from graph.analysis import (AnalysisError, champions, core_periphery, ecosystem, funded_by, funders, gaps,
                            isolated, network_map, referrals)
from graph.cli import as_stored_id, echo_json, fail, pass_store

__all__ = ["COMMANDS", "analyse"]

_console = Console()


@click.group("analyse", context_settings={"help_option_names": ["-h", "--help"]})
def analyse():
    """Network analysis: champions, isolated groups, gaps, ecosystems, referral pathways."""


def _common(f):
    """--place and --json on every analysis; the store's snapshot handed in."""
    @click.option("--place", metavar="CODE", default=None,
                  help="A place code (e.g. E06000023); default: the whole network.")
    @click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
    @pass_store
    @functools.wraps(f)
    def wrapper(store, *args, **kwargs):
        snapshot = store.snapshot()
        try:
            return f(snapshot, *args, **kwargs)
        except AnalysisError as e:
            fail(str(e))
    return wrapper


def _emit(name: str, result, as_json: bool) -> bool:
    if as_json:
        echo_json({"ok": True, "analysis": name, **result.to_dict()})
        return True
    return False


def _title(text: str, place_name: str) -> str:
    return f"{text} — {place_name}"


_LENS_WORDS = {"collaboration": "collaboration ties (partnership, referral, contract, co-location, network, "
                                "shared trustee, merger); funding is not counted",
               "funding": "funding ties only"}


def _lens_line(result) -> None:
    """Which ties the analysis read, and the note when the place has none of them."""
    lens = result.lens if hasattr(result, "lens") else result.ties.get("lens")
    click.echo(f"Lens: {_LENS_WORDS.get(lens, lens)}.")
    note = getattr(result, "note", None) or (result.ties.get("note") if hasattr(result, "ties") and
                                             isinstance(result.ties, dict) else None)
    if note:
        click.echo(note)


def _print_table(title: str, columns, rows, **options) -> None:
    """Print a rich table; a column is a name, or (name, justify) to align it other than left."""
    table = Table(title=title, **options)
    for col in columns:
        name, justify = (col, "left") if isinstance(col, str) else col
        table.add_column(name, justify=justify)
    for row in rows:
        table.add_row(*row)
    _console.print(table)


@analyse.command("champions")
@click.option("--top", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for sampled betweenness.")
@_common
def champions_cmd(snapshot, top: int, seed: int, place: str | None, as_json: bool):
    """Collaborative champions: who spans sectors, places and communities."""
    result = champions(snapshot, place, top=top, seed=seed)
    if _emit("champions", result, as_json):
        return
    how = "exact" if result.exact else f"estimated from {result.sources:,} sampled organisations"
    _print_table(_title("Collaborative champions", result.place_name),
                 (("#", "right"), "organisation", "sector", ("score", "right"), "why"),
                 ((str(c.rank), f"{c.name}\n[dim]{c.id}[/dim]", c.sector, f"{c.score:.2f}", "; ".join(c.reasons))
                  for c in result.champions),
                 caption=f"{result.organisations:,} organisations, {result.ties:,} tied pairs; betweenness {how}")
    _lens_line(result)
    if not result.champions and not result.note:
        click.echo("No organisation brokers between others here yet.")


@analyse.command("isolated")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--introductions", type=click.IntRange(0, 20), default=3, show_default=True)
@click.option("--k", "k", type=click.IntRange(1, 100), default=2, show_default=True,
              help="Outside the k-core of the main network counts as peripheral.")
@_common
def isolated_cmd(snapshot, limit: int, introductions: int, k: int, place: str | None, as_json: bool):
    """Isolated and peripheral groups, with the best introductions for each."""
    result = isolated(snapshot, place, k=k, introductions=introductions, limit=limit)
    if _emit("isolated", result, as_json):
        return
    c = result.counts
    caption = (f"{c['isolate']} isolated organisations, {c['small_component']} cut-off groups, "
               f"{c['periphery']} peripheral branches ({c['pendants']} hanging by one tie)")
    rows = []
    for g in result.groups:
        members = "\n".join(m["name"] for m in g.members[:5]) + (f"\n… and {g.size - 5} more" if g.size > 5 else "")
        # Reasons mix sentences and fragments: one "; "-joined line without doubled stops.
        intros = "\n".join(f"{i.org_name} → {i.partner_name}: " + "; ".join(r.rstrip(".") for r in i.reasons)
                            for i in g.introductions)
        rows.append((g.kind.replace("_", " "), members, g.reason, intros or g.no_introduction or "-"))
    _print_table(_title("Isolated groups", result.place_name), ("kind", "organisations", "why", "introduce to"),
                 rows, caption=caption)
    _lens_line(result)


@analyse.command("gaps")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for the clustering.")
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True)
@_common
def gaps_cmd(snapshot, seed: int, top: int, place: str | None, as_json: bool):
    """Unmet need, under-served communities, structural holes, single points of failure."""
    result = gaps(snapshot, place, seed=seed, top=top)
    if _emit("gaps", result, as_json):
        return
    if result.need_note:
        click.echo(result.need_note)
    needs = [n for n in result.needs if n.status != "covered"]
    if needs:
        _print_table(_title("Recorded need with no or one provider", result.place_name),
                     ("place", "need", "level", "providers", "source"),
                     ((n.place_name, f"{n.label} ({n.target})", f"{n.level:.2f}", f"{n.providers} ({n.status})", n.source)
                      for n in needs[:top]))
    _print_table(_title("Communities served by at most one organisation", result.place_name),
                 ("place", "community", "providers", "expected", "need"),
                 ((u.place_name, u.label, str(u.providers), f"{u.expected:.1f}",
                   "-" if u.need is None else f"{u.need:.2f}") for u in result.underserved[:top]))
    holes = []
    for h in result.structural_holes:
        a, b = h.clusters
        holes.append((f"{a['size']}: " + ", ".join(a["names"][:3]), f"{b['size']}: " + ", ".join(b["names"][:3]),
                      ", ".join(h.shared_communities), f"{h.ties_between} ({h.expected_ties:.1f})"))
    _print_table(_title("Structural holes: clusters serving the same people, rarely tied", result.place_name),
                 ("cluster A", "cluster B", "both serve", "ties (expected)"), holes)
    _print_table(_title("Single points of failure", result.place_name),
                 ("organisation", ("cut off without it", "right")),
                 ((c.name, str(c.dependants)) for c in result.cut_points))
    _lens_line(result)


@analyse.command("ecosystem")
@_common
def ecosystem_cmd(snapshot, place: str | None, as_json: bool):
    """An ecosystem summary for funders: organisations, ties and funding flows."""
    result = ecosystem(snapshot, place)
    if _emit("ecosystem", result, as_json):
        return
    o, ti, f = result.organisations, result.ties, result.funding
    money = _money(snapshot)
    rows = [
        ("organisations", f"{o['total']:,} ({o['small']:,} small, {o['marginalised_led']:,} marginalised-led, "
                          f"{o['unregistered']:,} unregistered)"),
        ("by sector", ", ".join(f"{k} {v:,}" for k, v in o["by_sector"].items())),
        ("by size", ", ".join(f"{k} {v:,}" for k, v in o["by_size"].items())),
        ("ties", f"{ti['total']:,}: " + ", ".join(f"{k} {v:,}" for k, v in ti["by_kind"].items())),
        ("structure", f"density {ti['density']:.4f}, {ti['components']:,} connected groups "
                      f"(largest {ti['largest_component']:,}), {ti['untied']:,} with no ties, "
                      f"degree centralization {ti['degree_centralization']:.3f}"),
        ("funding", f"{money(f['total'])} in {f['ties']:,} grants from {f['funder_count']:,} funders "
                    f"to {f['recipients']:,} organisations"),
        ("concentration", f"{f['concentration']}; funder HHI {f['funder_hhi']:.3f}, "
                          f"recipient Gini {f['recipient_gini']:.3f}"),
        ("reaching", f"small groups {f['share_to_small']:.1%}, "
                     f"marginalised-led {f['share_to_marginalised_led']:.1%}; "
                     f"{f['co_funded']:,} organisations co-funded"),
    ]
    rows += [("  funder", f"{funder['name']}: {money(funder['total'])} ({funder['share']:.1%})")
             for funder in f["funders"][:5]]
    for label, key in (("no amount (statutory)", "statutory_without_amount"),
                       ("no amount (other)", "other_without_amount")):
        if f[key]:
            rows.append((label, ", ".join(f"{r['name']} ({r['grants']:,} grants)" for r in f[key][:5])))
    if f["records_reconciled"]:
        rows.append(("reconciled", f"{f['records_reconciled']:,} funder records counted with another record "
                                   "of the same funder"))
    _print_table(_title("Ecosystem", result.place_name), ("what", "value"), rows, show_header=False)
    if result.places:
        _print_table("Places inside", ("place", "organisations", "ties", "collaboration ties"),
                     ((row["name"], f"{row['organisations']:,}", f"{row['ties']:,}",
                       f"{row['collaboration_ties']:,}") for row in result.places))
    click.echo(f"Lens: structure reads {_LENS_WORDS['collaboration']}; money reads {_LENS_WORDS['funding']}.")
    if ti.get("note"):
        click.echo(ti["note"])


def _money(snapshot):
    """A writer of amounts in the snapshot's stated currency (graph.money)."""
    from graph.money import data_currency, money_text
    code, stated = data_currency(snapshot)
    return lambda value: money_text(value, code, mixed=len(stated) > 1)


@analyse.command("funders")
@click.option("--top", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--funder", metavar="ORG_ID", default=None, help="List whom this funder funds in the place.")
@_common
def funders_cmd(snapshot, top: int, funder: str | None, place: str | None, as_json: bool):
    """Funders through the funding lens: reach, co-funding, whom one funder funds."""
    money = _money(snapshot)
    if funder:
        result = funded_by(snapshot, as_stored_id(snapshot, funder), place)
        if as_json:
            echo_json({"analysis": "funded_by", **result})
            return
        _print_table(_title(f"Funded by {result['funder']['name']}", result["place_name"]),
                     ("organisation", ("grants", "right"), ("known total", "right")),
                     ((r["name"], str(r["grants"]), money(r["total"])) for r in result["recipients"][:top]),
                     caption=f"{len(result['recipients']):,} organisations, {money(result['total'])} stated")
        click.echo(f"Lens: {_LENS_WORDS['funding']}.")
        return
    result = funders(snapshot, place, top=top)
    if _emit("funders", result, as_json):
        return
    _print_table(_title("Funders' reach", result.place_name),
                 ("funder", ("organisations", "right"), ("places", "right"), ("communities", "right"),
                  ("grants", "right"), ("known total", "right")),
                 ((f["name"], str(f["recipients"]), str(f["places"]), str(f["communities"]), str(f["grants"]),
                   money(f["total"])) for f in result.funders),
                 caption=f"{result.funder_count:,} funders, {result.recipients:,} organisations funded")
    if result.co_funding:
        _print_table("Co-funding: funders that fund the same organisations", ("funders", ("shared", "right"),
                                                                              "for example"),
                     ((" + ".join(p["name"] for p in c["funders"]), str(c["shared"]), ", ".join(c["examples"][:3]))
                      for c in result.co_funding))
    _lens_line(result)


@analyse.command("referrals")
@click.option("--top", type=click.IntRange(1, 1000), default=20, show_default=True)
@_common
def referrals_cmd(snapshot, top: int, place: str | None, as_json: bool):
    """Referral pathways: reach, dead ends, services a community cannot reach."""
    result = referrals(snapshot, place, top=top)
    if _emit("referrals", result, as_json):
        return
    _lens_line(result)
    how = "" if result.exact else f" (mean reach estimated from {result.sources} organisations)"
    click.echo(f"{result.place_name}: {result.organisations:,} organisations in {result.referral_ties:,} "
               f"referral pairs; on average one can pass a person on to {result.mean_reach:.1f} others{how}; "
               f"{result.dead_end_count:,} dead ends.")
    _print_table("Dead ends: referred to, refer no one on", ("organisation", "referred from", "services"),
                 ((d["name"], str(d["referred_from"]), ", ".join(d["services"])) for d in result.dead_ends))
    _print_table("Services a community cannot reach by referral", ("community", "served by", "missing", "for example"),
                 ((g["label"], str(g["serving"]), f"{g['missing_count']} of {g['services_in_place']}",
                   ", ".join(g["missing"][:4])) for g in result.community_gaps[:top]))


@analyse.command("core")
@_common
def core_cmd(snapshot, place: str | None, as_json: bool):
    """The core group (three to five organisations) and the wider network."""
    result = core_periphery(snapshot, place)
    if _emit("core", result, as_json):
        return
    _print_table(_title("Core group", result.place_name), ("organisation", "sector", "ties"),
                 ((m.name, m.sector, str(m.ties)) for m in result.core_group),
                 caption=f"{len(result.wider_network):,} organisations tied to the core group; "
                         f"core of {len(result.core):,}, periphery {result.periphery_size:,}, "
                         f"{result.untied:,} with no ties; fit {result.fit:.3f}")
    _lens_line(result)


@analyse.command("map")
@click.option("--place", metavar="CODE", default=None, help="A place code; default: the whole network.")
@pass_store
def map_cmd(store, place: str | None):
    """Nodes and edges of a place's network map, as JSON (what the web map draws)."""
    try:
        echo_json(network_map(store.snapshot(), place))
    except AnalysisError as e:
        fail(str(e))


COMMANDS = [analyse]
