"""GrantNav's early stacked grants (tests/data/samples/360giving/grantnav_stack_sample.json):
22 real records of ten publishers, byte for byte, keyed by a mix of the schema's JSON names
('id', 'amountAwarded') and flat CamelCase titles ('RecipientOrgIdentifier'). They carry
the stand-in identifiers publishers write for a recipient they have no number for, and three
rows whose values slid into the wrong columns."""
from __future__ import annotations

import json

import pytest

from graph.importers import run_import
from graph.importers.identifiers import read_identifier

STACK = "360giving/grantnav_stack_sample.json"


@pytest.fixture
def stack(samples):
    path = samples / STACK
    return path, json.loads(path.read_text(encoding="utf-8"))["grants"]


def _report_rows(report, kind):
    return sorted((i.row, i.reason) for i in getattr(report, kind))


def test_flat_records_keyed_by_id_are_grants(store, stack):
    """Before, every record was refused: 'id' was not read as the grant's Identifier."""
    path, grants = stack
    report = run_import(store, "360giving", path, skip_bad=True)
    assert report.rows_read == 22
    # Every grant but the three shifted rows lands, under its own id, amount and date.
    ties = {t.ref: t for t in store.read_all().ties}
    assert len(ties) == 19
    first = ties["360G-esmeefairbairn-07-0773"]
    assert (first.from_id, first.amount, first.since, first.currency) == ("GB-CHC-200051", 6000.0, "2008-06-04", "GBP")
    assert ties["360G-nominettrust-10"].since == "2013-08"            # '08/2013': the month, as written
    assert store.get_organisation("GB-CHC-200051").sector == "funder"


def test_stand_in_identifiers_merge_no_one(store, stack):
    """'DUMMY01', 'DUMMY', 'GB-CHC-Exempt Charity', 'GB-CHC-awaiting number' and '360G-ocf-org:'
    stand for a missing number; before, every recipient given one became one organisation."""
    path, grants = stack
    report = run_import(store, "360giving", path, skip_bad=True)
    stand_ins = {"DUMMY01", "DUMMY", "GB-CHC-Exempt Charity", "GB-CHC-awaiting number", "360G-ocf-org:"}
    named = {g["RecipientOrgName"] for g in grants if g["RecipientOrgIdentifier"] in stand_ins}
    assert len(named) == 10                         # ten organisations (Sussex twice) under five stand-ins
    orgs = {o.name: o for o in store.read_all().organisations}
    assert named <= set(orgs)
    assert len({orgs[n].id for n in named}) == 10
    assert all(orgs[n].id.startswith("PM-") and orgs[n].registered_ids == () for n in named)
    # The University of Sussex's two grants meet again by its name.
    sussex = orgs["University of Sussex"]
    assert sorted(t.ref for t, _ in store.neighbours(sussex.id)) == ["360G-esmeefairbairn-08-0406",
                                                                       "360G-esmeefairbairn-09-3344"]
    warned = {i.row for i in report.warnings if "placeholder" in i.reason}
    assert warned == {3, 4, 5, 6, 7, 8, 9, 10, 11, 17, 18} | {12, 13, 14, 15, 16}


@pytest.mark.parametrize("text", ["DUMMY01", "DUMMY", "dummy-7", "GB-CHC-Exempt Charity", "GB-CHC-awaiting number",
                                  "GB-COH-IP", "GB-CHC-No - an exempt chari", "360G-ocf-org:", "360G-nominettrust-ORG-"])
def test_stand_ins_are_no_identifier(text):
    assert read_identifier(text) is None


@pytest.mark.parametrize("text", ["GB-CHC-XO 385/91", "GB-COH-IP1004137", "GB-LAE-TRF", "GB-NHS-RTH",
                                  "360G-ocf-org:1137129", "360G-indigotrust:org-21764", "DUMMYFIELD"])
def test_real_identifiers_are_kept(text):
    assert read_identifier(text) is not None


def test_an_unregistered_id_given_to_unrelated_organisations_is_a_placeholder(store, stack):
    """The Dulverton Trust wrote 'GB-REV' (a scheme with no number) for 34 churches. An
    identifier given to several organisations whose names share no telling word stands in
    for a missing one, whatever its spelling; the same name under it stays one organisation."""
    path, grants = stack
    report = run_import(store, "360giving", path, skip_bad=True)
    rev = [g["RecipientOrgName"] for g in grants if g["RecipientOrgIdentifier"] == "GB-REV"]
    assert len(rev) == 5 and len(set(rev)) == 4                     # Todenham Pcc twice
    orgs = {o.name: o for o in store.read_all().organisations}
    assert len({orgs[n].id for n in rev}) == 4
    assert store.get_organisation("GB-REV") is None
    todenham = orgs["Todenham Pcc"]
    assert len(store.neighbours(todenham.id)) == 2
    assert {i.row for i in report.warnings if "unrelated names" in i.reason} == {12, 13, 14, 15, 16}


def test_rows_with_values_in_the_wrong_columns_are_refused_by_name(store, stack):
    """Three Oxfordshire Community Foundation rows whose description was cut at its commas: the
    funder's name is its charity's org-id, or its identifier a sentence. Before, each became a
    funder ('GB-CHC-1151621' named funder 'LSOA'); now each is an error naming row and column,
    and the good rows still land with --skip-bad."""
    path, grants = stack
    report = run_import(store, "360giving", path, strict=True)
    assert not report.written
    assert [(i.row, i.field) for i in report.errors] == [(20, "Funding Org:Identifier"), (21, "Funding Org:Identifier"),
                                                         (22, "Funding Org:Identifier")]
    assert "'GB-CHC-1151621'" in report.errors[0].reason and "shifted" in report.errors[0].reason
    assert "'day-trips and more." in report.errors[1].reason
    # A country code for a name beside an id of two words: funder 'GB' was 'Blackbird Leys'.
    assert "name 'GB' and identifier 'Blackbird Leys'" in report.errors[2].reason
    report = run_import(store, "360giving", path, skip_bad=True)
    assert report.written
    funders = {t.from_id for t in store.read_all().ties}
    assert "LSOA" not in funders and not any(" " in f for f in funders)


def _grants_csv(tmp_path, rows):
    path = tmp_path / "grants.csv"
    path.write_text("Identifier,Funding Org:Identifier,Funding Org:Name,Recipient Org:Identifier,Recipient Org:Name,"
                    "Amount Awarded,Award Date\n" + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_funder_under_several_names_stays_one_funder(store, tmp_path):
    """The stand-in rule is for recipients: a publisher's own id under its old and new names
    (or its departments') is one funder."""
    path = _grants_csv(tmp_path, [
        ("360G-blf-1", "360G-blf", "Big Lottery Fund", "GB-CHC-1070468", "Discover", "100", "2014-01-01"),
        ("360G-blf-2", "360G-blf", "Awards for All", "GB-CHC-1000888", "After Adoption", "100", "2016-01-01"),
        ("360G-blf-3", "360G-blf", "Reaching Communities", "GB-CHC-1164859", "Effervescent", "100",
         "2020-01-01")])
    report = run_import(store, "360giving", path)
    assert report.ok and not report.warnings
    assert {t.from_id for t in store.read_all().ties} == {"360G-blf"}


def test_a_group_named_by_its_web_address_is_kept(store, tmp_path):
    """A web address for a name is a sign of a shifted row only beside another one."""
    path = _grants_csv(tmp_path, [
        ("360G-x-1", "GB-CHC-200051", "Esmee Fairbairn Foundation", "360G-x-org-7", "www.kidsgarden.org.uk", "500",
         "2015-03-01"),
        ("360G-x-2", "GB-CHC-200051", "Esmee Fairbairn Foundation", "https://opencorporates.com/companies/gb/1",
         "Acme Community Interest Company", "500", "2015-03-01")])
    report = run_import(store, "360giving", path)
    assert report.ok and report.created["ties"] == 2
    assert store.get_organisation("360G-x-org-7").name == "www.kidsgarden.org.uk"


def test_a_publishers_id_with_a_name_in_it_is_an_id_not_a_sentence(store, tmp_path):
    path = _grants_csv(tmp_path, [
        ("360G-x-3", "GB-CHC-200051", "Esmee Fairbairn Foundation", "360G-x-Friends of the Earth Birmingham Local Group",
         "Friends of the Earth Birmingham", "500", "2015-03-01")])
    report = run_import(store, "360giving", path)
    assert report.ok and report.created["ties"] == 1
