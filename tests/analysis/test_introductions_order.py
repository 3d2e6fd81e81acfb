"""The fallback's partners come in the order a full sort gives, though only the few a
group takes are ever ordered (graph.analysis.introductions._in_score_order)."""
from __future__ import annotations

import numpy as np
import pytest

from graph.analysis.introductions import _first, _in_score_order


def _full_sort(cand, total, member_of):
    items = {int(p): (round(float(t), 4), int(member_of[p]), None, "fallback") for p, t in zip(cand, total)}
    return sorted(items.items(), key=lambda kv: (-kv[1][0], kv[0]))


@pytest.mark.parametrize("seed", range(6))
def test_lazy_order_equals_the_full_sort_with_many_ties_and_near_ties(seed):
    rng = np.random.default_rng(seed)
    n = 3000
    cand = np.sort(rng.choice(20_000, size=n, replace=False))
    # Few distinct fits (most candidates tie), scaled by a position weight, plus values a
    # hair either side of a rounding boundary: raw order and rounded order differ there.
    fit = rng.choice([0.1, 0.125, 0.2, 0.5, 0.625, 1.0], size=n)
    total = fit * (1 + rng.choice([0.0, 0.3, 0.6, 1.0], size=n))
    edge = rng.random(n) < 0.2
    total[edge] = 0.12345 + rng.choice([-1e-12, 0.0, 1e-12], size=int(edge.sum()))
    member_of = rng.integers(0, 20_000, size=20_000)
    lazy = list(_in_score_order(cand, total, member_of))
    assert lazy == _full_sort(cand, total, member_of)


def test_first_takes_only_what_it_keeps_and_stops():
    seen = []

    def items():
        for i in range(100):
            seen.append(i)
            yield i
    assert _first(items(), 3, lambda i: i % 2) == [1, 3, 5]
    assert max(seen) <= 6                    # never ordered the rest
    assert _first(iter([]), 3) == [] and _first(iter(range(5)), 2) == [0, 1]
