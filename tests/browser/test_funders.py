"""Funder recommendations in a real browser: from a funder's profile to the groups like
the ones it funds, and from a group to the funders who fund work like it."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import shot

pytestmark = pytest.mark.browser


def test_funder_finds_groups_like_its_own_and_a_group_finds_funders(signed_in):
    page = signed_in
    page.goto("/search?q=Bristol+Community+Foundation")
    page.locator("#results li h2 a", has_text="Bristol Community Foundation").first.click()
    expect(page.locator("#org-name")).to_have_text("Bristol Community Foundation")
    page.locator("#recipients-like-link").click()
    expect(page).to_have_url(re.compile(r"/recipients$"))
    items = page.locator("#recipient-suggestions > li")
    expect(items.first).to_be_visible()
    expect(items.first.locator(".pm-reasons li").first).to_contain_text("you fund")
    expect(page.locator("#fairness-effect")).to_contain_text("small or marginalised-led")
    shot(page, "20-recipients-like", full_page=False)
    page.get_by_label("Surface small and marginalised-led groups").select_option("off")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"fairness=off"))
    expect(page.locator(".pm-tag", has_text="Moved up by fairness")).to_have_count(0)
    first = items.first.locator("h2 a")
    name = first.inner_text()
    first.click()
    expect(page.locator("#org-name")).to_have_text(name)
    page.locator("#funders-like-link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    funders = page.locator("#funder-suggestions > li")
    expect(funders.first).to_be_visible()
    # The first reason is what ranked the list: the recommender's counted likeness, the
    # temporal ranker's facts, or the network fact of the baseline that beat them on this
    # data's held-out funding ties.
    ranked_by = page.locator("#ranked-by")
    expect(ranked_by).to_contain_text("Ranked by")
    first_reason = funders.first.locator(".pm-reasons li").first
    if ranked_by.inner_text().startswith("Ranked by the funder recommender"):
        expect(first_reason).to_contain_text(re.compile(r"Funded \d+ group"))
    elif ranked_by.inner_text().startswith("Ranked by the temporal ranker"):
        expect(first_reason).to_contain_text("What the temporal ranker weighed")
    else:
        expect(ranked_by).to_contain_text("nor the temporal ranker beat it")
        expect(first_reason).to_contain_text(re.compile(
            r"share a funder with you|shares a funder with you|ranked by how many it funds|funding ties with both"))
    shot(page, "21-funders-like", full_page=False)
