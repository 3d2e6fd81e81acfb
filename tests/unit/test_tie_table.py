"""The snapshot keeps its ties as columns (graph.tie_table), not as one Tie object per tie
(issue 14: at 370,000 organisations the Tie objects were half of a snapshot's memory, and
every pass over them copied their pages into each forked web worker). Read back, they are
the same Tie records, in the same order, and every view of them is what it was."""
from __future__ import annotations

import gc
import weakref
from dataclasses import replace
from operator import attrgetter

import numpy as np
import pytest

from graph.model import Tie
from graph.snapshot import Snapshot, lens_kinds
from graph.tie_table import TieTable
from tests.web.tiny import BRISTOL, EASTON, FOOD, LAW, tiny_graph


def _ties():
    data = tiny_graph()
    extra = [Tie(LAW, FOOD, "contract", form="contract_alliance", strength=3.5, since="2020-01-01", until="2022-12-31",
                 amount=1234.5, currency="EUR", source="a register", ref="c-9"),
             Tie(FOOD, "GB-CHC-9999999", "partnership")]   # an end not in the data: left out
    return data, data.ties + extra


def _snapshot():
    data, ties = _ties()
    return Snapshot(version=3, orgs=data.organisations, services=data.services, communities=data.communities,
                    places=data.places, ties=ties, needs=data.needs), ties


def test_ties_read_back_equal_in_key_order_with_every_field():
    snap, given = _snapshot()
    index = {o.id for o in snap.orgs}
    expected = sorted((t for t in given if t.from_id in index and t.to_id in index),
                      key=attrgetter("from_id", "to_id", "kind", "ref"))
    assert isinstance(snap.ties, TieTable)
    assert list(snap.ties) == expected and snap.ties == tuple(expected) and tuple(expected) == snap.ties
    assert [snap.ties[i] for i in range(len(expected))] == expected
    assert snap.ties[-1] == expected[-1] and snap.ties[np.int64(1)] == expected[1]
    assert list(snap.ties[1:3]) == expected[1:3]
    with pytest.raises(IndexError):
        snap.ties[len(expected)]
    contract = next(t for t in snap.ties if t.kind == "contract")
    assert contract.amount == 1234.5 and contract.currency == "EUR" and contract.until == "2022-12-31"
    assert all(t.amount is None for t in snap.ties if t.kind not in ("funding", "contract"))
    assert hash(contract) == hash(next(t for t in given if t.ref == "c-9"))
    assert list(snap.ties.column("ref")) == [t.ref for t in expected]


def test_the_tie_arrays_are_the_tables_own_not_copies():
    snap, _ = _snapshot()
    for name in ("src", "dst", "kind", "strength", "amount"):
        assert getattr(snap, f"tie_{name}") is getattr(snap.ties, name)
        assert not getattr(snap, f"tie_{name}").flags.writeable


def test_the_snapshot_keeps_no_tie_records():
    data, ties = _ties()
    probe = weakref.ref(ties[0])
    snap = Snapshot(version=1, orgs=data.organisations, services=data.services, communities=data.communities,
                    places=data.places, ties=ties, needs=data.needs)
    del ties, data
    gc.collect()
    assert probe() is None
    assert len(snap.ties) > 0


def test_lenses_and_place_subgraphs_hold_the_same_ties_as_filtering_the_records():
    snap, _ = _snapshot()
    for lens in ("collaboration", "funding", "all"):
        assert list(snap.lens_ties(lens)) == [t for t in snap.ties if t.kind in lens_kinds(lens)]
        for code in (BRISTOL.code, EASTON.code, "~all"):
            sub = snap.subgraph_for_place(code, lens=lens)
            inside = {o.id for o in sub.orgs}
            assert list(sub.ties) == [t for t in snap.ties if t.kind in lens_kinds(lens)
                                      and t.from_id in inside and t.to_id in inside]
            assert [sub.orgs[i].id for i in sub.tie_src] == [t.from_id for t in sub.ties]
            assert [sub.orgs[i].id for i in sub.tie_dst] == [t.to_id for t in sub.ties]
            rebuilt = Snapshot(version=1, orgs=sub.orgs, services=sub.services, communities=sub.communities,
                               places=sub.places, ties=list(sub.ties), needs=sub.needs)
            assert rebuilt == sub
            assert np.array_equal(rebuilt.tie_amount, sub.tie_amount, equal_nan=True)


def test_a_snapshot_with_one_more_organisation_keeps_every_tie_on_its_new_rows():
    snap, _ = _snapshot()
    newcomer = replace(snap.org(FOOD), id="GB-CHC-1000000")   # sorts first: every row moves by one
    wider = Snapshot(version=1, orgs=snap.orgs + (newcomer,), services=snap.services,
                     communities=snap.communities, places=snap.places, ties=snap.ties, needs=snap.needs)
    assert list(wider.ties) == list(snap.ties)
    assert np.array_equal(wider.tie_src, snap.tie_src + 1) and np.array_equal(wider.tie_dst, snap.tie_dst + 1)
