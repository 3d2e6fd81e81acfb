"""Candidate generation (matcher.candidates) sums each organisation's cheap score in compiled
loops over the posting lists (matcher.kernels); the candidates and their order must be
exactly those of the plain definition: np.bincount over the concatenated lists, zeroing u,
its partners and what the filters exclude, every organisation left with a positive score
sorted by score (descending) and then row, and the first `max_candidates` of them."""
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


def _reference_scores(model, ctx, u, allowed):
    """The cheap score as written before the kernels, one n-long vector per query, zero
    at u, its partners and rows `allowed` excludes (None where nothing is reached)."""
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
        return None
    score = np.bincount(rows, weights=np.concatenate([p[1] for p in parts]), minlength=n)
    score[partners] = 0.0
    score[u] = 0.0
    if allowed is not None:
        score[~allowed] = 0.0
    return score


def _reference(model, ctx, u, allowed, max_candidates):
    score = _reference_scores(model, ctx, u, allowed)
    if score is None:
        return np.zeros(0, np.int64)
    uniq = np.flatnonzero(score > 0)
    score = score[uniq]
    return uniq[np.lexsort((uniq, -score))][:max_candidates].astype(np.int64)


@pytest.mark.parametrize("max_candidates", [2000, 60, 1, 0, None])
def test_candidates_are_those_of_the_plain_cheap_score(synthetic, max_candidates):
    snap, model = synthetic
    ctx = model.context(snap)
    counts = np.asarray(snap.org_places_closed.sum(axis=0)).ravel()
    place = snap.places[int(np.flatnonzero((counts > 0) & (counts < len(snap.orgs)))[0])].code
    allowed = Filters(place=(place,)).mask(snap)
    for u in range(0, len(snap.orgs), 23):
        for mask in (None, allowed):
            got = generate_candidates(model, ctx, u, mask, max_candidates)
            want = _reference(model, ctx, u, mask, max_candidates)
            assert got.dtype == want.dtype and got.tobytes() == want.tobytes(), (u, mask is None)
    score, seen, excluded, _ = candidates._scratch.arrays
    assert not score.any() and not seen.any() and not excluded.any()


def test_the_cut_inside_a_tie_keeps_the_lowest_rows(synthetic):
    # The cheap score sums a few weights, so ties are common: the cut at max_candidates
    # falls inside one, and the rows kept must not depend on the machine (np.argpartition's
    # choice among ties does: numpy dispatches it on the CPU's vector extensions).
    snap, model = synthetic
    ctx = model.context(snap)
    cut_in_tie = 0
    for u in range(0, len(snap.orgs), 37):
        everyone = generate_candidates(model, ctx, u, None, None)
        if len(everyone) <= 60:
            continue
        scores = _reference_scores(model, ctx, u, None)[everyone]
        cut_in_tie += scores[59] == scores[60]
        assert generate_candidates(model, ctx, u, None, 60).tolist() == everyone[:60].tolist()
    assert cut_in_tie > 5   # the data exercises the tie-break


@pytest.mark.parametrize("limit", [-1, 0, 1, 3, 7, 50, 400])
def test_take_top_keeps_the_best_by_score_then_row_whatever_the_order_reached(limit):
    rng = np.random.default_rng(limit + 10)
    n = 500
    for trial in range(20):
        touched = rng.permutation(n)[:rng.integers(1, n)].astype(np.int64)
        score = np.zeros(n)
        score[touched] = rng.integers(-1, 6, len(touched)) / 4.0   # many ties, some zero or negative
        excluded = rng.random(n) < 0.1
        allowed = rng.random(n) < 0.8 if trial % 2 else np.zeros(0, bool)
        keep = (score > 0) & ~excluded & (allowed if len(allowed) else True)
        rows = np.flatnonzero(keep)
        want = rows[np.lexsort((rows, -score[rows]))]
        if limit >= 0:
            want = want[:limit]
        seen = np.zeros(n, bool)
        seen[touched] = True
        got_rows, got_values = kernels.take_top(touched, score.copy(), seen, excluded, allowed, limit)
        order = np.lexsort((got_rows, -got_values))
        assert got_rows[order].tolist() == want.tolist()
        assert got_values[order].tolist() == score[want].tolist()
        work = score.copy()
        kernels.take_top(touched, work, seen, excluded, allowed, limit)
        assert not work.any() and not seen.any()   # cleared where touched
