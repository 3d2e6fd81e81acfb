"""Centrality of organisations in the tie graph: betweenness, Burt's constraint and
effective size.

All three run on python-igraph over the undirected collaboration graph (collaboration kinds only, one edge per
connected pair) and return the values networkx gives for ``snapshot.undirected("collaboration")``; the
tests hold them to that.
"""
from __future__ import annotations

import math
import os
import random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from graph.analysis._engine import undirected
from graph.analysis._scope import COLLABORATION, Scope, scope_for

__all__ = ["betweenness", "constraint", "effective_size", "BetweennessResult", "constraint_of",
           "EXACT_WORK", "SAMPLE_WORK", "MIN_SAMPLES"]

# Exact Brandes costs about n*m edge visits. Up to EXACT_WORK (5,000 organisations with
# 25,000 ties is 1.25e8) we compute it exactly; above, we sample sources so the work stays
# near SAMPLE_WORK, never with fewer than MIN_SAMPLES sources: 480 sources for 50,000
# organisations with 250,000 ties, 64 for 370,000 with 1.85M.
EXACT_WORK = 4e8
SAMPLE_WORK = 1.2e8
MIN_SAMPLES = 64
# Jobs above PARALLEL_WORK edge visits are split into MAX_WORKERS shares of the sources (at
# most one per core), run on threads at once. The shares are summed, so the split decides
# the last bits of the result: it depends on the job and the cores only, never on who
# asks (a threaded web server gets the CLI's numbers). It is the split the forked igraph
# processes used before the compiled loop (graph/analysis/_kernels.py) replaced them,
# which ran in one share in a threaded caller, where forking was unsafe.
PARALLEL_WORK = 2e7
MAX_WORKERS = 2


@dataclass(frozen=True)
class BetweennessResult:
    """Betweenness for every vertex of a scope.

    Attributes
    ----------
    values : numpy.ndarray
        Normalised betweenness, vertex i = ``scope.snap.orgs[i]``.
    exact : bool
        False when estimated from sampled sources.
    sources : int
        Number of source organisations used (n when exact).
    seed : int
    """
    values: np.ndarray
    exact: bool
    sources: int
    seed: int


def _choose_sources(n: int, m: int, k: int | None, exact: bool) -> int:
    if exact or n <= 2:
        return n
    if k is not None:
        if k <= 0:
            raise ValueError("k must be a positive number of sources")
        return min(int(k), n)
    if n * max(m, 1) <= EXACT_WORK:
        return n
    return min(n, max(MIN_SAMPLES, int(SAMPLE_WORK // max(m, 1))))


def betweenness_for(scope: Scope, k: int | None = None, exact: bool = False, seed: int = 0) -> BetweennessResult:
    """Betweenness of a scope's vertices (cached per scope, k, exact and seed)."""
    tg = undirected(scope)
    n = tg.n
    k_used = _choose_sources(n, tg.m, k, exact)

    def compute() -> BetweennessResult:
        if n <= 2 or tg.m == 0:
            return BetweennessResult(np.zeros(n), True, n, seed)
        g = tg.igraph
        if k_used >= n:
            raw = _subset_betweenness(tg, list(range(n))) if _workers_for(float(n) * tg.m) > 1 \
                else np.asarray(g.betweenness(directed=False), dtype=np.float64)
            return BetweennessResult(raw * 2.0 / ((n - 1) * (n - 2)), True, n, seed)
        # The same sample networkx draws for betweenness_centrality(G, k, seed=seed) when
        # G's nodes are in snapshot order, so the two agree exactly.
        sources = random.Random(seed).sample(range(n), k_used)
        raw = _subset_betweenness(tg, sources)
        # igraph counts each sampled (s, t) once; scale like networkx: a sampled vertex
        # can only lie between the other k-1 sources and the rest.
        per_vertex = np.full(n, float(k_used))
        per_vertex[sources] = k_used - 1
        with np.errstate(divide="ignore", invalid="ignore"):
            values = np.where(per_vertex > 0, raw * 2.0 / (per_vertex * (n - 2)), 0.0)
        return BetweennessResult(values, False, k_used, seed)

    return scope.memo("betweenness", compute, k_used, seed if k_used < n else None)


def _workers_for(work: float) -> int:
    if work < PARALLEL_WORK:
        return 1
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def _subset_betweenness(tg, sources: list[int]) -> np.ndarray:
    """Source-restricted betweenness (igraph's ``betweenness(directed=False, sources=...)``,
    bit for bit), split into shares run on threads when the job is big. The sum over
    disjoint source sets is the betweenness for their union (and over all sources, the
    exact betweenness)."""
    from graph.analysis._kernels import index_dtype, subset_betweenness   # numba's import is paid on first use

    csr = tg.csr
    dtype = index_dtype(len(csr.indices))
    indptr, indices = csr.indptr.astype(dtype), csr.indices.astype(dtype)
    workers = _workers_for(float(len(sources)) * tg.m)
    chunks = [np.asarray(sources[i::workers], dtype=dtype) for i in range(workers)]
    if workers <= 1:
        return subset_betweenness(indptr, indices, chunks[0])
    # The compiled loop releases the GIL: the shares run at once on threads.
    with ThreadPoolExecutor(workers) as pool:
        parts = list(pool.map(lambda chunk: subset_betweenness(indptr, indices, chunk), chunks))
    return np.sum(parts, axis=0)


def betweenness(snapshot, place: str | None = None, *, k: int | None = None, exact: bool = False,
                seed: int = 0) -> dict[str, float]:
    """Betweenness centrality of each organisation in the tie graph.

    The share of shortest paths between other pairs of organisations that pass through
    each one: high values mark organisations others reach each other through.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        A place code; only organisations in that place (and places inside it) and the ties
        among them are used.
    k : int, optional
        Number of sampled source organisations. None chooses: exact when
        n * m <= EXACT_WORK, else about SAMPLE_WORK / m sources (at least MIN_SAMPLES).
    exact : bool, default False
        Always compute exactly, whatever the size.
    seed : int, default 0
        Seeds the choice of sampled sources.

    Returns
    -------
    dict
        Organisation id -> normalised betweenness, as
        ``networkx.betweenness_centrality(snapshot.undirected("collaboration"), k=k, seed=seed)``.

    Notes
    -----
    Unweighted: every tie counts as one step whatever its strength, because strength
    measures closeness of a partnership, not distance. Brandes' algorithm: igraph's for
    small exact runs; otherwise igraph's source-restricted form as a compiled loop
    (graph/analysis/_kernels.py, igraph's values bit for bit, several times faster), with
    the same sources networkx would draw (``random.Random(seed).sample``) and networkx's
    rescaling, so exact and sampled results both equal networkx's. Runs of more than
    PARALLEL_WORK edge visits are split over up to MAX_WORKERS threads, one share of the
    sources each, and summed.

    References
    ----------
    .. [1] Brandes, U. (2001). A faster algorithm for betweenness centrality.
       Journal of Mathematical Sociology 25(2), 163-177.
    .. [2] Brandes, U. and Pich, C. (2007). Centrality estimation in large networks.
       International Journal of Bifurcation and Chaos 17(7), 2303-2318.
    """
    scope = scope_for(snapshot, place, lens=COLLABORATION)
    res = betweenness_for(scope, k=k, exact=exact, seed=seed)
    return dict(zip(scope.ids(range(scope.n)), res.values.tolist()))


def constraint_for(scope: Scope) -> np.ndarray:
    """Burt's constraint per vertex (nan for organisations with no ties)."""
    def compute():
        tg = undirected(scope)
        if tg.m == 0:
            return np.full(tg.n, np.nan)
        values = np.asarray(tg.igraph.constraint(weights=tg.weight.tolist()), dtype=np.float64)
        values[tg.degree == 0] = np.nan
        return values
    return scope.memo("constraint", compute)


def constraint_of(scope: Scope, rows) -> np.ndarray:
    """Burt's constraint of the vertices `rows` only: `constraint_for(scope)[rows]`, bit
    for bit (igraph computes each vertex's from its own ties), without computing it for
    every organisation when a page shows a few (issue 14: half a second at 50,000)."""
    rows = [int(v) for v in rows]
    tg = undirected(scope)
    if tg.m == 0 or not rows:
        return np.full(len(rows), np.nan)
    values = np.asarray(tg.igraph.constraint(rows, weights=tg.weight.tolist()), dtype=np.float64)
    values[tg.degree[rows] == 0] = np.nan
    return values


def effective_size_for(scope: Scope) -> np.ndarray:
    """Burt's effective size per vertex, unweighted (nan for organisations with no ties)."""
    def compute():
        tg = undirected(scope)
        deg = tg.degree.astype(np.float64)
        if tg.m == 0:
            return np.full(tg.n, np.nan)
        # Borgatti's form for undirected, unweighted graphs: n - 2t/n with t the ties among
        # the n contacts; local transitivity is t / (n(n-1)/2).
        trans = np.asarray(tg.igraph.transitivity_local_undirected(mode="zero"), dtype=np.float64)
        values = deg - trans * (deg - 1)
        values[deg == 0] = np.nan
        return values
    return scope.memo("effective_size", compute)


def _as_dict(scope: Scope, values: np.ndarray) -> dict[str, float]:
    return {oid: (float(v) if not math.isnan(v) else math.nan)
            for oid, v in zip(scope.ids(range(scope.n)), values.tolist())}


def constraint(snapshot, place: str | None = None) -> dict[str, float]:
    """Burt's constraint of each organisation.

    How much an organisation's contacts are tied to each other (and so to the same
    information and opportunities): low constraint marks an organisation whose contacts
    are otherwise apart, a broker across a structural hole.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        Restrict to organisations in this place.

    Returns
    -------
    dict
        Organisation id -> constraint; nan for organisations with no ties, as networkx.

    Notes
    -----
    Ties are weighted by summed strength, as ``networkx.constraint(snapshot.undirected("collaboration"),
    weight="weight")``; computed with igraph's ``constraint``.

    References
    ----------
    .. [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition.
       Harvard University Press.
    .. [2] Burt, R. S. (2004). Structural holes and good ideas. American Journal of
       Sociology 110(2), 349-399.
    """
    scope = scope_for(snapshot, place, lens=COLLABORATION)
    return _as_dict(scope, constraint_for(scope))


def effective_size(snapshot, place: str | None = None) -> dict[str, float]:
    """Burt's effective size of each organisation's network.

    The number of its contacts less their redundancy: how many separate groups it
    reaches rather than how many organisations.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        Restrict to organisations in this place.

    Returns
    -------
    dict
        Organisation id -> effective size; nan for organisations with no ties, as
        ``networkx.effective_size(snapshot.undirected("collaboration"))``.

    Notes
    -----
    Unweighted, using Borgatti's simplification for undirected graphs,
    ``n - 2t / n`` where ``t`` is the number of ties among the ``n`` contacts; ``t`` comes
    from igraph's local transitivity.

    References
    ----------
    .. [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition.
       Harvard University Press.
    .. [2] Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures.
       Connections 20(1), 35-38.
    """
    scope = scope_for(snapshot, place, lens=COLLABORATION)
    return _as_dict(scope, effective_size_for(scope))
