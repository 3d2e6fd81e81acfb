"""MatchContext: the arrays a model scores pairs with, built once per snapshot.

A context is the snapshot's organisations and *known* ties in the form pair scoring
needs (binary adjacency, degrees, IDF-weighted places, normalised description vectors).
Evaluation builds one with held-out ties masked out, so the model never sees them.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from graph.gc_pause import gc_paused
from graph.model import SECTORS
from matcher.features import SIZE_ORDER, block, org_table

__all__ = ["MatchContext", "tie_pairs"]


def tie_pairs(snapshot, tie_mask=None) -> np.ndarray:
    """Distinct unordered tied pairs (i < j) as an (m, 2) int64 array, sorted.

    Several ties between one pair (a referral and a joint bid) are one partnership here.
    """
    src, dst = snapshot.tie_src, snapshot.tie_dst
    if tie_mask is not None:
        src, dst = src[tie_mask], dst[tie_mask]
    lo, hi = np.minimum(src, dst), np.maximum(src, dst)
    pairs = np.unique(np.stack([lo, hi], axis=1), axis=0) if len(lo) else np.zeros((0, 2), np.int64)
    return pairs.astype(np.int64)


def _scale_columns(m: sp.csr_matrix, w: np.ndarray) -> sp.csr_matrix:
    out = m.copy()
    out.data = out.data * w[out.indices]
    return out


@dataclass(eq=False)
class MatchContext:
    """Arrays for pair scoring. Build with `MatchContext.build`.

    Attributes
    ----------
    snapshot : Snapshot
    pairs : ndarray (m, 2)
        Known distinct tied pairs.
    adjacency : csr_matrix
        Binary, symmetric, of the known ties.
    degree : ndarray
        Distinct partners per organisation.
    services, communities : csr_matrix
        0/1 incidence (float64).
    places : csr_matrix
        Closed places, 0/1; `place_idf` weights each column by its rarity, so sharing a
        ward says more than sharing a region.
    description : csr_matrix
        L2-normalised TF-IDF rows.
    features : csr_matrix
        The full featurizer output (the cosine baseline).
    sector, size : ndarray
        Sector index and ordinal size band per organisation.
    protected : ndarray of bool
        Small or marginalised-led (the group fair re-ranking protects).
    """
    snapshot: object
    pairs: np.ndarray
    adjacency: sp.csr_matrix
    degree: np.ndarray
    services: sp.csr_matrix
    communities: sp.csr_matrix
    places: sp.csr_matrix
    place_idf: np.ndarray
    description: sp.csr_matrix
    features: sp.csr_matrix
    sector: np.ndarray
    size: np.ndarray
    protected: np.ndarray

    @classmethod
    def build(cls, snapshot, featurizer, tie_mask=None, fit_featurizer=False) -> "MatchContext":
        """Build from a snapshot; `tie_mask` (bool per snapshot tie) selects the known ties."""
        n = len(snapshot.orgs)
        with gc_paused():
            table = org_table(snapshot)
            feats = featurizer.fit_transform(table) if fit_featurizer else featurizer.transform(table)
            table = None
        feats = sp.csr_matrix(feats, dtype=np.float64)
        pairs = tie_pairs(snapshot, tie_mask)
        adj = sp.coo_matrix((np.ones(2 * len(pairs)), (np.r_[pairs[:, 0], pairs[:, 1]],
                                                       np.r_[pairs[:, 1], pairs[:, 0]])), shape=(n, n)).tocsr()
        adj.sum_duplicates()
        adj.data[:] = 1.0
        places = sp.csr_matrix(snapshot.org_places_closed, dtype=np.float64)
        df = np.bincount(places.indices, minlength=places.shape[1])
        idf = np.log((1.0 + n) / (1.0 + df)) + 1e-3
        sector_index = {s: i for i, s in enumerate(SECTORS)}
        return cls(
            snapshot=snapshot, pairs=pairs, adjacency=adj,
            degree=np.asarray(adj.sum(axis=1)).ravel(),
            services=sp.csr_matrix(snapshot.org_services, dtype=np.float64),
            communities=sp.csr_matrix(snapshot.org_communities, dtype=np.float64),
            places=places, place_idf=idf,
            description=block(featurizer, feats, "description"),
            features=feats,
            sector=np.fromiter((sector_index[o.sector] for o in snapshot.orgs), np.int64, n),
            size=np.fromiter((SIZE_ORDER.get(o.size_band, 1) for o in snapshot.orgs), np.float64, n),
            protected=np.fromiter((o.is_small or o.is_marginalised_led for o in snapshot.orgs), bool, n))

    @property
    def n(self) -> int:
        return self.adjacency.shape[0]

    def sector_onehot(self) -> sp.csr_matrix:
        n = self.n
        return sp.csr_matrix((np.ones(n), (np.arange(n), self.sector)), shape=(n, len(SECTORS)))

    # Derived matrices for the topology features, computed on first use.
    def _cached(self, name, make):
        cache = self.__dict__.setdefault("_cache", {})
        if name not in cache:
            cache[name] = make()
        return cache[name]

    # The weights are computed inside the cached builders: computed on every access, as
    # they once were, they cost a pass over all n organisations per suggestion (about a
    # millisecond each at 370,000).
    @property
    def adjacency_aa(self) -> sp.csr_matrix:
        """Adjacency with column w weighted 1/log(degree w): Adamic-Adar by one product."""
        def make():
            w = np.zeros(self.n)
            ok = self.degree > 1
            w[ok] = 1.0 / np.log(self.degree[ok])
            return _scale_columns(self.adjacency, w)
        return self._cached("aa", make)

    @property
    def adjacency_ra(self) -> sp.csr_matrix:
        """Adjacency with column w weighted 1/degree w: resource allocation by one product."""
        return self._cached("ra", lambda: _scale_columns(self.adjacency, 1.0 / np.maximum(self.degree, 1)))

    @property
    def adjacency_l3(self) -> sp.csr_matrix:
        """Adjacency with column w weighted 1/sqrt(degree w) (Kovacs et al. 2019 L3)."""
        return self._cached("l3", lambda: _scale_columns(self.adjacency, self.l3_weight))

    @property
    def l3_weight(self) -> np.ndarray:
        """1/sqrt(degree w) per organisation w: the column weights of `adjacency_l3`."""
        return self._cached("l3w", lambda: 1.0 / np.sqrt(np.maximum(self.degree, 1)))

    @property
    def l3_self_sum(self) -> np.ndarray:
        """sum over neighbours y of 1/sqrt(k_y): removes walks that use the pair's own tie."""
        return self._cached("l3s", lambda: np.asarray(self.adjacency_l3.sum(axis=1)).ravel())

    def postings(self, name: str) -> sp.csr_matrix:
        """Inverted index of `communities`, `places` or `services`: code -> organisations."""
        return self._cached("T" + name, lambda: sp.csr_matrix(getattr(self, name).T))

    @property
    def place_weighted(self) -> sp.csr_matrix:
        return self._cached("pw", lambda: _scale_columns(self.places, self.place_idf))

    @property
    def place_mass(self) -> np.ndarray:
        return self._cached("pm", lambda: np.asarray(self.place_weighted.sum(axis=1)).ravel())
