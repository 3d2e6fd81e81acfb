"""The funding page of a place: one reconciled total, charts with their numbers."""
from __future__ import annotations

import re

import pytest

BRISTOL = "E06000023"


def test_funding_numbers_add_up_to_the_one_total_the_summary_gives(viewer):
    body = viewer.get(f"/api/places/{BRISTOL}/funding").get_json()
    eco = viewer.get(f"/api/places/{BRISTOL}").get_json()
    assert body["total"] == eco["summary"]["raw"]["funding"]["total"] == 75_000
    assert body["grants"] == 2 and body["funder_count"] == 1
    assert [f["total"] for f in body["funders"]] == [75_000]
    # Areas add up to the total: Easton's food bank, and the debt advice working city-wide.
    areas = {a["name"]: a["total"] for a in body["areas"]}
    assert areas["Easton"] == 15_000 and areas["Not placed in a smaller area"] == 60_000
    assert sum(areas.values()) == pytest.approx(75_000)
    # Contracts are not grants: counted apart.
    assert body["contracts"] == {"total": 120_000, "count": 1, "commissioners": 1, "without_amount": 0}
    # Small groups are 3 of the 6 organisations that could receive a grant and get 20% of the money.
    small = next(f for f in body["fairness"] if f["group"] == "small")
    assert small["share_of_organisations"] == 0.5 and small["share_of_money"] == 0.2
    assert "50% of the 6 organisations" in small["sentence"] and "20.0% of the money" in small["sentence"]
    led = next(f for f in body["fairness"] if f["group"] == "marginalised_led")
    assert led["organisations"] == 1 and led["share_of_money"] == 0
    assert body["years"] == [{"year": "2023", "total": 75_000, "grants": 2}]
    communities = {c["code"]: c["total"] for c in body["communities"]}
    assert communities["low_income"] == 75_000 and communities["families"] == 75_000
    assert body["words"]["concentration"] == "one funder (Quartet Community Fund) gives all of the money"


def test_funding_page_draws_each_chart_with_its_numbers(viewer):
    html = viewer.get(f"/places/{BRISTOL}/funding").get_data(as_text=True)
    for anchor in ("chart-funders", "chart-areas", "chart-communities", "chart-fairness", "chart-sizes",
                   "chart-years", "table-years", "concentration-words"):
        assert f'id="{anchor}"' in html, anchor
    assert "£75,000 in 2 grants from 1 funder" in html
    assert "Contracts are not grants: £120,000 in 1 contract from 1 commissioner" in html
    # A bar's length is its amount against the largest: Easton's £15,000 is a quarter of £60,000.
    rows = re.findall(r'<th scope="row" class="govuk-table__header pm-bars__label">([^<]+)</th>\s*'
                      r'<td[^>]*><svg[^>]*><rect x="0" y="0" height="10" width="([\d.]+)"', html)
    widths = {label: float(w) for label, w in rows}
    assert widths["Easton"] == pytest.approx(25.0) and widths["Not placed in a smaller area"] == pytest.approx(100.0)
    # Nothing inline for the Content-Security-Policy to refuse.
    assert "style=" not in html
    assert 'role="img" aria-labelledby="chart-years-summary"' in html


def test_ecosystem_page_gives_grants_and_contracts_apart_with_the_same_total(viewer):
    html = viewer.get(f"/places/{BRISTOL}").get_data(as_text=True)
    assert "Grants: £75,000 from 1 funder" in html
    assert "Contracts, counted apart: £120,000 in 1 contract from 1 commissioner" in html
    assert "One funder (Quartet Community Fund) gives all of the money" in html
    assert viewer.get("/api/places/NOWHERE/funding").status_code == 404


def test_pages_write_the_data_currency(viewer, monkeypatch):
    """The tiny store states pounds; the same pages for data that states dollars."""
    import web.services
    html = viewer.get("/places/E06000023/funding").get_data(as_text=True)
    assert "£75,000" in html and 'id="mixed-currencies"' not in html
    monkeypatch.setattr(web.services, "money_currencies", lambda snap: ("USD",))
    # A new snapshot version (the currency is read once per version, as the data is).
    monkeypatch.setattr(web.services, "cached", lambda snap, name, compute, *key: compute())
    html = viewer.get("/places/E06000023/funding").get_data(as_text=True)
    assert "$75,000" in html and "£75,000" not in html    # size bands stay in pounds ("income under £100,000")


def test_pages_say_when_currencies_are_mixed(viewer, monkeypatch):
    import web.services
    monkeypatch.setattr(web.services, "money_currencies", lambda snap: ("USD", "GBP"))
    html = viewer.get("/places/E06000023/funding").get_data(as_text=True)
    assert 'id="mixed-currencies"' in html and "2 currencies (USD, GBP)" in html
    assert "$75,000" not in html and "£75,000" not in html and ">75,000" in html
