"""A network as researchers and mapping tools publish it: `partnermap import network FILE`.

Real inter-organisational and collaboration networks rarely come in our CSV format. They
come as an edge list (one tie a line, perhaps a date, a weight or a kind) or as a graph
file from Gephi, igraph, networkx or Pajek. This importer reads those shapes:

- **Adjacency matrices** (CSV, TSV or a workbook sheet): the same names across the first row
  and down the first column, a number where two are tied.
- **Edge lists**: CSV, TSV, semicolon- or whitespace-separated text, with or without a
  header, with `#` or `%` comment lines (SNAP and KONECT files). A header is recognised
  by its column names (`source`/`target`, `from`/`to`, `node1`/`node2`, `ego`/`alter`,
  `date`/`year`/`time`/`since`, `weight`, `type`/`relation`...; see COLUMN_ROLES). With no
  header the columns are: the two ends, then a date if the third column reads as one
  (ISO or partial dates, years, Unix seconds or milliseconds), else a weight, then a date.
- **Graph files**: GraphML and GEXF (our own lenient reader, after refusing any DOCTYPE or
  entity declaration, so an XML bomb cannot expand), GML and Pajek `.net` (networkx), UCINET
  DL (full matrix, edge list or node list), JSON
  (node-link, graphology, Cytoscape, Kumu blueprints) and XLSX workbooks (a ties sheet and
  perhaps a nodes sheet, as Kumu's template). Node labels become names; edge attributes are
  read by the same column names as an edge list.
- An optional node table beside an edge list names the nodes: `nodes.csv`, `vertices.csv`,
  or one named after the edge list (`got-edges.csv` and `got-nodes.csv`, as Gephi pairs them):
  `id` plus `name`/`label`, and optionally a sector or type and a description (see
  `_NODE_SECTOR`, `_NODE_DESCRIPTION`); other columns are not read.

Every node becomes an organisation (sector from its type, identifier or name, else `vcse`), named
by its label or its id, identified by its id as our CSV import does (a registered id such
as GB-CHC-1234567 is recognised; any other text becomes an internal id the same way every
time, so importing the same file again changes nothing). Every line becomes a tie of its
kind (the file's `kind`/`type` column when it names one of ours, else `--kind`,
partnership by default).

Irregular rows never cost the good ones (warn, keep, say where):
- a date that cannot be read keeps the tie, undated, with a warning;
- a line with one end (a node listed alone) keeps that node, without a tie;
- a self-loop keeps its node and drops the loop, with a warning;
- repeated lines of one pair and kind are one tie: the earliest date, the largest weight
  and, for money, the sum; the report counts them;
- weights that run past our strength scale (0, 10], as counts do, are all scaled into it
  (ratios kept), with one warning; a weight that is not a positive number is dropped with a
  warning, the tie kept.
A line with no end at all is skipped with a warning. Nothing here is an error except an
input that holds no network at all.
"""
from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from graph.importers import limits
from graph.importers.batch import Batch
from graph.importers.evidence import infer_sector
from graph.importers.identifiers import read_identifier
from graph.importers.limits import over_limit
from graph.importers.records import build_org, build_tie
from graph.importers.report import ImportReport
from graph.importers.sources import (InputError, InputFile, best_delimiter, collect_inputs, decode_text,
                                     delimiter_hint, load_json)
from graph.importers.values import BadValue, is_blank, parse_amount, parse_date
from graph.model import DIRECTED_TIE_KINDS, SECTORS, TIE_KINDS, Inference, org_id_for_identifier

__all__ = ["import_network", "read_network", "COLUMN_ROLES", "Network", "sniff_format"]

# A column's role from its name, compared lower-case with everything but letters and digits
# removed ("From ID" -> "fromid", "Start date" -> "startdate").
COLUMN_ROLES: dict[str, tuple[str, ...]] = {
    "source": ("source", "sourceid", "src", "from", "fromid", "fromorg", "fromorganisation", "fromnode",
               "node1", "nodea", "n1", "id1", "u", "ego", "head", "org1", "orga", "organisation1",
               "organization1", "organisationa", "organizationa", "actor1", "actora", "vertex1", "partner1",
               "sender", "funder", "donor", "giver", "grantor", "grantmaker", "fundername", "author1"),
    "target": ("target", "targetid", "dst", "dest", "destination", "to", "toid", "toorg", "toorganisation",
               "tonode", "node2", "nodeb", "n2", "id2", "v", "alter", "tail", "org2", "orgb",
               "organisation2", "organization2", "organisationb", "organizationb", "actor2", "actorb",
               "vertex2", "partner2", "receiver", "recipient", "grantee", "beneficiary", "donee", "recipientname",
               "author2"),
    "since": ("since", "date", "time", "timestamp", "ts", "t", "year", "start", "startdate", "starttime",
              "begin", "created", "createdat", "datetime", "firstdate", "first", "when", "fromdate",
              "awarddate", "startyear"),
    "until": ("until", "end", "enddate", "endtime", "todate", "endyear"),
    "kind": ("kind", "type", "relation", "relationship", "edgetype", "tietype", "linktype", "label",
             "category"),
    "weight": ("weight", "strength", "w", "count", "n", "times", "value"),
    "amount": ("amount", "amountawarded", "grant", "money", "funding", "gbp", "usd"),
}
_ROLE_OF = {alias: role for role, aliases in COLUMN_ROLES.items() for alias in aliases}
NODE_FILES = ("nodes.csv", "vertices.csv", "nodes.tsv", "vertices.tsv", "nodes.txt")
# A node table is often named after its network, as Gephi's Data Laboratory and many
# published datasets pair them: `got-edges.csv` with `got-nodes.csv`, `Edges.csv` with
# `Nodes.csv`, `crisis_links.tsv` with `crisis_nodes.tsv`. A word of the file's name says which.
_NODE_WORDS = ("nodes", "node", "vertices", "vertex", "nodelist", "vertexlist")
_EDGE_WORDS = ("edges", "edge", "links", "link", "ties", "arcs", "connections", "edgelist", "linklist")
_TABLE_SUFFIXES = (".csv", ".tsv", ".txt")
_NODE_ID = ("id", "node", "nodeid", "vertex", "vertexid", "key", "name", "label")
# What kind of organisation a node is, in others' words (Kumu's "Element Type", the
# etcgroups maps' "type": "NGO or Association"); read as one of our sectors where it names
# one, else as a register's organisation type (graph.importers.evidence).
_NODE_SECTOR = ("sector", "type", "orgtype", "organisationtype", "organizationtype", "elementtype", "nodetype",
                "actortype", "category")
_NODE_DESCRIPTION = ("description", "about", "summary", "activities", "objects", "mission")
# `vertex.names` is statnet's; igraph writes it to GML as `vertexnames`.
_NODE_NAME = ("name", "label", "title", "organisation", "organization", "orgname", "fullname", "vertexnames",
              "vertexname", "nodename", "nodelabel", "displayname", "actorname")
# Word stems that say a kind in someone else's vocabulary ("Collaborates with", "Is Part Of",
# "grant"), tried in this order against the kind with everything but letters removed.
_KIND_STEMS = (("refer", "referral"), ("fund", "funding"), ("grant", "funding"), ("donat", "funding"),
               ("contract", "contract"), ("commission", "contract"), ("coloc", "co_location"),
               ("sharedprem", "co_location"), ("trustee", "shared_trustee"), ("director", "shared_trustee"),
               ("merge", "merger"), ("member", "network"), ("partof", "network"), ("affiliat", "network"),
               ("federat", "network"), ("network", "network"), ("belongsto", "network"),
               ("partner", "partnership"), ("collaborat", "partnership"), ("cooperat", "partnership"),
               ("alliance", "partnership"), ("joint", "partnership"), ("coauthor", "partnership"),
               ("workswith", "partnership"), ("workedwith", "partnership"))


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class Line:
    """One tie as the file gives it, before it is checked."""
    row: int
    source: str
    target: str
    since: str = ""
    until: str = ""
    kind: str = ""
    weight: str = ""
    amount: str = ""


@dataclass
class Network:
    """What a network file says: its nodes (id -> name and attributes) and its lines."""
    file: str
    nodes: dict[str, dict] = field(default_factory=dict)
    node_rows: dict[str, tuple[str, int]] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)   # role -> the file's column name
    default_kind: str | None = None    # what the file's own words say a line is (funder -> recipient: funding)
    currency: str = ""                 # the amount column's currency when its name says it (amount_usd: USD)
    not_nodes: set[str] = field(default_factory=set)   # a two-mode file's affiliations (projects...)
    # A two-mode file: (header row, organisation column, affiliation column); its lines are
    # memberships until _project_affiliations, after the node table, turns them into ties.
    affiliation: tuple[int, str, str] | None = None
    affiliation_dates: dict[str, str] = field(default_factory=dict)   # from the node table (a project's start)


# ---- reading --------------------------------------------------------------------------
def read_network(path_or_files, report: ImportReport) -> Network | None:
    """The network in a file, a folder (an edge list and perhaps nodes.csv) or uploaded
    files; None, with the reason reported, when there is none."""
    try:
        inputs = collect_inputs(path_or_files)
        beside = _node_file_beside(path_or_files)
    except InputError as e:
        report.error(e.file, e.row, e.field, e.reason)
        return None
    if beside is not None:
        inputs[beside.name] = beside
    node_file = _pick_node_file(inputs)
    # A published network's folder often carries its documentation beside the data.
    edge_files = [f for n, f in inputs.items() if f is not node_file
                  and not n.lower().startswith(("readme", "license", "licence", "citation"))
                  and not n.lower().endswith((".md", ".pdf", ".html", ".bib", ".r", ".py", ".ipynb"))]
    if not edge_files:
        report.error(report.source, 0, "", "no network file found: give an edge list (CSV, TSV or text, one tie a "
                                           "line) or a GraphML, GEXF, GML or Pajek file")
        return None
    if len(edge_files) > 1:
        names = ", ".join(sorted(f.name for f in edge_files))
        paired = f" ({node_file.name} is read for the names beside any of them)" if node_file is not None else ""
        report.error(report.source, 0, "", f"several files could be the network ({names}): give one of them"
                                           f"{paired}")
        return None
    f = edge_files[0]
    try:
        if f.name.lower().endswith((".xlsx", ".xlsm")):
            net = _read_workbook(f, report)
        else:
            text = decode_text(f, report)
            kind = sniff_format(text)
            if kind == "edges":
                net = _read_edge_list(f, report, text)
            elif kind == "json":
                net = _read_json_graph(f, report)
            elif kind == "dl":
                net = _read_dl(f, report, text)
            else:
                net = _read_graph_file(f, report, text, kind)
        if node_file is not None:
            _read_node_file(node_file, net, report)
        if net.affiliation is not None:
            _project_affiliations(net, report)
    except InputError as e:
        report.error(e.file, e.row, e.field, e.reason)
        return None
    return net


def _name_words(name: str) -> list[str]:
    stem = name.lower().rsplit(".", 1)[0]
    return [w for w in re.split(r"[^a-z0-9]+", stem) if w]


def _is_node_table(name: str) -> bool:
    low = name.lower()
    return low in NODE_FILES or (low.endswith(_TABLE_SUFFIXES) and any(w in _NODE_WORDS for w in _name_words(name)))


def _pick_node_file(inputs: dict[str, InputFile]) -> InputFile | None:
    """The node table among the inputs: `nodes.csv` and the like, else the one file whose
    name has a word for nodes in it (`got-nodes.csv`, `Nodes.csv`); none when it is not one."""
    exact = [f for n, f in inputs.items() if n.lower() in NODE_FILES]
    if exact:
        return exact[0]
    named = [f for n, f in inputs.items() if _is_node_table(n)]
    return named[0] if len(named) == 1 else None


def _node_file_beside(path_or_files) -> InputFile | None:
    """For an edge list given by its path, the node table beside it: `nodes.csv` and the
    like, or the file named as it is with its word for edges turned into one for nodes
    (`got-edges.csv` -> `got-nodes.csv`). None for a folder or uploaded files (their node
    table is among them) and where there is no such file."""
    if isinstance(path_or_files, Mapping):
        return None
    path = Path(path_or_files)
    if not path.is_file() or _is_node_table(path.name):
        return None
    siblings = {p.name.lower(): p for p in path.parent.iterdir() if p.is_file()}
    wanted = list(NODE_FILES)
    for edge_word in _EDGE_WORDS:
        pattern = re.compile(rf"(?<![a-z0-9]){edge_word}(?![a-z0-9])")
        if pattern.search(path.name.lower()):
            wanted = [pattern.sub(node_word, path.name.lower(), count=1) for node_word in _NODE_WORDS] + wanted
            break
    found = next((siblings[n] for n in wanted if n in siblings and siblings[n] != path), None) \
        or _node_table_sharing_words(path, siblings.values())
    return collect_inputs(found)[found.name] if found else None     # read under the same size limits


def _node_table_sharing_words(path: Path, siblings) -> Path | None:
    """The node table beside an edge list that shares the most words of its name
    (`edgelist_onemode_projected.csv` -> `nodelist_onemode.csv`, not `nodelist_twomode.csv`),
    when exactly one shares most; words for nodes and edges do not count."""
    ours = set(_name_words(path.name)) - set(_EDGE_WORDS)
    scored = [(len(ours & (set(_name_words(p.name)) - set(_NODE_WORDS))), p) for p in siblings
              if p != path and _is_node_table(p.name)]
    best = max((n for n, _ in scored), default=0)
    tops = [p for n, p in scored if n == best]
    return tops[0] if best > 0 and len(tops) == 1 else None


def _read_edge_list(f: InputFile, report: ImportReport, text: str) -> Network:
    rows = _without_title_rows(report, f.name, _split_rows(f.name, text))
    matrix = _matrix_to_network(report, rows, f.name)
    return matrix if matrix is not None else _edge_rows_to_network(report, rows, f.name)


def _matrix_lines(cells_at: dict[tuple[str, str], tuple[int, str]], order: list[str]) -> tuple[list[Line], bool]:
    """Lines from a matrix's non-zero cells {(row name, column name): (line, value)}, and
    whether it is symmetric: then each pair once (row before column in `order`), else a
    line from row to column for each cell."""
    symmetric = all(float(cells_at.get((b, a), (0, "0"))[1]) == float(v) for (a, b), (_, v) in cells_at.items())
    position = {name: i for i, name in enumerate(order)}
    lines = [Line(row, a, b, weight=value) for (a, b), (row, value) in cells_at.items()
             if not symmetric or position[a] < position[b]]
    return sorted(lines, key=lambda line: line.row), symmetric


_DL_SECTIONS = re.compile(r"^\s*(row labels|column labels|labels|matrix labels|level labels|data)\s*:", re.I | re.M)


def _read_dl(f: InputFile, report: ImportReport, text: str) -> Network:
    """UCINET's DL language, in which many classic studies of organisations were published:
    `DL N=10 FORMAT=FULLMATRIX` (or EDGELIST1 or NODELIST1), labels after `LABELS:` or
    embedded in the data, the data after `DATA:`; several matrices (NM=) are read as one
    network. Two-mode data (NR and NC differ) is an affiliation network and is refused."""
    parts = _DL_SECTIONS.split(text)
    header, sections = parts[0], {}
    for i in range(1, len(parts) - 1, 2):
        sections.setdefault(parts[i].lower(), parts[i + 1])
    head = " ".join(header.split()[1:]).lower()   # after the leading DL

    def setting(name: str) -> str | None:
        m = re.search(rf"\b{name}\s*=\s*(\w+)", head)
        return m.group(1) if m else None
    nr, nc = setting("nr"), setting("nc")
    if nr and nc and nr != nc:
        raise InputError(f.name, f"is two-mode DL data (NR={nr}, NC={nc}): an affiliation network, not ties between "
                                 "organisations; not read", 1)
    n_text = setting("n") or nr
    if not n_text or not n_text.isdigit():
        raise InputError(f.name, "a DL file must say how many nodes it has (N=)", 1)
    n, matrices = int(n_text), int(setting("nm") or 1)
    layout = (setting("format") or "fullmatrix").lower()
    if layout not in ("fullmatrix", "edgelist1", "nodelist1"):
        raise InputError(f.name, f"DL format {layout.upper()} is not read: use FULLMATRIX, EDGELIST1 or NODELIST1", 1)
    if "data" not in sections:
        raise InputError(f.name, "has no DATA: section", 1)
    data_at = text.lower().rfind("data:")
    embedded = "labels embedded" in " ".join(text[:data_at].lower().split())
    labels = _dl_labels(sections.get("labels") or sections.get("row labels") or "")
    data_line = text[:data_at].count("\n") + 1
    rows = [(data_line + i + 1, ln.replace(",", " ").split()) for i, ln in enumerate(sections["data"].splitlines())]
    rows = [(r, cells) for r, cells in rows if cells]
    net = Network(file=f.name, columns={"source": "row", "target": "column", "weight": "value"})
    if layout == "fullmatrix":
        if embedded and rows:
            labels = [c.strip('"') for c in rows[0][1]]
            rows = rows[1:]
        names = labels if len(labels) == n else [str(i + 1) for i in range(n)]
        cells_at: dict[tuple[str, str], tuple[int, str]] = {}
        for k, (row, cells) in enumerate(rows[: n * matrices]):
            if embedded:
                cells = cells[1:]
            for j, value in enumerate(cells[:n]):
                if j != k % n and _is_number(value) and float(value) != 0:
                    cells_at.setdefault((names[k % n], names[j]), (row, value))
        net.lines = _matrix_lines(cells_at, names)[0]
    else:
        names = labels if len(labels) == n else [str(i + 1) for i in range(n)]
        by_number = {str(i + 1): name for i, name in enumerate(names)}

        def node(cell):
            cell = cell.strip('"')
            return cell if embedded else by_number.get(cell, cell)
        for row, cells in rows:
            if layout == "edgelist1":
                weight = cells[2] if len(cells) > 2 else ""
                net.lines.append(Line(row, node(cells[0]), node(cells[1]) if len(cells) > 1 else "", weight=weight))
            else:
                net.lines.extend(Line(row, node(cells[0]), node(c)) for c in cells[1:])
    for name in names if layout == "fullmatrix" or not embedded else []:
        net.nodes.setdefault(name, {})
        net.node_rows.setdefault(name, (f.name, 1))
    return net


def _dl_labels(text: str) -> list[str]:
    """DL labels: separated by commas or line ends, perhaps quoted."""
    return [c.strip().strip('"') for line in text.splitlines() if line.strip()
            for c in next(csv.reader([line.strip()], skipinitialspace=True)) if c.strip()]


def _is_number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def _matrix_to_network(report: ImportReport, rows, name: str) -> Network | None:
    """A Network from an adjacency matrix, None when the rows are not one.

    Surveys of who works with whom are often published as a matrix: the organisations
    across the first row and down the first column (in any order), a number where row and
    column are tied (1, or a weight; 0 or blank where not). Read as an edge list it would
    come out as ties to organisations called "0" and "1". A matrix is recognised by its
    labels: the first row's (after its corner cell) are the same names as the first
    column's, and the cells between are numbers or blank. Each non-zero cell off the
    diagonal is a line from its row to its column; a symmetric matrix gives each pair once."""
    if len(rows) < 3:
        return None
    header_row, header = rows[0]
    columns = [c.strip() for c in header[1:]]
    while columns and not columns[-1]:
        columns.pop()
    labels = [cells[0].strip() for _, cells in rows[1:] if cells]
    if len(columns) < 2 or len(set(columns)) != len(columns) or set(columns) != set(labels):
        return None
    values = [c.strip() for _, cells in rows[1:] for c in cells[1:len(columns) + 1]]
    if not values or sum(1 for v in values if not v or _is_number(v)) <= 0.5 * len(values):
        return None
    net = Network(file=name, columns={"source": "row", "target": "column", "weight": "cell"})
    cells_at: dict[tuple[str, str], tuple[int, str]] = {}
    for row, cells in rows[1:]:
        source = cells[0].strip()
        net.nodes.setdefault(source, {})          # an organisation with no tie is still one
        net.node_rows.setdefault(source, (name, row))
        for j, value in enumerate(cells[1:len(columns) + 1]):
            value = value.strip()
            if not value or columns[j] == source:
                continue
            if not _is_number(value):
                report.warn(name, row, columns[j], f"{value[:40]!r} is not a number in a matrix: read as no tie")
            elif float(value) != 0:
                cells_at[(source, columns[j])] = (row, value)
    net.lines, symmetric = _matrix_lines(cells_at, labels)
    report.warn(name, header_row, "", f"read as {'a symmetric' if symmetric else 'an'} adjacency matrix of "
                                      f"{len(columns):,} organisations (names across the first row and down the "
                                      "first column)")
    return net


def _edge_rows_to_network(report: ImportReport, rows, name: str) -> Network:
    """A Network from an edge list's (line number, cells); `name` is what messages call it
    (a workbook's sheet is `file[sheet]`)."""
    if not rows:
        raise InputError(name, "holds no ties (every line is blank or a comment)", 1)
    net = Network(file=name)
    first_row, first = rows[0]
    roles = _header_roles(first)
    partial = _partial_header(first)
    affiliation = _affiliation_columns(first) if roles is None else None
    if affiliation is not None:
        roles = {affiliation[0]: "source", affiliation[1]: "target"}
        roles.update({i: _ROLE_OF[_key(c)] for i, c in enumerate(first) if i not in roles
                      and _ROLE_OF.get(_key(c)) in ("since", "until")})
    if _is_360giving(first):      # its columns name the ends in words too, but the grants import reads more
        raise InputError(name, "is a 360Giving grants file (Funding Org and Recipient Org columns): import it with "
                               "`partnermap import 360giving` (\"360Giving grants\" on the data page), which reads its "
                               "funders, recipients, amounts, dates and places", first_row)
    if roles is None and partial:
        raise InputError(name, f"the first line looks like a header ({', '.join(partial)}) but names no two ends "
                                 "of a tie: call them source and target (or from and to)", first_row)
    if roles is not None:
        body = rows[1:]
        for i, role in _roles_by_content(first, roles, body[:200]).items():
            roles[i] = role
            report.warn(name, first_row, first[i], f"read as the tie's {_ROLE_WORDS[role]}: its name and its "
                                                   "values say so")
        net.columns = {role: first[i] for i, role in roles.items()}
        for i, cell in enumerate(first):
            if i not in roles:
                report.warn(name, first_row, cell, "column ignored (not an end, date, kind, weight or amount)")
        if _funding_ends(first, roles):
            net.default_kind = "funding"
        if "amount" in roles.values():
            named = _words(first[next(i for i, r in roles.items() if r == "amount")]) & {"usd", "gbp", "eur"}
            net.currency = named.pop().upper() if len(named) == 1 else ""
    else:
        roles = _positional_roles(rows[:50])
        net.columns = {role: f"column {i + 1}" for i, role in roles.items()}
        body = rows
    by_role = {role: i for i, role in roles.items()}
    if "source" not in by_role or "target" not in by_role:
        raise InputError(name, "the header names no two ends of a tie (use source and target, or from and to)",
                         first_row)
    cells = 0
    for row, values in body:
        cells += len(values)
        if cells > limits.MAX_CELLS_PER_FILE:
            raise InputError(name, over_limit(f"{cells:,} cells", "MAX_CELLS_PER_FILE", "cells"), row)

        def cell(role):
            i = by_role.get(role)
            return values[i].strip() if i is not None and i < len(values) else ""
        net.lines.append(Line(row, cell("source"), cell("target"), cell("since"), cell("until"), cell("kind"),
                              cell("weight"), cell("amount")))
    if affiliation is not None:
        net.affiliation = (first_row, first[affiliation[0]], first[affiliation[1]])
        net.not_nodes = {line.target for line in net.lines} - {line.source for line in net.lines}
    return net


# Two-mode (affiliation) edge lists: an organisation column beside a column of what they
# share (org_id, project_id). Told by the words of the two columns' names.
_MEMBER_WORDS = {"org", "orgs", "organisation", "organization", "organisations", "organizations", "member",
                 "members", "actor", "actors", "agency", "agencies", "company", "companies", "charity",
                 "charities", "ngo", "ngos", "participant", "participants"}
_AFFILIATION_WORDS = {"project", "projects", "event", "events", "programme", "programmes", "program", "programs",
                      "meeting", "meetings", "committee", "committees", "board", "boards", "forum", "forums",
                      "coalition", "coalitions", "consortium", "consortia", "initiative", "initiatives",
                      "activity", "activities", "affiliation", "affiliations", "panel", "panels", "network",
                      "networks", "club", "clubs", "partnership", "partnerships"}
# Shared work is a partnership; a shared forum, board or network is a network tie.
_WORK_WORDS = {"project", "projects", "programme", "programmes", "program", "programs", "initiative",
               "initiatives", "consortium", "consortia", "activity", "activities", "partnership", "partnerships"}


def _earlier(a: str, b: str) -> str:
    """The earlier of two ISO dates, either of which may be '' (unknown): the known one."""
    return min(a, b) if a and b else a or b


def _affiliation_columns(cells: list[str]) -> tuple[int, int] | None:
    """(organisation column, affiliation column) of a two-mode edge list's header, when
    exactly one column's name says organisations and exactly one says what they share."""
    members = [i for i, c in enumerate(cells) if _words(c) & _MEMBER_WORDS and not _words(c) & _AFFILIATION_WORDS]
    shared = [i for i, c in enumerate(cells) if _words(c) & _AFFILIATION_WORDS and not _words(c) & _MEMBER_WORDS]
    return (members[0], shared[0]) if len(members) == 1 and len(shared) == 1 else None


def _project_affiliations(net: Network, report: ImportReport) -> None:
    """Turn an affiliation list's lines (organisation, what it shares) into ties between
    the organisations that share one: each pair once, its weight the number they share, its
    date the earliest on which both belonged to one (the later of their two dates; a line
    with no date takes its affiliation's own from the node table, a project's start). The
    affiliations are not organisations; an organisation sharing nothing is kept alone."""
    name = net.file
    header_row, member_column, shared_column = net.affiliation
    members: dict[str, dict[str, tuple[int, str]]] = {}
    for line in net.lines:
        if not line.since and line.target in net.affiliation_dates:
            line.since = net.affiliation_dates[line.target]
        if not line.source or not line.target:
            report.warn(name, line.row, member_column if not line.source else shared_column,
                        "no organisation or no affiliation on this line: skipped")
            if line.source:
                net.nodes.setdefault(line.source, {})
            continue
        since = _date(line.since, report, name, line.row, net.columns.get("since", ""), kept="the membership")
        seen = members.setdefault(line.target, {}).get(line.source)
        if seen is None or _earlier(since, seen[1]) != seen[1]:
            members[line.target][line.source] = (line.row, since)
        net.nodes.setdefault(line.source, {})
    kind = "partnership" if _words(shared_column) & _WORK_WORDS else "network"
    pairs: dict[tuple[str, str], list] = {}
    for shared, who in members.items():
        if len(who) > limits.MAX_AFFILIATION_MEMBERS:
            report.warn(name, min(r for r, _ in who.values()), shared_column,
                        f"{shared[:40]!r} has {len(who):,} members: past {limits.MAX_AFFILIATION_MEMBERS} "
                        "(limits.MAX_AFFILIATION_MEMBERS) it is not a working tie between every pair; not read as ties")
            continue
        ordered = sorted(who.items())
        for i, (a, (row_a, since_a)) in enumerate(ordered):
            for b, (row_b, since_b) in ordered[i + 1:]:
                since = max(since_a, since_b) if since_a and since_b else ""
                pair = pairs.get((a, b))
                if pair is None:
                    pairs[(a, b)] = [max(row_a, row_b), since, 1]
                else:
                    pair[1], pair[2] = _earlier(since, pair[1]), pair[2] + 1
    net.lines = [Line(row, a, b, since, "", kind, str(count)) for (a, b), (row, since, count) in pairs.items()]
    net.columns.update(source=member_column, target=member_column, kind=shared_column, weight=shared_column)
    report.warn(name, header_row, shared_column,
                f"read as an affiliation list: organisations ({member_column}) sharing a {shared_column} "
                f"are tied ({kind}, weighted by how many they share): {len(pairs):,} ties from {len(members):,} "
                f"{shared_column} values, which are not organisations themselves")


def _split_rows(name: str, text: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of every line that is not blank or a comment. The separator is
    the one Excel's `sep=` first line names, else the one of tab, comma, semicolon or pipe
    that splits the most of the first lines into the same number of cells (a title line
    does not decide; on a tie, in that order), else whitespace."""
    lines = text.splitlines()
    data = [(i + 1, ln) for i, ln in enumerate(lines) if ln.strip() and not ln.lstrip().startswith(("#", "%"))]
    if not data:
        return []
    hint = delimiter_hint(data[0][1].strip() + "\n")
    if hint:
        data = data[1:]
    delimiter = hint or best_delimiter("\n".join(ln for _, ln in data[:25]), ("\t", ",", ";", "|"))
    out = []
    if delimiter is None:
        return [(n, ln.split()) for n, ln in data]
    if data and len(data[0][1].split(delimiter)) > limits.MAX_COLUMNS:
        raise InputError(name, over_limit("the first line's columns", "MAX_COLUMNS", "columns"), data[0][0])
    for n, ln in data:
        out.append((n, [c.strip() for c in _cells(ln, delimiter)]))
    return out


def _cells(line: str, delimiter: str) -> list[str]:
    """A line's cells. Quoted names padded with spaces (`a, "b, c"`, `"a" ,b`), as
    hand-made files write them, are read without the padding; a line whose quotes do not
    close is split at every delimiter."""
    try:
        return next(csv.reader([line], delimiter=delimiter, strict=True, skipinitialspace=True), [])
    except csv.Error as e:
        if "expected after" in str(e):       # spaces (or more) after a closing quote
            return next(csv.reader([line], delimiter=delimiter, skipinitialspace=True), [])
        return line.split(delimiter)


def _without_title_rows(report: ImportReport, name: str, rows):
    """The rows from the header on, when lines (a title, a note) come before a header
    naming both ends within the first lines: no tie is listed above its header. Each is
    reported. Otherwise the rows as they are."""
    for i, (_, cells) in enumerate(rows[:20]):
        if _header_roles(cells) is not None:
            for row, above in rows[:i]:
                report.warn(name, row, "", f"{' '.join(c for c in above if c)[:60]!r} read as a title or note "
                                           "above the header, not as an organisation")
            return rows[i:]
    return rows


def _header_roles(cells: list[str]) -> dict[int, str] | None:
    """Column index -> role when the line is a header naming at least both ends, else None.
    Names in COLUMN_ROLES first; an end no such name gives is then found by a word of a
    column's name ("Connection From", "from_org_id", "Source Organisation"), the first
    column from the left with one, unless its name also has a date word ("Date To")."""
    roles: dict[int, str] = {}
    for i, cell in enumerate(cells):
        role = _ROLE_OF.get(_key(cell.lstrip("\ufeff")))
        if role is not None and role not in roles.values():
            roles[i] = role
    for i, cell in enumerate(cells):
        words = _words(cell)
        if i in roles or words & _NOT_END_WORDS:
            continue
        for role, end_words, other_words in (("source", _SOURCE_WORDS, _TARGET_WORDS),
                                             ("target", _TARGET_WORDS, _SOURCE_WORDS)):
            if role not in roles.values() and words & end_words and not words & other_words:
                roles[i] = role
                break
    return roles if {"source", "target"} <= set(roles.values()) else None


# Words of a column's name that say it is one end of the tie, for names not in COLUMN_ROLES.
_SOURCE_WORDS = {"from", "source", "src", "sender", "sending", "ego", "funder", "funders", "funding", "donor", "donors",
                 "giver", "giving", "grantor", "grantors", "referrer", "referring"}
_TARGET_WORDS = {"to", "target", "dst", "dest", "destination", "receiver", "receiving", "alter", "recipient",
                 "recipients", "grantee", "grantees", "referred"}


# Words in a column's name (split at anything but letters and digits, and at camelCase)
# that, with values to match, say what an unlisted column holds: `first_grant` (dates) is
# when the tie began, `amount_usd` is its money.
_DATE_WORDS = {"date", "dated", "year", "time", "day", "month", "when", "since", "start", "started", "first",
               "began", "begun", "awarded", "signed", "founded", "created", "opened", "joined"}
_AMOUNT_WORDS = {"amount", "amt", "usd", "gbp", "eur", "money", "dollars", "pounds", "euros", "sterling", "paid"}
# Words that make "From" and "To" a period, not the ends of a tie ("Date From", "Valid To").
_NOT_END_WORDS = _DATE_WORDS | {"valid", "effective", "period", "expires", "expiry", "until", "end"}
_WEIGHT_WORDS = {"weight", "strength", "number", "count", "frequency", "times", "occurrences"}
_ROLE_WORDS = {"since": "date (since)", "amount": "amount", "weight": "weight (how strong the tie is)"}
# End columns whose names say the line is money given: the tie is funding unless a kind
# column or `--kind` says otherwise.
_FUNDING_ENDS = {"source": {"funder", "donor", "giver", "grantor", "grantmaker", "fundername"},
                 "target": {"recipient", "grantee", "beneficiary", "donee", "recipientname"}}


def _words(cell: str) -> set[str]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", cell.lstrip("\ufeff"))
    return set(re.findall(r"[a-z]+", spaced.lower()))


def _roles_by_content(header: list[str], roles: dict[int, str], sample) -> dict[int, str]:
    """Roles of header columns not named in COLUMN_ROLES, from a word of their name and
    their values: a date word and mostly dates (not bare small numbers) is the date, an
    amount word and mostly amounts is the amount. Each role once, only when not taken."""
    found: dict[int, str] = {}
    taken = set(roles.values())

    for i, cell in enumerate(header):
        if i in roles:
            continue
        words, vals = _words(cell), _column_values(sample, i)
        if "since" not in taken and words & _DATE_WORDS and _mostly(vals, _reads_as_date) \
                and not _mostly(vals, lambda v: v.isdigit() and len(v) < 4):
            found[i] = "since"
            taken.add("since")
        elif "amount" not in taken and words & _AMOUNT_WORDS and _mostly(vals, _reads_as_amount):
            found[i] = "amount"
            taken.add("amount")
        elif "weight" not in taken and words & _WEIGHT_WORDS and not words & _DATE_WORDS \
                and _mostly(vals, _reads_as_number):
            # "Number of Common Projects", "Frequency": how strong the tie is (a count
            # named by a time, "first_year_count", says something else)
            found[i] = "weight"
            taken.add("weight")
    return found


def _column_values(sample, i: int) -> list[str]:
    """Column i's non-blank values in a sample of (line number, cells)."""
    return [c[i].strip() for _, c in sample if len(c) > i and c[i].strip()]


def _mostly(values: list[str], test) -> bool:
    """At least 80% of the values pass `test` (a stray header or odd line leaves the rest)."""
    return bool(values) and sum(map(test, values)) >= 0.8 * len(values)


def _reads_as_amount(text: str) -> bool:
    try:
        parse_amount(text)
        return True
    except BadValue:
        return False


def _funding_ends(header: list[str], roles: dict[int, str]) -> bool:
    """Whether the end columns' names say the lines are money given (funder -> recipient)."""
    return any(_key(header[i].lstrip("\ufeff")) in _FUNDING_ENDS[role]
               for i, role in roles.items() if role in _FUNDING_ENDS)


def _is_360giving(header: list[str]) -> bool:
    """The 360Giving standard's own column names for the two ends of a grant."""
    keys = {_key(c.lstrip("\ufeff")) for c in header}
    return any(k.startswith("fundingorg") for k in keys) and any(k.startswith("recipientorg") for k in keys)


def _partial_header(cells: list[str]) -> list[str]:
    """The cells of a first line that name a column role but cannot be data: not numbers,
    not dates (a headerless line of names such as "Alpha,Beta" is data)."""
    named = [c for c in cells if _ROLE_OF.get(_key(c)) and len(_key(c)) > 2]
    return [c for c in named if not _reads_as_number(c) and not _reads_as_date(c)]


def _positional_roles(sample: list[tuple[int, list[str]]]) -> dict[int, str]:
    """Roles of a headerless edge list's columns: the two ends, then a date if the third
    column reads as one in most lines, else a weight; a fourth column that reads as a date
    then is the date (KONECT's `u v weight time`)."""
    roles = {0: "source", 1: "target"}
    width = max(len(c) for _, c in sample)

    def mostly(i, test):
        return _mostly(_column_values(sample, i), test)
    if width > 2:
        if mostly(2, _reads_as_date):
            roles[2] = "since"
        elif mostly(2, _reads_as_number):
            roles[2] = "weight"
            if width > 3 and mostly(3, _reads_as_date):
                roles[3] = "since"
    return roles


def _reads_as_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _reads_as_date(text: str) -> bool:
    try:
        return bool(read_date(text))
    except BadValue:
        return False


def read_date(text: str) -> str:
    """An ISO date (or partial date) from what network files use for time: ISO and UK dates,
    years, Unix seconds (9-10 digits) or milliseconds (12-13 digits), as UTC. Raises BadValue."""
    text = text.strip()
    m = re.fullmatch(r"(\d{9,10}|\d{12,13})(\.\d+)?", text)
    if m:
        seconds = float(text) / (1000 if len(m[1]) >= 12 else 1)
        return datetime.fromtimestamp(seconds, timezone.utc).date().isoformat()
    if re.fullmatch(r"(1[89]|20|21)\d{2}\.0+", text):       # a year written by a float column: 2013.0
        text = text.split(".")[0]
    return parse_date(text)


def _read_node_file(f: InputFile, net: Network, report: ImportReport) -> None:
    _node_rows_into(net, report, f.name, _split_rows(f.name, decode_text(f, report)))


def _node_rows_into(net: Network, report: ImportReport, name: str, rows) -> None:
    """Names (and sector, description) of nodes from a node table's (line number, cells)."""
    if not rows:
        return
    header_row, header = rows[0]
    keys = [_key(c.lstrip("\ufeff")) for c in header]
    id_col = next((keys.index(k) for k in _NODE_ID if k in keys), None)
    if id_col is None:
        raise InputError(name, "no id column (id, node, name or label)", header_row)
    name_col = next((keys.index(k) for k in _NODE_NAME if k in keys and keys.index(k) != id_col), None)
    sector_col = next((keys.index(k) for k in _NODE_SECTOR if k in keys), None)
    description_col = next((keys.index(k) for k in _NODE_DESCRIPTION if k in keys), None)
    date_col = next((i for i, k in enumerate(keys) if _ROLE_OF.get(k) == "since"), None)
    for row, values in rows[1:]:
        node = values[id_col].strip() if id_col < len(values) else ""
        if not node:
            report.warn(name, row, header[id_col], "no node id: line skipped")
            continue
        if node in net.not_nodes:
            # A project or forum of a two-mode list, not an organisation; its date (a
            # project's start) dates the memberships the list leaves undated.
            if date_col is not None and date_col < len(values) and not is_blank(values[date_col]):
                net.affiliation_dates[node] = values[date_col].strip()
            continue
        attrs = {}
        for col, attr in ((name_col, "name"), (sector_col, "sector"), (description_col, "description")):
            if col is not None and col < len(values) and values[col].strip():
                attrs[attr] = values[col].strip()
        net.nodes.setdefault(node, {}).update(attrs)
        net.node_rows.setdefault(node, (name, row))


def sniff_format(text: str) -> str:
    """'graphml', 'gexf', 'gml', 'pajek', 'dl', 'json' or 'edges', from the content, not the file's name:
    published networks come with misleading extensions (GraphML saved as `.gml`, edge lists
    as `.net`)."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    low = head.lower()
    if low.startswith(("{", "[")):
        return "json"
    if low.startswith("<"):
        if "<graphml" in low:
            return "graphml"
        if "<gexf" in low:
            return "gexf"
        return "xml"
    body = re.sub(r"^(\s*(#|%)[^\n]*\n)+", "", head).lstrip().lower()
    if re.match(r"(creator\s+\"[^\"]*\"\s+)?(version\s+\S+\s+)?graph\s*\[", body):
        return "gml"
    if re.match(r"\*(vertices|network|arcs|edges)\b", body):
        return "pajek"
    if re.match(r"dl\b", body):
        return "dl"
    return "edges"


def _nodes_and_edges_to_network(f: InputFile, nodes, edges) -> Network:
    """A Network from [(node id, {attribute: value})] and [(source, target, {attribute: value})]:
    node names from a label or name attribute, edge roles from attribute names."""
    net = Network(file=f.name)
    for i, (node_id, attrs) in enumerate(nodes, start=1):
        info = {}
        label = next((attrs[k] for k in attrs if _key(k) in _NODE_NAME and attrs[k] not in (None, "")), None)
        if label is not None and str(label) != node_id:
            info["name"] = str(label)
        for attr, aliases in (("sector", _NODE_SECTOR), ("description", _NODE_DESCRIPTION)):
            value = next((attrs[k] for alias in aliases for k in attrs
                          if _key(k) == alias and attrs[k] not in (None, "")), None)
            if value is not None:
                info[attr] = str(value)
        net.nodes[node_id] = info
        net.node_rows[node_id] = (f.name, i)
    seen_roles = {}
    for i, (a, b, attrs) in enumerate(edges, start=1):
        line = Line(i, a, b)
        for attr, value in attrs.items():
            role = _ROLE_OF.get(_key(str(attr)))
            if role in ("since", "until", "kind", "weight", "amount") and value not in (None, ""):
                setattr(line, role, str(value))
                seen_roles.setdefault(role, str(attr))
        net.lines.append(line)
    net.columns = {"source": "edge source", "target": "edge target", **seen_roles}
    return net


def _flat(item) -> dict:
    """An element's attributes with Cytoscape's `data` and graphology's `attributes` lifted."""
    if not isinstance(item, dict):
        return {}
    out = {k: v for k, v in item.items() if not isinstance(v, (dict, list))}
    for inner in ("data", "attributes", "properties"):
        if isinstance(item.get(inner), dict):
            out.update({k: v for k, v in item[inner].items() if not isinstance(v, (dict, list))})
    return out


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_json_graph(f: InputFile, report: ImportReport) -> Network:
    """Node-link JSON (networkx, D3: `nodes` and `links` or `edges`, ends by id or by position),
    graphology and Cytoscape JSON (attributes under `attributes` or `data`), and Kumu
    blueprints (`elements` and `connections`, joined by label, as our Kumu export writes)."""
    doc = load_json(f, report)
    if isinstance(doc, dict) and isinstance(doc.get("elements"), dict):      # Cytoscape
        doc = {"nodes": doc["elements"].get("nodes", []), "edges": doc["elements"].get("edges", [])}
    if isinstance(doc, dict) and isinstance(doc.get("elements"), list):      # Kumu
        # Connections name elements by label; an element's own `id` (our Kumu export writes
        # one) is what it is stored under.
        nodes, by_label = [], {}
        for el in doc["elements"]:
            attrs = _flat(el)
            label = _cell(attrs.get("label"))
            key = _cell(attrs.get("id")) or label
            if key:
                nodes.append((key, {**attrs, "label": label or key}))
                by_label.setdefault(label or key, key)
        edges = []
        for c in doc.get("connections", []):
            attrs = _flat(c)
            a, b = _cell(attrs.get("from")), _cell(attrs.get("to"))
            edges.append((by_label.get(a, a), by_label.get(b, b), attrs))
        return _nodes_and_edges_to_network(f, nodes, edges)
    if not isinstance(doc, dict) or not any(k in doc for k in ("nodes", "links", "edges")) \
            or not isinstance(doc.get("nodes", []), list) or not isinstance(doc.get("links", doc.get("edges", [])), list):
        raise InputError(f.name, "is JSON but not a network we read: expected nodes and links (or edges), or Kumu's "
                                 "elements and connections", 1)
    raw_nodes = [n for n in doc.get("nodes", []) if isinstance(n, dict)]
    nodes = []
    for i, n in enumerate(raw_nodes):
        attrs = _flat(n)
        key = _cell(attrs.get("id", attrs.get("key", n.get("key", i))))
        nodes.append((key, attrs))
    ids = {key for key, _ in nodes}
    edges = []
    for e in doc.get("links", doc.get("edges", [])):
        attrs = _flat(e)
        ends = []
        for end in ("source", "target"):
            v = e.get(end, attrs.get(end)) if isinstance(e, dict) else None
            if isinstance(v, dict):                          # D3 after layout: the node object itself
                v = v.get("id", v.get("index"))
            text = _cell(v)
            # D3's older files give ends as positions in `nodes`.
            if text not in ids and isinstance(v, int) and 0 <= v < len(nodes):
                text = nodes[v][0]
            ends.append(text)
        edges.append((ends[0], ends[1], {k: v for k, v in attrs.items() if k not in ("source", "target")}))
    return _nodes_and_edges_to_network(f, nodes, edges)


def _read_workbook(f: InputFile, report: ImportReport) -> Network:
    """An XLSX workbook: the sheet whose header names two ends is the ties (Kumu's
    "Connections"), a sheet with a label or name column and no ends names the nodes
    (Kumu's "Elements")."""
    from openpyxl import load_workbook

    from graph.importers.sources import _check_workbook
    _check_workbook(f)
    try:
        wb = load_workbook(io.BytesIO(f.data), read_only=True, data_only=True)
    except Exception as e:   # noqa: BLE001 - openpyxl on hostile input fails in too many ways to list
        raise InputError(f.name, f"is not a readable XLSX workbook ({e.__class__.__name__})") from None
    report.encodings[f.name] = "xlsx"
    try:
        sheets = []
        for ws in wb.worksheets:
            ws.reset_dimensions()
            rows, cells = [], 0
            for i, values in enumerate(ws.iter_rows(values_only=True), start=1):
                row = [_cell(v) for v in values]
                while row and not row[-1]:
                    row.pop()
                cells += len(row)
                if cells > limits.MAX_CELLS_PER_FILE:
                    raise InputError(f.name, over_limit(f"{cells:,} cells", "MAX_CELLS_PER_FILE", "cells"), i)
                if any(row):
                    rows.append((i, row))
            sheets.append((ws.title, rows))
    finally:
        wb.close()
    ties = next(((t, r) for t, r in sheets if r and _header_roles(r[0][1])), None)
    if ties is None:
        # A survey's matrix is as often a workbook as a CSV.
        for title, rows in sheets:
            matrix = _matrix_to_network(report, rows, f"{f.name}[{title}]")
            if matrix is not None:
                return matrix
        raise InputError(f.name, "no sheet has a header naming two ends of a tie (source and target, or from and to) "
                                 "or is an adjacency matrix (the same names across the first row and down the first "
                                 "column)", 1)
    title, rows = ties
    net = _edge_rows_to_network(report, rows, f"{f.name}[{title}]")
    for other, node_rows in sheets:
        if other == title or not node_rows:
            continue
        keys = [_key(c) for c in node_rows[0][1]]
        if any(k in _NODE_ID or k in _NODE_NAME for k in keys):
            _node_rows_into(net, report, f"{f.name}[{other}]", node_rows)
            break
    return net


def _read_graph_file(f: InputFile, report: ImportReport, text: str, kind: str) -> Network:
    if re.search(r"<!(DOCTYPE|ENTITY)", text[:200_000], re.I):
        raise InputError(f.name, "has a DOCTYPE or entity declaration, which graph files do not need; refused "
                                 "(entities can expand a small file without bound)", 1)
    if kind == "xml":
        raise InputError(f.name, "is XML but neither GraphML nor GEXF", 1)
    try:
        if kind in ("graphml", "gexf"):
            nodes, edges = _read_xml_graph(text, kind)
        else:
            import networkx as nx
            g = nx.parse_gml(text, label="id") if kind == "gml" else nx.parse_pajek(_pajek_lists_as_pairs(text))
            nodes = [(str(n), {str(k): v for k, v in a.items()}) for n, a in g.nodes(data=True)]
            edges = [(str(x), str(y), {str(k): v for k, v in a.items()}) for x, y, a in g.edges(data=True)]
    except InputError:
        raise
    except Exception as e:   # each reader raises its own kinds of error for a broken file
        raise InputError(f.name, f"not a readable {kind.upper()} graph: {str(e)[:200]}", 1) from None
    return _nodes_and_edges_to_network(f, nodes, edges)


def _pajek_lists_as_pairs(text: str) -> str:
    """Pajek's `*Edgeslist` and `*Arcslist` sections (a node, then every node it is tied to)
    written as `*Edges` and `*Arcs` pairs, which networkx reads; it would take the third
    number of a list line for a weight."""
    out, listing = [], False
    for line in text.splitlines():
        head = line.strip().lower()
        if head.startswith("*"):
            listing = head.startswith(("*edgeslist", "*arcslist"))
            out.append(("*Edges" if head.startswith("*edges") else "*Arcs") if listing else line)
        elif listing and head:
            first, *others = line.split()
            out.extend(f"{first} {other}" for other in others)
        else:
            out.append(line)
    return "\n".join(out)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _date_sort_key(text: str):
    """Dates or plain numbers (GEXF's double time format) in time order."""
    try:
        return (0, float(text), "")
    except ValueError:
        return (1, 0.0, text)


def _read_xml_graph(text: str, kind: str):
    """([(node id, {attribute: value})], [(source, target, {attribute: value})]) from GraphML
    or GEXF, read leniently: namespaces and versions are ignored, <key> declarations may sit
    anywhere (some tools put them inside <graph>), and a key id used for both nodes and
    edges means each where it is used. Edge ids and row order follow the file."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(text)
    keys: dict[tuple[str, str], str] = {}
    if kind == "graphml":
        for el in root.iter():
            if _local(el.tag) == "key" and el.get("id") is not None:
                name = el.get("attr.name") or el.get("id")
                for scope in ((el.get("for") or "all"),):
                    keys[(scope, el.get("id"))] = name
    else:
        for group in root.iter():
            if _local(group.tag) == "attributes":
                scope = group.get("class", "node")
                for el in group:
                    if _local(el.tag) == "attribute" and el.get("id") is not None:
                        keys[(scope, el.get("id"))] = el.get("title") or el.get("id")

    def data(el, scope):
        out = {}
        for name, value in el.attrib.items():
            if name not in ("id", "source", "target"):
                out[name] = value
        for child in el.iter():
            tag = _local(child.tag)
            if kind == "graphml" and tag == "data" and child is not el:
                k = child.get("key", "")
                out[keys.get((scope, k)) or keys.get(("all", k)) or k] = (child.text or "").strip()
            elif kind == "gexf" and tag == "attvalue":
                k = child.get("for") or child.get("id") or ""
                out[keys.get((scope, k)) or k] = child.get("value", "")
                if child.get("start") and "start" not in out:
                    out["start"] = child.get("start")
            elif kind == "gexf" and tag == "spell":
                # A dynamic network's tie is alive over one or more spells: it began with the
                # earliest and ended with the latest (an open end: still alive).
                begin = child.get("start") or child.get("startopen")
                end = child.get("end") or child.get("endopen")
                spells = out.setdefault("_spells", [])
                spells.append((begin, end))
        spells = out.pop("_spells", None)
        if spells:
            begins = [b for b, _ in spells if b]
            if begins and "start" not in out:
                out["start"] = min(begins, key=_date_sort_key)
            if all(e for _, e in spells) and "end" not in out:
                out["end"] = max((e for _, e in spells), key=_date_sort_key)
        return out
    nodes, edges = [], []
    for el in root.iter():
        tag = _local(el.tag)
        if tag == "node" and el.get("id") is not None:
            nodes.append((el.get("id"), data(el, "node")))
        elif tag == "edge" and el.get("source") is not None:
            edges.append((el.get("source"), el.get("target") or "", data(el, "edge")))
    return nodes, edges


# ---- importing ------------------------------------------------------------------------
def import_network(store, path_or_files, dry_run: bool = False, *, skip_bad: bool = False,
                   progress: Callable[[int], None] | None = None, kind: str | None = None) -> ImportReport:
    """Import an edge list or graph file (see the module notes) into `store`. `kind` is the
    kind of a tie whose line names none; None: funding where the end columns are named as
    funder and recipient (funder, donor, grantee...), else partnership."""
    report = ImportReport(format="network", source=str(path_or_files) if not isinstance(path_or_files, dict)
                          else ", ".join(sorted(path_or_files)))
    if kind is not None and kind not in TIE_KINDS:
        report.error(report.source, 0, "kind", f"{kind!r} is not a tie kind: use one of {', '.join(TIE_KINDS)}")
        return report
    net = read_network(path_or_files, report)
    if net is None:
        return report
    batch = Batch(store, report, mode="enrich", source="network")
    if kind is None and net.default_kind:
        report.warn(net.file, 1, net.columns.get("source", "source"),
                    f"ties read as {net.default_kind}: the end columns ({net.columns.get('source')}, "
                    f"{net.columns.get('target')}) say who gives to whom; give --kind to read them otherwise")
    ties = _ties(net, report, kind or net.default_kind or "partnership")
    ids = _add_nodes(batch, net, ties, report)
    for (a, b, k), t in ties.items():
        tie = build_tie(report, net.file, t["row"], labels={"strength": net.columns.get("weight", "weight"),
                                                            "since": net.columns.get("since", "since"),
                                                            "until": net.columns.get("until", "until")},
                        from_id=ids[a], to_id=ids[b], kind=k, strength=t["strength"], since=t["since"],
                        until=t["until"], amount=t["amount"],
                        currency=net.currency if t["amount"] is not None else "", source="network")
        if tie is not None:
            batch.add_tie(tie, net.file, t["row"])
    repeated = sum(t["lines"] - 1 for t in ties.values())
    if repeated:
        report.warn(net.file, 0, "", f"{repeated:,} repeated line(s) of a pair already tied were merged into "
                                     f"its tie (earliest date, largest weight, amounts summed)")
    if progress is not None:
        progress(len(net.lines))
    return batch.finish(dry_run=dry_run, skip_bad=skip_bad)


def _ties(net: Network, report: ImportReport, default_kind: str) -> dict:
    """(end, end, kind) -> the tie's merged values; ends in file order for directed kinds,
    sorted for mutual ones. Also notes every node seen at an end."""
    ties: dict[tuple[str, str, str], dict] = {}
    f = net.file
    # A node the file or its node table declares is a node even when its id reads as a
    # placeholder: Old Nan is "Nan" in the Game of Thrones network.
    declared = set(net.nodes)

    def _no_end(text: str) -> bool:
        return _placeholder(text) and text not in declared

    for line in net.lines:
        report.rows_read += 1
        a, b = line.source, line.target
        if _no_end(a) and _no_end(b):
            report.skip(f, line.row, "no node at either end", net.columns.get("source", "source"))
            continue
        if _no_end(a) or _no_end(b):
            alone, missing = (b, a) if _no_end(a) else (a, b)
            said = (f" ({missing.strip()!r} reads as a placeholder for none; list it in a node table if it is "
                    f"a node)") if missing.strip() else ""
            report.warn(f, line.row, net.columns.get("target" if _no_end(b) else "source", "target"),
                        f"only one end{said}: {alone!r} kept as an organisation, without a tie from this line")
            net.nodes.setdefault(alone, {})
            net.node_rows.setdefault(alone, (f, line.row))
            continue
        for node in (a, b):
            net.nodes.setdefault(node, {})
            net.node_rows.setdefault(node, (f, line.row))
        if a == b:
            report.warn(f, line.row, net.columns.get("target", "target"), f"a tie from {a!r} to itself: node kept, "
                                                                          "loop dropped")
            continue
        kind = _kind(line.kind, default_kind, report, f, line.row, net.columns.get("kind", "kind"))
        since = _date(line.since, report, f, line.row, net.columns.get("since", "since"))
        until = _date(line.until, report, f, line.row, net.columns.get("until", "until"))
        weight = _number(line.weight, report, f, line.row, net.columns.get("weight", "weight"))
        amount = None
        if line.amount:
            try:
                amount = parse_amount(line.amount)
            except (BadValue, ValueError):
                report.warn(f, line.row, net.columns.get("amount", "amount"), f"{line.amount[:40]!r} is not an "
                                                                              "amount: dropped, tie kept")
        key = (a, b, kind) if kind in DIRECTED_TIE_KINDS else (min(a, b), max(a, b), kind)
        t = ties.get(key)
        if t is None:
            if weight is not None and weight <= 0:
                report.warn(f, line.row, net.columns.get("weight", "weight"),
                            f"weight {line.weight[:20]} is not positive, so not a strength: dropped, tie kept")
                weight = None
            ties[key] = {"row": line.row, "lines": 1, "since": since, "until": until, "strength": 1.0,
                         "weight": weight, "amount": amount}
            continue
        t["lines"] += 1
        if since and (not t["since"] or since < t["since"]):
            t["since"] = since
        if until and (not t["until"] or until > t["until"]):
            t["until"] = until
        if weight is not None and weight > 0 and (t["weight"] is None or weight > t["weight"]):
            t["weight"] = weight
        if amount is not None:
            t["amount"] = (t["amount"] or 0.0) + amount
    for t in ties.values():
        if t["until"] and t["since"] and t["until"] < t["since"]:
            t["until"] = ""
    _weights_to_strengths(ties, report, f, net.columns.get("weight", "weight"))
    return ties


def _weights_to_strengths(ties: dict, report: ImportReport, f: str, column: str) -> None:
    """Each tie's strength from its weight. Weights on our scale (0, 10] are strengths as
    they are. Published weights are often counts (co-appearances, messages, grants) that run
    past 10: then every weight is scaled by 10 / the largest, so ratios are kept (analyses
    that weigh ties, such as Burt's constraint, see the same proportions) and no tie loses its
    weight. A tie with no weight keeps the default strength 1."""
    weights = [t["weight"] for t in ties.values() if t["weight"] is not None]
    if not weights:
        return
    top = max(weights)
    scale = 10.0 / top if top > 10 else 1.0
    for t in ties.values():
        if t["weight"] is not None:
            t["strength"] = t["weight"] * scale
    if scale != 1.0:
        report.warn(f, 0, column, f"weights run up to {top:g}, past our strength scale (0, 10]: every weight "
                                  f"scaled by 10/{top:g} into it (ratios kept)")


_NO_END = {"", "na", "n/a", "nan", "null", "none", "-", "?", "nil", "missing", "unknown"}


def _placeholder(text: str) -> bool:
    return text.strip().lower() in _NO_END


def _kind(text, default, report, f, row, column) -> str:
    if not text:
        return default
    k = _key(text)
    for kind in TIE_KINDS:
        if k == _key(kind):
            return kind
    for stem, kind in _KIND_STEMS:
        if stem in k:
            return kind
    report.warn(f, row, column, f"{text[:40]!r} is not a tie kind we know: read as {default}")
    return default


def _date(text, report, f, row, column, kept: str = "the tie") -> str:
    if not text:
        return ""
    try:
        return read_date(text)
    except BadValue as e:
        report.warn(f, row, column, f"{e}: {kept} is kept, undated")
        return ""


def _number(text, report, f, row, column):
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        report.warn(f, row, column, f"{text[:40]!r} is not a number: dropped, tie kept")
        return None
    if not math.isfinite(value):                     # NaN or infinity is no weight
        report.warn(f, row, column, f"{text[:40]!r} is not a finite number: dropped, tie kept")
        return None
    return value


def _sector(given: str, ids: list[str], name: str, report: ImportReport, file: str, row: int) -> tuple[str, tuple]:
    """(sector, inferences) of a node: the file's word when it is one of our sectors or
    names one ("Funder", "Faith group"), else what its organisation type, identifier or name
    says (a "Local authority" type, a GB-LAE id, "Trafford Council": statutory), else vcse.
    A network file rarely says, and a council read as a small voluntary group skews every
    fairness figure."""
    words = set(re.findall(r"[a-z]+", given.lower()))
    named = next((s for s in SECTORS if s in words), None)
    if named is not None:
        return named, ()
    evidence = infer_sector(ids, name, given or None)
    if evidence is not None:
        return evidence.sector, (evidence.inference(),)
    if given:
        report.warn(file, row, "sector", f"{given[:40]!r} is not a sector we know: read as vcse")
    return "vcse", ()


def _add_nodes(batch: Batch, net: Network, ties: dict, report: ImportReport) -> dict[str, str]:
    """Every node as an organisation; returns node -> the id it is stored under."""
    ids = {}
    # A node that gives funding in this file and receives none is a funder, unless its
    # type, identifier or name says otherwise (a council that gives grants is statutory):
    # the donations file's foundations were vcse, so fairness counted them as small groups.
    givers = {a for a, _, k in ties if k == "funding"}
    givers -= {b for _, b, k in ties if k == "funding"}
    for node, attrs in net.nodes.items():
        file, row = net.node_rows.get(node, (net.file, 0))
        published = read_identifier(node)
        # A network's node ids are names or numbers ("0" is a real node in SNAP files), never
        # placeholders: only a registered id is read as one.
        org_id = published.org_id if published is not None and published.registered else org_id_for_identifier(node)
        name = (attrs.get("name") or node)[:300]
        registered = published.registered if published is not None else ()
        sector, inferred = _sector(attrs.get("sector", ""), [org_id, *registered], name, report, file, row)
        if node in givers and sector == "vcse" and not inferred and not attrs.get("sector"):
            sector, inferred = "funder", (Inference("sector", "funder", 0.8, "role",
                                                    "gives funding in this file and receives none"),)
        org = build_org(report, file, row, id=org_id, name=name, description=attrs.get("description", ""),
                        sector=sector, registered_ids=registered, inferred=inferred, source="network")
        ids[node] = batch.add_org(org, file, row) if org is not None else org_id
    return ids
