"""`partnermap match` and `partnermap evaluate`: thin wrappers over matcher.service and
matcher.evaluate, readable tables by default, `{"ok": true, ...}` with --json."""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from graph.cli import as_stored_id, echo_json, fail, pass_store
from matcher.batch import CSV_COLUMNS, iter_match_all, query_rows
from matcher.evaluate import METRICS, EvaluationError, evaluate
from matcher.datasets import REALWORLD_SETS, load_realworld
from matcher.fairness import DEFAULT_P
from matcher.filters import FilterError, Filters
from matcher.lenses import LENSES
from matcher.outcomes import outcomes_from
from matcher.service import MatchError, default_model_dir, get_model, match

__all__ = ["COMMANDS", "match_cmd", "evaluate_cmd", "funders_cmd", "recipients_cmd", "model_dir_for"]

_console = Console()


def model_dir_for(store) -> Path:
    """PARTNERMAP_CACHE if set; for a file store, a cache folder beside its database file."""
    if os.environ.get("PARTNERMAP_CACHE"):
        return default_model_dir()
    path = getattr(store, "path", None)
    if path is not None:
        return Path(path).parent / "cache" / Path(path).stem
    return default_model_dir()


def _multi(name, help_):
    return click.option(f"--{name}", f"{name.replace('-', '_')}", multiple=True, metavar="CODE",
                        help=help_ + " Repeat or comma-separate for several (any of them).")


@click.command("match")
@click.argument("org_id", required=False)
@click.option("-k", "k", type=click.IntRange(1, 200), default=10, show_default=True, help="Suggestions to show.")
@_multi("place", "Only organisations in this place or any place inside it (with --all: also suggest only for them).")
@_multi("service", "Only organisations offering this service (or a sub-service).")
@_multi("community", "Only organisations serving this community.")
@_multi("sector", "Only this sector (vcse, statutory, private, academic, funder, faith).")
@_multi("size-band", "Only this size band (micro, small, medium, large, major).")
@_multi("led-by", "Only groups led this way (user_led, ..., any, unregistered).")
@click.option("--fairness/--no-fairness", default=True, show_default=True,
              help="Keep at least a share p of small or marginalised-led groups in every prefix.")
@click.option("--p", "p", type=click.FloatRange(0, 1), default=DEFAULT_P, show_default=True,
              help="Minimum protected share for fair re-ranking.")
@click.option("--all", "all_orgs", is_flag=True,
              help="Suggest for every organisation (with --place: every one in that place) into --out.")
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="With --all: the file to write, .csv (a row per suggestion) or .jsonl (a line per organisation).")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="With --all: processes to use (default: every core).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@pass_store
def match_cmd(store, org_id, k, place, service, community, sector, size_band, led_by, fairness, p, all_orgs, out,
              workers, as_json):
    """Suggest complementary partners for ORG_ID, with the reasons for each; or, with
    --all --out FILE, for every organisation (a nightly batch) with the same results."""
    if all_orgs:
        if org_id:
            fail("give ORG_ID or --all, not both")
        return _match_all(store, k, place, service, community, sector, size_band, led_by, fairness, p, out,
                          workers, as_json)
    if not org_id:
        fail("give ORG_ID, or --all --out FILE for every organisation")
    if out or workers:
        fail("--out and --workers go with --all")
    snapshot = store.snapshot()
    org_id = as_stored_id(snapshot, org_id)
    try:
        filters = Filters(place=place, service=service, community=community, sector=sector,
                          size_band=size_band, led_by=led_by)
        result = match(snapshot, org_id, k=k, filters=filters, fairness=fairness, p=p,
                       model_dir=model_dir_for(store), introductions=store.list_introductions())
    except (MatchError, FilterError) as e:
        fail(str(e))
    if as_json:
        echo_json({"ok": True, **result.to_dict()})
        return
    fr = result.fairness
    table = Table(title=f"Suggested partners for {result.name} ({result.org_id})", show_lines=True)
    for col in ("#", "organisation", "score", "why"):
        table.add_column(col, overflow="fold")
    for s in result.suggestions:
        table.add_row(str(s.rank), f"{s.name}\n{s.org_id}", f"{s.score:.2f}", s.explanation)
    _console.print(table)
    if not result.suggestions:
        _console.print("No candidates share a community, place, complementary service or partner "
                       "with this organisation under these filters.")
    state = ("on" if fr.enabled else "off") + (f", p={fr.p}" if fr.enabled else "")
    met = "" if not fr.enabled else (" (met)" if fr.met else f" (not met from position {fr.shortfall_at}: "
                                                             "too few qualified candidates)")
    _console.print(f"Fair re-ranking {state}{met}. Small or marginalised-led share of exposure: "
                   f"{fr.protected_exposure_before:.0%} before, {fr.protected_exposure_after:.0%} after. "
                   f"{result.candidates_considered} candidates scored.")
    if result.suggestions:
        _console.print(result.ranking_reason[0].upper() + result.ranking_reason[1:] + ".")
    _console.print(result.ranking_reason[:1].upper() + result.ranking_reason[1:] + ".")


def _match_all(store, k, place, service, community, sector, size_band, led_by, fairness, p, out, workers,
               as_json):
    if not out:
        fail("--all needs --out FILE (.csv or .jsonl)")
    suffix = Path(out).suffix.lower()
    if suffix not in (".csv", ".jsonl"):
        fail(f"--out {out}: the file name must end in .csv or .jsonl")
    snapshot = store.snapshot()
    try:
        filters = Filters(place=place, service=service, community=community, sector=sector,
                          size_band=size_band, led_by=led_by)
        filters.mask(snapshot)                      # an unknown code fails here, before any work
        rows = query_rows(snapshot, filters.place)
        fmt = suffix[1:]
        # The same model `match ORG_ID` uses: one that learned from recorded introductions.
        outcomes = outcomes_from(store.list_introductions(), snapshot)
        model = get_model(snapshot, model_dir_for(store), outcomes=outcomes)
        chunks = iter_match_all(snapshot, rows, k=k, filters=filters, fairness=fairness, p=p,
                                model_dir=model_dir_for(store), workers=workers, fmt=fmt, model=model,
                                progress=lambda n: bar.advance(task, n))
        target = Path(out)
        tmp = target.with_name(f".{target.name}.partial")
        started = time.perf_counter()
        # The bar goes to stderr, so stdout stays the summary (or the JSON) alone.
        with Progress(TextColumn("suggesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      TimeRemainingColumn(), console=Console(stderr=True)) as bar, \
                open(tmp, "w", encoding="utf-8", newline="") as f:
            task = bar.add_task("suggest", total=len(rows))
            if fmt == "csv":
                f.write(",".join(CSV_COLUMNS) + "\n")
            for chunk in chunks:
                f.write(chunk)
        os.replace(tmp, target)                     # a reader never sees half a file
    except (MatchError, FilterError) as e:
        fail(str(e))
    finally:
        if "tmp" in locals() and tmp.exists():
            tmp.unlink()
    seconds = time.perf_counter() - started
    summary = {"organisations": int(len(rows)), "out": str(target), "format": fmt, "seconds": round(seconds, 2),
               "per_organisation_ms": round(1000 * seconds / max(1, len(rows)), 3), "place": list(place)}
    if as_json:
        echo_json({"ok": True, **summary})
    else:
        click.echo(f"Suggestions for {len(rows):,} organisations written to {target} in {seconds:.1f} s "
                   f"({summary['per_organisation_ms']:.1f} ms each).")


def _iso_date(ctx, param, value):
    if value is None:
        return None
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form")
    return value


def _network_snapshot(path: str, quiet: bool):
    """The network in `path` read exactly as `partnermap import network` reads it (same checks,
    same warnings), into a throwaway embedded store."""
    import tempfile
    from pathlib import Path

    from graph.importers import run_import
    from graph.stores.embedded import EmbeddedStore
    with tempfile.TemporaryDirectory() as tmp:
        scratch = EmbeddedStore(Path(tmp) / "network.db")
        try:
            report = run_import(scratch, "network", path)
            if report.errors:
                fail("cannot read the network: " + "; ".join(str(e) for e in report.errors[:5]))
            snapshot = scratch.snapshot()
        finally:
            scratch.close()
    if not quiet:
        click.echo(f"Read {len(snapshot.orgs)} organisations and {len(snapshot.ties)} ties from {path}"
                   + (f" ({report.warning_count} warnings: `partnermap import network --dry-run {path}` lists them)"
                      if report.warning_count else "") + ".", err=True)
    return snapshot


def _default_lens(snapshot) -> str:
    """collaboration, unless the data holds funding ties and no collaboration ones (a grants
    file read as a network): there is nothing else to evaluate then."""
    from matcher.lenses import lens_mask
    if snapshot.ties and not lens_mask(snapshot, "collaboration").any() and lens_mask(snapshot, "funding").any():
        return "funding"
    return "collaboration"


@click.command("evaluate")
@click.option("--lens", type=click.Choice(list(LENSES)), default=None,
              help="Which ties to predict: collaboration (partnership, referral, ...) or funding "
                   "(funders ranked against recipients). Default: collaboration, or funding where the "
                   "data holds funding ties and no collaboration ones.")
@click.option("--split", type=click.Choice(["random", "time"]), default="random", show_default=True,
              help="Hold out at random, or every pair first dated on or after --as-of.")
@click.option("--as-of", "as_of", callback=_iso_date, default=None, metavar="YYYY-MM-DD",
              help="Time split cut-off: train on ties before it, test on later ties between "
                   "organisations known before it (default: the date leaving --holdout of dated pairs).")
@click.option("--holdout", type=click.FloatRange(0.01, 0.9), default=0.2, show_default=True,
              help="Share of pairs held out (random split, or time split without --as-of).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--repeats", type=click.IntRange(1, 50), default=1, show_default=True,
              help="Average over this many seeds (seed, seed+1, ...).")
@click.option("-k", "k", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--realworld", type=click.Path(exists=True, file_okay=False), default=None,
              help="Evaluate on a real-world network in this folder (tests/data/realworld) instead of the store.")
@click.option("--dataset", type=click.Choice(list(REALWORLD_SETS)), default=None,
              help="Which real-world set in --realworld (default: the first whose files are there, EMON first).")
@click.option("--network", type=click.Path(exists=True), default=None, metavar="PATH",
              help="Evaluate on a network file (an edge list or a GraphML, GEXF, GML or Pajek file, as "
                   "`partnermap import network` reads it) instead of the store; nothing is stored.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@pass_store
def evaluate_cmd(store, lens, split, as_of, holdout, seed, repeats, k, realworld, dataset, network, as_json):
    """Hold out ties, refit, and compare the model with strong link-prediction baselines."""
    if dataset and not realworld:
        fail("--dataset needs --realworld DIR")
    if network and realworld:
        fail("give --network or --realworld, not both")
    if as_of and split != "time":
        fail("--as-of needs --split time")
    if realworld:
        from graph.snapshot import Snapshot
        try:
            data, name = load_realworld(realworld, dataset)
        except (ValueError, OSError) as e:
            fail(str(e))
        snapshot, source = Snapshot.from_data(data), f"{name} ({realworld})"
    elif network:
        snapshot, source = _network_snapshot(network, as_json), network
    else:
        snapshot, source = store.snapshot(), store.url
    if lens is None:
        lens = _default_lens(snapshot)
        if lens == "funding":
            click.echo("The data holds funding ties and no collaboration ones: evaluated on the funding lens "
                       "(give --lens to choose).", err=True)
    # The store's recorded introduction outcomes teach the model (none on a file's network).
    introductions = None if (realworld or network) else store.list_introductions()
    try:
        report = evaluate(snapshot, holdout=holdout, split=split, seed=seed, k=k, repeats=repeats,
                          lens=lens, as_of=as_of, introductions=introductions)
    except (EvaluationError, ValueError) as e:
        fail(str(e))
    if as_json:
        echo_json({"ok": True, "data": source, **report})   # "warnings" and "baseline_beats_model" say it
        return
    cut = (f"train before {report['as_of']}" if report["as_of"] else f"{holdout:.0%} held out at random")
    table = Table(title=f"Held-out {lens} ties on {source}: {split} split, {cut}; {report['train_pairs']} "
                        f"training pairs, {report['test_pairs']} test pairs, {report['queries']} queries, "
                        f"seed {seed}" + (f", mean of {repeats} runs" if repeats > 1 else ""))
    table.add_column("method")
    for m in METRICS:
        table.add_column(m.replace("_at_k", f"@{k}"), justify="right")
    table.add_column("beats", justify="center")
    for name, vals in report["methods"].items():
        mark = ", ".join(m for m, key in (("model", "beaten_by"), ("ranker", "ranker_beaten_by"),
                                          ("recommender", "recommender_beaten_by"))
                         if name in report.get(key, ()))
        label = f"served ({report['served']['method']})" if name == "served" else name
        table.add_row(label, *(f"{vals[m]:.3f}" for m in METRICS), mark)
    _console.print(table)
    sides = {name: vals["by_side"] for name, vals in report["methods"].items() if "by_side" in vals}
    if sides:
        by_side = Table(title=f"The same, per side of the query (MRR / P@{k})")
        by_side.add_column("method")
        first = next(iter(sides.values()))
        for side, vals in first.items():
            by_side.add_column(f"{side.replace('_', ' ')} ({vals['queries']})", justify="right")
        for name, per in sides.items():
            by_side.add_row(name, *(f"{v['mrr']:.3f} / {v['precision_at_k']:.3f}" for v in per.values()))
        _console.print(by_side)
    ex = report["exposure"]
    click.echo(f"Small or marginalised-led share of exposure in the model's top {k}: {ex['before']:.1%} before, "
               f"{ex['after']:.1%} after fair re-ranking (p={ex['p']}).")
    click.echo(f"Served: {report['served']['reason']}.")
    taught = report.get("introductions")
    if taught is not None:
        line = (f"Introductions recorded: {taught['partnered']} partnered, {taught['declined']} declined; "
                f"{taught['used']} taught the model")
        if "after_cutoff" in taught:
            line += (f" ({taught['after_cutoff']} recorded after the cut-off and {taught['on_held_out_pairs']} on "
                     "held-out pairs left out)")
        without = report["methods"].get("model_without_introductions")
        if without:
            mine = report["methods"]["model"]
            line += (f": MRR {mine['mrr']:.3f} with them, {without['mrr']:.3f} without; "
                     f"P@{k} {mine['precision_at_k']:.3f} with, {without['precision_at_k']:.3f} without")
        click.echo(line + ".")
    for w in report["warnings"]:
        click.echo(w)


def _print_ranked(title: str, who: str, suggestions) -> None:
    """One table for the funder recommender's two directions: rank, who, score, reasons."""
    table = Table(title=title, show_lines=True)
    for col in ("#", who, "score", "why"):
        table.add_column(col, overflow="fold")
    for s in suggestions:
        table.add_row(str(s.rank), f"{s.name}\n{s.org_id}", f"{s.score:.2f}", s.explanation)
    _console.print(table)


@click.command("funders")
@click.argument("org_id")
@click.option("-k", "k", type=click.IntRange(1, 200), default=10, show_default=True, help="Funders to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@pass_store
def funders_cmd(store, org_id, k, as_json):
    """Funders who fund work like ORG_ID's and do not fund it yet, with the reasons for each."""
    from matcher.funding import recommend_funders
    snapshot = store.snapshot()
    try:
        result = recommend_funders(snapshot, as_stored_id(snapshot, org_id), k=k, model_dir=model_dir_for(store))
    except MatchError as e:
        fail(str(e))
    if as_json:
        echo_json({"ok": True, **result.to_dict()})
        return
    _print_ranked(f"Funders who fund work like {result.name}'s ({result.org_id})", "funder", result.suggestions)
    if result.funded_by:
        _console.print("Already funded by: " + ", ".join(f["name"] for f in result.funded_by) + ".")
    if result.note:
        _console.print(result.note)
    _console.print(f"Read through the funding lens: {result.funders_known} funders in the data.")
    if result.suggestions:
        _console.print(result.ranking_reason[0].upper() + result.ranking_reason[1:] + ".")


@click.command("recipients")
@click.argument("funder_id")
@click.option("-k", "k", type=click.IntRange(1, 200), default=10, show_default=True, help="Groups to show.")
@click.option("--fairness/--no-fairness", default=True, show_default=True,
              help="Keep at least a share p of small or marginalised-led groups in every prefix.")
@click.option("--p", "p", type=click.FloatRange(0, 1), default=DEFAULT_P, show_default=True,
              help="Minimum protected share for fair re-ranking.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@pass_store
def recipients_cmd(store, funder_id, k, fairness, p, as_json):
    """Groups like the ones FUNDER_ID funds that it does not fund yet, small and
    marginalised-led groups surfaced as the partner matcher does."""
    from matcher.funding import recommend_recipients
    snapshot = store.snapshot()
    try:
        result = recommend_recipients(snapshot, as_stored_id(snapshot, funder_id), k=k, fairness=fairness, p=p,
                                      model_dir=model_dir_for(store))
    except MatchError as e:
        fail(str(e))
    if as_json:
        echo_json({"ok": True, **result.to_dict()})
        return
    _print_ranked(f"Groups like the {result.funds} {result.name} funds ({result.funder_id})", "organisation",
                  result.suggestions)
    if result.note:
        _console.print(result.note)
    fr = result.fairness
    state = ("on" if fr.enabled else "off") + (f", p={fr.p}" if fr.enabled else "")
    _console.print(f"Fair re-ranking {state}. Small or marginalised-led share of exposure: "
                   f"{fr.protected_exposure_before:.0%} before, {fr.protected_exposure_after:.0%} after. "
                   f"{result.candidates_considered} candidates scored.")
    if result.suggestions:
        _console.print(result.ranking_reason[0].upper() + result.ranking_reason[1:] + ".")


COMMANDS = [match_cmd, evaluate_cmd, funders_cmd, recipients_cmd]
