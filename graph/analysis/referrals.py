"""Referral pathways: who can pass a person on to whom, where referrals stop, and which
services a community cannot reach by referral in a place.

Only referral ties count, in their direction (from the referring organisation to the one
referred to). "Reach" is transitive: if A refers to B and B to C, A reaches C.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import igraph as ig
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import breadth_first_order

from graph.analysis._engine import referral
from graph.analysis._scope import COLLABORATION, AnalysisError, Scope, scope_for

__all__ = ["referrals", "referral_reach", "ReferralsResult", "EXACT_LIMIT"]

# Exact reach counts keep one bit set per organisation in the referral network: fine up
# to this many organisations (tens of megabytes at worst), sampled above.
EXACT_LIMIT = 20_000


@dataclass
class ReferralsResult:
    """Referral pathways of one place.

    Attributes
    ----------
    place, place_name : str or None
    organisations : int
        Organisations with at least one referral tie.
    referral_ties : int
        Distinct (from, to) referral pairs.
    circles : int
        Groups of two or more organisations that can all reach each other by referral.
    largest_circle : int
    exact : bool
        Whether reach counts are exact; when False, `mean_reach` is estimated from
        `sources` sampled organisations and per-organisation reach is omitted.
    mean_reach : float
        Average number of organisations an organisation in the referral network reaches.
    widest_reach : list of dict
        Organisations that can pass people furthest: id, name, refers_to, referred_from,
        reaches, reached_by.
    dead_ends : list of dict
        Organisations that receive referrals but refer no one on, most reached first.
    community_gaps : list of dict
        Per community served in the place: the services provided in the place that no
        organisation serving it can reach by referral (missing), most missing first.
    """
    place: str | None
    place_name: str
    organisations: int
    referral_ties: int
    circles: int
    largest_circle: int
    exact: bool
    sources: int
    mean_reach: float
    widest_reach: list[dict]
    dead_ends: list[dict]
    dead_end_count: int
    community_gaps: list[dict]
    reach: np.ndarray | None = field(default=None, repr=False)
    reached_by: np.ndarray | None = field(default=None, repr=False)
    lens: str = COLLABORATION

    def to_dict(self) -> dict:
        return {"place": self.place, "place_name": self.place_name, "lens": self.lens,
                "organisations": self.organisations,
                "referral_ties": self.referral_ties, "circles": self.circles,
                "largest_circle": self.largest_circle, "reach": {"exact": self.exact, "sources": self.sources},
                "mean_reach": self.mean_reach, "widest_reach": self.widest_reach,
                "dead_ends": self.dead_ends, "dead_end_count": self.dead_end_count,
                "community_gaps": self.community_gaps}


def _reach_counts(n: int, src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """Organisations each vertex reaches (not counting itself), exactly, via the DAG of
    strongly connected components with one Python int bit set per component."""
    reach = np.zeros(n, dtype=np.int64)
    if len(src) == 0:
        return reach
    active = np.unique(np.concatenate([src, dst]))
    local = np.full(n, -1, dtype=np.int64)
    local[active] = np.arange(len(active))
    g = ig.Graph(n=len(active), edges=zip(local[src].tolist(), local[dst].tolist()), directed=True)
    memb = np.asarray(g.connected_components(mode="strong").membership, dtype=np.int64)
    k = int(memb.max()) + 1
    cs, cd = memb[local[src]], memb[local[dst]]
    keep = cs != cd
    pairs = np.unique(cs[keep] * k + cd[keep])
    cond = ig.Graph(n=k, edges=zip((pairs // k).tolist(), (pairs % k).tolist()), directed=True)
    bits = [0] * k
    for v, c in enumerate(memb.tolist()):
        bits[c] |= 1 << v
    children = cond.get_adjlist(mode="out")
    for c in reversed(cond.topological_sorting(mode="out")):
        b = bits[c]
        for d in children[c]:
            b |= bits[d]
        bits[c] = b
    counts = np.array([bits[c].bit_count() for c in range(k)], dtype=np.int64)
    reach[active] = counts[memb] - 1
    return reach


def _bfs_from(step: sp.csr_matrix, start: np.ndarray) -> np.ndarray:
    """Vertices reachable from any of `start` (included), by sparse frontier expansion;
    `step` is the transposed adjacency for forward reach, the adjacency for backward."""
    n = step.shape[0]
    seen = np.zeros(n, dtype=bool)
    seen[start] = True
    frontier = seen.copy()
    while frontier.any():
        nxt = (step @ frontier.astype(np.float64)) > 0
        frontier = nxt & ~seen
        seen |= frontier
    return seen


def _community_gaps(scope: Scope, adj: sp.csr_matrix, top: int) -> list[dict]:
    forward = adj.T.tocsr()
    snap = scope.snap
    if not len(snap.orgs):
        return []
    svc = snap.org_services.tocsr()
    available = np.asarray(svc.sum(axis=0)).ravel() > 0
    com = snap.org_communities.tocsc()
    out = []
    for j, c in enumerate(snap.communities):
        entries = com.indices[com.indptr[j]:com.indptr[j + 1]]
        if len(entries) == 0:
            continue
        seen = _bfs_from(forward, entries)
        reachable = np.asarray(svc[np.flatnonzero(seen)].sum(axis=0)).ravel() > 0
        missing = np.flatnonzero(available & ~reachable)
        if len(missing) == 0:
            continue
        out.append({"community": c.code, "label": c.label, "serving": int(len(entries)),
                    "reachable_organisations": int(seen.sum() - len(entries)),
                    "services_reachable": int((available & reachable).sum()),
                    "services_in_place": int(available.sum()), "missing_count": int(len(missing)),
                    "missing": [snap.services[s].label for s in missing[:top].tolist()],
                    "missing_codes": [snap.services[s].code for s in missing.tolist()]})
    out.sort(key=lambda d: (-d["missing_count"], d["community"]))
    return out


def referrals_for(scope: Scope, top: int = 20, seed: int = 0, samples: int = 200) -> ReferralsResult:
    def compute():
        snap = scope.snap
        tg = referral(scope)
        n = tg.n
        outdeg, indeg = tg.out_degree, tg.in_degree
        active = (outdeg + indeg) > 0
        n_active = int(active.sum())
        adj = tg.csr
        if tg.m:
            memb = np.asarray(tg.igraph.connected_components(mode="strong").membership)
            sizes = np.bincount(memb)
            circles, largest = int((sizes >= 2).sum()), int(sizes.max()) if (sizes >= 2).any() else 0
        else:
            circles, largest = 0, 0
        orgs = snap.orgs
        if n_active <= EXACT_LIMIT:
            reach = _reach_counts(n, tg.src, tg.dst)
            reached_by = _reach_counts(n, tg.dst, tg.src)
            exact, sources = True, n_active
            mean_reach = float(reach[active].mean()) if n_active else 0.0
        else:
            pool = np.flatnonzero(active).tolist()
            picks = random.Random(seed).sample(pool, min(samples, len(pool)))
            counts = [len(breadth_first_order(adj, v, directed=True, return_predecessors=False)) - 1
                      for v in picks]
            reach = reached_by = None
            exact, sources = False, len(picks)
            mean_reach = float(np.mean(counts)) if counts else 0.0

        def row(v: int) -> dict:
            d = {"id": orgs[v].id, "name": orgs[v].name, "refers_to": int(outdeg[v]),
                 "referred_from": int(indeg[v])}
            if reach is not None:
                d["reaches"] = int(reach[v])
                d["reached_by"] = int(reached_by[v])
            return d

        act = np.flatnonzero(active)
        key = reach[act] if reach is not None else outdeg[act]
        widest = act[np.lexsort((act, -outdeg[act], -key))][:top]
        dead = np.flatnonzero((indeg > 0) & (outdeg == 0))
        dkey = reached_by[dead] if reached_by is not None else indeg[dead]
        dead = dead[np.lexsort((dead, -indeg[dead], -dkey))]
        dead_rows = []
        for v in dead[:top].tolist():
            d = row(v)
            d["services"] = [snap.services[j].label for j in
                             snap.org_services.indices[snap.org_services.indptr[v]:snap.org_services.indptr[v + 1]]]
            dead_rows.append(d)
        return ReferralsResult(
            place=scope.place, place_name=scope.place_name, organisations=n_active, referral_ties=tg.m,
            circles=circles, largest_circle=largest, exact=exact, sources=sources,
            mean_reach=round(mean_reach, 3), widest_reach=[row(v) for v in widest.tolist()],
            dead_ends=dead_rows, dead_end_count=int(len(dead)),
            community_gaps=_community_gaps(scope, adj, top), reach=reach, reached_by=reached_by,
            lens=scope.lens)
    return scope.memo("referrals", compute, top, seed, samples)


def referrals(snapshot, place: str | None = None, *, top: int = 20, seed: int = 0,
              samples: int = 200) -> ReferralsResult:
    """Referral pathways in a place.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        Restrict to organisations in this place and the referrals among them.
    top : int, default 20
        Rows returned in each list.
    seed, samples : int
        When more than EXACT_LIMIT organisations make or receive referrals, mean reach is
        estimated from `samples` organisations drawn with `seed`.

    Returns
    -------
    ReferralsResult

    Notes
    -----
    Reach is counted exactly on the condensation (the DAG of strongly connected
    components, found by igraph) with one bit set per component, merged in reverse
    topological order. A dead end receives referrals and makes none. For each community,
    the organisations serving it are where a person first arrives; every organisation
    reachable from them by referral is within reach, and a service offered somewhere in
    the place but by none of those is missing for that community.

    References
    ----------
    .. [1] Tarjan, R. E. (1972). Depth-first search and linear graph algorithms. SIAM
       Journal on Computing 1(2), 146-160.
    .. [2] Provan, K. G. and Milward, H. B. (1995). A preliminary theory of
       interorganizational network effectiveness. Administrative Science Quarterly 40(1),
       1-33.
    """
    return referrals_for(scope_for(snapshot, place, lens=COLLABORATION), top=top, seed=seed, samples=samples)


def referral_reach(snapshot, org_id: str, place: str | None = None) -> dict:
    """Who one organisation can refer a person on to, and who can refer people to it.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    org_id : str
    place : str, optional
        Only referrals among organisations in this place.

    Returns
    -------
    dict
        {"id", "name", "reaches": [ids], "reached_by": [ids], "services_reachable": [codes]}
        with ids sorted.

    Raises
    ------
    AnalysisError
        When the organisation is not in the snapshot (or not in the place).

    References
    ----------
    .. [1] Tarjan, R. E. (1972). Depth-first search and linear graph algorithms. SIAM
       Journal on Computing 1(2), 146-160.
    """
    scope = scope_for(snapshot, place, lens=COLLABORATION)
    v = scope.snap.index.get(org_id)
    if v is None:
        where = f" in {scope.place_name}" if scope.place else ""
        raise AnalysisError(f"no organisation with id {org_id!r}{where}")
    adj = referral(scope).csr
    out = _bfs_from(adj.T.tocsr(), np.array([v]))
    into = _bfs_from(adj, np.array([v]))
    out[v] = into[v] = False
    reached = np.flatnonzero(out)
    svc = scope.snap.org_services
    services = np.flatnonzero(np.asarray(svc[reached].sum(axis=0)).ravel() > 0) if len(reached) else []
    return {"id": org_id, "name": scope.snap.orgs[v].name, "reaches": sorted(scope.ids(reached)),
            "reached_by": sorted(scope.ids(np.flatnonzero(into))),
            "services_reachable": [scope.snap.services[j].code for j in services]}
