"""Charity registers read from real files (tests/data/samples/registers/real/, see the
README there for sources): what lands, and what must not.

* a whole CCEW extract unzipped into one folder: the tables that also carry a charity
  number and a name (other names, event history) are not the charity table;
* grant-making trusts are funders, not small groups to surface;
* the CCNI register CSV as the Commission serves it (cp1252, reporting status in "Status").
"""
from __future__ import annotations

from graph.importers import run_import
REAL = "registers/real"


def test_whole_ccew_extract_folder_keeps_each_charity_its_main_record(seeded_store, samples):
    # Before: other_names and event_history were read as charity tables, so their rows
    # replaced each charity's main record: 22 organisations instead of 19, every income
    # lost, names replaced by old or linked names, removed charities brought back.
    report = run_import(seeded_store, "ccew", samples / REAL / "ccew_extract_kanedata_fixture")
    assert report.ok, [str(e) for e in report.errors]
    assert report.created["organisations"] == 19
    assert report.skipped_by_reason() == {"linked (subsidiary) charity": 60, "removed from the register": 3}
    ignored = {w.file for w in report.warnings if w.reason.startswith("ignored: the extract's")}
    assert ignored == {"publicextract.charity_other_names.txt", "publicextract.charity_event_history.txt",
                       "publicextract.charity_governing_document.txt",
                       "publicextract.charity_other_regulators.txt"}
    # Removed in the main table, listed under a working name in other_names.
    assert seeded_store.get_organisation("GB-CHC-525394") is None
    org = seeded_store.get_organisation("GB-CHC-237725")
    assert (org.name, org.income, org.size_band) == ("Geraldine side Children Group", 11664000.0, "major")
    assert org.postcode == "G7 8FB"
    org = seeded_store.get_organisation("GB-CHC-209617")
    # Also registered in Scotland (seed/crosswalks/dual_registered_charities.csv; its areas
    # of operation include Scotland).
    assert org.income == 153000000.0
    assert org.registered_ids == ("GB-CHC-209617", "GB-COH-XX002802", "GB-SC-SC038979")
    orgs = seeded_store.read_all().organisations
    assert sum(o.income is not None for o in orgs) == 17
    # Areas of operation as the Commission names them, every UK one placed by its GSS code
    # (before: 36 of 38 distinct areas warned "has no mapping", only 5 places made).
    assert seeded_store.get_organisation("GB-CHC-256789").places == ("E10000011", "E10000014", "E10000032")
    assert seeded_store.get_organisation("GB-CHC-236372").places == ("E08000012",)
    assert "E09000033" in seeded_store.get_organisation("GB-CHC-237725").places
    assert seeded_store.get_organisation("GB-CHC-508852").places == ("W06000016", "W06000024")
    unplaced = sorted(w.reason for w in report.warnings if w.field == "area")
    assert unplaced == ["area of operation 'Nigeria' has no mapping (used on 1 rows)",
                        "area of operation 'Sri Lanka' has no mapping (used on 1 rows)"]


def test_ccew_other_names_table_alone_is_named_not_read_as_charities(seeded_store, samples):
    # Real extract file (2024-09-10). Before: read as the charity table, every row skipped
    # as "linked (subsidiary) charity", which says nothing about the mistake.
    report = run_import(seeded_store, "ccew", samples / REAL / "ccew_other_names_2024-09-10.json")
    assert not report.ok and seeded_store.counts()["organisations"] == 0
    assert [w.reason for w in report.warnings] == [
        "ignored: the extract's charity_other_names table, which this import does not read"]
    assert [e.reason for e in report.errors] == [
        "no file with the charity table's columns (registered_charity_number and charity_name) found"]


def test_ccew_grant_makers_are_funders_and_not_small_groups(seeded_store, samples):
    assert run_import(seeded_store, "ccew", samples / REAL / "ccew_extract_kanedata_fixture").ok
    # Only "Makes Grants To Organisations" in the classification table, no annual return.
    trust = seeded_store.get_organisation("GB-CHC-224522")
    assert (trust.sector, trust.income, trust.size_band) == ("funder", 3919.0, "micro")
    assert not trust.is_small
    assert [(i.field, i.value, i.method) for i in trust.inferred] == [("sector", "funder", "register")]
    # The annual return says grant making is its main activity.
    assert seeded_store.get_organisation("GB-CHC-220600").sector == "funder"
    # Grants and other finance by classification, but its annual return says grant making
    # is not its main activity: the return wins, and it stays a small charity.
    mixed = seeded_store.get_organisation("GB-CHC-236372")
    assert (mixed.sector, mixed.is_small) == ("vcse", True)
    # Grants among services it provides: a charity, not a funder.
    assert seeded_store.get_organisation("GB-CHC-207237").sector == "vcse"
    orgs = seeded_store.read_all().organisations
    assert sorted(o.id for o in orgs if o.sector == "funder") == [
        "GB-CHC-1111193", "GB-CHC-1185072", "GB-CHC-220600", "GB-CHC-224522", "GB-CHC-233476",
        "GB-CHC-235130", "GB-CHC-237725", "GB-CHC-293748"]
    # Grants to individuals only: gives money to people, funds no organisation.
    assert seeded_store.get_organisation("GB-CHC-508852").sector == "vcse"


def test_ccni_register_as_served(seeded_store, samples):
    report = run_import(seeded_store, "ccni", samples / REAL / "ccni_charitydetails_sample.csv")
    assert report.ok, [str(e) for e in report.errors]
    assert report.encodings == {"ccni_charitydetails_sample.csv": "cp1252"}
    assert report.created["organisations"] == 75
    assert report.skipped_by_reason() == {"removed from the register": 6}
    org = seeded_store.get_organisation("GB-NIC-100002")
    assert (org.name, org.income, org.postcode, org.website) == (
        "Cancer Lifeline", 462154.0, "BT14 7PJ", "https://www.cancerlifeline.info")
    assert "health" in org.services and "carers" in org.communities
    # The summary says which sectors were inferred, so no one takes them for stated.
    assert report.inferred == {"sector (funder)": 2}
    assert "  inferred (marked as inferred, with the evidence): 2 sector (funder)" in report.summary_lines()
    # "How the charity works: Grant making" and nothing else.
    for number in ("104656", "103610"):
        trust = seeded_store.get_organisation(f"GB-NIC-{number}")
        assert trust.sector == "funder" and not trust.is_small, trust
    # Grant making among many other ways of working: still a charity.
    assert seeded_store.get_organisation("GB-NIC-104669").sector == "vcse"
    nicva = seeded_store.get_organisation("GB-NIC-100012")
    assert (nicva.name, nicva.sector) == ("Northern Ireland Council for Voluntary Action", "vcse")
    orgs = seeded_store.read_all().organisations
    assert sum(o.is_small for o in orgs) == 51


def test_oscr_public_bodies_and_trusts_are_not_community_groups(seeded_store):
    # Reshaped, not real: OSCR's column names with a university, an NHS body and a
    # grant-making trust, all small or unknown by income.
    text = ("Charity Number,Charity Name,Charity Status,Most recent year income,Activities\n"
            "SC005336,The University of Edinburgh,Active,,It provides buildings/facilities/open space\n"
            "SC000100,NHS Example Health Board,Active,9000,It provides services\n"
            "SC000200,The Example Trust,Active,4000,\"It makes grants to organisations,"
            "It makes grants to individuals\"\n"
            "SC000300,Friends of Example Hospital,Active,4000,It makes grants to organisations\n"
            "SC000400,Example Lunch Club,Active,4000,It provides services\n")
    report = run_import(seeded_store, "oscr", {"oscr.csv": text.encode()})
    assert report.ok, [str(e) for e in report.errors]
    got = {o.id: (o.sector, o.is_small) for o in seeded_store.read_all().organisations}
    assert got == {"GB-SC-SC005336": ("academic", False), "GB-SC-SC000100": ("statutory", False),
                   "GB-SC-SC000200": ("funder", False), "GB-SC-SC000300": ("funder", False),
                   "GB-SC-SC000400": ("vcse", True)}


def test_register_sector_rules():
    from graph.importers.registers import register_sector

    assert register_sector("The Young Fund", ("Grant making",)).sector == "funder"
    assert register_sector("A Trust", ("Grant making", "General charitable purposes")).sector == "funder"
    # Grants to people only: gives money, but funds no organisation.
    assert register_sector("Relief In Need", ("Makes Grants To Individuals",)) is None
    assert register_sector("A Trust", ("Makes Grants To Organisations", "Provides Services")) is None
    assert register_sector("A Trust", ("Makes Grants To Organisations",), "False") is None
    assert register_sector("A Charity", (), "True").sector == "funder"
    assert register_sector("Trafford Council", ()).sector == "statutory"
    assert register_sector("Friends of Trafford Council Parks", ("Grant making",)).sector == "funder"


def _reshaped_ccni(samples, header=lambda h: h, number=lambda n: n) -> bytes:
    """The real CCNI sample reshaped as copies of it differ (reshaped, not real): its
    header re-spelled, its charity numbers re-written, re-saved as UTF-8 with a BOM."""
    text = (samples / REAL / "ccni_charitydetails_sample.csv").read_bytes().decode("cp1252")
    first, rest = text.split("\n", 1)
    lines = [number(line) for line in rest.split("\n")]
    return ("\ufeff" + header(first) + "\n" + "\n".join(lines)).encode("utf-8")


def test_ccni_copy_with_other_column_spellings_and_name_imports_the_same(seeded_store, samples):
    # Before: refused whole ("required column 'Reg charity number' is missing"), and a
    # .txt name was ignored without being read.
    data = _reshaped_ccni(samples, header=lambda h: h.lower().replace(" ", "_"))
    report = run_import(seeded_store, "ccni", {"charitydetails.txt": data})
    assert report.ok, [str(e) for e in report.errors]
    assert report.encodings == {"charitydetails.txt": "utf-8-sig"}
    assert report.created["organisations"] == 75
    assert report.skipped_by_reason() == {"removed from the register": 6}
    org = seeded_store.get_organisation("GB-NIC-100002")
    assert (org.name, org.income, org.postcode) == ("Cancer Lifeline", 462154.0, "BT14 7PJ")
    assert seeded_store.get_organisation("GB-NIC-104656").sector == "funder"


def test_ccni_numbers_written_as_floats_or_with_their_prefix(seeded_store, samples):
    # Before: '100002.0' became charity 1000020.
    def renumber(line):
        if line.startswith("100002,"):
            return "100002.0" + line[6:]
        if line.startswith("100012,"):
            return "NIC100012" + line[6:]
        return line
    report = run_import(seeded_store, "ccni", {"ccni.csv": _reshaped_ccni(samples, number=renumber)})
    assert report.ok and report.created["organisations"] == 75
    assert seeded_store.get_organisation("GB-NIC-100002").name == "Cancer Lifeline"
    assert seeded_store.get_organisation("GB-NIC-1000020") is None
    assert seeded_store.get_organisation("GB-NIC-100012").income == 1673613.0


def test_oscr_columns_spelled_as_its_data_pages_and_former_charities(seeded_store):
    # Reshaped, not real: snake_case titles, and the former-register download's ceased date.
    text = ("charity_number,charity_name,registered_date,ceased_date,most_recent_year_income\n"
            "SC000001,Still Here,01/01/2001,,1200\n"
            "SC000002,Wound Up,01/01/2001,31/03/2019,500\n")
    report = run_import(seeded_store, "oscr", {"CharityExport-09-Jul-2020": text.encode()})
    assert report.ok, [str(e) for e in report.errors]
    assert report.skipped_by_reason() == {"removed from the register": 1}
    assert seeded_store.get_organisation("GB-SC-SC000001").income == 1200.0
    assert seeded_store.get_organisation("GB-SC-SC000002") is None


def test_register_folder_with_notes_reads_the_table_and_names_the_rest(seeded_store, samples):
    data = (samples / REAL / "ccni_charitydetails_sample.csv").read_bytes()
    report = run_import(seeded_store, "ccni", {"charitydetails.csv": data, "README.txt": b"Downloaded from CCNI\n",
                                               "licence.md": b"OGL"})
    assert report.ok and report.created["organisations"] == 75
    assert sorted((w.file, w.reason) for w in report.warnings if w.reason.startswith("ignored")) == [
        ("README.txt", "ignored: no 'Reg charity number' column"),
        ("licence.md", "ignored: not a table (CSV, TSV or XLSX)")]


def _reshaped_ccew_folder(samples, cell) -> dict[str, bytes]:
    """The real-layout CCEW sample with each charity number and linked number re-written
    by `cell(column, value)` in every table (reshaped, not real)."""
    out = {}
    for path in sorted((samples / REAL / "ccew_extract_kanedata_fixture").iterdir()):
        lines = path.read_bytes().decode("utf-8").split("\r\n")
        header = lines[0].split("\t")
        rows = [header] + [line.split("\t") for line in lines[1:] if line]
        rows[1:] = [[cell(header[i], v) for i, v in enumerate(row)] for row in rows[1:]]
        out[path.name] = "\r\n".join("\t".join(row) for row in rows).encode("utf-8")
    return out


def test_ccew_numbers_as_copies_write_them(seeded_store, samples):
    # Reshaped: numbers written as floats by a spreadsheet or dataframe tool ('207237.0',
    # linked '0.0'), with their org-id prefix, and linked charities as '306210-2' with no
    # linked number. Before: every main charity was skipped as linked ('0.0' is not '0'),
    # and a prefixed or suffixed number refused the whole import.
    def cell(column, value):
        if column == "linked_charity_number":
            return f"{value}.0" if value not in ("", "0") else "0.0"
        if column == "registered_charity_number" and value == "224522":
            return "GB-CHC-224522"
        if column == "registered_charity_number":
            return f"{value}.0"
        return value
    report = run_import(seeded_store, "ccew", _reshaped_ccew_folder(samples, cell))
    assert report.ok, [str(e) for e in report.errors]
    assert report.created["organisations"] == 19
    assert report.skipped_by_reason() == {"linked (subsidiary) charity": 60, "removed from the register": 3}
    assert seeded_store.get_organisation("GB-CHC-237725").income == 11664000.0
    assert seeded_store.get_organisation("GB-CHC-224522").sector == "funder"
    assert seeded_store.get_organisation("GB-CHC-256789").places == ("E10000011", "E10000014", "E10000032")

    text = ("registered_charity_number\tlinked_charity_number\tcharity_name\tlatest_income\n"
            "306210-2\t\tA Linked Charity\t100\n306210\t0\tThe Main Charity\t200\n")
    report = run_import(seeded_store, "ccew", {"charity.txt": text.encode()})
    assert report.ok and report.skipped_by_reason() == {"linked (subsidiary) charity": 1}
    assert seeded_store.get_organisation("GB-CHC-306210").name == "The Main Charity"


def test_oscr_numbers_as_copies_write_them(seeded_store):
    # Reshaped: lower case, spaces, an org-id prefix, leading zeros lost.
    text = ("Charity Number,Charity Name\nsc 000 001,One\nGB-SC-SC000002,Two\nSC3,Three\n"
            "SC000004 ,Four\n")
    report = run_import(seeded_store, "oscr", {"oscr.csv": text.encode()})
    assert report.ok, [str(e) for e in report.errors]
    assert sorted(o.id for o in seeded_store.read_all().organisations) == [
        "GB-SC-SC000001", "GB-SC-SC000002", "GB-SC-SC000003", "GB-SC-SC000004"]


def test_charity_on_both_registers_is_one_organisation(seeded_store):
    # Shelter is registered in England and Wales (263710) and Scotland (SC002327): the
    # pair is in seed/crosswalks/dual_registered_charities.csv. Before: two organisations.
    oscr = ("Charity Number,Charity Name,Most recent year income\n"
            "SC002327,\"Shelter, National Campaign for Homeless People Limited\",1000\n")
    ccew = ("registered_charity_number\tlinked_charity_number\tcharity_name\tlatest_income\t"
            "charity_company_registration_number\n"
            "263710\t0\tSHELTER, NATIONAL CAMPAIGN FOR HOMELESS PEOPLE LIMITED\t90000000\t01038133\n"
            "1070468\t0\tAnother Charity\t5000\t\n")
    assert run_import(seeded_store, "oscr", {"oscr.csv": oscr.encode()}).ok
    report = run_import(seeded_store, "ccew", {"charity.txt": ccew.encode()})
    assert report.ok, [str(e) for e in report.errors]
    orgs = {o.id: o for o in seeded_store.read_all().organisations}
    assert len(orgs) == 2
    shelter = next(o for o in orgs.values() if "GB-CHC-263710" in o.registered_ids)
    assert set(shelter.registered_ids) == {"GB-SC-SC002327", "GB-CHC-263710", "GB-COH-01038133"}
    assert shelter.income == 90000000.0
    assert orgs["GB-CHC-1070468"].registered_ids == ("GB-CHC-1070468",)


def _old_extract_from(samples) -> dict[str, bytes]:
    """The real-layout CCEW sample rewritten in the old (pre-2021) extract's tables and
    column names, as ncvo/charity-commission-extract converts them to CSV (every value
    quoted): extract_charity (orgtype R/RM), extract_main_charity (income, coyno, web),
    extract_name, extract_class with extract_class_ref. Reshaped, not real."""
    import csv
    import io

    def read(table):
        path = samples / REAL / "ccew_extract_kanedata_fixture" / f"publicextract.{table}.txt"
        return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")), delimiter="\t"))

    def write(header, rows):
        out = io.StringIO()
        w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)
        return out.getvalue().encode("utf-8")

    charity = read("charity")
    classes = [r for r in read("charity_classification") if r["linked_charity_number"] == "0"]
    return {
        "extract_charity.csv": write(
            ["regno", "subno", "name", "orgtype", "postcode"],
            [[r["registered_charity_number"], r["linked_charity_number"], r["charity_name"],
              "RM" if r["charity_registration_status"] == "Removed" else "R", r["charity_contact_postcode"]]
             for r in charity]),
        "extract_main_charity.csv": write(
            ["regno", "coyno", "income", "web"],
            [[r["registered_charity_number"], r["charity_company_registration_number"], r["latest_income"],
              r["charity_contact_web"]] for r in charity if r["linked_charity_number"] == "0"]),
        "extract_name.csv": write(
            ["regno", "subno", "nameno", "name"],
            [[r["registered_charity_number"], r["linked_charity_number"], r["charity_name_id"], r["charity_name"]]
             for r in read("charity_other_names")]),
        "extract_class.csv": write(["regno", "class"],
                                   [[r["registered_charity_number"], r["classification_code"]] for r in classes]),
        "extract_class_ref.csv": write(
            ["classno", "classtext"],
            sorted({(r["classification_code"], r["classification_description"]) for r in classes})),
    }


def test_old_ccew_extract_tables(seeded_store, samples):
    # Before: extract_name was read as the charity table (old names replacing names,
    # removed charities back), orgtype RM was imported as a live charity with legal form
    # "RM", and extract_main_charity was ignored, so no charity had an income.
    report = run_import(seeded_store, "ccew", _old_extract_from(samples))
    assert report.ok, [str(e) for e in report.errors]
    assert report.created["organisations"] == 19
    assert report.skipped_by_reason() == {"linked (subsidiary) charity": 60, "removed from the register": 3}
    assert [w.reason for w in report.warnings] == [
        "ignored: the extract's extract_name (old extract) table, which this import does not read"]
    assert seeded_store.get_organisation("GB-CHC-525394") is None
    org = seeded_store.get_organisation("GB-CHC-237725")
    assert (org.name, org.income, org.legal_form, org.postcode) == (
        "Geraldine side Children Group", 11664000.0, "", "G7 8FB")
    assert org.website == "https://www.example.com/geraldine-side-children-group"
    assert "GB-COH-XX002802" in seeded_store.get_organisation("GB-CHC-209617").registered_ids
    trust = seeded_store.get_organisation("GB-CHC-224522")
    assert (trust.sector, trust.is_small) == ("funder", False)
    assert "disability" in trust.services and "children" in trust.communities
