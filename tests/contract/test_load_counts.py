"""Issue 13, item 15: concurrent imports reported wrong counts ("created 50,000" when 30,906
already existed), because the report was worked out from a read made before the write.
Both stores now count what they created inside the write transaction; every test here runs
against both stores."""
from __future__ import annotations

import threading

from graph.importers import run_import
from graph.model import Need, Organisation, Place, Service, Tie
from graph.stores.base import GraphData

TERMS = GraphData(services=[Service("advice", "Advice")], places=[Place("LA1", "Town", "local_authority")])


def _orgs(ids):
    return [Organisation(id=i, name=f"Org {i}", services=("advice",), places=("LA1",)) for i in ids]


def test_load_says_what_it_created_and_what_it_updated(store):
    first = store.load(TERMS)
    assert first["created"]["services"] == 1 and first["created"]["places"] == 1
    ids = [f"PM-ORG{i:04d}" for i in range(10)]
    loaded = store.load(GraphData(organisations=_orgs(ids[:6]), ties=[Tie(ids[0], ids[1], "referral")],
                                  needs=[Need("LA1", "service", "advice", 0.5)]))
    assert loaded["organisations"] == 6
    assert loaded["created"] == {"organisations": 6, "ties": 1, "services": 0, "communities": 0, "places": 0,
                                 "needs": 1}
    assert sum(loaded["updated"].values()) == 0
    again = store.load(GraphData(organisations=_orgs(ids), ties=[Tie(ids[0], ids[1], "referral"),
                                                                 Tie(ids[2], ids[3], "referral")],
                                 needs=[Need("LA1", "service", "advice", 0.7)], services=TERMS.services))
    assert again["created"] == {"organisations": 4, "ties": 1, "services": 0, "communities": 0, "places": 0,
                                "needs": 0}
    assert again["updated"] == {"organisations": 6, "ties": 1, "services": 1, "communities": 0, "places": 0,
                                "needs": 1}


def _write_csv(folder, ids):
    folder.mkdir(parents=True, exist_ok=True)
    rows = "\n".join(f"{i},Organisation {i},vcse" for i in ids)
    (folder / "organisations.csv").write_text("id,name,sector\n" + rows + "\n", encoding="utf-8")
    return folder


def test_an_import_racing_another_reports_what_it_really_created(store, tmp_path):
    """Two imports of overlapping files: the second reads the store, then the first writes,
    then the second writes. Its report must count the records the first created as updated."""
    ids = [f"PM-RACE{i:04d}" for i in range(40)]
    first = _write_csv(tmp_path / "first", ids[:25])
    second = _write_csv(tmp_path / "second", ids)
    real_load = store.load
    first_report = {}

    def load_after_the_other_import(data, **kw):
        # The other import lands between our read of the store and our write.
        done = threading.Event()

        def other():
            first_report["r"] = run_import(store, "csv", first)
            done.set()
        store.load = real_load
        thread = threading.Thread(target=other)
        thread.start()
        done.wait(120)
        thread.join()
        return real_load(data, **kw)

    store.load = load_after_the_other_import
    try:
        report = run_import(store, "csv", second)
    finally:
        store.load = real_load
    assert first_report["r"].created["organisations"] == 25
    assert report.written
    assert report.created["organisations"] == 15, report.to_dict()
    assert report.updated["organisations"] == 25, report.to_dict()
    assert store.counts()["organisations"] == 40
