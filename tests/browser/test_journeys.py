"""What a person does with partnermap, in a real browser against a real server."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import shot

pytestmark = pytest.mark.browser
BRISTOL = "E06000023"


def test_sign_in_page_and_keyboard_skip_link(page):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/sign-in"))
    expect(page.get_by_role("heading", name="Sign in to partnermap")).to_be_visible()
    page.keyboard.press("Tab")
    expect(page.locator(".govuk-skip-link")).to_be_focused()
    shot(page, "01-sign-in")


def test_wrong_password_shows_error_summary(page):
    page.goto("/sign-in")
    page.get_by_label("User name").fill("browser-editor")
    page.get_by_label("Password", exact=True).fill("not-it")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("not right")


def test_search_then_open_a_profile(signed_in):
    page = signed_in
    shot(page, "02-home")
    page.get_by_role("link", name="Search", exact=True).click()
    page.get_by_label("Name").fill("food")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#result-count")).to_contain_text("found")
    first = page.locator("#results li h2 a").first
    name = first.inner_text()
    assert "food" in name.lower()
    shot(page, "03-search", full_page=False)
    first.click()
    expect(page.locator("#org-name")).to_have_text(name)
    shot(page, "04-profile", full_page=False)


def test_search_filters_by_place_and_leadership(signed_in):
    page = signed_in
    page.goto("/search")
    page.get_by_label("Place").select_option(BRISTOL)
    page.get_by_label("Led by").select_option("any")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#result-count")).to_contain_text("Works in Bristol")
    assert page.locator("#results li").count() > 0


def test_profile_shows_suggestions_with_reasons_and_request_an_introduction(signed_in):
    page = signed_in
    page.goto(f"/search?place={BRISTOL}&service=advice.debt")
    page.locator("#results li h2 a").first.click()
    org_name = page.locator("#org-name").inner_text()
    suggestions = page.locator("#suggestions li.pm-suggestion")
    expect(suggestions.first).to_be_visible()
    assert suggestions.count() >= 3
    expect(suggestions.first.locator(".pm-reasons li").first).not_to_be_empty()
    partner = suggestions.first.locator("h3 a").inner_text()
    shot(page, "05-profile-suggestions")
    suggestions.first.get_by_role("button", name=re.compile("Request an introduction")).click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Introduction requested")
    page.get_by_role("link", name="Introductions", exact=True).click()
    row = page.locator("#introductions-table tbody tr").filter(has_text=org_name).filter(has_text=partner)
    expect(row.first).to_be_visible()
    expect(row.first).to_contain_text("browser-editor")
    shot(page, "06-introductions")


def test_partner_finder_shows_fairness_honestly(signed_in):
    page = signed_in
    page.goto("/partners")
    page.get_by_label("Find partners for").fill("food")
    page.get_by_role("button", name="Find").click()
    page.locator("#candidates a").first.click()
    expect(page.locator("#fairness-explained")).to_contain_text("Fairness")
    expect(page.locator("#suggestions li").first).to_be_visible()
    page.get_by_role("radio", name=re.compile("^Off")).check()
    page.get_by_role("button", name="Update").click()
    expect(page.locator("#fairness-explained")).to_contain_text("Off")
    shot(page, "07-partner-finder")


def test_place_map_draws_its_nodes_and_opens_a_profile(signed_in):
    page = signed_in
    page.goto(f"/places/{BRISTOL}")
    expect(page.locator("#network-map-status")).to_contain_text("Showing", timeout=60_000)
    nodes = int(page.locator("#network-map").get_attribute("data-nodes"))
    assert nodes > 50
    drawn = page.evaluate("window.partnermapMap.nodes('.org').length")
    assert drawn == nodes
    # Every drawn node was laid out somewhere inside the viewport's model (not all at 0,0).
    spread = page.evaluate("(() => { const bb = window.partnermapMap.elements().boundingBox(); return bb.w * bb.h; })()")
    assert spread > 10_000
    expect(page.locator("#network-table-rows tbody tr").first).to_be_visible()
    shot(page, "08-place-map", full_page=False)
    page.locator("#network-map-heading").scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -20)")
    shot(page, "08b-place-map-drawn", full_page=False)
    assert page.js_errors == []
    # Select a node: its side panel opens, and from there its profile.
    url = page.evaluate("(() => { const n = window.partnermapMap.nodes('.org')[0]; n.emit('tap'); return n.data('url'); })()")
    page.locator("#map-panel a.pm-map-panel__profile").click()
    page.wait_for_url("**" + url)
    expect(page.locator("#org-name")).to_be_visible()


def test_gaps_page(signed_in):
    page = signed_in
    page.goto(f"/places/{BRISTOL}/gaps")
    expect(page.locator("#heatmap")).to_be_visible()
    expect(page.locator("#uncovered")).to_be_visible()
    shot(page, "09-gaps", full_page=False)
    page.locator("#heatmap-heading").scroll_into_view_if_needed()
    shot(page, "09b-gaps-heatmap", full_page=False)


def test_champions_and_isolated_with_one_click_introduction(signed_in):
    page = signed_in
    page.goto(f"/places/{BRISTOL}/champions")
    expect(page.locator("#champions li, #champions tr").first).to_be_visible()
    shot(page, "10-champions", full_page=False)
    page.goto(f"/places/{BRISTOL}/isolated")
    group = page.locator(".pm-isolated-group").first
    expect(group).to_be_visible()
    shot(page, "11-isolated", full_page=False)
    group.get_by_role("button", name=re.compile("Record introduction")).first.click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Introduction")


def test_data_page_reports_invalid_rows(signed_in, tmp_path):
    page = signed_in
    bad = tmp_path / "organisations.csv"
    bad.write_text("id,name,sector\nPM-X1,,vcse\nPM-X2,Ok,nope\n")
    page.goto("/data")
    page.get_by_label("Files").set_input_files(str(bad))
    page.get_by_role("button", name="Upload and check").click()
    expect(page.locator("#validation-report")).to_contain_text("nope")
    expect(page.locator(".govuk-error-summary")).to_contain_text("nothing was imported")
    shot(page, "12-data-import-report")
