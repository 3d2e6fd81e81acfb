"""Funders who fund work like yours, and groups like the ones a funder funds: pages and JSON."""
from __future__ import annotations

from tests.web.tiny import DEBT, FOOD, FUNDER, LAW, REFUGEE


def test_funders_like_json_and_page(viewer):
    body = viewer.get(f"/api/organisations/{LAW}/funders").get_json()
    assert body["ok"] and body["lens"] == "funding" and body["funded_by"] == []
    first = body["suggestions"][0]
    assert first["org_id"] == FUNDER and first["org"]["url"] == f"/organisations/{FUNDER}"
    assert first["recipients"] == 2 and first["reasons"]
    html = viewer.get(f"/organisations/{LAW}/funders").get_data(as_text=True)
    assert "Funders who fund work like yours" in html and "Quartet Community Fund" in html
    assert first["reasons"][0]["text"].replace("'", "&#39;") in html


def test_an_organisation_already_funded_by_every_funder_is_told_so(viewer):
    body = viewer.get(f"/api/organisations/{FOOD}/funders").get_json()
    assert [f["id"] for f in body["funded_by"]] == [FUNDER]
    assert body["suggestions"] == [] and body["note"]
    html = viewer.get(f"/organisations/{FOOD}/funders").get_data(as_text=True)
    assert 'id="funded-by"' in html and 'id="funders-note"' in html


def test_recipients_like_json_page_and_fairness(viewer):
    body = viewer.get(f"/api/organisations/{FUNDER}/recipients?k=5").get_json()
    assert body["ok"] and body["funds"] == 2 and body["fairness"]["setting"] == "balanced"
    ids = [s["org_id"] for s in body["suggestions"]]
    assert ids and not {FOOD, DEBT, FUNDER} & set(ids)
    assert all(s["reasons"] for s in body["suggestions"])
    off = viewer.get(f"/api/organisations/{FUNDER}/recipients?k=5&fairness=off").get_json()
    assert off["fairness"]["report"]["enabled"] is False
    html = viewer.get(f"/organisations/{FUNDER}/recipients").get_data(as_text=True)
    assert "Groups like the ones you fund" in html and 'id="recipient-suggestions"' in html
    assert viewer.get(f"/api/organisations/{FUNDER}/recipients?fairness=max").status_code == 400
    assert viewer.get("/api/organisations/GB-CHC-0/funders").status_code == 404
    assert viewer.get("/organisations/GB-CHC-0/recipients").status_code == 404


def test_profile_links_the_funding_views(viewer):
    html = viewer.get(f"/organisations/{FUNDER}").get_data(as_text=True)
    assert f'href="/organisations/{FUNDER}/funders"' in html and f'href="/organisations/{FUNDER}/recipients"' in html
    group = viewer.get(f"/organisations/{REFUGEE}").get_data(as_text=True)
    assert f'href="/organisations/{REFUGEE}/funders"' in group and "/recipients" not in group
    body = viewer.get(f"/api/organisations/{FUNDER}").get_json()
    assert body["funding_links"]["recipients"] == f"/organisations/{FUNDER}/recipients"


def test_pages_say_what_ranked_them(viewer, monkeypatch):
    """The ranking the funding pages used, and why, is in the JSON and on the page: the
    recommender on this tiny store (too few funding ties to validate), and a baseline's
    network fact first where one beat the recommender."""
    import matcher.service
    body = viewer.get(f"/api/organisations/{LAW}/funders").get_json()
    assert body["ranked_by"] == "recommender" and body["ranking_reason"].startswith("ranked by the funder recommender")
    html = viewer.get(f"/organisations/{LAW}/funders").get_data(as_text=True)
    assert 'id="ranked-by"' in html and "Ranked by the funder recommender" in html
    monkeypatch.setattr(matcher.service, "served_method", lambda *a, **kw: {
        "method": "popularity", "trusted": True, "validation": None,
        "reason": "ranked by popularity: no learned or combined ranking beat it (test)"})
    html = viewer.get(f"/organisations/{LAW}/funders?k=3").get_data(as_text=True)
    assert "Ranked by popularity" in html and "Has funded 2 groups in this data: ranked by how many it funds." in html
    assert "ranked by how much the groups they have funded resemble" not in html
