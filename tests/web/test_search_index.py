"""The search index's arrays answer filters and facet counts exactly as the organisation
records do, without holding a Python object per organisation (README "Sizing a server":
reading one per row in a worker copied its memory page)."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from graph.model import LED_BY, SECTORS, SIZE_BANDS
from graph.snapshot import Snapshot
from seed.synthetic import build_synthetic
from web.search import SearchIndex, facet_counts, search_rows


@pytest.fixture(scope="module")
def snap():
    return Snapshot.from_data(build_synthetic(600, avg_degree=4, seed=11))


@pytest.fixture(scope="module")
def idx(snap):
    return SearchIndex.build(snap)


def _no_filters():
    return {k: "" for k in ("q", "place", "service", "community", "sector", "size", "led_by")}


def test_per_organisation_fields_are_arrays_not_python_objects(idx):
    for name in ("sector", "size", "led_by_any", "order"):
        arr = getattr(idx, name)
        assert isinstance(arr, np.ndarray) and arr.dtype != object, name
    assert sp.issparse(idx.led_by) and idx.led_by.dtype != object


def test_filters_keep_the_rows_the_records_say(snap, idx):
    orgs = snap.orgs
    assert len({o.sector for o in orgs}) > 1 and len({o.size_band for o in orgs}) > 1
    assert any(o.led_by for o in orgs) and any(not o.led_by for o in orgs)
    cases = ([("sector", v, lambda o, v=v: o.sector == v) for v in SECTORS]
             + [("size", v, lambda o, v=v: (o.size_band or "") == v) for v in SIZE_BANDS]
             + [("led_by", v, lambda o, v=v: v in o.led_by) for v in LED_BY]
             + [("led_by", "any", lambda o: bool(o.led_by))])
    for field, value, keeps in cases:
        got = search_rows(snap, idx, {**_no_filters(), field: value})
        want = [i for i in idx.order.tolist() if keeps(orgs[i])]
        assert got.tolist() == want, (field, value)


def test_facet_counts_equal_counting_the_records(snap, idx):
    rng = np.random.default_rng(0)
    for rows in (np.arange(len(snap.orgs)), np.sort(rng.choice(len(snap.orgs), 97, replace=False)),
                 np.zeros(0, dtype=np.int64)):
        got = facet_counts(snap, idx, rows)
        sizes, led = {}, {}
        for i in rows.tolist():
            o = snap.orgs[i]
            if o.size_band:
                sizes[o.size_band] = sizes.get(o.size_band, 0) + 1
            for v in set(o.led_by):
                led[v] = led.get(v, 0) + 1
        if led:
            led["any"] = sum(1 for i in rows.tolist() if snap.orgs[i].led_by)
        assert got["size"] == sizes and list(got["size"]) == list(sizes)   # first seen first, as before
        assert got["led_by"] == led
