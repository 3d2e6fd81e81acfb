"""Benchmark: graph.analysis against plain networkx doing the same job, at several sizes.

    .venv/bin/python bench/analysis.py                         # 5,000, 50,000 and 370,000 organisations
    .venv/bin/python bench/analysis.py --sizes 5000 --bound 600
    .venv/bin/python bench/analysis.py --json bench-analysis.json
    .venv/bin/python bench/analysis.py --sizes 5000,50000 --before e942763   # also time that commit's isolated()
    .venv/bin/python bench/analysis.py --sizes 5000,50000 --isolated-only --before e942763

For each size it builds a synthetic ecosystem (seed.synthetic, average degree 10), times
every analysis cold (cache cleared first; the igraph engine is built from the tie arrays
inside the timing), then times networkx doing the same job on ``snapshot.undirected``.
A networkx job is run in full when a timed sample projects it under --bound seconds;
otherwise the projection is reported (marked ~) from timing a sample of sources, nodes
or brokers and scaling up. Building the networkx graph itself is reported apart and left
out of the ratios (our cold timings include building igraph).

What "the same job" is:

==============  ==================================================================
champions       betweenness (same k and seed, or exact), Burt's constraint and
                effective size, core numbers, articulation points, and brokerage by
                brute force over the flow graph for the three groupings
isolated        connected components and core numbers (ours timed without introductions
                for the ratio; with them, cold, reported apart)
gaps            Louvain communities (nx has no Leiden; ours is igraph's Leiden),
                articulation points, bridges
ecosystem       density, components, degree centralization
referrals       descendants and ancestors of every organisation in the referral graph,
                strongly connected components
core_periphery  core numbers
==============  ==================================================================

"Isolated with introductions, cold" is the first request for the page: champions (for
the partners' positions), the matcher's model fitted (each run gets an empty model cache,
so it is always fitted, never loaded from an earlier run), its ranking method chosen, and
the introductions (isolated() readies the matcher on a thread while it computes the
champions; the parts are then timed each on its own to show where the time goes). It is printed beside the time recorded before issue 14's work
(`BEFORE_ISOLATED`, with its commit and load average); ``--before COMMIT`` also times that
commit's code on the same network in a subprocess (the commit's files from `git archive`).

Targets (2 cores): the whole champions analysis at 370,000 within 60 s; exact
betweenness at 5,000 at least 30x faster than networkx; isolated groups with
introductions, cold, at 50,000 within 10 s.
"""
from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import networkx as nx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import graph.analysis as analysis  # noqa: E402
from graph.analysis import clear_cache  # noqa: E402
from graph.analysis.centrality import _choose_sources  # noqa: E402
from graph.model import DIRECTED_TIE_KINDS, TIE_KINDS  # noqa: E402
from graph.snapshot import Snapshot  # noqa: E402
from seed.synthetic import build_synthetic  # noqa: E402

ANALYSES = ("champions", "isolated", "gaps", "ecosystem", "referrals", "core_periphery")
ISOLATED_TARGET_50K = 10.0
# isolated(snap) with introductions, cold, before issue 14's work on it: organisations ->
# (seconds, load average at the time). Measured with --before on the commit named here
# (seed 0, 2 cores, other sessions running: hence the load). Issue 14's table gives 23 s at
# 50,000 for the same path on a quiet machine.
BEFORE_COMMIT = "e942763"
BEFORE_ISOLATED = {5_000: (22.4, 4.4), 50_000: (59.6, 5.0)}
ROOT = Path(__file__).resolve().parents[1]

# Run inside the --before commit's files: the same network, isolated() cold, seconds on stdout.
_BEFORE_SCRIPT = """
import os, sys, time
from seed.synthetic import build_synthetic
from graph.snapshot import Snapshot
import graph.analysis as analysis
snap = Snapshot.from_data(build_synthetic(int(sys.argv[1]), avg_degree=10, seed=int(sys.argv[2])))
analysis.clear_cache()
start = time.perf_counter()
analysis.isolated(snap)
print(time.perf_counter() - start, os.getloadavg()[0])
"""


def _cpu() -> float:
    """CPU seconds this process has used, over all its threads: on a machine others load,
    steadier than the wall clock."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def time_before(commit: str, n_orgs: int, seed: int) -> tuple[float, float]:
    """(seconds, 1-minute load) of `commit`'s isolated() with introductions, cold, on the
    same synthetic network, run from that commit's files with an empty model cache."""
    with tempfile.TemporaryDirectory(prefix="partnermap-before-") as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True,
                                 capture_output=True).stdout
        tar_path = Path(tmp) / "tree.tar"
        tar_path.write_bytes(archive)
        with tarfile.open(tar_path) as tar:
            tar.extractall(Path(tmp) / "tree", filter="data")
        env = dict(os.environ, PYTHONPATH=str(Path(tmp) / "tree"), PARTNERMAP_CACHE=str(Path(tmp) / "cache"),
                   PYTHONWARNINGS="ignore")
        out = subprocess.run([sys.executable, "-c", _BEFORE_SCRIPT, str(n_orgs), str(seed)], check=True,
                             capture_output=True, text=True, cwd=Path(tmp) / "tree", env=env).stdout.split()
        return float(out[-2]), float(out[-1])


def _timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


class NxJob:
    """Parts of a networkx job, each measured in full or projected from a sample."""

    def __init__(self, bound: float):
        self.bound = bound
        self.parts: list[tuple[str, float, bool]] = []   # (name, seconds, projected)

    def full(self, name: str, fn) -> None:
        seconds, _ = _timed(fn)
        self.parts.append((name, seconds, False))

    def sampled(self, name: str, sample_fn, scale: float, full_fn=None) -> None:
        """Time `sample_fn`, project by `scale`; run `full_fn` if the projection fits."""
        seconds, _ = _timed(sample_fn)
        projected = seconds * scale
        if full_fn is not None and projected <= self.bound:
            seconds, _ = _timed(full_fn)
            self.parts.append((name, seconds, False))
        else:
            self.parts.append((name, projected, True))

    @property
    def seconds(self) -> float:
        return sum(s for _, s, _ in self.parts)

    def seconds_without(self, part: str) -> float:
        return sum(s for n, s, _ in self.parts if n != part)

    @property
    def projected(self) -> bool:
        return any(p for _, _, p in self.parts)

    def describe(self) -> str:
        return ", ".join(f"{n} {'~' if p else ''}{s:.1f}s" for n, s, p in self.parts)


def _flow_digraph(snap: Snapshot) -> nx.DiGraph:
    directed = np.array([k in DIRECTED_TIE_KINDS for k in TIE_KINDS])
    ids = [o.id for o in snap.orgs]
    g = nx.DiGraph()
    g.add_nodes_from(ids)
    src, dst, kind = snap.tie_src.tolist(), snap.tie_dst.tolist(), snap.tie_kind.tolist()
    g.add_edges_from((ids[a], ids[b]) for a, b in zip(src, dst))
    g.add_edges_from((ids[b], ids[a]) for a, b, k in zip(src, dst, kind) if not directed[k])
    return g


def _brute_brokerage(g: nx.DiGraph, brokers, groups: list[dict]) -> None:
    for b in brokers:
        preds, succs = list(g.predecessors(b)), list(g.successors(b))
        for a, c in itertools.product(preds, succs):
            if a == c or g.has_edge(a, c):
                continue
            for group in groups:
                _ = (group[a] == group[b], group[b] == group[c], group[a] == group[c])


def _groups(snap: Snapshot) -> list[dict]:
    return [{o.id: o.sector for o in snap.orgs},
            {o.id: (o.places[-1] if o.places else o.id) for o in snap.orgs},
            {o.id: (o.communities[0] if o.communities else o.id) for o in snap.orgs}]


def nx_jobs(snap: Snapshot, g: nx.Graph, bound: float, seed: int, rng: random.Random) -> dict[str, NxJob]:
    n, m = g.number_of_nodes(), g.number_of_edges()
    nodes = list(g)
    jobs: dict[str, NxJob] = {}

    # champions -------------------------------------------------------------------------
    job = NxJob(bound)
    k = _choose_sources(n, m, None, False)
    probe = max(1, min(k, 3 if n > 20_000 else 20))
    if k >= n:
        job.sampled("betweenness", lambda: nx.betweenness_centrality(g, k=probe, seed=seed), n / probe,
                    lambda: nx.betweenness_centrality(g))
    else:
        job.sampled("betweenness", lambda: nx.betweenness_centrality(g, k=probe, seed=seed), k / probe,
                    lambda: nx.betweenness_centrality(g, k=k, seed=seed))
    sample = rng.sample(nodes, min(n, 2000))
    job.sampled("constraint", lambda: nx.constraint(g, nodes=sample, weight="weight"), n / len(sample),
                lambda: nx.constraint(g, weight="weight"))
    # nx.effective_size copies the whole graph for each ego network: a handful of nodes
    # already takes seconds
    few = sample[:20 if n <= 10_000 else 4]
    job.sampled("effective size", lambda: nx.effective_size(g, nodes=few), n / len(few),
                lambda: nx.effective_size(g))
    job.full("core numbers", lambda: nx.core_number(g))
    job.full("articulation points", lambda: list(nx.articulation_points(g)))
    flow = _flow_digraph(snap)
    groups = _groups(snap)
    brokers = rng.sample(nodes, min(n, 2000))
    job.sampled("brokerage", lambda: _brute_brokerage(flow, brokers, groups), n / len(brokers),
                lambda: _brute_brokerage(flow, nodes, groups))
    flow = None  # free the flow graph before the next jobs
    jobs["champions"] = job

    # isolated --------------------------------------------------------------------------
    job = NxJob(bound)
    job.full("components", lambda: list(nx.connected_components(g)))
    job.full("core numbers", lambda: nx.core_number(g))
    jobs["isolated"] = job

    # gaps ------------------------------------------------------------------------------
    job = NxJob(bound)
    if m <= 300_000:
        job.full("louvain", lambda: nx.community.louvain_communities(g, seed=seed))
    else:
        # Louvain has no natural sample: time it on whole local authorities holding about
        # a tenth of the organisations (most ties are local) and scale by ties.
        rows: list = []
        for p in snap.places:
            if p.kind == "local_authority" and len(rows) < n // 10:
                rows.extend(snap.org_rows_in_place(p.code).tolist())
        part = g.subgraph([snap.orgs[i].id for i in rows]).copy()
        scale = m / max(part.number_of_edges(), 1)
        job.sampled("louvain", lambda: nx.community.louvain_communities(part, seed=seed), scale)
    job.full("articulation points", lambda: list(nx.articulation_points(g)))
    job.full("bridges", lambda: list(nx.bridges(g)))
    jobs["gaps"] = job

    # ecosystem -------------------------------------------------------------------------
    job = NxJob(bound)

    def summary():
        degrees = np.array([d for _, d in g.degree()])
        return (nx.density(g), nx.number_connected_components(g),
                (degrees.max() - degrees).sum() / ((n - 1) * (n - 2)))
    job.full("density, components, centralization", summary)
    jobs["ecosystem"] = job

    # referrals -------------------------------------------------------------------------
    job = NxJob(bound)
    ref = nx.DiGraph()
    ref.add_edges_from((t.from_id, t.to_id) for t in snap.ties if t.kind == "referral")
    active = list(ref)
    some = rng.sample(active, min(len(active), 200))
    job.sampled("reach (descendants, ancestors)",
                lambda: [(len(nx.descendants(ref, v)), len(nx.ancestors(ref, v))) for v in some],
                len(active) / max(len(some), 1),
                lambda: [(len(nx.descendants(ref, v)), len(nx.ancestors(ref, v))) for v in active])
    job.full("strong components", lambda: list(nx.strongly_connected_components(ref)))
    jobs["referrals"] = job

    # core_periphery --------------------------------------------------------------------
    job = NxJob(bound)
    job.full("core numbers", lambda: nx.core_number(g))
    jobs["core_periphery"] = job
    return jobs


def time_isolated(snap: Snapshot, n_orgs: int, seed: int, before_commit: str | None, out: dict) -> None:
    """isolated() with introductions, cold, beside the time before issue 14's work; then
    again with champions and the model already computed, to show where the time goes."""
    clear_cache()
    cpu_start = _cpu()
    with_intros, _ = _timed(lambda: analysis.isolated(snap))
    cpu = _cpu() - cpu_start
    print(f"  ours  isolated with introductions (champions, matcher model and all, cold) {with_intros:.2f} s "
          f"({cpu:.1f} s of CPU over all threads; load {_load()})", flush=True)
    out["isolated_with_introductions_seconds"] = round(with_intros, 3)
    out["isolated_with_introductions_cpu_seconds"] = round(cpu, 3)
    recorded = BEFORE_ISOLATED.get(n_orgs)
    if recorded:
        print(f"        before: {recorded[0]:.2f} s recorded at commit {BEFORE_COMMIT} (load {recorded[1]:.1f}); "
              f"ratio {recorded[0] / with_intros:.1f}x", flush=True)
    out["isolated_with_introductions_before"] = (
        {"seconds": recorded[0], "load": recorded[1], "commit": BEFORE_COMMIT, "measured": "recorded"}
        if recorded else None)
    if before_commit:
        seconds, load = time_before(before_commit, n_orgs, seed)
        print(f"        before: {seconds:.2f} s measured now at commit {before_commit} (load {load:.1f}); "
              f"ratio {seconds / with_intros:.1f}x", flush=True)
        out["isolated_with_introductions_before"] = {"seconds": round(seconds, 3), "load": load,
                                                     "commit": before_commit, "measured": "now"}
    # Where the cold time goes: each part again on its own. The cold run computes the first
    # two at once (the matcher readied on a thread while the champions are computed).
    clear_cache()
    champions_cold, _ = _timed(lambda: analysis.champions(snap))
    model_cold, _ = _timed(lambda: _matcher_cold(snap))
    warm, _ = _timed(lambda: analysis.isolated(snap))
    print(f"        of which, each on its own: champions (cold) {champions_cold:.2f} s; the matcher's model "
          f"and ranking method (cold) {model_cold:.2f} s (the cold run computes these two at once); "
          f"the introductions with both already computed {warm:.2f} s (load {_load()})", flush=True)
    out["isolated_champions_seconds"] = round(champions_cold, 3)
    out["isolated_matcher_model_seconds"] = round(model_cold, 3)
    out["isolated_introductions_only_seconds"] = round(warm, 3)


def _matcher_cold(snap: Snapshot) -> None:
    """The matcher's model fitted and its ranking method chosen as on a first request: an
    empty model cache, nothing in memory."""
    import matcher.service as service
    service._memory.clear()
    service._served.clear()
    os.environ["PARTNERMAP_CACHE"] = tempfile.mkdtemp(prefix="partnermap-bench-cache-")
    service.get_model(snap)
    service.served_method(snap)


def run_size(n_orgs: int, bound: float, seed: int, before_commit: str | None = None,
             isolated_only: bool = False) -> dict:
    out: dict = {"organisations": n_orgs}
    build, data = _timed(lambda: build_synthetic(n_orgs, avg_degree=10, seed=seed))
    snap_time, snap = _timed(lambda: Snapshot.from_data(data))
    data = None  # the snapshot holds what is needed
    gc.collect()
    out.update(ties=len(snap.ties), build_seconds=round(build, 1), snapshot_seconds=round(snap_time, 1))
    print(f"\n== {n_orgs:,} organisations, {len(snap.ties):,} ties "
          f"(generated in {build:.0f} s, snapshot in {snap_time:.0f} s)", flush=True)

    if isolated_only:
        out["analyses"] = []
        time_isolated(snap, n_orgs, seed, before_commit, out)
        return out

    ours: dict[str, float] = {}
    # isolated is timed as groups only, the job networkx does; with introductions below
    options = {"isolated": {"introductions": 0}}
    for name in ANALYSES:
        clear_cache()
        seconds, result = _timed(lambda: getattr(analysis, name)(snap, **options.get(name, {})))
        ours[name] = seconds
        extra = ""
        if name == "champions":
            extra = f" (betweenness {'exact' if result.exact else f'from {result.sources} sampled sources'})"
        if name == "isolated":
            extra = " (groups only)"
        print(f"  ours  {name:<15} {seconds:8.2f} s{extra}", flush=True)
    time_isolated(snap, n_orgs, seed, before_commit, out)
    place = next(p.code for p in snap.places if p.kind == "local_authority")
    clear_cache()
    one_place, _ = _timed(lambda: analysis.champions(snap, place))
    print(f"  ours  champions in one local authority ({place}, subgraph included) {one_place:.2f} s", flush=True)
    clear_cache()

    exact_ours = None
    if n_orgs <= 20_000:
        clear_cache()
        exact_ours, _ = _timed(lambda: analysis.betweenness(snap, exact=True))
        print(f"  ours  exact betweenness {exact_ours:8.2f} s", flush=True)
        clear_cache()

    nx_build, g = _timed(lambda: snap.undirected)
    print(f"  networkx graph built in {nx_build:.1f} s (not in the ratios)", flush=True)
    rng = random.Random(seed)
    jobs = nx_jobs(snap, g, bound, seed, rng)
    exact_nx = None
    if exact_ours is not None:
        # at this size the champions job's betweenness is the exact one; reuse its time
        name, seconds, projected = jobs["champions"].parts[0]
        if _choose_sources(len(g), g.number_of_edges(), None, False) < len(g):
            projected_job = NxJob(bound)
            projected_job.sampled("exact betweenness", lambda: nx.betweenness_centrality(g, k=20, seed=seed),
                                  len(g) / 20, lambda: nx.betweenness_centrality(g))
            _, seconds, projected = projected_job.parts[0]
        exact_nx = (seconds, projected)
        print(f"  nx    exact betweenness {'~' if projected else ' '}{seconds:8.2f} s  "
              f"ratio {seconds / exact_ours:6.1f}x", flush=True)
    rows = []
    for name in ANALYSES:
        job = jobs[name]
        ratio = job.seconds / ours[name] if ours[name] > 0 else float("inf")
        row = {"analysis": name, "ours_seconds": round(ours[name], 3), "networkx_seconds": round(job.seconds, 2),
               "networkx_projected": job.projected, "ratio": round(ratio, 1), "networkx_parts": job.describe()}
        if name == "champions":
            row["ratio_without_effective_size"] = round(job.seconds_without("effective size") / ours[name], 1)
        rows.append(row)
        print(f"  nx    {name:<15} {'~' if job.projected else ' '}{job.seconds:9.2f} s  ratio {ratio:7.1f}x  "
              f"[{job.describe()}]", flush=True)
    out["analyses"] = rows
    out["one_place_champions_seconds"] = round(one_place, 3)
    out["networkx_graph_seconds"] = round(nx_build, 1)
    if exact_ours is not None:
        out["exact_betweenness"] = {"ours_seconds": round(exact_ours, 3), "networkx_seconds": round(exact_nx[0], 2),
                                    "networkx_projected": exact_nx[1],
                                    "ratio": round(exact_nx[0] / exact_ours, 1)}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5000,50000,370000",
                        help="comma-separated organisation counts (default: %(default)s)")
    parser.add_argument("--bound", type=float, default=300.0,
                        help="run a networkx job in full only if projected under this many seconds")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    parser.add_argument("--before", metavar="COMMIT",
                        help=f"also time isolated() with introductions at this commit (e.g. {BEFORE_COMMIT}, "
                             "before issue 14's work) on the same network")
    parser.add_argument("--isolated-only", action="store_true",
                        help="time only isolated groups with introductions (no other analysis, no networkx)")
    args = parser.parse_args(argv)
    # Cold means the matcher's model is fitted here: an empty model cache, never a file
    # left by an earlier run.
    os.environ["PARTNERMAP_CACHE"] = tempfile.mkdtemp(prefix="partnermap-bench-cache-")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    print(f"graph.analysis vs networkx {nx.__version__} on {os.cpu_count()} cores; load average "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    results = [run_size(n, args.bound, args.seed, args.before, args.isolated_only) for n in sizes]

    print("\nSummary (seconds; ~ = projected networkx time; ratio = networkx / ours)")
    print("(nx effective_size rebuilds an undirected copy of the graph for every ego network, so it\n"
          " dominates the networkx champions job; the parts are listed per size above)")
    print(f"{'orgs':>9} {'analysis':<15} {'ours':>9} {'networkx':>11} {'ratio':>8}")
    for r in results:
        for row in r["analyses"]:
            mark = "~" if row["networkx_projected"] else " "
            note = ""
            if "ratio_without_effective_size" in row:
                note = f"  ({row['ratio_without_effective_size']:.1f}x without nx effective_size)"
            print(f"{r['organisations']:>9,} {row['analysis']:<15} {row['ours_seconds']:>9.2f} "
                  f"{mark}{row['networkx_seconds']:>10.2f} {row['ratio']:>9.1f}x{note}")
    verdicts = []
    for r in results:
        if r["organisations"] == 370_000 and r["analyses"]:
            t = next(x["ours_seconds"] for x in r["analyses"] if x["analysis"] == "champions")
            verdicts.append(f"champions at 370,000: {t:.1f} s (target <= 60 s): {'PASS' if t <= 60 else 'FAIL'}")
        if r["organisations"] == 50_000:
            t = r["isolated_with_introductions_seconds"]
            before = r.get("isolated_with_introductions_before")
            was = f" (before: {before['seconds']:.1f} s at {before['commit']}, load {before['load']:.1f})" if before else ""
            verdicts.append(f"isolated with introductions, cold, at 50,000: {t:.1f} s{was} "
                            f"(target <= {ISOLATED_TARGET_50K:.0f} s): {'PASS' if t <= ISOLATED_TARGET_50K else 'FAIL'}")
        if r["organisations"] == 5_000 and "exact_betweenness" in r:
            e = r["exact_betweenness"]
            verdicts.append(f"exact betweenness at 5,000: {e['ratio']:.1f}x networkx (target >= 30x): "
                            f"{'PASS' if e['ratio'] >= 30 else 'FAIL'}")
    for v in verdicts:
        print(v)
    print(f"load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.json:
        Path(args.json).write_text(json.dumps({"results": results, "verdicts": verdicts}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
