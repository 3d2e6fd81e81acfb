"""Import throughput: a generated 360Giving file and our CSV format at production size.

    python bench/import.py                       # embedded store in a temp folder
    python bench/import.py --store bolt://localhost:7687 --clear   # Neo4j (NEO4J_USER/PASSWORD)
    NEO4J_URI=bolt://... python bench/import.py --clear
    python bench/import.py --grants 10000 --orgs 20000 --ties 100000    # a quick run

Measures, each as rows per second:
  1. 360giving: a flat CSV of --grants grants (funders, recipients, mixed date formats,
     beneficiary GSS codes, 3% grants to individuals) imported into an empty store;
  2. csv: seed.synthetic.build_synthetic(--orgs, degree giving --ties) exported to our
     CSV format, then imported into an empty store;
  3. the same CSV imported again (idempotent: compares and writes nothing).
It is a script, not a test: numbers vary by machine. Measured on the 2-core build machine
(quiet), default sizes, 2026-11-23:
  embedded                          rows       s     rows/s
  360giving import               100,000    10.1      9,912  (31,984 orgs, 97,105 ties)
  csv import                   2,172,515    66.5     32,676  (370,000 orgs, 1,800,000 ties: 27,073 ties/s)
  csv re-import                2,172,515    64.1     33,917  (nothing written)
  Neo4j 5.26 (scripts/neo4j_local.py, 2 GB heap, 512 MB page cache)
  360giving import               100,000    17.4      5,732
  csv import                   2,172,515   172.3     12,608  (10,446 ties/s end to end; about 38 s of it
                                                              is reading and validating the CSV)
  csv re-import                2,172,515    78.8     27,581  (nothing written)
The Neo4j CSV import is a staged load (graph/stores/neo4j_staged.py): one transaction of
that size ran an 8 GB heap out of memory.
Those figures predate inferring services and communities on import (graph.classify, on by
default; PARTNERMAP_CLASSIFY_ON_IMPORT=0 turns it off), which adds one-time costs per process
(importing scikit-learn, loading the cached model: 7.5 s on the loaded machine) and the
classification itself. Measured 2026-12-01, loaded (load average 6-15 on 2 cores), CPU
seconds of one import in one process with the model loaded:
  Trafford Council's real file (366 grants)   off 0.3 s; on 0.9-1.1 s with every keyword rule run
                                              on every text, 0.5-0.6 s once rules run only on texts
                                              holding their literal start (graph.classify.rules)
  10,000 generated grants (this script's)     off 5.9-7.2 s; on 8.6-10.8 s (its texts are
                                              "Grant N / Core costs", which rules barely touch)
It refuses to touch a store that
already holds data unless --clear is given, because it would otherwise mix into it.
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.exporters import export  # noqa: E402
from graph.importers import run_import  # noqa: E402
from graph.stores import open_store  # noqa: E402

_GSS = ["E06000023", "E06000032", "E10000029", "E07000202", "E09000028", "E12000007", "E12000009",
        "E05011101", "E02000839", "E08000025"]


def write_360giving(path: Path, n_grants: int, seed: int = 0) -> None:
    """A flat 360Giving CSV shaped like real publishers' files."""
    rng = random.Random(seed)
    n_funders, n_recipients = max(5, n_grants // 200), max(10, n_grants // 3)
    header = ["Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
              "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Charity Number",
              "Recipient Org:Postal Code", "Funding Org:Identifier", "Funding Org:Name",
              "Beneficiary Location:0:Geographic Code", "Beneficiary Location:0:Name",
              "Planned Dates:End Date", "Recipient Ind:Identifier"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for g in range(n_grants):
            funder = rng.randrange(n_funders)
            recip = rng.randrange(n_recipients)
            year, month, day = rng.randint(2005, 2024), rng.randint(1, 12), rng.randint(1, 28)
            date = f"{year}-{month:02d}-{day:02d}" if g % 2 else f"{day:02d}/{month:02d}/{year}"
            individual = rng.random() < 0.03
            number = 1_000_000 + recip
            w.writerow([f"360G-bench-{g}", f"Grant {g}", "Core costs", "GBP", rng.randint(500, 250_000), date,
                        "" if individual else f"GB-CHC-{number}", "" if individual else f"Charity {recip}",
                        "" if individual else str(number), "BS5 6AA",
                        f"360G-funder-{funder}", f"Funder {funder}", rng.choice(_GSS), "Somewhere",
                        f"{year + 1}-{month:02d}-{day:02d}", f"IND-{g}" if individual else ""])


def _store(url: str | None, workdir: Path, name: str, clear: bool):
    store = open_store(url or f"sqlite:///{workdir / name}.db")
    if any(v for k, v in store.counts().items() if k != "introductions"):
        if not clear:
            sys.exit(f"store {store.url} already holds data; pass --clear to empty it first")
        store.clear()
    return store


def _line(label: str, rows: int, seconds: float, extra: str = "") -> None:
    print(f"{label:<34} {rows:>10,} rows {seconds:>8.1f} s {rows / seconds:>10,.0f} rows/s {extra}", flush=True)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--store", default=os.environ.get("NEO4J_URI"), metavar="URL",
                   help="store URL (default: NEO4J_URI if set, else an embedded store in a temp folder)")
    p.add_argument("--clear", action="store_true", help="empty the store first if it holds data")
    p.add_argument("--grants", type=int, default=100_000)
    p.add_argument("--orgs", type=int, default=370_000)
    p.add_argument("--ties", type=int, default=1_800_000)
    p.add_argument("--workdir", type=Path, default=None)
    p.add_argument("--skip", choices=["360giving", "csv"], action="append", default=[])
    args = p.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="pm-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"store: {args.store or 'embedded (sqlite) in ' + str(workdir)}", flush=True)

    if "360giving" not in args.skip:
        path = workdir / "grants.csv"
        t = time.perf_counter()
        write_360giving(path, args.grants)
        print(f"generated {args.grants:,} grants in {time.perf_counter() - t:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)", flush=True)
        store = _store(args.store, workdir, "grants", args.clear)
        t = time.perf_counter()
        report = run_import(store, "360giving", path)
        dt = time.perf_counter() - t
        assert report.ok, [str(e) for e in report.errors[:5]]
        _line("360giving import", report.rows_read, dt,
              f"({report.created['organisations']:,} orgs, {report.created['ties']:,} ties, "
              f"{len(report.skipped):,} skipped)")
        store.close()

    if "csv" not in args.skip:
        from seed.synthetic import build_synthetic
        t = time.perf_counter()
        data = build_synthetic(args.orgs, avg_degree=2 * args.ties / args.orgs, seed=1)
        print(f"synthetic graph: {len(data.organisations):,} orgs, {len(data.ties):,} ties in "
              f"{time.perf_counter() - t:.1f} s", flush=True)
        t = time.perf_counter()
        export(data, "csv", workdir / "csv")
        print(f"exported to CSV in {time.perf_counter() - t:.1f} s", flush=True)
        del data
        store = _store(args.store, workdir, "csv", args.clear)
        t = time.perf_counter()
        report = run_import(store, "csv", workdir / "csv")
        dt = time.perf_counter() - t
        assert report.ok, [str(e) for e in report.errors[:5]]
        _line("csv import (empty store)", report.rows_read, dt,
              f"({report.created['organisations']:,} orgs, {report.created['ties']:,} ties: "
              f"{report.created['ties'] / dt:,.0f} ties/s end to end; target into Neo4j >= 10,000)")
        t = time.perf_counter()
        again = run_import(store, "csv", workdir / "csv")
        dt = time.perf_counter() - t
        assert again.ok and not again.written
        _line("csv re-import (idempotent)", again.rows_read, dt, "(nothing written)")
        store.close()


if __name__ == "__main__":
    main()
