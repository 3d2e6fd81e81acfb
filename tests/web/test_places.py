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


def test_analysis_pages_keep_the_place_heading_and_tabs(viewer):
    for tab in ("gaps", "champions", "isolated"):
        r = viewer.get(f"/places/{BRISTOL}/{tab}")
        assert r.status_code == 200, (tab, r.get_data(as_text=True)[:500])
        html = r.get_data(as_text=True)
        assert '<h1 class="govuk-heading-l">Bristol, City of</h1>' in html, tab
        assert 'aria-current="page"' in html
        body = viewer.get(f"/api/places/{BRISTOL}/{tab}").get_json()
        assert body["ok"] is True and body["place"]["code"] == BRISTOL


def test_isolated_group_is_listed_with_introductions_that_can_be_recorded(editor):
    body = editor.get(f"/api/places/{BRISTOL}/isolated").get_json()
    alone = [g for g in body["groups"] if any(m["id"] == REFUGEE for m in g["members"])]
    assert alone and alone[0]["kind"] == "isolate"
    html = editor.get(f"/places/{BRISTOL}/isolated").get_data(as_text=True)
    assert "Sanctuary Sisters" in html
    if alone[0]["introductions"]:
        assert "Record introduction" in html


def test_gaps_heatmap_counts_each_organisation_once_per_cell(viewer):
    body = viewer.get(f"/api/places/{BRISTOL}/gaps").get_json()
    heat = body["heatmap"]
    assert heat["organisations"] == 7
    rows = {r["community"]["code"]: r for r in heat["rows"]}
    cols = [s["code"] for s in heat["services"]]
    low = dict(zip(cols, (c["count"] for c in rows["low_income"]["cells"])))
    assert low["advice"] == 2 and low["poverty"] == 1 and low["housing"] == 0
    assert rows["refugees_asylum"]["need"] == 0.8
    # Veterans: need recorded, nobody serves them.
    assert any(n["code"] == "veterans" and n["providers"] == 0 for n in body["needs_unmet"])


def test_champions_have_scores_and_reasons(viewer):
    body = viewer.get(f"/api/places/{BRISTOL}/champions").get_json()
    assert body["champions"], body
    top = body["champions"][0]
    assert top["rank"] == 1 and top["reasons"] and top["org"]["url"].startswith("/organisations/")
    net = viewer.get(f"/api/places/{BRISTOL}/network").get_json()
    scores = {n["data"]["id"]: n["data"]["champion_score"] for n in net["elements"]["nodes"]}
    assert max(scores, key=scores.get) == top["id"]
    assert any(n["data"]["isolated"] for n in net["elements"]["nodes"] if n["data"]["id"] == REFUGEE)


def test_ecosystem_shows_summary_funding_and_referral_pathways(viewer):
    body = viewer.get(f"/api/places/{BRISTOL}").get_json()
    labels = {i["label"]: i["value"] for i in body["summary"]["items"]}
    assert labels["Organisations"] == "7"
    assert body["referrals"]["referral_ties"] == 2 and body["referrals"]["circles"] == 1
    assert body["funding"]["total"] == 195_000 and body["total"] == 7
    html = viewer.get(f"/places/{BRISTOL}").get_data(as_text=True)
    for anchor in ('id="ecosystem-summary"', 'id="network-map"', 'id="funding-table"', 'id="referral-pathways"',
                   'id="network-table-rows"'):
        assert anchor in html, anchor
    assert "cytoscape.min.js" in html and "network-map.js" in html


def test_network_map_positions_come_from_the_server_with_groupings(viewer):
    body = viewer.get(f"/api/places/{BRISTOL}/network").get_json()
    nodes = body["elements"]["nodes"]
    assert all(set(n["position"]) == {"x", "y"} for n in nodes)
    assert len({(n["position"]["x"], n["position"]["y"]) for n in nodes}) == len(nodes)
    assert body["group"] == "none" and body["groups"] == []
    kinds = {k["value"]: k for k in body["tie_kinds"]}
    assert kinds["funding"]["directed"] and kinds["funding"]["lens"] == "funding"
    assert not kinds["partnership"]["directed"] and kinds["partnership"]["lens"] == "collaboration"
    directed = {e["data"]["kind"] for e in body["elements"]["edges"] if "directed" in e["classes"]}
    assert directed <= {"referral", "funding", "contract"} and "funding" in directed
    assert sum(n["data"]["central"] for n in nodes) == len(nodes)  # a tiny place: every name shown
    by_place = viewer.get(f"/api/places/{BRISTOL}/network?group=place").get_json()
    boxes = {g["id"] for g in by_place["groups"]}
    assert boxes and all(n["data"]["group"] in boxes for n in by_place["elements"]["nodes"])
    assert viewer.get(f"/api/places/{BRISTOL}/network?group=sector").status_code == 400
