"""Exporters: the graph out to the tools people use (Gephi, Kumu, spreadsheets, scripts).

Use :func:`export` from the CLI and the web layer alike::

    from graph.exporters import export, FORMATS
    export(store, "graphml", "ecosystem.graphml", place="E06000023")

Formats (`FORMATS[name]` gives extension, MIME type and a one-line description):

* ``csv``     partnermap CSV (graph/importers/CSV_FORMAT.md): a folder, or a ZIP when
              written to a file object or a path ending .zip; round-trips exactly.
* ``json``    every record as JSON, the same fields as the model.
* ``graphml`` organisations as nodes, ties as edges, typed attributes (Gephi, yEd, networkx).
* ``gexf``    the same for Gephi's native format.
* ``kumu``    a Kumu JSON blueprint: {"elements": [...], "connections": [...]}.

List fields (services, places...) are joined with ';' in graph formats, which have no
list type. ``place`` restricts the export to organisations in that place or any place
inside it, and the ties among them.
"""
from __future__ import annotations

from dataclasses import dataclass

from graph.stores.base import GraphData

__all__ = ["export", "FORMATS", "ExportFormat", "ExportError", "select"]


class ExportError(ValueError):
    pass


@dataclass(frozen=True)
class ExportFormat:
    name: str
    extension: str
    mimetype: str
    description: str
    directory: bool = False      # True when a path without .zip means a folder of files


FORMATS: dict[str, ExportFormat] = {
    "csv": ExportFormat("csv", ".zip", "application/zip",
                        "partnermap CSV files (a folder, or a ZIP of them)", directory=True),
    "json": ExportFormat("json", ".json", "application/json", "all records as JSON"),
    "graphml": ExportFormat("graphml", ".graphml", "application/graphml+xml", "GraphML for Gephi, yEd, networkx"),
    "gexf": ExportFormat("gexf", ".gexf", "application/gexf+xml", "GEXF for Gephi"),
    "kumu": ExportFormat("kumu", ".json", "application/json", "Kumu JSON blueprint (elements and connections)"),
}


def select(store_or_snapshot, place: str | None = None) -> GraphData:
    """The records to export: everything, or one place's organisations and their ties.

    Accepts a GraphStore, a Snapshot or a GraphData. Taxonomies (services, communities,
    places) are always exported whole so codes in the records resolve; needs are limited
    to the place and the places inside it.
    """
    from graph.snapshot import Snapshot

    if isinstance(store_or_snapshot, GraphData):
        snap = Snapshot.from_data(store_or_snapshot)
    elif isinstance(store_or_snapshot, Snapshot):
        snap = store_or_snapshot
    else:
        snap = store_or_snapshot.snapshot()
    if place:
        if place not in snap.place_index:
            raise ExportError(f"unknown place {place!r}")
        snap = snap.subgraph_for_place(place, lens="all")
    return GraphData(organisations=list(snap.orgs), ties=list(snap.ties), services=list(snap.services),
                     communities=list(snap.communities), places=list(snap.places), needs=list(snap.needs),
                     version=snap.version)


def export(store_or_snapshot, fmt: str, out, place: str | None = None) -> dict:
    """Write the graph (or one place of it) in `fmt` to `out`.

    Parameters
    ----------
    store_or_snapshot : GraphStore, Snapshot or GraphData
    fmt : str
        One of FORMATS.
    out : path or binary file object
        A path to write, or a binary file-like (a web response buffer). For ``csv`` a path
        not ending in .zip is a folder to fill with the CSV files.
    place : str, optional
        Place code: only organisations operating there (or inside it) and their ties.

    Returns
    -------
    dict
        {"ok": True, "format", "organisations", "ties", "path"?}
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    data = select(store_or_snapshot, place)
    from graph.exporters import csv_format, graph_formats, json_format, kumu
    writer = {"csv": csv_format.write, "json": json_format.write, "graphml": graph_formats.write_graphml,
              "gexf": graph_formats.write_gexf, "kumu": kumu.write}[fmt]
    writer(data, out)
    result = {"ok": True, "format": fmt, "place": place, "organisations": len(data.organisations),
              "ties": len(data.ties)}
    if not hasattr(out, "write"):
        result["path"] = str(out)
    return result
