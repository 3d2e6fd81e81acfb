"""Building a matching context holds off Python's full garbage collections while it
allocates its per-organisation lists (issue 14: at 50,000 organisations two collections
walking the whole snapshot cost seconds of a cold fit), and leaves the collector as it
found it."""
from __future__ import annotations

import gc

import pytest

import matcher.context as context
from graph.snapshot import Snapshot
from matcher.features import make_org_featurizer
from seed.synthetic import build_synthetic


@pytest.fixture(scope="module")
def snap():
    return Snapshot.from_data(build_synthetic(300, avg_degree=4, seed=1))


@pytest.mark.parametrize("enabled_before", [True, False])
def test_collector_is_off_while_the_table_is_built_and_as_it_was_after(snap, monkeypatch, enabled_before):
    seen = []
    real_table = context.org_table

    def table(snapshot):
        seen.append(gc.isenabled())
        return real_table(snapshot)

    monkeypatch.setattr(context, "org_table", table)
    was = gc.isenabled()
    try:
        gc.enable() if enabled_before else gc.disable()
        featurizer = make_org_featurizer(snap)
        ctx = context.MatchContext.build(snap, featurizer, fit_featurizer=True)
        assert seen == [False]
        assert gc.isenabled() is enabled_before
        assert ctx.features.shape[0] == len(snap.orgs)
    finally:
        gc.enable() if was else gc.disable()


def test_the_collector_is_back_on_after_a_failure(snap, monkeypatch):
    def broken(snapshot):
        raise RuntimeError("boom")

    monkeypatch.setattr(context, "org_table", broken)
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        context.MatchContext.build(snap, make_org_featurizer(snap), fit_featurizer=True)
    assert gc.isenabled()
