"""Does "funders who fund work like yours" find the funder that later funded a group?

Run:  .venv/bin/python bench/funders.py [--as-of 2008-01-01,2012-01-01,2016-01-01]
                                        [--grantnav-stack PATH/stack.json --stack-as-of 2013-01-01]

A time split of real grant data (`matcher.evaluate.split_pairs`, funding lens): train on
funder-recipient pairs first seen before the cut-off; each organisation known before it
that a funder first funded on or after it is a query, and ranks every known funder that
did not fund it yet. Printed per cut-off: MRR and P@10 (over those queries only) of the
funder recommender (matcher.funding), funder popularity (how many organisations each
funder had funded) and L3 (paths of length three, the strongest baseline on this data),
and the recommender's ratio to popularity.

Data: tests/data/realworld/donations_pairs.csv (US foundations, CC0; see its README).
With --grantnav-stack, also the 360Giving sample of 5,945 UK grants from 15 funders that
the GrantNav repository shipped (github.com/ThreeSixtyGiving/grantnav @ 0f47476,
`sample_data/stack.json`; read from where you keep it, not shipped here): recipients are
matched by name (the file has no shared identifiers across funders), funders by name.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.model import Organisation, Place, Tie  # noqa: E402
from graph.snapshot import Snapshot  # noqa: E402
from graph.stores.base import GraphData  # noqa: E402
from matcher.datasets import load_donations  # noqa: E402
from matcher.evaluate import EvaluationError, split_pairs  # noqa: E402
from matcher.funding import FundingRecommender  # noqa: E402

K = 10


def _key(name: str) -> str:
    key = re.sub(r"[^a-z0-9]+", " ", (name or "").lower()).strip()
    return key[4:] if key.startswith("the ") else key


def load_stack(path) -> GraphData:
    grants = json.loads(Path(path).read_text(encoding="utf-8"))["grants"]
    orgs, ties = {}, []
    for g in grants:
        funder, recipient = (g.get("FundingOrgName") or "").strip(), (g.get("RecipientOrgName") or "").strip()
        date = (g.get("awardDate") or "")[:10]
        # A few rows of the file carry description text in the funder column (a CSV
        # shifted upstream): a funder's name is short.
        if not funder or len(funder) > 80 or not recipient or not re.match(r"\d{4}-\d{2}-\d{2}$", date):
            continue
        fid = "360F-" + hashlib.sha1(_key(funder).encode()).hexdigest()[:12]
        rid = "360R-" + hashlib.sha1(_key(recipient).encode()).hexdigest()[:12]
        orgs.setdefault(fid, Organisation(id=fid, name=funder, sector="funder", places=("GB",)))
        orgs.setdefault(rid, Organisation(id=rid, name=recipient, sector="vcse", places=("GB",)))
        amount = g.get("amountAwarded")
        ties.append(Tie(fid, rid, "funding", since=date, amount=float(amount) if amount else None,
                        currency=g.get("currency") or "GBP", ref=str(g.get("id", ""))[:200], source="grantnav"))
    return GraphData(organisations=list(orgs.values()), ties=ties, services=[], communities=[],
                     places=[Place("GB", "United Kingdom", "country")])


def rank_metrics(scores: np.ndarray, candidates: np.ndarray, relevant: set, rng) -> tuple[float, float]:
    s = scores[candidates] + rng.random_sample(len(candidates)) * 1e-9   # one random tie-break
    order = candidates[np.argsort(-s, kind="stable")]
    hits = np.isin(order, list(relevant))
    first = int(np.argmax(hits))
    return (1.0 / (first + 1) if hits[first] else 0.0), hits[:K].sum() / K


def run(snap: Snapshot, as_of: str) -> dict:
    sp_ = split_pairs(snap, split="time", lens="funding", as_of=as_of)
    rec = FundingRecommender().fit(snap, sp_.train_mask)
    n = len(snap.orgs)
    funded = rec.funded_
    popularity = rec.n_recipients_
    # L3 on the bipartite training graph: paths recipient - funder - recipient - funder.
    adj = (funded + funded.T).tocsr()
    deg = np.asarray(adj.sum(axis=1)).ravel()
    w = 1.0 / np.sqrt(np.maximum(deg, 1))
    a_l3 = adj.multiply(w[None, :]).tocsr()
    funders = np.flatnonzero(sp_.funders)
    wanted: dict[int, set] = {}
    for f, r in sp_.test.tolist():
        wanted.setdefault(r, set()).add(f)
    rng = np.random.RandomState(0)
    out = {m: [[], []] for m in ("recommender", "popularity", "l3")}
    queries = np.array(sorted(wanted), np.int64)
    for start in range(0, len(queries), 128):
        qs = queries[start:start + 128]
        rows = {"recommender": rec.funder_rows(qs),
                "popularity": np.broadcast_to(popularity, (len(qs), n)),
                "l3": (a_l3[qs] @ a_l3 @ adj).toarray()}
        for i, u in enumerate(qs.tolist()):
            already = set(funded[:, u].nonzero()[0].tolist())
            cand = np.array([f for f in funders.tolist() if f not in already and f != u], np.int64)
            relevant = wanted[u] & set(cand.tolist())
            if not relevant:
                continue
            for m, r in rows.items():
                rr, p = rank_metrics(np.asarray(r[i]), cand, relevant, rng)
                out[m][0].append(rr)
                out[m][1].append(p)
    return {"as_of": as_of, "train_pairs": sp_.train_pairs, "queries": len(out["popularity"][0]),
            "funders": int(len(funders)),
            **{m: {"mrr": float(np.mean(v[0])), "p10": float(np.mean(v[1]))} for m, v in out.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--as-of", default="2008-01-01,2012-01-01,2016-01-01")
    ap.add_argument("--grantnav-stack", default=None, help="path to GrantNav's sample_data/stack.json")
    ap.add_argument("--stack-as-of", default="2012-01-01,2013-01-01,2014-01-01")
    args = ap.parse_args()
    sets = [("donations (US foundations)", Snapshot.from_data(load_donations(
        Path(__file__).resolve().parents[1] / "tests" / "data" / "realworld")), args.as_of)]
    if args.grantnav_stack:
        sets.append(("360Giving GrantNav sample (UK)", Snapshot.from_data(load_stack(args.grantnav_stack)),
                     args.stack_as_of))
    print(f"organisations ranking every known funder that does not fund them yet; MRR / P@{K}")
    print(f"{'data':32} {'cut-off':10} {'train':>6} {'queries':>7} {'funders':>7}  "
          f"{'recommender':>13} {'popularity':>13} {'L3':>13}  {'rec/pop MRR':>11} {'rec/pop P@10':>12}")
    for name, snap, cuts in sets:
        for as_of in cuts.split(","):
            t = time.perf_counter()
            try:
                r = run(snap, as_of)
            except EvaluationError as e:
                print(f"{name:32} {as_of:10} {e}")
                continue
            ratio = r["recommender"]["mrr"] / r["popularity"]["mrr"] if r["popularity"]["mrr"] else float("nan")
            ratio_p = r["recommender"]["p10"] / r["popularity"]["p10"] if r["popularity"]["p10"] else float("nan")
            cells = "  ".join(f"{r[m]['mrr']:.3f} / {r[m]['p10']:.3f}" for m in ("recommender", "popularity", "l3"))
            print(f"{name:32} {as_of:10} {r['train_pairs']:>6} {r['queries']:>7} {r['funders']:>7}  {cells}  "
                  f"{ratio:>11.2f} {ratio_p:>12.2f}   ({time.perf_counter() - t:.1f} s)")


if __name__ == "__main__":
    main()
