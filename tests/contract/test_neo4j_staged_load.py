"""A Neo4j load too big for one transaction is written in steps, and undone if a step fails.

Run against a real server with small step sizes, so the demo takes many steps."""
from __future__ import annotations

from dataclasses import replace

import pytest

import graph.stores.neo4j_staged as staged
from graph.model import Organisation, Service
from graph.stores.base import GraphData, StoreError
from seed.demo import build_demo

pytestmark = pytest.mark.neo4j


def contents(store) -> dict:
    """Everything stored, order-free and without the version."""
    d = store.read_all()
    return {"orgs": sorted(d.organisations, key=lambda o: o.id),
            "ties": sorted(d.ties, key=lambda t: (t.from_id, t.to_id, t.kind, t.ref)),
            "services": sorted(d.services, key=lambda s: s.code),
            "communities": sorted(d.communities, key=lambda c: c.code),
            "places": sorted(d.places, key=lambda p: p.code),
            "needs": sorted(d.needs, key=lambda n: (n.place, n.target, n.code))}


def test_a_large_load_goes_in_steps_and_equals_the_embedded_store(embedded_store, neo4j_store, monkeypatch):
    data = build_demo()
    calls = []
    real = staged.staged_load
    monkeypatch.setattr(staged, "staged_load", lambda *a, **k: calls.append(k) or real(*a, **k))
    neo4j_store.single_transaction_rows, neo4j_store.staged_chunk_rows = 1_000, 700
    written = neo4j_store.load(data)
    assert {k: written[k] for k in data.counts()} == data.counts()
    assert written["created"] == data.counts()  # an empty store: everything is new
    assert calls == [{"chunk_rows": 700}]
    embedded_store.load(data)
    assert contents(neo4j_store) == contents(embedded_store)
    assert neo4j_store.snapshot() == embedded_store.snapshot()
    # Loading it again in steps changes nothing (idempotent).
    neo4j_store.load(data)
    assert contents(neo4j_store) == contents(embedded_store)


def test_a_failed_step_is_undone_and_the_store_is_as_it_was(neo4j_store):
    demo = build_demo()
    first = demo.organisations[:300]
    kept = {o.id for o in first}
    neo4j_store.load(GraphData(services=demo.services, communities=demo.communities, places=demo.places,
                               organisations=first, needs=demo.needs,
                               ties=[t for t in demo.ties if t.from_id in kept and t.to_id in kept]))
    before = contents(neo4j_store)
    stored_ties = before["ties"]
    assert len(stored_ties) > 100

    # A load that overwrites stored organisations, ties, a service and a place, and adds new ones.
    new_service = Service("zz_new_service", "A service nobody had", "")
    renamed_service = replace(demo.services[0], label="Renamed service")
    renamed_place = replace(demo.places[-1], name="Renamed place")
    changed = [replace(o, name=o.name + " (renamed)", services=(new_service.code,), income=None)
               for o in first[:80]]
    newcomer = Organisation(id="GB-TEST-NEWCOMER", name="Newcomer group", sector="vcse",
                            services=(new_service.code,), places=(demo.places[-1].code,))
    ties = ([replace(t, strength=0.123, amount=None) for t in stored_ties[:120]]
            + [t for t in demo.ties if not (t.from_id in kept and t.to_id in kept)])
    load = GraphData(services=[new_service, renamed_service], places=[renamed_place],
                     organisations=changed + demo.organisations[300:] + [newcomer], ties=ties)
    chunk = 500
    steps = len(staged._steps(load, set(), chunk))
    assert steps > 6

    def power_cut(step):
        if step == steps - 1:  # everything but the last step has been committed
            raise RuntimeError("power cut")

    with pytest.raises(StoreError, match=rf"stopped at step {steps} of {steps} \(power cut\); the {steps - 1} steps "
                                         "already written were undone, so the store is as it was"):
        staged.staged_load(neo4j_store, load, chunk_rows=chunk, after_step=power_cut)
    assert contents(neo4j_store) == before
    assert neo4j_store.interrupted_load() is None  # undone: nothing left to resume

    # Without the interruption the same load lands whole.
    staged.staged_load(neo4j_store, load, chunk_rows=chunk)
    after = contents(neo4j_store)
    org = {o.id: o for o in after["orgs"]}
    assert org[changed[0].id].name.endswith("(renamed)") and org[changed[0].id].services == (new_service.code,)
    assert "GB-TEST-NEWCOMER" in org and len(org) == len(demo.organisations) + 1
    assert len(after["ties"]) == len(demo.ties)
    assert {s.code: s.label for s in after["services"]}[renamed_service.code] == "Renamed service"


def test_a_bad_reference_in_a_large_load_writes_nothing(neo4j_store):
    demo = build_demo()
    neo4j_store.single_transaction_rows = 100
    bad = replace(demo.organisations[-1], services=("no_such_service",))
    with pytest.raises(Exception, match="no_such_service"):
        neo4j_store.load(replace(demo, organisations=demo.organisations[:-1] + [bad]))
    assert neo4j_store.counts()["organisations"] == 0
