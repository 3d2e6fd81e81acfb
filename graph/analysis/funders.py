"""Funders' own views, read through the funding lens: how far each funder reaches, which
funders fund the same organisations, and whom one funder funds in a place.

Funding is not collaboration (see ``graph.model.TIE_LENSES``), so funders never appear as
champions or as the network an isolated group should join; these views are where they
belong. A funding tie counts for a place when its recipient works there, wherever the
funder is, because national funders rarely "work in" a ward.

Funders are reconciled before they are counted: records that share a registered
identifier, or carry the same name once case, punctuation and a leading "The" are set
aside, are one funder (a publisher's own id and a charity number for one trust, say).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from graph.analysis._engine import KIND_INDEX
from graph.analysis._scope import FUNDING, AnalysisError, Scope, scope_for

__all__ = ["funders", "funded_by", "funding_breakdown", "FundersResult", "FundingTies", "funding_ties", "funder_identity"]


@dataclass(frozen=True)
class FundingTies:
    """The funding ties into a scope, as parallel arrays over root snapshot rows.

    `funder` is the reconciled funder (a row standing for every record of that funder);
    `src` is the row the tie was recorded from.
    """
    src: np.ndarray
    funder: np.ndarray
    dst: np.ndarray
    amount: np.ndarray          # nan when the grant states no amount
    inside: np.ndarray          # per root row: the organisation works in the scope

    @property
    def known(self) -> np.ndarray:
        return ~np.isnan(self.amount)


_NAME_NOISE = re.compile(r"[^a-z0-9]+")


def _name_key(name: str) -> str:
    key = _NAME_NOISE.sub(" ", name.lower()).strip()
    return key[4:] if key.startswith("the ") else key


def funder_identity(snapshot, givers: np.ndarray) -> np.ndarray:
    """(stands_for, givers): the distinct rows of `givers` (organisations that give
    funding), sorted, and for each the row of the record that stands for the same funder.

    Two givers are one funder when they share a registered identifier (or one's id is the
    other's registered id) or a normalised name; the lowest row stands for the group, so
    the result repeats.
    """
    givers = np.unique(np.asarray(givers, dtype=np.int64))
    parent = {v: v for v in givers.tolist()}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    seen: dict[tuple[str, str], int] = {}
    for v in givers.tolist():
        o = snapshot.orgs[v]
        for key in [("id", r) for r in (o.id, *o.registered_ids)] + [("name", _name_key(o.name))]:
            if not key[1]:
                continue
            other = seen.setdefault(key, v)
            if other != v:
                a, b = find(other), find(v)
                parent[max(a, b)] = min(a, b)
    return np.array([find(v) for v in givers.tolist()], dtype=np.int64), givers


def funding_ties(scope: Scope) -> FundingTies:
    """Funding ties whose recipient works in the scope (funders may be anywhere)."""
    def compute():
        root, snap = scope.root, scope.snap
        if scope.place is None:
            inside = np.ones(len(root.orgs), dtype=bool)
        else:
            inside = np.zeros(len(root.orgs), dtype=bool)
            inside[[root.index[o.id] for o in snap.orgs]] = True
        sel = (root.tie_kind == KIND_INDEX["funding"]) & inside[root.tie_dst]
        src = root.tie_src[sel]
        stands_for, givers = funder_identity(root, src)
        funder = stands_for[np.searchsorted(givers, src)] if len(src) else src
        return FundingTies(src=src, funder=funder, dst=root.tie_dst[sel], amount=root.tie_amount[sel],
                           inside=inside)
    return scope.memo("funding_ties", compute)


@dataclass
class FundersResult:
    """Funders of one place, through the funding lens.

    Attributes
    ----------
    place, place_name : str or None
    lens : str
        Always "funding".
    funder_count, recipients, grants : int
    funders : list of dict
        Per reconciled funder, widest reach first: id, name, sector, records (the ids
        reconciled into it), grants, recipients, places and communities reached (distinct
        places and communities of the organisations it funds), total (known amounts),
        grants_without_amount.
    co_funding : list of dict
        Pairs of funders that fund the same organisations: the two funders, shared (how
        many recipients both fund), jaccard (shared over either), and up to five shared
        recipients' names. Most shared first.
    note : str or None
        Plain words when there is no funding recorded in the place.
    """
    place: str | None
    place_name: str
    funder_count: int
    recipients: int
    grants: int
    funders: list[dict]
    co_funding: list[dict]
    note: str | None = None
    lens: str = FUNDING
    _ties: FundingTies | None = field(default=None, repr=False)

    def to_dict(self) -> dict:
        return {"place": self.place, "place_name": self.place_name, "lens": self.lens, "note": self.note,
                "funder_count": self.funder_count, "recipients": self.recipients, "grants": self.grants,
                "funders": self.funders, "co_funding": self.co_funding}


def _distinct(matrix: sp.csr_matrix, rows: np.ndarray) -> int:
    if not len(rows):
        return 0
    return int((np.asarray(matrix[rows].sum(axis=0)).ravel() > 0).sum())


def funders_for(scope: Scope, top: int = 20) -> FundersResult:
    def compute():
        root = scope.root
        ft = funding_ties(scope)
        orgs = root.orgs
        groups = np.unique(ft.funder)
        members = {}
        for src, f in zip(ft.src.tolist(), ft.funder.tolist()):
            members.setdefault(f, set()).add(src)
        rows = []
        for f in groups.tolist():
            mine = ft.funder == f
            recipients = np.unique(ft.dst[mine])
            known = mine & ft.known
            rows.append({
                "id": orgs[f].id, "name": orgs[f].name, "sector": orgs[f].sector,
                "records": sorted(orgs[s].id for s in members[f]),
                "grants": int(mine.sum()), "recipients": int(len(recipients)),
                "places": _distinct(root.org_places, recipients),
                "communities": _distinct(root.org_communities, recipients),
                "total": round(float(ft.amount[known].sum()), 2),
                "grants_without_amount": int((mine & ~ft.known).sum()),
            })
        rows.sort(key=lambda r: (-r["recipients"], -r["total"], r["id"]))
        # co-funding: funders x recipients, then funders x funders shared recipients
        co = []
        if len(groups) > 1:
            f_index = np.searchsorted(groups, ft.funder)
            recips, r_index = np.unique(ft.dst, return_inverse=True)
            fr = sp.csr_matrix((np.ones(len(f_index)), (f_index, r_index)), shape=(len(groups), len(recips)))
            fr.sum_duplicates()
            fr.data[:] = 1  # several grants to one recipient: one funder-recipient pair
            shared = sp.triu(fr @ fr.T, k=1).tocoo()
            sizes = np.asarray(fr.sum(axis=1)).ravel()
            order = np.lexsort((shared.col, shared.row, -shared.data))[:top]
            for i in order.tolist():
                a, b, n = int(shared.row[i]), int(shared.col[i]), int(shared.data[i])
                both = np.intersect1d(fr.getrow(a).indices, fr.getrow(b).indices)
                co.append({"funders": [{"id": orgs[groups[a]].id, "name": orgs[groups[a]].name},
                                       {"id": orgs[groups[b]].id, "name": orgs[groups[b]].name}],
                           "shared": n, "jaccard": round(float(n / (sizes[a] + sizes[b] - n)), 4),
                           "examples": [orgs[recips[r]].name for r in both[:5].tolist()]})
        note = None
        if not len(ft.src):
            where = "this network" if scope.place is None else scope.place_name
            note = (f"No funding is recorded for organisations in {where}. Import grants "
                    "(`partnermap import 360giving FILE`) or funding ties (ties.csv, kind funding).")
        return FundersResult(scope.place, scope.place_name, int(len(groups)), int(len(np.unique(ft.dst))),
                             int(len(ft.src)), rows[:top], co, note, _ties=ft)
    return scope.memo("funders", compute, top)


def funders(snapshot, place: str | None = None, *, top: int = 20) -> FundersResult:
    """Funders of a place: reach and co-funding, through the funding lens.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        A place code: funding to organisations working there (funders may be anywhere).
    top : int, default 20
        Funders and co-funding pairs returned.

    Returns
    -------
    FundersResult

    Notes
    -----
    Reach counts distinct recipients, and the distinct places and communities those
    recipients name. Co-funding is the number of organisations two funders both fund, with
    its Jaccard index (shared / funded by either). Records of one funder are reconciled
    first (see `funder_identity`).
    """
    return funders_for(scope_for(snapshot, place, lens=FUNDING), top=top)


def funded_by(snapshot, funder_id: str, place: str | None = None) -> dict:
    """Whom one funder funds in a place: each recipient with grants and known total.

    Raises
    ------
    AnalysisError
        When `funder_id` is not an organisation in the snapshot.
    """
    scope = scope_for(snapshot, place, lens=FUNDING)
    root = scope.root
    if funder_id not in root.index:
        raise AnalysisError(f"unknown organisation {funder_id!r}")
    ft = funding_ties(scope)
    row = root.index[funder_id]
    recorded = ft.funder[ft.src == row]
    f = int(recorded[0]) if len(recorded) else row
    mine = ft.funder == f
    out: dict[int, dict] = {}
    for r, amount in zip(ft.dst[mine].tolist(), ft.amount[mine].tolist()):
        o = root.orgs[r]
        d = out.setdefault(r, {"id": o.id, "name": o.name, "sector": o.sector, "small": o.is_small,
                               "marginalised_led": o.is_marginalised_led, "grants": 0, "total": 0.0,
                               "grants_without_amount": 0})
        d["grants"] += 1
        if amount != amount:  # nan: no amount stated
            d["grants_without_amount"] += 1
        else:
            d["total"] = round(d["total"] + amount, 2)
    recipients = sorted(out.values(), key=lambda d: (-d["total"], d["name"]))
    return {"ok": True, "lens": FUNDING, "funder": {"id": root.orgs[f].id, "name": root.orgs[f].name},
            "place": scope.place, "place_name": scope.place_name, "recipients": recipients,
            "total": round(sum(d["total"] for d in recipients), 2)}


def _child_areas(root, place: str | None) -> list[str]:
    if place is None:
        tops = [p.code for p in root.places if p.code not in root.place_parent]
        return list(root.place_children.get(tops[0], ())) or tops if len(tops) == 1 else tops
    return list(root.place_children.get(place, ()))


def funding_breakdown(snapshot, place: str | None = None, *, top: int = 12) -> dict:
    """Where a place's grant money goes, for charts: by funder, by area inside the place, by
    community served, by size band, to small and marginalised-led groups against their share
    of organisations, and by year.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    place : str, optional
        A place code; funding ties whose recipient works there (funders may be anywhere).
    top : int, default 12
        Funders and communities listed (the rest are summed into "others").

    Returns
    -------
    dict
        total, grants, grants_without_amount, funder_count (reconciled, as `ecosystem`),
        funders, areas, communities, size_bands, fairness, years, funder_areas, notes. Every
        amount is in pounds of grants that state an amount.

    Notes
    -----
    The total is the one `ecosystem` reports (funding lens, funders reconciled); contracts
    are not grants and are left to the flows table. A recipient working in several areas
    has its grant split equally between them, so areas add up to the total. Communities do
    not add up: a grant to an organisation serving three communities counts for each, and
    the page says so. Shares of organisations count the place's organisations that are not
    funders (those that could receive a grant); size comes only from income, so "small"
    excludes organisations whose size is not known.
    """
    from graph.model import SIZE_BANDS

    scope = scope_for(snapshot, place, lens=FUNDING)

    def compute():
        root, snap = scope.root, scope.snap
        ft = funding_ties(scope)
        known = ft.known
        amount = np.where(known, ft.amount, 0.0)
        total = float(amount.sum())
        sel = np.flatnonzero((root.tie_kind == KIND_INDEX["funding"]) & ft.inside[root.tie_dst])
        orgs = root.orgs

        def share(x: float) -> float:
            return round(x / total, 4) if total else 0.0

        # funders (reconciled)
        funders_ = {}
        for f, a, k in zip(ft.funder.tolist(), amount.tolist(), known.tolist()):
            d = funders_.setdefault(f, {"id": orgs[f].id, "name": orgs[f].name, "total": 0.0, "grants": 0,
                                        "grants_without_amount": 0})
            d["total"] += a
            d["grants"] += 1
            d["grants_without_amount"] += 0 if k else 1
        ranked = sorted(funders_.values(), key=lambda d: (-d["total"], d["name"]))
        funder_rows = [{**d, "total": round(d["total"], 2), "share": share(d["total"])} for d in ranked[:top]]
        if len(ranked) > top:
            rest = sum(d["total"] for d in ranked[top:])
            funder_rows.append({"id": None, "name": f"{len(ranked) - top} other funders", "total": round(rest, 2),
                                "share": share(rest), "grants": sum(d["grants"] for d in ranked[top:]),
                                "grants_without_amount": sum(d["grants_without_amount"] for d in ranked[top:])})

        # areas one level inside the place: each grant split equally over the recipient's areas
        areas = _child_areas(root, scope.place)
        area_of = {}
        for a in areas:
            for d in root.place_descendants(a):
                area_of.setdefault(d, a)
        by_area: dict[str, float] = {a: 0.0 for a in areas}
        unplaced = 0.0
        funder_area: dict[int, dict[str, float]] = {}
        for f, r, a in zip(ft.funder.tolist(), ft.dst.tolist(), amount.tolist()):
            mine = sorted({area_of[p] for p in orgs[r].places if p in area_of})
            if not mine:
                unplaced += a
                continue
            for m in mine:
                by_area[m] += a / len(mine)
                funder_area.setdefault(f, {}).setdefault(m, 0.0)
                funder_area[f][m] += a / len(mine)
        area_rows = [{"code": a, "name": root.label("place", a), "total": round(v, 2), "share": share(v)}
                     for a, v in sorted(by_area.items(), key=lambda kv: (-kv[1], root.label("place", kv[0])))]
        if unplaced:
            area_rows.append({"code": None, "name": "Not placed in a smaller area", "total": round(unplaced, 2),
                              "share": share(unplaced)})
        funder_areas = [{"funder": {"id": orgs[f].id, "name": orgs[f].name},
                         "areas": [{"code": a, "name": root.label("place", a), "total": round(v, 2)}
                                   for a, v in sorted(funder_area.get(f, {}).items(), key=lambda kv: -kv[1])]}
                        for f in (root.index[d["id"]] for d in ranked[:top])]

        # communities served by the recipients (overlapping)
        comm = root.org_communities.tocsr()
        by_comm = np.zeros(len(root.communities))
        reached = [set() for _ in root.communities]
        for r, a in zip(ft.dst.tolist(), amount.tolist()):
            cols = comm.indices[comm.indptr[r]:comm.indptr[r + 1]]
            by_comm[cols] += a
            for c in cols.tolist():
                reached[c].add(r)
        order = np.argsort(-by_comm, kind="stable")
        community_rows = [{"code": root.communities[j].code, "name": root.communities[j].label,
                           "total": round(float(by_comm[j]), 2), "share": share(float(by_comm[j])),
                           "recipients": len(reached[j])}
                          for j in order[:top].tolist() if by_comm[j] > 0]

        # size bands and the fairness comparison, against the place's possible recipients
        possible = [o for o in snap.orgs if o.sector != "funder"]
        n_possible = len(possible) or 1
        band_money: dict[str, float] = {}
        small_money = marginal_money = 0.0
        for r, a in zip(ft.dst.tolist(), amount.tolist()):
            o = orgs[r]
            band_money[o.size_band or "unknown"] = band_money.get(o.size_band or "unknown", 0.0) + a
            small_money += a if o.is_small else 0.0
            marginal_money += a if o.is_marginalised_led else 0.0
        band_orgs: dict[str, int] = {}
        for o in possible:
            band_orgs[o.size_band or "unknown"] = band_orgs.get(o.size_band or "unknown", 0) + 1
        size_rows = [{"band": b, "total": round(band_money.get(b, 0.0), 2), "share_of_money": share(band_money.get(b, 0.0)),
                      "organisations": band_orgs.get(b, 0), "share_of_organisations": round(band_orgs.get(b, 0) / n_possible, 4)}
                     for b in (*SIZE_BANDS, "unknown") if band_money.get(b) or band_orgs.get(b)]
        small_orgs = sum(o.is_small for o in possible)
        marginal_orgs = sum(o.is_marginalised_led for o in possible)
        fairness = [
            {"group": "small", "label": "Small groups (income under £100,000)", "total": round(small_money, 2),
             "share_of_money": share(small_money), "organisations": small_orgs,
             "share_of_organisations": round(small_orgs / n_possible, 4)},
            {"group": "marginalised_led", "label": "Led by smaller or marginalised voices",
             "total": round(marginal_money, 2), "share_of_money": share(marginal_money),
             "organisations": marginal_orgs, "share_of_organisations": round(marginal_orgs / n_possible, 4)},
        ]

        # by year of the grant's start
        by_year: dict[str, list] = {}
        for i, a in zip(sel.tolist(), amount.tolist()):
            since = root.ties[i].since or ""
            year = since[:4] if since[:4].isdigit() else "undated"
            row = by_year.setdefault(year, [0.0, 0])
            row[0] += a
            row[1] += 1
        years = [{"year": y, "total": round(v[0], 2), "grants": v[1]}
                 for y, v in sorted(by_year.items(), key=lambda kv: (kv[0] == "undated", kv[0]))]

        notes = []
        without = int((~known).sum())
        if without:
            notes.append(f"{without:,} of {len(known):,} grants state no amount: they are counted as grants "
                         "but add nothing to the money.")
        if not len(ft.src):
            where = "this network" if scope.place is None else scope.place_name
            notes.append(f"No grants are recorded for organisations in {where}. Import grants "
                         "(`partnermap import 360giving FILE`) or funding ties (ties.csv, kind funding).")
        return {"place": scope.place, "place_name": scope.place_name, "lens": FUNDING,
                "total": round(total, 2), "grants": int(len(ft.src)), "grants_without_amount": without,
                "funder_count": len(funders_), "funders": funder_rows, "areas": area_rows,
                "communities": community_rows, "size_bands": size_rows, "fairness": fairness,
                "possible_recipients": len(possible), "years": years, "funder_areas": funder_areas,
                "notes": notes}
    return scope.memo("funding_breakdown", compute, top)
