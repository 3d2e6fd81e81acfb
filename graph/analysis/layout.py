"""Positions for a place's network map, computed once per snapshot on the server.

A browser laying out 600 organisations with a force-directed layout blocks its main
thread for seconds, and every visitor pays it again. Here each connected group is laid
out with Fruchterman-Reingold (python-igraph), scaled so a typical tie is about
`SPACING` long, and the groups are packed side by side, largest first, instead of one
giant component pushing small ones to the rim. Organisations with no ties sit in a
compact grid of their own, not scattered around the edge.

Grouping puts each group (the place one level down that an organisation works in, or a
Leiden community of the collaboration network) in its own box, laid out the same way
inside, so the map reads as "who is where" or "who works with whom".
"""
from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from math import ceil, sqrt

import igraph as ig
import numpy as np
from scipy.spatial import cKDTree

from graph.analysis._engine import undirected
from graph.analysis._scope import COLLABORATION, scope_for
from graph.analysis.gaps import clusters_for

__all__ = ["GROUPINGS", "MapLayout", "map_layout", "primary_area"]

SPACING = 70.0          # map units between tied organisations (cytoscape renders 1 unit = 1 px at zoom 1)
_GAP = 2.0 * SPACING    # between packed blocks
GROUPINGS = ("none", "place", "community")
# igraph's layouts draw from one process-wide random generator: a layout holds this lock
# while it seeds that generator, so two threads never interleave their draws.
_RNG_LOCK = threading.Lock()


@dataclass(frozen=True)
class MapLayout:
    """Positions of organisations, and for a grouped layout the groups' boxes.

    Attributes
    ----------
    positions : dict
        Organisation id -> (x, y).
    groups : list of dict
        For a grouped layout: key, label, members (how many), and the box x, y, w, h
        (top-left corner); empty otherwise.
    group_of : dict
        For a grouped layout, organisation id -> its group's key; empty otherwise.
    """
    positions: dict
    groups: list
    group_of: dict


def _grid(k: int) -> np.ndarray:
    cols = max(1, ceil(sqrt(k)))
    i = np.arange(k)
    return np.stack([(i % cols) * SPACING * 0.8, (i // cols) * SPACING * 0.8], axis=1).astype(float)


def _force(n: int, edges: list[tuple[int, int]], seed: int) -> np.ndarray:
    """Fruchterman-Reingold positions of one connected group, scaled to SPACING per tie."""
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[0.0, 0.0], [SPACING, 0.0]])
    g = ig.Graph(n=n, edges=edges)
    # A seeded start makes the result repeat: igraph's own random start would not.
    start = np.random.default_rng(seed).uniform(-1, 1, size=(n, 2)) * sqrt(n)
    with _RNG_LOCK:
        ig.set_random_number_generator(random.Random(seed))
        try:
            xy = np.asarray(g.layout_fruchterman_reingold(seed=start.tolist(), niter=300).coords, dtype=float)
        finally:
            ig.set_random_number_generator(random)
    # Scaled by the distance to each organisation's nearest other, not by tie length:
    # in a dense group ties are long and circles would still sit on top of each other.
    nearest = cKDTree(xy).query(xy, k=2)[0][:, 1]
    typical = float(np.median(nearest))
    return xy * (SPACING * 0.8 / typical if typical > 0 else 1.0)


def _pack(blocks: list[np.ndarray]) -> list[np.ndarray]:
    """Shelf-pack blocks (each an (n, 2) array), largest first, rows about as wide as the
    whole is tall. Returns the blocks moved into place, in the order given."""
    boxes = []
    for xy in blocks:
        lo = xy.min(axis=0)
        boxes.append((xy - lo, *(xy.max(axis=0) - lo)))
    area = sum((w + _GAP) * (h + _GAP) for _, w, h in boxes)
    width = max(max((w for _, w, _h in boxes), default=0.0), sqrt(area) * 1.3)
    order = sorted(range(len(boxes)), key=lambda i: -(boxes[i][1] * boxes[i][2]) - len(boxes[i][0]))
    out: list[np.ndarray | None] = [None] * len(boxes)
    x = y = row_h = 0.0
    for i in order:
        xy, w, h = boxes[i]
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h + _GAP, 0.0
        out[i] = xy + np.array([x, y])
        x += w + _GAP
        row_h = max(row_h, h)
    return out


def _lay_out(rows: np.ndarray, src: np.ndarray, dst: np.ndarray, seed: int) -> np.ndarray:
    """Positions for the vertices `rows` (sorted) given edges among all vertices."""
    n = len(rows)
    if n == 0:
        return np.zeros((0, 2))
    local = {int(v): i for i, v in enumerate(rows.tolist())}
    edges = [(local[a], local[b]) for a, b in zip(src.tolist(), dst.tolist()) if a in local and b in local]
    g = ig.Graph(n=n, edges=edges)
    members = g.connected_components().membership
    comps: dict[int, list[int]] = {}
    for v, c in enumerate(members):
        comps.setdefault(c, []).append(v)
    blocks, owners, alone = [], [], []
    for vs in comps.values():
        if len(vs) == 1:
            alone.append(vs[0])
            continue
        idx = {v: i for i, v in enumerate(vs)}
        sub_edges = [(idx[a], idx[b]) for a, b in edges if a in idx and b in idx]
        blocks.append(_force(len(vs), sub_edges, seed + len(blocks)))
        owners.append(vs)
    if alone:
        blocks.append(_grid(len(alone)))
        owners.append(alone)
    xy = np.zeros((n, 2))
    for vs, placed in zip(owners, _pack(blocks)):
        xy[vs] = placed
    return xy


def primary_area(snapshot, place: str | None) -> dict[str, str]:
    """Organisation id -> the place one level inside `place` it works in (its first, by
    code), or "" when it names none below `place` itself."""
    snap = snapshot if place is None else scope_for(snapshot, place, lens=COLLABORATION).snap
    if place is None:
        children = [p.code for p in snapshot.places if p.code not in snapshot.place_parent]
        if len(children) == 1:
            children = list(snapshot.place_children.get(children[0], ())) or children
    else:
        children = list(snapshot.place_children.get(place, ()))
    inside = {}
    for c in children:
        for d in snapshot.place_descendants(c):
            inside.setdefault(d, c)
    return {o.id: next((inside[p] for p in o.places if p in inside), "") for o in snap.orgs}


def map_layout(snapshot, place: str | None = None, *, ids=None, group_by: str = "none",
               seed: int = 0) -> MapLayout:
    """Positions for drawing a place's organisations and every tie among them.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        A place code; None lays out the whole network.
    ids : iterable of str, optional
        Only these organisations (those a map will draw); default every one in the place.
    group_by : {"none", "place", "community"}
        "place" boxes organisations by the place one level inside `place` they work in
        (wards of a city, districts of a county); "community" by Leiden community of the
        collaboration network (organisations with no collaboration ties share one box).
    seed : int, default 0
        The layout and the communities repeat for the same seed.

    Returns
    -------
    MapLayout

    Notes
    -----
    Ties of every kind pull tied organisations together (a map draws them all); each
    connected group is laid out on its own with Fruchterman-Reingold [1]_ and the groups
    are shelf-packed, so no group is flung to the rim by a larger one. Results are cached
    per snapshot, place, organisations drawn, grouping and seed.

    References
    ----------
    .. [1] Fruchterman, T. M. J. and Reingold, E. M. (1991). Graph drawing by force-directed
       placement. Software: Practice and Experience 21(11), 1129-1164.
    """
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {', '.join(GROUPINGS)}")
    scope = scope_for(snapshot, place, lens="all")
    snap = scope.snap
    wanted = None if ids is None else tuple(sorted(set(ids)))

    def compute():
        rows = np.arange(len(snap.orgs)) if wanted is None else \
            np.array(sorted(snap.index[i] for i in wanted if i in snap.index), dtype=np.int64)
        tg = undirected(scope)
        if group_by == "none":
            xy = _lay_out(rows, tg.src, tg.dst, seed)
            return MapLayout({snap.orgs[r].id: (round(float(x), 1), round(float(y), 1))
                              for r, (x, y) in zip(rows.tolist(), xy)}, [], {})
        if group_by == "place":
            area = primary_area(snapshot, place)
            keys = [area[snap.orgs[r].id] for r in rows.tolist()]
            label = {k: (snapshot.label("place", k) if k else "Not placed further") for k in set(keys)}
        else:
            cluster = clusters_for(scope.with_lens(COLLABORATION), seed)
            keys = [int(cluster[r]) for r in rows.tolist()]
            tied = tg.degree
            label = {}
            for k in set(keys):
                if k < 0:
                    label[k] = "No collaboration ties"
                    continue
                # Named after its best-connected member, which says more than a number.
                hub = max((r for r, c in zip(rows.tolist(), keys) if c == k), key=lambda r: (tied[r], -r))
                label[k] = f"Around {snap.orgs[hub].name}"
        members: dict = {}
        for r, k in zip(rows.tolist(), keys):
            members.setdefault(k, []).append(r)
        order = sorted(members, key=lambda k: (-len(members[k]), str(label[k])))
        blocks = [_lay_out(np.array(members[k], dtype=np.int64), tg.src, tg.dst, seed) for k in order]
        # Room for the box's label above its members.
        padded = [np.vstack([b, b.min(axis=0) - [0, SPACING], b.max(axis=0) + [SPACING * 0.5, 0]]) for b in blocks]
        placed = _pack(padded)
        positions, groups = {}, []
        for k, block, xy in zip(order, blocks, placed):
            xy = xy[:len(block)]
            for r, (x, y) in zip(members[k], xy):
                positions[snap.orgs[r].id] = (round(float(x), 1), round(float(y), 1))
            lo, hi = xy.min(axis=0), xy.max(axis=0)
            groups.append({"key": str(k), "label": label[k], "members": len(members[k]),
                           "x": round(float(lo[0]), 1), "y": round(float(lo[1]), 1),
                           "w": round(float(hi[0] - lo[0]), 1), "h": round(float(hi[1] - lo[1]), 1)})
        group_of = {snap.orgs[r].id: str(k) for k in order for r in members[k]}
        return MapLayout(positions, groups, group_of)
    return scope.memo("map_layout", compute, wanted, group_by, seed)
