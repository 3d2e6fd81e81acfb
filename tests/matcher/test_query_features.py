"""The one-query feature kernel (matcher.query_features) gives what matcher.pairs gives for
the same pairs, bit for bit: `match` and the nightly batch score with it, and the model was
fitted on matcher.pairs' features."""
import numpy as np
import pytest

import matcher.query_features as query_features
from graph.snapshot import Snapshot
from matcher.candidates import generate_candidates
from matcher.model import PartnerModel
from matcher.query_features import query_pair_features
from seed.synthetic import build_synthetic


@pytest.fixture(scope="module")
def synthetic():
    snap = Snapshot.from_data(build_synthetic(1500, avg_degree=8, seed=3))
    return snap, PartnerModel(random_state=0).fit(snap)


def _partners(ctx, u):
    return ctx.adjacency.indices[ctx.adjacency.indptr[u]:ctx.adjacency.indptr[u + 1]]


def test_features_are_bitwise_those_of_pair_features(synthetic):
    # The compiled sums (matcher.kernels) add the same terms in the same order as
    # matcher.pairs' numpy code: the model scores with the features it was fitted on.
    snap, model = synthetic
    ctx = model.context(snap)
    tied_seen = 0
    for u in range(0, len(snap.orgs), 37):
        candidates = generate_candidates(model, ctx, u, None, 400)
        # Existing partners and u itself too: tied pairs are measured as if the tie were not
        # there (the leave-one-out lifts), and nothing assumes a candidate is new.
        vs = np.r_[candidates, _partners(ctx, u), u].astype(np.int64)
        tied_seen += len(_partners(ctx, u))
        got = query_pair_features(model, ctx, u, vs)
        want = model.features(ctx, np.full(len(vs), u), vs)
        assert got.tobytes() == want.tobytes(), u
    assert tied_seen > 0


def test_repeated_and_no_candidates(synthetic):
    snap, model = synthetic
    ctx = model.context(snap)
    u = int(np.argmax(ctx.degree))
    vs = np.r_[generate_candidates(model, ctx, u, None, 50)[:10]].astype(np.int64)
    vs = np.r_[vs, vs[:3], _partners(ctx, u)[:2], _partners(ctx, u)[:2]]
    got = query_pair_features(model, ctx, u, vs)
    assert got.tobytes() == model.features(ctx, np.full(len(vs), u), vs).tobytes()
    assert query_pair_features(model, ctx, u, np.zeros(0, np.int64)).shape == (0, len(model.feature_names_))


def test_scratch_vectors_are_left_clean(synthetic):
    # The per-thread scratch vectors are reused by the next query: a value left behind
    # would leak one organisation's partners into another's features.
    snap, model = synthetic
    ctx = model.context(snap)
    for u in (0, int(np.argmax(ctx.degree)), 700):
        query_pair_features(model, ctx, u, generate_candidates(model, ctx, u, None, 300))
    mine, two_hop = query_features._scratch.arrays
    assert not mine.any() and not two_hop.any()
