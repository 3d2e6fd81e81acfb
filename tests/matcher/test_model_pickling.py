"""Saving a fitted model must not cost the model in memory its scoring context."""
from __future__ import annotations

import pickle

from matcher.model import PartnerModel
from matcher.service import get_model
from tests.matcher.conftest import refugee_case_snapshot


def test_get_model_keeps_the_fit_context_for_scoring_after_saving(tmp_path):
    snap = refugee_case_snapshot()
    model = get_model(snap, tmp_path)           # fitted, then saved with joblib
    assert (tmp_path / "matcher-model.joblib").exists()
    # The context fit() built is the scoring context: not rebuilt for the first suggestion.
    assert model.context(snap) is model.fitted_context


def test_pickling_leaves_the_model_unchanged_and_the_copy_without_contexts():
    snap = refugee_case_snapshot()
    model = PartnerModel().fit(snap)
    ctx = model.context(snap)
    copy = pickle.loads(pickle.dumps(model))
    assert model.context(snap) is ctx and model.fitted_context is ctx
    assert "_contexts" not in copy.__dict__ and "_fitted_context" not in copy.__dict__
    assert copy.context(snap) is not ctx            # rebuilt from the snapshot, never pickled
    assert (copy.coef_ == model.coef_).all()
