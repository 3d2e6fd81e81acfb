"""Look-alike names: an imported organisation whose name differs from another's only in
characters drawn alike (Cyrillic і for Latin i, a zero-width space, full-width letters,
a decomposed accent) is flagged at its row with both names, in every import format."""
from __future__ import annotations

import pytest

from graph.importers import run_import
from graph.importers.lookalikes import skeleton
from graph.model import Organisation


@pytest.mark.parametrize("spoof, what", [
    ("C\u0456ty Youth Trust", "U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I"),
    ("City Y\u043euth Trust", "U+043E CYRILLIC SMALL LETTER O"),
    ("City Youth \u03a4rust", "U+03A4 GREEK CAPITAL LETTER TAU"),
    ("City\u200b Youth Trust", "U+200B ZERO WIDTH SPACE"),
    ("\uff23ity Youth Trust", "U+FF23 FULLWIDTH LATIN CAPITAL LETTER C"),
])
def test_a_lookalike_of_a_stored_name_is_flagged_with_both_names(store, spoof, what):
    store.upsert_organisations([Organisation("PM-REAL", "City Youth Trust")])
    report = run_import(store, "csv", {"organisations.csv": f"id,name\nPM-SPOOF,{spoof}\n".encode()})
    assert report.ok                                  # flagged for a person, not refused
    assert [str(w) for w in report.warnings] == [
        f"organisations.csv:2:name: {spoof!r} looks like 'City Youth Trust' (PM-REAL) but is different text "
        f"({what}): check it is not a copy"]
    assert [(r["id"], r["similar_to"]) for r in report.review] == [("PM-SPOOF", "PM-REAL")]


def test_lookalikes_within_one_import_and_composed_accents(store):
    text = "id,name\nPM-1,Caf\u00e9 Collective\nPM-2,Cafe\u0301 Collective\nPM-3,Cafe Collective\n"
    report = run_import(store, "csv", {"organisations.csv": text.encode()})
    flagged = {(r["id"], r["similar_to"]) for r in report.review}
    assert flagged == {("PM-1", "PM-2")}                 # 'Cafe' is visibly different: not a look-alike
    assert "U+0301 COMBINING ACUTE ACCENT" in report.warnings[0].reason


def test_same_text_or_case_is_not_a_lookalike(store):
    store.upsert_organisations([Organisation("PM-REAL", "City Youth Trust")])
    report = run_import(store, "csv", {"organisations.csv": b"id,name\nPM-2,CITY  YOUTH TRUST\nPM-3,Zo\xc3\xab\n"})
    assert report.warnings == [] and report.review == []


def test_360giving_recipients_are_checked_too(store):
    store.upsert_organisations([Organisation("GB-CHC-1000001", "Bristol Food Bank")])
    header = ("Identifier,Title,Amount Awarded,Award Date,Currency,Funding Org:Identifier,Funding Org:Name,"
              "Recipient Org:Identifier,Recipient Org:Name")
    row = "360G-x-1,t,100,2024-01-01,GBP,GB-CHC-9000001,Funder,GB-CHC-2000001,Br\u0456stol Food Bank"
    report = run_import(store, "360giving", {"grants.csv": f"{header}\n{row}\n".encode()})
    assert any(w.field == "name" and w.row == 2 and "'Bristol Food Bank' (GB-CHC-1000001)" in w.reason
               for w in report.warnings), [str(w) for w in report.warnings]


def test_skeleton():
    assert skeleton("C\u0456ty \u200bTrust") == skeleton("CITY Trust") == "city trust"
    assert skeleton("\u0391\u0392\u0395") == "abe"
    assert skeleton("Caf\u00e9") != skeleton("Cafe")
