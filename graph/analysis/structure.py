"""Cohesion: components, k-cores, the core and periphery, and single points of failure
(articulation points and bridges).

Computed on the undirected tie graph with python-igraph; `core_numbers`,
`articulation_points` and `bridges` equal networkx's ``core_number``,
``articulation_points`` and ``bridges`` on ``snapshot.undirected("collaboration")``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from graph.analysis._engine import collaboration, undirected
from graph.analysis._scope import COLLABORATION, Scope, scope_for

__all__ = ["core_numbers", "articulation_points", "bridges", "core_periphery", "CutPoint", "Bridge",
           "CorePeriphery", "CoreMember"]


# ---- building blocks shared by other analyses ---------------------------------------------
@dataclass(frozen=True)
class Components:
    membership: np.ndarray   # component number per vertex
    sizes: np.ndarray        # size per component number
    main: int                # the largest component (lowest number among equals), -1 if none

    def in_main(self) -> np.ndarray:
        return self.membership == self.main


def components_for(scope: Scope) -> Components:
    def compute():
        tg = undirected(scope)
        if tg.n == 0:
            return Components(np.zeros(0, np.int64), np.zeros(0, np.int64), -1)
        memb = np.asarray(tg.igraph.connected_components().membership, dtype=np.int64)
        sizes = np.bincount(memb)
        return Components(memb, sizes, int(np.argmax(sizes)))
    return scope.memo("components", compute)


def coreness_for(scope: Scope) -> np.ndarray:
    def compute():
        tg = undirected(scope)
        if tg.n == 0:
            return np.zeros(0, np.int64)
        return np.asarray(tg.igraph.coreness(), dtype=np.int64)
    return scope.memo("coreness", compute)


@dataclass(frozen=True)
class Cuts:
    points: np.ndarray       # articulation points (vertices)
    dependants: np.ndarray   # per point: organisations cut off from the largest remaining part
    bridge_u: np.ndarray
    bridge_v: np.ndarray
    side_u: np.ndarray       # organisations on u's side once the bridge is gone
    side_v: np.ndarray


def cuts_for(scope: Scope) -> Cuts:
    """Articulation points with their dependants, and bridges with the size of each side,
    from the block-cut tree in one linear pass."""
    def compute():
        tg = undirected(scope)
        empty = np.zeros(0, np.int64)
        if tg.m == 0:
            return Cuts(empty, empty, empty, empty, empty, empty)
        comps = components_for(scope)
        blocks, aps = tg.igraph.biconnected_components(return_articulation_points=True)
        blocks = [list(b) for b in blocks]
        aps = sorted(aps)
        n_blocks = len(blocks)
        ap_node = {v: n_blocks + i for i, v in enumerate(aps)}
        n_nodes = n_blocks + len(aps)
        adj: list[list[int]] = [[] for _ in range(n_nodes)]
        weight = np.ones(n_nodes, dtype=np.int64)
        for b, verts in enumerate(blocks):
            w = 0
            for v in verts:
                t = ap_node.get(v)
                if t is None:
                    w += 1
                else:
                    adj[b].append(t)
                    adj[t].append(b)
            weight[b] = w
        parent = np.full(n_nodes, -1, dtype=np.int64)
        seen = np.zeros(n_nodes, dtype=bool)
        order: list[int] = []
        for root in range(n_nodes):
            if seen[root]:
                continue
            seen[root] = True
            stack = [root]
            while stack:
                x = stack.pop()
                order.append(x)
                for y in adj[x]:
                    if not seen[y]:
                        seen[y] = True
                        parent[y] = x
                        stack.append(y)
        sub = weight.copy()
        for x in reversed(order):
            if parent[x] >= 0:
                sub[parent[x]] += sub[x]

        def comp_size(v: int) -> int:
            return int(comps.sizes[comps.membership[v]])

        dependants = np.zeros(len(aps), dtype=np.int64)
        for i, v in enumerate(aps):
            t = n_blocks + i
            pieces = [int(sub[c]) for c in adj[t] if parent[c] == t]
            if parent[t] >= 0:
                pieces.append(comp_size(v) - int(sub[t]))
            dependants[i] = comp_size(v) - 1 - max(pieces)
        bu, bv, su, sv = [], [], [], []
        for b, verts in enumerate(blocks):
            if len(verts) != 2:
                continue
            u, v = sorted(verts)

            def below(x: int) -> int:
                t = ap_node.get(x)
                return int(sub[t]) if t is not None and parent[t] == b else 1
            p = parent[b]
            if p >= 0:
                top = aps[p - n_blocks]
                other = v if top == u else u
                size_other = int(sub[b])
                size_top = comp_size(u) - size_other
                sizes = {top: size_top, other: size_other}
            else:
                sizes = {u: below(u), v: below(v)}
            bu.append(u), bv.append(v), su.append(sizes[u]), sv.append(sizes[v])
        return Cuts(np.asarray(aps, np.int64), dependants, np.asarray(bu, np.int64), np.asarray(bv, np.int64),
                    np.asarray(su, np.int64), np.asarray(sv, np.int64))
    return scope.memo("cuts", compute)


# ---- public: k-core, articulation points, bridges -----------------------------------------
def core_numbers(snapshot, place: str | None = None) -> dict[str, int]:
    """The core number of each organisation.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        Restrict to organisations in this place.

    Returns
    -------
    dict
        Organisation id -> the largest k such that it belongs to the k-core (the maximal
        subgraph where every organisation has at least k ties inside it), as
        ``networkx.core_number(snapshot.undirected("collaboration"))``.

    Notes
    -----
    Computed with igraph's ``coreness`` (Batagelj–Zaversnik, linear time).

    References
    ----------
    .. [1] Seidman, S. B. (1983). Network structure and minimum degree. Social Networks
       5(3), 269-287.
    .. [2] Batagelj, V. and Zaversnik, M. (2003). An O(m) algorithm for cores decomposition
       of networks. arXiv:cs/0310049.
    """
    scope = scope_for(snapshot, place, lens=COLLABORATION)
    return dict(zip(scope.ids(range(scope.n)), coreness_for(scope).tolist()))


@dataclass(frozen=True)
class CutPoint:
    """An organisation whose loss would split the network.

    Attributes
    ----------
    id, name : str
    dependants : int
        Organisations that would be cut off from the largest remaining part of their
        component: those who reach the rest only through this one.
    """
    id: str
    name: str
    dependants: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Bridge:
    """A tie whose loss would split the network; `smaller_side` organisations would be cut off."""
    source: str
    target: str
    source_name: str
    target_name: str
    kinds: tuple[str, ...]
    smaller_side: int

    def to_dict(self) -> dict:
        d = asdict(self)
        d["kinds"] = list(self.kinds)
        return d


def cut_points_for(scope: Scope) -> list[CutPoint]:
    cuts = cuts_for(scope)
    orgs = scope.snap.orgs
    out = [CutPoint(orgs[v].id, orgs[v].name, int(d)) for v, d in zip(cuts.points.tolist(), cuts.dependants.tolist())]
    out.sort(key=lambda c: (-c.dependants, c.name, c.id))
    return out


def bridges_for(scope: Scope) -> list[Bridge]:
    from graph.analysis._engine import kinds_of_mask
    tg = undirected(scope)
    cuts = cuts_for(scope)
    orgs = scope.snap.orgs
    key_to_edge = {}
    if len(cuts.bridge_u):
        keys = tg.src * max(tg.n, 1) + tg.dst
        pos = np.searchsorted(keys, cuts.bridge_u * tg.n + cuts.bridge_v)
        key_to_edge = dict(zip(zip(cuts.bridge_u.tolist(), cuts.bridge_v.tolist()), pos.tolist()))
    out = []
    for u, v, su, sv in zip(cuts.bridge_u.tolist(), cuts.bridge_v.tolist(), cuts.side_u.tolist(),
                            cuts.side_v.tolist()):
        kinds = tuple(kinds_of_mask(int(tg.kinds[key_to_edge[(u, v)]])))
        out.append(Bridge(orgs[u].id, orgs[v].id, orgs[u].name, orgs[v].name, kinds, min(su, sv)))
    out.sort(key=lambda b: (-b.smaller_side, b.source, b.target))
    return out


def articulation_points(snapshot, place: str | None = None) -> list[CutPoint]:
    """Organisations whose loss would split the network (single points of failure).

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        Restrict to organisations in this place.

    Returns
    -------
    list of CutPoint
        Most dependants first. The ids are ``networkx.articulation_points(snapshot.undirected("collaboration"))``.

    Notes
    -----
    igraph's biconnected components give the block-cut tree; one pass over it gives, for
    each cut point, the size of every part its removal leaves, and so the number of
    organisations cut off from the largest part.

    References
    ----------
    .. [1] Hopcroft, J. and Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
       manipulation. Communications of the ACM 16(6), 372-378.
    """
    return cut_points_for(scope_for(snapshot, place, lens=COLLABORATION))


def bridges(snapshot, place: str | None = None) -> list[Bridge]:
    """Ties whose loss would split the network.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        Restrict to organisations in this place.

    Returns
    -------
    list of Bridge
        Largest cut-off side first; the pairs are ``networkx.bridges(snapshot.undirected("collaboration"))``.

    Notes
    -----
    A bridge is a biconnected block of exactly two organisations. Several ties between one
    pair are one edge, so a pair tied twice is still a bridge.

    References
    ----------
    .. [1] Tarjan, R. E. (1974). A note on finding the bridges of a graph. Information
       Processing Letters 2(6), 160-161.
    """
    return bridges_for(scope_for(snapshot, place, lens=COLLABORATION))


# ---- core and periphery ---------------------------------------------------------------------
@dataclass(frozen=True)
class CoreMember:
    id: str
    name: str
    sector: str
    ties: int
    core_number: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class CorePeriphery:
    """The core and periphery of one place's network.

    Attributes
    ----------
    place, place_name : str or None
    core_group : list of CoreMember
        Three to five organisations, tied to one another, that hold the network together.
    wider_network : list of str
        Ids of the organisations tied to the core group (the network around it).
    core : list of str
        Ids of the core found by the core–periphery split (includes the core group).
    periphery_size : int
        Organisations with ties that are not in the core.
    untied : int
        Organisations with no ties at all.
    main_core_k : int
        The highest k with a non-empty k-core.
    main_core : list of str
        Ids in that k-core.
    fit : float
        Correlation of the network with the ideal core–periphery pattern (1 is perfect).
    """
    place: str | None
    place_name: str
    core_group: list[CoreMember]
    wider_network: list[str]
    core: list[str]
    periphery_size: int
    untied: int
    main_core_k: int
    main_core: list[str]
    fit: float
    core_mask: np.ndarray = field(repr=False, default=None)
    lens: str = COLLABORATION

    def to_dict(self) -> dict:
        return {"place": self.place, "place_name": self.place_name, "lens": self.lens,
                "core_group": [m.to_dict() for m in self.core_group], "wider_network": self.wider_network,
                "core_size": len(self.core),
                "core": self.core, "periphery_size": self.periphery_size, "untied": self.untied,
                "main_core_k": self.main_core_k, "main_core": self.main_core, "fit": self.fit}


def _core_split(tg, coreness: np.ndarray) -> tuple[np.ndarray, float]:
    """The best core in the order (core number, ties) under Borgatti and Everett's ideal
    pattern: every pair touching the core tied, no pair inside the periphery tied."""
    n = tg.n
    mask = np.zeros(n, dtype=bool)
    if tg.m == 0 or n < 2:
        return mask, 0.0
    order = np.lexsort((np.arange(n), -tg.degree, -coreness))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    lo = np.minimum(rank[tg.src], rank[tg.dst])
    # edges with min rank < c touch the core of size c
    touching = np.cumsum(np.bincount(lo, minlength=n))  # touching[c-1] = edges with lo <= c-1
    c = np.arange(1, n, dtype=np.float64)
    e_touch = touching[:-1].astype(np.float64)
    e_pp = tg.m - e_touch
    pairs_touch = c * (c - 1) / 2 + c * (n - c)
    pairs_pp = (n - c) * (n - c - 1) / 2
    a, b = e_touch, pairs_touch - e_touch
    cc, d = e_pp, pairs_pp - e_pp
    denom = np.sqrt((a + b) * (cc + d) * (a + cc) * (b + d))
    with np.errstate(divide="ignore", invalid="ignore"):
        phi = np.where(denom > 0, (a * d - b * cc) / denom, -1.0)
    best = int(np.argmax(phi))
    size = best + 1
    mask[order[:size]] = True
    mask &= tg.degree > 0
    return mask, float(phi[best])


def core_mask_for(scope: Scope) -> tuple[np.ndarray, float]:
    return scope.memo("core_split", lambda: _core_split(undirected(scope), coreness_for(scope)))


def _core_group(scope: Scope, core: np.ndarray, size: int = 5, least: int = 3,
                candidates: int = 25) -> list[int]:
    """Three to five partners, all tied to one another, whose ties reach the most others.

    Looks among the `candidates` organisations of the main component with most
    collaboration ties (core members first): every clique of `least` to `size` of them is
    scored by how many organisations it includes or is tied to, then by its members'
    ties. Without a triangle among them, falls back to the best-connected organisation
    and its best-connected partners.
    """
    tg = collaboration(scope)
    if tg.m == 0:
        return []
    comps = components_for(scope)
    deg = tg.degree
    main = comps.in_main() & (deg > 0)
    pool = np.flatnonzero(main)
    if len(pool) == 0:
        pool = np.flatnonzero(deg > 0)
    pool = pool[np.lexsort((pool, -deg[pool], ~core[pool]))][:candidates]
    adj = tg.csr
    pool = np.sort(pool)  # igraph numbers an induced subgraph's vertices in id order
    sub = tg.igraph.induced_subgraph(pool.tolist())
    best, best_key = None, None
    neighbours = {int(v): adj.indices[adj.indptr[v]:adj.indptr[v + 1]] for v in pool}
    for clique in sub.cliques(min=least, max=size):
        members = pool[list(clique)]
        reach = np.unique(np.concatenate([neighbours[int(v)] for v in members] + [members]))
        key = (len(reach), int(deg[members].sum()), -int(members.sum()))
        if best_key is None or key > best_key:
            best, best_key = members, key
    if best is not None:
        return sorted(best.tolist(), key=lambda v: (-deg[v], v))
    first = int(pool[0])
    partners = neighbours[first]
    partners = partners[np.lexsort((partners, -deg[partners]))][: size - 1]
    return [first] + partners.tolist()


def core_periphery_for(scope: Scope) -> CorePeriphery:
    def compute():
        tg = undirected(scope)
        coreness = coreness_for(scope)
        core, fit = core_mask_for(scope)
        group = _core_group(scope, core)
        orgs = scope.snap.orgs
        k = int(coreness.max()) if tg.n else 0
        main_core = np.flatnonzero(coreness == k) if k > 0 else np.zeros(0, np.int64)
        untied = int((tg.degree == 0).sum())
        adj = tg.csr
        around = np.zeros(tg.n, dtype=bool)
        for v in group:
            around[adj.indices[adj.indptr[v]:adj.indptr[v + 1]]] = True
        around[group] = False
        return CorePeriphery(
            place=scope.place, place_name=scope.place_name,
            core_group=[CoreMember(orgs[v].id, orgs[v].name, orgs[v].sector, int(tg.degree[v]), int(coreness[v]))
                        for v in group],
            wider_network=scope.ids(np.flatnonzero(around)),
            core=scope.ids(np.flatnonzero(core)), periphery_size=int(tg.n - core.sum() - untied),
            untied=untied, main_core_k=k, main_core=scope.ids(main_core), fit=round(fit, 4), core_mask=core,
            lens=scope.lens)
    return scope.memo("core_periphery", compute)


def core_periphery(snapshot, place: str | None = None) -> CorePeriphery:
    """The core group, the core and the periphery of a place's network.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        Restrict to organisations in this place.

    Returns
    -------
    CorePeriphery
        The core group (three to five organisations tied to each other that hold the
        network together), the core–periphery split and the main k-core.

    Notes
    -----
    The split orders organisations by core number, then number of ties, and takes the
    prefix that best fits Borgatti and Everett's discrete model where the ideal is that
    every pair with at least one core member is tied and no two peripheral organisations
    are; the fit (a phi coefficient) is maximised over all prefixes in one vectorised
    pass. The core group grows greedily from the best-connected core organisation,
    adding the core organisation most tied into the group.

    References
    ----------
    .. [1] Borgatti, S. P. and Everett, M. G. (2000). Models of core/periphery structures.
       Social Networks 21(4), 375-395.
    .. [2] Seidman, S. B. (1983). Network structure and minimum degree. Social Networks
       5(3), 269-287.
    """
    return core_periphery_for(scope_for(snapshot, place, lens=COLLABORATION))
