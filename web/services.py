"""The one place the web app calls the feature packages: matcher, graph.analysis,
graph.importers and graph.exporters. Their APIs may move; this module absorbs it.

Everything here takes a Snapshot (or the store, for writes) and returns plain data.
Results computed from a snapshot are cached by snapshot version in the app's
ResultCache, so a page view after the first costs a dictionary lookup.
"""
from __future__ import annotations

import importlib

from web.search import SearchIndex
from web.state import get_state

__all__ = ["FeatureUnavailable", "cached", "search_index"]


class FeatureUnavailable(RuntimeError):
    """A feature package is not installed (or lacks the function we need)."""


def _feature(module: str, name: str):
    try:
        mod = importlib.import_module(module)
    except ImportError as e:
        raise FeatureUnavailable(f"{module} is not available ({e})") from None
    fn = getattr(mod, name, None)
    if fn is None:
        raise FeatureUnavailable(f"{module}.{name} is not available")
    return fn


def cached(snap, name: str, compute, *key):
    return get_state().cache.get_or_compute((snap.version, name, key), compute)


def money_currencies(snap) -> tuple[str, ...]:
    """The currencies the snapshot's stated amounts are in, most used first (graph.money)."""
    from graph.money import data_currency
    return cached(snap, "money_currencies", lambda: data_currency(snap)[1])


def _money_in_data(snap, value) -> str:
    from graph.money import money_text
    currencies = money_currencies(snap)
    return money_text(value, currencies[0], mixed=len(currencies) > 1)


def search_index(snap) -> SearchIndex:
    return cached(snap, "search_index", lambda: SearchIndex.build(snap))


def place_counts(snap) -> dict[str, int]:
    """Organisations working in each place or anywhere inside it."""
    def compute():
        import numpy as np
        sums = np.asarray(snap.org_places_closed.sum(axis=0)).ravel()
        return {p.code: int(sums[j]) for j, p in enumerate(snap.places)}
    return cached(snap, "place_counts", compute)


# ---- matcher ---------------------------------------------------------------------------------

# setting -> (label, what it does, matcher arguments)
FAIRNESS_SETTINGS = {
    "off": ("Off: rank by match alone",
            "Suggestions are in the model's order of fit. Nothing is moved.",
            {"fairness": False}),
    "balanced": ("Balanced (recommended)",
                 "Every stretch of the list from the top holds at least half small or marginalised-led "
                 "organisations, where ones that fit well exist. Only good matches are moved up: one must "
                 "rank within the best three times as many candidates as are shown.",
                 {"fairness": True, "p": 0.5}),
    "strong": ("Strong",
               "As balanced, but at least seven in ten from the top are small or marginalised-led, "
               "where ones that fit well exist.",
               {"fairness": True, "p": 0.7}),
}
DEFAULT_FAIRNESS = "balanced"


def fairness_options() -> list[dict]:
    return [{"value": k, "text": t, "hint": h} for k, (t, h, _) in FAIRNESS_SETTINGS.items()]


def fairness_info(setting: str, report: dict | None = None) -> dict:
    text, hint, _ = FAIRNESS_SETTINGS[setting]
    info = {"setting": setting, "label": text, "explanation": hint, "summary": hint, "report": report,
            "effect": ""}
    if report:
        share = f"{report['protected_in_top_k']} of these {report['k']} are small or marginalised-led"
        exposure = (f"their share of attention (weighted by position) is {report['protected_exposure_after']:.0%}"
                    + ("" if not report["enabled"] else
                       f", {report['protected_exposure_before']:.0%} without re-ranking"))
        effect = f"{share}; {exposure}."
        if report["enabled"] and not report["met"]:
            effect += (f" From position {report['shortfall_at']} there were not enough well-matched small or "
                       "marginalised-led organisations to keep the share, so the list continues in the model's order.")
        info["effect"] = effect
    return info


def _match_args(request: dict) -> tuple[dict, dict]:
    f = request["filters"]
    filters = {"place": f["place"], "service": f["service"], "community": f["community"], "sector": f["sector"],
               "size_band": f["size"], "led_by": f["led_by"]}
    return {k: v for k, v in filters.items() if v}, FAIRNESS_SETTINGS[request["fairness"]][2]


def _unranked(result) -> bool:
    """Every suggestion scored the same: nothing recorded sets the candidates apart (an
    untied group in a grants file, under a ranking read from the network), so the list's
    order is only the order of the rows, which the page must not present as a ranking."""
    scores = [s.score for s in result.suggestions]
    return len(scores) > 1 and max(scores) - min(scores) <= 1e-9 * max(1.0, abs(max(scores)))


def suggest(snap, org_id: str, request: dict) -> dict:
    """Ranked partner suggestions for one organisation, with reasons, as plain dicts.

    Each suggestion also says whether fairness re-ranking moved it up, from the matcher's
    `model_rank` (its place in the model's own order)."""
    match = _feature("matcher", "match")
    model_dir = _model_dir()
    filters, fair = _match_args(request)
    k = request["k"]

    def compute():
        from werkzeug.exceptions import BadRequest
        try:
            result = match(snap, org_id, k=k, filters=filters, model_dir=model_dir,
                           introductions=_recorded_introductions(), **fair)
        except ValueError as e:  # MatchError / FilterError: the request, not the server
            raise BadRequest(str(e)) from None
        return {"suggestions": _suggestion_dicts(result, fair, k), "fairness": fairness_info(request["fairness"], result.fairness.to_dict()),
                "candidates_considered": result.candidates_considered, "model_mode": result.model_mode,
                "ranked_by": result.ranked_by, "ranking_reason": result.ranking_reason,
                "ranking_trusted": result.ranking_trusted, "lens": "collaboration", "unranked": _unranked(result)}
    key = (org_id, k, tuple(sorted(filters.items())), request["fairness"])
    return cached(snap, "suggest", compute, *key)


def _recorded_introductions():
    """The store's introductions, whose outcomes the partner model learns from; None when
    the store cannot answer (an outage), so suggestions still come from the snapshot."""
    try:
        return get_state().open().list_introductions()
    except Exception:  # the store is down or slow: serve from the snapshot, as without outcomes
        return None


def funder_suggestions(snap, org_id: str, k: int) -> dict:
    """Funders who fund work like this organisation's (matcher.funding), as plain data."""
    recommend = _feature("matcher.funding", "recommend_funders")

    def compute():
        from werkzeug.exceptions import BadRequest
        try:
            return recommend(snap, org_id, k=k, model_dir=_model_dir()).to_dict()
        except ValueError as e:
            raise BadRequest(str(e)) from None
    return cached(snap, "funders_like", compute, org_id, k)


def recipient_suggestions(snap, funder_id: str, k: int, fairness: str) -> dict:
    """Groups like the ones this funder funds, fairly re-ranked with the partner finder's
    fairness setting, as plain data with the setting explained."""
    recommend = _feature("matcher.funding", "recommend_recipients")
    fair = FAIRNESS_SETTINGS[fairness][2]

    def compute():
        from werkzeug.exceptions import BadRequest
        try:
            out = recommend(snap, funder_id, k=k, model_dir=_model_dir(), **fair).to_dict()
        except ValueError as e:
            raise BadRequest(str(e)) from None
        out["fairness"] = fairness_info(fairness, out["fairness"])
        return out
    return cached(snap, "recipients_like", compute, funder_id, k, fairness)


def gives_funding(snap, org_id: str) -> bool:
    """Whether this organisation has funded anyone (its profile then links its recipients' page)."""
    def compute():
        import numpy as np
        from graph.model import TIE_KINDS
        sel = snap.tie_kind == TIE_KINDS.index("funding")
        return {snap.orgs[i].id for i in np.unique(snap.tie_src[sel]).tolist()}
    return org_id in cached(snap, "funder_ids", compute)


def _suggestion_dicts(result, fair: dict, k: int) -> list[dict]:
    out = []
    for s in result.suggestions:
        d = s.to_dict()
        before = s.model_rank if fair.get("fairness") else None
        note = ""
        if before is not None and before > s.rank:
            note = (f"Moved up by fairness: without it, this would be number {before}." if before <= k
                    else f"Brought into the top {k} by fairness (number {before} in the model's order).")
        out.append({"org": {"org_id": s.org_id}, "rank": s.rank, "score": d["score"], "protected": d["protected"],
                    "about": d["about"], "reasons": [r["text"] for r in d["reasons"]],
                    "reason_details": d["reasons"], "explanation": d["explanation"],
                    "contributions": d["contributions"], "details": d["details"],
                    "rank_without_fairness": before if before is not None and before <= k else None,
                    "model_rank": s.model_rank, "fairness_note": note})
    return out


def suggest_described(snap, described: dict, request: dict) -> dict:
    """Partner suggestions for an organisation that is not listed, from `described`
    (services, communities, places, name): the matcher's `match_described`."""
    match_described = _feature("matcher.service", "match_described")
    model_dir = _model_dir()
    filters, fair = _match_args(request)
    k = request["k"]

    def compute():
        from werkzeug.exceptions import BadRequest
        try:
            result = match_described(snap, services=described["services"], communities=described["communities"],
                                     places=described["places"], name=described["name"], k=k, filters=filters,
                                     model_dir=model_dir, introductions=_recorded_introductions(), **fair)
        except ValueError as e:  # MatchError / FilterError: the request, not the server
            raise BadRequest(str(e)) from None
        return {"suggestions": _suggestion_dicts(result, fair, k),
                "fairness": fairness_info(request["fairness"], result.fairness.to_dict()),
                "candidates_considered": result.candidates_considered, "model_mode": result.model_mode,
                "ranked_by": result.ranked_by, "ranking_reason": result.ranking_reason, "lens": "collaboration",
                "unranked": _unranked(result)}
    key = (tuple(described["services"]), tuple(described["communities"]), tuple(described["places"]),
           described["name"], k, tuple(sorted(filters.items())), request["fairness"])
    return cached(snap, "suggest_described", compute, *key)


def classify_description(text: str) -> list[dict]:
    """Our services and communities read from a paragraph by the text classifier
    (graph.classify), most confident first: [{field, code, confidence, method, matched?}]."""
    classify_text = _feature("graph.classify", "classify_text")
    return [p.to_dict() for p in classify_text(text)]


def suggestions_or_message(snap, org_id: str, request: dict) -> dict:
    """Like `suggest`, but a page that shows suggestions among other things still renders
    when the matcher is unavailable: the reason is given in `suggestions_message`."""
    try:
        out = dict(suggest(snap, org_id, request))
        out["suggestions_message"] = None
        return out
    except FeatureUnavailable as e:
        return {"suggestions": [], "suggestions_message": f"Suggestions are not available: {e}.",
                "fairness": fairness_info(request["fairness"])}


def _model_dir():
    """Where the matcher keeps its fitted model: the same place the CLI uses (beside an
    embedded store's file, or PARTNERMAP_CACHE), so `partnermap match` and the web share it."""
    try:
        model_dir_for = _feature("matcher.cli", "model_dir_for")
    except FeatureUnavailable:
        return None
    return model_dir_for(get_state().open())


def warm_matcher(snap) -> None:
    """Fit (or load) the matcher's model, choose what ranks suggestions on this data
    (matcher.service.served_method), and make one suggestion, now rather than on the first
    profile view. The suggestion builds the model's scoring context for this snapshot (and
    compiles the matcher's loops): built here, in the parent `partnermap serve` forks its
    workers from, every worker shares one copy, where each built its own before (over
    100 MB each at 370,000 organisations)."""
    try:
        get_model = _feature("matcher", "get_model")
        served_method = _feature("matcher.service", "served_method")
        match = _feature("matcher", "match")
    except FeatureUnavailable:
        return
    model_dir = _model_dir()
    introductions = _recorded_introductions()
    outcomes = _outcomes(introductions, snap)
    _fit_in_child(snap, model_dir, outcomes)
    get_model(snap, model_dir, outcomes=outcomes)   # the model `match` below serves
    served_method(snap, model_dir=model_dir)
    _feature("matcher.service", "warm_funding")(snap, model_dir=model_dir)
    if not snap.orgs:
        return
    try:
        match(snap, snap.orgs[0].id, k=10, model_dir=model_dir, introductions=introductions)
    except ValueError:  # an organisation the matcher cannot answer for: its context is built all the same
        pass


def _outcomes(introductions, snap):
    """The outcomes `match` learns from for these introductions (matcher.service.match)."""
    if not introductions:
        return None
    from matcher.outcomes import outcomes_from
    return outcomes_from(introductions, snap)


def _fit_in_child(snap, model_dir, outcomes=None) -> bool:
    """Fit the matcher's model, and choose the method served (for partners, and for the
    funding pages with the temporal ranker where chosen), in a forked child process that
    saves them to `model_dir`, so that this process then only loads them. Returns whether
    the child did so.

    Fitting makes hundreds of MB of short-lived objects and arrays. Made in `serve`'s parent,
    they left its heap full of freed holes among the snapshot's records: the parent's memory
    stayed that much larger, and every forked worker's own allocations then landed in those
    holes, copying each shared page they touched (measured at 370,000 organisations, README
    "Sizing a server"). A loaded model is the one a restart over the same data serves: the
    same file, the same suggestions. When there is no folder to save to, when the model is
    saved already, or when the child fails, nothing is forked or the caller fits as before."""
    import multiprocessing

    from matcher.service import funding_choice_saved, saved_model_matches
    if model_dir is None or model_dir is False or (saved_model_matches(snap, model_dir, outcomes=outcomes)
                                                    and funding_choice_saved(snap, model_dir)):
        return False
    try:
        child = multiprocessing.get_context("fork").Process(
            target=_fit_and_save, args=(snap, model_dir, outcomes), name="partnermap-model-fit", daemon=True)
        child.start()
        child.join()
    except (OSError, ValueError):   # no fork on this platform, or no resources for one
        return False
    return child.exitcode == 0 and saved_model_matches(snap, model_dir, outcomes=outcomes)


def _fit_and_save(snap, model_dir, outcomes) -> None:
    from matcher.service import get_model, served_method, warm_funding
    get_model(snap, model_dir, outcomes=outcomes)
    served_method(snap, model_dir=model_dir)
    warm_funding(snap, model_dir)


# ---- places: the pieces the web draws itself from the snapshot ------------------------------------

def place_snapshot(snap, code: str):
    """The snapshot restricted to one place (cached: analysis of a place reuses it)."""
    return cached(snap, "place_snapshot", lambda: snap.subgraph_for_place(code, lens="all"), code)


def funding_flows(snap, code: str) -> dict:
    """Money into a place's organisations (funders may be anywhere): who funds or commissions
    whom, how much, and how concentrated."""
    def compute():
        import numpy as np
        from graph.model import TIE_KINDS

        inside = np.zeros(len(snap.orgs), dtype=bool)
        inside[[snap.index[o.id] for o in place_snapshot(snap, code).orgs]] = True
        money = np.isin(snap.tie_kind, [TIE_KINDS.index("funding"), TIE_KINDS.index("contract")])
        by_pair: dict[tuple[str, str], dict] = {}
        # Only the ties that count are made into records (snap.ties keeps them as columns).
        for t in snap.ties.take(money & inside[snap.tie_dst]):
            d = by_pair.setdefault((t.from_id, t.to_id), {"from": t.from_id, "to": t.to_id, "kind": t.kind,
                                                          "amount": 0.0, "count": 0, "unknown_amounts": 0})
            d["count"] += 1
            if t.amount is None:
                d["unknown_amounts"] += 1
            else:
                d["amount"] += t.amount
        flows = sorted(by_pair.values(), key=lambda d: (-d["amount"], d["from"], d["to"]))
        total = sum(d["amount"] for d in flows)
        received: dict[str, float] = {}
        given: dict[str, float] = {}
        for d in flows:
            received[d["to"]] = received.get(d["to"], 0.0) + d["amount"]
            given[d["from"]] = given.get(d["from"], 0.0) + d["amount"]
        shares = sorted((v / total for v in received.values()), reverse=True) if total else []
        by_kind = {}
        for d in flows:
            k = by_kind.setdefault(d["kind"], {"amount": 0.0, "count": 0, "givers": set(), "unknown_amounts": 0})
            k["amount"] += d["amount"]
            k["count"] += d["count"]
            k["givers"].add(d["from"])
            k["unknown_amounts"] += d["unknown_amounts"]
        return {
            "total": total, "flows": flows,
            "by_kind": {k: {**v, "givers": len(v["givers"])} for k, v in by_kind.items()},
            "recipients": len(received), "funders": len(given),
            "top_recipients": sorted(received.items(), key=lambda kv: -kv[1])[:10],
            "top_funders": sorted(given.items(), key=lambda kv: -kv[1])[:10],
            # Herfindahl-Hirschman index of recipients' shares: 1 = all to one, 1/n = even.
            "concentration_hhi": round(sum(s * s for s in shares), 4) if shares else None,
            "top5_share": round(sum(shares[:5]), 4) if shares else None,
        }
    return cached(snap, "funding_flows", compute, code)


def degrees(snap, code: str) -> dict[str, int]:
    """How many distinct organisations each organisation in the place is tied to (in the place)."""
    def compute():
        import numpy as np
        sub = place_snapshot(snap, code)
        a = sub.adjacency("all")
        counts = np.diff(a.indptr) if a.nnz else np.zeros(len(sub.orgs), dtype=int)
        return {o.id: int(counts[i]) for i, o in enumerate(sub.orgs)}
    return cached(snap, "degrees", compute, code)


# ---- analysis ----------------------------------------------------------------------------------

def _analysis(module: str, name: str):
    # graph.analysis exports its whole API at the package level; `module` is kept only to
    # say where each function lives.
    return _feature("graph.analysis", name)


def _champions_result(snap, code: str):
    fn = _analysis("champions", "champions")
    return cached(snap, "champions", lambda: fn(snap, code, top=25), code)


def _isolation_result(snap, code: str):
    fn = _analysis("isolation", "isolated")
    return cached(snap, "isolated", lambda: fn(snap, code), code)


def _core_result(snap, code: str):
    fn = _analysis("structure", "core_periphery")
    return cached(snap, "core", lambda: fn(snap, code), code)


def network_roles(snap, code: str) -> dict:
    """Champion scores, the core group and isolated groups of a place, for the map and table.

    When the analysis package is unavailable the map still draws, without these marks,
    and `message` says why."""
    def compute():
        try:
            champs = _champions_result(snap, code)
            core = _core_result(snap, code)
            iso = _isolation_result(snap, code)
        except FeatureUnavailable as e:
            return {"champion_score": {}, "core": frozenset(), "isolated": frozenset(),
                    "message": f"Champion scores, the core and isolated groups are not available ({e})."}
        return {"champion_score": {i: float(v) for i, v in zip(champs.ids, champs.scores)},
                "core": frozenset(m.id for m in core.core_group),
                "isolated": frozenset(iso.flags),
                "message": None}
    return cached(snap, "network_roles", compute, code)


def _pct(x) -> str:
    return f"{float(x) * 100:.0f}%"


def _orgs(n: int) -> str:
    return f"{n:,} organisation{'' if n == 1 else 's'}"


def _small_text(o: dict) -> str:
    """Small counts only organisations whose income is known: say so, or a place whose
    sources give no income (a grants file, a network) reads as having no small groups."""
    known = o["total"] - o["by_size"].get("unknown", 0)
    if not known:
        return "Not known: no income is recorded for any organisation here"
    if known < o["total"]:
        return f"{o['small']:,} (income known for {known:,} of {o['total']:,})"
    return f"{o['small']:,}"


def _groups_text(t: dict) -> str:
    """A connected group has two or more organisations; one with no ties is not a group."""
    untied = f"{_orgs(t['untied'])} ha{'s' if t['untied'] == 1 else 've'} no ties"
    if not t["components"]:
        return f"None: no two organisations here are tied; {untied}"
    return (f"{t['components']:,} (the largest has {_orgs(t['largest_component'])})"
            + (f"; {untied}" if t["untied"] else ""))


def ecosystem_summary(snap, code: str) -> dict:
    """The place's ecosystem in numbers, as label/value rows, with the analysis' raw figures."""
    eco_fn = _analysis("ecosystem", "ecosystem")

    def compute():
        from web.labels import SECTOR_LABELS
        eco = eco_fn(snap, code).to_dict()
        core = _core_result(snap, code)
        o, t, f = eco["organisations"], eco["ties"], eco["funding"]
        items = [
            {"label": "Organisations", "value": f"{o['total']:,}"},
            {"label": "By sector", "value": ", ".join(f"{SECTOR_LABELS.get(k, k)} {v:,}"
                                                      for k, v in o["by_sector"].items())},
            {"label": "Small (by income)", "value": _small_text(o)},
            {"label": "Led by smaller or marginalised voices", "value": f"{o['marginalised_led']:,}"},
            {"label": "Unregistered voluntary groups", "value": f"{o['unregistered']:,} (no charity or "
                                                                "company number given)"},
            {"label": "Ties", "value": f"{t['total']:,} between {t['connected_pairs']:,} pairs of organisations"},
            {"label": "Connected groups", "value": _groups_text(t)},
            {"label": "Density", "value": f"{t['density']:.4f} (share of possible pairs that are tied)"},
            {"label": "Strong core", "value": ", ".join(m.name for m in core.core_group) or "None found"},
        ]
        if f.get("total"):
            items += [
                {"label": "Funding into the place", "value": f"{_money_in_data(snap, f['total'])} in {f['ties']:,} grants from "
                                                             f"{f['funder_count']:,} funders to {f['recipients']:,} "
                                                             "organisations (grants only; contracts are counted apart)"},
                {"label": "Funding concentration", "value": f"{f['concentration'][:1].upper()}{f['concentration'][1:]} "
                                                            f"(concentration index {f['funder_hhi']:.2f}, where 1 means one "
                                                            f"funder gives everything; spread among recipients "
                                                            f"{f['recipient_gini']:.2f}, where 0 is equal amounts and 1 "
                                                            "is all to one organisation)"},
                {"label": "Share to small organisations",
                 "value": _pct(f["share_to_small"]) if o["total"] > o["by_size"].get("unknown", 0)
                 else "Not known: no recipient's income is recorded"},
                {"label": "Share to marginalised-led organisations", "value": _pct(f["share_to_marginalised_led"])},
            ]
        return {"items": items, "raw": eco, "core_group": [{"org_id": m.id} for m in core.core_group],
                "notes": []}
    return cached(snap, "ecosystem_summary", compute, code)


def funding_breakdown(snap, code: str) -> dict:
    fn = _analysis("funders", "funding_breakdown")
    return cached(snap, "funding_breakdown", lambda: fn(snap, code), code)


def champions(snap, code: str) -> dict:
    def compute():
        r = _champions_result(snap, code)
        d = r.to_dict()
        d["champions"] = [{**c, "org": {"org_id": c["id"]}} for c in d["champions"]]
        return d
    return cached(snap, "champions_page", compute, code)


def isolated(snap, code: str) -> dict:
    def compute():
        r = _isolation_result(snap, code)
        d = r.to_dict()
        for g in d["groups"]:
            g["members"] = [{**m, "org": {"org_id": m["id"]}} for m in g["members"]]
            g["attached_through"] = [{**a, "org": {"org_id": a["id"]}} for a in g["attached_through"]]
            g["introductions"] = [{**i, "org": {"org_id": i["org_id"]}, "partner": {"org_id": i["partner_id"]}}
                                  for i in g["introductions"]]
        return d
    return cached(snap, "isolated_page", compute, code)


def referrals(snap, code: str) -> dict | None:
    """Referral pathways of a place (None when the analysis is unavailable)."""
    try:
        fn = _analysis("referrals", "referrals")
    except FeatureUnavailable:
        return None

    def compute():
        d = fn(snap, code).to_dict()
        d["widest_reach"] = [{**w, "org": {"org_id": w["id"]}} for w in d.get("widest_reach", [])[:5]]
        d["dead_ends"] = [{**w, "org": {"org_id": w["id"]}} for w in d.get("dead_ends", [])[:5]]
        return d
    return cached(snap, "referrals", compute, code)


def about_data(snap, code: str) -> dict:
    """Sources, dates and what is missing for a place (graph.analysis.provenance)."""
    fn = _feature("graph.analysis.provenance", "about_data")
    return cached(snap, "about_data", lambda: fn(snap, code), code)


def gaps(snap, code: str) -> dict:
    """Gaps of a place: a community x service coverage heatmap, needs without provision,
    under-served communities, structural holes and single points of failure."""
    gaps_fn = _analysis("gaps", "gaps")

    def compute():
        r = gaps_fn(snap, code).to_dict()
        r["heatmap"] = coverage_heatmap(snap, code)
        r["needs_unmet"] = [n for n in r["needs"] if n["status"] != "covered"]
        listed = {(n["place"], n["code"]) for n in r["needs_unmet"]}
        r["underserved"] = [u for u in r["underserved"] if (u["place"], u["community"]) not in listed]
        for h in r["structural_holes"]:
            for c in h["clusters"]:
                c["orgs"] = [{"org_id": i} for i in c.get("members", [])[:8]]
        r["cut_points"] = [{**c, "org": {"org_id": c["id"]}} for c in r["cut_points"]]
        return r
    return cached(snap, "gaps_page", compute, code)


def coverage_heatmap(snap, code: str) -> dict:
    """Organisations in the place serving each community (rows) with each family of
    services (columns), with recorded need marked. Each organisation counts once a cell."""
    import numpy as np

    sub = place_snapshot(snap, code)
    families = [s for s in snap.services if not s.parent]
    fam_index = {s.code: j for j, s in enumerate(families)}
    col_of = np.full(len(snap.services), -1)
    for j, s in enumerate(snap.services):
        fam = s.code.split(".", 1)[0] if s.parent else s.code
        col_of[j] = fam_index.get(fam, fam_index.get(s.parent, -1))
    import scipy.sparse as sp
    keep = col_of >= 0
    fam_map = sp.csr_matrix((np.ones(int(keep.sum())), (np.nonzero(keep)[0], col_of[keep])),
                            shape=(len(snap.services), len(families)))
    org_fam = (sub.org_services @ fam_map)
    org_fam.data[:] = 1
    counts = (sub.org_communities.T @ org_fam).toarray().astype(int)
    need = {(n.target, n.code): n.level for n in sub.needs}
    # Sorted by need: recorded need first (highest first), then the least served. A cell is
    # a gap only where need is recorded for its community or its service family: an empty
    # pair nobody asked for is not shown as a failure.
    col_order = sorted(range(len(families)), key=lambda j: (-(need.get(("service", families[j].code)) or 0),
                                                             families[j].label))
    services_out = [{"code": families[j].code, "label": families[j].label,
                     "need": need.get(("service", families[j].code))} for j in col_order]
    rows = []
    for i, c in enumerate(snap.communities):
        row_need = need.get(("community", c.code))
        cells = []
        for j in col_order:
            count = int(counts[i, j])
            needed = row_need is not None or need.get(("service", families[j].code)) is not None
            cells.append({"service": families[j].code, "count": count, "level": _heat_level(count),
                          "gap": count == 0 and needed})
        rows.append({"community": {"code": c.code, "label": c.label}, "cells": cells,
                     "total": int(np.asarray(sub.org_communities[:, i].sum())), "need": row_need,
                     "gaps": sum(1 for x in cells if x["gap"])})
    rows.sort(key=lambda r: (-(r["need"] or 0), -r["gaps"], r["total"], r["community"]["label"]))
    return {"services": services_out, "rows": rows, "organisations": len(sub.orgs),
            "levels": [{"level": lv, "text": text} for lv, text in HEAT_LEVELS]}


HEAT_LEVELS = ((0, "none"), (1, "1"), (2, "2"), (3, "3–4"), (4, "5–9"), (5, "10 or more"))


def _heat_level(count: int) -> int:
    return 0 if count == 0 else 1 if count == 1 else 2 if count == 2 else 3 if count <= 4 else 4 if count <= 9 else 5


# ---- import and export ---------------------------------------------------------------------------

def import_kinds() -> list[dict]:
    try:
        formats = _feature("graph.importers", "FORMATS")
    except FeatureUnavailable:
        return []
    return [{"value": f.name, "text": f.description, "extensions": list(f.extensions)} for f in formats.values()]


def csv_files() -> list[str]:
    try:
        return list(_feature("graph.importers.csv_format", "FILES"))
    except FeatureUnavailable:
        return []


def import_files(store, kind: str, files, *, contains: str = "", dry_run: bool = False) -> dict:
    """Import uploaded files: the good rows are written, each bad row listed (a file cut off part
    way writes nothing). The report as a dict.

    For partnermap CSV, a single file with another name can be named by `contains`
    (e.g. "organisations.csv"), since the format tells its files apart by name.
    """
    from werkzeug.exceptions import BadRequest

    run_import = _feature("graph.importers", "run_import")
    mapping = {}
    for f in files:
        name = f.filename.replace("\\", "/").rsplit("/", 1)[-1]
        if kind == "csv" and len(files) == 1 and contains:
            if contains not in csv_files():
                raise BadRequest(f"contains must be one of {', '.join(csv_files())}.")
            name = contains
        mapping[name] = f.stream.read()
    report = run_import(store, kind, mapping, dry_run=dry_run)
    out = report.to_dict()
    out["rows"] = _report_rows(out)
    return out


def _report_rows(report: dict) -> list[dict]:
    """Errors, warnings and skipped rows in file and row order, for a row-by-row table."""
    rows = [{**e, "severity": "error"} for e in report["errors"]]
    rows += [{**w, "severity": "warning"} for w in report["warnings"]]
    rows += [{**s, "severity": "skipped"} for s in report["skipped"]["rows"]]
    return sorted(rows, key=lambda r: (r["file"], r["row"], ("error", "warning", "skipped").index(r["severity"])))


def export_formats() -> list[dict]:
    try:
        formats = _feature("graph.exporters", "FORMATS")
    except FeatureUnavailable:
        return []
    return [{"value": f.name, "text": f.description, "extension": f.extension, "mimetype": f.mimetype}
            for f in formats.values()]


def export_download(snap, fmt: str, place: str | None):
    import io

    from flask import send_file
    export = _feature("graph.exporters", "export")
    formats = _feature("graph.exporters", "FORMATS")
    buf = io.BytesIO()
    export(snap, fmt, buf, place=place)
    buf.seek(0)
    spec = formats[fmt]
    name = f"partnermap-{(place or 'all').replace(':', '-')}-{fmt}{spec.extension}"
    return send_file(buf, mimetype=spec.mimetype, as_attachment=True, download_name=name)
