"""The partner finder for an organisation that is not listed: described by services,
communities and places, or by a paragraph the text classifier reads; suggestions with
reasons from the same matcher, on the page and its JSON twin."""
from __future__ import annotations

import pytest

import graph.classify as classify
from tests.classify.test_classifier import _fit_tiny

DESCRIBE = "/api/partners/describe"


def test_described_by_codes_gets_ranked_partners_with_reasons(viewer):
    r = viewer.get(DESCRIBE + "?offers=youth.youth_clubs&serves=low_income&works_in=E06000023&k=5&name=Zephyr+Collective")
    body = r.get_json()
    assert r.status_code == 200, body
    assert body["described"]["name"] == "Zephyr Collective"
    assert [s["code"] for s in body["described"]["services"]] == ["youth.youth_clubs"]
    found = [s["org"]["id"] for s in body["suggestions"]]
    assert found and not any(i.startswith("PM-DESCRIBED") for i in found)  # real organisations only
    assert all(s["reasons"] for s in body["suggestions"])  # each suggestion says why
    assert any("Low income" in " ".join(s["reasons"]) or "low income" in " ".join(s["reasons"]).lower()
               for s in body["suggestions"])
    # Nothing was stored: the described organisation is nowhere in the data.
    assert viewer.get("/api/search?q=zephyr").get_json()["total"] == 0


def test_codes_may_be_repeated_or_comma_separated(viewer):
    a = viewer.get(DESCRIBE + "?serves=low_income&serves=families&k=3").get_json()
    b = viewer.get(DESCRIBE + "?serves=low_income,families&k=3").get_json()
    assert [s["org"]["id"] for s in a["suggestions"]] == [s["org"]["id"] for s in b["suggestions"]]
    assert len(a["described"]["communities"]) == 2


@pytest.mark.parametrize("query,field", [
    ("?offers=nonsense.code", "offers"),
    ("?serves=nobody", "serves"),
    ("?offers=advice.debt&works_in=XX", "works_in"),
    ("?works_in=E06000023", "offers"),          # a place alone says nothing to match on
])
def test_bad_or_missing_fields_are_a_400_naming_the_field(viewer, query, field):
    r = viewer.get(DESCRIBE + query)
    assert r.status_code == 400 and field in r.get_json()["errors"], r.get_json()
    page = viewer.get("/partners/describe" + query)
    html = page.get_data(as_text=True)
    assert page.status_code == 400
    assert f'id="{field}-error"' in html and "There is a problem" in html  # next to the field, and summarised


def test_nothing_asked_is_a_400_in_json_and_an_empty_form_on_the_page(viewer):
    assert viewer.get(DESCRIBE).status_code == 400
    html = viewer.get("/partners/describe").get_data(as_text=True)
    assert 'name="about"' in html and 'name="offers"' in html and "Suggestions appear here" in html


def test_a_paragraph_is_read_by_the_classifier(viewer, monkeypatch):
    monkeypatch.setattr(classify, "default_classifier", lambda: _fit_tiny())
    r = viewer.get(DESCRIBE, query_string={"about": "We run a food bank handing out food parcels to families",
                                           "works_in": "E06000023", "k": "5"})
    body = r.get_json()
    assert r.status_code == 200, body
    read = {p["code"] for p in body["read_from_text"]}
    assert "poverty.food_support" in read
    assert all(p["method"] in ("model", "rule") and 0 < p["confidence"] <= 1 for p in body["read_from_text"])
    assert "poverty.food_support" in [s["code"] for s in body["described"]["services"]]
    assert body["suggestions"]
    html = viewer.get("/partners/describe", query_string={"about": "We run a food bank handing out food parcels",
                                                         "k": "3"}).get_data(as_text=True)
    assert 'id="read-from-text"' in html and 'id="suggestions"' in html
    assert "Request an introduction" not in html  # an unlisted organisation cannot be introduced


def test_a_paragraph_with_nothing_to_read_says_so_next_to_the_field(viewer, monkeypatch):
    monkeypatch.setattr(classify, "default_classifier", lambda: _fit_tiny())
    r = viewer.get(DESCRIBE, query_string={"about": "Lorem ipsum dolor sit amet"})
    assert r.status_code == 400 and "about" in r.get_json()["errors"]


def test_partner_finder_offers_the_unlisted_route_and_name_choice_still_works(viewer):
    html = viewer.get("/partners").get_data(as_text=True)
    assert 'href="/partners/describe"' in html
    html = viewer.get("/partners?q=easton").get_data(as_text=True)
    assert "Easton Food Bank" in html and "Easton Youth Club" in html
