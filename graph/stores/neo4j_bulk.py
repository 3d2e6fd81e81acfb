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

import contextlib
import csv
import io
import itertools
import json
import math
import operator
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

from graph.gc_pause import gc_paused
from graph.model import ModelError
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
                ("name_lc", "string"), ("service_text", "string"), ("community_text", "string"))
_TIE_COLUMNS = (("kind", "string"), ("ref", "string"), ("form", "string"), ("strength", "double"),
                ("since", "string"), ("until", "string"), ("amount", "double"), ("currency", "string"),
                ("source", "string"))
_NON_EMPTY = ("MATCH (n) WHERE NOT n:Meta WITH n LIMIT 1 "
              "RETURN labels(n) AS labels, COUNT { MATCH (m) WHERE NOT m:Meta } AS nodes")


class BulkLoadError(StoreError):
    """The bulk path cannot load here (not empty, no reachable home, the tool failed)."""


class _Absent(float):
    """A missing value: an empty unquoted cell, which the admin tool reads as no property
    (as a null in the transactional path's SET). csv's QUOTE_NONNUMERIC quotes every string
    (so "" stays an empty string) and leaves numbers bare, written by their repr; a float
    whose repr is empty is the one way to have it write an empty cell unquoted."""

    def __repr__(self) -> str:
        return ""

    __str__ = __repr__


ABSENT = _Absent()
# Rows formatted per block by the csv module (in C), not cell by cell in Python: the block
# is checked for line breaks inside values in one pass.
_BLOCK_ROWS = 100_000


def _strings(values) -> list:
    return [ABSENT if v is None else v for v in values]


def _doubles(values) -> list:
    out = [ABSENT if v is None else float(v) for v in values]
    bad = next((v for v in out if v is not ABSENT and not math.isfinite(v)), None)
    if bad is not None:
        raise ModelError("value", f"{bad!r} cannot be stored")
    return out


def _string_lists(values) -> list:
    values = list(values)
    if ARRAY_DELIMITER in "".join(itertools.chain.from_iterable(values)):
        bad = next(v for parts in values for v in parts if ARRAY_DELIMITER in v)
        raise ModelError("value", f"{bad!r} holds a control character (\\x1f)")
    return [ARRAY_DELIMITER.join(v) for v in values]


_COLUMN = {"string": _strings, "double": _doubles, "string[]": _string_lists}


class _FileWriter:
    """Writes the admin tool's files into one folder and collects the tool's arguments.

    A value holding a line break needs the tool's multiline reading, which it documents as
    severely slower, so only rows holding one go to a second file of the same group
    (NAME-multiline.csv, no header: the group's files read as one) and only that file is
    named in --multiline-fields."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.args: list[str] = []
        self.counts: dict[str, int] = {}
        self.multiline: list[Path] = []

    def nodes(self, label: str, header: list[str], rows) -> None:
        self.args.append(f"--nodes={label}={self._write(label, header, rows)}")

    def relationships(self, rel_type: str, name: str, header: list[str], rows) -> None:
        self.args.append(f"--relationships={rel_type}={self._write(name, header, rows)}")

    def _write(self, name: str, header: list[str], rows) -> str:
        path, spill_path = self.folder / f"{name}.csv", self.folder / f"{name}-multiline.csv"
        buffer = io.StringIO()
        writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
        n, spill = 0, None
        rows = iter(rows)
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(",".join(header) + "\n")
            while block := list(itertools.islice(rows, _BLOCK_ROWS)):
                n += len(block)
                text = _formatted(writer, buffer, block)
                if text.count("\n") == len(block) and "\r" not in text:
                    out.write(text)
                    continue
                for row in block:       # some value holds a line break: find its rows
                    line = _formatted(writer, buffer, [row])
                    if line.count("\n") == 1 and "\r" not in line:
                        out.write(line)
                    else:
                        if spill is None:
                            spill = open(spill_path, "w", encoding="utf-8", newline="")
                        spill.write(line)
        self.counts[name] = n
        if spill is None:
            return str(path)
        spill.close()
        self.multiline.append(spill_path)
        return f"{path},{spill_path}"


def _formatted(writer, buffer: io.StringIO, rows) -> str:
    writer.writerows(rows)
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _organisation_columns(orgs, service_words: dict[str, str], community_words: dict[str, str]) -> list[list]:
    """The Organisation file's columns (id, then _ORG_COLUMNS), as the transactional path
    writes the properties (_org_row): name_lc, inferred as JSON, the searchable text."""
    plain = [k for k, _ in _ORG_COLUMNS if k not in _DERIVED_ORG_COLUMNS]
    values = dict(zip(["id"] + plain, map(list, zip(*map(operator.attrgetter("id", *plain), orgs))))) \
        if orgs else {k: [] for k in ["id"] + plain}
    values["name_lc"] = [name.lower() for name in values["name"]]
    values["inferred"] = [json.dumps([i.to_dict() for i in o.inferred]) if o.inferred else None for o in orgs]
    values["service_text"] = ["".join([service_words[c] for c in o.services]) for o in orgs]
    values["community_text"] = ["".join([community_words[c] for c in o.communities]) for o in orgs]
    return [_strings(values["id"])] + [_COLUMN[kind](values[k]) for k, kind in _ORG_COLUMNS]


_DERIVED_ORG_COLUMNS = ("name_lc", "inferred", "service_text", "community_text")


def _searchable_words(data: GraphData) -> tuple[dict[str, str], dict[str, str]]:
    """Each service's and community's words in an organisation's searchable text, as the
    transactional path's _ORG_TEXT writes them (a service after its family's label, each
    followed by a space). Written into the import files so the server need not compute them
    after the restart: at 50,000 organisations that took 80 of the bulk path's 224 s,
    every batch also updating the full-text index organisation by organisation."""
    services = {s.code: s for s in data.services}
    service_words = {code: (services[s.parent].label + " " if s.parent in services else "") + s.label + " "
                     for code, s in services.items()}
    community_words = {c.code: c.label + " " for c in data.communities}
    return service_words, community_words


def write_import_files(data: GraphData, folder: Path, version: int) -> tuple[list[str], dict]:
    """Write `data` as the admin tool's files in `folder`; return the tool's arguments for
    them and the counts written (nodes per label, relationships per type)."""
    # The columns and rows made here are millions of live objects; each automatic
    # collection would walk them and everything `data` holds (at 50,000 organisations,
    # 250,000 ties: 7 s instead of 3 with collections, measured). They hold no cycles.
    with gc_paused():
        return _write_import_files(data, folder, version)


def _write_import_files(data: GraphData, folder: Path, version: int) -> tuple[list[str], dict]:
    from graph.stores.neo4j_store import _TEXT_INDEX_VERSION as TEXT_INDEX_VERSION

    files = _FileWriter(folder)
    orgs = data.organisations
    files.nodes("Service", ["code:ID(Service)", "label", "parent"],
                ((s.code, s.label, s.parent) for s in data.services))
    files.nodes("Community", ["code:ID(Community)", "label", "parent"],
                ((c.code, c.label, c.parent) for c in data.communities))
    files.nodes("Place", ["code:ID(Place)", "name", "kind", "parent"],
                ((p.code, p.name, p.kind, p.parent) for p in data.places))
    files.nodes("Organisation", ["id:ID(Organisation)"] + [f"{k}:{t}" for k, t in _ORG_COLUMNS],
                zip(*_organisation_columns(orgs, *_searchable_words(data))))
    # The text_index marker says every organisation already has its searchable text
    # (Neo4jStore._index_text_once then has nothing to do).
    files.nodes("Meta", ["key", "value:long"], [("version", int(version)), ("text_index", int(TEXT_INDEX_VERSION))])
    files.relationships("PART_OF", "PART_OF", [":START_ID(Place)", ":END_ID(Place)"],
                        ((p.code, p.parent) for p in data.places if p.parent))
    for rel_type, attr, space in (("PROVIDES", "services", "Service"), ("SERVES", "communities", "Community"),
                                  ("OPERATES_IN", "places", "Place")):
        files.relationships(rel_type, rel_type, [":START_ID(Organisation)", f":END_ID({space})"],
                            ((o.id, code) for o in orgs for code in getattr(o, attr)))
    # In order of the first organisation, as the transactional path writes them.
    ties = sorted(data.ties, key=operator.attrgetter("from_id"))
    tie_columns = list(map(list, zip(*map(operator.attrgetter("from_id", "to_id", *(k for k, _ in _TIE_COLUMNS)),
                                          ties)))) if ties else [[] for _ in range(2 + len(_TIE_COLUMNS))]
    files.relationships("TIE", "TIE", [":START_ID(Organisation)", ":END_ID(Organisation)"]
                        + [f"{k}:{t}" for k, t in _TIE_COLUMNS],
                        zip(*[_strings(tie_columns[0]), _strings(tie_columns[1])]
                            + [_COLUMN[kind](col) for (_, kind), col in zip(_TIE_COLUMNS, tie_columns[2:])]))
    for target, space in (("community", "Community"), ("service", "Service")):
        needs = [n for n in data.needs if n.target == target]
        files.relationships("NEEDS", f"NEEDS_{space}", [":START_ID(Place)", f":END_ID({space})", "level:double",
                                                        "source"],
                            zip(_strings(n.place for n in needs), _strings(n.code for n in needs),
                                _doubles(n.level for n in needs), _strings(n.source for n in needs)))
    args = files.args + ["--array-delimiter=U+001F", "--bad-tolerance=0", "--skip-duplicate-nodes=false",
                         "--skip-bad-relationships=false"]
    if files.multiline:
        args += ["--multiline-fields-format=v2", "--multiline-fields=" + ",".join(map(str, files.multiline))]
    return args, files.counts


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
    timings = {}
    clock = _StepClock(timings)
    with clock("check_target_s"):
        home, version = check_bulk_target(store, home)
    with clock("check_references_s"):
        check_references(data, (), (), (), ())
    with tempfile.TemporaryDirectory(prefix="bulk-import-", dir=home) as folder:
        with clock("write_files_s"):
            tool_args, written = write_import_files(data, Path(folder), version + 1)
        with clock("stop_import_start_s"):
            proc = subprocess.run([sys.executable, str(LAUNCHER), "bulk-import", "--home", str(home), "--json",
                                   "--", *tool_args], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    # The server restarted: its old connections are gone. Reconnecting creates our
    # constraints and indexes, which the server builds over the imported data there and
    # then, so it counts as schema.
    with clock("schema_s"):
        store.reconnect()
        if proc.returncode != 0:
            lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
            raise BulkLoadError(lines[-1].removeprefix("neo4j_local: error: ") if lines else
                                f"the bulk import exited with status {proc.returncode}")
        store.ensure_schema(wait_seconds=600)
    outcome = json.loads(proc.stdout.strip().splitlines()[-1])
    timings["admin_import_s"] = outcome["import_seconds"]
    timings["server_stop_s"] = outcome.get("stop_seconds")
    timings["server_start_s"] = outcome.get("start_seconds")
    reported = _reported_import_seconds(outcome.get("log"))
    if reported is not None:     # the tool's own clock: its JVM's start and exit left out
        timings["admin_import_reported_s"] = reported
    with clock("check_counts_s"):
        _check_counts(store, data)
    rows = load_rows(data)
    result = load_result_from_created(data, data.counts())
    result["bulk"] = {**{k: round(v, 2) for k, v in timings.items() if v is not None}, "rows": rows,
                      "rows_per_s": round(rows / max(timings["admin_import_s"], 1e-9)),
                      "files": written, "log": outcome.get("log")}
    return result


class _StepClock:
    """`with clock("name_s"):` adds the seconds the block took to `timings["name_s"]`."""

    def __init__(self, timings: dict):
        self.timings = timings

    @contextlib.contextmanager
    def __call__(self, name: str):
        t = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - t


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
