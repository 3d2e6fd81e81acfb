"""Page 2: an organisation's profile."""
from __future__ import annotations

from tests.web.tiny import DEBT, FOOD, FUNDER, REFUGEE, YOUTH


def test_profile_json_has_details_services_places_and_ties_by_kind(viewer):
    body = viewer.get(f"/api/organisations/{FOOD}").get_json()
    o = body["organisation"]
    assert o["name"] == "Easton Food Bank" and o["size_band"] == "small" and o["income"] == 45_000
    assert o["services"] == [{"code": "poverty.food_support", "label": "Poverty relief: Food support"}] or \
        o["services"][0]["code"] == "poverty.food_support"
    assert {c["code"] for c in o["communities"]} == {"low_income", "families"}
    assert o["places"] == [{"code": "BRS:easton", "name": "Easton"}]
    kinds = {g["kind"]: g for g in body["ties"]}
    assert set(kinds) == {"referral", "funding", "co_location"}
    assert body["tie_count"] == 4
    referral = {(t["direction"], t["other"]["id"]) for t in kinds["referral"]["ties"]}
    assert referral == {("Refers to", DEBT), ("Receives referrals from", DEBT)}
    funding = kinds["funding"]["ties"][0]
    assert funding["direction"] == "Funded by" and funding["other"]["id"] == FUNDER and funding["amount"] == 15_000
    assert kinds["co_location"]["ties"][0]["other"]["id"] == YOUTH


def test_profile_page_shows_everything(viewer):
    html = viewer.get(f"/organisations/{FOOD}").get_data(as_text=True)
    assert '<h1 class="govuk-heading-l" id="org-name">Easton Food Bank</h1>' in html
    assert "Referral pathways" in html and "Funded by" in html and "£15,000" in html
    assert "Suggested partners" in html
    assert f'href="/organisations/{DEBT}"' in html


def test_isolated_org_profile_says_so(viewer):
    html = viewer.get(f"/organisations/{REFUGEE}").get_data(as_text=True)
    assert "No ties recorded" in html
    assert "Refugee-led" in html and "Unregistered" in html


def test_unknown_org_is_404(viewer):
    assert viewer.get("/organisations/GB-CHC-0").status_code == 404
    assert viewer.get("/api/organisations/GB-CHC-0").status_code == 404


def test_profile_lists_its_introductions(editor, store):
    store.create_introduction(FOOD, REFUGEE, broker="editor", note="both in Easton")
    body = editor.get(f"/api/organisations/{FOOD}").get_json()
    assert [(i["org_b"]["id"], i["status"]) for i in body["introductions"]] == [(REFUGEE, "suggested")]
    html = editor.get(f"/organisations/{FOOD}").get_data(as_text=True)
    assert "Sanctuary Sisters" in html and "brokered by editor" in html
