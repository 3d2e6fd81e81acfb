"""Our CSV format: validation, all-or-nothing writes, idempotence, exact round trips."""
from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.exporters import export
from graph.importers import run_import
from graph.importers.csv_format import import_csv, join_list, split_list
from graph.importers.values import is_blank
from graph.model import Inference, Need, Organisation, Place, Service, Tie
from graph.stores.base import GraphData


def _write(folder, **files):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8", newline="")
    return folder


ORGS = ("id,name,sector,income,led_by,registered_ids,services,places\n"
        "GB-CHC-1,Easton Food Bank,vcse,45000,user_led,GB-CHC-1,poverty.food_support,BRS:easton\n"
        "PM-ABC,Lockleaze Voice,vcse,,,,community,BRS:lockleaze\n")
TIES = "from_id,to_id,kind,strength,since,amount,ref\nGB-CHC-1,PM-ABC,referral,2,2023-04-01,,\n"


def test_import_creates_records_and_reimport_changes_nothing(seeded_store, tmp_path, canonical):
    folder = _write(tmp_path / "in", organisations=ORGS, ties=TIES)
    report = import_csv(seeded_store, folder)
    assert report.ok and report.written
    assert report.created["organisations"] == 2 and report.created["ties"] == 1
    org = seeded_store.get_organisation("GB-CHC-1")
    assert org.income == 45000 and org.size_band == "small" and org.led_by == ("user_led",)
    assert org.services == ("poverty.food_support",) and org.places == ("BRS:easton",)
    before = seeded_store.read_all()

    again = import_csv(seeded_store, folder)
    assert again.ok and not again.written
    assert again.unchanged["organisations"] == 2 and again.unchanged["ties"] == 1
    assert sum(again.created.values()) == sum(again.updated.values()) == 0
    assert canonical(seeded_store.read_all()) == canonical(before)


def test_bad_rows_are_reported_by_file_row_field_and_nothing_is_written(seeded_store, tmp_path, canonical):
    orgs = ORGS + "PM-BAD,Bad Sector Group,charity,,,,,\nPM-BAD2,,vcse,,,,,\nPM-X,Income Group,vcse,lots,,,,\n"
    ties = TIES + "GB-CHC-1,PM-NOPE,partnership,1,,,\nGB-CHC-1,PM-ABC,referral,11,,,r2\n"
    folder = _write(tmp_path / "in", organisations=orgs, ties=ties)
    before = seeded_store.read_all()
    report = import_csv(seeded_store, folder)
    assert not report.ok and not report.written
    got = {str(e) for e in report.errors}
    assert "organisations.csv:4:sector: 'charity' is not one of vcse, statutory, private, academic, funder, faith" in got
    assert "organisations.csv:5:name: must not be empty" in got
    assert "ties.csv:3:to_id: unknown organisation 'PM-NOPE'" in got
    # A bad value in an optional field drops the value, not the row: a warning.
    warned = {str(w) for w in report.warnings}
    assert "organisations.csv:6:income: 'lots' is not a number; value dropped" in warned
    assert "ties.csv:4:strength: 11.0: must be in (0, 10]; value dropped" in warned
    assert canonical(seeded_store.read_all()) == canonical(before)


def test_strict_makes_a_bad_optional_value_an_error_and_writes_nothing(seeded_store, tmp_path, canonical):
    orgs = ORGS + "PM-X,Income Group,vcse,lots,,,,\n"
    ties = TIES + "GB-CHC-1,PM-ABC,referral,11,,,r2\n"
    folder = _write(tmp_path / "in", organisations=orgs, ties=ties)
    before = seeded_store.read_all()
    report = run_import(seeded_store, "csv", folder, strict=True)
    assert {str(e) for e in report.errors} == {"organisations.csv:4:income: 'lots' is not a number",
                                               "ties.csv:3:strength: 11.0: must be in (0, 10]"}
    assert not report.written and canonical(seeded_store.read_all()) == canonical(before)
    lenient = run_import(seeded_store, "csv", folder)
    assert lenient.ok and lenient.written and len(lenient.warnings) == 2
    assert seeded_store.get_organisation("PM-X").income is None
    assert any(t.ref == "r2" and t.strength == 1.0 for t in seeded_store.read_all().ties)


def test_skip_bad_writes_the_good_rows_only(seeded_store, tmp_path):
    orgs = ORGS + "PM-BAD,,vcse,,,,,\nPM-PLACE,Place Group,vcse,,,,,NOWHERE\n"
    folder = _write(tmp_path / "in", organisations=orgs, ties=TIES)
    report = import_csv(seeded_store, folder, skip_bad=True)
    assert [str(e) for e in report.errors] == ["organisations.csv:4:name: must not be empty"]
    # An unknown place code loses the code, not the organisation.
    assert [str(w) for w in report.warnings] == ["organisations.csv:5:places: unknown place code 'NOWHERE'; "
                                                 "value dropped"]
    assert report.written
    assert seeded_store.get_organisation("GB-CHC-1") is not None
    assert seeded_store.get_organisation("PM-BAD") is None
    assert seeded_store.get_organisation("PM-PLACE").places == ()


def test_dry_run_reports_but_writes_nothing(seeded_store, tmp_path):
    folder = _write(tmp_path / "in", organisations=ORGS)
    report = import_csv(seeded_store, folder, dry_run=True)
    assert report.ok and report.dry_run and not report.written
    assert report.created["organisations"] == 2
    assert seeded_store.counts()["organisations"] == 0


def test_missing_required_column_and_duplicate_ids(seeded_store, tmp_path):
    folder = _write(tmp_path / "a", organisations="id,sector\nPM-1,vcse\n")
    report = import_csv(seeded_store, folder)
    assert [str(e) for e in report.errors] == ["organisations.csv:1:name: required column is missing"]
    folder = _write(tmp_path / "b", organisations="id,name\nPM-1,One\nPM-1,Again\n")
    report = import_csv(seeded_store, folder)
    assert [str(e) for e in report.errors] == ["organisations.csv:3:id: duplicate id 'PM-1' (first on row 2)"]


def test_folder_without_our_files_is_an_error(store, tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "grants.csv").write_text("a,b\n1,2\n")
    report = import_csv(store, tmp_path / "x")
    assert not report.ok
    assert "no partnermap CSV files found" in report.errors[0].reason


def test_uploaded_file_objects_work_like_a_folder(seeded_store):
    files = {"organisations.csv": io.BytesIO(ORGS.encode("utf-8")), "ties.csv": io.BytesIO(TIES.encode())}
    report = run_import(seeded_store, "csv", files)
    assert report.ok and report.created["ties"] == 1
    assert report.to_dict()["ok"] is True


def test_new_id_with_a_known_registered_id_merges_into_the_stored_organisation(seeded_store, tmp_path):
    seeded_store.upsert_organisations([Organisation("PM-OLD", "Old Name", registered_ids=("GB-CHC-9",))])
    folder = _write(tmp_path / "in", organisations="id,name,registered_ids\nGB-CHC-9,New Name,GB-CHC-9\n",
                    ties="from_id,to_id,kind\nGB-CHC-9,PM-X,partnership\n")
    (folder / "organisations.csv").write_text("id,name,registered_ids\nGB-CHC-9,New Name,GB-CHC-9\n"
                                              "PM-X,Other,\n")
    report = import_csv(seeded_store, folder)
    assert report.ok, report.errors
    assert report.merged[0]["into"] == "PM-OLD"
    assert seeded_store.get_organisation("GB-CHC-9") is None
    assert seeded_store.get_organisation("PM-OLD").name == "New Name"
    assert [t.from_id for t, _ in seeded_store.neighbours("PM-X")] == ["PM-OLD"]


def test_list_escaping_round_trips():
    values = ["a;b", "c\\d", "plain", "x\\;y"]
    assert split_list(join_list(values)) == values


def _rich_graph() -> GraphData:
    return GraphData(
        services=[Service("health", "Health"), Service("health.mh", "Mental health; wellbeing", "health")],
        places=[Place("E06000023", "Bristol, City of"), Place("BRS:easton", "Easton", "ward", "E06000023")],
        organisations=[
            Organisation("GB-CHC-1", 'Easton "Community" Centre,\nLtd', description="Line one\r\nline two",
                         income=12345.67, led_by=("black_minoritised_led", "women_led"),
                         registered_ids=("GB-CHC-1", "GB-COH-0001;2"), postcode="bs5 6aa", lat=51.4627,
                         lon=-2.5672, website="https://example.org", source="csv",
                         updated_at="2024-05-01T10:00:00+00:00", services=("health.mh",),
                         places=("BRS:easton",)),
            Organisation("PM-2", 'x"}) DETACH DELETE n //', sector="funder", income=0.1 + 0.2),
            Organisation("PM-3", "=HYPERLINK(\"http://evil\")", size_band="micro", services=("health",),
                         inferred=(Inference("services", "health", 0.71, "model", "description; \"quoted\""),)),
        ],
        ties=[Tie("PM-2", "GB-CHC-1", "funding", amount=1e7 / 3, currency="GBP", since="2020-01-31",
                  until="2021-01-31", ref="G-1"),
              Tie("PM-2", "GB-CHC-1", "funding", amount=5, ref="G-2"),
              Tie("GB-CHC-1", "PM-3", "partnership", form="informal_alliance", strength=0.3)],
        needs=[Need("BRS:easton", "service", "health.mh", 0.65, "JSNA 2023")])


def test_export_then_import_into_a_fresh_store_round_trips_exactly(store, fresh_store, tmp_path, canonical):
    store.load(_rich_graph())
    export(store, "csv", tmp_path / "out")
    report = import_csv(fresh_store, tmp_path / "out")
    assert report.ok, [str(e) for e in report.errors]
    assert canonical(fresh_store.read_all()) == canonical(store.read_all())
    assert fresh_store.get_organisation("PM-3").stated("services") == ()   # still inferred, not stated
    # ... and the same through a ZIP written to a file object, as the web layer does.
    buf = io.BytesIO()
    export(store, "csv", buf)
    import zipfile
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        files = {n: z.read(n) for n in z.namelist()}
    assert set(files) == {"organisations.csv", "ties.csv", "services.csv", "communities.csv", "places.csv",
                          "needs.csv"}
    again = import_csv(fresh_store, files)
    assert again.ok and not again.written
    # The ZIP itself can be uploaded as it was downloaded.
    zipped = import_csv(fresh_store, {"partnermap-all-csv.zip": buf.getvalue()})
    assert zipped.ok and zipped.unchanged["organisations"] == 3


# Cells that read as empty by design ('NA', ' - ', whitespace) are left out: see values.BLANKS.
_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40).filter(
    lambda s: s == "" or not is_blank(s))


# A website must be an http(s) address (graph.model.clean_website); its path may hold any
# printable character, quotes and commas included.
_website = st.from_regex(r"(https?://[a-z0-9]{1,12}\.example\.org(/[!-~]{0,30})?)?", fullmatch=True)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_text.filter(lambda s: s.strip()), description=_text, website=_website,
       income=st.none() | st.floats(min_value=0, max_value=1e12, allow_nan=False),
       ids=st.lists(_text.filter(lambda s: s.strip() == s and s), max_size=3, unique=True))
def test_round_trip_holds_for_arbitrary_text_and_numbers(tmp_path_factory, name, description, website, income,
                                                         ids):
    from graph.stores.embedded import EmbeddedStore
    folder = tmp_path_factory.mktemp("rt")
    a, b = EmbeddedStore(folder / "a.db"), EmbeddedStore(folder / "b.db")
    org = Organisation("PM-H", name, description=description, website=website, income=income,
                       registered_ids=tuple(ids))
    a.upsert_organisations([org])
    export(a, "csv", folder / "csv")
    report = import_csv(b, folder / "csv")
    assert report.ok, [str(e) for e in report.errors]
    assert b.read_all().organisations == a.read_all().organisations
    a.close()
    b.close()


def test_a_bad_inferred_cell_is_a_row_error(seeded_store, tmp_path):
    folder = _write(tmp_path / "in", organisations="id,name,services,inferred\n"
                                                  "PM-1,A,community,not json\n"
                                                  "PM-2,B,community,\"[{\"\"field\"\": \"\"services\"\", "
                                                  "\"\"value\"\": \"\"health\"\", \"\"confidence\"\": 0.5, "
                                                  "\"\"method\"\": \"\"model\"\"}]\"\n")
    report = import_csv(seeded_store, folder)
    assert not report.written
    assert [(e.row, e.field) for e in report.errors] == [(2, "inferred"), (3, "inferred")]
    assert "is not the organisation's services" in str(report.errors[1])


def test_a_stated_value_replaces_an_inferred_one_and_never_the_reverse(seeded_store, tmp_path):
    from graph.importers.batch import _merge
    guessed = Organisation("GB-CHC-1", "A", services=("health",), communities=("children",),
                           inferred=(Inference("services", "health", 0.6, "model", "activities"),
                                     Inference("communities", "children", 0.7, "rule", "activities")))
    stated = Organisation("GB-CHC-1", "A", services=("advice",))
    merged = _merge(guessed, stated, frozenset())
    assert merged.services == ("advice",) and merged.communities == ("children",)
    assert [(i.field, i.value) for i in merged.inferred] == [("communities", "children")]
    # An inference arriving for a record with stated values adds nothing.
    assert _merge(stated, guessed.with_changes(inferred=guessed.inferred[1:], communities=()),
                  frozenset()).services == ("advice",)
