"""Page 3 and the profile's suggestions: the matcher with filters and the fairness setting."""
from __future__ import annotations

import pytest

from tests.web.tiny import DEBT, FOOD, LUTON_GROUP


def test_profile_suggests_partners_with_plain_english_reasons(viewer):
    body = viewer.get(f"/api/organisations/{FOOD}").get_json()
    assert body["suggestions_message"] is None
    sugg = body["suggestions"]
    assert sugg and all(s["org"]["id"] != FOOD for s in sugg)
    assert [s["rank"] for s in sugg] == list(range(1, len(sugg) + 1))
    assert all(s["org"]["url"].startswith("/organisations/") for s in sugg)
    assert any(s["reasons"] for s in sugg)
    assert all(isinstance(r, str) and r.endswith(".") for s in sugg for r in s["reasons"])
    assert all("fairness_note" in s and s["model_rank"] >= 1 for s in sugg)
    html = viewer.get(f"/organisations/{FOOD}").get_data(as_text=True)
    assert 'id="suggestions"' in html and "pm-reasons" in html and 'id="fairness-explained"' in html


def test_partner_finder_filters_are_applied(viewer):
    body = viewer.get(f"/api/partners?org={FOOD}&place=E06000032").get_json()
    assert [s["org"]["id"] for s in body["suggestions"]] in ([LUTON_GROUP], [])
    body = viewer.get(f"/api/partners?org={FOOD}&sector=vcse&k=2").get_json()
    assert len(body["suggestions"]) <= 2 and all(s["org"]["sector"] == "vcse" for s in body["suggestions"])
    assert body["partner_request"] == {"filters": {"place": "", "service": "", "community": "", "sector": "vcse",
                                                   "size": "", "led_by": ""}, "k": 2, "fairness": "balanced"}


@pytest.mark.parametrize("setting", ["off", "balanced", "strong"])
def test_fairness_setting_is_reported_honestly(viewer, setting):
    body = viewer.get(f"/api/partners?org={DEBT}&fairness={setting}").get_json()
    f = body["fairness"]
    assert f["setting"] == setting and f["explanation"] and f["report"]["enabled"] is (setting != "off")
    assert f["report"]["protected_in_top_k"] == sum(s["protected"] for s in body["suggestions"])
    assert str(f["report"]["protected_in_top_k"]) in f["effect"]
    if setting == "off":
        assert all(s["fairness_note"] == "" for s in body["suggestions"])
    else:
        for s in body["suggestions"]:
            moved = s["rank_without_fairness"] is None or s["rank_without_fairness"] > s["rank"]
            assert bool(s["fairness_note"]) == moved


def test_rank_without_fairness_is_the_plain_order(viewer):
    plain = viewer.get(f"/api/partners?org={DEBT}&fairness=off&k=20").get_json()["suggestions"]
    assert [s["model_rank"] for s in plain] == [s["rank"] for s in plain]
    plain_rank = {s["org"]["id"]: s["rank"] for s in plain}
    fair = viewer.get(f"/api/partners?org={DEBT}&fairness=strong&k=5").get_json()["suggestions"]
    for s in fair:
        assert s["model_rank"] == plain_rank[s["org"]["id"]]
        assert s["rank_without_fairness"] == (s["model_rank"] if s["model_rank"] <= 5 else None)


def test_partner_finder_page(viewer):
    html = viewer.get("/partners?q=easton").get_data(as_text=True)
    assert 'id="candidates"' in html and f"/partners?org={FOOD}" in html
    html = viewer.get(f"/partners?org={FOOD}&fairness=strong").get_data(as_text=True)
    assert "Fairness: Strong." in html and 'id="fairness-strong"' in html and "checked" in html
    for label in ("Works in", "Offers this service", "Serves", "Sector", "Size (by income)", "Led by"):
        assert f">{label}</label>" in html


def test_bad_partner_requests_are_400(viewer):
    assert viewer.get(f"/api/partners?org={FOOD}&fairness=maximum").status_code == 400
    assert viewer.get(f"/api/partners?org={FOOD}&k=0").status_code == 400
    assert viewer.get("/api/partners?org=GB-NOPE").status_code == 404
