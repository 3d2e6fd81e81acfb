"""Search by need, the partner finder for an unlisted organisation with its pickers, and the
gaps page on a phone, in real Chromium against a real server over the demo."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import shot

pytestmark = pytest.mark.browser
BRISTOL = "E06000023"


def test_search_by_need_finds_mental_health_support_and_narrows_by_facet(signed_in):
    page = signed_in
    page.goto("/search")
    page.get_by_label("Name or need").fill("mental")
    page.get_by_role("button", name="Apply filters").click()
    count = page.locator("#result-count strong").inner_text()
    assert int(count.replace(",", "")) >= 40  # a name search found 1
    expect(page.locator("#facet-service")).to_contain_text("Mental health support")
    shot(page, "search-mental", full_page=False)
    page.locator("#facet-place a").first.click()
    expect(page.locator("#result-count")).to_contain_text("Works in")
    assert int(page.locator("#result-count strong").inner_text().replace(",", "")) < int(count.replace(",", ""))


def test_describe_an_unlisted_organisation_with_the_pickers(signed_in):
    page = signed_in
    page.goto("/partners")
    page.get_by_role("link", name="Describe your organisation instead").click()
    expect(page).to_have_url(re.compile(r"/partners/describe"))
    offers = page.get_by_role("combobox", name="Services you offer")
    offers.fill("mental")
    expect(page.locator("#offers-options")).to_be_visible()
    offers.press("ArrowDown")
    offers.press("Enter")
    expect(page.locator(".pm-picker__chosen").first).to_contain_text("Mental health support")
    serves = page.get_by_role("combobox", name="Communities you serve")
    serves.fill("young")
    page.locator("#serves-options [role=option]").first.click()
    place = page.get_by_role("combobox", name="Where you work")
    place.fill("bristol")
    place.press("ArrowDown")
    place.press("Enter")
    page.get_by_role("button", name="Find partners").click()
    expect(page).to_have_url(re.compile(r"offers=health.mental_health"))
    expect(page.locator("#suggestions li").first).to_be_visible()
    assert page.locator("#suggestions .pm-reasons li").count() > 0
    # A choice can be removed again, from the keyboard too.
    remove = page.locator(".pm-picker__remove").first
    remove.focus()
    remove.press("Enter")
    assert page.locator("#offers-select option:checked").count() == 0
    shot(page, "partners-describe", full_page=False)


def test_the_pickers_work_without_javascript(browser, server):
    context = browser.new_context(base_url=server, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/sign-in")
        page.get_by_label("User name").fill("browser-editor")
        page.get_by_label("Password", exact=True).fill("browser-editor-pass")
        page.get_by_role("button", name="Sign in").click()
        page.goto("/partners/describe")
        page.get_by_label("Communities you serve").select_option(["young_people", "low_income"])
        page.get_by_role("button", name="Find partners").click()
        expect(page.locator("#suggestions li").first).to_be_visible()
    finally:
        context.close()


def test_gaps_heatmap_on_a_phone(browser, server, signed_in):
    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 844},
                                  storage_state=signed_in.context.storage_state())
    page = context.new_page()
    try:
        page.goto(f"/places/{BRISTOL}/gaps")
        heat = page.locator("#heatmap")
        expect(heat).to_be_visible()
        # The community column stays in view while the table scrolls sideways in its box.
        wrap = page.locator(".pm-heatmap-wrap")
        wrap.evaluate("w => { w.scrollLeft = 400; }")
        box = page.locator("#heatmap tbody th").first.bounding_box()
        assert box and box["x"] >= 0 and box["x"] < 40
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.locator("#heatmap-heading").scroll_into_view_if_needed()
        shot(page, "phone-390-gaps-heatmap", full_page=False)
    finally:
        context.close()


def test_an_editor_adds_an_organisation_and_a_tie_with_the_pickers(signed_in):
    page = signed_in
    page.goto("/search")
    page.get_by_role("link", name="Add an organisation").click()
    page.get_by_label("Name", exact=True).fill("Browser Test Befrienders")
    page.get_by_label("Annual income (£)").fill("£8,000")
    services = page.get_by_role("combobox", name="Services")
    services.fill("befriend")
    services.press("ArrowDown")
    services.press("Enter")
    places = page.get_by_role("combobox", name="Places")
    places.fill("bristol")
    places.press("ArrowDown")
    places.press("Enter")
    page.get_by_role("button", name="Add organisation").click()
    expect(page.locator("#org-name")).to_have_text("Browser Test Befrienders")
    page.get_by_role("link", name="Add a tie").click()
    page.get_by_label("The other organisation").fill("Nobody Like This At All")
    page.get_by_label("Kind of tie").select_option("partnership")
    page.get_by_role("button", name="Add tie").click()
    expect(page.locator("#other-error")).to_be_visible()           # next to its field
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    shot(page, "add-tie-error", full_page=False)
