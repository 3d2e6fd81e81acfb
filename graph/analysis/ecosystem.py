"""Ecosystem summaries for funders: who works in a place, how they are tied, and where the
money goes.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from graph.analysis._engine import KIND_INDEX, undirected
from graph.analysis._scope import COLLABORATION, FUNDING, Scope, lens_note, scope_for
from graph.analysis.funders import funding_ties
from graph.analysis.structure import components_for
from graph.model import SECTORS, SIZE_BANDS, TIE_KINDS

__all__ = ["ecosystem", "EcosystemResult", "gini", "hhi", "degree_centralization", "concentration_words"]


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
        total (tie records of every kind) and by_kind; then, through the collaboration lens
        (``lens``): connected_pairs, density, components, largest_component, untied,
        mean_ties, degree_centralization, and a note when there are none.
    funding : dict
        Through the funding lens: ties whose recipient works in the place (funders may be
        anywhere), funders reconciled so each counts once: total, ties, ties_without_amount,
        funders (each with its records, total and share), funder_count, records_reconciled,
        statutory_without_amount and other_without_amount (funders with no stated amount,
        kept out of shares), recipients, funder_hhi, recipient_gini, concentration (plain
        words), share_to_small, share_to_marginalised_led, co_funded (recipients with two
        or more funders) and the largest co-funded.
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
        return {"place": self.place, "place_name": self.place_name, "lens": self.ties.get("lens"),
                "organisations": self.organisations,
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
        # Voluntary groups with no number only: a council or university with none given
        # is not an "unregistered" group (graph.model.Organisation.is_below_radar).
        "unregistered": sum(o.is_below_radar for o in orgs),
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
        "lens": scope.lens,
        "note": lens_note(scope, tg.m),
        "connected_pairs": tg.m,
        "density": round(2 * tg.m / (n * (n - 1)), 6) if n > 1 else 0.0,
        "components": int(len(tied)),
        "largest_component": int(comps.sizes.max()) if n else 0,
        "untied": int((tg.degree == 0).sum()),
        "mean_ties": round(float(tg.degree.mean()), 3) if n else 0.0,
        "degree_centralization": round(degree_centralization(tg.degree), 6),
    }


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count_words(n: int, one: str, many: str) -> str:
    word = _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else f"{n:,}"
    return f"{word} {one if n == 1 else many}"


def concentration_words(shares, names=(), threshold: float = 0.8) -> str:
    """Funding concentration in plain words, e.g. "three funders give 80% of the money".

    `shares` are the funders' shares of the known money, any order; `names` (same order)
    name the funders when one or two of them give it.
    """
    shares = np.asarray(shares, dtype=np.float64)
    if not len(shares) or shares.sum() <= 0:
        return "no funding with a stated amount"
    order = np.argsort(-shares, kind="stable")
    ranked = shares[order] / shares.sum()
    n = len(ranked)
    if n == 1:
        who = f" ({names[order[0]]})" if len(names) else ""
        return f"one funder{who} gives all of the money"
    k = int(np.searchsorted(np.cumsum(ranked), threshold - 1e-9) + 1)
    share = float(ranked[:k].sum())
    named = ""
    if len(names) and k <= 2:
        named = " (" + " and ".join(str(names[i]) for i in order[:k]) + ")"
    text = f"{_count_words(k, 'funder', 'funders')}{named} {'gives' if k == 1 else 'give'} {share:.0%} of the money"
    rest = n - k
    if rest == 1:
        text += f"; the other one gives {1 - share:.0%}"
    elif rest:
        text += f"; the other {_count_words(rest, 'funder', 'funders').split(' ', 1)[0]} give {1 - share:.0%}"
    return text


def _funding(scope: Scope, top: int = 10) -> dict:
    root = scope.root
    ft = funding_ties(scope)
    src, dst, amount, known = ft.funder, ft.dst, ft.amount, ft.known
    total = float(amount[known].sum())
    funders = np.unique(src)
    given = np.bincount(np.searchsorted(funders, src[known]), weights=amount[known],
                        minlength=len(funders)) if len(funders) else np.zeros(0)
    stated = np.bincount(np.searchsorted(funders, src[known]), minlength=len(funders)) \
        if len(funders) else np.zeros(0, np.int64)
    recipients, r_inv = np.unique(dst, return_inverse=True)
    received = np.bincount(r_inv[known], weights=amount[known], minlength=len(recipients)) \
        if len(recipients) else np.zeros(0)
    pair = np.unique(np.stack([dst, src], axis=1), axis=0) if len(src) else np.zeros((0, 2), np.int64)
    n_funders = np.bincount(np.searchsorted(recipients, pair[:, 0]), minlength=len(recipients)) \
        if len(pair) else np.zeros(len(recipients), np.int64)
    orgs = root.orgs
    small = np.array([orgs[r].is_small for r in recipients.tolist()], dtype=bool)
    marginal = np.array([orgs[r].is_marginalised_led for r in recipients.tolist()], dtype=bool)
    # Funders whose grants here all state an amount, or some do, share the money; funders
    # with no amount at all (statutory commissioners often publish none) are kept apart,
    # so they neither vanish nor distort shares, HHI and Gini with zeros.
    with_amount = stated > 0
    order = np.lexsort((funders, -given)) if len(funders) else np.zeros(0, np.int64)
    order = order[with_amount[order]]
    co = np.flatnonzero(n_funders >= 2)
    co = co[np.lexsort((recipients[co], -received[co], -n_funders[co]))] if len(co) else co

    def funder_row(i: int) -> dict:
        f = int(funders[i])
        mine = src == f
        return {"id": orgs[f].id, "name": orgs[f].name, "sector": orgs[f].sector,
                "records": sorted({orgs[s].id for s in ft.src[mine].tolist()}),
                "total": round(float(given[i]), 2),
                "share": round(float(given[i] / total), 4) if total else 0.0,
                "grants": int(mine.sum()), "grants_without_amount": int((mine & ~known).sum()),
                "recipients": int(len(np.unique(dst[mine]))), "in_place": bool(ft.inside[f])}

    apart = [funder_row(i) for i in np.flatnonzero(~with_amount).tolist()]
    apart.sort(key=lambda r: (-r["grants"], r["name"]))
    shares = given[with_amount]
    return {
        "lens": FUNDING,
        "total": round(total, 2),
        "ties": int(len(src)),
        "ties_without_amount": int((~known).sum()),
        "funders": [funder_row(i) for i in order[:top].tolist()],
        "funder_count": int(with_amount.sum()),
        "records_reconciled": int(len(np.unique(ft.src)) - len(funders)),
        "statutory_without_amount": [r for r in apart if r["sector"] == "statutory"],
        "other_without_amount": [r for r in apart if r["sector"] != "statutory"],
        "recipients": int(len(recipients)),
        "funder_hhi": round(hhi(shares), 4),
        "recipient_gini": round(gini(received), 4),
        "concentration": concentration_words(shares, [orgs[int(f)].name for f in funders[with_amount]]),
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
        codes = [p.code for p in snap.places if p.code not in snap.place_parent]
        if len(codes) == 1:
            codes = list(snap.place_children.get(codes[0], ())) or codes
    closed = snap.org_places_closed.tocsc()
    out = []
    for code in sorted(codes, key=lambda c: snap.label("place", c)):
        j = snap.place_index[code]
        rows = closed.indices[closed.indptr[j]:closed.indptr[j + 1]]
        mask = np.zeros(len(snap.orgs), dtype=bool)
        mask[rows] = True
        among = mask[snap.tie_src] & mask[snap.tie_dst]
        out.append({"code": code, "name": snap.label("place", code), "organisations": int(len(rows)),
                    "ties": int(among.sum()), "collaboration_ties": int((among & snap.tie_mask(scope.lens)).sum())})
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
    Ties count only ties between organisations in the place; structure (density,
    components, centralization) reads the collaboration lens only. Funding reads the funding
    lens: every funding tie whose recipient works in the place, wherever the funder is,
    because national funders rarely "work in" a ward. Records of one funder (a shared
    registered id or the same name) count once (`funders.funder_identity`). Funder
    concentration is the HHI of funders' shares of the known amounts, said in words too
    ("three funders give 80% of the money"); inequality among recipients is the Gini of
    what each received. Funding ties with no amount are counted but add nothing to the
    totals, and funders that state no amount at all (often statutory commissioners) are
    listed apart rather than given a zero share.
    Small means micro or small by income (``Organisation.is_small``; no income is size
    unknown, not small); marginalised-led means any ``led_by``.

    References
    ----------
    .. [1] Freeman, L. C. (1978). Centrality in social networks: conceptual clarification.
       Social Networks 1(3), 215-239.
    .. [2] Wasserman, S. and Faust, K. (1994). Social Network Analysis: Methods and
       Applications. Cambridge University Press.
    """
    return ecosystem_for(scope_for(snapshot, place, lens=COLLABORATION))
