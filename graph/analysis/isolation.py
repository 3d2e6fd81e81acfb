"""Isolated groups and the introductions that would bring them in.

Three kinds of group, each a set of organisations to broker introductions for:

- ``isolate``: an organisation with no recorded ties at all;
- ``small_component``: organisations tied to each other but cut off from the main network;
- ``periphery``: organisations in the main network but outside its main k-core (k=2 by
  default): branches that hang on by a single thread, such as a pendant group with one
  tie. Each branch is reported with the organisations it is attached through.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from graph.analysis._engine import undirected
from graph.analysis._scope import COLLABORATION, Scope, lens_note, scope_for
from graph.analysis.introductions import Introduction, fallback_fit, suggest_introductions, warm_matcher
from graph.analysis.structure import components_for, core_periphery_for, coreness_for

__all__ = ["isolated", "IsolatedGroup", "IsolationResult", "KINDS"]

KINDS = ("isolate", "small_component", "periphery")
# Members considered for introductions in one group; a big cut-off component needs a
# few good first introductions, not one per member.
_MAX_MEMBERS_FOR_INTROS = 25
# Isolated groups one partner is offered to on one page before others that fit less well
# are preferred: one busy organisation cannot take fifty introductions.
MAX_GROUPS_PER_PARTNER = 3
# Memory for the groups' fits computed while the matcher is readied (isolated_for): all
# 50 groups at 50,000 organisations (40 MB), 11 at 370,000.
_WAITING_FIT_BYTES = 64 << 20


@dataclass
class IsolatedGroup:
    """Organisations that need introductions.

    Attributes
    ----------
    kind : {"isolate", "small_component", "periphery"}
    members : list of dict
        id, name, sector, size_band, small, marginalised_led.
    attached_through : list of dict
        For a periphery group, the organisations (id, name) it reaches the network through.
    reason : str
        Why it is listed, in plain words.
    introductions : list of Introduction
    no_introduction : str or None
        Why no introduction is offered, when none is.
    """
    kind: str
    members: list[dict]
    attached_through: list[dict]
    reason: str
    introductions: list[Introduction] = field(default_factory=list)
    no_introduction: str | None = None

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def member_ids(self) -> list[str]:
        return [m["id"] for m in self.members]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "size": self.size, "members": self.members,
                "attached_through": self.attached_through, "reason": self.reason,
                "introductions": [i.to_dict() for i in self.introductions],
                "no_introduction": self.no_introduction}


@dataclass
class IsolationResult:
    """Isolated groups of one place.

    Attributes
    ----------
    place, place_name : str or None
    organisations : int
    counts : dict
        kind -> number of groups; plus "organisations" -> kind -> organisations.
    k : int
        The k-core outside which main-network organisations count as peripheral.
    groups : list of IsolatedGroup
        The first `limit` groups: isolates, then small components, then periphery;
        within each, groups with smaller or marginalised-led members first.
    flags : dict
        Organisation id -> kind, for every organisation in any group (not only the first
        `limit`).
    lens : str
        The ties read: always "collaboration" (two groups funded by one funder are still
        isolated from each other).
    note : str or None
        Plain words when the place has no collaboration ties: every organisation then
        shows as isolated because none are recorded, not necessarily because none exist.
    """
    place: str | None
    place_name: str
    organisations: int
    k: int
    counts: dict
    groups: list[IsolatedGroup]
    flags: dict[str, str] = field(repr=False)
    lens: str = COLLABORATION
    note: str | None = None

    def to_dict(self) -> dict:
        return {"place": self.place, "place_name": self.place_name, "lens": self.lens, "note": self.note,
                "organisations": self.organisations,
                "k": self.k, "counts": self.counts, "groups": [g.to_dict() for g in self.groups]}


def _member(o) -> dict:
    return {"id": o.id, "name": o.name, "sector": o.sector, "size_band": o.size_band,
            "small": o.is_small, "marginalised_led": o.is_marginalised_led}


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def connect_masks(scope: Scope) -> dict[str, np.ndarray]:
    """Where a partner sits: champion (top 20), core (the core-periphery core or the main
    k-core), main network (the largest component)."""
    from graph.analysis.champions import champions_for

    def compute():
        comps = components_for(scope)
        cp = core_periphery_for(scope)
        # the core-periphery core, the main k-core and the core group all count as the core
        core = cp.core_mask | (coreness_for(scope) == cp.main_core_k) if cp.main_core_k > 0 else cp.core_mask
        champs = np.zeros(scope.n, dtype=bool)
        for c in champions_for(scope).champions:
            champs[scope.snap.index[c.id]] = True
        # A lone organisation is no network to join: with no ties, nobody is "in the main
        # network", and no reason may say so.
        has_network = comps.main >= 0 and comps.sizes[comps.main] > 1
        main = comps.in_main() if has_network else np.zeros(scope.n, dtype=bool)
        return {"champion": champs, "core": core & has_network, "main": main}
    return scope.memo("connect_masks", compute)


def _groups(scope: Scope, k: int) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """(kind, members, attachment points) for every group, in report order."""
    tg = undirected(scope)
    comps = components_for(scope)
    coreness = coreness_for(scope)
    out = []
    deg = tg.degree
    for v in np.flatnonzero(deg == 0).tolist():
        out.append(("isolate", np.array([v]), np.zeros(0, np.int64)))
    main = comps.main
    others = [c for c in range(len(comps.sizes)) if c != main and comps.sizes[c] > 1]
    if others:
        order = np.argsort(comps.membership, kind="stable")
        starts = np.searchsorted(comps.membership[order], np.arange(len(comps.sizes) + 1))
        for c in others:
            out.append(("small_component", order[starts[c]:starts[c + 1]], np.zeros(0, np.int64)))
    if main >= 0:
        in_main = comps.membership == main
        core = in_main & (coreness >= k)
        outer = np.flatnonzero(in_main & ~core)
        if core.any() and len(outer):
            sub = tg.igraph.induced_subgraph(outer.tolist())
            memb = np.asarray(sub.connected_components().membership)
            order = np.argsort(memb, kind="stable")
            starts = np.searchsorted(memb[order], np.arange(memb.max() + 2))
            adj = tg.csr
            for c in range(memb.max() + 1):
                members = outer[order[starts[c]:starts[c + 1]]]
                touching = np.unique(np.concatenate([adj.indices[adj.indptr[v]:adj.indptr[v + 1]]
                                                     for v in members.tolist()]))
                out.append(("periphery", members, touching[core[touching]]))
    return out


def _priority(scope: Scope, members: np.ndarray) -> tuple:
    orgs = scope.snap.orgs
    marginal = any(orgs[v].is_marginalised_led for v in members.tolist())
    small = any(orgs[v].is_small for v in members.tolist())
    return (not marginal, not small, min(orgs[v].name.lower() for v in members.tolist()))


def _isolates_ties(root, rows: list[int], lens: str) -> dict[int, tuple[int, int]]:
    """{row: (organisations tied to it through `lens`, organisations tied to it only by other
    kinds)} for the snapshot rows `rows`, read from the tie arrays once (building the whole
    snapshot's adjacency for one place's analysis would be work for the whole network)."""
    from graph.model import TIE_KINDS
    from graph.snapshot import lens_kinds

    if not rows or not len(root.tie_src):
        return {}
    flag = np.zeros(len(root.orgs), dtype=bool)
    flag[rows] = True
    sel = flag[root.tie_src] | flag[root.tie_dst]
    wanted = np.array([k in lens_kinds(lens) for k in TIE_KINDS])
    in_lens = wanted[root.tie_kind[sel].astype(np.int64)]
    by_lens: dict[int, set] = {}
    by_any: dict[int, set] = {}
    for a, b, lensed in zip(root.tie_src[sel].tolist(), root.tie_dst[sel].tolist(), in_lens.tolist()):
        for me, other in ((a, b), (b, a)):
            if flag[me] and me != other:
                by_any.setdefault(me, set()).add(other)
                if lensed:
                    by_lens.setdefault(me, set()).add(other)
    return {r: (len(by_lens.get(r, ())), len(by_any[r]) - len(by_lens.get(r, ()))) for r in by_any}


def _reason(kind: str, members: list, attached: list[dict], k: int, other_ties: int = 0,
            elsewhere: int = 0) -> str:
    if kind == "isolate":
        if elsewhere:
            return (f"has no recorded collaboration ties here (its collaboration is with "
                    f"{_plural(elsewhere, 'organisation', 'organisations')} outside this place)")
        if other_ties:
            return (f"has no recorded collaboration ties (only funding, with "
                    f"{_plural(other_ties, 'organisation', 'organisations')}, which is not collaboration)")
        return "has no recorded ties to any other organisation"
    if kind == "small_component":
        return (f"{_plural(len(members), 'organisation', 'organisations')} tied only to each other, "
                "with no route to the main network")
    names = [a["name"] for a in attached]
    through = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    who = "it reaches" if len(members) == 1 else "they reach"
    return f"{who} the network only through {through}" if len(names) == 1 else \
        f"outside the network's {k}-core; {who} it through {through}"


def _asked_first(orgs, members: np.ndarray) -> list[int]:
    """A group's members in the order introductions are sought for them: marginalised-led,
    then small, then by row."""
    return sorted(members.tolist(), key=lambda v: (not orgs[v].is_marginalised_led, not orgs[v].is_small, v))


def _why_no_introduction(scope: Scope, members: np.ndarray) -> str:
    snap = scope.snap
    known_work = snap.org_services[members].nnz + snap.org_communities[members].nnz
    if not known_work:
        return ("no organisation fits on what is recorded: nothing says what it does or whom it serves; "
                "add its services and communities (import csv, HSDS or a charity register)")
    return "no organisation here shares its communities, or its area and a kind of work"


def isolated_for(scope: Scope, k: int = 2, introductions: int = 3, limit: int = 50) -> IsolationResult:
    def compute():
        orgs = scope.snap.orgs
        raw = _groups(scope, k)
        rank = {kind: i for i, kind in enumerate(KINDS)}
        raw.sort(key=lambda g: (rank[g[0]], *_priority(scope, g[1])))
        flags = {orgs[v].id: kind for kind, members, _ in raw for v in members.tolist()}
        counts = {kind: sum(1 for g in raw if g[0] == kind) for kind in KINDS}
        counts["organisations"] = {kind: sum(len(g[1]) for g in raw if g[0] == kind) for kind in KINDS}
        counts["pendants"] = int(sum(1 for g in raw if g[0] == "periphery" and len(g[1]) == 1))
        masks = None
        asked = [np.asarray(_asked_first(orgs, members)[:_MAX_MEMBERS_FOR_INTROS], dtype=np.int64)
                 for _, members, _ in raw[:limit]]
        fits: list = []
        if raw and introductions > 0:
            # The matcher's model (seconds to fit on first use) and the champions behind
            # the partners' positions are both needed and independent: fit one on a
            # thread while computing the other.
            warming = warm_matcher(scope, int(asked[0][0]), introductions)
            masks = connect_masks(scope)
            # Still waiting for the matcher: compute what the groups' introductions read
            # besides it (how each organisation fits each group), group by group, while
            # the thread works, rather than waiting idle and computing it after. Each
            # group's fit is two arrays over every organisation: held for as many groups
            # as _WAITING_FIT_BYTES allows.
            most = min(len(asked), max(1, _WAITING_FIT_BYTES // (16 * max(scope.n, 1))))
            while warming.is_alive() and len(fits) < most:
                fits.append(fallback_fit(scope, asked[len(fits)]))
            warming.join()
        # Ties are counted on the whole snapshot: a place's subgraph keeps only the lens's
        # ties among its own organisations, so a group funded from outside the place (a
        # council with no place of its own) would read as having no ties at all.
        root = scope.root
        outside = _isolates_ties(root, [root.index[orgs[int(m[0])].id] for kind, m, _ in raw[:limit]
                                        if kind == "isolate"], scope.lens)
        offered: Counter = Counter()
        groups = []
        for i, (kind, members, attached) in enumerate(raw[:limit]):
            attached_through = [{"id": orgs[a].id, "name": orgs[a].name} for a in attached.tolist()]
            other = elsewhere = 0
            if kind == "isolate":
                elsewhere, other = outside.get(root.index[orgs[int(members[0])].id], (0, 0))
            group = IsolatedGroup(kind, [_member(orgs[v]) for v in members.tolist()], attached_through,
                                  _reason(kind, members, attached_through, k, other, elsewhere))
            if masks is not None:
                blocked = np.zeros(scope.n, dtype=bool)
                blocked[members] = True
                group.introductions = suggest_introductions(
                    scope, asked[i], masks, blocked, k=introductions, offered=offered,
                    max_per_partner=MAX_GROUPS_PER_PARTNER, fit=fits[i] if i < len(fits) else None)
                if not group.introductions:
                    group.no_introduction = _why_no_introduction(scope, members)
            groups.append(group)
        return IsolationResult(scope.place, scope.place_name, scope.n, k, counts, groups, flags,
                               lens=scope.lens, note=lens_note(scope, undirected(scope).m))
    return scope.memo("isolated", compute, k, introductions, limit)


def isolated(snapshot, place: str | None = None, *, k: int = 2, introductions: int = 3,
             limit: int = 50) -> IsolationResult:
    """Isolated and peripheral groups, each with the best introductions to make.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        Restrict to organisations in this place (and places inside it).
    k : int, default 2
        Main-network organisations outside the k-core are peripheral; with k=2 these are
        the branches that hang on by one tie.
    introductions : int, default 3
        Introductions to suggest per group (0 for none, which is faster).
    limit : int, default 50
        Groups returned in full; counts and flags cover all of them.

    Returns
    -------
    IsolationResult

    Notes
    -----
    Only collaboration ties count (partnership, referral, contract, co-location, network,
    shared trustee, merger): two groups funded by one funder are still isolated. Components,
    k-cores and the attachment of peripheral branches come from igraph on the undirected
    collaboration graph. Introductions come from `introductions.suggest_introductions`:
    the matcher's suggestions when it is available, else shared communities, places and
    complementary services, in both cases favouring partners who are champions, then in
    the core, then in the main network, and never someone already tied to the member (by
    any tie) nor a funder. No partner is offered to more than `MAX_GROUPS_PER_PARTNER`
    groups of one result unless nothing else fits a group, and then its reasons say so.
    On a first request the matcher's model is fitted on a thread while the champions
    (the partners' positions) are computed; the result is the same as one after the other.
    With no collaboration network at all, partners are peers that share a community, or
    the area and a kind of work, and `note` says what is missing.

    References
    ----------
    .. [1] Seidman, S. B. (1983). Network structure and minimum degree. Social Networks
       5(3), 269-287.
    .. [2] Granovetter, M. S. (1973). The strength of weak ties. American Journal of
       Sociology 78(6), 1360-1380.
    """
    return isolated_for(scope_for(snapshot, place, lens=COLLABORATION), k=k, introductions=introductions, limit=limit)
