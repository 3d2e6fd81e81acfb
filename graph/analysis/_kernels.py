"""Compiled loops (numba) for graph.analysis: source-restricted betweenness.

igraph's source-restricted betweenness (``Graph.betweenness(sources=...)``) spends most
of its time outside the arithmetic: growing a vector of parents for every vertex reached
from every source and freeing it again. At 50,000 organisations its 480 sampled sources
took about 20 s of one core; the same Brandes pass over the CSR arrays with a flat
parents buffer takes about 2 s.

The loop is igraph's (``igraph_betweenness_subset`` with every vertex a target, igraph
1.0's src/centrality/betweenness.c) step for step: the same breadth-first order (a
neighbour list in ascending vertex order, as igraph's adjacency list of a simple graph),
parents recorded in the order they are reached, path counts and dependencies as doubles
added in the same order with the same operations, each source's dependencies added to the
result in source order, then halved for an undirected graph. numba compiles without
fast-math (nothing reassociated or fused), so the values are igraph's bit for bit
(tests/analysis/test_centrality.py holds them to it).

`cache=True` keeps the compiled code on disk, so only the first process after an install
compiles it; ``nogil=True`` lets chunks of sources run on threads at once.

Vertex numbers are unsigned (`index_dtype`: uint32 whenever the graph fits): numba
checks every array index read from a signed integer for a negative value to wrap
around, and those checks on the vertex and parent numbers of the inner loops cost about
a third of the time (issue 14: 11 s of one core at 50,000 organisations). The numbers
added, and their order, are the same whatever the integer type.
"""
from __future__ import annotations

import numpy as np
from numba import njit

__all__ = ["subset_betweenness", "index_dtype"]


def index_dtype(n_entries: int):
    """The integer type of the CSR arrays, sources and vertex numbers for a graph of
    `n_entries` stored adjacency entries (twice its edges): unsigned 32-bit when every
    entry and vertex number fits, else signed 64-bit."""
    return np.uint32 if n_entries < 2**32 - 1 else np.int64


@njit(cache=True, nogil=True)
def subset_betweenness(indptr, indices, sources):
    """Betweenness of every vertex over shortest paths from `sources` to every vertex,
    for the undirected simple graph whose symmetric CSR adjacency is (`indptr`,
    `indices`, each row ascending): igraph's ``betweenness(directed=False,
    sources=sources)``."""
    n = len(indptr) - 1
    res = np.zeros(n)
    dist = np.zeros(n, dtype=np.int32)      # distance + 1; 0 = not reached yet
    # Shortest paths from the source and the dependency on it, side by side: the loop
    # reads and writes both of a vertex at once, and this is memory-bound (one cache line
    # for the two, not two).
    paths = np.zeros((n, 2))
    # Vertex numbers in the integer type of `indices` (unsigned: see the module's notes).
    order = np.empty(n, dtype=indices.dtype)   # the queue, kept: reversed, it is igraph's stack
    parents = np.empty(len(indices), dtype=indices.dtype)   # v's parents from indptr[v] on
    n_parents = np.zeros(n, dtype=np.int32)
    for s in sources:
        head = 0
        tail = 1
        order[0] = s
        dist[s] = 1
        paths[s, 0] = 1.0
        while head < tail:
            a = order[head]
            head += 1
            below = dist[a] + 1
            paths_a = paths[a, 0]
            for j in range(indptr[a], indptr[a + 1]):
                w = indices[j]
                dw = dist[w]
                if dw == 0:
                    dist[w] = below
                    dw = below
                    order[tail] = w
                    tail += 1
                if dw == below:
                    k = n_parents[w]
                    parents[indptr[w] + k] = a
                    n_parents[w] = k + 1
                    paths[w, 0] += paths_a
        for i in range(tail - 1, -1, -1):
            w = order[i]
            coeff = (1.0 + paths[w, 1]) / paths[w, 0]
            start = indptr[w]
            for j in range(start, start + n_parents[w]):
                p = parents[j]
                paths[p, 1] += paths[p, 0] * coeff
            if w != s:
                res[w] += paths[w, 1]
            dist[w] = 0
            paths[w, 0] = 0.0
            paths[w, 1] = 0.0
            n_parents[w] = 0
    for v in range(n):
        res[v] *= 0.5
    return res
