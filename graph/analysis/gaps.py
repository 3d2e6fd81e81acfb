"""Network gaps: need without provision, communities no one (or one) serves in a place,
clusters that serve the same people but never talk, and single points of failure.
"""
from __future__ import annotations

import random
import threading
from dataclasses import asdict, dataclass, field

import igraph as ig
import numpy as np
import scipy.sparse as sp

from graph.analysis._engine import undirected
from graph.analysis._scope import COLLABORATION, Scope, lens_note, scope_for
from graph.analysis.structure import Bridge, CutPoint, bridges_for, cut_points_for

__all__ = ["gaps", "clusters", "GapsResult", "NeedGap", "Underserved", "StructuralHole", "ProvisionCell"]


# ---- records --------------------------------------------------------------------------------
@dataclass(frozen=True)
class NeedGap:
    """A recorded need in a place and the organisations there that meet it.

    `status` is "no provider", "one provider" or "covered"; "provision unknown" when no
    organisation in the place has any service (for a service need) or community (for a
    community need) recorded, so that no provider found means nothing.
    """
    place: str
    place_name: str
    target: str
    code: str
    label: str
    level: float
    providers: int
    provider_ids: tuple[str, ...]
    status: str
    source: str = ""

    def to_dict(self) -> dict:
        d = asdict(self)
        d["provider_ids"] = list(self.provider_ids)
        return d


@dataclass(frozen=True)
class Underserved:
    """A community served by at most one organisation in a place where more would be
    expected (or need is recorded).

    `expected` is the number of organisations in the place times the share of all
    organisations in the network that serve the community.
    """
    place: str
    place_name: str
    community: str
    label: str
    providers: int
    provider_ids: tuple[str, ...]
    expected: float
    need: float | None
    organisations_in_place: int

    def to_dict(self) -> dict:
        d = asdict(self)
        d["provider_ids"] = list(self.provider_ids)
        return d


@dataclass(frozen=True)
class ProvisionCell:
    """Providers of a service for a community in a place, with recorded need if any."""
    place: str
    community: str
    service: str
    providers: int
    community_need: float | None
    service_need: float | None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class StructuralHole:
    """Two clusters that serve the same communities but have few ties between them.

    Attributes
    ----------
    clusters : tuple of dict
        Each: number, size, members (ids), names (up to five).
    shared_communities : tuple of str
        Labels of the communities both serve, most shared first.
    similarity : float
        Cosine similarity of the two clusters' community profiles (share of members
        serving each community), in [0, 1].
    ties_between : int
        Connected pairs between the two clusters' organisations that serve the community
        they most share.
    expected_ties : float
        Ties expected between those organisations if ties fell at random with the same
        degrees (a configuration model); a hole has at most half as many.
    score : float
        For the community they most share: providers on the smaller side x log(lift, the
        times more common that community is in the clusters than in the place) x
        (1 - ties_between / expected_ties).
    """
    clusters: tuple[dict, dict]
    shared_communities: tuple[str, ...]
    similarity: float
    ties_between: int
    expected_ties: float
    score: float

    def to_dict(self) -> dict:
        return {"clusters": [dict(c) for c in self.clusters], "shared_communities": list(self.shared_communities),
                "similarity": self.similarity, "ties_between": self.ties_between,
                "expected_ties": self.expected_ties, "score": self.score}


@dataclass
class GapsResult:
    """Network gaps of one place (or the whole network).

    Attributes
    ----------
    place, place_name : str or None
    needs : list of NeedGap
        Every recorded need in scope, fewest providers and highest need first.
    underserved : list of Underserved
    provision : list of ProvisionCell
        place x community x service cells with providers or need, for the scope place (the
        top-level places for the whole network) and the places directly inside it.
    structural_holes : list of StructuralHole
    cut_points : list of CutPoint
        Organisations whose loss would split the network, most dependants first.
    bridges : list of Bridge
        Ties whose loss would split the network.
    clusters : int
        Clusters found (of at least `min_cluster` organisations).
    need_note : str or None
        Plain words when no need is recorded for the place, or for some places inside it:
        that gaps there cannot be set against need, and how to add it.
    places_without_need : list of dict
        Places in scope (the place and those directly inside it) where organisations work
        but no need is recorded: code, name, organisations.
    lens : str
        The ties structural holes, cut points and bridges read: "collaboration".
    note : str or None
        Plain words when the place has no collaboration ties (so no holes or cut points
        can be found), and what would fill it.
    """
    place: str | None
    place_name: str
    needs: list[NeedGap]
    underserved: list[Underserved]
    provision: list[ProvisionCell]
    structural_holes: list[StructuralHole]
    cut_points: list[CutPoint]
    bridges: list[Bridge]
    clusters: int
    seed: int
    settings: dict = field(default_factory=dict)
    lens: str = COLLABORATION
    note: str | None = None
    need_note: str | None = None
    places_without_need: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"place": self.place, "place_name": self.place_name, "lens": self.lens, "note": self.note,
                "need_note": self.need_note, "places_without_need": list(self.places_without_need),
                "needs": [x.to_dict() for x in self.needs],
                "underserved": [x.to_dict() for x in self.underserved],
                "provision": [x.to_dict() for x in self.provision],
                "structural_holes": [x.to_dict() for x in self.structural_holes],
                "cut_points": [x.to_dict() for x in self.cut_points],
                "bridges": [x.to_dict() for x in self.bridges],
                "clusters": self.clusters, "seed": self.seed, "settings": dict(self.settings)}


# ---- need and provision -------------------------------------------------------------------
def _column_rows(matrix: sp.csc_matrix, j: int) -> np.ndarray:
    return matrix.indices[matrix.indptr[j]:matrix.indptr[j + 1]]


def _need_gaps(scope: Scope) -> list[NeedGap]:
    """Need set against provision, only where need exists (level > 0): a recorded level of
    0 says the need is known to be absent, which is no gap."""
    snap = scope.snap
    com = snap.org_communities.tocsc()
    svc = snap.org_services.tocsc()
    out = []
    for need in snap.needs:
        if need.level <= 0:
            continue
        rows = snap.org_rows_in_place(need.place)
        index = snap.community_index if need.target == "community" else snap.service_index
        matrix = com if need.target == "community" else svc
        j = index.get(need.code)
        serving = np.zeros(0, np.int64) if j is None else np.intersect1d(rows, _column_rows(matrix, j))
        n = len(serving)
        status = "no provider" if n == 0 else "one provider" if n == 1 else "covered"
        recorded = snap.org_communities if need.target == "community" else snap.org_services
        if n == 0 and not (np.diff(recorded.indptr)[rows] > 0).any():
            # Nobody here has their work of this kind recorded: 0 providers says nothing.
            status = "provision unknown"
        out.append(NeedGap(need.place, snap.label("place", need.place), need.target, need.code,
                           snap.label(need.target, need.code), need.level, n,
                           tuple(scope.ids(serving[:10])), status, need.source))
    out.sort(key=lambda g: (g.status == "provision unknown", g.providers, -g.level, g.place, g.code))
    return out


_HOW_TO_ADD_NEED = ("add it with `partnermap import need FILE`: the English Indices of Deprivation "
                    "(LSOA or local authority file) or our need CSV (graph/importers/NEED_FORMAT.md)")


def _need_coverage(scope: Scope) -> tuple[str | None, list[dict]]:
    """(note, places without need) for the scope place and the places directly inside it."""
    snap = scope.snap
    if scope.place:
        codes = [scope.place] + list(snap.place_children.get(scope.place, ()))
    else:
        roots = [p.code for p in snap.places if p.code not in snap.place_parent]
        codes = roots + [c for r in roots for c in snap.place_children.get(r, ())]
    # need recorded for a place, or for a place inside it, covers it
    covered = set()
    for n in snap.needs:
        covered.update(snap.place_ancestors(n.place))
    missing = []
    for code in codes:
        rows = snap.org_rows_in_place(code)
        if len(rows) and code not in covered:
            missing.append({"code": code, "name": snap.label("place", code), "organisations": int(len(rows))})
    where = "this network" if scope.place is None else scope.place_name
    if not snap.needs:
        return (f"No need data is recorded for {where}, so gaps cannot be set against need: the lists below "
                f"compare provision with the rest of the network only. To {_HOW_TO_ADD_NEED}."), missing
    if missing:
        names = ", ".join(m["name"] for m in missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        return f"No need data is recorded for {names}; {_HOW_TO_ADD_NEED}.", missing
    return None, missing


def _scope_places(scope: Scope, min_orgs: int) -> list[str]:
    snap = scope.snap
    counts = np.asarray(snap.org_places_closed.sum(axis=0)).ravel()
    codes = snap.place_descendants(scope.place) if scope.place else [p.code for p in snap.places]
    return [c for c in codes if c in snap.place_index and counts[snap.place_index[c]] >= min_orgs]


def _underserved(scope: Scope, min_orgs: int) -> list[Underserved]:
    snap, root = scope.snap, scope.root
    if not snap.communities or not len(snap.orgs):
        return []
    share = np.asarray(root.org_communities.sum(axis=0)).ravel() / max(len(root.orgs), 1)
    need = {(n.place, n.code): n.level for n in root.needs if n.target == "community"}
    closed = snap.org_places_closed.tocsc()
    com = snap.org_communities.tocsc()
    out = []
    for code in _scope_places(scope, min_orgs):
        rows = _column_rows(closed, snap.place_index[code])
        per_com = np.asarray(snap.org_communities[rows].sum(axis=0)).ravel()
        expected = share * len(rows)
        for j, c in enumerate(snap.communities):
            level = need.get((code, c.code))
            if per_com[j] > 1 or (expected[j] < 2 and level is None):
                continue
            providers = np.intersect1d(rows, _column_rows(com, j))
            out.append(Underserved(code, snap.label("place", code), c.code, c.label, int(per_com[j]),
                                   tuple(scope.ids(providers)), round(float(expected[j]), 2), level, len(rows)))
    out.sort(key=lambda u: (u.need is None, -(u.need or 0), u.providers, -u.expected, u.place, u.community))
    return out


def _provision(scope: Scope) -> list[ProvisionCell]:
    snap = scope.snap
    if scope.place:
        places = [scope.place] + list(snap.place_children.get(scope.place, ()))
    else:
        roots = [p.code for p in snap.places if p.code not in snap.place_parent]
        places = roots + [c for r in roots for c in snap.place_children.get(r, ())]
    com_need = {(n.place, n.code): n.level for n in snap.needs if n.target == "community"}
    svc_need = {(n.place, n.code): n.level for n in snap.needs if n.target == "service"}
    out = []
    for code in places:
        rows = snap.org_rows_in_place(code)
        if not len(rows):
            continue
        counts = (snap.org_communities[rows].T @ snap.org_services[rows]).tocoo()
        cells = {(snap.communities[i].code, snap.services[j].code): int(v)
                 for i, j, v in zip(counts.row.tolist(), counts.col.tolist(), counts.data.tolist()) if v}
        for (c, s), n in sorted(cells.items()):
            out.append(ProvisionCell(code, c, s, n, com_need.get((code, c)), svc_need.get((code, s))))
        # needs with no provider at all still get a row, so the table shows them
        have_c = {c for c, _ in cells}
        have_s = {s for _, s in cells}
        for (p, c), level in sorted(com_need.items()):
            if p == code and c not in have_c:
                out.append(ProvisionCell(code, c, "", 0, level, None))
        for (p, s), level in sorted(svc_need.items()):
            if p == code and s not in have_s:
                out.append(ProvisionCell(code, "", s, 0, None, level))
    return out


# ---- clusters and structural holes ---------------------------------------------------------
_rng_lock = threading.Lock()


def _leiden(g: ig.Graph, seed: int) -> list[int]:
    """igraph's Leiden (modularity, iterated to convergence) with a seeded generator.

    igraph draws from one process-wide generator (Python's ``random`` by default); it is
    swapped for a seeded one for the call, under a lock, and put back, so results repeat
    without touching anyone's ``random`` state. igraph's C implementation runs about ten
    times faster than leidenalg here and reaches a higher modularity.
    """
    with _rng_lock:
        ig.set_random_number_generator(random.Random(seed))
        try:
            return g.community_leiden(objective_function="modularity", n_iterations=-1).membership
        finally:
            ig.set_random_number_generator(random)


def clusters_for(scope: Scope, seed: int = 0) -> np.ndarray:
    """Leiden clusters (modularity, seeded) of the undirected tie graph; -1 for no ties."""
    def compute():
        tg = undirected(scope)
        labels = np.full(tg.n, -1, dtype=np.int64)
        if tg.m == 0:
            return labels
        labels[:] = np.asarray(_leiden(tg.igraph, seed), dtype=np.int64)
        labels[tg.degree == 0] = -1
        return labels
    return scope.memo("clusters", compute, seed)


def clusters(snapshot, place: str | None = None, *, seed: int = 0) -> dict[str, int]:
    """Clusters of organisations that tie mostly to each other.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        Restrict to organisations in this place.
    seed : int, default 0

    Returns
    -------
    dict
        Organisation id -> cluster number (-1 for organisations with no ties).

    Notes
    -----
    Leiden with the modularity objective on the unweighted undirected tie graph, run to
    convergence by igraph's ``community_leiden`` with a generator seeded by `seed`, so the
    same seed gives the same clusters.

    References
    ----------
    .. [1] Traag, V. A., Waltman, L. and van Eck, N. J. (2019). From Louvain to Leiden:
       guaranteeing well-connected communities. Scientific Reports 9, 5233.
    """
    scope = scope_for(snapshot, place, lens=COLLABORATION)
    return dict(zip(scope.ids(range(scope.n)), clusters_for(scope, seed).tolist()))


def _structural_holes(scope: Scope, seed: int, min_cluster: int, min_lift: float, top: int,
                      max_tie_ratio: float = 0.5, max_clusters: int = 2000) -> tuple[list[StructuralHole], int]:
    """Pairs of clusters that both specialise in serving a community, with fewer ties
    between them than chance would give."""
    snap = scope.snap
    tg = undirected(scope)
    labels = clusters_for(scope, seed)
    if tg.m == 0 or not snap.communities:
        return [], 0
    sizes = np.bincount(labels[labels >= 0])
    big = np.flatnonzero(sizes >= min_cluster)
    big = big[np.lexsort((big, -sizes[big]))][:max_clusters]
    if len(big) < 2:
        return [], len(big)
    remap = np.full(len(sizes), -1, dtype=np.int64)
    remap[big] = np.arange(len(big))
    cl = np.where(labels >= 0, remap[np.maximum(labels, 0)], -1)
    rows = np.flatnonzero(cl >= 0)
    h = sp.csr_matrix((np.ones(len(rows)), (rows, cl[rows])), shape=(tg.n, len(big)))
    providers = (h.T @ snap.org_communities).toarray()            # clusters x communities
    focus = providers / sizes[big][:, None]
    base = np.asarray(snap.org_communities.sum(axis=0)).ravel() / max(tg.n, 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        lift = np.where(base[None, :] > 0, focus / base[None, :], 0.0)
    # a cluster specialises in a community when two or more of its members serve it and
    # it is at least min_lift times as common there as in the place as a whole
    special = (providers >= 2) & (lift >= min_lift)
    adj = tg.csr
    deg = tg.degree.astype(np.float64)
    com = snap.org_communities.tocsc()
    best: dict[tuple[int, int], tuple[float, list]] = {}
    for j in np.flatnonzero(special.any(axis=0)).tolist():
        cs = np.flatnonzero(special[:, j])
        if len(cs) < 2:
            continue
        # the organisations in these clusters that serve the community, and their ties
        serving = np.zeros(tg.n, dtype=bool)
        serving[com.indices[com.indptr[j]:com.indptr[j + 1]]] = True
        rows_j = np.flatnonzero(serving & np.isin(cl, cs))
        hj = sp.csr_matrix((np.ones(len(rows_j)), (rows_j, cl[rows_j])), shape=(tg.n, len(big)))
        between = (hj.T @ adj @ hj).toarray()
        vol = np.asarray(hj.T @ deg).ravel()
        a, b = np.triu_indices(len(cs), k=1)
        a, b = cs[a], cs[b]
        expected = vol[a] * vol[b] / (2.0 * tg.m)
        observed = between[a, b]
        short = (expected > 0) & (observed <= max_tie_ratio * expected)
        deficit = np.where(short, 1 - observed / np.where(expected > 0, expected, 1), 0.0)
        strength = np.minimum(providers[a, j], providers[b, j]) * np.log(np.minimum(lift[a, j], lift[b, j]))
        score = strength * deficit
        for x, y, sc, o, e in zip(a.tolist(), b.tolist(), score.tolist(), observed.tolist(), expected.tolist()):
            if sc <= 0:
                continue
            key = (min(x, y), max(x, y))
            top_score, shared = best.get(key, (0.0, []))
            shared.append((sc, j, int(o), float(e)))
            best[key] = (max(top_score, sc), shared)
    orgs = snap.orgs

    def describe(c: int) -> dict:
        members = np.flatnonzero(cl == c)
        by_degree = members[np.lexsort((members, -tg.degree[members]))]
        return {"number": int(big[c]), "size": int(len(members)), "members": scope.ids(members),
                "names": [orgs[v].name for v in by_degree[:5].tolist()]}

    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0]))[:top]
    out = []
    for (a, b), (sc, shared) in ranked:
        shared.sort(key=lambda t: (-t[0], t[1]))
        _, _, observed, expected = shared[0]
        pa, pb = focus[a], focus[b]
        cos = float(pa @ pb / (np.linalg.norm(pa) * np.linalg.norm(pb) or 1.0))
        out.append(StructuralHole((describe(a), describe(b)),
                                  tuple(snap.communities[j].label for _, j, _, _ in shared[:4]),
                                  round(cos, 4), observed, round(expected, 3), round(float(sc), 4)))
    return out, len(big)


def gaps_for(scope: Scope, *, seed: int = 0, min_orgs: int = 10, min_cluster: int = 3,
             min_lift: float = 2.0, top: int = 10) -> GapsResult:
    def compute():
        holes, n_clusters = _structural_holes(scope, seed, min_cluster, min_lift, top)
        need_note, without_need = _need_coverage(scope)
        return GapsResult(
            place=scope.place, place_name=scope.place_name, needs=_need_gaps(scope),
            underserved=_underserved(scope, min_orgs), provision=_provision(scope), structural_holes=holes,
            cut_points=[c for c in cut_points_for(scope) if c.dependants > 0][:top],
            bridges=bridges_for(scope)[:top], clusters=n_clusters, seed=seed,
            settings={"min_orgs": min_orgs, "min_cluster": min_cluster, "min_lift": min_lift,
                      "top": top}, lens=scope.lens, note=lens_note(scope, undirected(scope).m),
            need_note=need_note, places_without_need=without_need)
    return scope.memo("gaps", compute, seed, min_orgs, min_cluster, min_lift, top)


def gaps(snapshot, place: str | None = None, *, seed: int = 0, min_orgs: int = 10, min_cluster: int = 3,
         min_lift: float = 2.0, top: int = 10) -> GapsResult:
    """Where the network falls short: unmet need, under-served communities, structural
    holes and single points of failure.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        Restrict to organisations and needs in this place (and places inside it).
    seed : int, default 0
        Seed for the Leiden clustering.
    min_orgs : int, default 10
        Places with fewer organisations are not checked for under-served communities
        (every community looks under-served in a place with three organisations).
    min_cluster : int, default 3
        Smallest cluster considered for structural holes.
    min_lift : float, default 2.0
        A cluster specialises in a community when at least two members serve it and it is
        at least this many times as common among them as in the place as a whole.
    top : int, default 10
        Structural holes, cut points and bridges returned.

    Returns
    -------
    GapsResult

    Notes
    -----
    A community is under-served in a place when at most one organisation there serves it
    and either need for it is recorded there or at least two would be expected from how
    common its provision is across the whole network. Structural holes: the tie graph is
    split into Leiden clusters (modularity, seeded); two clusters that both specialise in
    a community are a hole when the organisations serving it in the two clusters have at
    most half the ties between them that a configuration model with the same degrees
    expects; holes are scored by providers on the smaller side, how specialised both
    clusters are, and the shortfall of ties. Clusters come from the whole tie graph of the
    scope, so look for holes per place: across a whole country the largest clusters are
    areas, which rightly never tie. Cut points and bridges come from the block-cut tree (see
    `structure.articulation_points`).

    References
    ----------
    .. [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition.
       Harvard University Press.
    .. [2] Traag, V. A., Waltman, L. and van Eck, N. J. (2019). From Louvain to Leiden:
       guaranteeing well-connected communities. Scientific Reports 9, 5233.
    .. [3] Newman, M. E. J. (2006). Modularity and community structure in networks.
       PNAS 103(23), 8577-8582.
    """
    return gaps_for(scope_for(snapshot, place, lens=COLLABORATION), seed=seed, min_orgs=min_orgs, min_cluster=min_cluster,
                    min_lift=min_lift, top=top)

