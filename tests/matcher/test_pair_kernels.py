"""Pair features over many queries (a training set) through matcher/pair_kernels.py are
the scipy expressions' results bit for bit, and so is the model fitted on them (issue 14:
the fit is most of a cold isolated page)."""
from __future__ import annotations

import numpy as np
import pytest
from sklearn.utils import check_random_state

import matcher.pairs as pairs
from graph.snapshot import Snapshot
from matcher.model import PartnerModel
from matcher.pair_kernels import _row_sum
from seed.synthetic import build_synthetic


@pytest.fixture(scope="module")
def fitted():
    snap = Snapshot.from_data(build_synthetic(3000, avg_degree=12, seed=7))
    model = PartnerModel().fit(snap)
    ctx = model.fitted_context
    us, vs, _ = model._training_pairs(ctx, check_random_state(0))
    return snap, model, ctx, np.asarray(us, np.int64), np.asarray(vs, np.int64)


def test_row_sums_are_numpys_reduceat_for_every_length():
    rng = np.random.default_rng(0)
    for n in [*range(0, 300), 511, 512, 513, 1000, 4099]:
        for x in (rng.random(n) * 10 ** rng.uniform(-3, 3, n), rng.standard_normal(n)):
            want = np.add.reduceat(x, [0])[0] if n else 0.0
            assert _row_sum(x, n) == want, n


def test_topology_of_a_training_set_is_scipys_bit_for_bit(fitted, monkeypatch):
    _, _, ctx, us, vs = fitted
    ours = pairs._topology(ctx, us, vs)
    monkeypatch.setattr(pairs, "_COMPILED", False)
    theirs = pairs._topology(ctx, us, vs)
    for name, a, b in zip(("common", "adamic_adar", "resource_allocation", "l3", "tied"), ours, theirs):
        assert np.array_equal(a, b), name
    # what the kernel must get right is there: ties, shared partners, two-hop walks reaching
    # partners of high degree (sums of many terms, which numpy adds pairwise)
    assert (ours[4] > 0).any() and (ours[0] >= 2).any()
    assert (ours[3] > 0).mean() > 0.3 and (ctx.degree[vs] >= 9).mean() > 0.5


def test_long_shared_rows_are_summed_as_scipy_sums_them(monkeypatch):
    """Two organisations sharing 150 partners of varied degree: sums of more than 8 and
    more than 128 terms, where numpy's pairwise summation differs from adding in order."""
    from tests.analysis.graphs import from_edges

    rng = np.random.default_rng(3)
    shared = list(range(2, 152))
    edges = [(0, p) for p in shared] + [(1, p) for p in shared]
    edges += [(int(a), int(b)) for a, b in rng.integers(2, 400, size=(900, 2)) if a != b]
    snap = from_edges(edges, n=400)
    ctx = PartnerModel().fit(snap).fitted_context
    us = np.array([0, 1, 5, 0, 7, 2, 1, 300], dtype=np.int64)
    vs = np.array([1, 0, 0, 9, 1, 3, 150, 0], dtype=np.int64)
    ours = pairs._topology(ctx, us, vs)
    monkeypatch.setattr(pairs, "_COMPILED", False)
    theirs = pairs._topology(ctx, us, vs)
    for a, b in zip(ours, theirs):
        assert np.array_equal(a, b)
    assert ours[0][0] == 150


def test_complementarity_of_a_training_set_is_scipys(fitted, monkeypatch):
    _, model, ctx, us, vs = fitted
    score, loo = model.complementarity_.score_, model.complementarity_.loo_score()
    ours = [pairs.complementarity(s, ctx.services, us, vs) for s in (score, loo)]
    monkeypatch.setattr(pairs, "_COMPILED", False)
    theirs = [pairs.complementarity(s, ctx.services, us, vs) for s in (score, loo)]
    for a, b in zip(ours, theirs):
        assert np.array_equal(a, b)
        assert (a != 0).mean() > 0.3


def test_the_fitted_model_is_the_same(fitted, monkeypatch):
    snap, model, _, _, _ = fitted
    monkeypatch.setattr(pairs, "_COMPILED", False)
    before = PartnerModel().fit(snap)
    assert np.array_equal(model.coef_, before.coef_)
    assert model.intercept_ == before.intercept_
    assert np.array_equal(model.mean_, before.mean_) and np.array_equal(model.scale_, before.scale_)


def test_every_pair_feature_of_a_training_set_is_scipys_bit_for_bit(fitted, monkeypatch):
    _, model, ctx, us, vs = fitted
    loo = np.asarray(ctx.adjacency[us, vs]).ravel() > 0
    ours = pairs.pair_features(model, ctx, us, vs, leave_one_out=loo)
    monkeypatch.setattr(pairs, "_COMPILED", False)
    assert np.array_equal(ours, pairs.pair_features(model, ctx, us, vs, leave_one_out=loo))
