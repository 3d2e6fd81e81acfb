"""GraphML and GEXF: organisations as nodes, ties as edges, for Gephi and friends.

Both formats are written through networkx so they open in Gephi, yEd and Cytoscape and
read back with `nx.read_graphml` / `nx.read_gexf`. Attributes are typed: numbers stay
numbers (income, lat, lon, strength, amount), lists are joined with ';' because neither
format has a list type, and an unknown number is left out rather than written as NaN.
Characters XML 1.0 cannot hold (control characters) become U+FFFD, so a hostile name can
never make the file unreadable.
"""
from __future__ import annotations

import re

import networkx as nx

from graph.importers.csv_format import join_list
from graph.model import Organisation, Tie
from graph.stores.base import GraphData

__all__ = ["to_networkx", "write_graphml", "write_gexf", "NODE_FIELDS", "EDGE_FIELDS"]

NODE_FIELDS = ("name", "description", "sector", "legal_form", "size_band", "income", "led_by",
               "registered_ids", "postcode", "lat", "lon", "website", "source", "updated_at",
               "services", "communities", "places")
EDGE_FIELDS = ("kind", "form", "strength", "since", "until", "amount", "currency", "source", "ref")

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _XML_BAD.sub("\ufffd", text)


def _node_attrs(o: Organisation) -> dict:
    attrs = {"label": _clean(o.name)}
    for name in NODE_FIELDS:
        value = getattr(o, name)
        if value is None:
            continue            # unknown: omitted, never NaN
        if isinstance(value, tuple):
            value = join_list(value)
        attrs[name] = _clean(value) if isinstance(value, str) else float(value)
    return attrs


def _edge_attrs(t: Tie) -> dict:
    attrs = {}
    for name in EDGE_FIELDS:
        value = getattr(t, name)
        if value is None:
            continue
        attrs[name] = _clean(value) if isinstance(value, str) else float(value)
    attrs["directed"] = t.directed
    return attrs


def edge_key(t: Tie) -> str:
    return f"{t.kind}|{t.ref}"


def to_networkx(data: GraphData) -> nx.MultiDiGraph:
    """A MultiDiGraph of organisations and ties. Mutual kinds are stored once, from->to,
    with `directed=False`, as in the Snapshot."""
    g = nx.MultiDiGraph()
    for o in sorted(data.organisations, key=lambda o: o.id):
        g.add_node(_clean(o.id), **_node_attrs(o))
    for t in sorted(data.ties, key=lambda t: t.key):
        g.add_edge(_clean(t.from_id), _clean(t.to_id), key=_clean(edge_key(t)), **_edge_attrs(t))
    return g


def write_graphml(data: GraphData, out) -> None:
    nx.write_graphml(to_networkx(data), out, encoding="utf-8", prettyprint=True)


def write_gexf(data: GraphData, out) -> None:
    g = to_networkx(data)
    # GEXF wants an explicit id per edge in a multigraph; the tie's kind|ref is unique
    # only per node pair, so prefix the ends.
    for u, v, k, d in g.edges(keys=True, data=True):
        d["id"] = f"{u}|{v}|{k}"
    nx.write_gexf(g, out, encoding="utf-8", prettyprint=True)
