"""Tables in the other shapes spreadsheets and old tools save them in: semicolon- or
pipe-separated, Excel's `sep=` first line, a title or notes above the header (CSV and
XLSX), a Ctrl-Z end-of-file mark, rows of nothing but control characters, quoted values
padded with spaces, a column title repeated, UTF-16 without a byte order mark; and the date
shapes UK grant files use beside ISO dates (two-digit years, financial years, quarters).

Each case is the real Trafford Council 360Giving sample, reshaped, so every one must land
the same organisations and ties as the file as published (and the reshaping never costs a
good row). Before, each of these refused the whole file ("required column 'Identifier' is
missing", or "row has 1 values ... (the file looks truncated)" for the Ctrl-Z)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from graph.importers import run_import
from graph.importers.sources import InputFile, read_table, sniff_delimiter
from graph.importers.report import ImportReport
from graph.importers.identifiers import charity_ids, read_identifier
from graph.importers.values import BadValue, parse_amount, parse_date
from graph.stores.embedded import EmbeddedStore

TRAFFORD = "360giving/trafford_council_grants_sample.csv"
SAMPLES_FULL_TRAFFORD = (Path(__file__).resolve().parents[1] / "data" / "samples" / "360giving"
                         / "trafford_council_vcs_grants_360giving_2021-04-07.csv")


def _rows(samples) -> list[list[str]]:
    with open(samples / TRAFFORD, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def _csv(rows, delimiter=",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _landed(tmp_path, name: str, data: bytes, label: str):
    store = EmbeddedStore(tmp_path / f"{label}.db")
    try:
        report = run_import(store, "360giving", {name: data})
        assert report.ok and report.written, [str(e) for e in report.errors]
        snap = store.read_all()
        return report, sorted(o.id for o in snap.organisations), sorted((t.ref, t.since, t.amount) for t in snap.ties)
    finally:
        store.close()


@pytest.fixture
def published(tmp_path, samples):
    _, orgs, ties = _landed(tmp_path, "grants.csv", (samples / TRAFFORD).read_bytes(), "published")
    assert len(orgs) > 10 and len(ties) > 20
    return orgs, ties


def _quoted_all(rows) -> str:
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _repeated(rows, title: str, fill) -> list[list[str]]:
    """`rows` with the column `title` appended again, each row's value given by fill(value)."""
    at = rows[0].index(title)
    return [rows[0] + [title]] + [r + [fill(r[at])] for r in rows[1:]]


def _shapes(rows):
    body = _csv(rows)
    return {
        "semicolon": _csv(rows, ";").encode("utf-8"),
        "pipe": _csv(rows, "|").encode("utf-8"),
        "excel sep= line": ("sep=;\r\n" + _csv(rows, ";")).encode("cp1252", "replace"),
        "title and blank line above": ("Trafford Council grants to voluntary groups,,,\r\n\r\n" + body).encode(),
        "title with a comma above": ("Trafford Council, grants 2021\r\n" + body).encode(),
        "ctrl-z end-of-file mark": body.encode() + b"\x1a",
        "row of control characters": (body + "\x0c\r\n").encode(),
        "quoted values, spaces after the comma": _quoted_all(rows).replace('","', '", "').encode(),
        "quoted values, spaces before the comma": _quoted_all(rows).replace('","', '"  ,"').encode(),
        "a column repeated, blank": _csv(_repeated(rows, "Amount Awarded", lambda v: "")).encode(),
        "a column repeated, filled alike": _csv(_repeated(rows, "Recipient Org:Name", lambda v: v)).encode(),
        "utf-16-le without a byte order mark": body.encode("utf-16-le"),
        "utf-16-be without a byte order mark": body.encode("utf-16-be"),
    }


@pytest.mark.parametrize("shape", ["semicolon", "pipe", "excel sep= line", "title and blank line above",
                                   "title with a comma above",
                                   "ctrl-z end-of-file mark", "row of control characters",
                                   "quoted values, spaces after the comma", "quoted values, spaces before the comma",
                                   "a column repeated, blank", "a column repeated, filled alike",
                                   "utf-16-le without a byte order mark", "utf-16-be without a byte order mark"])
def test_reshaped_real_file_lands_as_published(tmp_path, samples, published, shape):
    data = _shapes(_rows(samples))[shape]
    report, orgs, ties = _landed(tmp_path, "grants.csv", data, "reshaped")
    assert (orgs, ties) == published
    if shape == "title and blank line above":
        assert [str(w) for w in report.warnings] == [
            "grants.csv:1:: 'Trafford Council grants to voluntary groups' read as a title or note above the "
            "table, not as its header or a record"]
    if shape == "ctrl-z end-of-file mark":
        assert [w.reason for w in report.warnings] == ["removed 1 end-of-file mark (Ctrl-Z, U+001A) character(s)"]


    if shape.startswith("quoted values"):
        assert [w.reason for w in report.warnings] == [
            "line 1: quoted values padded with spaces around their quotes; the file is read without the padding"]
    if shape.startswith("a column repeated"):
        title = "Amount Awarded" if shape.endswith("blank") else "Recipient Org:Name"
        assert [(w.row, w.field, w.reason) for w in report.warnings] == [
            (1, title, f"column {title!r} appears 2 times (columns {_rows(samples)[0].index(title) + 1}, "
                       f"{len(_rows(samples)[0]) + 1}): each row's first non-blank value under it is read")]


def test_the_published_file_is_not_taken_for_a_padded_one(tmp_path, samples):
    """Its descriptions hold ', "' and '", ' inside quoted values ("... barrier baskets, "):
    only a strict read that goes wrong means padding."""
    report, _, _ = _landed(tmp_path, "grants.csv", (samples / TRAFFORD).read_bytes(), "published")
    assert not report.warnings


def test_a_repeated_column_reads_the_first_value_and_reports_a_different_one(tmp_path, samples):
    rows = _repeated(_rows(samples), "Amount Awarded", lambda v: "")
    rows[4][-1] = "999999"                      # differs from the row's first Amount Awarded
    rows[5][rows[0].index("Amount Awarded")] = ""  # the first is blank: the later value is read
    rows[5][-1] = "1234"
    store = EmbeddedStore(tmp_path / "s.db")
    try:
        report = run_import(store, "360giving", {"grants.csv": _csv(rows).encode()})
        assert report.ok and report.written
        amounts = {t.ref: t.amount for t in store.read_all().ties}
    finally:
        store.close()
    ident = rows[0].index("Identifier")
    assert amounts[rows[5][ident]] == 1234
    assert amounts[rows[4][ident]] == float(rows[4][rows[0].index("Amount Awarded")])
    assert [(w.row, w.field) for w in report.warnings if "differs" in w.reason] == [(5, "Amount Awarded")]


def test_a_workbook_with_a_repeated_column_keeps_the_filled_value(tmp_path, samples, published):
    """A dict of the row let the last column win: a blank repeat silently emptied every amount."""
    from openpyxl import Workbook
    wb = Workbook()
    for r in _repeated(_rows(samples), "Amount Awarded", lambda v: None):
        wb.active.append(r)
    out = io.BytesIO()
    wb.save(out)
    report, orgs, ties = _landed(tmp_path, "grants.xlsx", out.getvalue(), "xlsx")
    assert (orgs, ties) == published
    assert [w.field for w in report.warnings] == ["Amount Awarded"]


def test_one_broken_row_of_the_real_file_costs_only_itself(tmp_path, samples, published):
    """A row with a value too many (a comma typed into an unquoted cell) used to mean nothing
    was written unless --skip-bad: every good grant lost for one odd row."""
    rows = _rows(samples)
    text = _csv(rows).split("\r\n")
    text[5] = text[5] + ",stray"
    store = EmbeddedStore(tmp_path / "s.db")
    try:
        report = run_import(store, "360giving", {"grants.csv": "\r\n".join(text).encode()})
        assert [(e.row, e.reason) for e in report.errors] == [(6, f"row has {len(rows[0]) + 1} values but the header "
                                                                  f"has {len(rows[0])}")]
        assert report.written
        refs = sorted(t.ref for t in store.read_all().ties)
        assert refs == sorted(r[0] for i, r in enumerate(rows[1:], start=2) if i != 6)
    finally:
        store.close()
    store = EmbeddedStore(tmp_path / "strict.db")
    try:
        assert not run_import(store, "360giving", {"grants.csv": "\r\n".join(text).encode()}, strict=True).written
    finally:
        store.close()


def test_grants_to_recipients_the_file_does_not_name_are_skipped_not_merged(tmp_path, samples):
    """'Anonymous', 'Withheld', 'Various recipients' with no identifier: each name became one
    organisation, so every anonymised grant of a file (and of every funder) was one group's."""
    rows = _rows(samples)
    h = rows[0]
    for k, name in zip(range(1, 6), ["Anonymous", "Anonymous", "Withheld", "Various recipients", "Unknown"]):
        for col in ("Recipient Org:Identifier", "Recipient Org:Charity Number", "Recipient Org:Company Number",
                    "Recipient Org:Postal Code"):
            rows[k][h.index(col)] = ""
        rows[k][h.index("Recipient Org:Name")] = name
    store = EmbeddedStore(tmp_path / "s.db")
    try:
        report = run_import(store, "360giving", {"grants.csv": _csv(rows).encode()})
        names = {o.name for o in store.read_all().organisations}
    finally:
        store.close()
    assert not names & {"Anonymous", "Withheld", "Various recipients", "Unknown"}
    assert report.skipped_by_reason() == {
        "recipient not named (anonymous, withheld or pooled): not an organisation": 5}
    assert report.created["ties"] == len(rows) - 1 - 5


def test_rows_under_a_title_keep_their_own_row_numbers(tmp_path, samples):
    rows = _rows(samples)
    rows[3][rows[0].index("Award Date")] = "not a date"
    data = ("Trafford grants\r\n" + _csv(rows)).encode()
    store = EmbeddedStore(tmp_path / "s.db")
    try:
        report = run_import(store, "360giving", {"grants.csv": data})
    finally:
        store.close()
    # The header is the file's row 2, so the fourth row of the table is row 5.
    assert "grants.csv:5:Award Date: 'not a date' is not a date we can read" in "\n".join(
        str(w) for w in report.warnings)


def test_workbook_with_a_title_above_its_header_lands_as_published(tmp_path, samples, published):
    from openpyxl import Workbook
    wb = Workbook()
    wb.active.append(["Trafford Council grants to voluntary groups"])
    wb.active.append([])
    for r in _rows(samples):
        wb.active.append(r)
    out = io.BytesIO()
    wb.save(out)
    # Sent under a .csv name: a workbook is told by its content.
    report, orgs, ties = _landed(tmp_path, "grants.csv", out.getvalue(), "xlsx")
    assert (orgs, ties) == published
    assert [(w.row, w.reason) for w in report.warnings] == [
        (1, "'Trafford Council grants to voluntary groups' read as a title or note above the table, not as its "
            "header or a record")]


def test_our_csv_format_and_hsds_read_semicolons_too(tmp_path):
    store = EmbeddedStore(tmp_path / "s.db")
    try:
        report = run_import(store, "csv", {"organisations.csv": b"id;name;income\nPM-1;\"One, Ltd\";100\n"})
        assert report.ok, [str(e) for e in report.errors]
        assert store.get_organisation("PM-1").name == "One, Ltd"
    finally:
        store.close()


@pytest.mark.parametrize("text, delimiter", [
    ("a,b,c\n1,2,3\n", ","),
    ("a;b;c\n1;2,5;3\n4;5,0;6\n", ";"),                    # decimal commas do not decide
    ("a;b;c\n\"x, y, z, w, v\";2;3\n", ";"),              # nor a quoted value full of commas
    ("a\tb\tc\n1\t2\t3\n", "\t"),
    ("a|b|c\n1|2|3\n", "|"),
    ("Title, with a comma\na;b;c\n1;2;3\n", ";"),         # a title line does not decide either
    ("sep=|\na|b\n", "|"),
    ("name\nOne\n", ","),                                  # one column: the default
])
def test_sniff_delimiter(text, delimiter):
    assert sniff_delimiter(text, "x.csv") == delimiter


def test_small_tables_and_headers_with_blank_titles_keep_their_first_row_as_header():
    report = ImportReport(format="csv", source="t")
    for text in ("name\nOne\nTwo\n", "id,\nPM-1,One\n", "id,name,,,\nPM-1,One,a,b,c\nPM-2,Two,a,b,c\n",
                 ",id,name\n0,PM-1,One\n"):
        header, rows = read_table(InputFile("t.csv", text.encode()), report)
        assert "id" in header or "name" in header, text
        assert len(list(rows)) >= 1
    assert not report.warnings


@pytest.mark.parametrize("text, iso", [
    ("18/01/13", "2013-01-18"), ("1/2/99", "1999-02-01"), ("01.04.29 00:00", "2029-04-01"),
    ("2013/14", "2013"), ("2013-14", "2013"), ("2013/2014", "2013"), ("FY 2013/14", "2013"), ("fy2019-20", "2019"),
    ("2011/12", "2011"),      # financial year 2011/12, or December 2011: the year is right either way
    ("Q1 2013", "2013"), ("2013 Q4", "2013"), ("2013-Q2", "2013"),
    ("2013/08", "2013-08"), ("2013-08", "2013-08"),
])
def test_financial_years_quarters_and_two_digit_years(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text, iso", [
    ("2019/03/31", "2019-03-31"), ("2019.03.31", "2019-03-31"), ("20190331", "2019-03-31"),
    ("31-Mar-19", "2019-03-31"), ("31-Mar-2019", "2019-03-31"), ("1 Apr 14", "2014-04-01"),
    ("Mar-19", "2019-03"), ("Sunday, 31 March 2019", "2019-03-31"), ("Sun 31/03/2019", "2019-03-31"),
    ("March 31, 2019", "2019-03-31"), ("3/31/2019", "2019-03-31"), ("12/31/19", "2019-12-31"),
    ("3/4/2019", "2019-04-03"),      # both readings possible: day-first, as UK publishers write
])
def test_dates_as_spreadsheets_and_other_tools_write_them(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text, amount", [
    ("1.168,50", 1168.5), ("1168,50", 1168.5), ("1.234.567,89", 1234567.89), ("1.168.000", 1168000),
    ("1,168", 1168), ("1.168", 1.168), ("1 168", 1168), ("1\u202f168,00", 1168), ("EUR 1.168,50", 1168.5),
    ("£1.2k", 1200), ("100K", 100000), ("£2.5 million", 2500000), ("£2m", 2000000), ("3.5bn", 3.5e9),
])
def test_amounts_with_decimal_commas_and_magnitude_words(text, amount):
    assert parse_amount(text) == pytest.approx(amount)


@pytest.mark.parametrize("text", ["1,1,1", "12k5", "m", "£1.2.3,4,5"])
def test_amounts_that_are_not_numbers_are_still_refused(text):
    with pytest.raises(BadValue):
        parse_amount(text)


def _rewritten(rows, column: str, write) -> list[list[str]]:
    at = rows[0].index(column)
    return [rows[0]] + [r[:at] + [write(r[at]) if r[at] else ""] + r[at + 1:] for r in rows[1:]]


@pytest.mark.parametrize("shape", ["31-Mar-19", "2019/03/31", "20190331", "Sunday, 31 March 2019"])
def test_real_award_dates_rewritten_as_other_tools_write_them_land_as_published(tmp_path, samples, published,
                                                                                shape):
    from datetime import date
    formats = {"31-Mar-19": "%d-%b-%y", "2019/03/31": "%Y/%m/%d", "20190331": "%Y%m%d",
               "Sunday, 31 March 2019": "%A, %d %B %Y"}
    rows = _rewritten(_rows(samples), "Award Date", lambda v: date.fromisoformat(v[:10]).strftime(formats[shape]))
    report, orgs, ties = _landed(tmp_path, "grants.csv", _csv(rows).encode(), "dates")
    assert (orgs, ties) == published and not report.warnings


def test_real_amounts_written_with_decimal_commas_land_as_published(tmp_path, samples, published):
    def european(v: str) -> str:
        whole, _, pence = f"{float(v):,.2f}".partition(".")
        return whole.replace(",", ".") + "," + pence
    rows = _rewritten(_rows(samples), "Amount Awarded", european)
    assert any("." in r[rows[0].index("Amount Awarded")][:-3] for r in rows[1:])   # some dotted thousands
    report, orgs, ties = _landed(tmp_path, "grants.csv", _csv(rows, ";").encode(), "amounts")
    assert (orgs, ties) == published and not report.warnings


@pytest.mark.parametrize("written", ["GB CHC 1070468", "GB_CHC_1070468", "GBCHC1070468", "GB\u2010CHC\u20101070468",
                                     "GB\u2013CHC\u20131070468", "gb-chc- 1070468", "GB-CHC-01070468"])
def test_registered_ids_written_with_other_separators_or_zero_padding_are_one_charity(written):
    pid = read_identifier(written)
    assert pid.registered == ("GB-CHC-1070468",) and pid.org_id == read_identifier("GB-CHC-1070468").org_id


@pytest.mark.parametrize("written, ids", [
    ("CC 1070468", ("GB-CHC-1070468",)), ("Reg. No. 1070468", ("GB-CHC-1070468",)),
    ("Registered charity 1070468", ("GB-CHC-1070468",)), ("1,070,468", ("GB-CHC-1070468",)),
    ("0512710", ("GB-CHC-512710",)), ("OSCR SC012345", ("GB-SC-SC012345",)), ("CCNI NIC100123", ("GB-NIC-100123",)),
    ("1077265/1", ("GB-CHC-1077265", "GB-CHC-1077265-1")), ("Exempt", ()), ("Charity 12", ()),
])
def test_charity_numbers_as_funders_write_them(written, ids):
    assert charity_ids(written) == ids


def test_ids_that_only_look_like_a_scheme_are_kept_as_written():
    assert read_identifier("GBSC012345").registered == ()          # GB-SC-SC012345 or not: not guessed
    assert read_identifier("GB CHCX").text == "GB CHCX"


def test_real_recipient_ids_written_with_spaces_and_dashes_land_as_published(tmp_path, samples, published):
    """Word processors turn '-' into a typographic hyphen or an en dash; some exports write
    spaces or underscores. Each became a second organisation beside the registered one."""
    styles = iter(["GB CHC ", "GB_CHC_", "GB\u2013CHC\u2013", "GB\u2010CHC\u2010"])
    rows = _rewritten(_rows(samples), "Recipient Org:Identifier",
                      lambda v: v.replace("GB-CHC-", next(styles, "GB-CHC-"), 1))
    report, orgs, ties = _landed(tmp_path, "grants.csv", _csv(rows).encode(), "ids")
    assert (orgs, ties) == published


def test_a_real_zero_padded_charity_number_meets_the_register_form(tmp_path):
    """The real Trafford file writes TLC: Talk, Listen, Change's charity number as 0512710;
    the register's is 512710, so the two never met."""
    store = EmbeddedStore(tmp_path / "s.db")
    try:
        report = run_import(store, "360giving", {"grants.csv": SAMPLES_FULL_TRAFFORD.read_bytes()})
        assert report.ok
        assert "GB-CHC-512710" in store.get_organisation("GB-COH-01559314").registered_ids
    finally:
        store.close()


def test_an_unreadable_charity_number_is_warned_not_silently_dropped(tmp_path, samples):
    rows = _rows(samples)
    rows[2][rows[0].index("Recipient Org:Charity Number")] = "Charity 12"
    report, _, _ = _landed(tmp_path, "grants.csv", _csv(rows).encode(), "bad")
    assert [(w.row, w.field, w.reason) for w in report.warnings] == [
        (3, "Recipient Org:Charity Number", "'Charity 12' is not a charity number we can read; ignored")]


@pytest.mark.parametrize("text", ["2013/15", "31/02/13", "Q5 2013", "2013/12/99",
                                  "25000", "12000.5", "80000"])     # five digits outside 1970-2099: not a date
def test_impossible_dates_in_those_shapes_are_still_refused(text):
    with pytest.raises(BadValue):
        parse_date(text)


DULVERTON = "360giving/dulverton_trust_grants.json"


def _json_shapes(samples) -> dict:
    import json
    grants = json.loads((samples / DULVERTON).read_text(encoding="utf-8-sig"))["grants"]
    return {
        "a bare list": ("grants.json", json.dumps(grants)),
        "JSON Lines": ("grants.jsonl", "".join(json.dumps(g) + "\n" for g in grants)),
        "an API's results": ("grants.json", json.dumps({"count": len(grants), "results": grants})),
        "the datastore's wrapped records": ("grants.json", json.dumps(
            {"results": [{"grant_id": g["id"], "data": g} for g in grants]})),
        "a nested data object": ("grants.json", json.dumps({"data": {"grants": grants}})),
    }


@pytest.mark.parametrize("shape", ["a bare list", "JSON Lines", "an API's results", "the datastore's wrapped records",
                                   "a nested data object"])
def test_real_json_grants_in_other_shapes_land_as_published(tmp_path, samples, shape):
    _, orgs, ties = _landed(tmp_path, "grants.json", (samples / DULVERTON).read_bytes(), "published")
    name, text = _json_shapes(samples)[shape]
    _, reshaped_orgs, reshaped_ties = _landed(tmp_path, name, text.encode(), "reshaped")
    assert len(ties) == 10 and (reshaped_orgs, reshaped_ties) == (orgs, ties)


def test_a_bad_line_of_a_json_lines_file_costs_only_itself(tmp_path, samples):
    name, text = _json_shapes(samples)["JSON Lines"]
    lines = text.splitlines()
    lines[3] = lines[3][:40]                         # one grant cut off
    store = EmbeddedStore(tmp_path / "s.db")
    try:
        report = run_import(store, "360giving", {name: "\n".join(lines).encode()})
        assert [(e.row, e.reason.split(":")[0]) for e in report.errors] == [
            (4, "not valid JSON on this line of a JSON Lines file")]
        assert report.written and report.created["ties"] == 9
    finally:
        store.close()
