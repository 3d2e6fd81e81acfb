"""The admin import tool's files written by the bulk path (graph/stores/neo4j_bulk.py),
read back as CSV, without a server: what the tool will read is checked here; that the
tool reads it into the transactional path's graph is tests/contract/test_neo4j_bulk.py."""
from __future__ import annotations

import csv
import dataclasses

import pytest

from graph.model import ModelError, Organisation
from graph.stores.base import GraphData
from graph.stores.neo4j_bulk import ARRAY_DELIMITER, write_import_files
from seed.demo import build_demo


def _rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def _demo_with(*orgs: Organisation) -> GraphData:
    demo = build_demo()
    return dataclasses.replace(demo, organisations=list(demo.organisations) + list(orgs))


def _by_id(folder, name="Organisation"):
    rows = _rows(folder / f"{name}.csv")
    header = [h.split(":")[0] for h in rows[0]]
    body = rows[1:]
    if (folder / f"{name}-multiline.csv").exists():
        body += _rows(folder / f"{name}-multiline.csv")
    return {r[0]: dict(zip(header, r)) for r in body}


def test_each_organisation_carries_its_searchable_text_and_the_marker_says_so(tmp_path):
    data = build_demo()
    services = {s.code: s for s in data.services}
    args, counts = write_import_files(data, tmp_path, version=7)
    written = _by_id(tmp_path)
    assert len(written) == counts["Organisation"] == len(data.organisations)
    for org in data.organisations[:50]:
        row = written[org.id]
        # The words _ORG_TEXT would write: each service after its family's label, each
        # community's label, every one followed by a space.
        want = "".join((services[services[c].parent].label + " " if services[c].parent in services else "")
                       + services[c].label + " " for c in org.services)
        assert row["service_text"] == want
        communities = {c.code: c.label for c in data.communities}
        assert row["community_text"] == "".join(communities[c] + " " for c in org.communities)
    with_family = next(o for o in data.organisations if any(services[c].parent in services for c in o.services))
    code = next(c for c in with_family.services if services[c].parent in services)
    assert services[services[code].parent].label + " " + services[code].label + " " in \
        written[with_family.id]["service_text"]
    # Neo4jStore._index_text_once finds the marker and leaves the server nothing to compute.
    assert _rows(tmp_path / "Meta.csv")[1:] == [["version", "7"], ["text_index", "1"]]


def test_only_rows_with_a_line_break_are_read_as_multiline(tmp_path):
    broken = Organisation(id="PM-LINES", name="Two Lines Trust", description="Line one,\nline two; \"quoted\"",
                          sector="vcse")
    carriage = Organisation(id="PM-CR", name="Carriage\rReturn Group", sector="vcse")
    args, counts = write_import_files(_demo_with(broken, carriage), tmp_path, version=1)
    main, spill = tmp_path / "Organisation.csv", tmp_path / "Organisation-multiline.csv"
    # One physical line per row in the main file; the two rows with line breaks in the other,
    # which is the only file the tool is told to read as multiline, in the same group.
    assert sum(1 for _ in open(main, encoding="utf-8", newline="")) == counts["Organisation"] - 2 + 1
    assert f"--nodes=Organisation={main},{spill}" in args
    assert "--multiline-fields-format=v2" in args and f"--multiline-fields={spill}" in args
    assert not any(a.startswith("--multiline-fields=") and "TIE" in a for a in args)
    written = _by_id(tmp_path)
    assert written["PM-LINES"]["description"] == "Line one,\nline two; \"quoted\""
    assert written["PM-CR"]["name"] == "Carriage\rReturn Group"
    assert len(written) == counts["Organisation"]


def test_no_multiline_reading_without_line_breaks(tmp_path):
    args, _ = write_import_files(build_demo(), tmp_path, version=1)
    assert not any(a.startswith("--multiline") for a in args)
    assert not list(tmp_path.glob("*-multiline.csv"))


def test_missing_values_are_empty_cells_and_empty_strings_stay_quoted(tmp_path):
    org = Organisation(id="PM-EMPTY", name="Empty Fields Group", sector="vcse", legal_form="",
                       led_by=("user_led", "disabled_led"))
    write_import_files(_demo_with(org), tmp_path, version=1)
    line = next(ln for ln in open(tmp_path / "Organisation.csv", encoding="utf-8") if ln.startswith('"PM-EMPTY"'))
    header = open(tmp_path / "Organisation.csv", encoding="utf-8").readline().rstrip("\n").split(",")
    cells = dict(zip([h.split(":")[0] for h in header], next(csv.reader([line]))))
    raw = dict(zip([h.split(":")[0] for h in header], line.rstrip("\n").split(",")))
    assert raw["income"] == "" and raw["lat"] == "" and raw["inferred"] == ""     # no property
    assert raw["legal_form"] == '""'                                                # an empty string
    assert cells["led_by"].split(ARRAY_DELIMITER) == ["user_led", "disabled_led"]


def test_a_value_the_tool_cannot_read_is_refused(tmp_path):
    bad = Organisation(id="PM-BAD", name="Bad Id List", sector="vcse", registered_ids=("GB-CHC-1\x1f2",))
    with pytest.raises(ModelError, match="control character"):
        write_import_files(_demo_with(bad), tmp_path, version=1)
