"""The embedded store is a real store: durable, WAL, readers alongside a writer."""
import sqlite3
import threading

from graph.model import Organisation, Place
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
