"""The embedded store is a real store: durable, WAL, readers alongside a writer."""
import sqlite3
import threading

from graph.model import Organisation, Place, Service
from graph.stores.base import GraphData
from graph.stores.embedded import EmbeddedStore


def test_data_survives_reopening(tmp_path):
    path = tmp_path / "pm.db"
    with EmbeddedStore(path) as s:
        s.load(GraphData(places=[Place("LA1", "Town")], organisations=[Organisation("GB-CHC-1", "A", places=["LA1"])]))
    with EmbeddedStore(path) as s:
        assert s.get_organisation("GB-CHC-1").places == ("LA1",)
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_readers_see_whole_writes_only(tmp_path):
    store = EmbeddedStore(tmp_path / "pm.db")
    store.load(GraphData(places=[Place("LA1", "Town")]))
    batch = [Organisation(f"GB-CHC-{i}", f"Org {i}", places=["LA1"]) for i in range(2000)]
    seen, errors = [], []

    def reader():
        try:
            for _ in range(50):
                seen.append(EmbeddedStore(tmp_path / "pm.db").counts()["organisations"])
        except Exception as e:  # pragma: no cover - a failure is the point
            errors.append(e)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    store.upsert_organisations(batch)
    for t in threads:
        t.join()
    assert not errors
    assert set(seen) <= {0, 2000}


def test_a_store_made_before_inferred_values_existed_opens_and_reads(tmp_path):
    """Stores written by the previous version have no `inferred` column: opening one adds
    it, and what they held reads back unchanged."""
    path = tmp_path / "old.db"
    with EmbeddedStore(path) as s:
        s.load(GraphData(places=[Place("LA1", "Town")], organisations=[Organisation("GB-CHC-1", "A", places=["LA1"])]))
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE organisations DROP COLUMN inferred")
    conn.commit()
    conn.close()
    with EmbeddedStore(path) as s:
        assert s.get_organisation("GB-CHC-1") == Organisation("GB-CHC-1", "A", places=["LA1"])


def test_a_store_made_before_search_by_need_is_indexed_when_opened(tmp_path):
    """An older store has organisations but no text index: opening it indexes them once."""
    import sqlite3

    from graph.model import Community, Organisation
    from graph.stores.base import GraphData
    from graph.stores.embedded import EmbeddedStore

    path = tmp_path / "old.db"
    store = EmbeddedStore(path)
    store.load(GraphData(communities=[Community("carers", "Unpaid carers")],
                         organisations=[Organisation("PM-A", "Circle", communities=("carers",))]))
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE org_text")
    conn.execute("DELETE FROM meta WHERE key='text_index'")
    conn.commit()
    conn.close()
    reopened = EmbeddedStore(path)
    try:
        assert reopened.search_text("unpaid") == ["PM-A"]
    finally:
        reopened.close()


def test_a_snapshot_read_gives_the_ties_as_stored_sharing_the_organisations_id_strings(tmp_path):
    """read_all builds ties without checking each again (1.85 million of them took over a
    minute at national scale) and shares strings instead of a copy per row; the ties must
    still equal the checked ones, and an amount an older version stored as inf reads as None."""
    from graph.model import Tie
    orgs = [Organisation(f"GB-CHC-{i}", f"Org {i}") for i in range(1, 5)]
    ties = [Tie("GB-CHC-1", "GB-CHC-2", "partnership", strength=2, since="2020-01", source="survey"),
            Tie("GB-CHC-3", "GB-CHC-2", "funding", amount=1500, currency="GBP", since="2020-01", ref="G1"),
            Tie("GB-CHC-4", "GB-CHC-1", "referral", form="joint_venture", until="2024", source="survey")]
    path = tmp_path / "pm.db"
    with EmbeddedStore(path) as s:
        s.load(GraphData(organisations=orgs, ties=ties))
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE ties SET amount=? WHERE ref='G1'", (float("inf"),))
    with EmbeddedStore(path) as s:
        data = s.read_all()
    by_key = {t.key: t for t in data.ties}
    expected = {t.key: t for t in ties}
    expected[("GB-CHC-3", "GB-CHC-2", "funding", "G1")] = Tie("GB-CHC-3", "GB-CHC-2", "funding", currency="GBP",
                                                             since="2020-01", ref="G1")
    assert by_key == expected
    assert all(type(t.strength) is float for t in data.ties) and by_key[ties[0].key].strength == 2.0
    assert {hash(t) for t in data.ties} == {hash(t) for t in expected.values()}
    org_ids = {o.id: o.id for o in data.organisations}
    assert all(t.from_id is org_ids[t.from_id] and t.to_id is org_ids[t.to_id] for t in data.ties)
    sources = [t.source for t in data.ties if t.source == "survey"]
    assert len(sources) == 2 and sources[0] is sources[1]


def test_organisations_read_back_equal_to_the_checked_ones_sharing_repeated_values(tmp_path):
    """Organisations are read without checking each again (only checked ones are ever
    written), except those with inferred values, whose inferences must name what they hold."""
    from graph.model import Inference
    places = [Place("LA1", "Town"), Place("W1", "Ward", "ward", "LA1")]
    orgs = [Organisation("GB-CHC-1", "Alpha Trust", sector="vcse", income=12000, led_by=["user_led", "women_led"],
                         registered_ids=["GB-CHC-1", "GB-COH-99"], postcode="ab1 2cd", lat=51.5, lon=-1,
                         website="alpha.org.uk", places=["W1", "LA1"], updated_at="2024-01-01"),
            Organisation("GB-CHC-2", "Beta Group", places=["LA1", "W1"], updated_at="2024-01-01",
                         services=["advice"], inferred=[Inference("services", "advice", 0.9, "model", "activities")]),
            Organisation("PM-ABC", "Gamma", size_band="micro", places=["LA1", "W1"], updated_at="2024-01-01")]
    path = tmp_path / "pm.db"
    with EmbeddedStore(path) as s:
        s.load(GraphData(places=places, services=[Service("advice", "Advice")], organisations=orgs))
        back = {o.id: o for o in s.read_all().organisations}
        assert back == {o.id: o for o in orgs}
        assert [hash(back[o.id]) for o in orgs] == [hash(o) for o in orgs]
        assert back["GB-CHC-1"].places == ("LA1", "W1") and type(back["GB-CHC-1"].lon) is float
        assert back["GB-CHC-1"].places is back["PM-ABC"].places          # one tuple for both
        assert back["GB-CHC-1"].updated_at is back["PM-ABC"].updated_at
        assert back["GB-CHC-2"].inferred_values("services")["advice"].evidence == "activities"
        assert s.get_organisation("GB-CHC-1") == orgs[0]
