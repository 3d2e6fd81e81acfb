"""Fast graphs built straight from a snapshot's tie arrays.

networkx stays the model (``Snapshot.undirected(lens)`` / ``Snapshot.graph(lens)``) and
the reference the tests compare against; the heavy algorithms run on python-igraph and
scipy.sparse over the same vertices in the same order (vertex i is ``scope.snap.orgs[i]``),
built here with numpy from ``tie_src`` / ``tie_dst`` / ``tie_kind`` without touching a Tie
object. Every graph reads only the ties of the scope's lens (``Scope.lens``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import igraph as ig
import numpy as np
import scipy.sparse as sp

from graph.model import DIRECTED_TIE_KINDS, TIE_KINDS, TIE_LENSES
from graph.analysis._scope import COLLABORATION, Scope

__all__ = ["TieGraph", "undirected", "collaboration", "flow", "referral", "KIND_INDEX", "kinds_of_mask",
           "COLLABORATION_KINDS"]

KIND_INDEX = {k: i for i, k in enumerate(TIE_KINDS)}
_DIRECTED_KINDS = np.array([k in DIRECTED_TIE_KINDS for k in TIE_KINDS])
# Working together, as opposed to money given (the model's collaboration lens).
COLLABORATION_KINDS = tuple(k for k in TIE_KINDS if k in TIE_LENSES[COLLABORATION])


def kinds_of_mask(mask: int) -> list[str]:
    """Tie kind names present in a bit mask (bit i = TIE_KINDS[i])."""
    return [k for i, k in enumerate(TIE_KINDS) if mask >> i & 1]


def _igraph(n: int, src: np.ndarray, dst: np.ndarray, directed: bool) -> ig.Graph:
    # zip over two Python lists is the quickest way into igraph's C edge vector
    # (about 1 s for 1.85M edges; a numpy (m, 2) array is about 3x slower).
    return ig.Graph(n=n, edges=zip(src.tolist(), dst.tolist()), directed=directed)


@dataclass(eq=False)
class TieGraph:
    """A simple graph over the scope's organisations.

    Attributes
    ----------
    n : int
        Number of vertices (organisations, including those with no ties).
    src, dst : numpy.ndarray
        One entry per edge. Undirected graphs store each pair once with src < dst.
    weight : numpy.ndarray
        Summed tie strength over the ties the edge stands for.
    kinds : numpy.ndarray
        Bit mask of the tie kinds the edge stands for (bit i = TIE_KINDS[i]).
    directed : bool
    """
    n: int
    src: np.ndarray
    dst: np.ndarray
    weight: np.ndarray
    kinds: np.ndarray
    directed: bool = False

    @property
    def m(self) -> int:
        return len(self.src)

    @cached_property
    def igraph(self) -> ig.Graph:
        return _igraph(self.n, self.src, self.dst, self.directed)

    @cached_property
    def csr(self) -> sp.csr_matrix:
        """0/1 adjacency; symmetric for undirected graphs, row = from for directed."""
        if self.directed:
            rows, cols = self.src, self.dst
        else:
            rows, cols = np.concatenate([self.src, self.dst]), np.concatenate([self.dst, self.src])
        a = sp.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(self.n, self.n))
        a.sum_duplicates()
        return a

    @cached_property
    def degree(self) -> np.ndarray:
        """Number of distinct neighbours (undirected) or out-degree (directed)."""
        return np.diff(self.csr.indptr).astype(np.int64)

    @cached_property
    def in_degree(self) -> np.ndarray:
        return np.bincount(self.dst, minlength=self.n).astype(np.int64)

    @cached_property
    def out_degree(self) -> np.ndarray:
        return np.bincount(self.src, minlength=self.n).astype(np.int64)


def _pairs(n: int, src, dst, weight, kind, directed: bool) -> TieGraph:
    src = np.asarray(src, dtype=np.int64)
    dst = np.asarray(dst, dtype=np.int64)
    keep = src != dst
    src, dst, weight, kind = src[keep], dst[keep], weight[keep], kind[keep]
    if not directed:
        src, dst = np.minimum(src, dst), np.maximum(src, dst)
    key = src * max(n, 1) + dst
    uniq, inv = np.unique(key, return_inverse=True)
    w = np.bincount(inv, weights=weight, minlength=len(uniq)) if len(uniq) else np.zeros(0)
    mask = np.zeros(len(uniq), dtype=np.int64)
    if len(uniq):
        np.bitwise_or.at(mask, inv, np.left_shift(1, kind.astype(np.int64)))
    return TieGraph(n=n, src=uniq // max(n, 1), dst=uniq % max(n, 1), weight=w, kinds=mask,
                    directed=directed)


def undirected(scope: Scope) -> TieGraph:
    """The ties of the scope's lens as one undirected edge per connected pair (the model is
    ``Snapshot.undirected(scope.lens)``: same vertices, same edges, weight = summed strength)."""
    def build():
        s = scope.snap
        sel = s.tie_mask(scope.lens)
        return _pairs(len(s.orgs), s.tie_src[sel], s.tie_dst[sel], s.tie_strength[sel], s.tie_kind[sel],
                      directed=False)
    return scope.memo("engine.undirected", build)


def collaboration(scope: Scope) -> TieGraph:
    """`undirected` through the collaboration lens, whatever the scope's lens: a funder
    with many grants is not thereby a partner."""
    return undirected(scope.with_lens(COLLABORATION))


def flow(scope: Scope) -> TieGraph:
    """The directed graph of who can pass something to whom among the scope's lens ties:
    referral, funding and contract ties one way (from -> to), the mutual kinds both ways."""
    def build():
        s = scope.snap
        sel = s.tie_mask(scope.lens)
        t_src, t_dst, t_w, t_k = s.tie_src[sel], s.tie_dst[sel], s.tie_strength[sel], s.tie_kind[sel]
        mutual = ~_DIRECTED_KINDS[t_k.astype(np.int64)]
        src = np.concatenate([t_src, t_dst[mutual]])
        dst = np.concatenate([t_dst, t_src[mutual]])
        w = np.concatenate([t_w, t_w[mutual]])
        k = np.concatenate([t_k, t_k[mutual]])
        return _pairs(len(s.orgs), src, dst, w, k, directed=True)
    return scope.memo("engine.flow", build)


def referral(scope: Scope) -> TieGraph:
    """Referral ties only (when the scope's lens reads them), directed from the referring
    organisation to the one referred to."""
    def build():
        s = scope.snap
        sel = (s.tie_kind == KIND_INDEX["referral"]) & s.tie_mask(scope.lens)
        return _pairs(len(s.orgs), s.tie_src[sel], s.tie_dst[sel], s.tie_strength[sel], s.tie_kind[sel],
                      directed=True)
    return scope.memo("engine.referral", build)
