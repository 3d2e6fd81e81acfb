"""Charity registers: CCEW extract (JSON with BOM + tab-separated classification and area
files), CCNI and OSCR register CSVs, crosswalked to our taxonomy."""
from __future__ import annotations

from graph.importers import run_import
from graph.importers.crosswalk import charity_classifications, norm, scan_labels
from graph.model import Organisation


def test_ccew_extract(seeded_store, samples):
    report = run_import(seeded_store, "ccew", samples / "registers" / "ccew_extract")
    assert report.ok, [str(e) for e in report.errors]
    assert report.encodings["publicextract.charity.json"] == "utf-8-sig"
    assert report.skipped_by_reason() == {"linked (subsidiary) charity": 1, "removed from the register": 1}
    org = seeded_store.get_organisation("GB-CHC-1000888")
    assert org.services == ("advice", "advocacy", "education", "health")
    assert org.communities == ("children", "young_people")
    assert org.places == ("E92000001",) and org.income == 1234567 and org.size_band == "large"
    assert seeded_store.get_organisation("GB-CHC-1070468").registered_ids == ("GB-CHC-1070468", "GB-COH-03533963")
    assert seeded_store.get_organisation("GB-CHC-1100001").places == ("E06000023",)
    assert {w.reason for w in report.warnings} == {
        "'what' classification 'A Classification Not In Our Crosswalk' has no mapping (used on 1 rows)"}
    # Every UK area of the Commission's list has a GSS code in seed/crosswalks/place_names.csv.
    assert seeded_store.get_organisation("GB-CHC-1070468").places == ("E09000025",)
    again = run_import(seeded_store, "ccew", samples / "registers" / "ccew_extract")
    assert not again.written and again.unchanged["organisations"] == 3


def test_register_is_authoritative_for_name_and_income_but_keeps_other_knowledge(seeded_store, samples):
    seeded_store.upsert_organisations([Organisation(
        "GB-CHC-1000888", "After Adoption", income=10, led_by=("user_led",), registered_ids=("GB-CHC-1000888",),
        services=("family.parenting",))])
    assert run_import(seeded_store, "ccew", samples / "registers" / "ccew_extract").ok
    org = seeded_store.get_organisation("GB-CHC-1000888")
    assert (org.name, org.income, org.led_by) == ("AFTER ADOPTION", 1234567.0, ("user_led",))
    assert "family.parenting" in org.services and "education" in org.services


def test_company_number_from_one_source_merges_with_charity_from_another(seeded_store, samples):
    assert run_import(seeded_store, "ccew", samples / "registers" / "ccew_extract").ok
    flat = ("Identifier,Amount Awarded,Currency,Award Date,Funding Org:Identifier,Funding Org:Name,"
            "Recipient Org:Identifier,Recipient Org:Name\n"
            "G1,500,GBP,2022-01-01,GB-CHC-1000412,A Funder,GB-COH-03533963,Discover Childrens Story Centre\n")
    report = run_import(seeded_store, "360giving", {"g.csv": flat.encode()})
    assert report.ok and report.merged[0]["into"] == "GB-CHC-1070468"
    assert seeded_store.get_organisation("GB-COH-03533963") is None
    assert [t.to_id for t in seeded_store.read_all().ties] == ["GB-CHC-1070468"]


def test_ccni_register(seeded_store, samples):
    report = run_import(seeded_store, "ccni", samples / "registers" / "ccni_register_constructed.csv")
    assert report.ok and report.created["organisations"] == 2
    assert report.skipped_by_reason() == {"linked (subsidiary) charity": 1, "removed from the register": 1}
    org = seeded_store.get_organisation("GB-NIC-100002")
    assert org.registered_ids == ("GB-NIC-100002", "GB-COH-NI123456") and org.postcode == "BT1 1AA"
    assert org.services == ("advice", "advocacy", "education", "health")
    assert org.communities == ("children", "older_people", "young_people")
    assert seeded_store.get_organisation("GB-NIC-100003").registered_ids == ("GB-NIC-100003",)


def test_oscr_register_in_cp1252(seeded_store, samples):
    report = run_import(seeded_store, "oscr", samples / "registers" / "oscr_register_constructed.csv")
    assert report.ok, [str(e) for e in report.errors]
    assert report.encodings == {"oscr_register_constructed.csv": "cp1252"}
    org = seeded_store.get_organisation("GB-SC-SC000001")
    assert org.description == "To relieve poverty in Glasgow (grants up to £500)."
    # "The advancement of the arts, heritage, culture or science" contains commas and
    # still reads as one purpose.
    assert org.services == ("arts", "infrastructure.funding", "poverty")
    assert org.places == ("S12000049",)
    assert report.skipped_by_reason() == {"removed from the register": 1}


def test_bad_register_values_are_reported(seeded_store):
    text = ("Charity Number,Charity Name,Most recent year income\nSC000009,Good,100\n"
            "12345,Bad Number,100\nSC000010,Bad Income,a lot\n")
    report = run_import(seeded_store, "oscr", {"oscr.csv": text.encode()}, strict=True)
    assert [str(e) for e in report.errors] == [
        "oscr.csv:3:Charity Number: '12345' is not a Scottish charity number (SC and six digits)",
        "oscr.csv:4:Most recent year income: 'a lot' is not an amount"]
    assert seeded_store.counts()["organisations"] == 0
    report = run_import(seeded_store, "oscr", {"oscr.csv": text.encode()})
    assert [str(e) for e in report.errors] == [
        "oscr.csv:3:Charity Number: '12345' is not a Scottish charity number (SC and six digits)"]
    assert [str(w) for w in report.warnings] == [
        "oscr.csv:4:Most recent year income: 'a lot' is not an amount; value dropped"]
    # The bad number costs only its own row: the two good charities land.
    assert seeded_store.counts()["organisations"] == 2


def test_one_negative_income_loses_the_income_not_the_register(seeded_store):
    # As in a real 6,565-row register: one charity reports -280.
    rows = "".join(f"SC{100000 + i:06d},Charity {i},{1000 * i}\n" for i in range(1, 6))
    text = "Charity Number,Charity Name,Most recent year income\n" + rows + "SC000011,Odd Income,-280\nSC000012,NA Income,NA\n"
    report = run_import(seeded_store, "oscr", {"oscr.csv": text.encode()})
    assert report.ok and report.written and report.created["organisations"] == 7
    assert [str(w) for w in report.warnings] == [
        "oscr.csv:7:Most recent year income: '-280' is not a non-negative amount; value dropped"]
    odd = seeded_store.get_organisation("GB-SC-SC000011")
    assert odd.income is None and odd.size_band is None
    assert seeded_store.get_organisation("GB-SC-SC000012").income is None    # NA is blank, not a warning
    report = run_import(seeded_store, "ccni", {"ccni.csv": b"Charity name\nX\n"})
    assert [str(e) for e in report.errors] == [
        "ccni.csv:1:Reg charity number: required column 'Reg charity number' is missing"]


def test_label_scanning_reports_leftovers():
    table = charity_classifications("oscr")["who"]
    found, rest = scan_labels("Older people, Pigeons and doves", table)
    assert [m.label for m in found] == ["Older people"] and rest == "pigeons and doves"


def test_ccew_files_under_any_name_are_told_apart_by_their_columns(seeded_store):
    charities = ("Registered Charity Number,Linked Charity Number,Charity Name,Latest Income,Charity Type\n"
                 "1000888,0,AFTER ADOPTION,1234567,Charitable company\n"
                 "1070468,0,DISCOVER,50000,Trust\n").encode()
    classes = ("registered_charity_number\tlinked_charity_number\tclassification_type\tclassification_description\n"
               "1000888\t0\tWho\tChildren/young People\n"
               "1070468\t0\tWhat\tEducation/training\n").encode()
    areas = "registered_charity_number,geographic_area_description\n1070468,Throughout England\n".encode()
    report = run_import(seeded_store, "ccew", {"charities_2024 (1).csv": charities, "export.txt": classes,
                                               "where.csv": areas})
    assert report.ok, [str(e) for e in report.errors]
    assert report.created["organisations"] == 2
    assert seeded_store.get_organisation("GB-CHC-1000888").communities == ("children", "young_people")
    discover = seeded_store.get_organisation("GB-CHC-1070468")
    assert discover.services == ("education",) and discover.places == ("E92000001",)
    assert discover.income == 50000 and discover.legal_form == "Trust"


def test_ccew_older_extract_columns_and_a_file_that_is_not_ccew(seeded_store):
    old = "regno,subno,name,orgtype\n1000888,0,AFTER ADOPTION,R\n1000888,1,AFTER ADOPTION BRANCH,R\n".encode()
    report = run_import(seeded_store, "ccew", {"extract_charity.csv": old, "notes.csv": b"a,b\n1,2\n"})
    assert report.ok and report.created["organisations"] == 1
    assert report.skipped_by_reason() == {"linked (subsidiary) charity": 1}
    assert [w.file for w in report.warnings if "its columns are not" in w.reason] == ["notes.csv"]
    none = run_import(seeded_store, "ccew", {"charity.csv": b"a,b\n1,2\n"})
    assert not none.ok and "no file with the charity table's columns" in none.errors[0].reason


def _ccni_labels():
    import csv
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "data" / "samples" / "registers" / "ccni_labels.tsv"
    with open(path, encoding="utf-8", newline="") as f:
        return [(r["type"], r["label"]) for r in csv.DictReader(f, delimiter="\t")]


def test_every_ccni_register_label_is_mapped_or_deliberately_unmapped_with_a_reason():
    from seed import load_communities, load_services
    labels = _ccni_labels()
    assert len(labels) == 12 + 32 + 33
    table = charity_classifications("ccni")
    services = {s.code for s in load_services()}
    communities = {c.code for c in load_communities()}
    missing, silent = [], []
    for kind, label in labels:
        found, rest = scan_labels(label, table[kind])
        if len(found) != 1 or rest:
            missing.append((kind, label))
            continue
        m = found[0]
        assert set(m.services) <= services and set(m.communities) <= communities, m
        if not (m.services or m.communities or m.unmapped_reason):
            silent.append((kind, label))
    assert missing == [] and silent == []
    who = [scan_labels(label, table["who"])[0][0] for kind, label in labels if kind == "who"]
    assert sum(1 for m in who if m.communities) == 22     # "who" is mostly about communities (was 1 of 32)


def test_ccni_register_labels_give_communities_and_men_is_not_found_in_women(seeded_store):
    header = ("Reg charity number,Sub charity number,Charity name,Status,Total income,"
              "What the charity does,Who the charity helps,How the charity works\n")
    row = ('100501,0,Shankill Women\'s Centre,Registered,250000,'
           '"The advancement of education, The prevention or relief of poverty",'
           '"Women, Children (5-13 year olds), Preschool (0-5 year olds), Ethnic minorities, Mental health",'
           '"Education/training, Counselling/support, Cross-border/cross-community"\n')
    report = run_import(seeded_store, "ccni", {"register.csv": (header + row).encode("cp1252")})
    assert report.ok, [str(e) for e in report.errors]
    assert not report.warnings
    org = seeded_store.get_organisation("GB-NIC-100501")
    assert org.communities == ("children", "ethnic_minorities", "low_income", "mental_health", "women_girls")
    assert {"education", "education.early_years", "health.counselling", "rights", "poverty"} <= set(org.services)


def test_one_wrong_company_number_never_merges_two_charities(seeded_store, samples):
    # The register says Discover (GB-CHC-1070468) is company 03533963.
    assert run_import(seeded_store, "ccew", samples / "registers" / "ccew_extract").ok
    flat = ("Identifier,Amount Awarded,Currency,Award Date,Funding Org:Identifier,Funding Org:Name,"
            "Recipient Org:Identifier,Recipient Org:Name,Recipient Org:Company Number\n"
            # A grant to a new charity, with Discover's company number typed by mistake.
            "G1,500,GBP,2022-01-01,GB-CHC-1000412,A Funder,GB-CHC-1099999,Riverside Youth,03533963\n"
            # A grant to After Adoption (already stored), with the same wrong company number.
            "G2,500,GBP,2022-01-01,GB-CHC-1000412,A Funder,GB-CHC-1000888,After Adoption,3533963\n")
    report = run_import(seeded_store, "360giving", {"g.csv": flat.encode()})
    assert report.ok and report.merged == []
    assert {t.to_id for t in seeded_store.read_all().ties} == {"GB-CHC-1099999", "GB-CHC-1000888"}
    assert seeded_store.get_organisation("GB-CHC-1099999").registered_ids == ("GB-CHC-1099999",)
    assert "GB-COH-03533963" not in seeded_store.get_organisation("GB-CHC-1000888").registered_ids
    assert seeded_store.get_organisation("GB-CHC-1070468").name == "DISCOVER"
    flagged = {(r["id"], r["similar_to"]) for r in report.review}
    assert {("GB-CHC-1099999", "GB-CHC-1070468"), ("GB-CHC-1000888", "GB-CHC-1070468")} <= flagged
    assert all("GB-CHC ids differ" in r["reason"] for r in report.review if r["similar_to"] == "GB-CHC-1070468")


def test_a_record_matched_by_its_own_id_keeps_its_company_number(seeded_store, samples):
    assert run_import(seeded_store, "ccew", samples / "registers" / "ccew_extract").ok
    flat = ("Identifier,Amount Awarded,Currency,Award Date,Funding Org:Identifier,Funding Org:Name,"
            "Recipient Org:Identifier,Recipient Org:Name,Recipient Org:Company Number\n"
            "G1,500,GBP,2022-01-01,GB-CHC-1000412,A Funder,GB-CHC-1070468,Discover,09999999\n")
    report = run_import(seeded_store, "360giving", {"g.csv": flat.encode()})
    assert report.ok
    assert seeded_store.get_organisation("GB-CHC-1070468").registered_ids == ("GB-CHC-1070468", "GB-COH-03533963")
    assert any("GB-COH-09999999 not added" in r["reason"] for r in report.review)


def _ccew_codes():
    import csv
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "data" / "samples" / "registers" / "ccew_classification_codes.csv"
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_ccew_classification_code_is_mapped_however_its_label_is_joined():
    """The real list of the Commission's what/who/how codes writes labels without their
    slashes ("Children Young People" for the extract's "Children/young People"): every one
    of its 34 labels finds its crosswalk row, mapped or unmapped with a reason."""
    kinds = {"theme": "what", "beneficiaries": "who", "activities": "how"}
    codes = _ccew_codes()
    assert len(codes) == 17 + 7 + 10
    table = charity_classifications("ccew")
    found = [table[kinds[c["category"]]].get(norm(c["name"])) for c in codes]
    assert [c["name"] for c, m in zip(codes, found) if m is None] == []
    assert all(m.services or m.communities or m.unmapped_reason for m in found)


def test_ccew_labels_written_without_slashes_or_with_dashes_still_map(seeded_store):
    charities = ("Registered Charity Number,Linked Charity Number,Charity Name,Latest Income\n"
                 "1000888,0,AFTER ADOPTION,1234567\n").encode()
    classes = ("registered_charity_number\tlinked_charity_number\tclassification_type\tclassification_description\n"
               "1000888\t0\tWho\tChildren Young People\n"
               "1000888\t0\tWhat\tArts Culture Heritage Science\n"
               "1000888\t0\tWhat\tHuman Rights - Religious Or Racial Harmony / Equality Or Diversity\n").encode()
    report = run_import(seeded_store, "ccew", {"charity.csv": charities, "classification.txt": classes})
    assert report.ok and report.warnings == [], [str(w) for w in report.warnings]
    org = seeded_store.get_organisation("GB-CHC-1000888")
    assert org.communities == ("children", "young_people") and org.services == ("arts", "rights")
