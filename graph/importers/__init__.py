"""Importers: outside data into the graph, validated row by row and written atomically.

One entry point for the CLI and the web data page::

    from graph.importers import run_import, FORMATS
    report = run_import(store, "360giving", "grants.json")          # a path...
    report = run_import(store, "csv", {"organisations.csv": upload}) # ...or uploaded files
    report.ok, report.to_dict()["errors"]                           # row-level problems

Formats (`FORMATS[name]` describes each, with the file types it accepts):

* ``csv``        partnermap's own CSV format (CSV_FORMAT.md); round-trips with export
* ``360giving``  360Giving grants: JSON data packages, flat CSV/XLSX
* ``hsds``       Open Referral / HSDS: CSV folder, datapackage.json, API JSON dumps
* ``ccew``, ``ccni``, ``oscr``  charity register extracts
* ``need``       recorded need: our need CSV or the English Indices of Deprivation (NEED_FORMAT.md)
* ``boundaries`` place outlines: GeoJSON polygons (graph/importers/boundaries.py)
* ``network``    a network as published: an edge list (CSV, TSV, text; SNAP and KONECT
  files) or a GraphML, GEXF, GML or Pajek file (graph/importers/network.py)

Every importer returns an :class:`ImportReport` (created / updated / unchanged counts,
skipped rows with reasons, errors and warnings as file:row:field: reason, name-only
likenesses for review, merges by registered id). Rules shared by all of them:

* validate everything first, then one ``store.load`` of the good rows (a bad row costs only
  itself and is listed in ``errors``; ``strict=True`` writes nothing when any row is bad), and
  a failed load leaves the store exactly as it was;
* re-importing the same input changes nothing (records compare equal, nothing rewritten);
* organisations merge only on a shared registered identifier (GB-CHC-, GB-COH-, GB-NIC-,
  GB-SC-, ...); similar names are flagged for review, never merged.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from graph.importers.csv_format import import_csv
from graph.importers.report import ImportReport, RowIssue, strict_imports

__all__ = ["run_import", "import_csv", "explain_empty", "FORMATS", "ImportFormat", "ImportReport", "RowIssue"]


@dataclass(frozen=True)
class ImportFormat:
    name: str
    description: str
    extensions: tuple[str, ...]
    mimetypes: tuple[str, ...]


FORMATS: dict[str, ImportFormat] = {
    "csv": ImportFormat("csv", "partnermap CSV files (organisations.csv, ties.csv, ...)",
                        (".csv",), ("text/csv",)),
    "360giving": ImportFormat("360giving", "360Giving grants (JSON data package, CSV or XLSX)",
                              (".json", ".jsonl", ".csv", ".xlsx"),
                              ("application/json", "text/csv",
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    "hsds": ImportFormat("hsds", "Open Referral / HSDS (CSV files, datapackage.json, API JSON)",
                         (".csv", ".json"), ("text/csv", "application/json")),
    "ccew": ImportFormat("ccew", "Charity Commission (England and Wales) register extract",
                         (".json", ".txt", ".csv"), ("application/json", "text/plain", "text/csv")),
    "ccni": ImportFormat("ccni", "Charity Commission for Northern Ireland register CSV", (".csv",), ("text/csv",)),
    "oscr": ImportFormat("oscr", "Scottish Charity Regulator register CSV", (".csv",), ("text/csv",)),
    "boundaries": ImportFormat("boundaries", "Place boundaries: GeoJSON polygons in longitude and latitude, one "
                                             "feature per place (its code in a 'code' property or an ONS column "
                                             "such as LAD23CD)", (".geojson", ".json"),
                               ("application/geo+json", "application/json")),
    "network": ImportFormat("network", "A network: an edge list (CSV, TSV or text, one tie a line, perhaps dated), "
                                       "an adjacency matrix, or a GraphML, GEXF, GML, Pajek, UCINET DL, JSON "
                                       "(node-link, Cytoscape, Kumu) or XLSX file; optionally a nodes table",
                            (".csv", ".tsv", ".txt", ".edges", ".graphml", ".gexf", ".gml", ".net", ".paj", ".dl",
                             ".json", ".xlsx"),
                            ("text/csv", "text/plain", "application/xml", "application/json",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    "need": ImportFormat("need", "Need: our need CSV or the English Indices of Deprivation (LSOA or local "
                                 "authority file)", (".csv", ".xlsx"),
                         ("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
}


def run_import(store, fmt: str, path_or_files, *, dry_run: bool = False, skip_bad: bool | None = None,
               strict: bool = False, progress: Callable[[int], None] | None = None,
               bulk: dict | None = None, kind: str | None = None) -> ImportReport:
    """Import `path_or_files` in format `fmt` into `store`.

    Parameters
    ----------
    store : GraphStore
    fmt : str
        One of FORMATS ('csv', '360giving', 'hsds', 'ccew', 'ccni', 'oscr').
    path_or_files : str, Path or mapping
        A file or folder path, or {file name: bytes / file object} from an upload form.
    dry_run : bool
        Validate and report what would change; write nothing.
    skip_bad : bool, optional
        Write the good rows even when some are bad (the bad ones stay in `errors`). By
        default yes, unless `strict`: a good row is never lost because another is bad.
    strict : bool
        All or nothing: treat a bad value in an optional field (negative income, latitude
        100, an unreadable date...) as an error, and write nothing when any row has one.
        By default the value is dropped, the row kept, and a warning lists
        file:row:field: reason.
    progress : callable, optional
        Called with a number of rows just read, for a progress bar.
    bulk : dict, optional
        csv only: {"home": the Neo4j server's home} loads into an empty Neo4j with
        `neo4j-admin database import full` (graph/stores/neo4j_bulk.py); same checks and report.
    kind : str, optional
        network only: the kind of every tie whose line names none (default partnership).

    Returns
    -------
    ImportReport

    Raises
    ------
    ValueError
        For an unknown format. Problems with the input itself never raise: they are
        reported in the ImportReport.
    """
    if skip_bad is None:
        skip_bad = not strict
    kwargs = {"dry_run": dry_run, "skip_bad": skip_bad, "progress": progress}
    if bulk is not None:
        if fmt != "csv":
            raise ValueError(f"a bulk load takes our CSV format, not {fmt!r}")
        kwargs["bulk"] = bulk
    if kind is not None:
        if fmt != "network":
            raise ValueError(f"a default tie kind is for network files, not {fmt!r}")
        kwargs["kind"] = kind
    with strict_imports(strict):
        return _run_import(store, fmt, path_or_files, kwargs)


def _run_import(store, fmt, path_or_files, kwargs) -> ImportReport:
    if fmt == "csv":
        report = import_csv(store, path_or_files, **kwargs)
    elif fmt == "360giving":
        from graph.importers.threesixty import import_360giving
        report = import_360giving(store, path_or_files, **kwargs)
    elif fmt == "hsds":
        from graph.importers.hsds import import_hsds
        report = import_hsds(store, path_or_files, **kwargs)
    elif fmt == "need":
        from graph.importers.need import import_need
        report = import_need(store, path_or_files, **kwargs)
    elif fmt == "network":
        from graph.importers.network import import_network
        report = import_network(store, path_or_files, **kwargs)
    elif fmt == "boundaries":
        from graph.importers.boundaries import import_boundaries
        report = import_boundaries(store, path_or_files, **kwargs)
    elif fmt in ("ccew", "ccni", "oscr"):
        from graph.importers.registers import import_register
        report = import_register(store, fmt, path_or_files, **kwargs)
    else:
        raise ValueError(f"unknown import format {fmt!r}: use one of {', '.join(FORMATS)}")
    explain_empty(report)
    return report


def explain_empty(report: ImportReport) -> None:
    """An import from which nothing lands (nothing created, updated or already stored) is a
    failure, not a quiet success: one error per reason the rows were dropped, so the CLI
    exits non-zero and the web page says why. Errors already recorded say why themselves."""
    landed = any(sum(c.values()) for c in (report.created, report.updated, report.unchanged))
    if landed or report.errors:
        return
    if not report.rows_read:
        report.error(report.source, 0, "", "nothing imported: the input holds no records")
        return
    for reason, n in report.skipped_by_reason().items():
        report.error(report.source, 0, "", f"nothing imported: {n} of {report.rows_read} rows skipped "
                                           f"({reason})")
    if not report.skipped:
        report.error(report.source, 0, "", f"nothing imported: none of the {report.rows_read} rows "
                                           "gave an organisation or a tie")
