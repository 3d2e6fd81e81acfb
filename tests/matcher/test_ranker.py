"""The temporal ranker learns how a network grows from its own history, and nothing later."""
import numpy as np
import pytest

from matcher.evaluate import evaluate, split_pairs
from matcher.ranker import TemporalRanker
from tests.matcher.conftest import org, snapshot, tie


def _rich_get_richer(n=60, seed=0):
    """Ties 2000-2005 at random; from 2006 each new tie joins a random organisation to the
    best-connected one it is not yet tied to (growth by popularity, which the partner
    model, having no partner-count feature, cannot see)."""
    rng = np.random.RandomState(seed)
    ids = [f"G{i:02d}" for i in range(n)]
    pairs, ties = set(), []

    def add(a, b, year, month):
        key = (min(a, b), max(a, b))
        if a != b and key not in pairs:
            pairs.add(key)
            ties.append(tie(ids[a], ids[b], since=f"{year}-{month:02d}-01"))
            return True
        return False

    for i in range(n):
        add(i, (i + 1 + rng.randint(n - 1)) % n, 2000 + i % 6, 1 + i % 12)
    year_ties = 0
    for step in range(240):
        deg = np.bincount(np.array([p for pr in pairs for p in pr]), minlength=n)
        u = rng.randint(n)
        for v in np.argsort(-deg, kind="stable"):
            if add(u, int(v), 2006 + step // 24, 1 + step % 12):
                year_ties += 1
                break
    return snapshot([org(i, places=("W1", "W2", "W3")[int(i[1:]) % 3:][:1]) for i in ids], ties)


def test_ranker_learns_growth_by_popularity():
    snap = _rich_get_richer()
    report = evaluate(snap, split="time", as_of="2014-01-01", seed=0)
    methods = report["methods"]
    assert "ranker" in methods
    assert methods["ranker"]["mrr"] > 3 * methods["random"]["mrr"]
    best = max(m["mrr"] for name, m in methods.items() if name not in ("ranker", "served", "random"))
    assert methods["ranker"]["mrr"] >= 0.9 * best


def test_ranker_trains_only_on_ties_inside_its_mask():
    snap = _rich_get_richer()
    sp = split_pairs(snap, split="time", as_of="2010-01-01")
    masked = TemporalRanker(random_state=0).fit(snap, sp.train_mask)
    # The same data with every later tie deleted must give exactly the same ranker.
    early = snapshot(snap.orgs, [t for t in snap.ties if t.since < "2010-01-01"])
    alone = TemporalRanker(random_state=0).fit(early, np.ones(len(early.ties), bool))
    assert masked.fitted and masked.n_snapshots_ >= 2
    assert (masked.n_positives_, masked.n_snapshots_) == (alone.n_positives_, alone.n_snapshots_)
    x = np.random.RandomState(0).random_sample((50, 8)) * 3
    assert np.allclose(masked.clf_.predict_proba(x), alone.clf_.predict_proba(x))


def test_training_negatives_are_weighted_back_to_the_candidates_they_stand_for():
    """Near candidates (two or three hops) are drawn more often than far ones; each stratum's
    weights must add up in proportion to its size, or the learner sees high L3 as a sign of
    no tie (see matcher.ranker._training_pairs)."""
    from matcher.model import PartnerModel
    from matcher.ranker import _training_pairs
    snap = _rich_get_richer()
    sp = split_pairs(snap, split="time", as_of="2010-01-01")
    ctx = PartnerModel(random_state=0).fit(snap, sp.train_mask).fitted_context
    us, vs, y, w = _training_pairs(ctx, sp, np.random.RandomState(0))
    assert y.sum() > 0 and (w > 0).all()
    assert w[y == 0].sum() == pytest.approx(y.sum())        # negatives weigh as much as positives
    assert (w[y == 1] == 1).all()
    adj = ctx.adjacency
    checked = 0
    for u in np.unique(us[y == 1]):
        rows = (us == u) & (y == 0)
        allowed = sp.candidates(int(u))
        allowed[int(u)] = False
        allowed[adj.indices[adj.indptr[u]:adj.indptr[u + 1]]] = False
        allowed[vs[(us == u) & (y == 1)]] = False
        near = np.asarray((adj[u] @ adj + adj[u] @ adj @ adj).todense()).ravel() > 0
        n_near, n_far = int((allowed & near).sum()), int((allowed & ~near).sum())
        near_w, far_w = w[rows & near[vs]].sum(), w[rows & ~near[vs]].sum()
        if n_near and n_far:
            assert near_w / far_w == pytest.approx(n_near / n_far)
            checked += 1
    assert checked > 5
