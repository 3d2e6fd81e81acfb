"""The consensus ranking: the average rank by the partner model and five link-prediction scores."""
import numpy as np
import pytest

from matcher.baselines import score_pairs
from matcher.consensus import VOTERS, rank_average
from matcher.service import match
from tests.matcher.test_explain import explained  # noqa: F401  (the fixture)


def test_rank_average_by_hand():
    # Opposite orders cancel; ties share their average rank; ranks are fractions of the list.
    assert rank_average([[1, 2, 3], [30, 20, 10]]).tolist() == pytest.approx([2 / 3, 2 / 3, 2 / 3])
    assert rank_average([[0, 0, 5]]).tolist() == pytest.approx([0.5, 0.5, 1.0])
    # Scale does not matter, only order: a huge score counts no more than a rank.
    assert rank_average([[1, 2, 1000], [3, 2, 1]]).tolist() == pytest.approx([2 / 3, 2 / 3, 2 / 3])
    # Rows of several queries are ranked each on its own.
    both = rank_average([np.array([[1, 2], [2, 1]]), np.array([[1, 2], [1, 2]])])
    assert both.tolist() == [[0.5, 1.0], [0.75, 0.75]]


def test_popularity_is_not_a_voter_twice():
    # For one query popularity orders candidates exactly as preferential attachment does.
    assert "preferential_attachment" in VOTERS and "popularity" not in VOTERS and len(VOTERS) == 5


def test_match_by_consensus_orders_by_the_average_rank_and_says_what_voted(explained):  # noqa: F811
    result = match(explained, "Q", k=5, model_dir=False, rank_by="consensus", fairness=False)
    assert result.ranked_by == "consensus" and "consensus" in result.ranking_reason
    ids = [s.org_id for s in result.suggestions]
    # Whatever the other candidates, a suggestion that every voter (the model and the five
    # scores) puts above another has the higher average rank, so it must be listed first.
    rows = np.array([explained.index[i] for i in ids])
    us = np.full(len(rows), explained.index["Q"])
    model, ctx = _model_and_ctx(explained)
    votes = np.array([model.score_pairs(ctx, us, rows)] + [score_pairs(v, ctx, us, rows) for v in VOTERS])
    for a in range(len(ids)):
        for b in range(a + 1, len(ids)):
            assert not (votes[:, b] > votes[:, a]).all(), f"{ids[b]} wins every vote but is listed below {ids[a]}"
    assert [s.score for s in result.suggestions] == sorted((s.score for s in result.suggestions), reverse=True)
    s = next(s for s in result.suggestions if s.org_id == "S")
    texts = [r["text"] for r in s.reasons]
    assert s.reasons[0]["reason"] == "ranked_by" and texts[0].startswith("Ranked by the consensus")
    assert "You share 1 partner: Easton Hub." in texts
    # The model's own reasons are there, each marked as one vote among six.
    model_texts = [t for t in texts if t.startswith("The partner model, one of the consensus's six votes: ")]
    assert any("Both serve Refugees and people seeking asylum." in t for t in model_texts)


def _model_and_ctx(snap):
    from matcher.service import get_model
    model = get_model(snap, False)
    return model, model.context(snap)


def test_candidate_scores_equal_the_full_rows_for_every_baseline():
    # match() scores a query's candidates only (score_candidates); evaluate() scores whole
    # rows (score_rows). Both must give the same numbers, on a graph with hubs, chains and
    # isolated organisations.
    from graph.snapshot import Snapshot
    from matcher.baselines import STRONG_BASELINES, score_candidates, score_rows, three_step_paths
    from matcher.model import PartnerModel
    from seed.synthetic import build_synthetic

    snap = Snapshot.from_data(build_synthetic(400, avg_degree=6, seed=3))
    ctx = PartnerModel(random_state=0).fit(snap).fitted_context
    rng = np.random.default_rng(0)
    for u in rng.choice(ctx.n, 15, replace=False).tolist():
        rows = np.sort(rng.choice(ctx.n, 120, replace=False))
        for name, got in zip(STRONG_BASELINES, score_candidates(STRONG_BASELINES, ctx, u, rows)):
            assert got == pytest.approx(score_rows(name, ctx, [u])[0, rows]), name
        # The chains of three partnerships L3's reasons count, for all rows at once.
        adj = ctx.adjacency
        assert three_step_paths(ctx, u, rows).tolist() == [float((adj[u] @ adj @ adj)[0, v]) for v in rows]


def test_average_ranks_of_one_list_equal_scipys():
    from scipy.stats import rankdata

    from matcher.consensus import _average_ranks
    rng = np.random.default_rng(1)
    for s in (rng.integers(0, 5, 200).astype(float), rng.random(50), np.zeros(7), np.array([3.0])):
        assert _average_ranks(s).tolist() == rankdata(s, method="average").tolist()
