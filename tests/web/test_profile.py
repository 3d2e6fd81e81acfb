"""Page 2: an organisation's profile."""
from __future__ import annotations

from tests.web.tiny import COUNCIL, DEBT, FOOD, FUNDER, REFUGEE, YOUTH


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


def test_a_council_without_a_registration_number_is_not_called_below_the_radar(viewer):
    """'Unregistered' and 'below the radar' name community groups without a number; on a
    real network's council, university or consultancy (no number in the file) they misled."""
    html = viewer.get(f"/organisations/{COUNCIL}").get_data(as_text=True)
    assert "No registration number given" in html
    assert "below the radar" not in html and ">Unregistered<" not in html


def test_unknown_org_is_404(viewer):
    assert viewer.get("/organisations/GB-CHC-0").status_code == 404
    assert viewer.get("/api/organisations/GB-CHC-0").status_code == 404


def test_profile_lists_its_introductions(editor, store):
    store.create_introduction(FOOD, REFUGEE, broker="editor", note="both in Easton")
    body = editor.get(f"/api/organisations/{FOOD}").get_json()
    assert [(i["org_b"]["id"], i["status"]) for i in body["introductions"]] == [(REFUGEE, "suggested")]
    html = editor.get(f"/organisations/{FOOD}").get_data(as_text=True)
    assert "Sanctuary Sisters" in html and "brokered by editor" in html


def test_editor_edits_an_organisation(editor, store):
    from tests.web.conftest import csrf_token
    url = f"/organisations/{FOOD}/edit"
    assert editor.get(url).status_code == 200
    r = editor.post(url, data={"name": "Easton Community Pantry", "description": "Food and a pantry.", "sector": "vcse",
                               "income": "120,000", "led_by": ["women_led"], "services": "poverty.food_support, advice.debt",
                               "communities": "low_income", "places": "BRS:easton", "postcode": "bs5 6aa",
                               "website": "", "legal_form": "", "size_band": "", "csrf_token": csrf_token(editor, url)})
    assert r.status_code == 302
    org = store.get_organisation(FOOD)
    assert (org.name, org.income, org.size_band, org.led_by, org.postcode) == \
        ("Easton Community Pantry", 120_000, "medium", ("women_led",), "BS5 6AA")
    assert org.services == ("advice.debt", "poverty.food_support")
    assert "Easton Community Pantry" in editor.get(f"/organisations/{FOOD}").get_data(as_text=True)


def test_bad_edits_write_nothing_and_say_why(editor, store, client):
    from tests.web.conftest import csrf_token
    url = f"/organisations/{FOOD}/edit"
    r = editor.post(url, data={"name": "", "income": "lots", "places": "NOWHERE", "csrf_token": csrf_token(editor, url)})
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert "govuk-error-summary" in html and "number of pounds" in html and "NOWHERE" in html
    assert store.get_organisation(FOOD).name == "Easton Food Bank"
    r = editor.patch(f"/api/organisations/{FOOD}", json={"name": ""}, headers={"X-CSRFToken": csrf_token(editor, "/")})
    assert r.status_code == 400 and r.get_json()["ok"] is False and "name" in r.get_json()["errors"]
    r = editor.patch(f"/api/organisations/{FOOD}", json={"website": "https://easton.example"},
                     headers={"X-CSRFToken": csrf_token(editor, "/")})
    assert r.status_code == 200 and r.get_json()["organisation"]["website"] == "https://easton.example"


def test_viewers_cannot_edit(viewer):
    assert viewer.get(f"/organisations/{FOOD}/edit").status_code == 403


def test_inferred_services_and_communities_are_marked_in_the_profile_and_its_json(viewer, store):
    from graph.model import Inference
    org = store.get_organisation(FOOD)
    store.upsert_organisations([org.with_changes(
        services=org.services + ("advice.debt",),
        inferred=(Inference("services", "advice.debt", 0.5, "rule", "ccew description: 'debt'"),))])
    o = viewer.get(f"/api/organisations/{FOOD}").get_json()["organisation"]
    by_code = {s["code"]: s for s in o["services"]}
    assert by_code["poverty.food_support"]["inferred"] is False
    assert by_code["advice.debt"] | {"label": None} == {
        "code": "advice.debt", "label": None, "inferred": True, "confidence": 0.5, "method": "rule",
        "evidence": "ccew description: 'debt'"}
    assert all(c["inferred"] is False for c in o["communities"])
    assert o["inferred"] == [{"field": "services", "value": "advice.debt", "confidence": 0.5, "method": "rule",
                              "evidence": "ccew description: 'debt'"}]
    html = viewer.get(f"/organisations/{FOOD}").get_data(as_text=True)
    services_list = html.split('id="org-services"')[1].split("</ul>")[0]
    assert services_list.count("inferred-tag") == 1
    assert "50% confidence, by keyword rule from ccew description" in services_list


def test_profile_shows_the_identifier_as_its_publisher_wrote_it(viewer, store):
    from graph.model import org_id_for_identifier
    org = store.get_organisation(FOOD)
    publisher_id = "360G-trafford-st_hilda's_church_-_esol_groups"
    store.upsert_organisations([org.with_changes(id=org_id_for_identifier(publisher_id))])
    stored = org_id_for_identifier(publisher_id)
    assert stored != publisher_id
    o = viewer.get(f"/api/organisations/{stored}").get_json()["organisation"]
    assert o["id"] == stored and o["publisher_id"] == publisher_id
    html = viewer.get(f"/organisations/{stored}").get_data(as_text=True)
    assert "360G-trafford-st_hilda&#39;s_church_-_esol_groups" in html and f"(stored as {stored})" in html
    # An id that needed no escaping is shown once.
    assert viewer.get(f"/api/organisations/{FOOD}").get_json()["organisation"]["publisher_id"] == FOOD
    assert "(stored as" not in viewer.get(f"/organisations/{FOOD}").get_data(as_text=True)
