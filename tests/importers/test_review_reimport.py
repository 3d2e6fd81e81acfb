"""Decisions on the review queue survive re-imports of real files (issue 10, item 5): a
record an editor merged into another lands on that one, and a dismissed pair is not
flagged again. Real 360Giving data (the Dulverton Trust's grants, tests/data/samples)."""
from __future__ import annotations

from graph.importers import run_import
from graph.model import Organisation
from graph.review.decisions import dismiss, merge, undo


def _dulverton(samples):
    return samples / "360giving" / "dulverton_trust_grants.json"


def test_a_merged_recipient_is_not_recreated_by_a_reimport(store, samples):
    store.upsert_organisations([Organisation("PM-GLT", "Green Light Trust Ltd")])
    first = run_import(store, "360giving", _dulverton(samples))
    assert [(r["id"], r["similar_to"]) for r in first.review] == [("GB-CHC-1000977", "PM-GLT")]
    [item] = store.review_items("open")
    assert (item.a, item.b) == ("PM-GLT", "GB-CHC-1000977")
    grants = sorted(t.ref for t, _ in store.neighbours("GB-CHC-1000977"))
    assert grants
    merge(store, "PM-GLT", "GB-CHC-1000977", by="ed")
    assert store.get_organisation("PM-GLT").registered_ids == ("GB-CHC-1000977",)
    counts = store.counts()

    again = run_import(store, "360giving", _dulverton(samples))
    assert again.ok and again.review == []
    assert store.get_organisation("GB-CHC-1000977") is None
    assert store.counts() == counts and not again.created
    assert sorted(t.ref for t, _ in store.neighbours("PM-GLT")) == grants
    assert store.review_items("open") == []

    undo(store, "PM-GLT", "GB-CHC-1000977")
    assert sorted(t.ref for t, _ in store.neighbours("GB-CHC-1000977")) == grants
    assert store.get_organisation("PM-GLT").registered_ids == ()


def test_a_dismissed_pair_is_not_flagged_when_the_record_arrives_again(store, samples):
    store.upsert_organisations([Organisation("PM-GLT", "Green Light Trust Ltd")])
    run_import(store, "360giving", _dulverton(samples))
    dismiss(store, "PM-GLT", "GB-CHC-1000977")
    store.delete_organisation("GB-CHC-1000977")
    again = run_import(store, "360giving", _dulverton(samples))
    assert again.ok and again.review == [] and again.created["organisations"] == 1
    assert [(i.key, i.status) for i in store.review_items()] == [("GB-CHC-1000977|PM-GLT", "dismissed")]
