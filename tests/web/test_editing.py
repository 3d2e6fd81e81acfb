"""Editing from the UI and the API: pickers over the raw-code fields (working without
JavaScript), adding an organisation and a tie, every value checked as an import checks it,
each error next to its field."""
from __future__ import annotations

import re

from tests.web.conftest import csrf_from
from tests.web.tiny import DEBT, FOOD, REFUGEE


def _post(client, path, data):
    token = csrf_from(client.get(path).get_data(as_text=True))
    return client.post(path, data={**data, "csrf_token": token})


def test_edit_form_has_pickers_for_services_communities_and_places(editor):
    html = editor.get(f"/organisations/{FOOD}/edit").get_data(as_text=True)
    for name in ("services", "communities", "places"):
        assert re.search(rf'<select[^>]*id="{name}"[^>]*name="{name}"[^>]*multiple[^>]*data-pm-picker', html), name
    assert re.search(r'<option value="poverty.food_support" selected>', html)
    assert "codes, comma-separated" not in html


def test_picker_choices_are_saved_and_choosing_none_clears(editor, store):
    r = _post(editor, f"/organisations/{FOOD}/edit",
              {"name": "Easton Food Bank", "sector": "vcse", "services": ["", "poverty.food_support", "advice.debt"],
               "communities": [""], "places": ["", "BRS:easton"]})
    assert r.status_code == 302, r.get_data(as_text=True)[:2000]
    org = store.get_organisation(FOOD)
    assert set(org.services) == {"poverty.food_support", "advice.debt"} and org.communities == ()


def test_every_bad_field_is_reported_next_to_it_and_nothing_is_saved(editor, store):
    before = store.get_organisation(FOOD)
    r = _post(editor, f"/organisations/{FOOD}/edit",
              {"name": "", "sector": "vcse", "income": "-5", "website": "javascript:alert(1)",
               "services": ["", "not.a.service"]})
    html = r.get_data(as_text=True)
    assert r.status_code == 400
    for field in ("name", "income", "website", "services"):
        assert f'id="{field}-error"' in html, field
    assert store.get_organisation(FOOD) == before


def test_add_an_organisation_from_the_ui(editor, store):
    r = _post(editor, "/organisations/new",
              {"name": "Lawrence Weston Larder", "sector": "vcse", "income": "£12,500", "postcode": "bs11 0qa",
               "services": ["", "poverty.food_support"], "communities": ["", "families"], "places": ["", "E06000023"],
               "led_by": ["user_led"]})
    assert r.status_code == 302, r.get_data(as_text=True)[:3000]
    org_id = r.location.rsplit("/", 1)[-1]
    org = store.get_organisation(org_id)
    assert org.name == "Lawrence Weston Larder" and org.income == 12_500 and org.size_band == "small"
    assert org.postcode == "BS11 0QA" and org.led_by == ("user_led",) and org.source == "added by editor"
    # The same name and postcode again is refused, not doubled.
    again = _post(editor, "/organisations/new", {"name": "Lawrence Weston Larder", "sector": "vcse",
                                                 "postcode": "BS11 0QA"})
    assert again.status_code == 400 and "already listed" in again.get_data(as_text=True)


def test_add_organisation_errors_and_the_json_twin(editor, store):
    r = _post(editor, "/organisations/new", {"name": "", "sector": "vcse"})
    assert r.status_code == 400 and 'id="name-error"' in r.get_data(as_text=True)
    token = csrf_from(editor.get("/").get_data(as_text=True))
    bad = editor.post("/api/organisations", json={"name": "X Group", "sector": "shop", "places": ["NOPE"]},
                      headers={"X-CSRFToken": token})
    assert bad.status_code == 400 and {"sector", "places"} <= set(bad.get_json()["errors"])
    good = editor.post("/api/organisations", json={"name": "Kingsweston Allotment Club", "services": ["poverty.food_support"]},
                       headers={"X-CSRFToken": token})
    assert good.status_code == 201, good.get_json()
    assert good.get_json()["organisation"]["name"] == "Kingsweston Allotment Club"


def test_viewers_cannot_add(viewer):
    assert viewer.get("/organisations/new").status_code == 403
    assert viewer.get(f"/organisations/{FOOD}/ties/new").status_code == 403


def test_add_a_tie_by_name_with_direction(editor, store):
    r = _post(editor, f"/organisations/{DEBT}/ties/new",
              {"other": "Sanctuary Sisters", "kind": "referral", "direction": "to", "since": "2024-05"})
    assert r.status_code == 302, r.get_data(as_text=True)[:3000]
    ties = [t for t, _ in store.neighbours(DEBT) if t.kind == "referral" and REFUGEE in (t.from_id, t.to_id)]
    assert len(ties) == 1 and (ties[0].from_id, ties[0].to_id) == (REFUGEE, DEBT) and ties[0].since == "2024-05"


def test_tie_errors_are_next_to_their_fields(editor, store):
    before = len(store.neighbours(DEBT))
    r = _post(editor, f"/organisations/{DEBT}/ties/new",
              {"other": "Nobody At All", "kind": "friendship", "since": "someday", "amount": "lots"})
    html = r.get_data(as_text=True)
    assert r.status_code == 400
    for field in ("other", "kind", "amount"):
        assert f'id="{field}-error"' in html, field
    r = _post(editor, f"/organisations/{DEBT}/ties/new", {"other": "Sanctuary Sisters", "kind": "partnership",
                                                        "since": "someday"})
    assert r.status_code == 400 and 'id="since-error"' in r.get_data(as_text=True)
    r = _post(editor, f"/organisations/{DEBT}/ties/new", {"other": "Easton", "kind": "partnership"})
    assert r.status_code == 400 and "More than one organisation" in r.get_data(as_text=True)
    r = _post(editor, f"/organisations/{DEBT}/ties/new", {"other": DEBT, "kind": "partnership"})
    assert r.status_code == 400 and "two different organisations" in r.get_data(as_text=True)
    assert len(store.neighbours(DEBT)) == before


def test_add_a_tie_through_the_api(editor, store):
    token = csrf_from(editor.get("/").get_data(as_text=True))
    r = editor.post(f"/api/organisations/{DEBT}/ties", json={"other": REFUGEE, "kind": "funding", "amount": "5,000"},
                    headers={"X-CSRFToken": token})
    assert r.status_code == 201, r.get_json()
    tie = r.get_json()["tie"]
    assert (tie["from_id"], tie["to_id"], tie["amount"], tie["currency"]) == (DEBT, REFUGEE, 5000.0, "GBP")
