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


@pytest.mark.neo4j
def test_the_import_tool_maps_the_class_archive_its_first_successful_run_wrote(monkeypatch, tmp_path):
    """scripts/neo4j_local.py: neo4j-admin's import tool (the bulk path) gets a class archive
    of its own, written by its first successful run and mapped by the next (at 50,000
    organisations its JVM spent 19 of 53 s starting and exiting without one); a failed run
    keeps none."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("neo4j_local_for_test", helper.LOCAL_SCRIPT)
    local = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(local)
    try:
        java = local.find_java()
    except local.Fail as e:
        if helper.neo4j_required():
            raise
        pytest.skip(str(e))
    version = local.neo4j_version(None)
    if not local.is_provisioned(version):
        if helper.neo4j_required():
            pytest.fail(f"Neo4j {version} is not provisioned (make test provisions it)")
        pytest.skip(f"Neo4j {version} is not provisioned")
    lib = local.lib_dir(version)
    archives = tmp_path / "archives"
    monkeypatch.setenv("PARTNERMAP_NEO4J_CLASS_ARCHIVE", str(archives))
    home = tmp_path / "home"
    (home / "conf").mkdir(parents=True)
    (home / "o.csv").write_text("id:ID(O),name\na,Alpha\nb,Beta\n")
    (home / "r.csv").write_text(":START_ID(O),:END_ID(O)\na,b\n")

    def run(*files):
        return local.run_import_tool(java, lib, version, home, "256m",
                                     ["database", "import", "full", "neo4j", "--overwrite-destination=true",
                                      *files])

    failed, _, mapped = run("--nodes=O=o.csv", "--relationships=R=missing.csv")
    assert failed.returncode != 0 and not mapped
    assert not list(archives.glob("*"))                  # neither an archive nor a pending file
    first, _, mapped = run("--nodes=O=o.csv", "--relationships=R=r.csv")
    assert first.returncode == 0 and not mapped
    made = list(archives.glob("*"))
    assert [p.name for p in made] == [f"import-tool-{version}-{made[0].name.rsplit('-', 1)[1]}"]
    assert made[0].name.endswith(".jsa") and made[0].stat().st_size > 0
    second, _, mapped = run("--nodes=O=o.csv", "--relationships=R=r.csv")
    assert second.returncode == 0 and mapped
    # A JVM that cannot map the archive says so ("[warning][cds] ...") and runs without it.
    assert "cds" not in (second.stdout + second.stderr).lower()
    assert "IMPORT DONE" in second.stdout + second.stderr
