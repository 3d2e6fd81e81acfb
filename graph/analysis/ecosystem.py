"""Ecosystem summaries for funders: who works in a place, how they are tied, and where the
money goes.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from graph.analysis._engine import KIND_INDEX, undirected
from graph.analysis._scope import Scope, scope_for
from graph.analysis.structure import components_for
from graph.model import SECTORS, SIZE_BANDS, TIE_KINDS

__all__ = ["ecosystem", "EcosystemResult", "gini", "hhi", "degree_centralization"]


def gini(values) -> float:
    """Gini coefficient of non-negative amounts: 0 when equal, towards 1 when one has all.

    References
    ----------
    .. [1] Gini, C. (1912). Variabilità e mutabilità. Bologna: Tipografia di Paolo Cuppini.
    """
    x = np.sort(np.asarray(values, dtype=np.float64))
    n = len(x)
    if n == 0 or x.sum() <= 0:
        return 0.0
    index = np.arange(1, n + 1)
    return float((2 * (index * x).sum()) / (n * x.sum()) - (n + 1) / n)


def hhi(values) -> float:
    """Herfindahl–Hirschman index of shares, in (0, 1]: 1 when one source gives everything.

    References
    ----------
    .. [1] Hirschman, A. O. (1964). The paternity of an index. American Economic Review
       54(5), 761.
    """
    x = np.asarray(values, dtype=np.float64)
    total = x.sum()
    if total <= 0:
        return 0.0
    return float(((x / total) ** 2).sum())


def degree_centralization(degree: np.ndarray) -> float:
    """Freeman's degree centralization of an undirected graph: 1 for a star, 0 when every
    organisation has as many ties.

    References
    ----------
    .. [1] Freeman, L. C. (1978). Centrality in social networks: conceptual clarification.
       Social Networks 1(3), 215-239.
    """
    n = len(degree)
    if n < 3:
        return 0.0
    return float((degree.max() - degree).sum() / ((n - 1) * (n - 2)))


@dataclass
class EcosystemResult:
    """A place's ecosystem in numbers; `to_dict()` is the JSON form.

    Attributes
    ----------
    place, place_name : str or None
    organisations : dict
        total, by_sector, by_size (band or "unknown"), by_sector_and_size, small,
        marginalised_led, unregistered.
    ties : dict
        total (tie records), by_kind, connected_pairs, density, components, largest_component,
        untied, mean_ties, degree_centralization.
    funding : dict
        Funding ties whose recipient works in the place (funders may be anywhere): total,
        ties, ties_without_amount, funders (each with total and share), recipients,
        funder_hhi, recipient_gini, share_to_small, share_to_marginalised_led, co_funded
        (recipients with two or more funders) and the largest co-funded.
    places : list of dict
        The places directly inside this one (the top-level places for the whole network):
        code, name, organisations, ties among them.
    """
    place: str | None
    place_name: str
    organisations: dict
    ties: dict
    funding: dict
    places: list[dict]

    def to_dict(self) -> dict:
        return {"place": self.place, "place_name": self.place_name, "organisations": self.organisations,
                "ties": self.ties, "funding": self.funding, "places": self.places}


def _organisations(scope: Scope) -> dict:
    orgs = scope.snap.orgs
    by_sector = Counter(o.sector for o in orgs)
    by_size = Counter(o.size_band or "unknown" for o in orgs)
    both = Counter((o.sector, o.size_band or "unknown") for o in orgs)
    bands = list(SIZE_BANDS) + ["unknown"]
    return {
        "total": len(orgs),
        "by_sector": {s: by_sector[s] for s in SECTORS if by_sector[s]},
        "by_size": {b: by_size[b] for b in bands if by_size[b]},
        "by_sector_and_size": {s: {b: both[(s, b)] for b in bands if both[(s, b)]} for s in SECTORS if by_sector[s]},
        "small": sum(o.is_small for o in orgs),
        "marginalised_led": sum(o.is_marginalised_led for o in orgs),
        "unregistered": sum(not o.is_registered for o in orgs),
    }


def _ties(scope: Scope) -> dict:
    snap = scope.snap
    tg = undirected(scope)
    comps = components_for(scope)
    n = tg.n
    by_kind = np.bincount(snap.tie_kind.astype(np.int64), minlength=len(TIE_KINDS))
    tied = comps.sizes[comps.sizes > 1]
    return {
        "total": len(snap.ties),
        "by_kind": {k: int(c) for k, c in zip(TIE_KINDS, by_kind.tolist()) if c},
        "connected_pairs": tg.m,
        "density": round(2 * tg.m / (n * (n - 1)), 6) if n > 1 else 0.0,
        "components": int(len(tied)),
        "largest_component": int(comps.sizes.max()) if n else 0,
        "untied": int((tg.degree == 0).sum()),
        "mean_ties": round(float(tg.degree.mean()), 3) if n else 0.0,
        "degree_centralization": round(degree_centralization(tg.degree), 6),
    }


def _funding(scope: Scope, top: int = 10) -> dict:
    root, snap = scope.root, scope.snap
    if scope.place is None:
        inside = np.ones(len(root.orgs), dtype=bool)
    else:
        inside = np.zeros(len(root.orgs), dtype=bool)
        inside[[root.index[o.id] for o in snap.orgs]] = True
    sel = (root.tie_kind == KIND_INDEX["funding"]) & inside[root.tie_dst]
    src, dst, amount = root.tie_src[sel], root.tie_dst[sel], root.tie_amount[sel]
    known = ~np.isnan(amount)
    total = float(amount[known].sum())
    funders = np.unique(src)
    by_funder = np.bincount(np.searchsorted(funders, src[known]), weights=amount[known],
                            minlength=len(funders)) if len(funders) else np.zeros(0)
    recipients, r_inv = np.unique(dst, return_inverse=True)
    received = np.bincount(r_inv[known], weights=amount[known], minlength=len(recipients)) \
        if len(recipients) else np.zeros(0)
    pair = np.unique(np.stack([dst, src], axis=1), axis=0) if len(src) else np.zeros((0, 2), np.int64)
    n_funders = np.bincount(np.searchsorted(recipients, pair[:, 0]), minlength=len(recipients)) \
        if len(pair) else np.zeros(len(recipients), np.int64)
    orgs = root.orgs
    small = np.array([orgs[r].is_small for r in recipients.tolist()], dtype=bool)
    marginal = np.array([orgs[r].is_marginalised_led for r in recipients.tolist()], dtype=bool)
    order = np.lexsort((funders, -by_funder)) if len(funders) else np.zeros(0, np.int64)
    co = np.flatnonzero(n_funders >= 2)
    co = co[np.lexsort((recipients[co], -received[co], -n_funders[co]))] if len(co) else co
    return {
        "total": round(total, 2),
        "ties": int(sel.sum()),
        "ties_without_amount": int((~known).sum()),
        "funders": [{"id": orgs[f].id, "name": orgs[f].name, "sector": orgs[f].sector,
                     "total": round(float(by_funder[i]), 2),
                     "share": round(float(by_funder[i] / total), 4) if total else 0.0,
                     "recipients": int(len(np.unique(dst[src == f]))),
                     "in_place": bool(inside[f])}
                    for i, f in ((int(i), int(funders[i])) for i in order[:top].tolist())],
        "funder_count": int(len(funders)),
        "recipients": int(len(recipients)),
        "funder_hhi": round(hhi(by_funder), 4),
        "recipient_gini": round(gini(received), 4),
        "share_to_small": round(float(received[small].sum() / total), 4) if total else 0.0,
        "share_to_marginalised_led": round(float(received[marginal].sum() / total), 4) if total else 0.0,
        "co_funded": int(len(co)),
        "co_funded_top": [{"id": orgs[recipients[i]].id, "name": orgs[recipients[i]].name,
                           "funders": int(n_funders[i]), "total": round(float(received[i]), 2)}
                          for i in co[:top].tolist()],
    }


def _places(scope: Scope) -> list[dict]:
    snap = scope.snap
    if scope.place is not None:
        codes = list(snap.place_children.get(scope.place, ()))
    else:
        codes = [p.code for p in snap.places if not p.parent]
        if len(codes) == 1:
            codes = list(snap.place_children.get(codes[0], ())) or codes
    closed = snap.org_places_closed.tocsc()
    out = []
    for code in sorted(codes, key=lambda c: snap.label("place", c)):
        j = snap.place_index[code]
        rows = closed.indices[closed.indptr[j]:closed.indptr[j + 1]]
        mask = np.zeros(len(snap.orgs), dtype=bool)
        mask[rows] = True
        ties = int((mask[snap.tie_src] & mask[snap.tie_dst]).sum())
        out.append({"code": code, "name": snap.label("place", code), "organisations": int(len(rows)),
                    "ties": ties})
    return out


def ecosystem_for(scope: Scope) -> EcosystemResult:
    def compute():
        return EcosystemResult(scope.place, scope.place_name, _organisations(scope), _ties(scope),
                               _funding(scope), _places(scope))
    return scope.memo("ecosystem", compute)


def ecosystem(snapshot, place: str | None = None) -> EcosystemResult:
    """An ecosystem summary of a place for funders.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        A place code; None summarises the whole network.

    Returns
    -------
    EcosystemResult
        Organisations by sector and size; ties by kind, density, components and degree
        centralization; funding flows with their concentration and the share reaching
        small and marginalised-led groups; the places inside this one.

    Notes
    -----
    Ties and structure count only ties between organisations in the place. Funding counts
    every funding tie whose recipient works in the place, wherever the funder is, because
    national funders rarely "work in" a ward. Funder concentration is the HHI of funders'
    shares of the known amounts; inequality among recipients is the Gini of what each
    received. Funding ties with no amount are counted but add nothing to the totals.
    Small means micro or small by income (``Organisation.is_small``; no income is size
    unknown, not small); marginalised-led means any ``led_by``.

    References
    ----------
    .. [1] Freeman, L. C. (1978). Centrality in social networks: conceptual clarification.
       Social Networks 1(3), 215-239.
    .. [2] Wasserman, S. and Faust, K. (1994). Social Network Analysis: Methods and
       Applications. Cambridge University Press.
    """
    return ecosystem_for(scope_for(snapshot, place))
