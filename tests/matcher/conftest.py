"""Hand-built snapshots for the matcher tests: small enough to check by eye."""
from __future__ import annotations

import pytest

from graph.model import Organisation, Place, Tie
from graph.snapshot import Snapshot
from seed import load_communities, load_services

PLACES = [
    Place("R1", "Test Region", "region"),
    Place("LA1", "Riverton", "local_authority", "R1"),
    Place("W1", "Easton", "ward", "LA1"),
    Place("W2", "Ashley", "ward", "LA1"),
    Place("LA2", "Hillford", "local_authority", "R1"),
    Place("W3", "Northwell", "ward", "LA2"),
]


def org(id_, services=(), communities=(), places=("W1",), **kw) -> Organisation:
    kw.setdefault("name", id_.replace("-", " ").title())
    kw.setdefault("registered_ids", (f"GB-CHC-{abs(hash(id_)) % 10**7}",))
    kw.setdefault("size_band", "medium")
    return Organisation(id=id_, services=tuple(services), communities=tuple(communities),
                        places=tuple(places), **kw)


def snapshot(orgs, ties=(), version=1) -> Snapshot:
    return Snapshot(version=version, orgs=list(orgs), services=load_services(),
                    communities=load_communities(), places=PLACES, ties=list(ties), needs=[])


def tie(a, b, kind="partnership", since="") -> Tie:
    return Tie(a, b, kind, since=since)


def refugee_case_snapshot() -> Snapshot:
    """A legal advice charity for refugees, a housing group for refugees and two copies of
    the legal charity, in one ward; beside them a background network in which legal advice
    and housing groups serving refugees partner and legal advice charities never do."""
    orgs = [
        org("Q-LEGAL", ["advice.legal"], ["refugees_asylum"], name="Query Legal Advice"),
        org("C-HOUSING", ["housing.supported_housing"], ["refugees_asylum"], name="Sanctuary Homes"),
        org("C-LEGAL-1", ["advice.legal"], ["refugees_asylum"], name="Legal Copy One"),
        org("C-LEGAL-2", ["advice.legal"], ["refugees_asylum"], name="Legal Copy Two"),
    ]
    ties = []
    for i in range(12):
        orgs += [org(f"BG-LEGAL-{i}", ["advice.legal"], ["refugees_asylum"], places=("W2",)),
                 org(f"BG-HOUSING-{i}", ["housing.supported_housing"], ["refugees_asylum"], places=("W2",)),
                 org(f"BG-ARTS-{i}", ["arts.participatory_arts"], ["young_people"], places=("W3",))]
        ties += [tie(f"BG-LEGAL-{i}", f"BG-HOUSING-{i}"),
                 tie(f"BG-LEGAL-{i}", f"BG-HOUSING-{(i + 5) % 12}", "referral"),
                 tie(f"BG-ARTS-{i}", f"BG-ARTS-{(i + 1) % 12}")]
    return snapshot(orgs, ties)


@pytest.fixture
def refugee_case():
    return refugee_case_snapshot()
