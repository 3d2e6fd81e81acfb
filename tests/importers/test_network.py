"""`partnermap import network`: networks in the shapes they are published in (edge lists with
and without headers, SNAP and KONECT text, GraphML, GEXF, GML, Pajek), odd lines costing only
themselves, and a real GraphML file read through its irregularities."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.importers import run_import
from graph.importers.network import read_date, sniff_format
from graph.model import org_id_for_identifier
from graph.snapshot import Snapshot

NETWORKS = Path(__file__).resolve().parents[1] / "data" / "networks"
REALWORLD = Path(__file__).resolve().parents[1] / "data" / "realworld"


def _ties(store):
    snap = Snapshot.from_data(store.read_all())
    return {(min(t.from_id, t.to_id), max(t.from_id, t.to_id), t.kind): t for t in snap.ties}, snap


def _id(text):
    return org_id_for_identifier(text)


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def test_a_headerless_snap_file_with_unix_times(tmp_path, store):
    path = _write(tmp_path, "edges.txt", "# Directed graph: example\n# FromNodeId\tToNodeId\tTime\n"
                                         "0 1 1262304000\n1 2 1293840000\n\n2 0 1325376000\n")
    report = run_import(store, "network", path)
    assert report.ok, report.to_dict()
    ties, snap = _ties(store)
    assert len(snap.orgs) == 3 and len(ties) == 3
    # Node "0" is a node, not a placeholder; the times are dates (UTC).
    assert {o.id for o in snap.orgs} == {"0", "1", "2"}
    assert ties[("0", "1", "partnership")].since == "2010-01-01"
    assert ties[("0", "2", "partnership")].since == "2012-01-01"


def test_quoted_names_padded_with_spaces_are_read_without_the_padding(tmp_path, store):
    """Hand-made edge lists pad quoted names (`a, "b, c"` and `"a" ,b`). Read strictly, the
    first split "Age UK, Luton" in two and the second kept its quotes: wrong organisations
    and undated ties."""
    path = _write(tmp_path, "edges.csv", 'source, target, year\n"Age UK, Luton" , "Luton Foodbank", 2019\n'
                                         '"Mind" ,"Age UK, Luton",2020\n')
    report = run_import(store, "network", path)
    assert report.ok and not report.warnings, report.to_dict()
    ties, snap = _ties(store)
    assert sorted(o.name for o in snap.orgs) == ["Age UK, Luton", "Luton Foodbank", "Mind"]
    assert sorted(t.since for t in ties.values()) == ["2019", "2020"]


def test_end_columns_named_by_a_word_of_their_name(tmp_path, store):
    """The shapes of two real exports seen on the Delta Science Tracker's collaboration data
    (ucdavisdatalab/workshop_network_viz, not copied here: CC BY-NC-SA): its XLSX's
    "Connection From" / "Connection To" / "Number of Common Projects" was refused whole
    ("no sheet has a header naming two ends"), and an R edge list's "from_org_id" /
    "to_org_id" header was read as a tie between two organisations of those names."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.active.title = "Exported data"
    for r in (["Connection From", "Connection To", "Number of Common Projects", "Links to Common Projects"],
              ["Anchor QEA", "SFSU", 1, "https://example.org/node/49780"],
              ["SFSU", "USFWS", 4, "https://example.org/node/49780"]):
        wb.active.append(r)
    path = tmp_path / "collaborations.xlsx"
    wb.save(path)
    report = run_import(store, "network", path)
    assert report.ok, report.to_dict()
    ties, snap = _ties(store)
    assert sorted(o.name for o in snap.orgs) == ["Anchor QEA", "SFSU", "USFWS"]
    assert ties[tuple(sorted((_id("SFSU"), _id("USFWS")))) + ("partnership",)].strength == 4
    assert "Number of Common Projects: read as the tie's weight" in "\n".join(map(str, report.warnings))

    path = _write(tmp_path, "edgelist_onemode.csv", '"from_org_id","to_org_id","Y1995_2009"\n"49590","49709",TRUE\n')
    report = run_import(store, "network", path)
    assert report.ok
    assert store.get_organisation(_id("from_org_id")) is None
    assert report.created["ties"] == 1


@pytest.mark.parametrize("header", [["Giving Organisation", "Receiving Organisation", "Year"],
                                    ["Referring agency", "Referred to", "Date"], ["Donors", "Recipients"]])
def test_ends_named_by_giving_receiving_and_referring_words(header):
    from graph.importers.network import _header_roles
    roles = _header_roles(header)
    assert roles is not None and (roles[0], roles[1]) == ("source", "target")


def test_a_date_column_is_not_taken_for_an_end():
    from graph.importers.network import _header_roles
    assert _header_roles(["Partner From", "Partner To", "Date From", "Date To"]) == {0: "source", 1: "target"}
    assert _header_roles(["Name", "Valid From", "Valid To"]) is None


def test_the_node_table_sharing_most_words_of_the_edge_lists_name_is_read_beside_it(tmp_path, store):
    """edgelist_onemode_projected.csv beside nodelist_onemode.csv and nodelist_twomode.csv,
    as the Delta Science Tracker workshop publishes them: the one-mode table names the nodes."""
    _write(tmp_path, "nodelist_onemode.csv", "id,name,org_type\n1,Anchor QEA,Consultant\n2,USFWS,Federal Government\n"
                                             "3,Point Blue,NGO\n")
    _write(tmp_path, "nodelist_twomode.csv", "id,name\n1,Project one\n2,Project two\n")
    path = _write(tmp_path, "edgelist_onemode_projected.csv", "from_org_id,to_org_id\n1,2\n2,3\n")
    report = run_import(store, "network", path)
    assert report.ok and not report.warnings, report.to_dict()
    sectors = {o.name: o.sector for o in store.read_all().organisations}
    assert sectors == {"Anchor QEA": "private", "USFWS": "statutory", "Point Blue": "vcse"}


def test_an_affiliation_list_ties_the_organisations_that_share_a_project(tmp_path, store):
    """A two-mode edge list (org_id, project_id), as the Delta Science Tracker workshop
    publishes one beside a node table holding both organisations and projects. Before, every
    project became an organisation and the header a tie. Read now as organisations tied by
    the projects they share; on the real file this gave 514 ties with weights up to 26, as
    the publisher's own projection ("Number of Common Projects", 518 rows) has."""
    _write(tmp_path, "nodelist_twomode.csv", "id,name,org_type,startdate\n1,Anchor QEA,Consultant,\n"
                                             "2,USFWS,Federal Government,\n3,Point Blue,NGO,\n4,Lone Org,NGO,\n"
                                             "50,Delta smelt survey,,2008\n51,Tidal wetlands study,,2015\n")
    path = _write(tmp_path, "edgelist_twomode.csv", "org_id,project_id,joined\n1,50,2008\n2,50,2010\n3,50,\n"
                                                    "1,51,2016\n2,51,2015\n4,52,2019\n")
    report = run_import(store, "network", path)
    assert report.ok, report.to_dict()
    ties, snap = _ties(store)
    assert sorted(o.name for o in snap.orgs) == ["Anchor QEA", "Lone Org", "Point Blue", "USFWS"]
    pair = ties[(_id("1"), _id("2"), "partnership")]
    assert pair.since == "2010" and pair.strength == 2       # shared two projects; both in 50 from 2010
    # Point Blue's line is undated: it takes its project's start, 2008, from the node table
    assert ties[(_id("1"), _id("3"), "partnership")].since == "2008"
    assert len(ties) == 3
    assert any("read as an affiliation list" in str(w) for w in report.warnings)


def test_undated_memberships_take_their_projects_start_from_the_node_table(tmp_path, store):
    """The Delta Science Tracker's two-mode list dates nothing itself; its node table gives
    each project's start year ('NA' for organisations), which dates the ties: the network
    can then be evaluated on a time split."""
    _write(tmp_path, "nodelist_twomode.csv", "id,name,startdate,mode\n1,Anchor QEA,NA,1\n2,USFWS,NA,1\n"
                                             "3,Point Blue,NA,1\n50,Smelt survey,2008,0\n51,Wetlands study,NA,0\n"
                                             "52,Old monitoring,1995,0\n")
    path = _write(tmp_path, "edgelist_twomode.csv", "org_id,project_id\n1,50\n2,50\n1,52\n2,52\n2,51\n3,51\n")
    report = run_import(store, "network", path)
    assert report.ok, report.to_dict()
    ties, _ = _ties(store)
    assert ties[(_id("1"), _id("2"), "partnership")].since == "1995"      # the earlier of two shared projects
    assert ties[(_id("2"), _id("3"), "partnership")].since == ""          # their project's start is 'NA'
    assert not [w for w in report.warnings if "date" in w.reason]


def test_an_affiliation_too_large_to_be_a_working_tie_is_not_projected(tmp_path, store, monkeypatch):
    from graph.importers import limits
    monkeypatch.setattr(limits, "MAX_AFFILIATION_MEMBERS", 3)
    lines = "".join(f"Org {i},Big forum\n" for i in range(5)) + "Org 0,Small board\nOrg 1,Small board\n"
    report = run_import(store, "network", _write(tmp_path, "m.csv", "organisation,forum\n" + lines))
    assert report.ok
    ties, snap = _ties(store)
    assert len(snap.orgs) == 5 and list(ties) == [(_id("Org 0"), _id("Org 1"), "network")]
    assert any("'Big forum' has 5 members" in str(w) for w in report.warnings)


def test_a_konect_file_weight_then_time(tmp_path, store):
    path = _write(tmp_path, "out.example", "% sym positive\n% 4 3 3\n1 2 1 946684800\n2 3 4 978307200\n"
                                           "3 4 1 1009843200\n")
    report = run_import(store, "network", path)
    assert report.ok, report.to_dict()
    ties, _ = _ties(store)
    assert ties[("2", "3", "partnership")].since == "2001-01-01"
    assert ties[("2", "3", "partnership")].strength == 4


def test_odd_lines_cost_only_themselves(tmp_path, store):
    """A header by other names, a stray cp1252 byte, an unreadable date, a self-loop, a line
    with one end, a blank end, a repeated pair, kinds in others' words, a weight that is not
    a positive number: every good line lands, each odd one is named by its line and column."""
    body = ("Organisation A,Organisation B,Start date,Relationship,Weight\n"    # not our column names
            "Alpha Trust,Beta CIC,2019-03,Partners,2\n"
            "Beta CIC,Gamma Group,sometime in spring,refers to,1\n"             # row 3: bad date
            "Gamma Group,Gamma Group,2020,partnership,1\n"                     # row 4: a loop
            "Delta Caf\x00\xe9,,2020,partnership,1\n"                         # row 5: one end
            ",,2020,,\n"                                                       # row 6: no end
            "Beta CIC,Alpha Trust,2017,collaborates with,3\n"                  # row 7: repeated, earlier
            "Alpha Trust,Epsilon,2021-05-02,funded by,-4\n")                   # row 8: negative weight
    raw = body.encode("utf-8").replace("\x00\xe9".encode("utf-8"), b"\xe9")    # a cp1252 byte in UTF-8
    report = run_import(store, "network", _write(tmp_path, "links.csv", raw))
    assert not report.errors, report.to_dict()["errors"]
    ties, snap = _ties(store)
    names = {o.name for o in snap.orgs}
    assert names == {"Alpha Trust", "Beta CIC", "Gamma Group", "Delta Café", "Epsilon"}
    a, b, g, e = (_id(x) for x in ("Alpha Trust", "Beta CIC", "Gamma Group", "Epsilon"))
    ab = ties[(min(a, b), max(a, b), "partnership")]
    assert ab.since == "2017" and ab.strength == 3              # earliest date, largest weight
    bg = ties[(min(b, g), max(b, g), "referral")]
    assert bg.since == ""                                       # kept, undated
    assert (min(a, e), max(a, e), "funding") in ties
    assert ties[(min(a, e), max(a, e), "funding")].strength == 1
    assert len(ties) == 3
    warned = {(w.row, w.field) for w in report.warnings}
    assert {(3, "Start date"), (4, "Organisation B"), (8, "Weight")} <= warned
    assert any("repeated" in w.reason for w in report.warnings)
    assert [(s.row, s.reason) for s in report.skipped] == [(6, "no node at either end")]
    assert any(w.row == 5 for w in report.warnings) or "Delta Café" in names


def test_reimporting_the_same_file_changes_nothing(tmp_path, store):
    path = _write(tmp_path, "ties.tsv", "source\ttarget\tyear\nA\tB\t2001\nB\tC\t2002\n")
    first = run_import(store, "network", path)
    again = run_import(store, "network", path)
    assert first.ok and again.ok
    assert sum(again.created.values()) == 0 and sum(again.updated.values()) == 0
    assert again.unchanged["organisations"] == 3 and again.unchanged["ties"] == 2


def test_a_nodes_file_names_the_nodes(tmp_path, store):
    folder = tmp_path / "net"
    folder.mkdir()
    _write(folder, "edges.csv", "from,to\n1,2\n2,3\n")
    _write(folder, "nodes.csv", "id,label,sector\n1,Food Bank,vcse\n2,Town Council,statutory\n3,Youth Club,club\n")
    _write(folder, "README.md", "A network.\n")
    report = run_import(store, "network", folder)
    assert report.ok or not report.errors, report.to_dict()
    _, snap = _ties(store)
    by_name = {o.name: o for o in snap.orgs}
    assert set(by_name) == {"Food Bank", "Town Council", "Youth Club"}
    assert by_name["Town Council"].sector == "statutory"
    assert by_name["Youth Club"].sector == "vcse"                 # 'club' is no sector of ours: warned
    assert any(w.field == "sector" for w in report.warnings)


def test_the_real_etcgroups_graphml_reads_through_its_irregularities(store):
    """GraphML saved as .gml, keys declared inside <graph>, one key id for nodes and edges."""
    path = NETWORKS / "etcgroups_networks.gml"
    assert sniff_format(path.read_text(encoding="utf-8")) == "graphml"
    report = run_import(store, "network", path)
    assert not report.errors, report.to_dict()["errors"]
    ties, snap = _ties(store)
    assert len(snap.orgs) == 24
    names = {o.id: o.name for o in snap.orgs}
    assert names["0"] == "European Network Against Arms Trade"
    assert names["1"] == "British Overseas NGOs for Development"
    # 47 edges: 4 self-loops dropped, 3 repeats of a pair merged.
    assert len(ties) == 40
    loops = [w for w in report.warnings if "to itself" in w.reason]
    assert len(loops) == 4
    # "Collaborates with" is a partnership; "Knows" is no kind of ours, read as the default and said.
    assert any("'Knows' is not a tie kind we know" in w.reason for w in report.warnings)
    assert not any("Collaborates" in w.reason for w in report.warnings)
    assert any(o.description.startswith("ENAAT consists of groups") for o in snap.orgs)


def test_gexf_gml_and_pajek(tmp_path, store):
    gexf = ('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">'
            '<graph defaultedgetype="undirected" mode="dynamic" timeformat="date">'
            '<attributes class="edge"><attribute id="0" title="relation" type="string"/></attributes>'
            '<nodes><node id="n1" label="Age UK Leeds"/><node id="n2" label="Leeds Mind"/>'
            '<node id="n3" label="Shelter"/></nodes>'
            '<edges><edge id="e1" source="n1" target="n2" start="2015-06-01">'
            '<attvalues><attvalue for="0" value="referral"/></attvalues></edge>'
            '<edge id="e2" source="n2" target="n3" start="2018-01-01"/></edges></graph></gexf>')
    report = run_import(store, "network", _write(tmp_path, "leeds.gexf", gexf))
    assert report.ok, report.to_dict()
    ties, snap = _ties(store)
    assert {o.name for o in snap.orgs} == {"Age UK Leeds", "Leeds Mind", "Shelter"}
    assert ties[("n1", "n2", "referral")].since == "2015-06-01"
    assert ties[("n2", "n3", "partnership")].since == "2018-01-01"

    gml = 'graph [\n  node [ id 1 label "Food Bank" ]\n  node [ id 2 label "Advice Centre" ]\n' \
          '  edge [ source 1 target 2 year 2012 ]\n]\n'
    report = run_import(store, "network", _write(tmp_path, "net.gml", gml))
    assert report.ok, report.to_dict()
    ties, snap = _ties(store)
    assert ties[("1", "2", "partnership")].since == "2012"
    assert {"Food Bank", "Advice Centre"} <= {o.name for o in snap.orgs}

    pajek = '*Vertices 2\n1 "Credit Union"\n2 "Debt Advice"\n*Edges\n1 2\n'
    report = run_import(store, "network", _write(tmp_path, "money.net", pajek))
    assert report.ok, report.to_dict()
    _, snap = _ties(store)
    assert {"Credit Union", "Debt Advice"} <= {o.name for o in snap.orgs}


def test_an_xml_bomb_is_refused_and_nothing_is_written(tmp_path, store):
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n'
            '<graphml><graph><node id="&lol2;"/></graph></graphml>')
    report = run_import(store, "network", _write(tmp_path, "bomb.graphml", bomb))
    assert not report.written and report.errors
    assert "DOCTYPE or entity declaration" in report.errors[0].reason
    assert store.counts()["organisations"] == 0


def test_a_file_with_no_network_says_so(tmp_path, store):
    report = run_import(store, "network", _write(tmp_path, "empty.csv", "# nothing here\n\n"))
    assert report.errors and "holds no ties" in report.errors[0].reason
    report = run_import(store, "network", _write(tmp_path, "cols.csv", "source,colour\nA,red\n"))
    assert report.errors and "names no two ends" in report.errors[0].reason
    assert store.counts()["organisations"] == 0
    # A first line of two names is a tie, not a header.
    report = run_import(store, "network", _write(tmp_path, "names.csv", "Alpha,Beta\n"))
    assert report.ok and report.created["ties"] == 1


@pytest.mark.parametrize("text, expected", [("2013", "2013"), ("2013-08", "2013-08"), ("1262304000", "2010-01-01"),
                                            ("1262304000000", "2010-01-01"), ("2013.0", "2013"),
                                            ("26/03/2001", "2001-03-26")])
def test_network_dates(text, expected):
    assert read_date(text) == expected


def test_a_real_network_imported_as_an_edge_list_is_evaluated_by_time(tmp_path):
    """The user's path for a network none of us wrote: Motu's co-authorship, written out as a
    plain edge list (one line per paper and pair, repeats and all, dated by year), imported
    with `partnermap import network`, then `partnermap evaluate --split time` on that store."""
    edges = tmp_path / "motu_edges.csv"
    with open(REALWORLD / "motu_papers.csv", newline="", encoding="utf-8") as f, \
            open(edges, "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["author1", "author2", "year"])
        for paper in csv.DictReader(f):
            names = [a.strip() for a in paper["authors"].split(";") if a.strip()]
            for i, a in enumerate(names):
                for b in names[i + 1:]:
                    w.writerow([a, b, paper["year"]])
    url = f"sqlite:///{tmp_path / 'motu.db'}"
    runner = CliRunner()
    result = runner.invoke(cli, ["--store", url, "import", "network", str(edges)])
    assert result.exit_code == 0, result.output
    assert "created:" in result.output and "ties" in result.output
    result = runner.invoke(cli, ["--store", url, "evaluate", "--split", "time", "--as-of", "2012-01-01", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output[result.output.index("{"):])
    assert report["split"] == "time" and report["test_pairs"] > 10
    assert {"model", "l3", "adamic_adar", "common_neighbours", "consensus", "served"} <= set(report["methods"])
    assert report["served"]["method"]
    # `evaluate --network FILE` reads the file the same way, with no store: the same numbers.
    result = runner.invoke(cli, ["evaluate", "--network", str(edges), "--split", "time", "--as-of", "2012-01-01",
                                 "--json"])
    assert result.exit_code == 0, result.output
    direct = json.loads(result.output[result.output.index("{"):])
    assert direct["data"] == str(edges) and direct["test_pairs"] == report["test_pairs"]
    assert direct["methods"] == report["methods"] and direct["served"]["method"] == report["served"]["method"]


def test_a_grants_file_read_as_a_network_is_evaluated_on_the_funding_lens(tmp_path):
    """The donations file as published (funder, recipient, first_grant, amount_usd):
    `evaluate --network` reads funding ties, so with no --lens it evaluates those (it said
    "only 0 collaboration pairs" before) and says so."""
    runner = CliRunner()
    result = runner.invoke(cli, ["evaluate", "--network", str(REALWORLD / "donations_pairs.csv"), "--split", "time",
                                 "--as-of", "2012-01-01", "--json"])
    assert result.exit_code == 0, result.output
    assert "evaluated on the funding lens" in result.output
    report = json.loads(result.output[result.output.index("{"):])
    assert report["lens"] == "funding" and report["test_pairs"] > 100
    assert {"recommender", "l3", "served"} <= set(report["methods"])


def test_node_link_cytoscape_and_kumu_json(tmp_path, store):
    # D3's older node-link files give a link's ends as positions in `nodes`.
    d3 = {"nodes": [{"name": "Food Bank"}, {"name": "Advice Centre"}, {"name": "Credit Union"}],
          "links": [{"source": 0, "target": 1, "value": 2}, {"source": 1, "target": 2, "year": 2019}]}
    report = run_import(store, "network", _write(tmp_path, "d3.json", json.dumps(d3)))
    assert report.ok, report.to_dict()
    ties, snap = _ties(store)
    assert {o.name for o in snap.orgs} == {"Food Bank", "Advice Centre", "Credit Union"}
    assert ties[("0", "1", "partnership")].strength == 2 and ties[("1", "2", "partnership")].since == "2019"

    cyto = {"elements": {"nodes": [{"data": {"id": "a", "name": "Mind"}}, {"data": {"id": "b", "name": "Samaritans"}}],
                         "edges": [{"data": {"source": "a", "target": "b", "type": "referral"}}]}}
    report = run_import(store, "network", _write(tmp_path, "cyto.json", json.dumps(cyto)))
    assert report.ok, report.to_dict()
    ties, _ = _ties(store)
    assert ("a", "b", "referral") in ties

    bad = run_import(store, "network", _write(tmp_path, "other.json", json.dumps({"grants": []})))
    assert bad.errors and "not a network we read" in bad.errors[0].reason


def test_our_kumu_export_imports_back_as_a_network(tmp_path, store, fresh_store):
    """Kumu joins connections to elements by label; our export writes each element's id too."""
    from graph.exporters import export
    from seed.demo import build_demo
    store.load(build_demo())
    export(store, "kumu", str(tmp_path / "map.json"))
    report = run_import(fresh_store, "network", tmp_path / "map.json")
    assert not report.errors, report.to_dict()["errors"][:3]
    before, after = Snapshot.from_data(store.read_all()), Snapshot.from_data(fresh_store.read_all())
    assert {o.id: o.name for o in after.orgs} == {o.id: o.name for o in before.orgs}
    pairs = lambda snap: {(min(t.from_id, t.to_id), max(t.from_id, t.to_id), t.kind) for t in snap.ties}  # noqa: E731
    assert pairs(after) == pairs(before)


def test_a_kumu_style_workbook_with_elements_and_connections_sheets(tmp_path, store):
    from openpyxl import Workbook
    wb = Workbook()
    elements = wb.active
    elements.title = "Elements"
    elements.append(["Label", "Type", "Description"])
    elements.append(["Hope Foundation", "Charity", "Runs a night shelter"])
    elements.append(["Oak Tenants Association", "Group", "Tenants of the Oak estate"])
    connections = wb.create_sheet("Connections")
    connections.append(["From", "To", "Type", "Start date"])
    connections.append(["Hope Foundation", "Oak Tenants Association", "Partnership", "2021-04-01"])
    connections.append(["Hope Foundation", "Hope Foundation", "Partnership", "2021-04-01"])
    wb.save(tmp_path / "map.xlsx")
    report = run_import(store, "network", tmp_path / "map.xlsx")
    assert not report.errors, report.to_dict()["errors"]
    ties, snap = _ties(store)
    assert len(ties) == 1 and next(iter(ties.values())).since == "2021-04-01"
    assert {o.name for o in snap.orgs} == {"Hope Foundation", "Oak Tenants Association"}
    loop = next(w for w in report.warnings if "to itself" in w.reason)
    assert loop.file == "map.xlsx[Connections]" and loop.row == 3


def test_counts_as_weights_are_scaled_into_our_strength_scale(tmp_path, store):
    """Published weights are often counts past 10 (co-appearances, messages): every weight
    is scaled by 10 / the largest, ratios kept, one warning for the file, no tie loses its
    weight. Weights already on our scale stay as they are (the KONECT test above)."""
    path = _write(tmp_path, "got-edges.csv", "Source,Target,Weight\nA,B,40\nB,C,4\nC,D,\nA,B,10\nD,E,0\n")
    report = run_import(store, "network", path)
    assert not report.errors, report.to_dict()["errors"]
    ties, _ = _ties(store)
    assert ties[("A", "B", "partnership")].strength == 10          # the largest weight, 40
    assert ties[("B", "C", "partnership")].strength == 1           # 4 x 10/40
    assert ties[("C", "D", "partnership")].strength == 1           # no weight: the default
    assert ties[("D", "E", "partnership")].strength == 1           # zero is no strength
    scaled = [w for w in report.warnings if "scaled" in w.reason]
    assert len(scaled) == 1 and "up to 40" in scaled[0].reason and scaled[0].row == 0
    assert [(w.row, w.field) for w in report.warnings if "not positive" in w.reason] == [(6, "Weight")]


def test_a_node_table_named_after_its_edge_list_is_read_beside_it(tmp_path, store):
    """Gephi and many published datasets pair `X-edges.csv` with `X-nodes.csv`: given the
    edge list's path, or the folder, the names come from the node table."""
    folder = tmp_path / "crisis"
    folder.mkdir()
    _write(folder, "crisis-edges.csv", "Source,Target\n1,2\n2,3\n")
    _write(folder, "crisis-nodes.csv", "Id,Label\n1,Alpha Trust\n2,Beta CIC\n3,Gamma Group\n")
    for given in (folder / "crisis-edges.csv", folder):
        report = run_import(store, "network", given)
        assert not report.errors, report.to_dict()["errors"]
        assert {o.name for o in store.snapshot().orgs} == {"Alpha Trust", "Beta CIC", "Gamma Group"}
    # Two candidate networks in one folder are still refused whole, naming them and the table.
    _write(folder, "crisis-network.graphml", "<graphml><graph><node id='1'/></graph></graphml>")
    report = run_import(store, "network", folder)
    assert report.errors and "crisis-edges.csv, crisis-network.graphml" in report.errors[0].reason
    assert "crisis-nodes.csv is read for the names" in report.errors[0].reason


def test_a_node_named_like_a_placeholder_is_a_node_when_the_node_table_lists_it(tmp_path, store):
    """Old Nan is "Nan" in the Game of Thrones network: listed in its node table, she is a
    node; without a table, "Nan" reads as a placeholder and the warning says so."""
    folder = tmp_path / "got"
    folder.mkdir()
    _write(folder, "got-edges.csv", "Source,Target\nBran,Nan\nBran,Hodor\n")
    report = run_import(store, "network", folder / "got-edges.csv")
    assert [w.reason for w in report.warnings if "placeholder" in w.reason] == [
        "only one end ('Nan' reads as a placeholder for none; list it in a node table if it is a node): 'Bran' "
        "kept as an organisation, without a tie from this line"]
    _write(folder, "got-nodes.csv", "Id,Label\nBran,Bran\nNan,Old Nan\nHodor,Hodor\n")
    report = run_import(store, "network", folder / "got-edges.csv")
    assert not report.warnings and not report.errors
    assert "Old Nan" in {o.name for o in store.snapshot().orgs}
    assert len(store.snapshot().ties) == 2


def test_statnet_vertex_names_name_the_nodes(tmp_path, store):
    """statnet keeps names in `vertex.names`; igraph writes them to GML as `vertexnames` (the
    DHHS tobacco-control collaboration network is published so)."""
    gml = ('Creator "igraph version 1.2.11"\nVersion 1\ngraph\n[\n  directed 0\n'
           '  node\n  [\n    id 0\n    agency 0\n    na 0\n    vertexnames "ACF-1"\n  ]\n'
           '  node\n  [\n    id 1\n    agency 1\n    na 0\n    vertexnames "AHRQ-1"\n  ]\n'
           '  edge\n  [\n    source 1\n    target 0\n    collab 1\n    na 0\n  ]\n]\n')
    report = run_import(store, "network", _write(tmp_path, "dhhs.gml", gml))
    assert report.ok, report.to_dict()
    assert {o.name for o in store.snapshot().orgs} == {"ACF-1", "AHRQ-1"}
    csv_path = _write(tmp_path, "edges.csv", "from,to\n7,8\n")
    _write(tmp_path, "nodes.csv", "vertex.names,id\nBeta,8\nAlpha,7\n")
    assert run_import(store, "network", csv_path).ok
    assert {"Alpha", "Beta"} <= {o.name for o in store.snapshot().orgs}


MATRIX = (",Alpha Trust,Beta CIC,Gamma Group,Delta,Epsilon\n"
          "Beta CIC,1,0,1,0,0\n"              # rows in another order than the columns
          "Alpha Trust,0,1,0,2,0\n"           # 2: a weight
          "Gamma Group,0,1,0,0,\n"            # blank: no tie
          "Delta,2,0,0,0,0\n"
          "Epsilon,0,0,0,0,0\n")              # tied to no one: still an organisation


def test_an_adjacency_matrix_is_read_as_one(tmp_path, store):
    """Surveys publish who works with whom as a matrix; read as an edge list it became ties
    to organisations called "0" and "1"."""
    report = run_import(store, "network", _write(tmp_path, "survey.csv", MATRIX))
    assert not report.errors, report.to_dict()["errors"]
    ties, snap = _ties(store)
    names = {o.id: o.name for o in snap.orgs}
    assert set(names.values()) == {"Alpha Trust", "Beta CIC", "Gamma Group", "Delta", "Epsilon"}
    pairs = {tuple(sorted((names[a], names[b]))): t for (a, b, _), t in ties.items()}
    assert set(pairs) == {("Alpha Trust", "Beta CIC"), ("Beta CIC", "Gamma Group"), ("Alpha Trust", "Delta")}
    assert pairs[("Alpha Trust", "Delta")].strength == 2
    assert [w.reason for w in report.warnings] == [
        "read as a symmetric adjacency matrix of 5 organisations (names across the first row and down the "
        "first column)"]


def test_an_asymmetric_matrix_gives_directed_ties_and_odd_cells_cost_only_themselves(tmp_path, store):
    body = (";A;B;C\n"
            "A;0;1;x\n"                        # x: not a number, warned, no tie
            "B;0;0;1\n"
            "C;1;0;0\n")
    report = run_import(store, "network", _write(tmp_path, "refers.csv", body), kind="referral")
    assert not report.errors, report.to_dict()["errors"]
    _, snap = _ties(store)
    assert {(t.from_id, t.to_id, t.kind) for t in snap.ties} == {("A", "B", "referral"), ("B", "C", "referral"),
                                                                 ("C", "A", "referral")}
    assert [(w.row, w.field) for w in report.warnings if "not a number" in w.reason] == [(2, "C")]


def test_a_matrix_in_a_workbook(tmp_path, store):
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "Matrix"
    for line in MATRIX.splitlines():
        sheet.append([None if not c else (float(c) if c.isdigit() else c) for c in line.split(",")])
    path = tmp_path / "survey.xlsx"
    book.save(path)
    report = run_import(store, "network", path)
    assert not report.errors, report.to_dict()["errors"]
    ties, snap = _ties(store)
    assert len(ties) == 3 and len(snap.orgs) == 5
    assert report.warnings[0].file == "survey.xlsx[Matrix]"


def test_an_edge_list_with_names_is_not_taken_for_a_matrix(tmp_path, store):
    """Two columns of names, the same names in both, is an edge list, not a matrix."""
    report = run_import(store, "network", _write(tmp_path, "ties.csv", "A,B\nB,C\nC,A\n"))
    ties, _ = _ties(store)
    assert len(ties) == 3 and not any("matrix" in w.reason for w in report.warnings)


@pytest.mark.parametrize("name, body, names, pairs", [
    ("knoke.dl",                                         # labels listed, a symmetric full matrix
     'DL N=4\nFORMAT = FULLMATRIX DIAGONAL PRESENT\nLABELS:\n"Alpha Trust","Beta CIC"\n"Gamma Group","Delta"\n'
     "DATA:\n0 1 0 1\n1 0 1 0\n0 1 0 0\n1 0 0 0\n",
     {"Alpha Trust", "Beta CIC", "Gamma Group", "Delta"},
     {("Alpha Trust", "Beta CIC"), ("Alpha Trust", "Delta"), ("Beta CIC", "Gamma Group")}),
    ("pairs.txt",                                        # an edge list with its labels embedded
     "dl n=4 format=edgelist1\nlabels embedded\ndata:\nAvery Jordan 4\nJordan Sam\nAvery Sam 2\n",
     {"Avery", "Jordan", "Sam"},
     {("Avery", "Jordan"), ("Jordan", "Sam"), ("Avery", "Sam")}),
    ("lists.dl",                                         # node lists, numbered, labels one a line
     "DL N=3\nFORMAT = NODELIST1\nLABELS:\nA\nB\nC\nDATA:\n1 2 3\n2 3\n",
     {"A", "B", "C"}, {("A", "B"), ("A", "C"), ("B", "C")}),
])
def test_ucinet_dl_files(tmp_path, store, name, body, names, pairs):
    """UCINET's DL language, in which classic studies of organisations were published, in
    its three common formats; told from the content (`DL` first), not the file's name."""
    report = run_import(store, "network", _write(tmp_path, name, body))
    assert not report.errors, report.to_dict()["errors"]
    _, snap = _ties(store)
    named = {o.id: o.name for o in snap.orgs}
    assert set(named.values()) == names
    assert {tuple(sorted((named[t.from_id], named[t.to_id]))) for t in snap.ties} == {tuple(sorted(p)) for p in pairs}


def test_two_mode_dl_is_refused_with_the_reason(tmp_path, store):
    report = run_import(store, "network", _write(tmp_path, "clubs.dl", "DL NR=3 NC=2\nFORMAT=FULLMATRIX\nDATA:\n1 0\n"
                                                                       "0 1\n1 1\n"))
    assert [e.reason for e in report.errors] == [
        "is two-mode DL data (NR=3, NC=2): an affiliation network, not ties between organisations; not read"]
    assert store.counts()["organisations"] == 0


def test_a_nodes_kind_in_others_words_gives_its_sector(tmp_path, store):
    """A network file rarely uses our sector codes: its node type ("Local authority/ local
    government body", as the etcgroups maps say), a word naming one of ours, an identifier or a
    name decide it, marked inferred; an unknown type is warned and read as vcse."""
    folder = tmp_path / "net"
    folder.mkdir()
    _write(folder, "edges.csv", "source,target\n1,2\n2,3\n3,4\n4,5\n5,6\n6,1\n")
    _write(folder, "nodes.csv", "id,label,Organisation type,About\n"
                                "1,Alpha,Local authority/ local government body,\n"
                                "2,Beta,NGO or Association,Food bank\n"
                                "3,Gamma,Funder,\n"
                                "4,Trafford Council,,\n"
                                "5,Epsilon,Religious or spiritual group,\n"
                                "6,Zeta,Spaceship,\n")
    report = run_import(store, "network", folder)
    assert not report.errors, report.to_dict()["errors"]
    orgs = {o.name: o for o in store.snapshot().orgs}
    assert {n: o.sector for n, o in orgs.items()} == {
        "Alpha": "statutory", "Beta": "vcse", "Gamma": "funder", "Trafford Council": "statutory",
        "Epsilon": "faith", "Zeta": "vcse"}
    assert orgs["Beta"].description == "Food bank"
    assert [i.field for i in orgs["Alpha"].inferred] == ["sector"] and not orgs["Gamma"].inferred
    assert [(w.row, w.field) for w in report.warnings if "not a sector" in w.reason] == [(7, "sector")]


def test_the_etcgroups_local_authorities_are_statutory():
    from graph.stores.embedded import EmbeddedStore
    import tempfile
    path = Path(__file__).resolve().parents[1] / "data" / "networks" / "etcgroups_social_forums.gml"
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "s.db")
        assert run_import(store, "network", path).ok
        sectors = {}
        for o in store.snapshot().orgs:
            sectors[o.sector] = sectors.get(o.sector, 0) + 1
        store.close()
    # 11 "Local authority/ local government body" nodes and one "Other - public school".
    assert sectors["statutory"] == 12 and sectors["faith"] == 2 and sectors["vcse"] > 1000


def test_a_weight_that_is_not_finite_costs_only_itself(tmp_path, store):
    report = run_import(store, "network", _write(tmp_path, "w.csv", "source,target,weight\nA,B,inf\nB,C,NaN\nC,D,4\n"))
    assert not report.errors, report.to_dict()["errors"]
    ties, _ = _ties(store)
    assert ties[("A", "B", "partnership")].strength == 1 and ties[("C", "D", "partnership")].strength == 4
    assert sorted(w.row for w in report.warnings if "finite" in w.reason) == [2, 3]


def test_a_dynamic_gexf_ties_dates_come_from_its_spells(tmp_path, store):
    """Gephi's dynamic networks date a tie by spells: it began with the earliest and ended
    with the latest; a spell left open keeps it alive."""
    gexf = ('<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3">'
            '<graph mode="dynamic" defaultedgetype="undirected" timeformat="date"><nodes>'
            '<node id="a" label="Alpha"/><node id="b" label="Beta"/><node id="c" label="Gamma"/></nodes><edges>'
            '<edge id="0" source="a" target="b"><spells><spell start="2015-03-01" end="2016-01-31"/>'
            '<spell start="2012-06-01" end="2013-01-01"/></spells></edge>'
            '<edge id="1" source="b" target="c"><spells><spell start="2019-01-01"/></spells></edge>'
            '</edges></graph></gexf>')
    report = run_import(store, "network", _write(tmp_path, "dynamic.gexf", gexf))
    assert not report.errors, report.to_dict()["errors"]
    ties, _ = _ties(store)
    ab, bc = ties[("a", "b", "partnership")], ties[("b", "c", "partnership")]
    assert (ab.since, ab.until) == ("2012-06-01", "2016-01-31")
    assert (bc.since, bc.until) == ("2019-01-01", "")


def test_pajek_list_sections_tie_a_node_to_each_on_its_line(tmp_path, store):
    """`*Edgeslist 1 2 3` ties 1 to 2 and to 3 (networkx alone read 3 as a weight)."""
    body = '*Vertices 4\n1 "A"\n2 "B"\n3 "C"\n4 "D"\n*Edgeslist\n1 2 3\n*Arcslist\n4 1 2\n'
    report = run_import(store, "network", _write(tmp_path, "lists.net", body))
    assert not report.errors, report.to_dict()["errors"]
    _, snap = _ties(store)
    named = {o.id: o.name for o in snap.orgs}
    assert {tuple(sorted((named[t.from_id], named[t.to_id]))) for t in snap.ties} == {
        ("A", "B"), ("A", "C"), ("A", "D"), ("B", "D")}
    assert all(t.strength == 1 for t in snap.ties)


def test_columns_named_in_others_words_are_read_by_their_words_and_values(tmp_path, store):
    """The donations file's shape: ends named funder and recipient (so the ties are funding),
    a date column `first_grant` and an amount column `amount_usd` that no list names, a
    count column and a text column that say nothing we read (warned, ignored)."""
    path = _write(tmp_path, "grants.csv",
                  "funder,recipient,first_grant,grants,amount_usd,first_cause_area\n"
                  "Olin Foundation,Heritage Foundation,1985-01-01,19,915500,Policy\n"
                  "Olin Foundation,Hoover Institution,1990-06-01,3,\"120,000\",\n"
                  "Scaife Trust,Heritage Foundation,2001,2,5000,Policy\n"
                  "Heritage Foundation,Tiny Reading Group,2010-03-04,1,250,\n")
    report = run_import(store, "network", path)
    assert report.ok, report.to_dict()
    ties, snap = _ties(store)
    olin, heritage = _id("Olin Foundation"), _id("Heritage Foundation")
    t = ties[(min(olin, heritage), max(olin, heritage), "funding")]
    assert (t.from_id, t.to_id, t.since, t.amount, t.currency) == (olin, heritage, "1985-01-01", 915500, "USD")
    assert ties[(min(_id("Scaife Trust"), heritage), max(_id("Scaife Trust"), heritage), "funding")].since == "2001"
    assert {k for *_, k in ties} == {"funding"}
    warned = [str(w) for w in report.warnings]
    assert "grants.csv:1:first_grant: read as the tie's date (since): its name and its values say so" in warned
    assert "grants.csv:1:amount_usd: read as the tie's amount: its name and its values say so" in warned
    assert "grants.csv:1:grants: column ignored (not an end, date, kind, weight or amount)" in warned
    assert "grants.csv:1:first_cause_area: column ignored (not an end, date, kind, weight or amount)" in warned
    assert any("ties read as funding: the end columns (funder, recipient)" in w for w in warned)
    # Who only gives is a funder; who also receives (Heritage) keeps what its name says.
    sector = {o.id: o.sector for o in snap.orgs}
    assert sector[olin] == sector[_id("Scaife Trust")] == "funder" and sector[heritage] == "vcse"
    assert snap.org(olin).inferred[0].method == "role"


def test_kind_option_overrides_the_end_columns_words(tmp_path, fresh_store):
    path = _write(tmp_path, "g.csv", "donor,grantee\nA Trust,B Group\n")
    assert run_import(fresh_store, "network", path, kind="partnership").ok
    ties, snap = _ties(fresh_store)
    assert {k for *_, k in ties} == {"partnership"}
    assert all(o.sector == "vcse" for o in snap.orgs)


def test_a_date_word_with_small_counts_or_text_is_not_a_date(tmp_path, fresh_store):
    path = _write(tmp_path, "e.csv", "source,target,first_year_count,start_note\nA,B,3,soon\nB,C,12,later\n")
    report = run_import(fresh_store, "network", path)
    assert report.ok
    ties, _ = _ties(fresh_store)
    assert all(t.since == "" for t in ties.values())
    assert sum("column ignored" in str(w) for w in report.warnings) == 2


def test_a_360giving_file_given_as_a_network_says_which_import_reads_it(tmp_path, fresh_store):
    """A grants file in the 360Giving columns (as Trafford's is) handed to `import network`:
    before, it was told to call its columns source and target."""
    data = ("Identifier,Title,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,"
            "Funding Org:Identifier,Funding Org:Name\n360G-1,A grant,500,2020-01-01,GB-CHC-1,A,GB-LAE-TRF,Trafford\n"
            ).encode()
    report = run_import(fresh_store, "network", {"grants.csv": data})
    assert not report.ok and not report.written
    assert "is a 360Giving grants file" in str(report.errors[0])
    assert "partnermap import 360giving" in str(report.errors[0])


@pytest.mark.parametrize("shape", ["title above the header", "excel sep= line", "semicolons", "pipes", "ctrl-z"])
def test_the_real_donations_file_reshaped_lands_as_published(tmp_path, shape):
    """The first 300 lines of the real donations file, saved the ways spreadsheets and old
    tools save tables. Before, a title line made the file read as whitespace-separated (7
    organisations from 300 lines), and a `sep=` line became an organisation."""
    from graph.stores.embedded import EmbeddedStore
    text = "\n".join((REALWORLD / "donations_pairs.csv").read_text(encoding="utf-8").splitlines()[:300]) + "\n"
    rows = list(csv.reader(text.splitlines()))

    def landed(name, data):
        store = EmbeddedStore(tmp_path / f"{name}.db")
        try:
            report = run_import(store, "network", {"donations.csv": data})
            assert report.ok and report.written, [str(e) for e in report.errors]
            ties, snap = _ties(store)
            return report, sorted(o.id for o in snap.orgs), sorted((k, t.since, t.amount) for k, t in ties.items())
        finally:
            store.close()

    def joined(delimiter):
        import io
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
        return out.getvalue()

    data = {"title above the header": "Donations between US foundations, 1985-2020\n\n" + text,
            "excel sep= line": "sep=;\n" + joined(";"), "semicolons": joined(";"), "pipes": joined("|"),
            "ctrl-z": text + "\x1a"}[shape].encode("utf-8")
    _, orgs, ties = landed("published", text.encode("utf-8"))
    report, reshaped_orgs, reshaped_ties = landed("reshaped", data)
    assert len(orgs) > 100 and (reshaped_orgs, reshaped_ties) == (orgs, ties)
    if shape == "title above the header":
        assert "donations.csv:1:: 'Donations between US foundations 1985-2020' read as a title or note above the " \
               "header, not as an organisation" in [str(w) for w in report.warnings]
