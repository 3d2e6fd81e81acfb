"""Exports read back with networkx (GraphML, GEXF) and json (Kumu, JSON): every
organisation, tie and attribute is there, typed; --place keeps one area's part."""
from __future__ import annotations

import io
import json

import networkx as nx
import pytest

from graph.exporters import FORMATS, ExportError, export
from graph.exporters.graph_formats import EDGE_FIELDS, NODE_FIELDS
from graph.importers.csv_format import join_list
from graph.model import Organisation, Place, Service, Tie
from graph.stores.base import GraphData


@pytest.fixture
def graph_store(store):
    store.load(GraphData(
        services=[Service("health", "Health"), Service("advice", "Advice")],
        places=[Place("E06000023", "Bristol, City of"), Place("BRS:easton", "Easton", "ward", "E06000023"),
                Place("E06000032", "Luton")],
        organisations=[
            Organisation("GB-CHC-1", "Easton Centre", income=45000.5, led_by=("women_led", "user_led"),
                         registered_ids=("GB-CHC-1",), lat=51.46, lon=-2.56, services=("advice", "health"),
                         places=("BRS:easton",), updated_at="2024-01-01T00:00:00+00:00"),
            Organisation("PM-2", "Bristol Funder", sector="funder", places=("E06000023",)),
            Organisation("PM-3", "Luton Group", places=("E06000032",)),
            Organisation("PM-4", "Luton Group", places=("E06000032",)),
        ],
        ties=[Tie("PM-2", "GB-CHC-1", "funding", amount=5000, currency="GBP", since="2023-01-01", ref="G1"),
              Tie("PM-2", "GB-CHC-1", "funding", amount=7000, currency="GBP", since="2024-01-01", ref="G2"),
              Tie("GB-CHC-1", "PM-3", "referral", strength=2.5),
              Tie("PM-3", "PM-4", "partnership", form="informal_alliance")]))
    return store


def _expected_node(o: Organisation) -> dict:
    out = {}
    for name in NODE_FIELDS:
        v = getattr(o, name)
        if v is None:
            continue
        out[name] = join_list(v) if isinstance(v, tuple) else v
    return out


def _expected_edge(t: Tie) -> dict:
    return {name: getattr(t, name) for name in EDGE_FIELDS if getattr(t, name) is not None}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_formats_hold_every_organisation_tie_and_attribute(graph_store, tmp_path, fmt):
    path = tmp_path / f"out.{fmt}"
    result = export(graph_store, fmt, path)
    assert result == {"ok": True, "format": fmt, "place": None, "organisations": 4, "ties": 4, "path": str(path)}
    g = nx.read_graphml(path, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(path)
    data = graph_store.read_all()
    assert set(g.nodes) == {o.id for o in data.organisations}
    for o in data.organisations:
        attrs = {k: v for k, v in g.nodes[o.id].items() if k in NODE_FIELDS}
        assert attrs == _expected_node(o)
    assert isinstance(g.nodes["GB-CHC-1"]["income"], float)          # typed, not text
    edges = [(u, v, d) for u, v, d in g.edges(data=True)]
    assert len(edges) == 4
    got = sorted(({k: d[k] for k in EDGE_FIELDS if k in d} | {"from": u, "to": v} for u, v, d in edges),
                 key=lambda d: (d["from"], d["to"], d["ref"]))
    want = sorted((_expected_edge(t) | {"from": t.from_id, "to": t.to_id} for t in data.ties),
                  key=lambda d: (d["from"], d["to"], d["ref"]))
    assert got == want


def test_place_restricts_to_organisations_inside_and_ties_among_them(graph_store, tmp_path):
    result = export(graph_store, "graphml", tmp_path / "bristol.graphml", place="E06000023")
    assert (result["organisations"], result["ties"]) == (2, 2)
    g = nx.read_graphml(tmp_path / "bristol.graphml", force_multigraph=True)
    assert set(g.nodes) == {"GB-CHC-1", "PM-2"}                 # the ward's org is inside Bristol
    assert {d["ref"] for _, _, d in g.edges(data=True)} == {"G1", "G2"}   # the referral to Luton is out
    with pytest.raises(ExportError, match="unknown place 'NOPE'"):
        export(graph_store, "json", tmp_path / "x.json", place="NOPE")


def test_kumu_blueprint(graph_store, tmp_path):
    export(graph_store, "kumu", tmp_path / "k.json")
    doc = json.loads((tmp_path / "k.json").read_text())
    labels = {e["id"]: e["label"] for e in doc["elements"]}
    # Kumu joins connections by label, so the two "Luton Group"s must differ.
    assert labels["PM-3"] == "Luton Group (PM-3)" and labels["PM-4"] == "Luton Group (PM-4)"
    assert len(set(labels.values())) == 4
    centre = next(e for e in doc["elements"] if e["id"] == "GB-CHC-1")
    assert centre["income"] == 45000.5 and centre["services"] == ["advice", "health"]
    assert centre["led by"] == ["women_led", "user_led"]
    conns = {(c["from"], c["to"], c["ref"]): c for c in doc["connections"]}
    assert conns[("Bristol Funder", "Easton Centre", "G2")]["amount"] == 7000
    assert conns[("Luton Group (PM-3)", "Luton Group (PM-4)", "")]["direction"] == "mutual"
    assert conns[("Easton Centre", "Luton Group (PM-3)", "")]["direction"] == "directed"


def test_json_export_to_a_file_object(graph_store):
    buf = io.BytesIO()
    export(graph_store.snapshot(), "json", buf)
    doc = json.loads(buf.getvalue())
    assert [o["id"] for o in doc["organisations"]] == ["GB-CHC-1", "PM-2", "PM-3", "PM-4"]
    assert doc["organisations"][0] == graph_store.get_organisation("GB-CHC-1").to_dict()
    assert len(doc["ties"]) == 4 and {p["code"] for p in doc["places"]} == {"E06000023", "BRS:easton", "E06000032"}


def test_formats_table():
    assert set(FORMATS) == {"csv", "json", "graphml", "gexf", "kumu"}
    assert FORMATS["graphml"].mimetype == "application/graphml+xml" and FORMATS["gexf"].extension == ".gexf"
    with pytest.raises(ExportError):
        export(GraphData(), "pdf", "x.pdf")


# ---- hostile values: formulas in CSV, non-finite numbers ----------------------------------------

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
            "\tleading tab", "\rleading CR", "'=already quoted"]


def test_csv_export_neutralises_formula_cells_and_reads_back_exactly(store, fresh_store, tmp_path):
    import csv

    from graph.importers.csv_format import import_csv
    orgs = [Organisation(f"PM-F{i}", f"Group {i}", description=text) for i, text in enumerate(FORMULAS)]
    orgs.append(Organisation("PM-NAME", "=1+1 Club", lon=-2.59, lat=51.45))
    store.load(GraphData(organisations=orgs))
    export(store, "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "organisations.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        for column, cell in row.items():
            if cell and cell[0] in "=+-@\t\r":
                # Only a plain number may start with a sign (a longitude).
                float(cell)
                assert column in ("lat", "lon"), (column, cell)
    by_id = {r["id"]: r for r in rows}
    assert by_id["PM-F0"]["description"] == "'" + FORMULAS[0]
    assert by_id["PM-NAME"]["name"] == "'=1+1 Club" and by_id["PM-NAME"]["lon"] == "-2.59"
    report = import_csv(fresh_store, tmp_path / "csv")
    assert report.ok, [str(e) for e in report.errors]
    assert fresh_store.read_all().organisations == store.read_all().organisations


def test_import_error_report_neutralises_formulas():
    from graph.importers.report import ImportReport
    report = ImportReport("upload")
    report.error("organisations.csv", 2, "=cmd|' /C calc'!A0", "@bad value")
    lines = report.errors_csv().splitlines()
    assert lines[1].split(",")[3].startswith("'=") and "'@bad value" in lines[1]


@pytest.mark.parametrize("fmt", ["json", "kumu", "graphml", "csv"])
def test_exports_of_a_store_holding_infinite_numbers_still_work(store, tmp_path, fmt):
    """A store written before non-finite amounts were refused: its exports must not fail."""
    import sqlite3
    store.load(GraphData(organisations=[Organisation("PM-A", "A", income=10), Organisation("PM-B", "B")],
                         ties=[Tie("PM-A", "PM-B", "funding", amount=5)]))
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE organisations SET income = ?", (float("inf"),))
        db.execute("UPDATE ties SET amount = ?", (float("inf"),))
        db.execute("UPDATE meta SET value = value + 1 WHERE key = 'version'")
    out = tmp_path / f"export.{fmt}"
    export(store, fmt, out)
    if fmt in ("json", "kumu"):
        text = out.read_text()
        assert "Infinity" not in text and json.loads(text)
