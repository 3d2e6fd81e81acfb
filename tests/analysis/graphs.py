"""Tiny graphs whose answers can be checked by hand."""
from __future__ import annotations

from graph.model import Community, Need, Organisation, Place, Service, Tie
from graph.snapshot import Snapshot
from graph.stores.base import GraphData

ENGLAND = Place("E92000001", "England", "country")
TOWN = Place("T1", "Town", "local_authority", "E92000001")
NORTH = Place("T1:north", "North ward", "ward", "T1")
SOUTH = Place("T1:south", "South ward", "ward", "T1")
CITY = Place("C1", "City", "local_authority", "E92000001")
PLACES = [ENGLAND, TOWN, NORTH, SOUTH, CITY]

SERVICES = [Service("food", "Food support"), Service("debt", "Debt advice"), Service("legal", "Legal advice"),
            Service("esol", "ESOL"), Service("housing", "Housing advice"), Service("youth", "Youth club")]
COMMUNITIES = [Community("refugees", "Refugees"), Community("older", "Older people"),
               Community("young", "Young people"), Community("low_income", "People on low incomes"),
               Community("veterans", "Veterans")]


def org(oid: str, *, sector="vcse", services=("food",), communities=("low_income",), places=("T1:north",),
        income=50_000, led_by=(), registered=True, name=None) -> Organisation:
    return Organisation(oid, name or f"Org {oid}", sector=sector, income=income, led_by=tuple(led_by),
                        registered_ids=(oid,) if registered else (), services=tuple(services),
                        communities=tuple(communities), places=tuple(places))


def tie(a: str, b: str, kind: str = "partnership", **kw) -> Tie:
    return Tie(a, b, kind, **kw)


def snapshot(orgs, ties=(), needs=(), version=1) -> Snapshot:
    return Snapshot.from_data(GraphData(organisations=list(orgs), ties=list(ties), services=SERVICES,
                                        communities=COMMUNITIES, places=PLACES, needs=list(needs),
                                        version=version))


def from_edges(edges, n=None, kind="partnership", **org_kw) -> Snapshot:
    """A snapshot whose organisations are 'N00', 'N01', ... joined by `edges` of (i, j)."""
    n = n if n is not None else max(max(e) for e in edges) + 1
    ids = [f"N{i:02d}" for i in range(n)]
    return snapshot([org(i, **org_kw) for i in ids], [tie(ids[a], ids[b], kind) for a, b in edges])


def nid(i: int) -> str:
    return f"N{i:02d}"


# Two triangles joined by a bridge: 0-1-2 and 3-4-5, with 2-3.
TWO_TRIANGLES = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)]
# A star: hub 0 and five leaves.
STAR = [(0, i) for i in range(1, 6)]


__all__ = ["org", "tie", "snapshot", "from_edges", "nid", "TWO_TRIANGLES", "STAR", "Need", "PLACES"]
