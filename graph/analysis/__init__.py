"""Network analysis of a Snapshot: collaborative champions, isolated groups, gaps, core
and periphery, ecosystem summaries and referral pathways.

Ties are read through lenses (``graph.model.TIE_LENSES``): champions, isolation, core
and periphery, structural holes, brokerage and referrals read *collaboration*; funders'
reach and co-funding read *funding* (funders.py). Every result says which lens it read
(``lens``) and, where a place has no collaboration ties, says so in ``note``.

Every function takes a `graph.snapshot.Snapshot` and an optional place code, and returns
plain data: dataclasses with ``to_dict()`` (JSON-ready) or dicts. Nothing here imports
flask or neo4j. networkx is the model and the reference; the heavy algorithms run on
python-igraph (and scipy.sparse) built straight from the snapshot's tie arrays, and the
tests hold them equal to networkx on small graphs.

Results are cached per snapshot object (one store version) and place, so the web layer
can call these on every request; analysing one place only builds that place's subgraph.

The API the web layer and the CLI use::

    champions(snapshot, place=None, top=20, *, k=None, seed=0) -> ChampionsResult
    isolated(snapshot, place=None, *, k=2, introductions=3, limit=50) -> IsolationResult
    gaps(snapshot, place=None, *, seed=0, min_orgs=10, min_cluster=3, min_lift=2.0, top=10) -> GapsResult
    core_periphery(snapshot, place=None) -> CorePeriphery
    ecosystem(snapshot, place=None) -> EcosystemResult
    funders(snapshot, place=None, *, top=20) -> FundersResult    # the funding lens
    funded_by(snapshot, funder_id, place=None) -> dict
    funding_breakdown(snapshot, place=None, *, top=12) -> dict   # grants by funder, area, community, size, year
    referrals(snapshot, place=None, *, top=20, seed=0, samples=200) -> ReferralsResult
    referral_reach(snapshot, org_id, place=None) -> dict
    network_map(snapshot, place=None, *, top_champions=20, seed=0) -> dict   # nodes + edges
    as_cytoscape(network_map_dict) -> dict
    layout.map_layout(snapshot, place=None, *, ids=None, group_by="none", seed=0) -> MapLayout  # positions

and the measures underneath (each ``(snapshot, place=None, ...) -> {org id: value}`` or a
list): `betweenness`, `constraint`, `effective_size`, `brokerage`, `core_numbers`,
`articulation_points`, `bridges`, `clusters`.

Errors: `UnknownPlace` (a subclass of `AnalysisError`, itself a ValueError) for a place
code the snapshot does not know; the message is one line fit for a user.
"""
from __future__ import annotations

from graph.analysis._scope import AnalysisError, UnknownPlace, clear_cache
from graph.analysis.brokerage import brokerage
from graph.analysis.centrality import betweenness, constraint, effective_size
from graph.analysis.champions import Champion, ChampionsResult, champions
from graph.analysis.ecosystem import EcosystemResult, ecosystem
from graph.analysis.funders import FundersResult, funded_by, funders, funding_breakdown
from graph.analysis.gaps import GapsResult, StructuralHole, clusters, gaps
from graph.analysis.introductions import Introduction
from graph.analysis.isolation import IsolatedGroup, IsolationResult, isolated
from graph.analysis.maps import as_cytoscape, network_map
from graph.analysis.referrals import ReferralsResult, referral_reach, referrals
from graph.analysis.structure import (Bridge, CorePeriphery, CutPoint, articulation_points, bridges,
                                      core_numbers, core_periphery)

__all__ = [
    # reports
    "champions", "isolated", "gaps", "core_periphery", "ecosystem", "referrals", "referral_reach",
    "funders", "funded_by", "funding_breakdown",
    "network_map", "as_cytoscape",
    # measures
    "betweenness", "constraint", "effective_size", "brokerage", "core_numbers", "articulation_points",
    "bridges", "clusters",
    # results
    "ChampionsResult", "Champion", "IsolationResult", "IsolatedGroup", "Introduction", "GapsResult",
    "StructuralHole", "CorePeriphery", "CutPoint", "Bridge", "EcosystemResult", "ReferralsResult", "FundersResult",
    # errors and cache
    "AnalysisError", "UnknownPlace", "clear_cache",
]
