"""Gould–Fernandez brokerage roles over sector, place and community groupings.

An organisation b brokers when something can pass a -> b -> c and a has no direct tie to c.
Who a, b and c are decides the role:

=============== ====================================== =====================================
role            groups                                 in plain words
=============== ====================================== =====================================
coordinator     a, b and c in one group                links two of its own kind
itinerant       a and c in one group, b in another     an outsider linking two of a kind
representative  a and b in one group, c in another     speaks for its group to another
gatekeeper      b and c in one group, a in another     lets an outsider in to its group
liaison         a, b and c in three groups             links two groups it belongs to neither
=============== ====================================== =====================================
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from graph.analysis._engine import flow, undirected
from graph.analysis._scope import COLLABORATION, Scope, scope_for

__all__ = ["brokerage", "ROLES", "GROUPINGS", "group_labels"]

ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")
_COORD, _ITIN, _REP, _GATE, _LIAISON = range(5)
GROUPINGS = ("sector", "place", "community")


def _pick_per_row(m: sp.csr_matrix, key: np.ndarray, n_cols: int) -> np.ndarray:
    """For each row of a 0/1 CSR matrix, the column with the highest key (-1 if none)."""
    m = m.tocsr()
    m.sort_indices()
    out = np.full(m.shape[0], -1, dtype=np.int64)
    if m.nnz == 0:
        return out
    cols = m.indices.astype(np.int64)
    # Break ties towards the lower column (codes sort, so the first code alphabetically).
    score = key[cols] * (n_cols + 1) + (n_cols - cols)
    counts = np.diff(m.indptr)
    rows = np.repeat(np.arange(m.shape[0]), counts)
    order = np.lexsort((score, rows))
    last = np.cumsum(counts)[counts > 0] - 1
    out[np.flatnonzero(counts)] = cols[order[last]]
    return out


def group_labels(scope: Scope, by: str) -> tuple[np.ndarray, list[str]]:
    """One group per organisation for a grouping.

    Returns
    -------
    labels : numpy.ndarray
        Group number per vertex; numbers >= len(codes) are organisations with no known
        group, each in a group of its own (so two unknowns never count as "the same").
    codes : list of str
        The code of each known group.

    Notes
    -----
    Brokerage needs a partition, so organisations with several places or communities are
    put in one: the most specific place they name (deepest in the place tree), and the
    community they serve that the fewest organisations in scope serve (what makes them
    distinctive). Ties go to the first code alphabetically.
    """
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}: use one of {', '.join(GROUPINGS)}")

    def compute():
        s = scope.snap
        n = len(s.orgs)
        if by == "sector":
            codes = sorted({o.sector for o in s.orgs})
            index = {c: i for i, c in enumerate(codes)}
            labels = np.fromiter((index[o.sector] for o in s.orgs), np.int64, n)
            return labels, codes
        if by == "place":
            matrix, records = s.org_places, s.places
            key = np.array([len(s.place_ancestors(p.code)) for p in records], dtype=np.int64)
        else:
            matrix, records = s.org_communities, s.communities
            served = np.asarray(matrix.sum(axis=0)).ravel().astype(np.int64)
            key = (n + 1) - served
        cols = _pick_per_row(matrix, key, len(records))
        used = np.unique(cols[cols >= 0])
        remap = np.full(len(records) + 1, -1, dtype=np.int64)
        remap[used] = np.arange(len(used))
        labels = np.where(cols >= 0, remap[cols], -1)
        unknown = np.flatnonzero(labels < 0)
        labels[unknown] = len(used) + np.arange(len(unknown))
        return labels, [records[j].code for j in used]

    return scope.memo("groups", compute, by)


def triangles_for(scope: Scope) -> np.ndarray:
    """Every triangle of the undirected tie graph as a (T, 3) array of vertices."""
    def compute():
        tg = undirected(scope)
        if tg.m == 0:
            return np.zeros((0, 3), dtype=np.int64)
        tri = tg.igraph.list_triangles()
        return np.asarray(tri, dtype=np.int64).reshape(-1, 3)
    return scope.memo("triangles", compute)


def _classify(ga, gb, gc) -> np.ndarray:
    role = np.full(len(ga), _LIAISON, dtype=np.int64)
    role[(ga == gc) & (ga != gb)] = _ITIN
    role[(ga == gb) & (gb != gc)] = _REP
    role[(gb == gc) & (ga != gb)] = _GATE
    role[(ga == gb) & (gb == gc)] = _COORD
    return role


def role_counts(adj: sp.csr_matrix, labels: np.ndarray, triangles: np.ndarray) -> np.ndarray:
    """Brokerage role counts per vertex, shape (n, 5) in ROLES order.

    Counts open two-paths a -> b -> c (a != c, no tie a -> c) by the groups of a, b and c
    without listing them: per broker, products of in- and out-neighbour counts per group,
    less the pairs with a == c, less the closed triads, which are found from the
    undirected triangles. Linear in the ties plus the triangles.
    """
    n = adj.shape[0]
    out = np.zeros((n, 5), dtype=np.int64)
    if n == 0 or adj.nnz == 0:
        return out
    adj = adj.tocsr().astype(np.int64)
    adj.sort_indices()
    k = int(labels.max()) + 1
    rows = np.arange(n)
    h = sp.csr_matrix((np.ones(n, dtype=np.int64), (rows, labels)), shape=(n, k))
    g_in = (adj.T @ h).tocsr()
    g_out = (adj @ h).tocsr()
    indeg = np.asarray(g_in.sum(axis=1)).ravel()
    outdeg = np.asarray(g_out.sum(axis=1)).ravel()
    own_in = np.asarray(g_in[rows, labels]).ravel()
    own_out = np.asarray(g_out[rows, labels]).ravel()
    same = np.asarray(g_in.multiply(g_out).sum(axis=1)).ravel()
    out[:, _COORD] = own_in * own_out
    out[:, _ITIN] = same - own_in * own_out
    out[:, _REP] = own_in * (outdeg - own_out)
    out[:, _GATE] = (indeg - own_in) * own_out
    out[:, _LIAISON] = indeg * outdeg - out[:, :4].sum(axis=1)
    # a == c: a reciprocal neighbour is both an in- and an out-neighbour.
    recip = adj.multiply(adj.T).tocsr()
    r_own = np.asarray((recip @ h)[rows, labels]).ravel()
    r_all = np.asarray(recip.sum(axis=1)).ravel()
    out[:, _COORD] -= r_own
    out[:, _ITIN] -= r_all - r_own
    # closed triads a -> b -> c with a -> c are not brokerage.
    if len(triangles):
        keys = np.repeat(np.arange(n, dtype=np.int64), np.diff(adj.indptr)) * n + adj.indices
        def has(x, y):
            q = x * n + y
            pos = np.searchsorted(keys, q)
            pos[pos >= len(keys)] = 0
            return keys[pos] == q
        for i, j, l in ((0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)):
            a, b, c = triangles[:, i], triangles[:, j], triangles[:, l]
            closed = has(a, b) & has(b, c) & has(a, c)
            if closed.any():
                a, b, c = a[closed], b[closed], c[closed]
                role = _classify(labels[a], labels[b], labels[c])
                out -= np.bincount(b * 5 + role, minlength=n * 5).reshape(n, 5)
    return out


def brokerage_for(scope: Scope, by: str) -> np.ndarray:
    """Role counts (n, 5) for one grouping, cached per scope."""
    def compute():
        labels, _ = group_labels(scope, by)
        return role_counts(flow(scope).csr, labels, triangles_for(scope))
    return scope.memo("brokerage", compute, by)


def brokerage(snapshot, place: str | None = None, by: str = "sector") -> dict[str, dict[str, int]]:
    """Gould–Fernandez brokerage roles of each organisation.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        Restrict to organisations in this place.
    by : {"sector", "place", "community"}
        The grouping that decides which roles a two-path counts as.

    Returns
    -------
    dict
        Organisation id -> {"coordinator", "itinerant", "representative", "gatekeeper",
        "liaison", "total"} counts of open two-paths it sits in the middle of.

    Notes
    -----
    Counted on the directed flow graph: referral, funding and contract ties keep their
    direction (a referral from a to b lets a person pass from a to b); every other kind is
    mutual and counts both ways. Several ties between one pair count once. A pair a, c is
    brokered only when a has no tie to c in that direction. Organisations with several
    places or communities are assigned to one (see `group_labels`).

    References
    ----------
    .. [1] Gould, R. V. and Fernandez, R. M. (1989). Structures of mediation: a formal
       approach to brokerage in transaction networks. Sociological Methodology 19, 89-126.
    """
    scope = scope_for(snapshot, place, lens=COLLABORATION)
    counts = brokerage_for(scope, by)
    result = {}
    for oid, row in zip(scope.ids(range(scope.n)), counts.tolist()):
        d = dict(zip(ROLES, row))
        d["total"] = sum(row)
        result[oid] = d
    return result
