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
    ("?q=easton", [FOOD, YOUTH]),
    ("?q=EASTON food", [FOOD]),
    ("?q=bristol", [COUNCIL, DEBT]),
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


def test_bristol_includes_its_wards(viewer):
    viewer.application.config["PAGE_SIZE"] = 50
    found = ids(viewer, "?place=E06000023")
    assert FOOD in found and REFUGEE in found and LUTON_GROUP not in found


def test_exact_and_prefix_matches_come_first(viewer):
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
    for label in ("Name", "Place", "Service", "Community served", "Sector", "Size (by income)", "Led by"):
        assert f">{label}</label>" in html
    html = viewer.get("/search").get_data(as_text=True)
    assert "govuk-pagination" in html and "page=2" in html
