"""Snapshot: an immutable, in-memory view of the whole graph at one store version.

Matcher and analysis take only a Snapshot. It holds organisations in a fixed order
(sorted by id, so two stores with the same data give equal snapshots), an id -> row map,
sparse 0/1 matrices of organisations x services / communities / places, and the ties as
parallel numpy arrays. The networkx views are built on first use and cached, because a
370,000-organisation networkx graph costs far more memory and time than the arrays, and
the matcher never needs it.
"""
from __future__ import annotations

import re

from functools import cached_property
from operator import attrgetter

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graph.model import TIE_KINDS, TIE_LENSES, Organisation
from graph.tie_table import TieTable

# An ONS (GSS) code of an area below a nation (E06.. E12, W06, S12, N09...): its first letter
# is its nation, whose own code is the country's.
_GSS_AREA = re.compile(r"^[EWSN](0[5-9]|1[0-2])\d{6}$")
_NATIONS = {"E": "E92000001", "W": "W92000004", "S": "S92000003", "N": "N92000002"}

__all__ = ["Snapshot", "LENSES", "lens_kinds", "EVERYWHERE", "EVERYWHERE_NAME"]

# The whole network offered where a place code is asked for (a web page, an analysis):
# most published networks come with no places at all. "~" is never in a place code
# (graph.model: letters, digits and _.:-/), so it cannot name a real place.
EVERYWHERE = "~all"
EVERYWHERE_NAME = "All organisations"

# The lenses a view can take: the model's lenses, and "all" for every tie kind.
LENSES = tuple(TIE_LENSES) + ("all",)


def lens_kinds(lens: str) -> frozenset:
    """The tie kinds a lens reads. Raises ValueError for an unknown lens."""
    if lens == "all":
        return frozenset(TIE_KINDS)
    try:
        return TIE_LENSES[lens]
    except (KeyError, TypeError):
        raise ValueError(f"unknown tie lens {lens!r}; choose one of {', '.join(LENSES)}") from None


def _incidence(rows: list[tuple[str, ...]], index: dict[str, int], n_cols: int) -> sp.csr_matrix:
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    cols: list[int] = []
    for i, codes in enumerate(rows):
        cols.extend(sorted(index[c] for c in codes if c in index))
        indptr[i + 1] = len(cols)
    indices = np.asarray(cols, dtype=np.int32)
    data = np.ones(len(indices), dtype=np.float32)
    return sp.csr_matrix((data, indices, indptr), shape=(len(rows), n_cols))


class Snapshot:
    """Read-only view of the graph. Build with `Snapshot.from_data(store.read_all())`.

    Attributes
    ----------
    version : int
        The store version this snapshot reflects.
    orgs : tuple[Organisation]
        Sorted by id; row i of every matrix is orgs[i].
    index : dict[str, int]
        Organisation id -> row.
    services, communities, places : tuple
        Taxonomy records sorted by code; column j of the matching matrix is the j-th.
    org_services, org_communities, org_places : scipy.sparse.csr_matrix
        0/1 incidence. `org_places` holds only the places an organisation names;
        `org_places_closed` also marks every place that contains them.
    ties : graph.tie_table.TieTable
        A sequence of Tie records, sorted by key, kept as columns (a Tie is made when one is
        read). `tie_src`, `tie_dst` (row numbers), `tie_kind` (index into TIE_KINDS),
        `tie_strength` and `tie_amount` (nan when unknown) are its arrays.
    needs : tuple[Need]
    """

    __slots__ = ("version", "orgs", "index", "services", "service_index", "communities",
                 "community_index", "places", "place_index", "org_services", "org_communities",
                 "org_places", "ties", "tie_src", "tie_dst", "tie_kind", "tie_strength",
                 "tie_amount", "needs", "__dict__")

    def __init__(self, *, version, orgs, services, communities, places, ties, needs):
        orgs = tuple(sorted(orgs, key=attrgetter("id")))
        set_ = object.__setattr__
        set_(self, "version", int(version))
        set_(self, "orgs", orgs)
        set_(self, "index", {o.id: i for i, o in enumerate(orgs)})
        for name, records, key in (("services", services, "code"), ("communities", communities, "code"),
                                   ("places", places, "code")):
            records = tuple(sorted(records, key=lambda r: getattr(r, key)))
            set_(self, name, records)
        set_(self, "service_index", {s.code: j for j, s in enumerate(self.services)})
        set_(self, "community_index", {c.code: j for j, c in enumerate(self.communities)})
        set_(self, "place_index", {p.code: j for j, p in enumerate(self.places)})
        set_(self, "org_services", _incidence([o.services for o in orgs], self.service_index, len(self.services)))
        set_(self, "org_communities", _incidence([o.communities for o in orgs], self.community_index,
                                                 len(self.communities)))
        set_(self, "org_places", _incidence([o.places for o in orgs], self.place_index, len(self.places)))
        if isinstance(ties, TieTable):
            table = self._ties_among_orgs(ties)
        else:
            # The Tie records are only read here: the table keeps their values as columns.
            table = TieTable.from_ties(
                sorted((t for t in ties if t.from_id in self.index and t.to_id in self.index),
                       key=attrgetter("from_id", "to_id", "kind", "ref")), orgs, self.index)
        set_(self, "ties", table)
        # The table's own arrays, not copies.
        set_(self, "tie_src", table.src)
        set_(self, "tie_dst", table.dst)
        set_(self, "tie_kind", table.kind)
        set_(self, "tie_strength", table.strength)
        set_(self, "tie_amount", table.amount)
        set_(self, "needs", tuple(sorted(needs, key=lambda n: (n.place, n.target, n.code))))

    def _ties_among_orgs(self, ties: TieTable) -> TieTable:
        """The ties of `ties` (another snapshot's table, so in key order) between this
        snapshot's organisations, with this snapshot's row numbers: no Tie record is made."""
        if ties.orgs is self.orgs:
            return ties
        # Only the organisations the ties name are looked up: a place's few thousand, not
        # (through their records) every organisation of the snapshot the ties came from.
        used = np.unique(np.concatenate([ties.src, ties.dst]))
        rows = np.full(len(ties.orgs), -1, dtype=np.int64)
        rows[used] = np.fromiter((self.index.get(ties.orgs[i].id, -1) for i in used.tolist()), np.int64, len(used))
        src, dst = rows[ties.src], rows[ties.dst]
        keep = (src >= 0) & (dst >= 0)
        # Ties are ordered by their ids, which do not change: a subset keeps the order.
        return TieTable(self.orgs, src[keep], dst[keep], ties.kind[keep], ties.strength[keep],
                        ties.amount[keep], ties.codes[keep], ties.values)

    @classmethod
    def from_data(cls, data) -> "Snapshot":
        return cls(version=data.version, orgs=data.organisations, services=data.services,
                   communities=data.communities, places=data.places, ties=data.ties, needs=data.needs)

    def __setattr__(self, name, value):
        raise AttributeError("Snapshot is immutable")

    def __eq__(self, other) -> bool:
        """Equal when they hold the same data (the version is not compared)."""
        if not isinstance(other, Snapshot):
            return NotImplemented
        return (self.orgs == other.orgs and self.ties == other.ties and self.services == other.services
                and self.communities == other.communities and self.places == other.places
                and self.needs == other.needs)

    __hash__ = None

    def __len__(self) -> int:
        return len(self.orgs)

    def __repr__(self) -> str:
        return f"<Snapshot v{self.version}: {len(self.orgs)} organisations, {len(self.ties)} ties>"

    # ---- lookups ------------------------------------------------------------------
    def org(self, org_id: str) -> Organisation:
        return self.orgs[self.index[org_id]]

    def label(self, kind: str, code: str) -> str:
        """Human label of a service, community or place code (the code itself if unknown)."""
        if kind == "place" and code == EVERYWHERE:
            return EVERYWHERE_NAME
        table = {"service": (self.service_index, self.services, "label"),
                 "community": (self.community_index, self.communities, "label"),
                 "place": (self.place_index, self.places, "name")}[kind]
        j = table[0].get(code)
        return code if j is None else getattr(table[1][j], table[2])

    @cached_property
    def place_parent(self) -> dict[str, str]:
        """Each place's parent: the one its source gave, else (for an ONS/GSS code, whose
        first letter is its nation) that nation's place where the store holds it. A council's
        360Giving file names its own district with no parent, so Trafford's 243 groups were
        not counted in England while England's page and the places list said otherwise."""
        out = {}
        for p in self.places:
            parent = p.parent
            if not parent and _GSS_AREA.match(p.code):
                nation = _NATIONS.get(p.code[0])
                parent = nation if nation in self.place_index and nation != p.code else ""
            if parent:
                out[p.code] = parent
        return out

    @cached_property
    def place_children(self) -> dict[str, tuple[str, ...]]:
        children: dict[str, list[str]] = {}
        for p in self.places:
            parent = self.place_parent.get(p.code)
            if parent:
                children.setdefault(parent, []).append(p.code)
        return {k: tuple(v) for k, v in children.items()}

    def place_descendants(self, code: str) -> tuple[str, ...]:
        """The place and every place inside it (for EVERYWHERE, every place)."""
        if code == EVERYWHERE:
            return tuple(p.code for p in self.places)
        out, stack = [], [code]
        while stack:
            c = stack.pop()
            out.append(c)
            stack.extend(self.place_children.get(c, ()))
        return tuple(out)

    def place_ancestors(self, code: str) -> tuple[str, ...]:
        """The place and every place that contains it, innermost first."""
        out, seen = [], set()
        while code and code not in seen and code in self.place_index:
            out.append(code)
            seen.add(code)
            code = self.place_parent.get(code, "")
        return tuple(out)

    @cached_property
    def org_places_closed(self) -> sp.csr_matrix:
        """Like org_places, but an organisation in a ward is also in its district, county..."""
        up = sp.lil_matrix((len(self.places), len(self.places)), dtype=np.float32)
        for p in self.places:
            for a in self.place_ancestors(p.code):
                up[self.place_index[p.code], self.place_index[a]] = 1
        closed = (self.org_places @ up.tocsr()).tocsr()
        closed.data[:] = 1
        return closed

    def org_rows_in_place(self, code: str) -> np.ndarray:
        """Row numbers of organisations operating in `code` or anywhere inside it (every
        organisation for EVERYWHERE, with or without a place)."""
        if code == EVERYWHERE:
            return np.arange(len(self.orgs), dtype=np.int64)
        j = self.place_index.get(code)
        if j is None:
            return np.zeros(0, dtype=np.int64)
        col = self.org_places_closed[:, j]
        return np.sort(col.nonzero()[0].astype(np.int64))

    # ---- graph views --------------------------------------------------------------
    # Every view of the ties takes a lens (see graph.model.TIE_LENSES): "collaboration"
    # (working together), "funding" (money given), or "all" (every kind, for exports and
    # counts). There is no default, so each caller says which ties it means: two groups
    # funded by one funder have not collaborated, and a view that silently mixed the two
    # made funders look like champions.
    def tie_mask(self, lens: str) -> np.ndarray:
        """Boolean mask over `ties` (and the tie arrays) of the ties `lens` reads."""
        def build():
            kinds = lens_kinds(lens)
            wanted = np.array([k in kinds for k in TIE_KINDS])
            mask = wanted[self.tie_kind.astype(np.int64)] if len(self.tie_kind) else np.zeros(0, dtype=bool)
            mask.flags.writeable = False
            return mask
        return self._view(("mask", lens), build)

    def lens_ties(self, lens: str) -> TieTable:
        """The ties `lens` reads, in `ties` order."""
        mask = self.tie_mask(lens)
        return self._view(("ties", lens), lambda: self.ties.take(mask))

    def adjacency(self, lens: str) -> sp.csr_matrix:
        """Symmetric organisations x organisations matrix of summed tie strength over the
        ties `lens` reads."""
        def build():
            n = len(self.orgs)
            sel = self.tie_mask(lens)
            a = sp.coo_matrix((self.tie_strength[sel], (self.tie_src[sel], self.tie_dst[sel])), shape=(n, n))
            a = (a + a.T).tocsr()
            a.sum_duplicates()
            return a
        return self._view(("adjacency", lens), build)

    def graph(self, lens: str) -> nx.MultiDiGraph:
        """The ties `lens` reads as a directed multigraph (mutual kinds stored once,
        from->to). Every organisation is a node, with its attributes. Frozen: callers copy
        before changing."""
        def build():
            g = nx.MultiDiGraph(lens=lens)
            for o in self.orgs:
                g.add_node(o.id, name=o.name, sector=o.sector, size_band=o.size_band,
                           led_by=o.led_by, places=o.places, communities=o.communities,
                           services=o.services)
            for t in self.lens_ties(lens):
                g.add_edge(t.from_id, t.to_id, key=(t.kind, t.ref), kind=t.kind, form=t.form,
                           strength=t.strength, since=t.since, until=t.until, amount=t.amount,
                           currency=t.currency, source=t.source, ref=t.ref)
            return nx.freeze(g)
        return self._view(("graph", lens), build)

    def undirected(self, lens: str) -> nx.Graph:
        """One edge per pair tied through `lens`: weight = summed strength, kinds = the tie
        kinds. Every organisation is a node."""
        def build():
            g = nx.Graph(lens=lens)
            g.add_nodes_from(o.id for o in self.orgs)
            for t in self.lens_ties(lens):
                if g.has_edge(t.from_id, t.to_id):
                    d = g[t.from_id][t.to_id]
                    d["weight"] += t.strength
                    d["kinds"] = tuple(sorted(set(d["kinds"]) | {t.kind}))
                else:
                    g.add_edge(t.from_id, t.to_id, weight=t.strength, kinds=(t.kind,))
            return nx.freeze(g)
        return self._view(("undirected", lens), build)

    def _view(self, key: tuple, build):
        # Views are cached on the instance (the snapshot is immutable); a lock-free
        # dict is enough because building twice under a race gives equal values.
        views = self.__dict__.setdefault("_views", {})
        if key not in views:
            lens_kinds(key[1])  # an unknown lens fails before any work
            views[key] = build()
        return views[key]

    def subgraph_for_place(self, code: str, *, lens: str) -> "Snapshot":
        """A snapshot restricted to organisations in `code` (and places inside it), with
        the ties among them that `lens` reads ("all" keeps every tie). Analysis of one
        place uses this so it never loads work for all places."""
        # The lens's ties, without caching a mask on the whole snapshot for one place.
        kinds = lens_kinds(lens)
        keep = np.isin(self.tie_kind, [i for i, k in enumerate(TIE_KINDS) if k in kinds])
        if code == EVERYWHERE:
            return Snapshot(version=self.version, orgs=list(self.orgs), services=self.services,
                            communities=self.communities, places=self.places, ties=self.ties.take(keep),
                            needs=list(self.needs))
        rows = self.org_rows_in_place(code)
        member = np.zeros(len(self.orgs), dtype=bool)
        member[rows] = True
        ties = self.ties.take(keep & member[self.tie_src] & member[self.tie_dst])
        inside = set(self.place_descendants(code))
        return Snapshot(version=self.version, orgs=[self.orgs[i] for i in rows],
                        services=self.services, communities=self.communities, places=self.places,
                        ties=ties, needs=[n for n in self.needs if n.place in inside])
