"""Store benchmark: load a synthetic graph into each store and build a snapshot.

    .venv/bin/python bench/store.py [--orgs 50000] [--avg-degree 10] [--neo4j-uri URI]
    .venv/bin/python bench/store.py --bulk [--orgs 50000]

Prints organisations/s, ties/s and snapshot seconds for the embedded store and Neo4j in
one run, with the targets (Neo4j >= 10,000 ties/s; a 50k snapshot <= 10 s on 2 cores)
and the ratio of each store to the other. Neo4j comes from --neo4j-uri / NEO4J_URI, or
is started from the locally provisioned server (scripts/neo4j_local.py).

With --bulk: a first load of the whole synthetic graph into an empty Neo4j, through
transactions (`store.load`, staged above 250,000 rows, as `partnermap import` does) and
through the admin import tool (`store.bulk_load`, as `import csv --bulk` does), each into
a fresh local server of its own; rows (records plus organisations' links) per second for
both, the bulk path's steps, the ratio, the targets (>= 100,000 rows/s; the national load
of 370,000 organisations in <= 30 s) and the load average. Both stores' snapshots are
compared.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.stores.base import GraphData  # noqa: E402
from graph.stores.embedded import EmbeddedStore  # noqa: E402
from seed.synthetic import build_synthetic  # noqa: E402


def measure(store, data: GraphData) -> dict:
    """Load taxonomy, then organisations, then ties (each one transaction), then snapshot."""
    store.load(GraphData(services=data.services, communities=data.communities, places=data.places))
    t = time.perf_counter()
    store.load(GraphData(organisations=data.organisations))
    orgs_s = time.perf_counter() - t
    t = time.perf_counter()
    store.load(GraphData(ties=data.ties))
    ties_s = time.perf_counter() - t
    t = time.perf_counter()
    snap = store.snapshot()
    snap_s = time.perf_counter() - t
    t = time.perf_counter()
    assert store.snapshot() is snap
    cached_s = time.perf_counter() - t
    assert len(snap.orgs) == len(data.organisations) and len(snap.ties) == len(data.ties)
    return {"orgs_per_s": len(data.organisations) / orgs_s, "ties_per_s": len(data.ties) / ties_s,
            "orgs_s": orgs_s, "ties_s": ties_s, "snapshot_s": snap_s, "cached_snapshot_s": cached_s}


def _fresh_server():
    sys.path.insert(0, str(ROOT))
    from tests.neo4j_server import DedicatedServer
    server = DedicatedServer(heap=os.environ.get("PARTNERMAP_NEO4J_HEAP", "2g"))
    return server, server.start()


def bench_bulk(data: GraphData) -> int:
    from graph.stores.neo4j_store import Neo4jStore, load_rows

    rows = load_rows(data)
    results, snapshots = {}, {}
    for path in ("transactional", "bulk"):
        print(f"... {path} load into a fresh local Neo4j", file=sys.stderr, flush=True)
        server, conn = _fresh_server()
        try:
            store = Neo4jStore(conn["uri"], user=conn["user"], password=conn["password"])
            t = time.perf_counter()
            out = store.load(data) if path == "transactional" else store.bulk_load(data, server.home)
            seconds = time.perf_counter() - t
            results[path] = {"seconds": seconds, "rows_per_s": rows / seconds, "bulk": out.get("bulk"),
                             "load": os.getloadavg()}
            snapshots[path] = store.snapshot()
            store.close()
        finally:
            server.remove()
    tr, bu = results["transactional"], results["bulk"]
    b = bu["bulk"]
    print(f"\nfirst load into an empty Neo4j: {len(data.organisations):,} organisations, {len(data.ties):,} ties, "
          f"{rows:,} rows (records and organisations' links)")
    print(f"{'path':<34}{'seconds':>10}{'rows/s':>12}  load average (1, 5, 15 min) after it")
    print(f"{'transactional (store.load)':<34}{tr['seconds']:>10.1f}{tr['rows_per_s']:>12,.0f}  "
          + ", ".join(f"{x:.2f}" for x in tr["load"]))
    print(f"{'bulk, end to end (store.bulk_load)':<34}{bu['seconds']:>10.1f}{bu['rows_per_s']:>12,.0f}  "
          + ", ".join(f"{x:.2f}" for x in bu["load"]))
    print(f"{'  of which neo4j-admin import':<34}{b['admin_import_s']:>10.1f}{b['rows_per_s']:>12,.0f}")
    if b.get("admin_import_reported_s"):
        label = "    by the tool's own clock"
        print(f"{label:<34}{b['admin_import_reported_s']:>10.1f}"
              f"{b['rows'] / b['admin_import_reported_s']:>12,.0f}  (without its JVM's start and exit)")
    print(f"{'  server stop + import + start':<34}{b['stop_import_start_s']:>10.1f}")
    print(f"{'  writing the import files':<34}{b['write_files_s']:>10.1f}")
    print(f"{'  constraints and indexes':<34}{b['schema_s']:>10.1f}")
    print(f"\nbulk / transactional: x{tr['seconds'] / bu['seconds']:.1f} end to end, "
          f"x{b['rows_per_s'] / tr['rows_per_s']:.1f} for the admin import alone")
    print(f"target bulk >= 100,000 rows/s (admin import): {'met' if b['rows_per_s'] >= 100_000 else 'NOT met'} "
          f"({b['rows_per_s']:,} rows/s)")
    if len(data.organisations) >= 370_000:
        print(f"target national load <= 30 s (end to end): {'met' if bu['seconds'] <= 30 else 'NOT met'} "
              f"({bu['seconds']:.1f} s)")
    same = snapshots["transactional"] == snapshots["bulk"]
    print(f"same snapshot from both paths: {'yes' if same else 'NO'}")
    return 0 if same else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--orgs", type=int, default=50_000)
    ap.add_argument("--avg-degree", type=float, default=10.0)
    ap.add_argument("--neo4j-uri", default=os.environ.get("NEO4J_URI"))
    ap.add_argument("--skip-neo4j", action="store_true")
    ap.add_argument("--bulk", action="store_true", help="first load into an empty Neo4j: bulk vs transactional")
    args = ap.parse_args()

    t = time.perf_counter()
    data = build_synthetic(args.orgs, args.avg_degree, seed=1)
    print(f"synthetic graph: {len(data.organisations):,} organisations, {len(data.ties):,} ties "
          f"(generated in {time.perf_counter() - t:.1f} s)")
    if args.bulk:
        return bench_bulk(data)

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "bench.db")
        results["embedded"] = measure(store, data)
        store.close()

    if not args.skip_neo4j:
        sys.path.insert(0, str(ROOT / "tests"))
        from graph.stores.neo4j_store import Neo4jStore
        if args.neo4j_uri:
            conn = {"uri": args.neo4j_uri, "user": os.environ.get("NEO4J_USER", "neo4j"),
                    "password": os.environ.get("NEO4J_PASSWORD", "")}
            cm = None
        else:
            from tests.neo4j_server import neo4j_connection
            cm = neo4j_connection()
            conn = cm.__enter__()
        try:
            store = Neo4jStore(conn["uri"], user=conn["user"], password=conn["password"])
            store.clear()
            results["neo4j"] = measure(store, data)
            store.clear()
            store.close()
        finally:
            if cm is not None:
                cm.__exit__(None, None, None)

    print(f"\n{'store':<10}{'orgs/s':>12}{'ties/s':>12}{'orgs s':>9}{'ties s':>9}{'snapshot s':>12}{'cached s':>10}")
    for name, r in results.items():
        print(f"{name:<10}{r['orgs_per_s']:>12,.0f}{r['ties_per_s']:>12,.0f}{r['orgs_s']:>9.1f}{r['ties_s']:>9.1f}"
              f"{r['snapshot_s']:>12.2f}{r['cached_snapshot_s']:>10.4f}")
    if "neo4j" in results:
        n, e = results["neo4j"], results["embedded"]
        print(f"\nneo4j / embedded: ties/s x{n['ties_per_s'] / e['ties_per_s']:.2f}, "
              f"snapshot time x{n['snapshot_s'] / e['snapshot_s']:.2f}")
        print(f"target neo4j >= 10,000 ties/s: {'met' if n['ties_per_s'] >= 10_000 else 'NOT met'} "
              f"({n['ties_per_s']:,.0f})")
    for name, r in results.items():
        print(f"target {name} snapshot of {args.orgs:,} <= 10 s: {'met' if r['snapshot_s'] <= 10 else 'NOT met'} "
              f"({r['snapshot_s']:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
