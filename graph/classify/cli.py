"""`partnermap classify TEXT`: our services and communities for any text."""
from __future__ import annotations

import click

from graph.cli import echo_json, fail

__all__ = ["COMMANDS", "classify"]


@click.command("classify")
@click.argument("text", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def classify(text: tuple[str, ...], as_json: bool):
    """Services and communities for TEXT (an organisation's activities, a grant's
    description...), each with its confidence and whether the model or a keyword rule said so.
    The first run trains the model from the shipped data and caches it."""
    from graph.classify import classify_text

    words = " ".join(text).strip()
    if not words:
        fail("classify: TEXT is empty", 2)
    predictions = classify_text(words)
    if as_json:
        echo_json({"ok": True, "text": words, "labels": [p.to_dict() for p in predictions]})
        return
    if not predictions:
        click.echo("no service or community found in this text")
        return
    for p in predictions:
        d = p.to_dict()
        how = f"rule: {d['matched']!r}" if p.method == "rule" else "model"
        click.echo(f"{d['field']:<12} {d['code']:<36} {d['confidence']:.2f}  {how}")


COMMANDS = (classify,)
