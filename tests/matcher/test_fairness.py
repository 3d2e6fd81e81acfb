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
