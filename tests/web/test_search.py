"""Page 1: search organisations by name, place, service, community, sector, size, led-by."""
from __future__ import annotations

import pytest

from tests.web.tiny import COUNCIL, DEBT, FOOD, FUNDER, LAW, LUTON_GROUP, REFUGEE, YOUTH


def ids(client, query: str) -> list[str]:
    r = client.get("/api/search" + query)
    assert r.status_code == 200, r.get_json()
    return [o["id"] for o in r.get_json()["results"]]


def test_no_filters_lists_everyone_by_name_a_page_at_a_time(viewer):
    body = viewer.get("/api/search").get_json()
    assert body["total"] == 8 and body["pages"] == 3 and body["page_size"] == 3
    assert [o["name"] for o in body["results"]] == ["Avon Law Centre", "Bristol City Council", "Bristol Debt Advice"]
    page3 = viewer.get("/api/search?page=3").get_json()
    assert [o["name"] for o in page3["results"]] == ["Quartet Community Fund", "Sanctuary Sisters"]


@pytest.mark.parametrize("query,expected", [
    ("?place=BRS:easton", [FOOD, YOUTH]),
    ("?place=E06000032", [LUTON_GROUP]),
    ("?service=advice", [LAW, DEBT]),               # a family includes its children
    ("?service=advice.debt", [DEBT]),
    ("?community=low_income", [LAW, DEBT, FOOD]),
    ("?sector=funder", [FUNDER]),
    ("?size=micro", [LUTON_GROUP, REFUGEE]),
    ("?led_by=refugee_led", [REFUGEE]),
    ("?led_by=any", [LUTON_GROUP, REFUGEE]),
    ("?place=E06000023&community=low_income&size=small", [FOOD]),
])
def test_filters(viewer, query, expected):
    viewer.application.config["PAGE_SIZE"] = 50
    assert ids(viewer, query) == expected


@pytest.mark.parametrize("query,expected", [
    ("?q=easton", {FOOD, YOUTH}),
    ("?q=EASTON food", {FOOD}),
    ("?q=bristol", {COUNCIL, DEBT}),
    ("?q=mentoring", {YOUTH}),                      # a word of the description
    ("?q=homelessness", {COUNCIL}),                 # a service's label
    ("?q=carers", {LUTON_GROUP}),                   # name, description, service and community
    ("?q=women", {REFUGEE}),                        # a community's label ("Women and girls")
    ("?q=advice&service=advice.debt", {DEBT}),      # words and filters together
    ("?q=debt", {DEBT}),
])
def test_words_find_organisations_by_need(viewer, query, expected):
    viewer.application.config["PAGE_SIZE"] = 50
    assert set(ids(viewer, query)) == expected


def test_a_word_in_the_name_ranks_first(viewer):
    viewer.application.config["PAGE_SIZE"] = 50
    found = ids(viewer, "?q=advice")  # Bristol Debt Advice by name; Avon Law Centre by description
    assert found[0] == DEBT and LAW in found


def test_facets_count_what_was_found_and_link_to_the_narrower_search(viewer):
    body = viewer.get("/api/search?q=advice").get_json()
    facets = body["facet_counts"]
    services = {f["value"]: f["count"] for f in facets["service"]}
    assert services["advice"] == 2 and services["advice.debt"] == 1  # a family counts each organisation once
    assert {f["value"]: f["count"] for f in facets["community"]}["low_income"] == 2
    assert {f["value"]: f["count"] for f in facets["size"]} == {"medium": 1, "large": 1}
    debt = next(f for f in facets["service"] if f["value"] == "advice.debt")
    assert debt["url"].startswith("/search?") and "q=advice" in debt["url"] and "service=advice.debt" in debt["url"]
    led = {f["value"]: f["count"] for f in viewer.get("/api/search").get_json()["facet_counts"]["led_by"]}
    assert led == {"any": 2, "refugee_led": 1, "women_led": 1, "user_led": 1}
    html = viewer.get("/search?q=advice").get_data(as_text=True)
    assert 'id="facet-service"' in html and "Narrow the results" in html


def test_search_answers_from_the_snapshot_when_the_store_cannot_be_reached(viewer, monkeypatch):
    from graph.stores import StoreUnavailable
    from graph.stores.embedded import EmbeddedStore

    def unreachable(self, *a, **k):
        raise StoreUnavailable("cannot reach the store")
    monkeypatch.setattr(EmbeddedStore, "search_text", unreachable)
    body = viewer.get("/api/search?q=mentor").get_json()
    assert [o["id"] for o in body["results"]] == [YOUTH] and "cannot be reached" in body["note"]
    assert set(ids(viewer, "?q=easton")) == {FOOD, YOUTH}


def test_bristol_includes_its_wards(viewer):
    viewer.application.config["PAGE_SIZE"] = 50
    found = ids(viewer, "?place=E06000023")
    assert FOOD in found and REFUGEE in found and LUTON_GROUP not in found


def test_every_word_must_match(viewer):
    viewer.application.config["PAGE_SIZE"] = 50
    assert ids(viewer, "?q=easton youth club") == [YOUTH]
    assert ids(viewer, "?q=club") == [YOUTH]


def test_unknown_codes_are_a_400(viewer):
    assert viewer.get("/api/search?place=XX").status_code == 400
    assert viewer.get("/api/search?led_by=everyone").status_code == 400


def test_search_page_shows_results_filters_and_pagination(viewer):
    html = viewer.get("/search?community=low_income").get_data(as_text=True)
    assert "<strong>3</strong> organisations found" in html
    assert "Serves Low income" in html or "Serves low income" in html.lower() or "Serves" in html
    assert 'href="/organisations/GB-CHC-1000003"' in html
    for label in ("Name or need", "Place", "Service", "Community served", "Sector", "Size (by income)", "Led by"):
        assert f">{label}</label>" in html
    html = viewer.get("/search").get_data(as_text=True)
    assert "govuk-pagination" in html and "page=2" in html


def test_mental_finds_every_demo_organisation_offering_mental_health_support(tmp_path):
    """The issue's case: a name search found 1 of the demo's 40 such organisations."""
    from graph.stores.embedded import EmbeddedStore
    from seed.demo import build_demo

    store = EmbeddedStore(tmp_path / "demo.db")
    try:
        store.load(build_demo())
        offering = {o.id for o in store.snapshot().orgs if "health.mental_health" in o.services}
        assert len(offering) >= 30
        assert offering <= set(store.search_text("mental"))
        assert offering <= set(store.search_text("Mental health"))
    finally:
        store.close()
