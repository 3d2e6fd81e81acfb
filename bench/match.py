"""Matcher benchmark: fit time and suggestion latency on synthetic ecosystems.

Run:  .venv/bin/python bench/match.py [--sizes 5000,50000,370000] [--queries 100]
                                      [--batch-size 50000] [--max-candidates 2000]

For each size: build time of the synthetic data and snapshot, model fit time, the first
query (builds the scoring context), then median and p95 latency of `queries` warm
`matcher.service.match` calls (candidates, scoring, fair re-ranking and explanations,
k=10). At --batch-size it also suggests for every organisation (`match` per org, as a
nightly batch would) and reports the total and per-organisation time. Numbers print as
one table at the end; the target is <= 50 ms per warm query at 370,000 on 2 cores.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.snapshot import Snapshot  # noqa: E402
from matcher.model import PartnerModel  # noqa: E402
from matcher.service import match  # noqa: E402
from seed.synthetic import build_synthetic  # noqa: E402


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_size(n: int, queries: int, batch: bool, max_candidates: int, seed: int = 0) -> dict:
    t0 = time.perf_counter()
    snap = Snapshot.from_data(build_synthetic(n, avg_degree=10, seed=seed))
    _ = snap.org_places_closed
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    model = PartnerModel(random_state=seed).fit(snap)
    fit = time.perf_counter() - t0
    rng = np.random.default_rng(seed)
    ids = [snap.orgs[i].id for i in rng.choice(len(snap.orgs), queries, replace=False)]
    t0 = time.perf_counter()
    match(snap, ids[0], model=model, max_candidates=max_candidates)   # builds the scoring context
    first = time.perf_counter() - t0
    lat, cands = [], []
    for org_id in ids:
        t0 = time.perf_counter()
        r = match(snap, org_id, k=10, model=model, max_candidates=max_candidates)
        lat.append(time.perf_counter() - t0)
        cands.append(r.candidates_considered)
    row = {"orgs": n, "ties": len(snap.ties), "build": build, "fit": fit, "first": first,
           "median": statistics.median(lat), "p95": float(np.percentile(lat, 95)),
           "candidates": statistics.median(cands)}
    if batch:
        t0 = time.perf_counter()
        for o in snap.orgs:
            match(snap, o.id, k=10, model=model, max_candidates=max_candidates)
        row["batch_total"] = time.perf_counter() - t0
        row["batch_per_org"] = row["batch_total"] / n
    return row


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="5000,50000,370000")
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--batch-size", type=int, default=50_000, help="size at which to suggest for all orgs (0: none)")
    ap.add_argument("--max-candidates", type=int, default=2000)
    args = ap.parse_args(argv)
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        print(f"... {n:,} organisations", file=sys.stderr, flush=True)
        rows.append(bench_size(n, args.queries, n == args.batch_size, args.max_candidates))
    print(f"\nmatcher benchmark: {args.queries} warm queries per size, k=10, max_candidates={args.max_candidates}")
    print(f"{'orgs':>8} {'ties':>10} {'data+snapshot':>14} {'fit':>10} {'1st query':>10} "
          f"{'median':>10} {'p95':>10} {'candidates':>10}  batch (all orgs)")
    for r in rows:
        batch = (f"{r['batch_total']:.0f} s total, {_ms(r['batch_per_org'])}/org" if "batch_total" in r else "")
        print(f"{r['orgs']:>8,} {r['ties']:>10,} {r['build']:>12.1f} s {r['fit']:>8.1f} s {_ms(r['first']):>10} "
              f"{_ms(r['median']):>10} {_ms(r['p95']):>10} {r['candidates']:>10.0f}  {batch}")


if __name__ == "__main__":
    main()
