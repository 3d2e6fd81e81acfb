"""Funder recommendations from funding ties: "funders who fund work like yours" for an
organisation, and "groups like the ones you fund that you don't fund yet" for a funder.

Both read the funding lens only (graph.model.TIE_LENSES) and score one thing, how much
a funder's past recipients resemble an organisation:

    score(f, v) = |R_f| ** -ALPHA * sum over r in R_f, r != v, of sim(v, r)

where R_f are the organisations funder f has funded and sim is a weighted sum of cosine
similarities (WEIGHTS) between two organisations' services, communities, places
(each place weighted by its rarity, so sharing a ward says more than sharing a
country), size band, typical grant received (log scale), and funders (co-funding:
two groups funded by the same funders resemble each other in a funder's eyes). A
component an organisation has no data for simply adds nothing. ALPHA = 0.5 sits between
the sum (which ranks the biggest funders first whoever asks) and the mean (which ranks
a funder of one similar group above one that funded twenty).

For an organisation the candidates are every funder that does not fund it yet; for a
funder, every organisation it has not funded that is not itself only a funder; the
recipients' list is re-ranked with the partner matcher's fairness setting
(matcher.fairness) so small and marginalised-led groups are surfaced, not buried.
Funders are reconciled first (graph.analysis.funders.funder_identity): records of one
funder under two identifiers are one funder.

Every reason is counted from the data: "funded 4 groups offering housing advice in
Trafford, median grant £5,000" names how many of the funder's recipients share that
service and place, and the median of the funder's grants to them.
"""
from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field

import numpy as np
import scipy.sparse as sp

from graph.money import money_text
from matcher.fairness import DEFAULT_P, FairnessReport, fair_rerank
from matcher.features import SIZE_ORDER
from matcher.lenses import lens_mask

__all__ = ["FundingRecommender", "FunderSuggestion", "RecipientSuggestion", "FundersResult",
           "RecipientsResult", "recommend_funders", "recommend_recipients", "WEIGHTS", "ALPHA"]

WEIGHTS = {"services": 1.0, "communities": 1.0, "places": 1.0, "funders": 1.0, "size": 0.5, "grant_size": 0.5}
ALPHA = 0.5
_lock = threading.Lock()
_fitted: dict = {}   # id(snapshot) -> (snapshot, FundingRecommender on all its funding ties)


def _l2_rows(m: sp.csr_matrix) -> sp.csr_matrix:
    m = sp.csr_matrix(m, dtype=np.float64)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return sp.csr_matrix(sp.diags(scale) @ m)


def _band_rows(levels: np.ndarray, n_levels: int) -> sp.csr_matrix:
    """One row per organisation: 1 at its level and 0.5 at each neighbour (-1 = unknown),
    so cosine credits a near size as well as the same one."""
    rows, cols, vals = [], [], []
    for i, lvl in enumerate(levels.tolist()):
        if lvl < 0:
            continue
        for d, w in ((0, 1.0), (-1, 0.5), (1, 0.5)):
            if 0 <= lvl + d < n_levels:
                rows.append(i), cols.append(lvl + d), vals.append(w)
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(levels), n_levels))


def money(amount: float | None, currency: str) -> str:
    return money_text(amount, currency or "GBP")


class FundingRecommender:
    """Scores funder-organisation pairs by how alike the organisation is to the funder's
    past recipients (see the module notes).

    Parameters
    ----------
    weights : dict, optional
        Weight of each similarity component (default WEIGHTS).
    alpha : float
        A funder's summed similarity is divided by |R_f| ** alpha.

    Attributes (after fit)
    ----------------------
    funded_ : csr_matrix (n, n)
        1 where reconciled funder row f funded organisation v (training ties only).
    funder_rows_ : ndarray
        The reconciled funder rows (one per funder).
    is_funder_ : ndarray of bool
    only_funder_ : ndarray of bool
        Gives funding and was never funded: not a candidate recipient.
    blocks_ : dict name -> csr_matrix
        L2-normalised rows per similarity component.
    grants_ : dict
        Parallel arrays of the training grants: funder (reconciled row), src, dst, amount,
        currency.
    """

    def __init__(self, weights: dict | None = None, alpha: float = ALPHA):
        self.weights = weights
        self.alpha = alpha

    def fit(self, snapshot, tie_mask=None) -> "FundingRecommender":
        from graph.analysis.funders import funder_identity   # reconciled funders, one place
        n = len(snapshot.orgs)
        sel = lens_mask(snapshot, "funding")
        if tie_mask is not None:
            sel = sel & np.asarray(tie_mask, bool)
        src, dst = snapshot.tie_src[sel], snapshot.tie_dst[sel]
        if len(src):
            stands_for, givers = funder_identity(snapshot, src)
            funder = stands_for[np.searchsorted(givers, src)]
        else:
            funder = src
        keep = funder != dst
        idx = np.flatnonzero(sel)[keep]
        funder, src, dst = funder[keep], src[keep], dst[keep]
        self.snapshot_ = snapshot
        self.grants_ = {"funder": funder, "src": src, "dst": dst, "amount": snapshot.tie_amount[idx],
                        "currency": snapshot.ties.column("currency")[idx]}
        funded = sp.csr_matrix((np.ones(len(funder)), (funder, dst)), shape=(n, n))
        funded.sum_duplicates()
        funded.data[:] = 1.0
        self.funded_ = funded
        self.funder_rows_ = np.unique(funder)
        self.is_funder_ = np.zeros(n, bool)
        self.is_funder_[self.funder_rows_] = True
        # Every record that gave funding (not only the one standing for its funder).
        gives = np.zeros(n, bool)
        gives[src] = True
        received = np.zeros(n, bool)
        received[dst] = True
        self.only_funder_ = (gives | self.is_funder_) & ~received
        self.n_recipients_ = np.asarray(funded.sum(axis=1)).ravel()
        self.norm_ = np.where(self.n_recipients_ > 0, np.maximum(self.n_recipients_, 1) ** -self.alpha, 0.0)
        self.blocks_ = self._blocks(snapshot, funded)
        w = {**WEIGHTS, **(self.weights or {})}
        self.weight_ = {k: float(w.get(k, 0.0)) for k in self.blocks_}
        return self

    def _blocks(self, snapshot, funded) -> dict:
        n = len(snapshot.orgs)
        places = sp.csr_matrix(snapshot.org_places_closed, dtype=np.float64)
        df = np.bincount(places.indices, minlength=places.shape[1])
        idf = np.log((1.0 + n) / (1.0 + df))
        # The top of the place tree (a country) says nothing about fit, and no reason names it.
        idf[[j for j, p in enumerate(snapshot.places) if p.code not in snapshot.place_parent]] = 0.0
        size = np.array([SIZE_ORDER[o.size_band] if o.size_band else -1 for o in snapshot.orgs])
        # Typical grant received: the median of known amounts, in half-decades of log10.
        amount, dst = self.grants_["amount"], self.grants_["dst"]
        ok = np.isfinite(amount) & (amount > 0)
        grant_level = np.full(n, -1)
        if ok.any():
            order = np.argsort(dst[ok], kind="stable")
            d, a = dst[ok][order], amount[ok][order]
            starts = np.r_[0, np.flatnonzero(np.diff(d)) + 1]
            for s, e in zip(starts, np.r_[starts[1:], len(d)]):
                grant_level[d[s]] = int(np.clip(np.floor(2 * np.log10(np.median(a[s:e]))), 0, 19))
        self.size_level_, self.grant_level_ = size, grant_level
        self.median_received_ = {}
        if ok.any():
            for s, e in zip(starts, np.r_[starts[1:], len(d)]):
                self.median_received_[int(d[s])] = float(np.median(a[s:e]))
        return {"services": _l2_rows(snapshot.org_services),
                "communities": _l2_rows(snapshot.org_communities),
                "places": _l2_rows(places @ sp.diags(idf)),
                "funders": _l2_rows(funded.T.tocsr()),
                "size": _l2_rows(_band_rows(size, 5)),
                "grant_size": _l2_rows(_band_rows(grant_level, 20))}

    # ---- scoring --------------------------------------------------------------------------
    def similarity_rows(self, rows) -> np.ndarray:
        """(len(rows), n): sim(row, every organisation); an organisation's similarity to
        itself is left out (set to 0)."""
        rows = np.asarray(rows, np.int64)
        out = np.zeros((len(rows), self.funded_.shape[0]))
        for name, x in self.blocks_.items():
            w = self.weight_[name]
            if w:
                out += w * (x[rows] @ x.T).toarray()
        out[np.arange(len(rows)), rows] = 0.0
        return out

    def funder_rows(self, orgs) -> np.ndarray:
        """(len(orgs), n): for each organisation, every funder's score (0 for non-funders)."""
        sim = self.similarity_rows(orgs)
        return np.asarray((self.funded_ @ sp.csr_matrix(sim.T)).T.toarray()) * self.norm_[None, :]

    def recipient_rows(self, funders) -> np.ndarray:
        """(len(funders), n): for each funder row, every organisation's score."""
        funders = np.asarray(funders, np.int64)
        out = np.zeros((len(funders), self.funded_.shape[0]))
        portfolio = self.funded_[funders]
        for name, x in self.blocks_.items():
            w = self.weight_[name]
            if w:
                out += w * ((portfolio @ x) @ x.T).toarray()
        # Leave out each candidate's similarity to itself (when the funder already funds it).
        out -= portfolio.toarray() * self._self_sim()[None, :]
        return out * self.norm_[funders][:, None]

    def _self_sim(self) -> np.ndarray:
        if not hasattr(self, "_self"):
            self._self = sum(self.weight_[k] * np.asarray(x.multiply(x).sum(axis=1)).ravel()
                             for k, x in self.blocks_.items())
        return self._self

    def score_rows(self, qs) -> np.ndarray:
        """For evaluation: a funder query scores recipients, an organisation query scores
        funders (a row that is both gets both)."""
        qs = np.asarray(qs, np.int64)
        out = self.funder_rows(qs)
        f = self.is_funder_[qs]
        if f.any():
            out[f] += self.recipient_rows(qs[f])
        return out

    def score_pairs(self, us, vs) -> np.ndarray:
        us, vs = np.asarray(us, np.int64), np.asarray(vs, np.int64)
        out = np.empty(len(us))
        uniq, inv = np.unique(us, return_inverse=True)
        for start in range(0, len(uniq), 256):
            sel = np.flatnonzero((inv >= start) & (inv < start + 256))
            rows = self.score_rows(uniq[start:start + 256])
            out[sel] = rows[inv[sel] - start, vs[sel]]
        return out

    # ---- reasons ----------------------------------------------------------------------------
    def recipients_of(self, f: int) -> np.ndarray:
        m = self.funded_
        return m.indices[m.indptr[f]:m.indptr[f + 1]]

    def funders_of(self, v: int) -> np.ndarray:
        col = self.blocks_["funders"]
        return col.indices[col.indptr[v]:col.indptr[v + 1]]

    def median_grant(self, f: int, recipients) -> tuple[float | None, str, int]:
        """Median known amount of f's grants to `recipients`, its currency, and how many
        grants had an amount."""
        g = self.grants_
        sel = (g["funder"] == f) & np.isin(g["dst"], np.asarray(list(recipients), np.int64))
        amounts = g["amount"][sel]
        ok = np.isfinite(amounts)
        if not ok.any():
            return None, "", 0
        currencies = [c for c in g["currency"][sel][ok] if c]
        currency = max(set(currencies), key=currencies.count) if currencies else "GBP"
        return float(np.median(amounts[ok])), currency, int(ok.sum())

    def shared(self, v: int, group: np.ndarray) -> list[dict]:
        """What `group` (organisations) shares with v, most shared first: for each service,
        community and place (below the top of the place tree) of v, which members share it."""
        snap = self.snapshot_
        out = []
        for kind, matrix, records in (("service", snap.org_services, snap.services),
                                      ("community", snap.org_communities, snap.communities),
                                      ("place", snap.org_places_closed, snap.places)):
            m = sp.csr_matrix(matrix)
            mine = m.indices[m.indptr[v]:m.indptr[v + 1]]
            if not len(mine) or not len(group):
                continue
            sub = m[group][:, mine].toarray() > 0
            for j, code_j in enumerate(mine.tolist()):
                members = group[sub[:, j]]
                if not len(members):
                    continue
                rec = records[code_j]
                if kind == "place" and rec.code not in snap.place_parent:
                    continue   # sharing a country says nothing
                depth = len(snap.place_ancestors(rec.code)) if kind == "place" else 0
                out.append({"kind": kind, "code": rec.code, "label": snap.label(kind, rec.code),
                            "members": members, "depth": depth})
        out.sort(key=lambda d: (-len(d["members"]), -d["depth"], d["kind"], d["code"]))
        return out


def _phrase(item: dict) -> str:
    label = item["label"]
    return {"service": f"offering {label.lower()}", "community": f"serving {label.lower()}",
            "place": f"working in {label}"}[item["kind"]]


def _best_pair(shared: list[dict]):
    """(description, members): a service or community together with a place where that
    describes at least half as many of the group as the most shared single item (more
    specific, nearly as true), else the most shared single item."""
    if not shared:
        return "", np.zeros(0, np.int64)
    single = shared[0]
    best = None
    for a in (d for d in shared if d["kind"] != "place"):
        for p in (d for d in shared if d["kind"] == "place"):
            both = np.intersect1d(a["members"], p["members"])
            key = (len(both), p["depth"])
            if len(both) and (best is None or key > best[0]):
                best = (key, a, p, both)
    if best is not None and 2 * len(best[3]) >= len(single["members"]):
        return f"{_phrase(best[1])} in {best[2]['label']}", best[3]
    return _phrase(single), single["members"]


def _also_specific(shared: list[dict], first_members) -> tuple[str, np.ndarray]:
    """A more specific description (a service or community in a place) than the first
    reason's, when one applies to fewer of the group: shown as a second reason."""
    best = None
    for a in (d for d in shared if d["kind"] != "place"):
        for p in (d for d in shared if d["kind"] == "place"):
            both = np.intersect1d(a["members"], p["members"])
            key = (len(both), p["depth"])
            if len(both) and len(both) < len(first_members) and (best is None or key > best[0]):
                best = (key, a, p, both)
    if best is None:
        return "", np.zeros(0, np.int64)
    return f"{_phrase(best[1])} in {best[2]['label']}", best[3]


def _near(levels: np.ndarray, v: int, group: np.ndarray) -> np.ndarray:
    """Members of `group` within one level of v's (levels of -1 are unknown)."""
    if levels[v] < 0 or not len(group):
        return np.zeros(0, np.int64)
    lv = levels[group]
    return group[(lv >= 0) & (np.abs(lv - levels[v]) <= 1)]


def _size_and_grant_reasons(rec, v: int, group: np.ndarray, yours: bool) -> list[dict]:
    """The size and grant-size components' reasons: how many of the group are close in
    size band, and close in typical grant received (within half a decade)."""
    snap = rec.snapshot_
    out = []
    size = snap.orgs[v].size_band
    near = _near(rec.size_level_, v, group)
    if size and len(near):
        same = int(sum(snap.orgs[r].size_band == size for r in near.tolist()))
        n = int(len(near))
        if yours:
            text = (f"The same size ({size}) as {_groups(n)} you fund." if same == n else
                    f"Close in size ({size}) to {_groups(n)} you fund.")
        else:
            text = (f"Funded {_groups(n)} of your size ({size})." if same == n else
                    f"Funded {_groups(n)} close to your size ({size}).")
        out.append({"reason": "similar_size", "count": n, "text": text})
    near = _near(rec.grant_level_, v, group)
    if len(near) and v in rec.median_received_:
        cur = [c for c in rec.grants_["currency"][rec.grants_["dst"] == v] if c]
        amount = money(rec.median_received_[v], max(set(cur), key=cur.count) if cur else "GBP")
        n = int(len(near))
        text = (f"Typically receives grants of about {amount}, as {_groups(n)} you fund do." if yours else
                f"Funded {_groups(n)} whose typical grant is close to yours ({amount}).")
        out.append({"reason": "similar_grants", "count": n, "text": text})
    return out


def _groups(n: int) -> str:
    return f"{n} group{'s' if n != 1 else ''}"


@dataclass(frozen=True)
class FunderSuggestion:
    """A funder suggested to an organisation. `score` is the recommender's score."""
    org_id: str
    name: str
    rank: int
    score: float
    recipients: int                 # organisations this funder has funded
    similar_recipients: int         # of them, those sharing the first reason's description
    median_grant: float | None
    currency: str
    reasons: tuple[dict, ...]

    @property
    def explanation(self) -> str:
        return " ".join(r["text"] for r in self.reasons)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["reasons"] = list(self.reasons)
        d["explanation"] = self.explanation
        return d


@dataclass(frozen=True)
class RecipientSuggestion:
    """An organisation suggested to a funder. `model_rank` is its place before fair re-ranking."""
    org_id: str
    name: str
    rank: int
    model_rank: int
    score: float
    protected: bool
    about: str
    reasons: tuple[dict, ...]
    sector: str
    size_band: str | None
    led_by: tuple[str, ...]

    @property
    def explanation(self) -> str:
        parts = [f"{self.name} is {self.about}."] if self.about else []
        return " ".join(parts + [r["text"] for r in self.reasons])

    def to_dict(self) -> dict:
        d = asdict(self)
        d["reasons"] = list(self.reasons)
        d["led_by"] = list(self.led_by)
        d["explanation"] = self.explanation
        return d


@dataclass(frozen=True)
class FundersResult:
    org_id: str
    name: str
    suggestions: list[FunderSuggestion]
    funded_by: list[dict]
    funders_known: int
    note: str = ""
    snapshot_version: int = 0
    lens: str = "funding"
    ranked_by: str = "recommender"
    ranking_reason: str = ""

    def to_dict(self) -> dict:
        return {"org_id": self.org_id, "name": self.name, "lens": self.lens, "note": self.note,
                "snapshot_version": self.snapshot_version, "funders_known": self.funders_known,
                "ranked_by": self.ranked_by, "ranking_reason": self.ranking_reason,
                "funded_by": self.funded_by, "suggestions": [s.to_dict() for s in self.suggestions]}


@dataclass(frozen=True)
class RecipientsResult:
    funder_id: str
    name: str
    suggestions: list[RecipientSuggestion]
    fairness: FairnessReport
    funds: int
    candidates_considered: int
    note: str = ""
    snapshot_version: int = 0
    lens: str = "funding"
    records: list = field(default_factory=list)
    ranked_by: str = "recommender"
    ranking_reason: str = ""

    def to_dict(self) -> dict:
        return {"funder_id": self.funder_id, "name": self.name, "lens": self.lens, "note": self.note,
                "snapshot_version": self.snapshot_version, "funds": self.funds, "records": self.records,
                "ranked_by": self.ranked_by, "ranking_reason": self.ranking_reason,
                "candidates_considered": self.candidates_considered, "fairness": self.fairness.to_dict(),
                "suggestions": [s.to_dict() for s in self.suggestions]}


def recommender_for(snapshot) -> FundingRecommender:
    """The recommender fitted on every funding tie of `snapshot` (cached per snapshot)."""
    with _lock:
        hit = _fitted.get(id(snapshot))
        if hit is not None and hit[0] is snapshot:
            return hit[1]
    rec = FundingRecommender().fit(snapshot)
    with _lock:
        if len(_fitted) > 4:
            _fitted.clear()
        _fitted[id(snapshot)] = (snapshot, rec)
    return rec


def funding_context(snapshot):
    """The funding ties as the evaluation's baselines see them (a MatchContext over the
    funding lens), cached per snapshot: what a baseline served on the funding pages scores."""
    from matcher.context import MatchContext
    from matcher.features import make_org_featurizer
    key = ("ctx", id(snapshot))
    with _lock:
        hit = _fitted.get(key)
        if hit is not None and hit[0] is snapshot:
            return hit[1]
    ctx = MatchContext.build(snapshot, make_org_featurizer(snapshot), lens_mask(snapshot, "funding"),
                             fit_featurizer=True)
    with _lock:
        if len(_fitted) > 8:
            _fitted.clear()
        _fitted[key] = (snapshot, ctx)
    return ctx


def _ranking(snapshot, q: int, recommender_scores: np.ndarray, model_dir=None):
    """(scores of every organisation for query row q, bool per organisation: the baseline
    scored it, the served choice): the recommender's own scores, or those of the strong
    baseline that beat it on this data's held-out funding ties (matcher.service.served_method,
    lens "funding"), with the recommender ordering those the baseline gives no score.

    Why the fill: a link-prediction score is blank for most pairs of a funding network
    (common partners of a group and a funder exist only through intermediaries); the
    evaluation ranks that blank tail at random, and a page of two funders is no answer.
    The recommender's order is a better tail than chance, and the page says it is used."""
    from matcher.baselines import score_rows
    from matcher.service import served_method
    served = served_method(snapshot, model_dir=model_dir, lens="funding")
    if served["method"] == "recommender":
        return recommender_scores, np.zeros(len(recommender_scores), bool), served
    if served["method"] == "ranker":
        # The ranker scores every organisation (a probability, never blank): no fill.
        from matcher.service import served_ranker
        ranker, model = served_ranker(snapshot, "funding", model_dir=model_dir)
        if ranker.fitted:
            scores = ranker.score_rows(model, model.context(snapshot), np.array([q]))[0]
            return scores, np.ones(len(scores), bool), served
        # Chosen on validation windows, yet all the ties held too few later pairs to train it.
        served = dict(served, method="recommender", reason="ranked by the funder recommender: the temporal ranker "
                      "that validation chose could not be trained on all of this data's funding ties")
        return recommender_scores, np.zeros(len(recommender_scores), bool), served
    base = score_rows(served["method"], funding_context(snapshot), np.array([q]), np.random.RandomState(0))[0]
    linked = base > 0
    rec = np.maximum(recommender_scores, 0.0)
    rec_top = rec.max() if rec.size and rec.max() > 0 else 1.0
    base_top = base.max() if linked.any() else 1.0
    # Scored by the baseline first (by its score, then the recommender's); then the rest by
    # the recommender alone. Values in (1, 2] above [0, 1): one order, usable by fair re-ranking.
    scores = np.where(linked, 1.0 + base / base_top * (1 - 1e-6) + 1e-6 * rec / rec_top, 0.999 * rec / rec_top)
    served = dict(served, reason=served["reason"] + "; organisations it gives no score follow, ranked by "
                                                     "the funder recommender")
    return scores, linked, served


def _baseline_reason(snapshot, method: str, q: int, c: int, funder_asks: bool, model_dir=None) -> dict:
    """The network fact behind a baseline-ranked suggestion c for query q, on the funding
    ties: the reason that ranked it comes first, so the explanation stays true. For the
    temporal ranker, the facts it weighed (`_ranker_reason`)."""
    ctx = funding_context(snapshot)
    adj = ctx.adjacency

    def nbrs(x):
        return adj.indices[adj.indptr[x]:adj.indptr[x + 1]]
    if method == "ranker":
        return _ranker_reason(snapshot, ctx, nbrs, q, c, funder_asks, model_dir)
    if method == "l3":
        # Paths q - a - b - c: c's funding partners b tied to one of q's partners a.
        near = set(nbrs(q).tolist())
        bs = [int(b) for b in nbrs(c) if b != q and near & set(nbrs(b).tolist()) - {c}]
        n = len(bs)
        text = (f"Funded by {n} funder{'s' if n != 1 else ''} that also fund{'s' if n == 1 else ''} groups you fund."
                if funder_asks else f"Funds {_groups(n)} that share{'s' if n == 1 else ''} a funder with you.")
    elif method in ("popularity", "preferential_attachment"):
        n = int(ctx.degree[c])
        text = (f"Has {n} funder{'s' if n != 1 else ''} in this data: ranked by how many fund it." if funder_asks
                else f"Has funded {_groups(n)} in this data: ranked by how many it funds.")
    else:   # common partners, Adamic-Adar, resource allocation
        n = len(np.intersect1d(nbrs(q), nbrs(c)))
        text = f"{n} organisation{'s have' if n != 1 else ' has'} funding ties with both of you."
    return {"reason": method, "count": n, "text": text}


def _ranker_reason(snapshot, ctx, nbrs, q: int, c: int, funder_asks: bool, model_dir) -> dict:
    """What the temporal ranker weighed for c, as facts of the funding ties: c's new funding
    pairs among the most recent quarter of the dated ones (`matcher.ranker._recency`), its
    pairs in all, and the paths of three ties from q to c (L3). Facts, not weights: gradient
    boosting has no per-feature share to quote, so the reason says these were among what it
    weighed, and the page says it ranked."""
    from matcher.service import served_ranker
    ranker, _ = served_ranker(snapshot, "funding", model_dir=model_dir)
    recent = int(round(np.expm1(ranker.recency_[c, 0])))
    total = int(ctx.degree[c])
    near = set(nbrs(q).tolist())
    paths = len([b for b in nbrs(c) if b != q and near & set(nbrs(b).tolist()) - {c}])
    latest = "in the most recent quarter of this data's dated funding ties"
    def funders(n):
        return f"{n} funder{'s' if n != 1 else ''}"
    if funder_asks:
        parts = [f"gained {funders(recent)} {latest}" if recent else f"gained no funder {latest}",
                 f"has {funders(total)} in all"]
        if paths:
            parts.append(f"is funded by {funders(paths)} that also fund{'s' if paths == 1 else ''} groups you fund")
    else:
        parts = [f"began funding {_groups(recent)} {latest}" if recent else f"began funding no group {latest}",
                 f"has funded {_groups(total)} in all"]
        if paths:
            parts.append(f"funds {_groups(paths)} that share{'s' if paths == 1 else ''} a funder with you")
    text = "What the temporal ranker weighed: it " + ", ".join(parts[:-1]) + " and " + parts[-1] + "."
    return {"reason": "ranker", "count": recent, "text": text}


def _check(snapshot, org_id: str, k: int, p: float = 0.5):
    from matcher.service import MatchError
    if org_id not in snapshot.index:
        raise MatchError(f"no organisation with id {org_id!r}")
    if k < 1:
        raise MatchError("k must be at least 1")
    if not 0 <= p <= 1:
        raise MatchError("p must be between 0 and 1")


def recommend_funders(snapshot, org_id: str, k: int = 10, model_dir=None) -> FundersResult:
    """Funders who fund work like `org_id`'s and do not fund it yet, best first, each
    with reasons counted from the data (see the module notes). Ranked by the recommender,
    or by the strong baseline that beat it on this data's held-out funding ties, which
    then gives the first reason (`ranked_by`, `ranking_reason` say which and why).

    Raises MatchError (a ValueError) for an unknown organisation or a bad k.
    """
    _check(snapshot, org_id, k)
    rec = recommender_for(snapshot)
    v = snapshot.index[org_id]
    o = snapshot.orgs[v]
    current = set(rec.funders_of(v).tolist())
    funded_by = [{"org_id": snapshot.orgs[f].id, "name": snapshot.orgs[f].name} for f in sorted(current)]
    base = dict(org_id=org_id, name=o.name, funded_by=funded_by, funders_known=int(len(rec.funder_rows_)),
                snapshot_version=snapshot.version)
    if not len(rec.funder_rows_):
        return FundersResult(suggestions=[], note="No funding is recorded in this data, so there is nothing to "
                             "compare with: import grants (for example a 360Giving file) to get funder suggestions.",
                             **base)
    scores, linked, served = _ranking(snapshot, v, rec.funder_rows([v])[0], model_dir)
    base.update(ranked_by=served["method"], ranking_reason=served["reason"])
    cand = rec.funder_rows_[~np.isin(rec.funder_rows_, list(current) + [v])]
    cand = cand[scores[cand] > 0]
    order = cand[np.argsort(-scores[cand], kind="stable")][:k]
    out = []
    for rank, f in enumerate(order.tolist(), start=1):
        reasons, similar, median, currency = _funder_reasons(rec, v, f)
        if linked[f]:
            reasons = [_baseline_reason(snapshot, served["method"], v, f, funder_asks=False,
                                        model_dir=model_dir)] + reasons
        out.append(FunderSuggestion(org_id=snapshot.orgs[f].id, name=snapshot.orgs[f].name, rank=rank,
                                    score=round(float(scores[f]), 6), recipients=int(rec.n_recipients_[f]),
                                    similar_recipients=similar, median_grant=median, currency=currency,
                                    reasons=tuple(reasons)))
    note = "" if out else ("No funder in this data has funded an organisation that shares a service, community, "
                           "place, size, grant size or funder with this one"
                           + ("" if served["method"] == "recommender" else
                              ", or is linked to it through the funding ties") + ".")
    return FundersResult(suggestions=out, note=note, **base)


def _top_co_funder(rec, v, f, group):
    """(funder, count): of v's funders other than f, the one that funds most of `group`
    (ties broken by the lower index, so the reason is stable); (None, 0) when there is none."""
    others = [g for g in rec.funders_of(v).tolist() if g != f]
    if not others:
        return None, 0
    both = {g: int(np.isin(rec.recipients_of(g), group).sum()) for g in others}
    return max(both.items(), key=lambda kv: (kv[1], -kv[0]))


def _funder_reasons(rec, v, f):
    snap = rec.snapshot_
    group = rec.recipients_of(f)
    group = group[group != v]
    shared = rec.shared(v, group)
    desc, members = _best_pair(shared)
    reasons = []
    median, currency, _ = rec.median_grant(f, members if len(members) else group)
    grant = f", median grant {money(median, currency)}" if median is not None else ""
    if len(members):
        reasons.append({"reason": "funds_similar", "count": int(len(members)),
                        "text": f"Funded {_groups(len(members))} {desc}{grant}."})
        desc2, members2 = _also_specific(shared, members)
        if len(members2):
            m2, c2, _ = rec.median_grant(f, members2)
            grant2 = f", median grant {money(m2, c2)}" if m2 is not None else ""
            reasons.append({"reason": "funds_similar", "count": int(len(members2)),
                            "text": f"Funded {_groups(len(members2))} {desc2}{grant2}."})
    g, count = _top_co_funder(rec, v, f, group)
    if count:
        reasons.append({"reason": "co_funded", "count": count,
                        "text": f"Funds {_groups(count)} that {snap.orgs[g].name}, one of your funders, "
                                f"also funds."})
    reasons += _size_and_grant_reasons(rec, v, group, yours=False)
    if not len(members):
        grant_all = f", median grant {money(median, currency)}" if median is not None else ""
        reasons.append({"reason": "funds", "count": int(len(group)),
                        "text": f"Has funded {_groups(len(group))} in this data{grant_all}."})
    return reasons, int(len(members)), median, currency


def recommend_recipients(snapshot, funder_id: str, k: int = 10, fairness: bool = True,
                         p: float = DEFAULT_P, model_dir=None) -> RecipientsResult:
    """Organisations like the ones `funder_id` funds that it does not fund yet, with small
    and marginalised-led groups surfaced by the matcher's fair re-ranking (p, fairness).

    Raises MatchError (a ValueError) for an unknown organisation or a bad k / p.
    """
    from matcher.explain import describe_org
    _check(snapshot, funder_id, k, p)
    rec = recommender_for(snapshot)
    u = snapshot.index[funder_id]
    # The row that stands for this funder (its records under other ids are one funder).
    f = u
    g = rec.grants_
    if len(g["src"]) and (g["src"] == u).any():
        f = int(g["funder"][np.flatnonzero(g["src"] == u)[0]])
    records = sorted({snapshot.orgs[int(s)].id for s in g["src"][g["funder"] == f].tolist()} - {funder_id})
    group = rec.recipients_of(f)
    name = snapshot.orgs[u].name
    if not len(group):
        report = fair_rerank(np.zeros(0), np.zeros(0, bool), k, p, enabled=fairness)[1]
        return RecipientsResult(funder_id=funder_id, name=name, suggestions=[], fairness=report, funds=0,
                                candidates_considered=0, snapshot_version=snapshot.version, records=records,
                                note=f"{name} has funded no one in this data, so there are no groups to compare "
                                     "with: import its grants (for example a 360Giving file) first.")
    scores, linked, served = _ranking(snapshot, f, rec.recipient_rows([f])[0], model_dir)
    allowed = ~rec.only_funder_ & (scores > 0)
    allowed[group] = False
    allowed[[u, f]] = False
    rows = np.flatnonzero(allowed)
    protected = np.array([snapshot.orgs[i].is_small or snapshot.orgs[i].is_marginalised_led for i in rows.tolist()],
                         bool)
    order, report = fair_rerank(scores[rows], protected, k, p, enabled=fairness)
    model_rank = np.empty(len(rows), np.int64)
    model_rank[np.argsort(-scores[rows], kind="stable")] = np.arange(1, len(rows) + 1)
    out = []
    for rank, i in enumerate(order.tolist(), start=1):
        v = int(rows[i])
        o = snapshot.orgs[v]
        out.append(RecipientSuggestion(
            org_id=o.id, name=o.name, rank=rank, model_rank=int(model_rank[i]), score=round(float(scores[v]), 6),
            protected=bool(protected[i]), about=describe_org(o),
            reasons=tuple(([_baseline_reason(snapshot, served["method"], f, v, funder_asks=True, model_dir=model_dir)]
                           if linked[v] else []) + _recipient_reasons(rec, f, v, group)),
            sector=o.sector, size_band=o.size_band, led_by=o.led_by))
    note = "" if out else (f"No organisation {name} does not fund yet shares a service, community, place, size, "
                           "grant size or funder with the groups it funds"
                           + ("" if served["method"] == "recommender" else
                              ", or is linked to it through the funding ties") + ".")
    return RecipientsResult(funder_id=funder_id, name=name, suggestions=out, fairness=report, funds=int(len(group)),
                            candidates_considered=int(len(rows)), note=note, snapshot_version=snapshot.version,
                            records=records, ranked_by=served["method"], ranking_reason=served["reason"])


def _recipient_reasons(rec, f, v, group):
    snap = rec.snapshot_
    reasons = []
    shared = rec.shared(v, group)
    desc, members = _best_pair(shared)
    desc2, members2 = _also_specific(shared, members)
    for d, m in ((desc, members), (desc2, members2)):
        if len(m):
            median, currency, _ = rec.median_grant(f, m)
            grant = f" (your median grant to them {money(median, currency)})" if median is not None else ""
            reasons.append({"reason": "like_your_recipients", "count": int(len(m)),
                            "text": f"Like {_groups(len(m))} you fund {d}{grant}."})
    g, count = _top_co_funder(rec, v, f, group)
    if count:
        reasons.append({"reason": "co_funded", "count": count,
                        "text": f"Funded by {snap.orgs[g].name}, which also funds {_groups(count)} you fund."})
    reasons += _size_and_grant_reasons(rec, v, group, yours=True)
    return reasons
