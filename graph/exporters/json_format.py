"""JSON export: every record with the model's own field names, for scripts and APIs."""
from __future__ import annotations

import json
from dataclasses import asdict

from graph.stores.base import GraphData

__all__ = ["write", "to_document"]


def to_document(data: GraphData) -> dict:
    return {
        "format": "partnermap",
        "version": 1,
        "organisations": [o.to_dict() for o in sorted(data.organisations, key=lambda o: o.id)],
        "ties": [t.to_dict() for t in sorted(data.ties, key=lambda t: t.key)],
        "services": [asdict(s) for s in sorted(data.services, key=lambda s: s.code)],
        "communities": [asdict(c) for c in sorted(data.communities, key=lambda c: c.code)],
        "places": [asdict(p) for p in sorted(data.places, key=lambda p: p.code)],
        "needs": [asdict(n) for n in sorted(data.needs, key=lambda n: (n.place, n.target, n.code))],
    }


def write(data: GraphData, out) -> None:
    # allow_nan=False: a NaN would make the file unreadable by strict JSON parsers.
    text = json.dumps(to_document(data), ensure_ascii=False, indent=1, allow_nan=False)
    _write_bytes(out, text.encode("utf-8"))


def _write_bytes(out, payload: bytes) -> None:
    if hasattr(out, "write"):
        out.write(payload)
    else:
        with open(out, "wb") as f:
            f.write(payload)
