"""The temporal ranker learns how a network grows from its own history, and nothing later."""
import numpy as np

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
