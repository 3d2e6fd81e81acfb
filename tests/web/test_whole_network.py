"""The whole network as one "place": a network imported without places (most published
networks have none) gets the same ecosystem, map, champions, isolated-groups, gaps, funding
and about pages as a place, at /places/~all."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph.importers import run_import
from graph.snapshot import EVERYWHERE
from graph.stores import open_store
from web import create_app
from web.auth import create_user

NETWORK = Path(__file__).resolve().parents[1] / "data" / "networks" / "etcgroups_networks.gml"
PAGES = ("", "/champions", "/isolated", "/gaps", "/funding", "/about", "/geography")


@pytest.fixture
def network_client(tmp_path):
    """A store holding only a real network with no places, and a viewer."""
    url = f"sqlite:///{tmp_path / 'network.db'}"
    with open_store(url) as store:
        assert run_import(store, "network", NETWORK).ok
        create_user(store, "viewer", "viewer", "viewer-pass-1")
    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "STORE_URL": url})
    app.instance_path = str(tmp_path / "instance")
    client = app.test_client()
    from tests.web.conftest import session_for
    yield session_for(client, "viewer")
    app.extensions["partnermap"].close()


def test_a_network_without_places_is_offered_whole(network_client):
    home = network_client.get("/").get_data(as_text=True)
    assert "There is no data yet" not in home
    assert f'href="/places/{EVERYWHERE}"' in home and "All organisations" in home
    places = network_client.get("/places").get_data(as_text=True)
    assert f'href="/places/{EVERYWHERE}"' in places
    listed = network_client.get("/api/places").get_json()["places"]
    assert listed[0]["code"] == EVERYWHERE and listed[0]["organisations"] == 24


@pytest.mark.parametrize("page", PAGES)
def test_every_place_page_answers_for_the_whole_network(network_client, page):
    html = network_client.get(f"/places/{EVERYWHERE}{page}")
    assert html.status_code == 200, html.get_data(as_text=True)[:2000]
    assert "All organisations" in html.get_data(as_text=True)
    api = network_client.get(f"/api/places/{EVERYWHERE}{page}")
    assert api.status_code == 200, api.get_data(as_text=True)[:2000]


def test_the_whole_network_analyses_every_organisation(network_client):
    eco = network_client.get(f"/api/places/{EVERYWHERE}").get_json()
    assert eco["total"] == 24 and eco["place"]["name"] == "All organisations"
    net = network_client.get(f"/api/places/{EVERYWHERE}/network").get_json()
    assert len(net["elements"]["nodes"]) == 24 and len(net["elements"]["edges"]) == 40
    champions = network_client.get(f"/api/places/{EVERYWHERE}/champions").get_json()["champions"]
    assert champions and all(c["org"]["name"] for c in champions)


def test_the_whole_network_sits_beside_real_places(viewer):
    """Where places exist the whole network is offered too, first, counting everyone."""
    listed = viewer.get("/api/places").get_json()["places"]
    assert listed[0]["code"] == EVERYWHERE
    assert listed[0]["organisations"] == len(viewer.application.extensions["partnermap"].open().snapshot().orgs)
    assert viewer.get(f"/places/{EVERYWHERE}/champions").status_code == 200
    assert viewer.get("/places/nowhere-at-all").status_code == 404


def test_a_reason_keeps_the_names_it_gives_as_written(network_client):
    """The one isolated group hangs off one organisation, whose name stays in capitals."""
    html = network_client.get(f"/places/{EVERYWHERE}/isolated").get_data(as_text=True)
    groups = network_client.get(f"/api/places/{EVERYWHERE}/isolated").get_json()["groups"]
    through = [g for g in groups if g["kind"] == "periphery"]
    assert through, groups
    reason = through[0]["reason"]
    assert any(c.isupper() for c in reason[1:]), reason
    assert reason[:1].upper() + reason[1:] in html


def test_home_starts_from_real_areas_where_there_are_some(viewer, network_client):
    """The starting points name the largest areas; the whole network only where there are none."""
    start = viewer.get("/").get_data(as_text=True).split('id="starting-points"')[1].split("</form>")[0]
    assert "Isolated groups in Bristol" in start and "Isolated groups in All organisations" not in start
    start = network_client.get("/").get_data(as_text=True).split('id="starting-points"')[1].split("</form>")[0]
    assert "Isolated groups in All organisations" in start
