"""The Neo4j the tests use is a real 5.26 server speaking Bolt (tests/neo4j_server.py)."""
from __future__ import annotations

import uuid

import pytest
from neo4j import GraphDatabase, RoutingControl

from tests import neo4j_server as helper


def _driver(conn):
    return GraphDatabase.driver(conn["uri"], auth=(conn["user"], conn["password"]))


@pytest.mark.neo4j
def test_server_answers_return_1_and_is_5_26(neo4j_server):
    with _driver(neo4j_server) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one")
        assert records[0]["one"] == 1
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD versions RETURN versions[0] AS version")
        assert records[0]["version"].startswith("5.26.")


@pytest.mark.neo4j
def test_write_then_read_back(neo4j_server):
    key = f"smoke-{uuid.uuid4()}"
    with _driver(neo4j_server) as driver:
        try:
            summary = driver.execute_query(
                "CREATE (:PartnermapSmoke {key: $key, name: $name})",
                parameters_={"key": key, "name": "Bristol Refugee Rights"}).summary
            assert summary.counters.nodes_created == 1
            records, _, _ = driver.execute_query(
                "MATCH (n:PartnermapSmoke {key: $key}) RETURN n.name AS name",
                parameters_={"key": key}, routing_=RoutingControl.READ)
            assert [r["name"] for r in records] == ["Bristol Refugee Rights"]
        finally:
            driver.execute_query("MATCH (n:PartnermapSmoke {key: $key}) DELETE n",
                                 parameters_={"key": key})


@pytest.mark.neo4j
def test_entering_again_reuses_the_running_server(neo4j_server):
    # The session fixture holds a server; a second user must not start another JVM.
    with helper.neo4j_connection() as conn:
        assert conn == neo4j_server


def _no_java(monkeypatch):
    monkeypatch.setenv("PATH", "")
    monkeypatch.delenv("JAVA_HOME", raising=False)


def test_without_java_local_server_is_unavailable(monkeypatch):
    _no_java(monkeypatch)
    monkeypatch.delenv("PARTNERMAP_REQUIRE_NEO4J", raising=False)
    with pytest.raises(helper.Neo4jUnavailable, match="no java"):
        with helper._local_server():
            pass


def test_without_java_but_required_is_an_error_not_a_skip(monkeypatch):
    _no_java(monkeypatch)
    monkeypatch.setenv("PARTNERMAP_REQUIRE_NEO4J", "1")
    with pytest.raises(helper.Neo4jRequired) as info:
        with helper._local_server():
            pass
    assert not isinstance(info.value, helper.Neo4jUnavailable)


@pytest.mark.neo4j
def test_a_password_that_begins_with_a_dash_is_a_password_not_an_option():
    """A random url-safe password begins with "-" one time in 64; neo4j-admin
    set-initial-password read it as an unknown option, printed its usage and the server never
    started (a CI run failed so). scripts/neo4j_local.py ends the options with "--"."""
    server = helper.DedicatedServer(password="-dash-first-" + uuid.uuid4().hex[:8])
    try:
        try:
            conn = server.start()
        except helper.Neo4jUnavailable as e:
            pytest.skip(str(e))
        assert conn["password"] == server.password
        with GraphDatabase.driver(conn["uri"], auth=(conn["user"], conn["password"])) as driver:
            records, _, _ = driver.execute_query("RETURN 1 AS one", routing_=RoutingControl.READ)
            assert records[0]["one"] == 1
    finally:
        server.remove()


@pytest.mark.neo4j
def test_a_restarted_server_maps_the_class_archive_its_first_run_wrote(monkeypatch, tmp_path):
    """scripts/neo4j_local.py: the first run of a server writes the JVM's class data sharing
    archive at exit (kept only after a clean stop); the next start maps it, which is what
    makes it start faster (the bulk load restarts its server)."""
    import json
    from pathlib import Path

    archives = tmp_path / "archives"
    monkeypatch.setenv("PARTNERMAP_NEO4J_CLASS_ARCHIVE", str(archives))
    server = helper.DedicatedServer()
    try:
        try:
            server.start()
        except helper.Neo4jUnavailable as e:
            pytest.skip(str(e))
        state = json.loads(Path(server.home, "state.json").read_text())
        assert state["class_archive_pending"] and not list(archives.glob("*.jsa"))
        server.stop()
        made = list(archives.glob("*.jsa"))
        assert len(made) == 1 and made[0].stat().st_size > 0
        assert not list(archives.glob("*.tmp"))            # the pending file was moved, not copied
        server.start()
        state = json.loads(Path(server.home, "state.json").read_text())
        assert "class_archive_pending" not in state
        assert str(made[0]) in Path(f"/proc/{state['pid']}/maps").read_text()
    finally:
        server.remove()
