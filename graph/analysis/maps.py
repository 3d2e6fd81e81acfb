"""Data for the web's network map of a place: every organisation with what the analyses
say about it, and every tie with its kind."""
from __future__ import annotations

from graph.analysis._engine import undirected
from graph.analysis._scope import COLLABORATION, scope_for
from graph.analysis.champions import champions_for
from graph.analysis.gaps import clusters_for
from graph.analysis.isolation import isolated_for
from graph.analysis.structure import core_periphery_for, coreness_for

__all__ = ["network_map", "as_cytoscape"]


def network_map(snapshot, place: str | None = None, *, top_champions: int = 20, seed: int = 0) -> dict:
    """Nodes and edges of a place's network, annotated for a map.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        A place code. Without one the whole network is returned, which for a national
        network is more than a browser should draw.
    top_champions : int, default 20
        How many organisations are flagged as champions.
    seed : int, default 0
        Seed for betweenness sampling and clustering.

    Returns
    -------
    dict
        ``{"ok": True, "place", "place_name", "nodes": [...], "edges": [...]}``. A node has
        id, name, sector, size_band, small, marginalised_led, ties (collaboration), core_number, cluster,
        champion_score, champion (in the top champions), champion_rank, core (in the
        core–periphery core), core_group (one of the three to five that hold the network
        together) and isolated (None or "isolate" / "small_component" / "periphery"). An
        edge is one tie: source, target, kind, strength, directed.

    Notes
    -----
    The flags come from the same cached analyses as `champions`, `core_periphery`,
    `isolated` and `gaps.clusters`, so the map and the reports always agree.

    References
    ----------
    .. [1] Franz, M. et al. (2016). Cytoscape.js: a graph theory library for visualisation
       and analysis. Bioinformatics 32(2), 309-311.
    """
    scope = scope_for(snapshot, place, lens=COLLABORATION)
    snap = scope.snap
    tg = undirected(scope)
    champs = champions_for(scope, top=top_champions, seed=seed)
    rank = {c.id: c.rank for c in champs.champions}
    cp = core_periphery_for(scope)
    group = {m.id for m in cp.core_group}
    iso = isolated_for(scope, introductions=0, limit=0).flags
    coreness = coreness_for(scope)
    cluster = clusters_for(scope, seed)
    nodes = []
    for v, o in enumerate(snap.orgs):
        nodes.append({
            "id": o.id, "name": o.name, "sector": o.sector, "size_band": o.size_band,
            "small": o.is_small, "marginalised_led": o.is_marginalised_led, "places": list(o.places),
            "ties": int(tg.degree[v]), "core_number": int(coreness[v]), "cluster": int(cluster[v]),
            "champion_score": round(float(champs.scores[v]), 4), "champion": o.id in rank,
            "champion_rank": rank.get(o.id), "core": bool(cp.core_mask[v]), "core_group": o.id in group,
            "isolated": iso.get(o.id)})
    edges = [{"source": t.from_id, "target": t.to_id, "kind": t.kind, "strength": t.strength,
              "directed": t.directed} for t in snap.ties]
    # Nodes' measures read the collaboration lens; the edges are every tie, each with its
    # kind, so a map can still show who funds whom.
    return {"ok": True, "place": scope.place, "place_name": scope.place_name, "lens": scope.lens,
            "edges_lens": "all", "nodes": nodes, "edges": edges}


def as_cytoscape(network: dict) -> dict:
    """The element format cytoscape.js reads (as ``networkx.cytoscape_data`` gives it)."""
    nodes = [{"data": dict(n, value=n["id"])} for n in network["nodes"]]
    edges = [{"data": dict(e, id=f"e{i}")} for i, e in enumerate(network["edges"])]
    return {"data": {"place": network["place"], "name": network["place_name"]},
            "directed": True, "multigraph": True, "elements": {"nodes": nodes, "edges": edges}}

