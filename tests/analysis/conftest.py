"""Fixtures for the analysis tests: tiny graphs whose answers can be checked by hand, and
the demo ecosystem with its planted truth."""
from __future__ import annotations

import pytest

from graph.snapshot import Snapshot
from tests.analysis.graphs import STAR, TWO_TRIANGLES, from_edges


@pytest.fixture
def two_triangles() -> Snapshot:
    return from_edges(TWO_TRIANGLES)


@pytest.fixture
def star() -> Snapshot:
    return from_edges(STAR)


@pytest.fixture(scope="session")
def demo():
    """(snapshot, truth) of the demo ecosystem."""
    from seed.demo import build_demo, demo_truth

    snap = Snapshot.from_data(build_demo())
    return snap, demo_truth()



@pytest.fixture(autouse=True)
def _matcher_cache_in_tmp(tmp_path, monkeypatch):
    """The matcher saves fitted models; keep them out of the user's home during tests."""
    monkeypatch.setenv("PARTNERMAP_CACHE", str(tmp_path / "matcher-cache"))
