"""Fixtures for the importer and exporter tests: real embedded stores in tmp folders."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.stores.base import GraphData
from graph.stores.embedded import EmbeddedStore

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def store(tmp_path):
    s = EmbeddedStore(tmp_path / "store.db")
    yield s
    s.close()


@pytest.fixture
def fresh_store(tmp_path):
    """A second, empty store, for round trips."""
    s = EmbeddedStore(tmp_path / "fresh.db")
    yield s
    s.close()


@pytest.fixture
def seeded_store(store):
    """A store holding the shipped taxonomies and the demo places."""
    from seed import load_communities, load_services
    from seed.places import DEMO_PLACES

    store.load(GraphData(services=load_services(), communities=load_communities(), places=list(DEMO_PLACES)))
    return store


@pytest.fixture
def cli_app():
    """The partnermap click group (it adds the feature packages' commands itself)."""
    from graph.cli import cli
    return cli


@pytest.fixture
def invoke(cli_app, tmp_path, monkeypatch):
    """Run `partnermap --store <tmp store> ARGS...` in a tmp working folder."""
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    url = f"sqlite:///{tmp_path / 'cli.db'}"

    def run(*args):
        return runner.invoke(cli_app, ["--store", url, *map(str, args)], catch_exceptions=False)
    run.store_url = url
    return run


@pytest.fixture
def canonical():
    return _canonical


def _canonical(data: GraphData) -> dict:
    """A GraphData as comparable, order-free sets (what 'the same data' means)."""
    return {"organisations": sorted(data.organisations, key=lambda o: o.id),
            "ties": sorted(data.ties, key=lambda t: t.key),
            "services": sorted(data.services, key=lambda s: s.code),
            "communities": sorted(data.communities, key=lambda c: c.code),
            "places": sorted(data.places, key=lambda p: p.code),
            "needs": sorted(data.needs, key=lambda n: (n.place, n.target, n.code))}
