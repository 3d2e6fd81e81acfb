"""Pages 4-6: places, the ecosystem view (map data, funding flows, table)."""
from __future__ import annotations

from tests.web.tiny import COUNCIL, DEBT, FOOD, FUNDER, LAW, LUTON_GROUP, REFUGEE, YOUTH

BRISTOL = "E06000023"


def test_places_list_counts_organisations_including_places_inside(viewer):
    places = {p["code"]: p for p in viewer.get("/api/places").get_json()["places"]}
    assert places[BRISTOL]["organisations"] == 7
    assert places["BRS:easton"]["organisations"] == 2
    assert places["E92000001"]["organisations"] == 8
    assert places["BRS:easton"]["depth"] == 2
    html = viewer.get("/places").get_data(as_text=True)
    assert 'href="/places/E06000023"' in html and "Easton" in html


def test_network_map_data_is_cytoscape_elements(viewer):
    body = viewer.get(f"/api/places/{BRISTOL}/network").get_json()
    nodes = {n["data"]["id"]: n["data"] for n in body["elements"]["nodes"]}
    assert set(nodes) == {FOOD, DEBT, LAW, FUNDER, REFUGEE, COUNCIL, YOUTH}
    assert LUTON_GROUP not in nodes
    assert nodes[FOOD]["url"] == f"/organisations/{FOOD}" and nodes[FOOD]["sector"] == "vcse"
    assert nodes[FOOD]["ties"] == 3  # debt advice (both ways counted once), funder, youth club
    edges = {(e["data"]["source"], e["data"]["target"], e["data"]["kind"]) for e in body["elements"]["edges"]}
    assert (FUNDER, FOOD, "funding") in edges and (COUNCIL, LAW, "contract") in edges
    assert len(edges) == 7
    assert body["shown"] == 7 and body["left_off"] == 0


def test_network_map_is_cut_to_the_limit_and_says_so(viewer):
    viewer.application.config["MAP_MAX_NODES"] = 3
    body = viewer.get(f"/api/places/{BRISTOL}/network").get_json()
    assert body["shown"] == 3 and body["left_off"] == 4 and body["organisations"] == 7
    kept = {n["data"]["id"] for n in body["elements"]["nodes"]}
    for e in body["elements"]["edges"]:
        assert e["data"]["source"] in kept and e["data"]["target"] in kept


def test_funding_flows_and_concentration(viewer, app):
    from web import services
    with app.test_request_context():
        snap = app.extensions["partnermap"].open().snapshot()
        flows = services.funding_flows(snap, BRISTOL)
    assert flows["total"] == 195_000 and flows["recipients"] == 3 and flows["funders"] == 2
    assert flows["flows"][0]["from"] == COUNCIL and flows["flows"][0]["amount"] == 120_000
    # shares 120/195, 60/195, 15/195
    assert abs(flows["concentration_hhi"] - ((120 / 195) ** 2 + (60 / 195) ** 2 + (15 / 195) ** 2)) < 1e-3


def test_unknown_place_is_404(viewer):
    assert viewer.get("/places/NOWHERE").status_code == 404
    assert viewer.get("/api/places/NOWHERE/network").status_code == 404
