"""The review queue (issue 10, item 5): flagged pairs persist in the store, editors merge,
dismiss and undo, decisions survive re-imports, and a failed decision writes nothing.
Every test runs on both stores (Neo4j real)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from graph.importers import run_import
from graph.model import Community, Introduction, ModelError, Organisation, Place, Service, Tie
from graph.review.decisions import dismiss, merge, review_queue, undo
from graph.review.items import ReviewChange, ReviewItem
from graph.stores import NotFound, StoreError
from graph.stores.base import GraphData

SPOOF = "C\u0456ty Youth Trust"   # a Cyrillic і: looks like "City Youth Trust"


@pytest.fixture
def pair(store):
    """A (kept) and B (its duplicate) with ties to C and D, and an introduction B-C."""
    store.load(GraphData(
        services=[Service("advice", "Advice"), Service("food", "Food")],
        communities=[Community("older", "Older people"), Community("young", "Young people")],
        places=[Place("LA1", "Town", "local_authority"), Place("LA2", "City", "local_authority")],
        organisations=[
            Organisation("PM-A", "City Youth Trust", services=("advice",), places=("LA1",), income=20_000,
                         registered_ids=("GB-CHC-111",)),
            Organisation("PM-B", SPOOF, services=("food",), communities=("young",), places=("LA2",),
                         description="Food and advice for young people", postcode="BS1 1AA",
                         registered_ids=("GB-COH-00000222",)),
            Organisation("PM-C", "Carers Hub", communities=("older",)),
            Organisation("PM-D", "Town Fund", sector="funder"),
        ],
        ties=[Tie("PM-B", "PM-C", "partnership", since="2021"),            # re-pointed to A-C
              Tie("PM-D", "PM-B", "funding", amount=5000.0, ref="G1"),       # re-pointed to D->A
              Tie("PM-A", "PM-B", "referral"),                               # would join A to itself
              Tie("PM-C", "PM-B", "referral", ref="R1"),                     # re-pointed to C->A
              Tie("PM-C", "PM-A", "referral", ref="R1")],                    # ...which A already has
    ))
    store.create_introduction("PM-B", "PM-C", broker="ana", note="meet about food")
    store.flag_for_review([ReviewItem("PM-A", "PM-B", reason="look-alike name", flagged_at="2026-01-01")])
    return store


def _graph(store):
    data = store.read_all()
    return ({o.id: replace(o, updated_at="") for o in data.organisations}, {t.key: t for t in data.ties},
            {(i.id, i.org_a, i.org_b, i.note) for i in store.list_introductions()})


def test_an_import_puts_its_flags_in_the_queue_once(store):
    store.upsert_organisations([Organisation("PM-REAL", "City Youth Trust")])
    report = run_import(store, "csv", {"organisations.csv": f"id,name\nPM-SPOOF,{SPOOF}\n".encode()})
    assert report.ok and len(report.review) == 1
    [item] = store.review_items()
    assert (item.a, item.b, item.status) == ("PM-REAL", "PM-SPOOF", "open")
    assert item.reason.startswith("look-alike name (U+0456") and item.source == "organisations.csv:2"
    assert [(i["a"], i["b"], i["a_name"], i["b_name"]) for i in review_queue(store)] == [
        ("PM-REAL", "PM-SPOOF", "City Youth Trust", SPOOF)]
    # The same pair flagged again (another file) stays one item.
    store.flag_for_review([ReviewItem("PM-SPOOF", "PM-REAL", reason="again")])
    assert [i.reason for i in store.review_items()] == [item.reason]


def test_a_dry_run_or_a_refused_import_queues_nothing(store):
    store.upsert_organisations([Organisation("PM-REAL", "City Youth Trust")])
    run_import(store, "csv", {"organisations.csv": f"id,name\nPM-SPOOF,{SPOOF}\n".encode()}, dry_run=True)
    bad = f"id,name\nPM-SPOOF,{SPOOF}\nPM-X,\n".encode()      # a row with no name: --strict writes nothing
    assert not run_import(store, "csv", {"organisations.csv": bad}, strict=True).ok
    assert store.review_items() == []


def test_merge_folds_b_into_a_and_repoints_its_ties(pair):
    version = pair.version()
    item = merge(pair, "PM-A", "PM-B", by="ed")
    assert item.status == "merged" and item.decided_by == "ed"
    assert pair.get_organisation("PM-B") is None
    a = pair.get_organisation("PM-A")
    assert a.services == ("advice", "food") and a.communities == ("young",) and a.places == ("LA1", "LA2")
    assert a.registered_ids == ("GB-CHC-111", "GB-COH-00000222")
    assert (a.name, a.income, a.postcode, a.description) == ("City Youth Trust", 20_000, "BS1 1AA",
                                                             "Food and advice for young people")
    ties = {t.key: t for t in pair.read_all().ties}
    assert set(ties) == {("PM-A", "PM-C", "partnership", ""), ("PM-D", "PM-A", "funding", "G1"),
                         ("PM-C", "PM-A", "referral", "R1")}
    assert ties[("PM-A", "PM-C", "partnership", "")].since == "2021"
    assert ties[("PM-D", "PM-A", "funding", "G1")].amount == 5000.0
    assert [(i.org_a, i.org_b) for i in pair.list_introductions()] == [("PM-A", "PM-C")]
    assert pair.version() > version
    assert review_queue(pair) == []
    assert [(i["a"], i["b"], i["status"]) for i in review_queue(pair, "merged")] == [("PM-A", "PM-B", "merged")]
    with pytest.raises(StoreError, match="already merged"):
        merge(pair, "PM-A", "PM-B")


def test_undo_restores_both_records_and_their_ties_exactly(pair):
    before = _graph(pair)
    merge(pair, "PM-A", "PM-B", by="ed")
    item = undo(pair, "PM-A", "PM-B", by="ed")
    assert item.status == "open" and [h[0] for h in item.history] == ["flagged", "merged", "undone"][-len(item.history):]
    assert _graph(pair) == before
    assert [(i["a"], i["b"]) for i in review_queue(pair)] == [("PM-A", "PM-B")]   # back in the queue


def test_undo_keeps_what_the_kept_record_gained_after_the_merge(pair):
    merge(pair, "PM-A", "PM-B")
    a = pair.get_organisation("PM-A")
    pair.upsert_organisations([replace(a, website="https://cyt.example.org", services=a.services + ("food",))])
    undo(pair, "PM-A", "PM-B")
    a = pair.get_organisation("PM-A")
    assert a.website == "https://cyt.example.org"          # changed since the merge: kept
    assert a.registered_ids == ("GB-CHC-111",) and a.places == ("LA1",) and a.postcode == ""


def test_a_reimport_of_the_folded_record_lands_on_the_kept_one(pair):
    merge(pair, "PM-A", "PM-B")
    counts = pair.counts()
    files = {"organisations.csv": f"id,name,services\nPM-B,{SPOOF},food\n".encode(),
             "ties.csv": b"from_id,to_id,kind,ref\nPM-B,PM-C,partnership,\nPM-B,PM-D,network,N1\n"}
    report = run_import(pair, "csv", files)
    assert report.ok, [str(e) for e in report.errors]
    assert pair.get_organisation("PM-B") is None
    assert pair.counts()["organisations"] == counts["organisations"]
    assert ("PM-A", "PM-D", "network", "N1") in {t.key for t in pair.read_all().ties}
    assert any(m["id"] == "PM-B" and m["into"] == "PM-A" for m in report.merged)
    assert pair.get_organisation("PM-A").name == "City Youth Trust"      # B's row added to A, never replaced it


def test_a_dismissed_pair_is_not_flagged_again_by_a_reimport(store):
    store.upsert_organisations([Organisation("PM-REAL", "City Youth Trust")])
    upload = {"organisations.csv": f"id,name\nPM-SPOOF,{SPOOF}\n".encode()}
    run_import(store, "csv", upload)
    item = dismiss(store, "PM-REAL", "PM-SPOOF", by="ed")
    assert item.status == "dismissed" and review_queue(store) == []
    store.delete_organisation("PM-SPOOF")          # the next import creates it again...
    report = run_import(store, "csv", upload)
    assert report.ok and report.review == [] and report.warnings == []     # ...and does not ask again
    assert [(i.key, i.status) for i in store.review_items()] == [("PM-REAL|PM-SPOOF", "dismissed")]
    with pytest.raises(StoreError, match="nothing to undo"):
        undo(store, "PM-REAL", "PM-NOPE")
    assert undo(store, "PM-SPOOF", "PM-REAL").status == "open"           # a dismissal can be undone too


def test_merge_and_dismiss_of_unknown_organisations_are_refused(pair):
    with pytest.raises(NotFound, match="PM-NOPE"):
        merge(pair, "PM-A", "PM-NOPE")
    with pytest.raises(StoreError):
        merge(pair, "PM-A", "PM-A")
    with pytest.raises(NotFound):
        dismiss(pair, "PM-NOPE", "PM-A")


def test_a_failing_change_writes_nothing(pair):
    before, items, version = _graph(pair), pair.review_items(), pair.version()
    a = pair.get_organisation("PM-A")
    bad = ReviewChange(expect_version=version, remove_ties=[("PM-B", "PM-C", "partnership", "")],
                       delete_orgs=["PM-B"], put_orgs=[replace(a, name="Changed")],
                       put_ties=[Tie("PM-A", "PM-GONE", "partnership")],            # a tie to nothing
                       put_items=[items[0].decided("dismissed", "ed", "dismissed")])
    with pytest.raises(ModelError):
        pair.apply_review(bad)
    assert _graph(pair) == before and pair.review_items() == items and pair.version() == version


def test_a_decision_on_a_store_changed_meanwhile_writes_nothing(pair, monkeypatch):
    before = _graph(pair)
    real = pair.apply_review

    def someone_writes_first(change):
        pair.upsert_organisations([Organisation("PM-E", "Someone else's new record")])
        return real(change)

    monkeypatch.setattr(pair, "apply_review", someone_writes_first)
    with pytest.raises(StoreError, match="changed while"):
        merge(pair, "PM-A", "PM-B")
    orgs, ties, intros = _graph(pair)
    assert "PM-B" in orgs and ties == before[1] and intros == before[2]
    assert pair.get_review_item("PM-A", "PM-B").status == "open"


def test_undo_of_a_merge_whose_keeper_was_merged_away_says_what_to_undo_first(pair):
    merge(pair, "PM-A", "PM-B")
    merge(pair, "PM-C", "PM-A")
    with pytest.raises(StoreError, match="undo the merge of PM-A into PM-C first"):
        undo(pair, "PM-A", "PM-B")
    undo(pair, "PM-C", "PM-A")
    undo(pair, "PM-A", "PM-B")
    assert {o.id for o in pair.read_all().organisations} == {"PM-A", "PM-B", "PM-C", "PM-D"}


def test_clear_empties_the_queue(pair):
    pair.clear()
    assert pair.review_items() == []


def test_introductions_between_the_two_stay_as_they_were(pair):
    intro = pair.create_introduction("PM-A", "PM-B", broker="ana")
    merge(pair, "PM-A", "PM-B")
    assert pair.get_introduction(intro.id).org_b == "PM-B"
    undo(pair, "PM-A", "PM-B")
    assert isinstance(pair.get_introduction(intro.id), Introduction)
