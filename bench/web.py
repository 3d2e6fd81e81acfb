"""Web benchmark: concurrent clients against `partnermap serve` (gunicorn) on loopback.

    .venv/bin/python bench/web.py [--orgs 5000] [--clients 20] [--seconds 60] [--workers N]

Builds a synthetic graph (seed.synthetic.build_synthetic) whose region holds every
organisation (a 5,000-organisation place by default), starts a real server on a free
loopback port, warms it up (each worker computes its analysis caches once: reported
separately as the cold pass), then runs `--clients` threads for `--seconds`, each
cycling through the pages a person uses. Prints p50 / p95 / p99 latency and errors per
page, against the target (p95 <= 200 ms, 0 errors), and writes the numbers to
bench/results/web-<time>.json. Only 127.0.0.1 is contacted; every loop is bounded.

Memory: the gunicorn parent builds the app and its snapshot before forking (preload), so
workers share those pages copy-on-write. RSS counts shared pages in every process that
maps them; PSS splits them among the processes, USS is what each alone holds. The table
gives each process's RSS / PSS / USS right after start (preloaded, before any request),
after the warm-up and at the end of the steady-state run, and the server's total PSS (its
real footprint) against the target of <= 2 GB for 4 workers at 370,000 organisations.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_P95_MS = 200.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(path: Path, n_orgs: int, avg_degree: float) -> dict:
    """The synthetic store at `path`, built there unless a finished one is there already
    (--keep-store: building 370,000 organisations into SQLite takes many minutes)."""
    from graph.stores import open_store
    from seed.synthetic import build_synthetic
    from web.auth import create_user, new_token

    url = f"sqlite:///{path}"
    done = path.with_name(path.name + ".built")
    data = None
    if not done.exists():
        path.unlink(missing_ok=True)
        data = build_synthetic(n_orgs, avg_degree=avg_degree, seed=0)
    with open_store(url) as store:
        if data is not None:
            store.load(data)
            done.write_text(f"{n_orgs} {avg_degree}\n")
        create_user(store, "bench", "editor", "bench-password-1")
        token = new_token(store, "bench")
        snap = store.snapshot()
        # The biggest place below the country: with the default sizes, a region holding everyone.
        counts = {p.code: len(snap.org_rows_in_place(p.code)) for p in snap.places if p.kind != "country"}
        place = max(counts, key=lambda c: (counts[c], c))
        rows = snap.org_rows_in_place(place)
        orgs = [snap.orgs[i].id for i in rows]
        words = sorted({w for i in rows[:300] for w in snap.orgs[i].name.split() if len(w) > 4})[:30]
        services = [s.code for s in snap.services if not s.parent]
        communities = [c.code for c in snap.communities]
    return {"url": url, "token": token, "place": place, "place_orgs": counts[place], "orgs": orgs,
            "words": words, "services": services, "communities": communities, "ties": len(snap.ties),
            "reused": data is None}


def page_mix(ctx: dict, rng: random.Random):
    """(name, path) pairs: the pages people use, with varying arguments."""
    place = ctx["place"]
    org = rng.choice(ctx["orgs"])
    mix = [
        ("home", "/"),
        ("search", f"/search?q={rng.choice(ctx['words'])}"),
        ("search_filtered", f"/search?place={place}&service={rng.choice(ctx['services'])}"
                            f"&community={rng.choice(ctx['communities'])}"),
        ("profile", f"/organisations/{org}"),
        ("partners", f"/partners?org={org}&fairness={rng.choice(['off', 'balanced', 'strong'])}"),
        ("ecosystem", f"/places/{place}"),
        ("map_data", f"/api/places/{place}/network"),
        ("gaps", f"/places/{place}/gaps"),
        ("champions", f"/places/{place}/champions"),
        ("isolated", f"/places/{place}/isolated"),
        ("introductions", "/introductions"),
        ("api_search", f"/api/search?place={place}&q={rng.choice(ctx['words'])}"),
    ]
    return [(n, p) for n, p in mix if (not ctx.get("only") or n in ctx["only"]) and n not in ctx.get("skip", ())]


class Client(threading.Thread):
    def __init__(self, port: int, ctx: dict, deadline: float, seed: int, max_requests: int):
        super().__init__(daemon=True)
        self.port, self.ctx, self.deadline = port, ctx, deadline
        self.rng = random.Random(seed)
        self.max_requests = max_requests
        self.samples: list[tuple[str, float, int]] = []

    def run(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Authorization": f"Bearer {self.ctx['token']}", "Accept": "text/html"}
        done = 0
        while time.monotonic() < self.deadline and done < self.max_requests:
            for name, path in page_mix(self.ctx, self.rng):
                if time.monotonic() >= self.deadline:
                    break
                t = time.perf_counter()
                conn, status = get_page(conn, self.port, path, headers)
                self.samples.append((name, (time.perf_counter() - t) * 1000, status))
                done += 1
        conn.close()


def run_clients(port: int, ctx: dict, clients: int, seconds: float, seed: int) -> list:
    deadline = time.monotonic() + seconds
    threads = [Client(port, ctx, deadline, seed + i, max_requests=1_000_000) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)
    return [s for t in threads for s in t.samples]


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(q / 100 * (len(values) - 1)))))
    return values[k]


def summarise(samples: list) -> dict:
    by: dict[str, list] = {}
    for name, ms, status in samples:
        by.setdefault(name, []).append((ms, status))
    out = {}
    for name, rows in sorted(by.items()):
        lat = [ms for ms, _ in rows]
        out[name] = {"requests": len(rows), "errors": sum(1 for _, s in rows if s != 200),
                     "p50_ms": round(pct(lat, 50), 1), "p95_ms": round(pct(lat, 95), 1),
                     "p99_ms": round(pct(lat, 99), 1), "mean_ms": round(statistics.fmean(lat), 1)}
    lat = [ms for _, ms, _ in samples]
    out["ALL"] = {"requests": len(samples), "errors": sum(1 for *_, s in samples if s != 200),
                  "p50_ms": round(pct(lat, 50), 1), "p95_ms": round(pct(lat, 95), 1),
                  "p99_ms": round(pct(lat, 99), 1), "mean_ms": round(statistics.fmean(lat), 1) if lat else 0}
    return out


def print_table(title: str, summary: dict) -> None:
    print(f"\n{title}")
    print(f"{'page':<18}{'requests':>9}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}  target p95<={TARGET_P95_MS:.0f}")
    for name, s in summary.items():
        ok = "ok" if s["p95_ms"] <= TARGET_P95_MS and s["errors"] == 0 else "MISS"
        print(f"{name:<18}{s['requests']:>9}{s['errors']:>8}{s['p50_ms']:>9}{s['p95_ms']:>9}{s['p99_ms']:>9}  {ok}")


def get_page(conn: http.client.HTTPConnection, port: int, path: str, headers: dict):
    """GET one page: (the connection to use next, the status or 0 when the request failed).
    A failed connection is replaced, so one server hiccup does not end a client."""
    try:
        conn.request("GET", path, headers=headers)
        resp = conn.getresponse()
        resp.read()
        return conn, resp.status
    except (OSError, http.client.HTTPException):
        conn.close()
        return http.client.HTTPConnection("127.0.0.1", port, timeout=30), 0


def wait_for_health(port: int, server: subprocess.Popen, log_path: Path, seconds: float) -> None:
    """Wait until the served app answers /health, or stop with the tail of its log."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/health")
            if c.getresponse().status == 200:
                return
        except OSError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            print(log_path.read_text()[-3000:])
            raise SystemExit("server did not start")
        time.sleep(0.2)


def _memory_of(pid: int) -> dict:
    """RSS, PSS and USS (private) in MB of one process, from /proc/PID/smaps_rollup."""
    out = {"rss": 0.0, "pss": 0.0, "uss": 0.0}
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return out
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        kb = rest.split()[0] if rest.split() else "0"
        if key == "Rss":
            out["rss"] = int(kb) / 1024
        elif key == "Pss":
            out["pss"] = int(kb) / 1024
        elif key in ("Private_Clean", "Private_Dirty"):
            out["uss"] += int(kb) / 1024
    return out


def server_memory(parent: int) -> dict:
    """{"parent": mem, "workers": [mem, ...], "total_pss": MB} for a gunicorn parent pid."""
    try:
        kids = [int(x) for x in Path(f"/proc/{parent}/task/{parent}/children").read_text().split()]
    except OSError:
        kids = []
    workers = [_memory_of(k) for k in kids]
    mine = _memory_of(parent)
    return {"parent": mine, "workers": workers, "total_pss": mine["pss"] + sum(w["pss"] for w in workers)}


def wait_for_workers(parent: int, workers: int | None, seconds: float) -> None:
    """Wait (a bounded time) until the gunicorn parent has forked all its workers."""
    deadline = time.monotonic() + seconds
    while workers and time.monotonic() < deadline and len(server_memory(parent)["workers"]) < workers:
        time.sleep(0.5)


def print_memory(stages: list[tuple[str, dict]], n_orgs: int) -> None:
    print(f"\nmemory (MB) at {n_orgs:,} organisations: RSS / PSS / USS per process "
          "(PSS shares copy-on-write pages out; USS is a process's own)")
    for label, m in stages:
        cells = [f"parent {m['parent']['rss']:.0f}/{m['parent']['pss']:.0f}/{m['parent']['uss']:.0f}"]
        cells += [f"w{i + 1} {w['rss']:.0f}/{w['pss']:.0f}/{w['uss']:.0f}" for i, w in enumerate(m["workers"])]
        print(f"  {label:<26} " + "  ".join(cells) + f"  | server total PSS {m['total_pss']:.0f}")
    last = stages[-1][1]
    per_worker = max((w["uss"] for w in last["workers"]), default=0.0)
    shared = last["total_pss"] - sum(w["uss"] for w in last["workers"]) - last["parent"]["uss"]
    four = last["parent"]["uss"] + shared + 4 * per_worker
    verdict = (f": {'met' if four <= 2048 else 'NOT met'}" if n_orgs >= 370_000 else
               " (the target is for 370,000 organisations)")
    print(f"  estimate for 4 workers: parent's own {last['parent']['uss']:.0f} + shared {shared:.0f} + "
          f"4 x {per_worker:.0f} (largest worker's own) = {four:.0f} MB; target <= 2048 MB per server{verdict}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--orgs", type=int, default=5000)
    ap.add_argument("--avg-degree", type=float, default=10.0)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--warmup-seconds", type=float, default=15.0)
    ap.add_argument("--workers", type=int, default=None, help="gunicorn workers [serve's default]")
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pages", default="", help="comma-separated page names to request (default: all)")
    ap.add_argument("--skip", default="", help="comma-separated page names to leave out")
    ap.add_argument("--start-timeout", type=float, default=600.0,
                    help="seconds to wait for the server to answer /health [600]")
    ap.add_argument("--keep-store", metavar="DIR", default=None,
                    help="build the synthetic store in DIR and reuse it on later runs with the same --orgs and "
                         "--avg-degree (the server's model cache is still fresh every run)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="pm-bench-web-"))
    t = time.perf_counter()
    store_dir = Path(args.keep_store) if args.keep_store else tmp
    store_dir.mkdir(parents=True, exist_ok=True)
    ctx = build_store(store_dir / f"bench-{args.orgs}-{args.avg_degree:g}.db", args.orgs, args.avg_degree)
    ctx["only"] = {p for p in args.pages.split(",") if p}
    ctx["skip"] = {p for p in args.skip.split(",") if p}
    print(f"{'reused' if ctx['reused'] else 'built'} {args.orgs:,} organisations / {ctx['ties']:,} ties "
          f"in {time.perf_counter() - t:.1f} s; "
          f"place {ctx['place']} has {ctx['place_orgs']:,} organisations")

    port = free_port()
    cmd = [sys.executable, "-c", "from graph.cli import main; main()", "--store", ctx["url"], "serve",
           "--host", "127.0.0.1", "--port", str(port), "--threads", str(args.threads)]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PARTNERMAP_SECRET_KEY": "bench",
           "PARTNERMAP_CACHE": str(tmp / "matcher-cache")}
    log = open(tmp / "server.log", "wb")
    server = subprocess.Popen(cmd, cwd=tmp, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        t = time.perf_counter()
        wait_for_health(port, server, tmp / "server.log", args.start_timeout)
        started = time.perf_counter() - t
        print(f"server answered /health {started:.1f} s after launch ({args.workers or 'default'} workers)")
        wait_for_workers(server.pid, args.workers, 30)   # the first can answer before the others are forked
        memory = [("after start (preloaded)", server_memory(server.pid))]

        t = time.perf_counter()
        cold = run_clients(port, ctx, args.clients, args.warmup_seconds, args.seed + 1000)
        print(f"warm-up: {len(cold)} requests in {time.perf_counter() - t:.1f} s")
        cold_summary = summarise(cold)
        print_table(f"cold pass (warm-up, {args.warmup_seconds:.0f} s: first requests compute each worker's caches)",
                    cold_summary)
        memory.append(("after warm-up", server_memory(server.pid)))

        t = time.perf_counter()
        samples = run_clients(port, ctx, args.clients, args.seconds, args.seed)
        elapsed = time.perf_counter() - t
        summary = summarise(samples)
        print_table(f"steady state: {args.clients} clients for {args.seconds:.0f} s, "
                    f"{len(samples) / elapsed:.0f} requests/s", summary)
        memory.append(("after the load", server_memory(server.pid)))
        print_memory(memory, args.orgs)
        print(f"load average (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()

    overall = summary["ALL"]
    met = all(s["p95_ms"] <= TARGET_P95_MS for s in summary.values()) and overall["errors"] == 0
    print(f"\ntarget p95 <= {TARGET_P95_MS:.0f} ms per page and 0 errors: {'met' if met else 'NOT met'}")
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"web-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"args": vars(args), "place": ctx["place"], "place_orgs": ctx["place_orgs"],
                               "cpu_count": os.cpu_count(), "start_seconds": round(started, 1),
                               "load_average": os.getloadavg(), "cold": cold_summary, "steady": summary,
                               "memory_mb": dict(memory), "target_met": met}, indent=2))
    print(f"results: {out.relative_to(ROOT)}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
