"""Suggestions for every organisation (or every one in a place): the nightly batch.

`iter_match_all` gives, for each query organisation in snapshot order, exactly what
`matcher.service.match` gives for it (as `MatchResult.to_dict()`), but much faster:

- the model, its scoring context and every derived matrix are built once;
- each query runs the very code `match` runs: candidates from the inverted index
  (matcher.candidates), pair features (matcher.query_features), then scores, fair
  re-ranking and reasons (`matcher.service.finish_match`). An earlier version computed the
  features of a whole block of queries in one vectorised pass; looking up (query, column)
  in a block's rows cost more than it saved, and the one-query kernel measured about twice
  as fast per organisation at 5,000 and 50,000;
- queries go in blocks, shared out among worker processes forked after everything is built, so every
  worker reads the snapshot and the context copy-on-write instead of each holding a copy.
  Results come back in order, already formatted when the caller writes a file.
"""
from __future__ import annotations

import csv
import io
import json
import multiprocessing as mp
import os
from typing import Callable, Iterator

import numpy as np

from matcher.candidates import generate_candidates
from matcher.fairness import DEFAULT_P
from matcher.filters import Filters
from matcher.query_features import query_pair_features
from matcher.service import MatchError, finish_match, get_model, ranking_method

__all__ = ["iter_match_all", "query_rows", "CSV_COLUMNS", "FORMATS", "default_block_size"]

CSV_COLUMNS = ("org_id", "org_name", "rank", "partner_id", "partner_name", "score", "model_rank", "protected",
               "ranked_by", "why")
FORMATS = ("dict", "jsonl", "csv")

_JOB: dict = {}   # set in the parent before forking; workers read it copy-on-write


def default_block_size(n_orgs: int) -> int:
    """Queries per block handed to a worker: enough that passing work and results between
    processes costs little, few enough that the progress bar moves."""
    return 64 if n_orgs > 50_000 else 128


def query_rows(snapshot, place: tuple[str, ...] = ()) -> np.ndarray:
    """Rows of the organisations to suggest for: all, or those in any of `place` (or inside it)."""
    if not place:
        return np.arange(len(snapshot.orgs), dtype=np.int64)
    mask = Filters(place=place).mask(snapshot)
    return np.flatnonzero(mask).astype(np.int64)


def _format(results: list[dict], fmt: str):
    if fmt == "dict":
        return results
    if fmt == "jsonl":
        # The results are plain trees (no cycles), so the encoder's cycle check is skipped.
        return "".join(json.dumps(r, default=str, check_circular=False) + "\n" for r in results)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in results:
        for s in r["suggestions"]:
            w.writerow((r["org_id"], r["name"], s["rank"], s["org_id"], s["name"], s["score"], s["model_rank"],
                        s["protected"], r["ranked_by"], s["explanation"]))
    return buf.getvalue()


def _run_block(block: np.ndarray):
    job = _JOB
    snapshot, model, ctx = job["snapshot"], job["model"], job["ctx"]
    results = []
    for u in block:
        u = int(u)
        rows = generate_candidates(model, ctx, u, job["allowed"], job["max_candidates"])
        x = query_pair_features(model, ctx, u, rows)
        results.append(finish_match(snapshot, model, ctx, u, rows, x, k=job["k"], filters=job["filters"],
                                    fairness=job["fairness"], p=job["p"], method=job["method"],
                                    ranking_reason=job["ranking_reason"], rank_by=job["rank_by"],
                                    trusted=job["trusted"]).to_dict(copy=job["fmt"] == "dict"))
    return len(block), _format(results, job["fmt"])


def _warm(model, ctx, u: int) -> None:
    """Build every matrix the workers read, in the parent, so they share it copy-on-write,
    and compile (or load from numba's cache) the feature kernels once, by scoring one
    query, rather than once in every worker."""
    for name in ("adjacency_aa", "adjacency_ra", "adjacency_l3", "l3_weight", "l3_self_sum", "place_weighted",
                 "place_mass"):
        getattr(ctx, name)
    for name in ("communities", "places", "services"):
        ctx.postings(name)
    query_pair_features(model, ctx, u, generate_candidates(model, ctx, u, None, 50))


def iter_match_all(snapshot, rows=None, *, k: int = 10, filters=None, fairness: bool = True, p: float = DEFAULT_P,
                   model_dir=None, max_candidates: int | None = 2000, model=None, rank_by: str = "auto",
                   workers: int | None = None, block_size: int | None = None, fmt: str = "dict",
                   progress: Callable[[int], None] | None = None) -> Iterator:
    """Suggestions for each of `rows` (default: every organisation), in that order.

    Parameters
    ----------
    snapshot, k, filters, fairness, p, model_dir, max_candidates, model, rank_by
        As for `matcher.service.match`; the filters apply to the candidates of every query.
    rows : array of int, optional
        Snapshot rows to suggest for (see `query_rows`).
    workers : int, optional
        Processes; default all cores (`os.cpu_count()`); 1 runs in this process.
    block_size : int, optional
        Queries per vectorised block (default `default_block_size`).
    fmt : {"dict", "jsonl", "csv"}
        "dict" yields one `MatchResult.to_dict()` per query; "jsonl" and "csv" yield text
        chunks to write (a JSON line per query; a CSV row per suggestion, CSV_COLUMNS).
    progress : callable, optional
        Called with the number of queries finished after each block.

    Raises
    ------
    MatchError, FilterError
        Bad k, p, ranking or filter value, before any work starts.
    """
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {', '.join(FORMATS)}")
    if k < 1:
        raise MatchError("k must be at least 1")
    if not 0 <= p <= 1:
        raise MatchError("p must be between 0 and 1")
    filters = filters if isinstance(filters, Filters) else Filters.from_dict(filters)
    allowed = filters.mask(snapshot)
    rows = np.arange(len(snapshot.orgs), dtype=np.int64) if rows is None else np.asarray(rows, np.int64)
    method, ranking_reason, trusted = ranking_method(snapshot, rank_by, model_dir)
    if len(rows) == 0:
        return
    model = model or get_model(snapshot, model_dir)
    ctx = model.context(snapshot)
    _warm(model, ctx, int(rows[0]))
    size = block_size or default_block_size(len(snapshot.orgs))
    blocks = [rows[i:i + size] for i in range(0, len(rows), size)]
    workers = max(1, min(workers or os.cpu_count() or 1, len(blocks)))
    _JOB.clear()
    _JOB.update(snapshot=snapshot, model=model, ctx=ctx, allowed=allowed, max_candidates=max_candidates, k=k,
                filters=filters, fairness=fairness, p=p, method=method, ranking_reason=ranking_reason, rank_by=rank_by,
                trusted=trusted, fmt=fmt)
    try:
        if workers == 1:
            done = map(_run_block, blocks)
            pool = None
        else:
            # fork: the children inherit the built model and context without copying them.
            pool = mp.get_context("fork").Pool(workers)
            done = pool.imap(_run_block, blocks)
        for count, out in done:
            if progress is not None:
                progress(count)
            if fmt == "dict":
                yield from out
            else:
                yield out
        if pool is not None:
            pool.close()
            pool.join()
            pool = None
    finally:
        if pool is not None:
            pool.terminate()
        _JOB.clear()
