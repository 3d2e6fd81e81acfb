"""Fair re-ranking: meets its share when it can, never invents, reports exposure."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.fairness import exposure_share, fair_rerank, minimum_protected


def test_minimum_table_is_floor_of_p_times_prefix():
    assert minimum_protected(6, 0.5).tolist() == [0, 1, 1, 2, 2, 3]
    assert minimum_protected(4, 0.0).tolist() == [0, 0, 0, 0]
    # FA*IR's binomial table is more lenient for short prefixes.
    assert (minimum_protected(10, 0.5, alpha=0.1) <= minimum_protected(10, 0.5)).all()


def test_exposure_share_by_hand():
    w = 1 / np.log2([2, 3, 4])
    assert exposure_share([True, False, True]) == pytest.approx((w[0] + w[2]) / w.sum())
    assert exposure_share([]) == 0.0


def test_promotes_protected_candidates_into_every_prefix():
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2])
    protected = np.array([False, False, False, False, True, True, True, True])
    order, report = fair_rerank(scores, protected, k=4, p=0.5)
    assert order.tolist() == [0, 4, 1, 5]
    assert report.met and report.protected_in_top_k == 2
    assert report.protected_exposure_after > report.protected_exposure_before == 0.0


def test_quality_floor_stops_promotion_and_reports_shortfall():
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.01])
    protected = np.array([False, False, False, False, True])
    order, report = fair_rerank(scores, protected, k=4, p=0.5, quality_floor=0.1)
    assert order.tolist() == [0, 1, 2, 3]   # the weak protected candidate is not pulled up
    assert not report.met and report.shortfall_at == 2


def test_off_switch_returns_plain_top_k():
    scores = np.array([0.9, 0.8, 0.1])
    order, report = fair_rerank(scores, [False, False, True], k=2, p=1.0, enabled=False)
    assert order.tolist() == [0, 1] and not report.enabled


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1), st.booleans()), min_size=0, max_size=40),
       st.integers(1, 15), st.sampled_from([0.0, 0.3, 0.5, 0.8, 1.0]))
def test_never_invents_and_meets_share_when_qualified_candidates_exist(items, k, p):
    scores = np.array([s for s, _ in items], float)
    protected = np.array([b for _, b in items], bool)
    order, report = fair_rerank(scores, protected, k=k, p=p, quality_floor=0.0)
    # A subset of the input, no repeats, as long as it can be.
    assert len(set(order.tolist())) == len(order) == min(k, len(items))
    assert all(0 <= i < len(items) for i in order)
    need = minimum_protected(len(order), p)
    got = np.cumsum(protected[order]) if len(order) else np.array([])
    if protected.sum() >= (need[-1] if len(need) else 0):
        assert (got >= need).all() and report.met
    else:
        assert not report.met
    # Within each group the model's order is kept.
    for group in (True, False):
        s = scores[order][protected[order] == group]
        assert (np.diff(s) <= 1e-12).all()


def _reference_fair_rerank(scores, protected, k, p, enabled=True, alpha=None, quality_floor=None, floor_depth=3):
    """fair_rerank as written before it sorted only the head of the order: the whole
    stable order, both groups in full."""
    scores, protected = np.asarray(scores, float), np.asarray(protected, bool)
    ranked = np.argsort(-scores, kind="stable")
    k = min(k, len(ranked))
    plain = ranked[:k]
    before = exposure_share(protected[plain])
    if quality_floor is None:
        depth = min(len(ranked), max(1, floor_depth * k))
        quality_floor = float(scores[ranked[depth - 1]]) if len(ranked) else None
    if not enabled or k == 0:
        return plain, (False, k, True, None, int(protected[plain].sum()), before, before, quality_floor)
    need = minimum_protected(k, p, alpha)
    qualified = protected[ranked] & (scores[ranked] >= quality_floor)
    prot, other = ranked[qualified].tolist(), ranked[~qualified].tolist()
    out, n_prot, shortfall = [], 0, None
    pi = oi = 0
    for pos in range(k):
        must = n_prot < need[pos]
        if pi < len(prot) and (must or oi >= len(other) or scores[prot[pi]] >= scores[other[oi]]):
            out.append(prot[pi]); pi += 1; n_prot += 1
        elif oi < len(other):
            out.append(other[oi]); oi += 1
            n_prot += int(protected[out[-1]])
        else:
            break
        if n_prot < need[pos] and shortfall is None:
            shortfall = pos + 1
    order = np.array(out, dtype=np.int64)
    return order, (True, k, shortfall is None, shortfall, int(protected[order].sum()), before,
                   exposure_share(protected[order]), quality_floor)


@pytest.mark.parametrize("n", [0, 1, 5, 39, 200, 2000])
def test_sorting_only_the_head_of_the_order_chooses_as_the_whole_order(n):
    # Scores from a few values (ties everywhere, as the consensus and baselines give),
    # protected shares from none to all: the head-only sort must choose, order and report
    # exactly as the whole stable order did.
    rng = np.random.default_rng(n)
    for trial in range(60):
        scores = rng.integers(0, rng.integers(1, 30), n) / 7.0
        if trial % 3 == 0:
            scores = scores + rng.random(n) * 1e-3
        protected = rng.random(n) < [0.0, 0.05, 0.5, 0.95, 1.0][trial % 5]
        k = int(rng.integers(1, 25))
        kwargs = {"p": float(rng.choice([0.0, 0.3, 0.5, 1.0])), "enabled": trial % 7 != 0,
                  "alpha": 0.1 if trial % 4 == 0 else None, "floor_depth": int(rng.integers(1, 5)),
                  "quality_floor": float(rng.random()) if trial % 6 == 0 else None}
        order, report = fair_rerank(scores, protected, k, **kwargs)
        want_order, want = _reference_fair_rerank(scores, protected, k, **kwargs)
        assert order.tolist() == want_order.tolist()
        assert (report.enabled, report.k, report.met, report.shortfall_at, report.protected_in_top_k,
                report.protected_exposure_before, report.protected_exposure_after, report.quality_floor) == want
