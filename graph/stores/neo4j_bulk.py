"""Bulk load into an empty Neo4j with `neo4j-admin database import full`.

A first national load (370,000 organisations, 1.8 million ties) through transactions runs
at about ten thousand ties a second. Neo4j's admin import writes the store files directly,
at a hundred thousand rows a second and more, but only into a database no server has open
and only as a whole new database. So this path is for an *empty* database: it refuses one
that holds anything but the version marker.

Steps (`bulk_load`): check the database is empty (over Bolt); check references as the
transactional load does; write the rows as the admin tool's CSV files (one header line
each, typed columns, separate ID spaces per label); have scripts/neo4j_local.py stop the
server, run the tool into its `neo4j` database and start it again; reconnect; create our
constraints and indexes and wait for them; check every count against the rows written.
The graph it leaves is the one the transactional path writes (same labels, relationship
types and properties), so both give the same snapshot (tests/contract/test_neo4j_bulk.py).

The server must be one whose home this machine can reach: the local server of
scripts/neo4j_local.py (its home holds state.json, with the port and password to start it
again). A Docker or remote server is loaded through transactions instead.
"""
from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import fields
from pathlib import Path
from urllib.parse import urlparse

from graph.model import ModelError, Organisation
from graph.stores.base import GraphData, StoreError, check_references

__all__ = ["bulk_load", "check_bulk_target", "write_import_files", "BulkLoadError", "ARRAY_DELIMITER"]

REPO_ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = REPO_ROOT / "scripts" / "neo4j_local.py"
# Lists (led_by, registered_ids) are one cell; this character cannot occur in our values
# (graph.model refuses control characters in codes and ids; it is checked below anyway).
ARRAY_DELIMITER = "\x1f"
# Properties of an organisation node, as the transactional path writes them (_org_row).
_ORG_COLUMNS = (("name", "string"), ("description", "string"), ("sector", "string"), ("legal_form", "string"),
                ("size_band", "string"), ("income", "double"), ("led_by", "string[]"),
                ("registered_ids", "string[]"), ("postcode", "string"), ("lat", "double"), ("lon", "double"),
                ("website", "string"), ("source", "string"), ("updated_at", "string"), ("inferred", "string"),
                ("name_lc", "string"))
_TIE_COLUMNS = (("kind", "string"), ("ref", "string"), ("form", "string"), ("strength", "double"),
                ("since", "string"), ("until", "string"), ("amount", "double"), ("currency", "string"),
                ("source", "string"))
_NON_EMPTY = ("MATCH (n) WHERE NOT n:Meta WITH n LIMIT 1 "
              "RETURN labels(n) AS labels, COUNT { MATCH (m) WHERE NOT m:Meta } AS nodes")


class BulkLoadError(StoreError):
    """The bulk path cannot load here (not empty, no reachable home, the tool failed)."""


def _cell(value, kind: str) -> str:
    """One CSV cell for the admin tool: nothing for a missing value (no property, as a
    null in SET), strings always quoted (so "" stays an empty string), numbers bare."""
    if value is None:
        return ""
    if kind == "double":
        value = float(value)
        if not math.isfinite(value):
            raise ModelError("value", f"{value!r} cannot be stored")
        return repr(value)
    if kind == "string[]":
        for v in value:
            if ARRAY_DELIMITER in v:
                raise ModelError("value", f"{v!r} holds a control character (\\x1f)")
        value = ARRAY_DELIMITER.join(value)
    return '"' + str(value).replace('"', '""') + '"'


def _write(path: Path, header: list[str], rows) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(row) + "\n")
            n += 1
    return n


def _org_values(o: Organisation) -> dict:
    values = {f.name: getattr(o, f.name) for f in fields(Organisation)}
    values["name_lc"] = o.name.lower()
    values["inferred"] = json.dumps([i.to_dict() for i in o.inferred]) if o.inferred else None
    return values


def write_import_files(data: GraphData, folder: Path, version: int) -> tuple[list[str], dict]:
    """Write `data` as the admin tool's files in `folder`; return the tool's arguments for
    them and the counts written (nodes per label, relationships per type)."""
    folder = Path(folder)
    args, counts = [], {}
    q = lambda s: _cell(s, "string")   # noqa: E731 (a short local alias)

    def nodes(label, header, rows):
        path = folder / f"{label}.csv"
        counts[label] = _write(path, header, rows)
        args.append(f"--nodes={label}={path}")

    def rels(rel_type, name, header, rows):
        path = folder / f"{name}.csv"
        counts[name] = _write(path, header, rows)
        args.append(f"--relationships={rel_type}={path}")

    nodes("Service", ["code:ID(Service)", "label", "parent"],
          ([q(s.code), q(s.label), q(s.parent)] for s in data.services))
    nodes("Community", ["code:ID(Community)", "label", "parent"],
          ([q(c.code), q(c.label), q(c.parent)] for c in data.communities))
    nodes("Place", ["code:ID(Place)", "name", "kind", "parent"],
          ([q(p.code), q(p.name), q(p.kind), q(p.parent)] for p in data.places))
    nodes("Organisation", ["id:ID(Organisation)"] + [f"{k}:{t}" for k, t in _ORG_COLUMNS],
          ([q(o.id)] + [_cell(v[k], t) for k, t in _ORG_COLUMNS] for o in data.organisations
           for v in (_org_values(o),)))
    nodes("Meta", ["key", "value:long"], [[q("version"), str(int(version))]])
    rels("PART_OF", "PART_OF", [":START_ID(Place)", ":END_ID(Place)"],
         ([q(p.code), q(p.parent)] for p in data.places if p.parent))
    for rel_type, attr, space in (("PROVIDES", "services", "Service"), ("SERVES", "communities", "Community"),
                                  ("OPERATES_IN", "places", "Place")):
        rels(rel_type, rel_type, [":START_ID(Organisation)", f":END_ID({space})"],
             ([q(o.id), q(code)] for o in data.organisations for code in getattr(o, attr)))
    rels("TIE", "TIE", [":START_ID(Organisation)", ":END_ID(Organisation)"] + [f"{k}:{t}" for k, t in _TIE_COLUMNS],
         ([q(t.from_id), q(t.to_id)] + [_cell(getattr(t, k), kind) for k, kind in _TIE_COLUMNS]
          for t in sorted(data.ties, key=lambda t: t.from_id)))
    for target, space in (("community", "Community"), ("service", "Service")):
        rels("NEEDS", f"NEEDS_{space}", [":START_ID(Place)", f":END_ID({space})", "level:double", "source"],
             ([q(n.place), q(n.code), _cell(n.level, "double"), q(n.source)]
              for n in data.needs if n.target == target))
    args += ["--multiline-fields=true", "--array-delimiter=U+001F", "--bad-tolerance=0",
             "--skip-duplicate-nodes=false", "--skip-bad-relationships=false"]
    return args, counts


def _home_for(store, home) -> Path:
    """The home of the server behind `store`, checked: a server this script can stop and
    start again, listening on the store's own port (never some other server)."""
    if not home:
        raise BulkLoadError("--bulk needs the Neo4j server's home folder (--neo4j-home or NEO4J_HOME): the admin "
                            "import tool writes the database files there while the server is stopped")
    home = Path(home).resolve()
    try:
        state = json.loads((home / "state.json").read_text())
    except (OSError, ValueError):
        raise BulkLoadError(f"{home} is not the home of a server started by scripts/neo4j_local.py (no "
                            "state.json): --bulk can only stop and restart such a server; load through "
                            "transactions instead (without --bulk)") from None
    port = urlparse(store.url).port or 7687
    if int(state.get("bolt_port", -1)) != port:
        raise BulkLoadError(f"the server of {home} listens on port {state.get('bolt_port')}, but the store is "
                            f"{store.url}: give the home of the server you are loading into")
    return home


def check_bulk_target(store, home) -> tuple[Path, int]:
    """Raise BulkLoadError unless `store` is a Neo4j database with nothing in it (the
    version marker aside) whose server runs from `home`. Returns the home and the version."""
    if not hasattr(store, "_run_read") or not hasattr(store, "reconnect"):
        raise BulkLoadError("--bulk loads into Neo4j with its admin import tool; this store is not Neo4j")
    home = _home_for(store, home)

    def work(tx):
        rec = tx.run(_NON_EMPTY).single()
        version = tx.run("MATCH (m:Meta {key: 'version'}) RETURN m.value AS v").single()
        return (dict(rec) if rec else None), (int(version["v"]) if version else 0)

    found, version = store._run_read(work)
    if found:
        raise BulkLoadError(f"the database at {store.url} is not empty ({found['nodes']:,} nodes, e.g. "
                            f"{':'.join(found['labels'])}): --bulk only loads into an empty database, since the "
                            "admin import replaces it whole; load into this one without --bulk, or clear it first")
    return home, version


def bulk_load(store, data: GraphData, home=None) -> dict:
    """Load `data` into the empty Neo4j database of `store` with the admin import tool.

    Returns the same result as `store.load` (everything created) plus `bulk`: seconds per
    step and rows per second of the admin import.

    Raises
    ------
    BulkLoadError
        Not empty, no usable home, the tool failed, or the counts afterwards differ.
    ModelError
        A reference to a code or organisation that `data` does not hold.
    """
    from graph.stores.neo4j_store import load_result_from_created, load_rows

    home = home or os.environ.get("NEO4J_HOME")
    home, version = check_bulk_target(store, home)
    check_references(data, (), (), (), ())
    timings = {}
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bulk-import-", dir=home) as folder:
        tool_args, written = write_import_files(data, Path(folder), version + 1)
        timings["write_files_s"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(LAUNCHER), "bulk-import", "--home", str(home), "--json", "--",
                               *tool_args], capture_output=True, text=True, stdin=subprocess.DEVNULL)
        timings["stop_import_start_s"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    # The server restarted: its old connections are gone. Reconnecting creates our
    # constraints and indexes, which the server builds over the imported data there and
    # then (at 370,000 organisations 127 s of the bulk path's 292), so it counts as schema.
    store.reconnect()
    if proc.returncode != 0:
        lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
        raise BulkLoadError(lines[-1].removeprefix("neo4j_local: error: ") if lines else
                            f"the bulk import exited with status {proc.returncode}")
    outcome = json.loads(proc.stdout.strip().splitlines()[-1])
    timings["admin_import_s"] = outcome["import_seconds"]
    reported = _reported_import_seconds(outcome.get("log"))
    if reported is not None:     # the tool's own clock: its JVM's start and exit left out
        timings["admin_import_reported_s"] = reported
    store.ensure_schema(wait_seconds=600)
    timings["schema_s"] = time.perf_counter() - t2
    _check_counts(store, data)
    rows = load_rows(data)
    result = load_result_from_created(data, data.counts())
    result["bulk"] = {**{k: round(v, 2) for k, v in timings.items()}, "rows": rows,
                      "rows_per_s": round(rows / max(timings["admin_import_s"], 1e-9)),
                      "files": written, "log": outcome.get("log")}
    return result


def _reported_import_seconds(log_path) -> float | None:
    """The time the admin tool reports for the import itself ("IMPORT DONE in 1m 2s 3ms."),
    or None when its log says nothing of the kind."""
    try:
        text = Path(log_path).read_text(errors="replace") if log_path else ""
    except OSError:
        return None
    found = re.search(r"IMPORT DONE in ([0-9hms ]+)", text)
    if not found:
        return None
    units = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
    return round(sum(float(n) * units[u] for n, u in re.findall(r"(\d+)(ms|h|m|s)", found.group(1))), 3)


def _check_counts(store, data: GraphData) -> None:
    got = store.counts()
    want = data.counts()
    wrong = [f"{k}: {got.get(k)} stored, {want[k]} written" for k in ("organisations", "ties", "services",
                                                                        "communities", "places", "needs")
             if k in want and got.get(k) != want[k]]
    links = store._run_read(lambda tx: tx.run(
        "RETURN COUNT { (:Organisation)-[:PROVIDES]->() } AS s, COUNT { (:Organisation)-[:SERVES]->() } AS c, "
        "COUNT { (:Organisation)-[:OPERATES_IN]->() } AS p").single())
    for key, attr in (("s", "services"), ("c", "communities"), ("p", "places")):
        n = sum(len(getattr(o, attr)) for o in data.organisations)
        if links[key] != n:
            wrong.append(f"organisations' {attr} links: {links[key]} stored, {n} written")
    if wrong:
        raise BulkLoadError("the bulk import finished but the database does not hold what was written: "
                            + "; ".join(wrong))
