"""Plain-English reasons for a suggestion, built from its real feature contributions.

A reason is printed only for a feature (or group of features) whose contribution to
the suggestion's log-odds is positive, strongest first, and it names the facts behind
the number: the communities and places shared, the complementary services and how many
existing partnerships join them, the partners in common. That an organisation is small
or marginalised-led is stated as a fact about it (`about`), not as a reason.
"""
from __future__ import annotations

import numpy as np

from matcher.baselines import three_step_paths
from matcher.pairs import FEATURES, complementarity

__all__ = ["explain", "explain_suggestions", "query_facts", "baseline_reasons", "describe_org", "REASON_GROUPS", "PATH_REASON_METHODS"]

# Shared partners are measured four ways (common neighbours, Adamic-Adar, resource
# allocation, paths of length 3): one idea for a reader, so one reason with their sum.
REASON_GROUPS = {
    "community_overlap": ("community_overlap",),
    "place_overlap": ("place_overlap",),
    "service_complementarity": ("service_complementarity",),
    "different_services": ("service_redundancy",),
    "description_similarity": ("description_similarity",),
    "shared_partners": ("common_partners", "adamic_adar", "resource_allocation", "paths_of_length_3"),
    "size": ("size_gap",),
    "sector_pair": ("sector_pair",),
}
_MIN_CONTRIBUTION = 0.05
_LED_WORDS = {"user_led": "user-led", "black_minoritised_led": "Black and minoritised-led",
              "lgbt_led": "LGBT+-led", "disabled_led": "disabled-led", "women_led": "women-led",
              "youth_led": "youth-led", "refugee_led": "refugee-led",
              "older_people_led": "older-people-led", "faith_led": "faith-led"}


def _join(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def describe_org(org) -> str:
    """'a small, user-led group' style phrase, or '' when neither small nor marginalised-led."""
    words = []
    if org.is_small:
        words.append("small")
    if org.is_below_radar:
        words.append("unregistered")
    words += [_LED_WORDS.get(x, x.replace("_", "-")) for x in org.led_by]
    if not (org.is_small or org.is_marginalised_led):
        return ""
    return "a " + ", ".join(words) + " group"


def _most_specific(ctx, codes: set[str]) -> list[str]:
    """Drop places that merely contain another shared place (say Easton, not Bristol too)."""
    ancestors = ctx._cached("explain_place_ancestors", lambda: {
        p.code: ctx.snapshot.place_ancestors(p.code)[1:] for p in ctx.snapshot.places})
    inner = set(codes)
    for c in codes:
        inner.difference_update(ancestors.get(c, ()))
    return sorted(inner)


def _codes(matrix, row, table) -> set[str]:
    return {table[j].code for j in matrix.indices[matrix.indptr[row]:matrix.indptr[row + 1]]}


def _columns(matrix, row) -> set[int]:
    return set(matrix.indices[matrix.indptr[row]:matrix.indptr[row + 1]].tolist())


def query_facts(ctx, u: int) -> dict:
    """What `explain` reads about the query organisation u: computed once for all of u's
    suggestions rather than once for each."""
    snap = ctx.snapshot
    return {"communities": _columns(snap.org_communities, u), "places": _columns(ctx.places, u),
            "services": _codes(snap.org_services, u, snap.services), "partners": _columns(ctx.adjacency, u)}


def _shared_codes(mine: set[int], matrix, row, table) -> set[str]:
    return {table[j].code for j in mine.intersection(matrix.indices[matrix.indptr[row]:matrix.indptr[row + 1]].tolist())}


def explain(model, ctx, u: int, v: int, contributions: np.ndarray, values: np.ndarray,
            service_pair=None, query: dict | None = None) -> dict:
    """Reasons, facts and numbers for suggesting row `v` to row `u`.

    Returns
    -------
    dict
        ``reasons``: list of {"reason", "contribution", "text"}, strongest first;
        ``about``: phrase for a small / marginalised-led organisation or "";
        ``contributions``: {feature: contribution to the log-odds};
        ``details``: shared communities, places, partners and the service pairing.

    `service_pair` is the (yours, theirs) service column pair behind the
    complementarity feature, and `query` what `query_facts` gives for u, when the caller
    has them already (one query's suggestions share them).
    """
    if service_pair is None:   # callers explaining many suggestions pass it in, computed in one go
        service_pair = complementarity(model.complementarity_.score_, ctx.services, np.array([u]),
                                       np.array([v]), return_pair=True)[1][0]
    return explain_suggestions(model, ctx, u, [v], np.asarray(contributions)[None, :],
                               np.asarray(values)[None, :], [service_pair], query)[0]


# Columns of FEATURES behind each reason group.
_GROUP_COLUMNS = tuple((group, tuple(FEATURES.index(f) for f in feats)) for group, feats in REASON_GROUPS.items())
_REDUNDANCY, _DESCRIPTION, _L3 = (FEATURES.index(f) for f in
                                  ("service_redundancy", "description_similarity", "paths_of_length_3"))


def _about(ctx, v: int) -> str:
    """describe_org of row v, kept per organisation: a nightly batch shows each one ten
    times on average."""
    cache = ctx._cached("explain_about", dict)
    about = cache.get(v)
    if about is None:
        about = cache[v] = describe_org(ctx.snapshot.orgs[v])
    return about


def explain_suggestions(model, ctx, u: int, vs, contributions: np.ndarray, values: np.ndarray,
                        service_pairs, query: dict | None = None) -> list[dict]:
    """`explain` for each of query row u's suggestions `vs` at once: rows of
    `contributions` and `values` and items of `service_pairs` line up with `vs`.

    What every suggestion shares (u's facts, the numbers as Python floats) is read once,
    and a reason's text is written only for the groups whose contribution is shown."""
    snap = ctx.snapshot
    query = query if query is not None else query_facts(ctx, u)
    adj = ctx.adjacency
    comp = model.complementarity_
    own, so = query["services"], snap.orgs[u].sector
    labels = _labels(ctx)
    out = []
    for v, contrib, value, (a, b) in zip(np.asarray(vs).tolist(), np.asarray(contributions).tolist(),
                                         np.asarray(values).tolist(), service_pairs):
        shared_com = sorted(_shared_codes(query["communities"], snap.org_communities, v, snap.communities))
        shared_places = _most_specific(ctx, _shared_codes(query["places"], ctx.places, v, snap.places))
        partners = sorted(query["partners"].intersection(adj.indices[adj.indptr[v]:adj.indptr[v + 1]].tolist()))
        details = {"shared_communities": shared_com, "shared_places": shared_places,
                   "shared_partners": [snap.orgs[w].id for w in partners], "service_pair": None}
        if a >= 0:
            count = int(round(comp.counts_[a, b]))
            lift = float(np.exp(comp.score_[a, b]))
            details["service_pair"] = {"yours": comp.codes_[a], "theirs": comp.codes_[b], "partnerships": count,
                                       "lift": round(lift, 2)}
        reasons = []
        for group, columns in _GROUP_COLUMNS:
            total = sum([contrib[c] for c in columns])
            if total > _MIN_CONTRIBUTION:
                text = _reason_text(group, snap, v, a, b, comp, shared_com, shared_places, partners, own, value, so,
                                    labels)
                if text is not None:
                    reasons.append({"reason": group, "contribution": round(total, 4), "text": text})
        reasons.sort(key=lambda r: -r["contribution"])
        out.append({"reasons": reasons, "about": _about(ctx, v),
                    "contributions": {f: round(c, 4) for f, c in zip(FEATURES, contrib)}, "details": details})
    return out


def _labels(ctx) -> dict:
    """{kind: {code: label}}: what snapshot.label gives, looked up without building its
    table on every call (a query's reasons name thirty-odd codes)."""
    snap = ctx.snapshot
    return ctx._cached("explain_labels", lambda: {
        "service": {code: snap.services[j].label for code, j in snap.service_index.items()},
        "community": {code: snap.communities[j].label for code, j in snap.community_index.items()},
        "place": {code: snap.places[j].name for code, j in snap.place_index.items()}})


def _reason_text(group, snap, v, a, b, comp, shared_com, shared_places, partners, own, value, so,
                 labels) -> str | None:
    """The sentence for reason `group`, or None when its fact does not hold: a positive
    contribution can also come from a feature being *below* average with a negative
    weight, and "they share your partners" must never be said of an organisation with none."""
    if group == "community_overlap":
        if not shared_com:
            return None
        return "Both serve " + _join([labels["community"].get(c, c) for c in shared_com]) + "."
    if group == "place_overlap":
        if not shared_places:
            return None
        return "Both work in " + _join([labels["place"].get(c, c) for c in shared_places]) + "."
    if group == "service_complementarity":
        if a < 0:
            return None
        count = int(round(comp.counts_[a, b]))
        lift = float(np.exp(comp.score_[a, b]))
        evidence = (f"that pairing appears in {count} existing partnership{'s' if count != 1 else ''}, "
                    f"{lift:.1f} times what chance would give" if count
                    else "a pairing our starting table lists as complementary; no partnership records it yet")
        sa, sb = comp.codes_[a], comp.codes_[b]
        return (f"They offer {labels['service'].get(sb, sb)}, which complements your "
                f"{labels['service'].get(sa, sa)}: {evidence}.")
    if group == "different_services":
        if not own & _codes(snap.org_services, v, snap.services):
            return "They do not duplicate your services."
        return "Most of their services differ from yours." if value[_REDUNDANCY] < 0.5 else None
    if group == "description_similarity":
        return "Their description of their work is close to yours." if value[_DESCRIPTION] >= 0.2 else None
    if group == "shared_partners":
        if partners:
            names = [snap.orgs[w].name for w in partners[:3]]
            more = f" and {len(partners) - 3} more" if len(partners) > 3 else ""
            return (f"You share {len(partners)} partner{'s' if len(partners) > 1 else ''}: "
                    f"{', '.join(names)}{more}.")
        if value[_L3] > 0:
            return "They are close to you in the partnership network (a partner of your partners' partners)."
        return None
    if group == "size":
        return "Their size fits partnerships like yours."
    if group == "sector_pair":
        sv = snap.orgs[v].sector
        return (f"Partnerships between {so} and {sv} organisations are common in the existing ties."
                if so != sv else f"Partnerships between two {so} organisations are common in the existing ties.")
    return None


# Methods that read both the network's counts and the partner model.
_COMBINED = ("ranker", "consensus")
# Methods whose reasons count the chains of three partnerships (`baseline_reasons(paths=)`).
PATH_REASON_METHODS = ("l3", *_COMBINED)


def baseline_reasons(method: str, ctx, u: int, v: int, details: dict, ranking_reason: str,
                     model_reasons=(), paths: float | None = None) -> list[dict]:
    """Reasons for a suggestion ranked by a baseline, the temporal ranker or the consensus:
    why that method ranks this data, then the facts it scored. For a baseline that is one
    network fact (the model's reasons did not rank it); the ranker and the consensus read
    the network counts and the partner model's score, so they get the network facts and
    the model's reasons, marked as one input among several."""
    snap = ctx.snapshot
    reasons = [{"reason": "ranked_by", "contribution": None,
                "text": ranking_reason[0].upper() + ranking_reason[1:] + "."}]
    shared = details.get("shared_partners") or []
    k_v = int(ctx.degree[v])
    if method in ("common_neighbours", "adamic_adar", "resource_allocation", *_COMBINED) and shared:
        names = [snap.org(w).name for w in shared[:3]]
        more = f" and {len(shared) - 3} more" if len(shared) > 3 else ""
        reasons.append({"reason": "shared_partners", "contribution": None,
                        "text": f"You share {len(shared)} partner{'s' if len(shared) > 1 else ''}: "
                                f"{', '.join(names)}{more}."})
    if method in PATH_REASON_METHODS:
        if paths is None:   # unless the caller counted them for all its suggestions at once
            paths = float(three_step_paths(ctx, u, [v])[0])
        if paths > 0:
            reasons.append({"reason": "paths_of_length_3", "contribution": None,
                            "text": f"{int(paths)} chain{'s' if paths != 1 else ''} of partnerships join you in three "
                                    "steps (a partner of a partner of one of your partners), the pattern that "
                                    "predicted new ties here."})
    if method in ("popularity", "preferential_attachment", *_COMBINED) and k_v:
        reasons.append({"reason": "partners", "contribution": None,
                        "text": f"They already work with {k_v} organisation{'s' if k_v != 1 else ''}"
                                + (", and on this data well-connected organisations gained the most new partners."
                                   if method not in _COMBINED else ".")})
    if method in _COMBINED:
        role = "one of the ranker's inputs" if method == "ranker" else "one of the consensus's six votes"
        for r in model_reasons:
            reasons.append({**r, "contribution": None, "text": f"The partner model, {role}: " + r["text"]})
    return reasons
