"""Kumu JSON blueprint: {"elements": [...], "connections": [...]}.

Kumu joins connections to elements by label, so labels must be unique: an organisation
whose name is shared with another gets its id appended ("Age UK (GB-CHC-1128267)").
Every other field travels as a Kumu field; lists become Kumu tags-style arrays for the
three taxonomies and ';'-joined text elsewhere.
"""
from __future__ import annotations

import json
from collections import Counter

from graph.stores.base import GraphData

__all__ = ["write", "to_blueprint"]


def to_blueprint(data: GraphData) -> dict:
    orgs = sorted(data.organisations, key=lambda o: o.id)
    names = Counter(o.name for o in orgs)
    label = {o.id: (o.name if names[o.name] == 1 else f"{o.name} ({o.id})") for o in orgs}
    elements = []
    for o in orgs:
        el = {"label": label[o.id], "type": "Organisation", "id": o.id, "description": o.description,
              "sector": o.sector, "legal form": o.legal_form, "size band": o.size_band or "",
              "led by": list(o.led_by), "registered ids": list(o.registered_ids), "postcode": o.postcode,
              "website": o.website, "source": o.source, "updated at": o.updated_at,
              "services": list(o.services), "communities": list(o.communities), "places": list(o.places),
              "tags": sorted(set(o.services) | set(o.communities))}
        if o.income is not None:
            el["income"] = o.income
        if o.lat is not None and o.lon is not None:
            el["latitude"], el["longitude"] = o.lat, o.lon
        elements.append(el)
    connections = []
    for t in sorted(data.ties, key=lambda t: t.key):
        c = {"from": label[t.from_id], "to": label[t.to_id], "type": t.kind,
             "direction": "directed" if t.directed else "mutual", "form": t.form,
             "strength": t.strength, "since": t.since, "until": t.until, "currency": t.currency,
             "source": t.source, "ref": t.ref}
        if t.amount is not None:
            c["amount"] = t.amount
        connections.append(c)
    return {"elements": elements, "connections": connections}


def write(data: GraphData, out) -> None:
    payload = json.dumps(to_blueprint(data), ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")
    if hasattr(out, "write"):
        out.write(payload)
    else:
        with open(out, "wb") as f:
            f.write(payload)
