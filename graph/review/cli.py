"""`partnermap review list|merge|dismiss|undo`: the review queue from the command line
(the same functions as the editors' page, web /review, and the API, /api/review)."""
from __future__ import annotations

import getpass

import click
from rich.console import Console
from rich.table import Table

from graph.cli import echo_json, pass_store
from graph.review.decisions import dismiss, merge, review_queue, undo

__all__ = ["COMMANDS", "review"]

_console = Console()


def _who() -> str:
    try:
        return getpass.getuser()
    except Exception:   # no user name in this environment (a container): say so, not crash
        return "command line"


@click.group()
def review():
    """Pairs of organisations that may be one: imports flag them, you decide.

    An import never merges two records on a likeness alone (a look-alike name, the same
    name with no registered id in common, ids of one register that differ); it lists the
    pair here. Merge them (B folded into A), dismiss them (they are different; the pair is
    not flagged again), or undo either decision.
    """


@review.command("list")
@click.option("--status", type=click.Choice(["open", "dismissed", "merged", "all"]), default="open",
              show_default=True, help="Which items: waiting for a decision, or decided.")
@click.option("--json", "as_json", is_flag=True)
@pass_store
def list_(store, status: str, as_json: bool):
    """The queue: each pair with why it was flagged."""
    items = review_queue(store, status)
    if as_json:
        echo_json({"ok": True, "status": status, "items": items})
        return
    if not items:
        click.echo("Nothing to review." if status == "open" else f"No {status} items.")
        return
    table = Table(title=f"{len(items)} {'to review' if status == 'open' else status}")
    for col in ("A (kept if merged)", "B", "why", "status", "flagged by"):
        table.add_column(col)
    for i in items:
        table.add_row(f"{i['a_name']} ({i['a']})", f"{i['b_name']} ({i['b']})", i["reason"],
                      i["status"] + (f" by {i['decided_by']}" if i["decided_by"] else ""), i["source"])
    _console.print(table)


def _decision(name: str, action, past: str, help_text: str):
    @review.command(name, help=help_text)
    @click.argument("a")
    @click.argument("b")
    @click.option("--json", "as_json", is_flag=True)
    @pass_store
    def command(store, a: str, b: str, as_json: bool):
        item = action(store, a, b, by=_who())
        if as_json:
            d = item.to_dict()
            d.pop("merge")
            echo_json({"ok": True, "item": d})
            return
        click.echo(past.format(a=item.a, b=item.b, a_name=item.a_name or item.a, b_name=item.b_name or item.b))
    return command


_decision("merge", merge, "Merged {b_name} ({b}) into {a_name} ({a}). `partnermap review undo {a} {b}` undoes it.",
          "Fold organisation B into A: its ids, services, communities, places, ties and introductions "
          "move to A and B is removed; later imports of B land on A. Undo with `review undo A B`.")
_decision("dismiss", dismiss, "Dismissed: {a} and {b} are different organisations and will not be flagged again.",
          "Record that A and B are different organisations: the pair is not flagged again, "
          "even by a re-import.")
_decision("undo", undo, "Undone: {a} and {b} are back in the queue.",
          "Undo the decision on A and B: a merge is reversed (both records and their ties as they "
          "were before it), a dismissal reopened.")

COMMANDS = [review]
