"""Issue 14, item 1: `partnermap import csv DIR --bulk` loads an empty Neo4j with
neo4j-admin's import tool and leaves the same graph the transactional path writes.

The bulk path stops and restarts its server, so it gets a server of its own
(tests.neo4j_server.DedicatedServer); the transactional path uses the shared one."""
from __future__ import annotations

import csv
import json
import os

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.exporters import export
from graph.importers import run_import
from seed.demo import build_demo

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def own_server():
    from tests.neo4j_server import DedicatedServer, Neo4jUnavailable

    server = DedicatedServer()
    try:
        conn = server.start()
    except Neo4jUnavailable as e:
        pytest.skip(str(e))
    yield server, conn
    server.remove()


def _demo_csv(embedded_store, folder):
    """The demo exported as our CSV, plus rows that test the admin tool's reading: quotes,
    commas, a line break and ';' inside values, a list, missing numbers, and a bad optional
    value (a warning: the value is dropped, the row kept)."""
    embedded_store.load(build_demo())
    export(embedded_store, "csv", str(folder))
    with open(folder / "organisations.csv", "a", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        header = next(csv.reader(open(folder / "organisations.csv", encoding="utf-8")))
        for values in ({"id": "PM-BULK-1", "name": 'The "Quoted", Group', "description": "Line one,\nline two; \\ end",
                        "sector": "vcse", "led_by": "user_led;disabled_led", "income": "", "lat": "", "lon": ""},
                       {"id": "PM-BULK-2", "name": "Bad Latitude Trust", "sector": "vcse", "lat": "100",
                        "lon": "-2.5", "income": "1234.5", "registered_ids": "GB-CHC-1234567"}):
            w.writerow([values.get(c, "") for c in header])
    return folder


def _searchable_words(store):
    """Each organisation's searchable words (their order is the order the server reads
    its links in, which the full-text index does not use)."""
    records = store._driver.execute_query(
        "MATCH (o:Organisation) RETURN o.id AS id, o.service_text AS s, o.community_text AS c",
        database_=store.database).records
    return {r["id"]: (sorted(r["s"].split()), sorted(r["c"].split())) for r in records}


def _run(conn, *args):
    env = {"NEO4J_USER": conn["user"], "NEO4J_PASSWORD": conn["password"]}
    return CliRunner(env=env).invoke(cli, ["--store", conn["uri"], *args])


def test_bulk_load_gives_the_transactional_snapshot_and_refuses_a_non_empty_database(
        own_server, neo4j_store, embedded_store, tmp_path):
    from graph.stores.neo4j_store import Neo4jStore

    server, conn = own_server
    folder = _demo_csv(embedded_store, tmp_path / "demo-csv")
    transactional = run_import(neo4j_store, "csv", str(folder))
    assert transactional.written and not transactional.errors
    assert transactional.warnings                     # latitude 100

    result = _run(conn, "import", "csv", str(folder), "--bulk", "--neo4j-home", server.home, "--json",
                  "--report", str(tmp_path / "bulk-report.csv"))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    # Same validation and report as the transactional path, and the bulk figures beside them.
    assert report["created"] == transactional.to_dict()["created"]
    assert report["warnings"] == transactional.to_dict()["warnings"]
    assert report["bulk"]["rows"] > 0 and report["bulk"]["rows_per_s"] > 0
    # The tool's own clock (read from its log) leaves out its JVM's start and exit.
    assert 0 < report["bulk"]["admin_import_reported_s"] <= report["bulk"]["admin_import_s"]

    bulk_store = Neo4jStore(conn["uri"], user=conn["user"], password=conn["password"])
    try:
        bulk_snapshot = bulk_store.snapshot()
        assert bulk_snapshot == neo4j_store.snapshot()
        org = bulk_snapshot.org("PM-BULK-1")
        assert org.name == 'The "Quoted", Group' and org.description == "Line one,\nline two; \\ end"
        assert set(org.led_by) == {"user_led", "disabled_led"} and org.income is None and org.lat is None
        # Our constraints exist on the bulk-loaded database: a second organisation with the same id fails.
        names = {r["name"] for r in bulk_store._driver.execute_query("SHOW CONSTRAINTS").records}
        assert {"organisation_id", "place_code", "service_code", "community_code"} <= names
        assert bulk_store.search("quoted")                     # the name index is there and used
        # Each organisation's searchable text came in the import files (the server computed
        # none after the restart), with the words the transactional path gives it.
        assert _searchable_words(bulk_store) == _searchable_words(neo4j_store)
        for query in ("advice", "children", "food bank", "quoted line"):
            assert set(bulk_store.search_text(query, limit=1000)) == set(neo4j_store.search_text(query, limit=1000))
        assert bulk_store.search_text("advice")

        # A second bulk load is refused: the database is no longer empty, and nothing is lost.
        again = _run(conn, "import", "csv", str(folder), "--bulk", "--neo4j-home", server.home)
        assert again.exit_code == 1
        assert "not empty" in again.output and "without --bulk" in again.output
        assert bulk_store.snapshot() == bulk_snapshot
    finally:
        bulk_store.close()


def test_bulk_needs_a_neo4j_home_of_the_store_and_a_neo4j_store(own_server, embedded_store, tmp_path):
    server, conn = own_server
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "organisations.csv").write_text("id,name\nPM-X,X\n", encoding="utf-8")
    env_home = os.environ.pop("NEO4J_HOME", None)
    try:
        no_home = _run(conn, "import", "csv", str(folder), "--bulk")
        assert no_home.exit_code == 1 and "--neo4j-home" in no_home.output
        not_a_home = _run(conn, "import", "csv", str(folder), "--bulk", "--neo4j-home", str(tmp_path))
        assert not_a_home.exit_code == 1 and "state.json" in not_a_home.output
        embedded = CliRunner().invoke(cli, ["--store", embedded_store.url, "import", "csv", str(folder), "--bulk",
                                            "--neo4j-home", server.home])
        assert embedded.exit_code == 1 and "not Neo4j" in embedded.output
        assert embedded_store.counts()["organisations"] == 0
    finally:
        if env_home is not None:
            os.environ["NEO4J_HOME"] = env_home
