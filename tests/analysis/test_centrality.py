"""Betweenness, constraint and effective size: hand-checked graphs, and igraph equal to
networkx on small graphs."""
from __future__ import annotations

import importlib
import math
import random

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.analysis import betweenness, constraint, effective_size
from graph.analysis.centrality import _choose_sources
from tests.analysis.graphs import from_edges, nid, org, snapshot, tie


def test_two_triangles_bridge_ends_carry_all_paths_across(two_triangles):
    b = betweenness(two_triangles)
    # 2 and 3 each lie on the 2 x 3 = 6 shortest paths across the bridge; 6 / C(5, 2) = 0.6
    assert b[nid(2)] == pytest.approx(0.6)
    assert b[nid(3)] == pytest.approx(0.6)
    for i in (0, 1, 4, 5):
        assert b[nid(i)] == pytest.approx(0.0)


def test_star_hub_is_on_every_path(star):
    b = betweenness(star)
    assert b[nid(0)] == pytest.approx(1.0)
    assert all(b[nid(i)] == pytest.approx(0.0) for i in range(1, 6))


def test_parallel_ties_and_kinds_count_as_one_step():
    ids = ["A", "B", "C"]
    snap = snapshot([org(i) for i in ids], [tie("A", "B", "partnership"), tie("A", "B", "referral"),
                                           tie("B", "C", "contract")])
    b = betweenness(snap)
    assert b["B"] == pytest.approx(1.0)


def _random_edges(n, p, seed):
    g = nx.gnp_random_graph(n, p, seed=seed)
    return list(g.edges())


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_exact_betweenness_equals_networkx(seed):
    snap = from_edges(_random_edges(40, 0.1, seed), n=40)
    ours = betweenness(snap)
    theirs = nx.betweenness_centrality(snap.undirected("collaboration"))
    assert ours == pytest.approx(theirs, abs=1e-12)


@pytest.mark.parametrize("k,seed", [(5, 0), (10, 7), (39, 3)])
def test_sampled_betweenness_equals_networkx_with_same_k_and_seed(k, seed):
    snap = from_edges(_random_edges(40, 0.12, 11), n=40)
    ours = betweenness(snap, k=k, seed=seed)
    theirs = nx.betweenness_centrality(snap.undirected("collaboration"), k=k, seed=seed)
    assert ours == pytest.approx(theirs, abs=1e-12)


def test_sampling_repeats_with_the_seed_and_changes_without():
    snap = from_edges(_random_edges(60, 0.08, 5), n=60)
    assert betweenness(snap, k=10, seed=1) == betweenness(snap, k=10, seed=1)
    assert betweenness(snap, k=10, seed=1) != betweenness(snap, k=10, seed=2)


def test_source_budget():
    assert _choose_sources(5000, 25_000, None, False) == 5000           # exact at 5,000 / 25k ties
    k = _choose_sources(370_000, 1_850_000, None, False)
    assert 64 <= k < 370_000
    assert _choose_sources(370_000, 1_850_000, None, True) == 370_000   # exact on request
    assert _choose_sources(100, 300, 10, False) == 10
    with pytest.raises(ValueError):
        _choose_sources(100, 300, 0, False)


@given(st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), min_size=1, max_size=40))
@settings(max_examples=40, deadline=None)
def test_igraph_measures_equal_networkx_on_any_small_graph(pairs):
    edges = [(a, b) for a, b in pairs if a != b]
    snap = from_edges(edges or [(0, 1)], n=12)
    g = snap.undirected("collaboration")
    assert betweenness(snap) == pytest.approx(nx.betweenness_centrality(g), abs=1e-12)
    ours_c, theirs_c = constraint(snap), nx.constraint(g, weight="weight")
    ours_e, theirs_e = effective_size(snap), nx.effective_size(g)
    for v in g:
        if math.isnan(theirs_c[v]):
            assert math.isnan(ours_c[v])
        else:
            assert ours_c[v] == pytest.approx(theirs_c[v], abs=1e-12)
        if math.isnan(theirs_e[v]):
            assert math.isnan(ours_e[v])
        else:
            assert ours_e[v] == pytest.approx(theirs_e[v], abs=1e-12)


def test_constraint_by_hand_on_star(star):
    c = constraint(star)
    # hub: five equal contacts, none tied to another: 5 * (1/5)^2
    assert c[nid(0)] == pytest.approx(0.2)
    # a leaf's only contact is the hub: (1)^2
    assert c[nid(1)] == pytest.approx(1.0)
    e = effective_size(star)
    assert e[nid(0)] == pytest.approx(5.0)
    assert e[nid(1)] == pytest.approx(1.0)


def test_weighted_constraint_equals_networkx():
    ids = ["A", "B", "C", "D"]
    ties = [tie("A", "B", strength=3.0), tie("A", "C"), tie("B", "C", strength=2.0), tie("C", "D"),
            tie("A", "B", "referral")]
    snap = snapshot([org(i) for i in ids], ties)
    assert constraint(snap) == pytest.approx(nx.constraint(snap.undirected("collaboration"), weight="weight"))


def test_no_ties_gives_zero_betweenness_and_nan_constraint():
    snap = snapshot([org("A"), org("B")])
    assert betweenness(snap) == {"A": 0.0, "B": 0.0}
    assert all(math.isnan(v) for v in constraint(snap).values())


def test_work_split_over_threads_gives_the_same_numbers(monkeypatch):
    mod = importlib.import_module("graph.analysis.centrality")
    snap = from_edges(_random_edges(80, 0.08, 4), n=80)
    monkeypatch.setattr(mod, "PARALLEL_WORK", 0)
    monkeypatch.setattr(mod, "MAX_WORKERS", 2)
    monkeypatch.setattr(mod.os, "cpu_count", lambda: 2)
    assert mod._workers_for(1.0) == 2
    assert betweenness(snap, exact=True) == pytest.approx(nx.betweenness_centrality(snap.undirected("collaboration")), abs=1e-12)
    assert betweenness(snap, k=9, seed=2) == pytest.approx(
        nx.betweenness_centrality(snap.undirected("collaboration"), k=9, seed=2), abs=1e-12)


def _igraph_subset(tg, sources, workers):
    """What _subset_betweenness computed before the compiled loop: igraph's source-restricted
    betweenness over the same shares of the sources, summed."""
    g = tg.igraph
    parts = [np.asarray(g.betweenness(directed=False, sources=sources[i::workers]), dtype=np.float64)
             for i in range(workers)]
    return parts[0] if workers == 1 else np.sum(parts, axis=0)


@pytest.mark.parametrize("n,p,seed,n_sources,workers", [
    (300, 0.02, 0, 300, 1), (300, 0.02, 1, 40, 2), (500, 0.004, 2, 120, 2),   # the last in pieces
    (200, 0.2, 3, 200, 2), (120, 0.05, 4, 7, 1)])
def test_compiled_subset_betweenness_is_igraphs_bit_for_bit(monkeypatch, n, p, seed, n_sources, workers):
    """The compiled loop adds the same numbers in the same order as igraph: the values are
    igraph's exactly, not just close (champions rank by them, ties included)."""
    mod = importlib.import_module("graph.analysis.centrality")
    from graph.analysis._engine import undirected
    from graph.analysis._scope import COLLABORATION, scope_for

    snap = from_edges(_random_edges(n, p, seed), n=n)
    tg = undirected(scope_for(snap, None, lens=COLLABORATION))
    sources = random.Random(seed).sample(range(n), n_sources)
    monkeypatch.setattr(mod, "PARALLEL_WORK", 0 if workers > 1 else 1e30)
    monkeypatch.setattr(mod.os, "cpu_count", lambda: workers)
    assert mod._workers_for(1.0) == workers
    ours = mod._subset_betweenness(tg, sources)
    assert np.array_equal(ours, _igraph_subset(tg, sources, workers))


def test_betweenness_at_scale_is_igraphs_bit_for_bit():
    """On a seeded synthetic ecosystem (sampled sources, split over two shares as the CLI and
    the benchmark run it), the values equal igraph's on the same shares exactly."""
    mod = importlib.import_module("graph.analysis.centrality")
    from graph.analysis._engine import undirected
    from graph.analysis._scope import COLLABORATION, scope_for
    from graph.analysis.centrality import betweenness_for
    from graph.snapshot import Snapshot
    from seed.synthetic import build_synthetic

    snap = Snapshot.from_data(build_synthetic(3000, avg_degree=10, seed=5))
    scope = scope_for(snap, None, lens=COLLABORATION)
    tg = undirected(scope)
    res = betweenness_for(scope, k=150, seed=3)
    sources = random.Random(3).sample(range(tg.n), 150)
    raw = _igraph_subset(tg, sources, mod._workers_for(150.0 * tg.m))
    per_vertex = np.full(tg.n, 150.0)
    per_vertex[sources] = 149
    assert np.array_equal(res.values, raw * 2.0 / (per_vertex * (tg.n - 2)))


def test_a_threaded_caller_gets_the_same_numbers(monkeypatch):
    """The split into shares depends on the job and the cores only: a web server's request
    thread (or the isolated page computing champions while the matcher fits) gets the
    numbers the CLI gets, to the last bit."""
    import threading

    from graph.analysis import clear_cache

    mod = importlib.import_module("graph.analysis.centrality")
    monkeypatch.setattr(mod, "PARALLEL_WORK", 0)
    monkeypatch.setattr(mod.os, "cpu_count", lambda: 2)
    snap = from_edges(_random_edges(300, 0.03, 8), n=300)
    alone = betweenness(snap, k=60, seed=4)
    clear_cache()
    out = {}
    busy = threading.Event()
    other = threading.Thread(target=busy.wait)
    other.start()
    try:
        worker = threading.Thread(target=lambda: out.update(b=betweenness(snap, k=60, seed=4)))
        worker.start()
        worker.join()
    finally:
        busy.set()
        other.join()
    assert out["b"] == alone


def test_the_compiled_loop_reads_unsigned_vertex_numbers_and_signed_ones_give_the_same_bits(monkeypatch):
    """Issue 14: numba checks every index read from a signed integer for a negative
    value; unsigned 32-bit vertex numbers skip those checks (a third of the time at
    50,000 organisations). Graphs too big for them use signed 64-bit, with the same values."""
    mod = importlib.import_module("graph.analysis.centrality")
    from graph.analysis import _kernels
    from graph.analysis._engine import undirected
    from graph.analysis._scope import COLLABORATION, scope_for

    assert _kernels.index_dtype(10) is np.uint32
    assert _kernels.index_dtype(2**32 - 2) is np.uint32
    assert _kernels.index_dtype(2**32 - 1) is np.int64
    snap = from_edges(_random_edges(250, 0.03, 6), n=250)
    tg = undirected(scope_for(snap, None, lens=COLLABORATION))
    sources = random.Random(6).sample(range(250), 50)
    seen = []
    real = _kernels.subset_betweenness

    def spy(indptr, indices, chunk):
        seen.append((indptr.dtype, indices.dtype, chunk.dtype))
        return real(indptr, indices, chunk)
    monkeypatch.setattr(_kernels, "subset_betweenness", spy)
    monkeypatch.setattr(mod, "PARALLEL_WORK", 1e30)
    ours = mod._subset_betweenness(tg, sources)
    assert seen == [(np.dtype(np.uint32),) * 3]
    assert np.array_equal(ours, _igraph_subset(tg, sources, 1))
    wide = [a.astype(np.int64) for a in (tg.csr.indptr, tg.csr.indices, np.asarray(sources))]
    assert np.array_equal(real(*wide), ours)


def test_constraint_of_a_few_is_theirs_from_everyone_s_bit_for_bit(monkeypatch):
    """Issue 14: the champions list shows the constraint of its twenty and computes no
    one else's; each value is the one computed for everyone (weighted ties, an isolate)."""
    from graph.analysis import champions as champions_fn
    from graph.analysis._scope import COLLABORATION, scope_for
    from graph.analysis.centrality import constraint_for, constraint_of

    rng = random.Random(11)
    ids = [f"O{i}" for i in range(60)]
    ties = [tie(a, b, strength=rng.choice([0.5, 1.0, 2.0, 3.5])) for a, b in
            {tuple(sorted(rng.sample(ids[:59], 2))) for _ in range(150)}]
    snap = snapshot([org(i) for i in ids], ties)
    scope = scope_for(snap, None, lens=COLLABORATION)
    everyone = constraint_for(scope)
    rows = [snap.index[i] for i in ("O59", "O3", "O0", "O41", "O17")]
    assert np.array_equal(constraint_of(scope, rows), everyone[rows], equal_nan=True)
    assert math.isnan(constraint_of(scope, [snap.index["O59"]])[0])   # no ties
    assert len(constraint_of(scope, [])) == 0

    mod = importlib.import_module("graph.analysis.centrality")

    def everyone_s(scope):
        raise AssertionError("computed the constraint of every organisation")
    monkeypatch.setattr(mod, "constraint_for", everyone_s)
    monkeypatch.setattr(importlib.import_module("graph.analysis.champions"), "constraint_for", everyone_s,
                        raising=False)
    from graph.analysis import clear_cache
    clear_cache()
    result = champions_fn(snap, top=5)
    assert result.champions
    for c in result.champions:
        value = everyone[snap.index[c.id]]
        assert c.constraint == (None if math.isnan(value) else round(float(value), 4))
