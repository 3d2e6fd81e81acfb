"""Page data: one function per page, returning plain JSON-ready dicts.

The ui blueprint renders these into templates and the api blueprint returns them as JSON,
so what a person sees and what a program fetches cannot drift apart.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from math import ceil

from flask import abort, current_app, url_for

from graph.model import (INTRO_STATUSES, INTRO_TRANSITIONS, LED_BY, SECTORS, SIZE_BANDS, TIE_KINDS,
                         identifier_for_org_id)
from graph.snapshot import EVERYWHERE, EVERYWHERE_NAME
from web import services
from web.labels import (FORM_LABELS, LED_BY_LABELS, SECTOR_LABELS, SECTOR_SHORT, SIZE_LABELS, STATUS_LABELS,
                        TIE_KIND_LABELS, label)
from web.search import FACETS, FILTERS, facet_counts, name_rows, search_rows, searchable_texts, text_rows

__all__ = ["org_card", "org_ref", "facets", "home_data", "search_data", "profile_data",
           "introductions_data", "introduction_data", "places_data", "place_or_404", "org_or_404"]


# ---- small shared shapes ---------------------------------------------------------------------

def org_ref(snap, org_id: str) -> dict:
    """Just enough to name and link an organisation."""
    i = snap.index.get(org_id)
    name = snap.orgs[i].name if i is not None else org_id
    return {"id": org_id, "name": name, "url": url_for("ui.organisation", org_id=org_id)}


def org_card(snap, org) -> dict:
    return {
        "id": org.id, "name": org.name,
        "url": url_for("ui.organisation", org_id=org.id),
        "sector": org.sector, "sector_label": SECTOR_LABELS[org.sector],
        "sector_short": SECTOR_SHORT[org.sector],
        "size_band": org.size_band, "size_label": label("size", org.size_band),
        "led_by": list(org.led_by), "led_by_labels": [LED_BY_LABELS.get(x, x) for x in org.led_by],
        "registered": org.is_registered, "below_radar": org.is_below_radar,
        "places": [{"code": c, "name": snap.label("place", c)} for c in org.places],
    }


def org_or_404(snap, org_id: str):
    i = snap.index.get(org_id)
    if i is None:
        abort(404, f"There is no organisation with id {org_id}.")
    return snap.orgs[i]


@dataclass(frozen=True)
class _Everywhere:
    """The whole network where a page asks for a place (graph.snapshot.EVERYWHERE)."""
    code: str = EVERYWHERE
    name: str = EVERYWHERE_NAME
    kind: str = "everywhere"
    parent: str | None = None


def place_or_404(snap, code: str):
    if code == EVERYWHERE:
        return _Everywhere()
    j = snap.place_index.get(code)
    if j is None:
        abort(404, f"There is no place with code {code}.")
    return snap.places[j]


def _everywhere_item(snap) -> dict:
    """The whole network as the first entry of a list of places."""
    return {"code": EVERYWHERE, "name": EVERYWHERE_NAME, "kind": "everywhere",
            "kind_label": "the whole network", "parent": None, "depth": 0,
            "organisations": len(snap.orgs), "url": url_for("ui.place", code=EVERYWHERE)}


def _service_label(snap, code: str) -> str:
    j = snap.service_index.get(code)
    if j is None:
        return code
    s = snap.services[j]
    if s.parent and s.parent in snap.service_index:
        return f"{snap.label('service', s.parent)}: {s.label}"
    return s.label


def facets(snap) -> dict:
    """The choices for filter menus, shared by search, the partner finder and the API."""
    return services.cached(snap, "facets", lambda: _facets(snap))


def _facets(snap) -> dict:
    def place_option(p):
        depth = len(snap.place_ancestors(p.code)) - 1
        return {"value": p.code, "text": ("– " * max(depth - 1, 0)) + p.name, "kind": p.kind}

    roots = sorted((p for p in snap.places if snap.place_parent.get(p.code) not in snap.place_index),
                   key=lambda p: p.name)
    ordered = []

    def walk(p):
        ordered.append(p)
        for c in sorted(snap.place_children.get(p.code, ()), key=lambda c: snap.label("place", c)):
            walk(snap.places[snap.place_index[c]])
    for r in roots:
        walk(r)
    return {
        "sector": [{"value": s, "text": SECTOR_LABELS[s]} for s in SECTORS],
        "size": [{"value": s, "text": SIZE_LABELS[s]} for s in SIZE_BANDS],
        "led_by": [{"value": "any", "text": "Any smaller or marginalised voice"}]
                  + [{"value": s, "text": LED_BY_LABELS[s]} for s in LED_BY],
        "service": sorted(({"value": s.code, "text": _service_label(snap, s.code)} for s in snap.services),
                          key=lambda o: o["text"]),
        "community": sorted(({"value": c.code, "text": c.label} for c in snap.communities),
                            key=lambda o: o["text"]),
        "place": [place_option(p) for p in ordered],
    }


def _page(args, total: int, size: int) -> tuple[int, int]:
    pages = max(1, ceil(total / size)) if size else 1
    try:
        page = int(args.get("page", 1))
    except (TypeError, ValueError):
        abort(400, "page must be a whole number.")
    if page < 1:
        abort(400, "page must be 1 or more.")
    return page, pages


def _clean_filters(snap, args) -> dict:
    f = {k: (args.get(k) or "").strip() for k in FILTERS}
    checks = {"sector": SECTORS, "size": SIZE_BANDS, "led_by": ("any",) + LED_BY}
    for key, allowed in checks.items():
        if f[key] and f[key] not in allowed:
            abort(400, f"{key} must be one of {', '.join(allowed)}.")
    for key, index in (("place", snap.place_index), ("service", snap.service_index),
                       ("community", snap.community_index)):
        if f[key] and f[key] not in index:
            abort(400, f"unknown {key} code {f[key]!r}.")
    return f


# ---- pages -----------------------------------------------------------------------------------

def help_data() -> dict:
    from web.glossary import glossary
    return {"glossary": glossary()}


def home_data(store, snap) -> dict:
    counts = store.counts()
    areas = [p for p in snap.places if p.kind in ("local_authority", "county")]
    rows = services.place_counts(snap)
    return {
        "counts": counts,
        "version": snap.version,
        "areas": sorted(({"code": p.code, "name": p.name, "kind": p.kind, "organisations": rows[p.code],
                          "url": url_for("ui.place", code=p.code)} for p in areas),
                        key=lambda a: -a["organisations"]),
        "everywhere": _everywhere_item(snap) if snap.orgs else None,
        "recent_introductions": [_intro_dict(snap, i) for i in store.list_introductions()[:5]],
    }


def _args_key(args) -> tuple:
    return tuple(sorted((k, v) for k, v in args.items()))


def search_data(snap, args, open_store=None) -> dict:
    """Search by need: `q` words matched by the store's full-text index (`open_store()`; when
    it cannot be reached, or none is given, in the snapshot's own text, and the page says so),
    then the filters, with counts per facet of everything found."""
    size = current_app.config["PAGE_SIZE"]
    q = (args.get("q") or "").strip()
    hits, note = None, None
    if q:
        hits, note = _text_hits(snap, q, open_store)
    return services.cached(snap, "search_page", lambda: _search_data(snap, args, hits, note), _args_key(args),
                           size, note is not None)


TEXT_SEARCH_UNAVAILABLE = ("The database cannot be reached, so these results match your words in the data as "
                           "last read, not by the full-text index.")


def _text_hits(snap, q: str, open_store) -> tuple[list[int], str | None]:
    """Rows of the snapshot the full-text search finds for `q`, best first, and a note
    when they come from the snapshot's own text instead of the store."""
    from graph.stores import StoreUnavailable

    if open_store is not None:
        def from_store():
            ids = open_store().search_text(q, limit=current_app.config["SEARCH_MAX_RESULTS"])
            # The store may be newer than the snapshot served: what it does not hold yet is left out.
            return [snap.index[i] for i in ids if i in snap.index]
        try:
            return services.cached(snap, "text_hits", from_store, q), None
        except StoreUnavailable:
            pass
    texts = services.cached(snap, "search_texts", lambda: searchable_texts(snap))
    rows = services.cached(snap, "text_hits_local", lambda: text_rows(snap, texts, services.search_index(snap), q), q)
    return rows, (TEXT_SEARCH_UNAVAILABLE if open_store is not None else None)


FACET_LIMIT = 10
_FACET_PLACE_KINDS = ("country", "region")  # every organisation in the demo is in these: no help as a facet


def _facet_options(snap, filters: dict, counts: dict[str, dict[str, int]]) -> dict:
    """Each facet's values among the results, most first, each with the search it leads to."""
    texts = {k: {o["value"]: o["text"] for o in facets(snap)[k]} for k in FACETS}
    texts["place"] = {p.code: p.name for p in snap.places if p.kind not in _FACET_PLACE_KINDS}
    base = {k: v for k, v in filters.items() if v}
    out = {}
    for key in FACETS:
        values = [(code, n) for code, n in counts[key].items()
                  if code in texts[key] and code != filters.get(key)]
        values.sort(key=lambda cn: (-cn[1], texts[key][cn[0]]))
        out[key] = [{"value": code, "text": texts[key][code], "count": n,
                     "url": url_for("ui.search", **{**base, key: code})} for code, n in values[:FACET_LIMIT]]
    return out


def _search_data(snap, args, hits, note) -> dict:
    filters = _clean_filters(snap, args)
    size = current_app.config["PAGE_SIZE"]
    idx = services.search_index(snap)
    rows = search_rows(snap, idx, filters, hits)
    total = len(rows)
    page, pages = _page(args, total, size)
    chosen = rows[(page - 1) * size: page * size]
    active = {k: v for k, v in filters.items() if v}
    return {
        "filters": filters,
        "active_filters": [{"name": k, "value": v, "text": _filter_text(snap, k, v)} for k, v in active.items()],
        "total": total, "page": page, "pages": pages, "page_size": size,
        "capped": bool(filters["q"]) and len(hits or ()) >= current_app.config["SEARCH_MAX_RESULTS"],
        "note": note,
        "results": [org_card(snap, snap.orgs[i]) for i in chosen],
        "facet_counts": _facet_options(snap, filters, facet_counts(snap, idx, rows)),
        "facets": facets(snap),
    }


def _filter_text(snap, key, value) -> str:
    if key == "q":
        return f"Matches “{value}”"
    if key == "place":
        return f"Works in {snap.label('place', value)}"
    if key == "service":
        return f"Offers {_service_label(snap, value)}"
    if key == "community":
        return f"Serves {snap.label('community', value)}"
    if key == "led_by":
        return "Led by a smaller or marginalised voice" if value == "any" else LED_BY_LABELS[value]
    return label(key, value)


def _tie_dict(snap, org_id: str, tie, other) -> dict:
    outgoing = tie.from_id == org_id
    if tie.directed:
        direction = {"referral": ("Refers to", "Receives referrals from"),
                     "funding": ("Funds", "Funded by"),
                     "contract": ("Commissions", "Commissioned by")}[tie.kind][0 if outgoing else 1]
    else:
        direction = "With"
    return {
        "kind": tie.kind, "kind_label": TIE_KIND_LABELS[tie.kind], "direction": direction,
        "outgoing": outgoing, "other": org_ref(snap, other.id),
        "form": tie.form, "form_label": FORM_LABELS.get(tie.form, ""),
        "strength": tie.strength, "since": tie.since, "until": tie.until, "amount": tie.amount,
        "currency": tie.currency or ("GBP" if tie.amount is not None else ""), "source": tie.source,
    }


def profile_data(store, snap, org_id: str, args) -> dict:
    org = org_or_404(snap, org_id)
    ties_by_kind: dict[str, list] = {}
    for tie, other in store.neighbours(org_id):
        ties_by_kind.setdefault(tie.kind, []).append(_tie_dict(snap, org_id, tie, other))
    ties = [{"kind": k, "label": TIE_KIND_LABELS[k], "ties": sorted(ties_by_kind[k], key=lambda t: t["other"]["name"])}
            for k in TIE_KINDS if k in ties_by_kind]
    partner = partner_request(snap, args, default_k=current_app.config["SUGGESTIONS"])
    suggestions = _resolve_refs(snap, services.suggestions_or_message(snap, org_id, partner))
    return {
        "organisation": {
            **org_card(snap, org),
            "description": org.description, "legal_form": org.legal_form, "income": org.income,
            "registered_ids": list(org.registered_ids), "postcode": org.postcode, "website": org.website,
            "publisher_id": identifier_for_org_id(org.id),
            "source": org.source, "updated_at": org.updated_at, "lat": org.lat, "lon": org.lon,
            "services": [{"code": c, "label": _service_label(snap, c), **_inferred_as(org, "services", c)}
                         for c in org.services],
            "communities": [{"code": c, "label": snap.label("community", c), **_inferred_as(org, "communities", c)}
                            for c in org.communities],
            "inferred": [i.to_dict() for i in org.inferred],
        },
        "ties": ties,
        "tie_count": sum(len(v) for v in ties_by_kind.values()),
        "partner_request": partner,
        **suggestions,
        "introductions": [_intro_dict(snap, i) for i in store.list_introductions(org_id=org_id)],
        "requested": requested_with(store, snap, org_id),
        "funding_links": {"funders": url_for("ui.funders_like", org_id=org_id),
                          "recipients": (url_for("ui.recipients_like", org_id=org_id)
                                         if services.gives_funding(snap, org_id) or org.sector == "funder" else None)},
    }


def _inferred_as(org, field: str, code: str) -> dict:
    """For a service or community: whether a source stated it or we inferred it (and how)."""
    inference = org.inferred_values(field).get(code)
    if inference is None:
        return {"inferred": False}
    return {"inferred": True, "confidence": inference.confidence, "method": inference.method,
            "evidence": inference.evidence}


def partner_request(snap, args, default_k: int) -> dict:
    """The partner finder's settings from query arguments, checked."""
    f = _clean_filters(snap, args)
    try:
        k = int(args.get("k") or default_k)
    except ValueError:
        abort(400, "k must be a whole number.")
    if not 1 <= k <= 100:
        abort(400, "k must be between 1 and 100.")
    fairness = (args.get("fairness") or services.DEFAULT_FAIRNESS).strip()
    if fairness not in services.FAIRNESS_SETTINGS:
        abort(400, f"fairness must be one of {', '.join(services.FAIRNESS_SETTINGS)}.")
    return {"filters": {k_: f[k_] for k_ in ("place", "service", "community", "sector", "size", "led_by")},
            "k": k, "fairness": fairness}


# ---- introductions -----------------------------------------------------------------------------

def _intro_dict(snap, intro) -> dict:
    d = intro.to_dict()
    d["org_a"] = org_ref(snap, intro.org_a)
    d["org_b"] = org_ref(snap, intro.org_b)
    d["status_label"] = STATUS_LABELS[intro.status]
    d["next_statuses"] = [{"value": s, "text": STATUS_LABELS[s]} for s in INTRO_TRANSITIONS[intro.status]]
    d["url"] = url_for("ui.introduction", intro_id=intro.id)
    for h in d["history"]:
        h["status_label"] = STATUS_LABELS.get(h["status"], h["status"])
    return d


def requested_with(store, snap, org_id: str) -> dict:
    """{other organisation's id: its introduction with `org_id`} for the introductions still
    open or done (declined ones can be asked for again), newest first, so suggestion cards
    can say "already requested" and link to the record."""
    out = {}
    for intro in store.list_introductions(org_id=org_id):
        if intro.status == "declined":
            continue
        other = intro.org_b if intro.org_a == org_id else intro.org_a
        if other not in out:
            out[other] = {"id": intro.id, "status": intro.status, "status_label": STATUS_LABELS[intro.status],
                          "url": url_for("ui.introduction", intro_id=intro.id)}
    return out


def existing_introduction(store, org_a: str, org_b: str):
    """An introduction between the pair (either way round) that was not declined, or None."""
    for intro in store.list_introductions(org_id=org_a):
        if {intro.org_a, intro.org_b} == {org_a, org_b} and intro.status != "declined":
            return intro
    return None


def introductions_data(store, snap, args) -> dict:
    status = (args.get("status") or "").strip()
    if status and status not in INTRO_STATUSES:
        abort(400, f"status must be one of {', '.join(INTRO_STATUSES)}.")
    org_id = (args.get("org") or "").strip() or None
    if org_id:
        org_or_404(snap, org_id)
    intros = store.list_introductions(org_id=org_id, status=status or None)
    all_intros = store.list_introductions(org_id=org_id) if status else intros
    counts = {s: 0 for s in INTRO_STATUSES}
    for i in all_intros:
        counts[i.status] += 1
    size = current_app.config["PAGE_SIZE"] * 5
    page, pages = _page(args, len(intros), size)
    return {
        "filters": {"status": status, "org": org_id or ""},
        "org": org_ref(snap, org_id) if org_id else None,
        "counts": [{"status": s, "label": STATUS_LABELS[s], "count": counts[s]} for s in INTRO_STATUSES],
        "total": len(intros), "page": page, "pages": pages,
        "introductions": [_intro_dict(snap, i) for i in intros[(page - 1) * size: page * size]],
        "statuses": [{"value": s, "text": STATUS_LABELS[s]} for s in INTRO_STATUSES],
    }


def introduction_data(store, snap, intro_id: str) -> dict:
    intro = store.get_introduction(intro_id)
    if intro is None:
        abort(404, f"There is no introduction with id {intro_id}.")
    return {"introduction": _intro_dict(snap, intro)}


# ---- places ----------------------------------------------------------------------------------

def places_data(snap) -> dict:
    return services.cached(snap, "places_page", lambda: _places_data(snap))


def _places_data(snap) -> dict:
    counts = services.place_counts(snap)
    items = []
    for opt in facets(snap)["place"]:
        p = snap.places[snap.place_index[opt["value"]]]
        items.append({"code": p.code, "name": p.name, "kind": p.kind, "kind_label": p.kind.replace("_", " "),
                      "parent": snap.place_parent.get(p.code, ""), "depth": len(snap.place_ancestors(p.code)) - 1,
                      "organisations": counts.get(p.code, 0), "url": url_for("ui.place", code=p.code)})
    # The whole network first: a network imported without places (most published ones) is
    # reached only this way, and a national view is wanted beside local ones.
    return {"places": ([_everywhere_item(snap)] if snap.orgs else []) + items}


# ---- funders: who funds work like this, whom a funder might fund -----------------------------

def _k(args, default: int) -> int:
    try:
        k = int(args.get("k") or default)
    except ValueError:
        abort(400, "k must be a whole number.")
    if not 1 <= k <= 100:
        abort(400, "k must be between 1 and 100.")
    return k


def funders_like_data(snap, org_id: str, args) -> dict:
    """Funders who fund work like this organisation's and do not fund it yet."""
    org = org_or_404(snap, org_id)
    data = dict(services.funder_suggestions(snap, org_id, _k(args, current_app.config["SUGGESTIONS"])))
    data["organisation"] = org_card(snap, org)
    data["funded_by"] = [org_ref(snap, f["org_id"]) for f in data["funded_by"]]
    data["suggestions"] = [{**s, "org": org_ref(snap, s["org_id"])} for s in data["suggestions"]]
    data["place_note"] = _funders_place_note(snap, org, data["suggestions"])
    return data


def _funders_place_note(snap, org, suggestions: list[dict]) -> str:
    """Each suggested funder's grants to groups in the organisation's places ("funded_here"),
    and a note when none has any: a group in Trafford was offered only American foundations,
    ranked by how many groups they fund, with nothing said about where."""
    import numpy as np

    if not org.places or not suggestions or not len(snap.ties):
        return ""
    here = np.zeros(len(snap.orgs), dtype=bool)
    for code in org.places:
        here[snap.org_rows_in_place(code)] = True
    funding = snap.tie_mask("funding")
    for s in suggestions:
        row = snap.index[s["org_id"]]
        mine = funding & (snap.tie_src == row)
        s["funded_here"] = int(np.unique(snap.tie_dst[mine][here[snap.tie_dst[mine]]]).size)
    if any(s["funded_here"] for s in suggestions):
        return ""
    places = ", ".join(snap.label("place", c) for c in org.places)
    return (f"None of these funders has funded a group in {places} in this data: they are ranked on "
            "what they fund and how, not on where. Check that a funder gives in your area before you apply.")


def recipients_like_data(snap, org_id: str, args) -> dict:
    """Groups like the ones this funder funds that it does not fund yet, fairly ranked."""
    org = org_or_404(snap, org_id)
    fairness = (args.get("fairness") or services.DEFAULT_FAIRNESS).strip()
    if fairness not in services.FAIRNESS_SETTINGS:
        abort(400, f"fairness must be one of {', '.join(services.FAIRNESS_SETTINGS)}.")
    k = _k(args, current_app.config["SUGGESTIONS"])
    data = dict(services.recipient_suggestions(snap, org_id, k, fairness))
    data["organisation"] = org_card(snap, org)
    data["suggestions"] = [{**s, "org": org_card(snap, snap.org(s["org_id"]))} for s in data["suggestions"]]
    data["settings"] = {"k": k, "fairness": fairness}
    return data


# ---- partner finder --------------------------------------------------------------------------

def partners_data(snap, args, store=None) -> dict:
    org_id = (args.get("org") or "").strip()
    request_ = partner_request(snap, args, default_k=current_app.config["SUGGESTIONS"])
    out = {"org": None, "partner_request": request_, "suggestions": [], "suggestions_message": None,
           "fairness": services.fairness_info(request_["fairness"]), "candidates": []}
    q = (args.get("q") or "").strip()
    if q and not org_id:
        rows = name_rows(services.search_index(snap), q)
        out["candidates"] = [org_card(snap, snap.orgs[i]) for i in rows[:20]]
    out["q"] = q
    if not org_id:
        return out
    org = org_or_404(snap, org_id)
    out["org"] = org_card(snap, org)
    out["requested"] = requested_with(store, snap, org_id) if store is not None else {}
    out.update(_resolve_refs(snap, services.suggest(snap, org_id, request_)))
    out["suggestions_message"] = None
    return out


DESCRIBE_TEXT_MAX = 5000


def _codes(args, name: str) -> list[str]:
    """A multi-valued field: repeated (`offers=a&offers=b`) or comma-separated."""
    values = args.getlist(name) if hasattr(args, "getlist") else [args.get(name) or ""]
    out: list[str] = []
    for v in values:
        for code in str(v or "").replace(";", ",").split(","):
            if code.strip() and code.strip() not in out:
                out.append(code.strip())
    return out


def described_data(snap, args) -> dict:
    """The partner finder for an organisation that is not listed: what it does (`offers`),
    whom it serves (`serves`), where (`works_in`), and/or a paragraph about it (`about`) that
    the text classifier reads. Returns the form as understood, `errors` per field (then no
    suggestions), and the suggestions with reasons."""
    request_ = partner_request(snap, args, default_k=current_app.config["SUGGESTIONS"])
    form = {"name": (args.get("name") or "").strip()[:200], "about": (args.get("about") or "").strip(),
            "offers": _codes(args, "offers"), "serves": _codes(args, "serves"),
            "works_in": _codes(args, "works_in")}
    out = {"form": form, "errors": {}, "read_from_text": [], "described": None, "suggestions": [],
           "partner_request": request_, "fairness": services.fairness_info(request_["fairness"]),
           "asked": any(form[k] for k in ("about", "offers", "serves", "works_in"))}
    if not out["asked"]:
        return out
    errors = out["errors"]
    for field, index, kind in (("offers", snap.service_index, "service"), ("serves", snap.community_index, "community"),
                               ("works_in", snap.place_index, "place")):
        unknown = [c for c in form[field] if c not in index]
        if unknown:
            errors[field] = f"Choose from the list: there is no {kind} {', '.join(repr(c) for c in unknown)}"
    if len(form["about"]) > DESCRIBE_TEXT_MAX:
        errors["about"] = f"Describe the organisation in {DESCRIBE_TEXT_MAX:,} characters or fewer"
    services_, communities = list(form["offers"]), list(form["serves"])
    if form["about"] and "about" not in errors:
        try:
            read = services.classify_description(form["about"])
        except services.FeatureUnavailable as e:
            errors["about"] = f"The description cannot be read here ({e}); choose services and communities instead"
            read = []
        for p in read:
            index = snap.service_index if p["field"] == "services" else snap.community_index
            if p["code"] not in index:
                continue
            into = services_ if p["field"] == "services" else communities
            if p["code"] not in into:
                into.append(p["code"])
                label_ = _service_label(snap, p["code"]) if p["field"] == "services" else \
                    snap.label("community", p["code"])
                out["read_from_text"].append({**p, "label": label_})
        if not read and not (form["offers"] or form["serves"]) and "about" not in errors:
            errors["about"] = ("No service or community could be read from this description: add a few words "
                               "about what the organisation does and for whom, or choose them below")
    if not errors and not (services_ or communities):
        errors["offers"] = "Choose at least one service or community, or describe the organisation"
    if errors:
        return out
    described = {"name": form["name"], "services": services_, "communities": communities,
                 "places": form["works_in"]}
    out["described"] = {
        "name": form["name"] or "Your organisation",
        "services": [{"code": c, "label": _service_label(snap, c)} for c in services_],
        "communities": [{"code": c, "label": snap.label("community", c)} for c in communities],
        "places": [{"code": c, "name": snap.label("place", c)} for c in form["works_in"]]}
    out.update(_resolve_refs(snap, services.suggest_described(snap, described, request_)))
    return out


# ---- a place's ecosystem -----------------------------------------------------------------------

def _place_head(snap, code: str) -> dict:
    p = place_or_404(snap, code)
    return {"place": {"code": p.code, "name": p.name, "kind": p.kind, "url": url_for("ui.place", code=p.code),
                      "parents": [{"code": a, "name": snap.label("place", a), "url": url_for("ui.place", code=a)}
                                  for a in reversed(snap.place_ancestors(code)[1:])]}}


def ecosystem_data(snap, code: str, args) -> dict:
    key = (code, str(args.get("page", "1")), current_app.config["PAGE_SIZE"], current_app.config["MAP_MAX_NODES"])
    return services.cached(snap, "ecosystem_page", lambda: _ecosystem_data(snap, code, args), *key)


def _ecosystem_rows(snap, code: str) -> list[int]:
    def compute():
        sub = services.place_snapshot(snap, code)
        score = services.network_roles(snap, code)["champion_score"]
        return sorted(range(len(sub.orgs)), key=lambda i: (-score.get(sub.orgs[i].id, 0.0),
                                                           sub.orgs[i].name.lower()))
    return services.cached(snap, "ecosystem_rows", compute, code)


def _ecosystem_data(snap, code: str, args) -> dict:
    head = _place_head(snap, code)
    sub = services.place_snapshot(snap, code)
    roles = services.network_roles(snap, code)
    flows = services.funding_flows(snap, code)
    degree = services.degrees(snap, code)
    rows = _ecosystem_rows(snap, code)
    size = current_app.config["PAGE_SIZE"] * 5
    page, pages = _page(args, len(rows), size)
    table = []
    for i in rows[(page - 1) * size: page * size]:
        o = sub.orgs[i]
        table.append({**org_card(snap, o), "ties": degree.get(o.id, 0),
                      "champion_score": roles["champion_score"].get(o.id),
                      "core": o.id in roles["core"], "isolated": o.id in roles["isolated"]})
    max_nodes = current_app.config["MAP_MAX_NODES"]
    try:
        summary, summary_message = services.ecosystem_summary(snap, code), None
    except services.FeatureUnavailable as e:
        summary, summary_message = None, f"The ecosystem summary is not available: {e}."
    return {
        **head,
        "summary": summary, "summary_message": summary_message,
        "funding": {**flows, "flows": [{**f, "from": org_ref(snap, f["from"]), "to": org_ref(snap, f["to"])}
                                       for f in flows["flows"][:50]],
                    "top_recipients": [{"org": org_ref(snap, i), "amount": a} for i, a in flows["top_recipients"]],
                    "top_funders": [{"org": org_ref(snap, i), "amount": a} for i, a in flows["top_funders"]]},
        "map": {"organisations": len(sub.orgs), "ties": len(sub.ties), "shown": min(len(sub.orgs), max_nodes),
                "data_url": url_for("api.place_network", code=code)},
        "organisations": table, "total": len(rows), "page": page, "pages": pages,
        "roles_message": roles.get("message"),
        "referrals": _resolve_refs(snap, services.referrals(snap, code)),
    }


MAP_GROUPINGS = ("none", "place", "community")
MAP_ALWAYS_LABELLED = 30  # the most central organisations keep their names at every zoom, where they fit


def map_grouping(args) -> str:
    group = (args.get("group") or "none").strip()
    if group not in MAP_GROUPINGS:
        abort(400, f"group must be one of {', '.join(MAP_GROUPINGS)}.")
    return group


def network_data(snap, code: str, group: str = "none") -> dict:
    return services.cached(snap, "network_page", lambda: _network_data(snap, code, group), code,
                           current_app.config["MAP_MAX_NODES"], group)


def _map_ids(snap, code: str, sub, roles, degree) -> list[str]:
    """The organisations a map draws: all of them up to MAP_MAX_NODES; beyond that the core
    and the isolated groups, then the highest champion scores and the most ties."""
    score = roles["champion_score"]
    max_nodes = current_app.config["MAP_MAX_NODES"]
    ids = [o.id for o in sub.orgs]
    if len(ids) > max_nodes:
        must = [i for i in ids if i in roles["core"] or i in roles["isolated"]]
        rest = sorted((i for i in ids if i not in roles["core"] and i not in roles["isolated"]),
                      key=lambda i: (-score.get(i, 0.0), -degree.get(i, 0), i))
        ids = (must + rest)[:max_nodes] if len(must) < max_nodes else must[:max_nodes]
    return ids


def _no_ties_note(snap, code: str) -> str:
    """Why a place's map draws no line: its organisations' ties may all be with
    organisations elsewhere (a council's grants file: the council has no place), which
    a place's map leaves out. Said with the kinds, so grants are not taken for work together."""
    import numpy as np
    from graph.model import TIE_KINDS

    name = snap.label("place", code)
    inside = np.zeros(len(snap.orgs), dtype=bool)
    inside[snap.org_rows_in_place(code)] = True
    out = inside[snap.tie_src] != inside[snap.tie_dst] if len(snap.ties) else np.zeros(0, dtype=bool)
    if not out.any():
        return ("No ties are recorded for these organisations. Import partnerships, referrals or grants "
                "(Data page), or record introductions, to see who works with whom.")
    counts = np.bincount(snap.tie_kind[out].astype(np.int64), minlength=len(TIE_KINDS))
    kinds = ", ".join(f"{int(n):,} {TIE_KIND_LABELS[k].lower()}" for k, n in zip(TIE_KINDS, counts.tolist()) if n)
    return (f"No two of these organisations are tied to each other. Their {int(out.sum()):,} "
            f"tie{'' if out.sum() == 1 else 's'} ({kinds}) are with organisations outside {name}, "
            "which this map does not draw: open an organisation's profile to see them"
            + (", or the funding flows below." if counts[TIE_KINDS.index("funding")] else "."))


def _network_data(snap, code: str, group: str = "none") -> dict:
    """The map's data: Cytoscape.js elements for the place's organisations and ties, with
    positions computed on the server (graph.analysis.layout), what the filters offer and,
    for a grouped layout, the groups' boxes.

    Large places are cut to MAP_MAX_NODES organisations, keeping the highest champion
    scores, then the most connected, and always the core and the isolated groups; the
    response says how many were left off.
    """
    from graph.analysis.layout import map_layout, primary_area
    from graph.model import DIRECTED_TIE_KINDS, TIE_LENSES

    _place_head(snap, code)
    sub = services.place_snapshot(snap, code)
    roles = services.network_roles(snap, code)
    degree = services.degrees(snap, code)
    score = roles["champion_score"]
    ids = _map_ids(snap, code, sub, roles, degree)
    keep = set(ids)
    layout = services.cached(snap, "map_layout", lambda: map_layout(snap, code, ids=ids, group_by=group),
                             code, current_app.config["MAP_MAX_NODES"], group)
    area = primary_area(snap, code)
    groups = [{**g, "id": f"group:{g['key']}"} for g in layout.groups]
    central = {i: r for r, i in enumerate(sorted(ids, key=lambda i: (-score.get(i, 0.0), -degree.get(i, 0), i))
                                        [:MAP_ALWAYS_LABELLED])}
    top = max(score.values(), default=0.0) or 1.0
    nodes = []
    for oid in ids:
        o = sub.orgs[sub.index[oid]]
        s = score.get(oid, 0.0)
        x, y = layout.positions[oid]
        flags = (("org", True), ("core", oid in roles["core"]), ("isolated", oid in roles["isolated"]),
                 ("central", oid in central))
        nodes.append({"data": {
            "id": oid, "label": o.name, "sector": o.sector, "size_band": o.size_band or "",
            "led_by": list(o.led_by), "marginalised_led": o.is_marginalised_led, "small": o.is_small,
            "area": area.get(oid, ""), "places": list(o.places),
            "champion_score": round(float(s), 4), "weight": round(float(s) / top, 4), "ties": degree.get(oid, 0),
            "core": oid in roles["core"], "isolated": oid in roles["isolated"], "central": oid in central,
            "central_rank": central.get(oid), "group": f"group:{layout.group_of[oid]}" if oid in layout.group_of else "",
            "url": url_for("ui.organisation", org_id=oid)},
            "position": {"x": x, "y": y},
            "classes": " ".join(c for c, on in flags if on)})
    lens_of = {k: lens for lens, kinds in TIE_LENSES.items() for k in kinds}
    edges = []
    seen = set()
    kinds_present = set()
    for t in sub.ties:
        if t.from_id in keep and t.to_id in keep:
            key = (t.from_id, t.to_id, t.kind)
            if key in seen:
                continue
            seen.add(key)
            kinds_present.add(t.kind)
            edges.append({"data": {"id": f"e{len(edges)}", "source": t.from_id, "target": t.to_id,
                                   "kind": t.kind, "lens": lens_of.get(t.kind, ""), "directed": t.directed,
                                   "strength": t.strength},
                          "classes": "directed" if t.directed else ""})
    sectors = {n["data"]["sector"] for n in nodes}
    sizes = {n["data"]["size_band"] for n in nodes}
    areas: dict[str, int] = {}
    for n in nodes:
        if n["data"]["area"]:
            areas[n["data"]["area"]] = areas.get(n["data"]["area"], 0) + 1
    return {"place": {"code": code, "name": snap.label("place", code)},
            "elements": {"nodes": nodes, "edges": edges},
            "no_ties_note": "" if edges else _no_ties_note(snap, code),
            "group": group, "groups": groups,
            "organisations": len(sub.orgs), "shown": len(nodes), "left_off": len(sub.orgs) - len(nodes),
            "sectors": [{"value": s, "text": SECTOR_LABELS[s]} for s in SECTORS if s in sectors],
            "tie_kinds": [{"value": k, "text": TIE_KIND_LABELS[k], "directed": k in DIRECTED_TIE_KINDS,
                           "lens": lens_of.get(k, "")} for k in TIE_KINDS if k in kinds_present],
            "sizes": [{"value": s, "text": SIZE_LABELS[s]} for s in SIZE_BANDS if s in sizes]
                     + ([{"value": "", "text": "Size not known"}] if "" in sizes else []),
            "areas": sorted(({"value": c, "text": snap.label("place", c), "organisations": n}
                             for c, n in areas.items()), key=lambda a: a["text"]),
            "groupings": [{"value": "none", "text": "No grouping (connected groups apart)"},
                          {"value": "place", "text": "By area inside " + snap.label("place", code)},
                          {"value": "community", "text": "By community (who works with whom)"}]}


def geography_data(store, snap, code: str) -> dict:
    return services.cached(snap, "geography_page", lambda: _geography_data(store, snap, code), code)


def _geography_data(store, snap, code: str) -> dict:
    """The geographic map: organisations at their coordinates, and the place and the places
    inside it outlined (where boundaries were imported) and shaded by need against provision."""
    from graph.analysis.geography import BANDS, need_against_provision

    head = _place_head(snap, code)
    codes = list(snap.place_descendants(code))
    outlines = services.cached(snap, "boundaries", lambda: store.boundaries())
    scored = {a["code"]: a for a in need_against_provision(snap, codes)}
    areas = []
    for c in codes:
        b = outlines.get(c)
        if b is None:
            continue
        a = scored[c]
        areas.append({"type": "Feature", "geometry": b.geometry,
                      "properties": {k: a[k] for k in ("code", "name", "organisations", "needs", "unmet", "thin",
                                                       "score", "band", "words")}
                      | {"url": url_for("ui.place", code=c), "outer": c == code}})
    points, unplaced = [], 0
    for i in snap.org_rows_in_place(code).tolist():
        o = snap.orgs[i]
        if o.lat is None or o.lon is None:
            unplaced += 1
            continue
        points.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [o.lon, o.lat]},
                       "properties": {"id": o.id, "name": o.name, "sector": o.sector,
                                      "sector_label": SECTOR_LABELS[o.sector], "small": o.is_small,
                                      "marginalised_led": o.is_marginalised_led,
                                      "url": url_for("ui.organisation", org_id=o.id)}})
    table = [{k: v for k, v in a.items() if k != "need_list"} | {"has_boundary": a["code"] in outlines,
                                                                "top_needs": a["need_list"][:3]}
             for a in scored.values() if a["needs"] or a["code"] in outlines]
    config = current_app.config
    return {**head,
            "areas": {"type": "FeatureCollection", "features": areas},
            "organisations": {"type": "FeatureCollection", "features": points},
            "counts": {"organisations": len(points) + unplaced, "located": len(points), "unplaced": unplaced,
                       "areas": len(codes), "outlined": len(areas)},
            "area_table": table,
            "bands": [{"value": band, "text": words} for _, band, words in BANDS]
                     + [{"value": "unknown", "text": "need not recorded"}],
            "sectors": [{"value": s, "text": SECTOR_LABELS[s]} for s in SECTORS],
            "tiles": {"url": config["GEO_TILE_URL"] or None, "attribution": config["GEO_TILE_ATTRIBUTION"]}}


def funding_data(snap, code: str) -> dict:
    return services.cached(snap, "funding_page", lambda: _funding_data(snap, code), code)


def _funding_data(snap, code: str) -> dict:
    """A place's grants for funders, as chart-ready numbers: one reconciled total (the
    ecosystem's), who gives it, where and to whom it goes, by size band and year."""
    from web.templating import money

    head = _place_head(snap, code)
    data = services.funding_breakdown(snap, code)
    eco = services.ecosystem_summary(snap, code)["raw"]["funding"]
    flows = services.funding_flows(snap, code)
    contracts = [f for f in flows["flows"] if f["kind"] == "contract"]
    commissioners = {f["from"] for f in contracts}
    concentration = eco.get("concentration") or "no funding with a stated amount"
    words = {"concentration": concentration, "sentence": concentration[:1].upper() + concentration[1:] + ".",
             "hhi": eco.get("funder_hhi") if data["total"] else None,
             "gini": eco.get("recipient_gini") if data["total"] else None}
    fair = []
    for f in data["fairness"]:
        fair.append({**f, "sentence": (
            f"{f['label']} are {f['share_of_organisations']:.0%} of the {data['possible_recipients']:,} "
            f"organisations here that could receive a grant, and receive {f['share_of_money']:.1%} of the money.")})
    size_rows = [{**r, "label": SIZE_LABELS.get(r["band"], "Size not known")} for r in data["size_bands"]]
    peak = max(data["years"], key=lambda y: y["total"], default=None)
    dated = [y for y in data["years"] if y["year"] != "undated"]
    over_time = ("No grant states when it started." if not dated else
                 f"Grants started between {dated[0]['year']} and {dated[-1]['year']}; the most money started in "
                 f"{peak['year']} ({money(peak['total'])} in {peak['grants']} grant{'' if peak['grants'] == 1 else 's'}).")
    return {**head, **{k: v for k, v in data.items() if k not in ("place", "place_name", "fairness", "size_bands")},
            "fairness": fair, "size_bands": size_rows, "words": words, "over_time": over_time,
            "contracts": {"total": round(sum(f["amount"] for f in contracts), 2), "count": sum(f["count"] for f in contracts),
                          "commissioners": len(commissioners),
                          "without_amount": sum(f["unknown_amounts"] for f in contracts)},
            "records_reconciled": eco.get("records_reconciled", 0)}


def about_place_data(snap, code: str) -> dict:
    head = _place_head(snap, code)
    return {**head, "about": services.about_data(snap, code)}


def gaps_data(snap, code: str) -> dict:
    return services.cached(snap, "gaps_data", lambda: _gaps_data(snap, code), code)


def _gaps_data(snap, code: str) -> dict:
    head = _place_head(snap, code)
    gaps = services.gaps(snap, code)
    return {**_resolve_refs(snap, gaps), **head}


def champions_data(snap, code: str) -> dict:
    return services.cached(snap, "champions_data", lambda: _champions_data(snap, code), code)


def _champions_data(snap, code: str) -> dict:
    head = _place_head(snap, code)
    return {**_resolve_refs(snap, services.champions(snap, code)), **head}


def isolated_data(snap, code: str) -> dict:
    return services.cached(snap, "isolated_data", lambda: _isolated_data(snap, code), code)


def _isolated_data(snap, code: str) -> dict:
    head = _place_head(snap, code)
    return {**_resolve_refs(snap, services.isolated(snap, code)), **head}


ISOLATED_KINDS = {"isolate": "Working alone", "small_component": "Small group cut off",
                  "periphery": "On the edge"}
ISOLATED_PAGE_SIZE = 10


def isolated_page(snap, code: str, args, open_store=None) -> dict:
    """Isolated groups as a table: filtered by kind, size and who leads them, a page at a
    time, each introduction with its 0-1 strength and whether it was already requested
    (read from `open_store()`; while the database is unreachable the page is still served
    from the snapshot, without those markers, and says so)."""
    from graph.stores import StoreUnavailable

    data = isolated_data(snap, code)
    f = {k: (args.get(k) or "").strip() for k in ("kind", "size", "led_by")}
    for key, allowed in (("kind", tuple(ISOLATED_KINDS)), ("size", SIZE_BANDS), ("led_by", ("any",) + LED_BY)):
        if f[key] and f[key] not in allowed:
            abort(400, f"{key} must be one of {', '.join(allowed)}.")
    introduced, markers_note = {}, None
    if open_store is not None:
        try:
            for intro in open_store().list_introductions():
                introduced.setdefault(frozenset((intro.org_a, intro.org_b)), intro)
        except StoreUnavailable:
            markers_note = ("The database cannot be reached, so introductions already requested are not marked "
                            "below.")
    rows = []
    for g in data["groups"]:
        sizes = sorted({m.get("size_band") for m in g["members"] if m.get("size_band")},
                       key=lambda s: SIZE_BANDS.index(s))
        led = sorted({x for m in g["members"] for x in m["org"].get("led_by", ())})
        if f["kind"] and g["kind"] != f["kind"]:
            continue
        if f["size"] and f["size"] not in sizes:
            continue
        if f["led_by"] and not (led if f["led_by"] == "any" else f["led_by"] in led):
            continue
        intros = []
        for i in g["introductions"]:
            done = introduced.get(frozenset((i["org_id"], i["partner_id"])))
            intros.append({**i, "already": None if done is None else {
                "id": done.id, "status": done.status, "status_label": STATUS_LABELS[done.status],
                "url": url_for("ui.introduction", intro_id=done.id)}})
        rows.append({**g, "introductions": intros, "kind_label": ISOLATED_KINDS[g["kind"]],
                     "size_bands": [{"value": s, "text": SIZE_LABELS[s]} for s in sizes],
                     "led_by": [{"value": x, "text": LED_BY_LABELS.get(x, x)} for x in led],
                     "best_strength": max((i["strength"] for i in intros), default=None)})
    page, pages = _page(args, len(rows), ISOLATED_PAGE_SIZE)
    start = (page - 1) * ISOLATED_PAGE_SIZE
    return {**{k: v for k, v in data.items() if k != "groups"},
            "groups": rows[start:start + ISOLATED_PAGE_SIZE], "matching_groups": len(rows),
            "listed_groups": len(data["groups"]), "first": start + 1 if rows else 0,
            "last": min(start + ISOLATED_PAGE_SIZE, len(rows)), "page": page, "pages": pages,
            "filters": f, "active_filters": {k: v for k, v in f.items() if v}, "markers_note": markers_note,
            "filter_options": {"kind": [{"value": k, "text": t} for k, t in ISOLATED_KINDS.items()],
                               "size": facets(snap)["size"], "led_by": facets(snap)["led_by"]}}


def _resolve_refs(snap, obj):
    """Turn every {"org_id": X} left by the services layer into a linked organisation card."""
    if isinstance(obj, dict):
        if set(obj) == {"org_id"}:
            i = snap.index.get(obj["org_id"])
            return org_card(snap, snap.orgs[i]) if i is not None else org_ref(snap, obj["org_id"])
        return {k: _resolve_refs(snap, v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_resolve_refs(snap, v) for v in obj]
    return obj


# ---- data: import and export --------------------------------------------------------------------

def data_page(snap) -> dict:
    return {"import_kinds": services.import_kinds(), "export_formats": services.export_formats(),
            "csv_files": services.csv_files(),
            "csv_file_options": [{"value": f, "text": f"{f[:-4].capitalize()} ({f})"} for f in services.csv_files()],
            "places": facets(snap)["place"]}


def run_import(store, files, form) -> dict:
    """Validate (and unless it is a dry run or any row is bad, write) an upload; the report."""
    files = [f for f in files if f and f.filename]
    if not files:
        abort(400, "Choose at least one file to upload.")
    kind = form.get("kind") or "csv"
    kinds = {k["value"] for k in services.import_kinds()}
    if kind not in kinds:
        abort(400, f"kind must be one of {', '.join(sorted(kinds))}.")
    return services.import_files(store, kind, files, contains=form.get("contains") or "",
                                 dry_run=bool(form.get("dry_run")))


def export_response(snap, args):
    fmt = (args.get("format") or "").strip()
    place = (args.get("place") or "").strip() or None
    formats = {f["value"] for f in services.export_formats()}
    if fmt not in formats:
        abort(400, f"format must be one of {', '.join(sorted(formats))}.")
    if place:
        place_or_404(snap, place)
    return services.export_download(snap, fmt, place)


# ---- warming ----------------------------------------------------------------------------------

def warm(app, places: int, snap=None, seconds: float | None = None) -> list[str]:
    """Compute the pages of the `places` largest areas (and the home page) into the app's
    cache, so the first visitors do not wait for the analysis. Returns the places warmed.
    `snap`: a snapshot not yet served (web.state builds the next one in the background).
    `seconds` (default: the WARM_SECONDS setting): the largest place is always computed, each
    further one only while computing places has taken less than this. At 370,000
    organisations one region-sized place costs over a minute on 2 cores, so three of them
    held the server's start (gunicorn forks its workers only after this) for four minutes;
    the places left out are computed on their first visit, as every smaller place is."""
    import time

    from web.api import network_json   # the map's JSON text, as its route sends it

    budget = float(app.config["WARM_SECONDS"] if seconds is None else seconds)
    with app.test_request_context("/"):
        state = app.extensions["partnermap"]
        snap = snap if snap is not None else state.snapshot()
        home_data(state.open(), snap)
        facets(snap)
        services.search_index(snap)   # a search's first cost, over every organisation: shared by the workers
        services.warm_matcher(snap)
        # Every profile asks whether its organisation funds anyone: the answer set, built
        # over every funder's record, is shared by the workers instead of built in each.
        services.gives_funding(snap, "")
        for name in app.jinja_env.list_templates():  # compiled once here, not in every worker
            if name.endswith(".html"):
                app.jinja_env.get_template(name)
        counts = services.place_counts(snap)
        candidates = [p for p in snap.places if p.kind not in ("country",) and counts.get(p.code)]
        chosen = sorted(candidates, key=lambda p: (-counts[p.code], p.code))[:max(0, places)]
        warmed: list[str] = []
        started = time.monotonic()
        for p in chosen:
            if warmed and time.monotonic() - started >= budget:
                break
            warmed.append(p.code)
            for fn in (lambda: ecosystem_data(snap, p.code, {}), lambda: network_json(snap, p.code, "none"),
                       lambda: gaps_data(snap, p.code), lambda: champions_data(snap, p.code),
                       lambda: isolated_data(snap, p.code)):
                try:
                    fn()
                except services.FeatureUnavailable:
                    pass
        return warmed


# ---- editing an organisation ---------------------------------------------------------------------

EDITABLE = ("name", "description", "sector", "legal_form", "size_band", "income", "led_by", "postcode",
            "website", "services", "communities", "places")
LIST_FIELDS = ("led_by", "services", "communities", "places")


def tie_kind_options() -> list[dict]:
    return [{"value": k, "text": TIE_KIND_LABELS[k]} for k in TIE_KINDS]


def form_options() -> list[dict]:
    return [{"value": k, "text": v} for k, v in FORM_LABELS.items()]


def org_version(org) -> str:
    """A short fingerprint of an organisation as stored: its ETag, and the form's hidden
    `version`. Any change to any field gives a new one."""
    import hashlib
    import json
    text = json.dumps(org.to_dict(), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def stored_org_or_404(store, org_id: str):
    org = store.get_organisation(org_id)
    if org is None:
        abort(404, f"There is no organisation with id {org_id}.")
    return org


@contextmanager
def _edit_lock():
    """One organisation edit at a time across every worker process (edits are rare): the
    version check and the write must not interleave with another edit's."""
    import fcntl
    from pathlib import Path
    folder = Path(current_app.instance_path)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "organisation_edits.lock", "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


STALE_EDIT = ("Someone else changed this organisation after you opened it, so your changes were not saved "
              "(they would have overwritten theirs). Reload it to see the current details, then make your "
              "changes again.")


def edit_organisation(store, snap, org_id: str, fields: dict, by: str, expected_version: str | None = None):
    """Apply edited fields to an organisation and store it. Returns (organisation, errors):
    errors maps a field to a message and nothing is written when there are any.

    Only the fields in `fields` change; the rest keep their values as stored now (not as
    in a possibly older snapshot). With `expected_version` (If-Match, or the form's hidden
    version), an organisation changed since that version is not written: 409.
    """
    with _edit_lock():
        return _edit_organisation(store, snap, org_id, fields, by, expected_version)


def _edit_organisation(store, snap, org_id, fields, by, expected_version):
    from graph.model import now_iso

    org = stored_org_or_404(store, org_id)
    if expected_version and expected_version != org_version(org):
        abort(409, STALE_EDIT)
    changes, errors = organisation_changes(snap, org, fields)
    if errors:
        return org, errors
    updated = org.with_changes(**changes, updated_at=now_iso(), source=org.source or f"edited by {by}")
    store.upsert_organisations([updated])
    return updated, {}


def _sentence(reason: str) -> str:
    return reason[:1].upper() + reason[1:]


def organisation_changes(snap, org, fields: dict) -> tuple[dict, dict]:
    """The changes `fields` make to `org`, checked as an import checks a row: codes must be
    known, income is read as an amount (£1,000 or 1000), and every value passes the model's
    own validation (graph.model). Returns (changes, errors): one message per field in error,
    each field checked on its own so every mistake is reported at once, next to its field."""
    from graph.importers.values import BadValue, parse_amount
    from graph.model import ModelError

    changes, errors = {}, {}
    for name in EDITABLE:
        if name not in fields:
            continue
        value = fields[name]
        if name in ("led_by", "services", "communities", "places"):
            if isinstance(value, str):
                value = [v for v in value.replace(";", ",").split(",")]
            value = tuple(dict.fromkeys(v.strip() for v in value if v and v.strip()))
            index = {"services": snap.service_index, "communities": snap.community_index,
                     "places": snap.place_index}.get(name)
            unknown = [v for v in value if index is not None and v not in index]
            if unknown:
                errors[name] = f"Unknown {name[:-1] if name != 'communities' else 'community'} code: {', '.join(unknown)}"
                continue
        elif name == "income":
            try:
                value = parse_amount(value if value not in (None, "") else None)
            except BadValue:
                errors[name] = "Enter the income as a number of pounds, like 45000"
                continue
        elif name == "size_band":
            value = value or None
        else:
            value = "" if value is None else str(value).strip()
        try:  # the model's own checks, for this field alone
            org.with_changes(**{name: value})
        except ModelError as e:
            errors[e.field if e.field in EDITABLE else name] = _sentence(e.reason)
            continue
        changes[name] = value
    if "income" in changes and "size_band" not in changes:
        changes["size_band"] = None  # recomputed from the new income
    if not errors:
        try:
            org.with_changes(**changes)
        except ModelError as e:
            errors[e.field] = _sentence(e.reason)
    return changes, errors


def create_organisation(store, snap, fields: dict, by: str):
    """A new organisation from a form or JSON, checked as an import checks a row. Returns
    (organisation, errors); nothing is written when there are errors. Its id is generated
    from its name and postcode (as for a record with no identifier), so the same
    organisation added twice is refused rather than doubled."""
    from graph.model import Organisation, generated_org_id, now_iso

    name = str(fields.get("name") or "").strip()
    if not name:
        return None, {"name": "Enter the organisation's name"}
    base = Organisation(id=generated_org_id(name, str(fields.get("postcode") or "")), name=name, sector="vcse")
    changes, errors = organisation_changes(snap, base, {k: v for k, v in fields.items() if k in EDITABLE})
    if errors:
        return None, errors
    org = base.with_changes(**changes, updated_at=now_iso(), source=f"added by {by}")
    with _edit_lock():
        existing = store.get_organisation(org.id)
        if existing is not None:
            return existing, {"name": f"{existing.name} is already listed with this name and postcode"}
        store.upsert_organisations([org])
    return org, {}


TIE_FIELDS = ("other", "kind", "direction", "form", "since", "amount")


def _find_other(store, snap, org_id: str, text: str) -> tuple[str | None, str | None]:
    """The organisation a tie form names: by id, or by a name that only one organisation has."""
    text = (text or "").strip()
    if not text:
        return None, "Choose the other organisation"
    if text in snap.index or store.get_organisation(text) is not None:
        other = text
    else:
        rows = name_rows(services.search_index(snap), text)
        exact = [i for i in rows if snap.orgs[i].name.lower() == text.lower()]
        chosen = exact if exact else rows
        if not chosen:
            return None, f"No organisation is called “{text}”"
        if len(chosen) > 1:
            names = ", ".join(snap.orgs[i].name for i in chosen[:4])
            return None, f"More than one organisation matches “{text}” ({names}{'…' if len(chosen) > 4 else ''}): choose one"
        other = snap.orgs[chosen[0]].id
    if other == org_id:
        return None, "A tie joins two different organisations"
    return other, None


def add_tie(store, snap, org_id: str, fields: dict, by: str):
    """A tie between `org_id` and another organisation, checked as an import checks a tie
    row (graph.model.Tie). Returns (tie, errors); nothing is written when there are errors."""
    from graph.importers.values import BadValue, parse_amount
    from graph.model import DIRECTED_TIE_KINDS, ModelError, Tie

    stored_org_or_404(store, org_id)
    errors = {}
    other, problem = _find_other(store, snap, org_id, fields.get("other"))
    if problem:
        errors["other"] = problem
    kind = str(fields.get("kind") or "").strip()
    if kind not in TIE_KINDS:
        errors["kind"] = "Choose the kind of tie"
    direction = str(fields.get("direction") or "from").strip()
    if direction not in ("from", "to"):
        errors["direction"] = "Choose who refers, funds or commissions whom"
    try:
        amount = parse_amount(fields.get("amount") or None)
    except BadValue:
        amount, errors["amount"] = None, "Enter the amount as a number of pounds, like 5000"
    if errors:
        return None, errors
    a, b = (org_id, other) if direction == "from" or kind not in DIRECTED_TIE_KINDS else (other, org_id)
    values = {"form": str(fields.get("form") or "").strip(), "since": str(fields.get("since") or "").strip(),
              "amount": amount, "currency": "GBP" if amount is not None else "", "source": f"added by {by}"}
    for name, value in values.items():  # the model's checks, one field at a time
        try:
            Tie(a, b, kind, **{name: value})
        except ModelError as e:
            errors[e.field if e.field in TIE_FIELDS else name] = _sentence(e.reason)
    if errors:
        return None, errors
    tie = Tie(a, b, kind, **values)
    store.upsert_ties([tie])
    return tie, {}
