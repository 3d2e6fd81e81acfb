"""`partnermap review list|merge|dismiss|undo` through click's CliRunner on a real store."""
from __future__ import annotations

import json

from click.testing import CliRunner

from graph.cli import cli
from graph.model import Organisation
from graph.stores.embedded import EmbeddedStore

SPOOF = "C\u0456ty Youth Trust"


def _run(url, *args):
    return CliRunner().invoke(cli, ["--store", url, *args])


def test_review_from_the_command_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    store = EmbeddedStore(tmp_path / "store.db")
    store.upsert_organisations([Organisation("PM-REAL", "City Youth Trust"), Organisation("PM-C", "Carers Hub")])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "organisations.csv").write_text(f"id,name\nPM-SPOOF,{SPOOF}\n", encoding="utf-8")
    (tmp_path / "in" / "ties.csv").write_text("from_id,to_id,kind\nPM-SPOOF,PM-C,partnership\n", encoding="utf-8")
    assert _run(url, "import", "csv", str(tmp_path / "in")).exit_code == 0

    out = _run(url, "review", "list")
    assert out.exit_code == 0 and "PM-SPOOF" in out.output and "look-alike name" in out.output
    listed = json.loads(_run(url, "review", "list", "--json").output)
    assert listed["ok"] and [(i["a"], i["b"]) for i in listed["items"]] == [("PM-REAL", "PM-SPOOF")]

    out = _run(url, "review", "merge", "PM-REAL", "PM-SPOOF")
    assert out.exit_code == 0, out.output
    assert "Merged" in out.output and "review undo PM-REAL PM-SPOOF" in out.output
    assert store.get_organisation("PM-SPOOF") is None
    assert [t.key for t, _ in store.neighbours("PM-REAL")] == [("PM-REAL", "PM-C", "partnership", "")]
    assert "Nothing to review." in _run(url, "review", "list").output
    merged = json.loads(_run(url, "review", "list", "--status", "merged", "--json").output)
    assert [i["status"] for i in merged["items"]] == ["merged"]

    again = _run(url, "review", "merge", "PM-REAL", "PM-SPOOF")
    assert again.exit_code != 0 and "already merged" in again.output

    out = json.loads(_run(url, "review", "undo", "PM-REAL", "PM-SPOOF", "--json").output)
    assert out["ok"] and out["item"]["status"] == "open"
    assert [t.key for t, _ in store.neighbours("PM-SPOOF")] == [("PM-SPOOF", "PM-C", "partnership", "")]

    out = _run(url, "review", "dismiss", "PM-SPOOF", "PM-REAL")
    assert out.exit_code == 0 and "will not be flagged again" in out.output
    assert store.get_review_item("PM-REAL", "PM-SPOOF").status == "dismissed"


def test_unknown_organisations_are_one_line_errors(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    EmbeddedStore(tmp_path / "store.db").upsert_organisations([Organisation("PM-A", "A")])
    out = _run(url, "review", "merge", "PM-A", "PM-NOPE")
    assert out.exit_code == 2 and "no organisation with id 'PM-NOPE'" in out.output
    assert "Traceback" not in out.output
