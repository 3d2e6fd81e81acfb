"""Shared fixtures: real stores. The embedded store on a temporary file; Neo4j from
NEO4J_URI, testcontainers (when a Docker engine answers) or the locally provisioned server
(scripts/neo4j_local.py), in that order. With PARTNERMAP_REQUIRE_NEO4J=1 (CI) a missing
Neo4j fails the run instead of skipping."""
from __future__ import annotations

import os

import pytest

from graph.stores.embedded import EmbeddedStore

# Inferring services and communities on import trains the text classifier at first use
# (minutes on a loaded machine), and most importer tests check what a source stated: off unless a test turns it
# on (tests/classify does, with a small classifier).
os.environ.setdefault("PARTNERMAP_CLASSIFY_ON_IMPORT", "0")
REQUIRE_NEO4J = os.environ.get("PARTNERMAP_REQUIRE_NEO4J") == "1"


@pytest.fixture
def embedded_store(tmp_path):
    store = EmbeddedStore(tmp_path / "partnermap.db")
    yield store
    store.close()


@pytest.fixture(scope="session")
def neo4j_server():
    """Connection details of a real Neo4j 5.26 server for the whole session."""
    from tests.neo4j_server import Neo4jUnavailable, neo4j_connection

    try:
        cm = neo4j_connection()
        conn = cm.__enter__()
    except Neo4jUnavailable as e:
        if REQUIRE_NEO4J:
            pytest.fail(f"Neo4j is required (PARTNERMAP_REQUIRE_NEO4J=1) but unavailable: {e}")
        pytest.skip(f"no Neo4j available: {e}")
    yield conn
    cm.__exit__(None, None, None)


def wipe(store) -> None:
    """Leave a store empty, users and introductions included (tests start clean)."""
    store.clear()
    for user in store.list_users():
        store.delete_user(user.name)


@pytest.fixture
def neo4j_store(neo4j_server):
    from graph.stores.neo4j_store import Neo4jStore

    store = Neo4jStore(neo4j_server["uri"], user=neo4j_server["user"], password=neo4j_server["password"])
    wipe(store)
    yield store
    wipe(store)
    store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request):
    """Each contract test runs once per store."""
    return request.getfixturevalue(f"{request.param}_store")
