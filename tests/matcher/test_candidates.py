"""Candidate generation (matcher.candidates) sums each organisation's cheap score in compiled
loops over the posting lists (matcher.kernels); the candidates and their order must be
exactly those of the plain definition: np.bincount over the concatenated lists, zeroing u,
its partners and what the filters exclude, the best `max_candidates` by np.argpartition
and then score and row."""
import numpy as np
import pytest

import matcher.candidates as candidates
from matcher import kernels
from graph.snapshot import Snapshot
from matcher.candidates import complement_vector, generate_candidates
from matcher.filters import Filters
from matcher.model import PartnerModel
from seed.synthetic import build_synthetic


@pytest.fixture(scope="module")
def synthetic():
    snap = Snapshot.from_data(build_synthetic(1500, avg_degree=8, seed=3))
    return snap, PartnerModel(random_state=0).fit(snap)


def _postings(index, codes, weights):
    rows = [index.indices[index.indptr[c]:index.indptr[c + 1]] for c in codes]
    lens = [len(r) for r in rows]
    return (np.concatenate(rows) if rows else np.zeros(0, np.int64)), np.repeat(np.asarray(weights, float), lens)


def _reference(model, ctx, u, allowed, max_candidates):
    """The cheap score as written before the kernels, one n-long vector per query."""
    n = ctx.n
    parts = []
    com = ctx.communities.indices[ctx.communities.indptr[u]:ctx.communities.indptr[u + 1]]
    parts.append(_postings(ctx.postings("communities"), com, np.full(len(com), 1.0 / max(1, len(com)))))
    places = ctx.places.indices[ctx.places.indptr[u]:ctx.places.indptr[u + 1]]
    index = ctx.postings("places")
    places = places[np.diff(index.indptr)[places] <= max(2, candidates._WIDE_PLACE_SHARE * n)]
    if len(places):
        parts.append(_postings(index, places, ctx.place_idf[places] / max(ctx.place_mass[u], 1e-9)))
    comp = complement_vector(model, ctx, u)
    top = np.argsort(-comp)[:candidates._TOP_SERVICES]
    top = top[comp[top] > 0]
    parts.append(_postings(ctx.postings("services"), top, comp[top]))
    adj = ctx.adjacency
    partners = adj.indices[adj.indptr[u]:adj.indptr[u + 1]]
    if len(partners):
        r, w = _postings(adj, partners, np.ones(len(partners)))
        parts.append((r, w))
        second = np.unique(r[r != u])
        if len(second):
            second = second[np.argsort(np.diff(adj.indptr)[second], kind="stable")[:candidates._THREE_HOP_VIA]]
            parts.append(_postings(adj, second, np.full(len(second), 0.01)))
    rows = np.concatenate([p[0] for p in parts])
    if len(rows) == 0:
        return np.zeros(0, np.int64)
    score = np.bincount(rows, weights=np.concatenate([p[1] for p in parts]), minlength=n)
    score[partners] = 0.0
    score[u] = 0.0
    if allowed is not None:
        score[~allowed] = 0.0
    uniq = np.flatnonzero(score > 0)
    score = score[uniq]
    if max_candidates is not None and len(uniq) > max_candidates:
        top = np.argpartition(-score, max_candidates - 1)[:max_candidates]
        uniq, score = uniq[top], score[top]
    return uniq[np.lexsort((uniq, -score))].astype(np.int64)


@pytest.mark.parametrize("max_candidates", [2000, 60, None])
@pytest.mark.parametrize("sort_below", [1.0, 0.0])
def test_candidates_are_those_of_the_plain_cheap_score(synthetic, monkeypatch, max_candidates, sort_below):
    # sort_below: the reached rows put in order by sorting them (1.0) or by a scan of every
    # organisation's flag (0.0).
    monkeypatch.setattr(candidates, "_SORT_BELOW_SHARE", sort_below)
    snap, model = synthetic
    ways = set()
    take = kernels.take_scored

    def recording(*args):
        ways.add(args[-1])
        return take(*args)

    monkeypatch.setattr(kernels, "take_scored", recording)
    ctx = model.context(snap)
    counts = np.asarray(snap.org_places_closed.sum(axis=0)).ravel()
    place = snap.places[int(np.flatnonzero((counts > 0) & (counts < len(snap.orgs)))[0])].code
    allowed = Filters(place=(place,)).mask(snap)
    for u in range(0, len(snap.orgs), 23):
        for mask in (None, allowed):
            got = generate_candidates(model, ctx, u, mask, max_candidates)
            want = _reference(model, ctx, u, mask, max_candidates)
            assert got.dtype == want.dtype and got.tobytes() == want.tobytes(), (u, mask is None)
    assert ways == {sort_below == 1.0}
    score, seen, excluded, _ = candidates._scratch.arrays
    assert not score.any() and not seen.any() and not excluded.any()
