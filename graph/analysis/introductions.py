"""The best introductions for an isolated group: partners that fit it AND connect it to
the core of the network or to a champion.

The one place the analysis couples to the matcher is `_matcher_partners`. When
``matcher.suggest(snapshot, org_id, k=...)`` exists and answers, its suggestions are used
(re-ranked by how well each partner connects the group); when it is missing, fails, or
suggests no one who connects, a transparent fallback scores partners by shared
communities, shared places and services the group lacks.
"""
from __future__ import annotations

import threading
from collections import Counter
from dataclasses import asdict, dataclass

import numpy as np
import scipy.sparse as sp

from graph.analysis._scope import Scope

__all__ = ["Introduction", "suggest_introductions", "fallback_fit", "warm_matcher", "CONNECT_WEIGHTS"]

# How much a partner's position helps the group: a champion opens most doors.
CONNECT_WEIGHTS = {"champion": 1.0, "core": 0.6, "main": 0.3}
# The highest score an introduction can have: a perfect fit (1) with a champion.
MAX_SCORE = 1.0 + max(CONNECT_WEIGHTS.values())
# Members of one group the matcher is asked about (each query scores ~2,000 candidates).
_MATCHER_QUERIES = 3
_CONNECT_WORDS = {"champion": "is one of the network's collaborative champions",
                  "core": "is in the core of the network",
                  "main": "is part of the main network"}


@dataclass(frozen=True)
class Introduction:
    """A suggested introduction between a member of an isolated group and a partner.

    Attributes
    ----------
    org_id, org_name : str
        The group member to introduce.
    partner_id, partner_name : str
    score : float
        fit x (1 + connection): a partner must fit the group AND connect it (see
        `CONNECT_WEIGHTS`); higher is better. `to_dict` adds `strength`, the score on a
        0-1 scale (score / MAX_SCORE), as every other score people see is.
    reasons : list of str
    source : {"matcher", "fallback"}
        Which scored the fit.
    """
    org_id: str
    org_name: str
    partner_id: str
    partner_name: str
    score: float
    reasons: tuple[str, ...]
    source: str

    @property
    def strength(self) -> float:
        return round(min(1.0, max(0.0, self.score / MAX_SCORE)), 3)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["reasons"] = list(self.reasons)
        d["strength"] = self.strength
        return d


def _matcher_partners(snapshot, org_id: str, k: int, place: str | None = None
                      ) -> list[tuple[str, float, list[str]]] | None:
    """(partner id, score, reasons) from ``matcher.suggest``, or None when it cannot answer.

    Reads the matcher's Suggestion (``org_id`` is the partner, ``score``, ``reasons`` as
    dicts with "text") and, defensively, dicts or objects with ``partner_id``/``id``.
    """
    try:
        import matcher
        suggest = getattr(matcher, "suggest", None)
        if not callable(suggest):
            return None
        raw = suggest(snapshot, org_id, k=k, filters={"place": place} if place else None)
        out = []
        for item in raw or ():
            get = item.get if isinstance(item, dict) else (lambda name, default=None: getattr(item, name, default))
            partner = get("partner_id") or get("partner") or get("org_id") or get("id")
            partner = getattr(partner, "id", partner)
            if not isinstance(partner, str) or partner == org_id:
                continue
            score = float(get("score", 0.0) or 0.0)
            reasons = get("reasons") or get("explanation") or []
            reasons = [reasons] if isinstance(reasons, str) else \
                [r.get("text", "") if isinstance(r, dict) else str(r) for r in reasons]
            out.append((partner, score, [r for r in reasons if r]))
        return out
    except Exception:  # the matcher is another team's moving part: fall back, never fail
        return None


def warm_matcher(scope: Scope, member: int, k: int = 3) -> threading.Thread:
    """Start readying the matcher on a thread: its model fitted (or loaded), its ranking
    method chosen and its compiled loops loaded, by asking it the question
    `suggest_introductions` asks first for a group whose first member is row `member`.
    The caller computes the partners' positions (the champions analysis) meanwhile;
    neither reads the other, and the matcher keeps what it readies (model and method per
    data fingerprint, under its lock), so the introductions asked for afterwards are the
    ones they would have been, sooner. A failure is left for `_matcher_partners` to meet
    again and fall back from."""
    snapshot, org_id = scope.root, scope.snap.orgs[member].id
    place = _local_area(scope, member)
    thread = threading.Thread(target=_matcher_partners, args=(snapshot, org_id, max(10, 5 * k), place),
                              name="partnermap-warm-matcher", daemon=True)
    thread.start()
    return thread


def _within_three_steps(adj: sp.csr_matrix, members: np.ndarray) -> np.ndarray:
    """Boolean mask of organisations two or three collaboration steps from the group."""
    reached = np.zeros(adj.shape[0], dtype=bool)
    frontier = np.zeros(adj.shape[0], dtype=bool)
    frontier[members] = True
    for step in (1, 2, 3):
        frontier = np.asarray(adj.T @ frontier.astype(np.float64)).ravel() > 0
        if step >= 2:
            reached |= frontier
    reached[members] = False
    return reached


def _labels(snapshot, kind: str, matrix, row: int, other: int | None = None, limit: int = 3) -> list[str]:
    mine = set(matrix.indices[matrix.indptr[row]:matrix.indptr[row + 1]].tolist())
    if other is not None:
        theirs = set(matrix.indices[matrix.indptr[other]:matrix.indptr[other + 1]].tolist())
        mine &= theirs
    records = {"community": snapshot.communities, "place": snapshot.places, "service": snapshot.services}[kind]
    return [snapshot.label(kind, records[j].code) for j in sorted(mine)][:limit]


def _shared_area(snap, member: int, partner: int) -> str:
    """The most specific place both work in (counting places that contain theirs), if it
    is below the top of the place tree."""
    closed = snap.org_places_closed
    a = set(closed.indices[closed.indptr[member]:closed.indptr[member + 1]].tolist())
    b = set(closed.indices[closed.indptr[partner]:closed.indptr[partner + 1]].tolist())
    shared = [snap.places[j] for j in a & b if snap.places[j].code in snap.place_parent]
    if not shared:
        return ""
    deepest = max(shared, key=lambda p: (len(snap.place_ancestors(p.code)), p.code))
    return deepest.name


def _service_gain(snapshot, member: int, partner: int, limit: int = 2) -> list[str]:
    m = snapshot.org_services
    mine = set(m.indices[m.indptr[member]:m.indptr[member + 1]].tolist())
    theirs = m.indices[m.indptr[partner]:m.indptr[partner + 1]].tolist()
    return [snapshot.label("service", snapshot.services[j].code) for j in theirs if j not in mine][:limit]


def _place_weights(snap) -> np.ndarray:
    """Depth of each place below its root (the root itself weighs 0): sharing a ward
    says more than sharing a region, and sharing only the country says nothing."""
    return np.array([len(snap.place_ancestors(p.code)) - 1 for p in snap.places], dtype=np.float64)


@dataclass(frozen=True)
class _PartnerTables:
    """What every group's introductions read from one snapshot, built once per scope
    rather than once per group (at 50,000 organisations, rebuilding these for each of 50
    groups took seconds)."""
    not_funder: np.ndarray          # bool per organisation: funders are not collaboration partners
    weighted_places: sp.csr_matrix  # org_places_closed with each place weighted by its depth
    service_counts: np.ndarray      # services each organisation offers
    # The transposes the fit multiplies by, as CSR: scipy would otherwise convert each
    # one afresh for every group.
    communities_t: sp.csr_matrix
    places_closed_t: sp.csr_matrix
    places_t: sp.csr_matrix
    services_t: sp.csr_matrix


def partner_tables(scope: Scope) -> _PartnerTables:
    def compute():
        snap = scope.snap
        return _PartnerTables(
            not_funder=np.fromiter((o.sector != "funder" for o in snap.orgs), dtype=bool, count=len(snap.orgs)),
            weighted_places=(snap.org_places_closed @ sp.diags(_place_weights(snap))).tocsr(),
            service_counts=np.asarray(snap.org_services.sum(axis=1)).ravel(),
            communities_t=snap.org_communities.T.tocsr(), places_closed_t=snap.org_places_closed.T.tocsr(),
            places_t=snap.org_places.T.tocsr(), services_t=snap.org_services.T.tocsr())
    return scope.memo("introduction_partner_tables", compute)


def _fallback_fit(snap, members: np.ndarray, tables: _PartnerTables) -> tuple[np.ndarray, np.ndarray]:
    """Fit of every organisation with the best-fitting member: (fit, member row).

    fit = (0.5 + 0.5 x share of the member's communities the partner serves)
          x (0.2 + 0.8 x place fit)
          x 1.25 when the partner offers a service the member does not,
    where place fit is the share of the member's place tree (weighted by depth, so a ward
    counts more than a region) the partner also works in, or 0.5 when the partner works
    across an area containing the member's (a city-wide or national body), whichever is
    more; 1 when the member names no place. A partner fits only on something the data says
    they have in common: a community both serve, or (at least) the member's local area
    together with a service (shared, or one the member lacks). Sharing an area and nothing
    known about what either does is not a fit: every organisation in Trafford shares that.
    """
    com, svc = snap.org_communities, snap.org_services
    closed = snap.org_places_closed
    weighted = tables.weighted_places
    n_com = np.maximum(np.asarray(com[members].sum(axis=1)).ravel(), 1)
    shared_com = (com[members] @ tables.communities_t).toarray() / n_com[:, None]
    own_depth = np.asarray(weighted[members].sum(axis=1)).ravel()
    depth_share = (weighted[members] @ tables.places_closed_t).toarray() / np.maximum(own_depth, 1)[:, None]
    contains = (closed[members] @ tables.places_t).toarray() > 0
    place_fit = np.maximum(depth_share, 0.5 * contains)
    no_place = np.asarray(closed[members].sum(axis=1)).ravel() == 0
    place_fit[no_place, :] = 1.0
    overlap = (svc[members] @ tables.services_t).toarray()
    theirs = tables.service_counts[None, :]
    gains = (theirs - overlap) > 0
    # A partner elsewhere who serves the same people still fits, though less than one nearby.
    fit = (0.5 + 0.5 * shared_com) * (0.2 + 0.8 * place_fit) * np.where(gains, 1.25, 1.0)
    same_area_and_work = (place_fit >= 0.5) & ((overlap > 0) | gains)
    fit = np.where((shared_com > 0) | same_area_and_work, fit, 0.0)
    best = np.argmax(fit, axis=0)
    return fit[best, np.arange(fit.shape[1])], members[best]


def _local_area(scope: Scope, row: int) -> str | None:
    """Where to ask the matcher for partners: the area around the member (the parent of
    its most specific place, below the top of the tree), or the scope's place if that is
    smaller."""
    snap = scope.snap
    places = snap.orgs[row].places
    if not places:
        return scope.place
    deepest = max(places, key=lambda c: (len(snap.place_ancestors(c)), c))
    chain = snap.place_ancestors(deepest)          # innermost first, the root last
    area = chain[1] if len(chain) > 2 else chain[0]
    if scope.place is None or scope.place in snap.place_ancestors(area):
        return area
    return scope.place


def fallback_fit(scope: Scope, members: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How well every organisation fits the group `members` on what the data records
    (`_fallback_fit`): what `suggest_introductions` reads besides the matcher, so a caller
    waiting for the matcher can compute it meanwhile and pass it in as `fit`."""
    return _fallback_fit(scope.snap, members, partner_tables(scope))


def suggest_introductions(scope: Scope, members: np.ndarray, connect: dict[str, np.ndarray],
                          blocked: np.ndarray, k: int = 3, offered: Counter | None = None,
                          max_per_partner: int = 3,
                          fit: tuple[np.ndarray, np.ndarray] | None = None) -> list[Introduction]:
    """Up to `k` introductions for one group, each to a different partner.

    Parameters
    ----------
    scope : Scope
    members : numpy.ndarray
        Vertex rows of the group.
    connect : dict
        "champion", "core", "main" -> boolean mask of vertices in that position. When no
        vertex is in any position (no collaboration network to join), partners are peers
        that fit the group, and no reason claims a position.
    blocked : numpy.ndarray
        Boolean mask of vertices that cannot be partners (the group itself).
    k : int
    offered : collections.Counter, optional
        Partner row -> groups it has already been offered to on this page; updated here.
    max_per_partner : int, default 3
        A partner already offered to this many groups is passed over for one that fits
        less well; only when no other fits is it offered again, and the reasons say so.
    fit : tuple, optional
        ``fallback_fit(scope, members)`` for these `members`, if already computed.
    """
    snap = scope.snap
    if len(members) == 0 or k <= 0:
        return []
    offered = Counter() if offered is None else offered
    position = np.zeros(len(snap.orgs))
    where = np.full(len(snap.orgs), "", dtype=object)
    for name in ("main", "core", "champion"):  # strongest last, so it wins
        mask = connect[name] & (position < CONNECT_WEIGHTS[name])
        position[mask] = CONNECT_WEIGHTS[name]
        where[mask] = name
    # With a network to join, a partner must be in it; with none, peers that fit will do.
    must_connect = bool((position > 0).any())
    position[blocked] = 0.0
    allowed = ~blocked.copy()
    # Funders are not collaboration partners (they have their own views and recommender).
    tables = partner_tables(scope)
    allowed &= tables.not_funder
    if must_connect:
        allowed &= position > 0
    adj = snap.adjacency("all")  # any tie at all means they already know each other
    for v in members.tolist():
        allowed[adj.indices[adj.indptr[v]:adj.indptr[v + 1]]] = False
    # Whoever suggests a partner, it must fit the group on something the data records: its
    # work (communities, places, services) or, for the matcher's suggestions, the network
    # itself (a shared partner, a path of three), which the matcher's reasons name. Most
    # published networks record nothing but ties; there, that is all there is to go on.
    fit, member_of = fit if fit is not None else _fallback_fit(snap, members, tables)
    near: list[np.ndarray] = []      # the network test, computed only if some suggestion needs it
    placed = allowed.copy()          # allowed by position and not yet tied, whatever the fit

    def matcher_may_suggest(p: int) -> bool:
        if not placed[p]:
            return False
        if fit[p] > 0:
            return True
        if not near:
            near.append(_within_three_steps(snap.adjacency("collaboration"), members))
        return bool(near[0][p])
    allowed &= fit > 0

    # candidates: partner row -> (score, member row, reasons or None, source)
    candidates: dict[int, tuple[float, int, tuple[str, ...], str]] = {}
    # 1. the matcher's suggestions, if it can give any that fit (and connect, when there is a network)
    for v in members[:_MATCHER_QUERIES].tolist():
        suggestions = _matcher_partners(scope.root, snap.orgs[v].id, k=max(10, 5 * k),
                                        place=_local_area(scope, v))
        if not suggestions:
            continue
        top = max(s for _, s, _ in suggestions) or 1.0
        for pid, score, reasons in suggestions:
            p = snap.index.get(pid)
            if p is None or not matcher_may_suggest(p):
                continue
            total = round(float(score / top * (1 + position[p])), 4)
            if p not in candidates or candidates[p][0] < total:
                candidates[p] = (total, v, tuple(reasons[:3]), "matcher")
    # 2. the fallback: shared communities and places, services the member lacks. Its
    # partners come after the matcher's, and stand in when the matcher's are all taken.
    cand = np.flatnonzero(allowed)
    if candidates:
        cand = cand[~np.isin(cand, np.fromiter(candidates, dtype=np.int64, count=len(candidates)))]
    total = fit[cand] * (1 + position[cand])

    def ranked_fallback():
        return _in_score_order(cand, total, member_of)

    ranked = sorted(candidates.items(), key=lambda kv: (-kv[1][0], kv[0]))
    ranked_first = (lambda: iter(ranked)) if ranked else ranked_fallback

    def is_fresh(kv) -> bool:
        return offered[kv[0]] < max_per_partner
    fresh = _first(ranked_first(), k, is_fresh) or _first(ranked_fallback(), k, is_fresh)
    # Spread introductions: a partner already offered to `max_per_partner` groups on this
    # page is offered again only when nothing else fits, and then it says so.
    chosen = fresh if fresh else _first(ranked_first(), k)
    out = []
    for p, (score, v, reasons, source) in chosen:
        if reasons is None:
            reasons = tuple(_fit_reasons(snap, v, p))
        if where[p]:
            reasons = reasons + (_CONNECT_WORDS[where[p]],)
        if offered[p] >= max_per_partner:
            reasons = reasons + (f"also suggested for {offered[p]} other groups on this page: "
                                 "no other organisation fits this group",)
        offered[p] += 1
        out.append(Introduction(snap.orgs[v].id, snap.orgs[v].name, snap.orgs[p].id, snap.orgs[p].name,
                                score, reasons, source))
    return out


def _first(items, k: int, keep=None) -> list:
    """The first `k` of `items` that `keep` accepts (all, without `keep`)."""
    out = []
    for item in items:
        if len(out) >= k:
            break
        if keep is None or keep(item):
            out.append(item)
    return out


def _in_score_order(cand: np.ndarray, total: np.ndarray, member_of: np.ndarray):
    """The fallback's candidates as (partner row, (score, member row, None, "fallback")),
    best first: score rounded to 4 places descending, then row ascending.

    A generator, sorted run by run: a group takes its few partners from the top, so
    rounding and ordering all of the thousands that fit (as a sorted list of every
    candidate did, per group) is wasted. Rounding never reorders (x > y gives
    round(x) >= round(y)), so sorting by the raw score and re-sorting each run of equal
    rounded scores by row gives the full order exactly.
    """
    order = np.lexsort((cand, -total))
    i, n = 0, len(order)
    while i < n:
        score = round(float(total[order[i]]), 4)
        j = i + 1
        while j < n and round(float(total[order[j]]), 4) == score:
            j += 1
        for p in sorted(cand[order[i:j]].tolist()):
            yield p, (score, int(member_of[p]), None, "fallback")  # reasons only for the chosen
        i = j


def _fit_reasons(snap, v: int, p: int) -> list[str]:
    """Why partner `p` fits member `v`, each reason read from the data."""
    reasons = []
    communities = _labels(snap, "community", snap.org_communities, v, p)
    if communities:
        reasons.append("serves the same communities (" + ", ".join(communities) + ")")
    places = _labels(snap, "place", snap.org_places, v, p)
    if places:
        reasons.append("works in the same place (" + ", ".join(places) + ")")
    else:
        area = _shared_area(snap, v, p)
        if area:
            reasons.append(f"works in the same area ({area})")
    shared = _labels(snap, "service", snap.org_services, v, p, limit=2)
    if shared:
        reasons.append("does the same kind of work (" + ", ".join(shared) + ")")
    gain = _service_gain(snap, v, p)
    if gain:
        reasons.append("offers what it does not (" + ", ".join(gain) + ")")
    return reasons
