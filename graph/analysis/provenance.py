"""About the data of a place: where it came from, how recent it is, and what is missing.

Every analysis of a place is only as good as what was recorded there; this says so in
numbers a reader can act on (which sources, which dates, how many organisations lack
services, communities, income or a location, whether collaboration ties and need are
recorded at all). Plain data from a Snapshot; imports neither flask nor neo4j.
"""
from __future__ import annotations

from collections import Counter

from graph.model import TIE_LENSES

__all__ = ["about_data"]

TOP_SOURCES = 8


def _date(value: str) -> str:
    """The date part of an ISO timestamp or a partial date ("2024-03-01T...", "2024-03", "2024")."""
    return (value or "")[:10]


def _source_name(value: str) -> str:
    """A source's name without the row or record it points at ("file.csv:12" -> "file.csv")."""
    value = (value or "").strip()
    if not value:
        return ""
    head = value.split("#", 1)[0]
    if ":" in head and head.rsplit(":", 1)[1].isdigit():
        head = head.rsplit(":", 1)[0]
    return head


def about_data(snapshot, place: str) -> dict:
    """Sources, dates and gaps in the record of the organisations working in `place` (and
    places inside it), their ties and the need recorded there.

    Returns
    -------
    dict
        organisations, sources (name, organisations; most first), updated (earliest, latest
        organisation update), ties (per lens, with their sources and the span of their
        `since` dates), missing (counts of organisations without services, communities,
        income, a location, any tie; and whether collaboration ties and need are recorded),
        notes (plain sentences on what is missing).
    """
    sub = snapshot.subgraph_for_place(place, lens="all")
    orgs = sub.orgs
    n = len(orgs)
    sources = Counter(_source_name(o.source) or "not recorded" for o in orgs)
    updated = sorted(d for d in (_date(o.updated_at) for o in orgs) if d)
    kinds = {lens: frozenset(k) for lens, k in TIE_LENSES.items()}
    ties: dict[str, dict] = {}
    tied: set[str] = set()
    for lens in ("collaboration", "funding"):
        chosen = [t for t in sub.ties if t.kind in kinds[lens]]
        dates = sorted(d for d in (_date(t.since) for t in chosen) if d)
        ties[lens] = {"count": len(chosen),
                      "sources": [{"name": s, "ties": c} for s, c in
                                  Counter(_source_name(t.source) or "not recorded" for t in chosen).most_common(TOP_SOURCES)],
                      "earliest": dates[0] if dates else None, "latest": dates[-1] if dates else None}
        tied.update(i for t in chosen for i in (t.from_id, t.to_id))
    inside = set(snapshot.place_descendants(place)) | {place}
    needs = [x for x in snapshot.needs if x.place in inside]
    missing = {
        "services": sum(1 for o in orgs if not o.services),
        "communities": sum(1 for o in orgs if not o.communities),
        "income": sum(1 for o in orgs if o.income is None),
        "location": sum(1 for o in orgs if o.lat is None and not o.postcode),
        "ties": sum(1 for o in orgs if o.id not in tied),
        "inferred_services": sum(1 for o in orgs if o.services and not o.stated("services")),
    }
    notes = []
    if not n:
        notes.append("No organisation is recorded as working here.")
    if n and not ties["collaboration"]["count"]:
        notes.append("No collaboration ties are recorded here: every organisation shows as isolated because "
                     "none are recorded, not necessarily because none exist.")
    if n and not updated:
        notes.append("No organisation's record says when it was last updated.")
    if not needs:
        notes.append("No need is recorded for this place, so gaps cannot be set against need "
                     "(import need data: partnermap import need).")
    for key, words in (("services", "say nothing about what they do"), ("communities", "say nothing about whom they serve"),
                       ("income", "have no income recorded, so their size is unknown"),
                       ("location", "have no postcode or coordinates")):
        if missing[key]:
            notes.append(f"{missing[key]:,} of {n:,} organisations {words}.")
    if missing["inferred_services"]:
        notes.append(f"{missing['inferred_services']:,} organisations' services were inferred from their own words, "
                     "not stated by a source.")
    return {"place": place, "organisations": n,
            "sources": [{"name": s, "organisations": c} for s, c in sources.most_common(TOP_SOURCES)],
            "other_sources": max(0, len(sources) - TOP_SOURCES),
            "updated": {"earliest": updated[0] if updated else None, "latest": updated[-1] if updated else None},
            "ties": ties,
            "need": {"recorded": len(needs),
                     "sources": sorted({_source_name(x.source) for x in needs if x.source})},
            "missing": missing, "notes": notes}
