"""Stores: `open_store(url)` picks the embedded SQLite store or Neo4j from a URL."""
from __future__ import annotations

import os
from pathlib import Path

from graph.stores.base import GraphData, GraphStore, NotFound, StoreError, StoreUnavailable

__all__ = ["open_store", "default_store_url", "GraphStore", "GraphData", "StoreError",
           "StoreUnavailable", "NotFound"]


def default_store_url() -> str:
    """PARTNERMAP_STORE if set, else an embedded file in the user's data folder."""
    url = os.environ.get("PARTNERMAP_STORE")
    if url:
        return url
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return f"sqlite:///{base / 'partnermap' / 'partnermap.db'}"


def open_store(url: str | None = None) -> GraphStore:
    """Open the store a URL names.

    sqlite:///relative/or/absolute/path.db, or a bare path ending .db -> EmbeddedStore;
    neo4j://, neo4j+s://, bolt://, bolt+s:// -> Neo4jStore with NEO4J_USER / NEO4J_PASSWORD
    (and NEO4J_DATABASE, default "neo4j").
    """
    url = url or default_store_url()
    if url.startswith("sqlite:///"):
        from graph.stores.embedded import EmbeddedStore
        return EmbeddedStore(url[len("sqlite:///"):])
    if url.split("://", 1)[0] in ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"):
        from graph.stores.neo4j_store import Neo4jStore
        return Neo4jStore(url, user=os.environ.get("NEO4J_USER", "neo4j"),
                          password=os.environ.get("NEO4J_PASSWORD", ""),
                          database=os.environ.get("NEO4J_DATABASE", "neo4j"))
    if "://" not in url and url.endswith(".db"):
        from graph.stores.embedded import EmbeddedStore
        return EmbeddedStore(url)
    raise StoreError(f"unknown store URL {url!r}: use sqlite:///path.db, neo4j://host:7687 or bolt://host:7687")
