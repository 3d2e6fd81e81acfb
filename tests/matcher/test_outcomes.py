"""Introductions teach the partner model: partnered ones are positives, declined ones
negatives (weighted, dated), and evaluate shows what they changed."""
import numpy as np

from graph.model import Introduction
from matcher.evaluate import evaluate
from matcher.model import PartnerModel
from matcher.outcomes import outcomes_from
from tests.matcher.conftest import refugee_case_snapshot, snapshot, tie


def intro(i, a, b, status, at="2021-06-01"):
    history = (("suggested", "2021-01-01T00:00:00", "x"),) + ((status, at + "T00:00:00", "x"),)
    return Introduction(id=f"I{i}", org_a=a, org_b=b, status=status, history=history)


def test_outcomes_from_introductions():
    snap = refugee_case_snapshot()
    intros = [intro(1, "Q-LEGAL", "C-HOUSING", "partnered", "2021-05-01"),
              intro(2, "Q-LEGAL", "C-LEGAL-1", "declined", "2021-07-01"),
              Introduction(id="I3", org_a="Q-LEGAL", org_b="C-LEGAL-2", status="met"),   # still open
              intro(4, "Q-LEGAL", "NOT-HERE", "partnered"),                              # unknown org
              intro(5, "C-HOUSING", "Q-LEGAL", "declined", "2020-01-01")]                # older: loses
    out = outcomes_from(intros, snap)
    pairs = {(snap.orgs[u].id, snap.orgs[v].id): (int(y), d) for u, v, y, d in zip(out.us, out.vs, out.y, out.dates)}
    assert pairs == {("C-HOUSING", "Q-LEGAL"): (1, "2021-05-01"), ("C-LEGAL-1", "Q-LEGAL"): (0, "2021-07-01")}
    assert out.summary() == {"partnered": 1, "declined": 1}
    assert len(out.before("2021-06-01")) == 1 and len(out.before("2021-01-01")) == 0


def test_declined_introductions_lower_and_partnered_raise_similar_pairs():
    snap = refugee_case_snapshot()
    q, housing, legal = (snap.index[x] for x in ("Q-LEGAL", "C-HOUSING", "C-LEGAL-1"))
    base = PartnerModel().fit(snap)
    ctx = base.fitted_context
    # Brokers found that legal advice groups do partner each other, and legal-housing
    # pairs in the background network declined.
    bg_legal = [f"BG-LEGAL-{i}" for i in range(12)]
    intros = [intro(i, bg_legal[i], bg_legal[(i + 1) % 12], "partnered") for i in range(12)]
    intros += [intro(100 + i, bg_legal[i], f"BG-HOUSING-{(i + 3) % 12}", "declined") for i in range(12)]
    taught = PartnerModel().fit(snap, outcomes=outcomes_from(intros, snap))
    before = base.score_pairs(ctx, [q, q], [legal, housing])
    after = taught.score_pairs(taught.fitted_context, [q, q], [legal, housing])
    assert after[0] > before[0] and after[1] < before[1]
    # The weight matters: weight 0 is the model without them.
    zero = PartnerModel(outcome_weight=0.0).fit(snap, outcomes=outcomes_from(intros, snap))
    assert np.allclose(zero.coef_, base.coef_, atol=1e-6)


def _dated_case():
    snap = refugee_case_snapshot()
    ties = []
    for i, t in enumerate(snap.ties):
        ties.append(tie(t.from_id, t.to_id, t.kind, since=f"{2010 + i % 12}-01-01"))
    return snapshot(snap.orgs, ties)


def test_evaluate_shows_what_introductions_changed_and_never_learns_after_the_cutoff():
    snap = _dated_case()
    bg_legal = [f"BG-LEGAL-{i}" for i in range(12)]
    intros = [intro(i, bg_legal[i], bg_legal[(i + 1) % 12], "partnered", "2012-03-01") for i in range(6)]
    intros += [intro(50 + i, bg_legal[i], f"BG-HOUSING-{(i + 3) % 12}", "declined", "2012-03-01") for i in range(6)]
    intros += [intro(90, "Q-LEGAL", "C-HOUSING", "partnered", "2030-01-01")]          # after the cut-off
    out = evaluate(snap, split="time", as_of="2019-01-01", introductions=intros)
    taught = out["introductions"]
    assert taught["partnered"] == 7 and taught["declined"] == 6
    assert taught["after_cutoff"] == 1 and taught["used"] == 12
    assert {"model", "model_without_introductions"} <= set(out["methods"])
    assert out["methods"]["model"] != out["methods"]["model_without_introductions"] or \
        out["methods"]["model"]["roc_auc"] != out["methods"]["model_without_introductions"]["roc_auc"]
    # Without introductions there is no comparison row.
    plain = evaluate(snap, split="time", as_of="2019-01-01")
    assert "model_without_introductions" not in plain["methods"] and plain["introductions"] is None
