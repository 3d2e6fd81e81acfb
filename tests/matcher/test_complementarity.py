"""Complementary partners beat copies: learned lift, written prior, and end to end."""
import numpy as np
import pytest
import scipy.sparse as sp

from matcher.complementarity import DIFFERENT_SERVICE_LIFT, PRIOR_LIFT, ServiceComplementarity
from matcher.service import match
from tests.matcher.conftest import org, snapshot


def test_learned_lift_is_high_for_pairs_tied_more_than_chance():
    # services: 0 legal, 1 housing, 2 arts. Orgs 0-3 legal, 4-7 housing, 8-11 arts.
    x = sp.csr_matrix(np.repeat(np.eye(3), 4, axis=0))
    pairs = np.array([[0, 4], [1, 5], [2, 6], [3, 7], [8, 9], [10, 11]])
    comp = ServiceComplementarity(smoothing=1.0, use_prior=False).fit(x, pairs, ["l", "h", "a"])
    assert comp.counts_[0, 1] == comp.counts_[1, 0] == 4
    assert comp.counts_[0, 2] == 0
    assert comp.score_[0, 1] > 0.5
    assert comp.score_[0, 2] < 0
    # Expected = row margin x column margin / total of the symmetric count table:
    # legal 4, housing 4, arts 2 (two arts-arts pairs, counted once each), total 10.
    assert comp.expected_[0, 1] == pytest.approx(4 * 4 / 10)


def test_without_ties_the_score_is_the_written_prior():
    x = sp.csr_matrix(np.eye(3))
    codes = ["advice.legal", "housing.supported_housing", "advice.debt"]
    comp = ServiceComplementarity().fit(x, np.zeros((0, 2)), codes)
    assert comp.score_[0, 1] == pytest.approx(np.log(PRIOR_LIFT))        # advice <-> housing family
    assert comp.score_[0, 2] == pytest.approx(np.log(DIFFERENT_SERVICE_LIFT))  # same family, different
    assert comp.score_[0, 0] == pytest.approx(0.0)                          # the same service


def test_leave_one_out_removes_the_pairs_own_count():
    x = sp.csr_matrix(np.eye(2))
    comp = ServiceComplementarity(smoothing=1.0, use_prior=False).fit(x, np.array([[0, 1]]), ["a", "b"])
    assert comp.counts_[0, 1] == 1
    assert comp.loo_score()[0, 1] < comp.score_[0, 1]
    assert comp.pair_score(0, 1, exclude_one=True) == pytest.approx(comp.loo_score()[0, 1])


def test_complementary_beats_identical_with_learned_ties(refugee_case, tmp_path):
    result = match(refugee_case, "Q-LEGAL", k=10, fairness=False, model_dir=False)
    assert result.model_mode == "learned"
    ids = [s.org_id for s in result.suggestions]
    assert ids.index("C-HOUSING") < ids.index("C-LEGAL-1")
    assert ids.index("C-HOUSING") < ids.index("C-LEGAL-2")
    assert ids[0] == "C-HOUSING"


def test_complementary_beats_identical_with_the_prior_only():
    # No ties at all: the transparent prior alone must already prefer the housing group.
    snap = snapshot([
        org("Q", ["advice.legal"], ["refugees_asylum"]),
        org("H", ["housing.supported_housing"], ["refugees_asylum"]),
        org("L1", ["advice.legal"], ["refugees_asylum"]),
        org("L2", ["advice.legal"], ["refugees_asylum"]),
    ])
    result = match(snap, "Q", k=3, fairness=False, model_dir=False)
    assert result.model_mode == "prior"
    assert [s.org_id for s in result.suggestions][0] == "H"
    scores = {s.org_id: s.score for s in result.suggestions}
    assert scores["H"] > scores["L1"] == pytest.approx(scores["L2"])
