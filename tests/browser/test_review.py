"""The editors' review queue in a real browser: merge a flagged pair, undo it, dismiss it."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from graph.model import Organisation, Tie
from graph.review.items import ReviewItem
from graph.stores import open_store
from tests.browser.conftest import shot

pytestmark = pytest.mark.browser
KEEP, COPY = "PM-BROWSERKEEP", "PM-BROWSERCOPY"
COPY_NAME = "Browser Test Y\u043euth Trust"     # a Cyrillic о


@pytest.fixture
def flagged(demo_store_url):
    with open_store(demo_store_url) as store:
        other = store.read_all().organisations[0].id
        store.upsert_organisations([Organisation(KEEP, "Browser Test Youth Trust"), Organisation(COPY, COPY_NAME)])
        store.upsert_ties([Tie(COPY, other, "partnership", ref="browser-review")])
        store.flag_for_review([ReviewItem(KEEP, COPY, reason="look-alike name (U+043E CYRILLIC SMALL LETTER O)",
                                          source="browser.csv:2")])
    yield demo_store_url, other
    with open_store(demo_store_url) as store:
        for org_id in (KEEP, COPY):
            store.delete_organisation(org_id)


def _row(page):
    return page.locator("#review-table tr", has_text=COPY)


def test_an_editor_merges_undoes_and_dismisses_a_flagged_pair(signed_in, flagged):
    url, other = flagged
    page = signed_in
    page.get_by_role("link", name="Review", exact=True).click()
    expect(page.get_by_role("heading", name="Review: possible duplicates")).to_be_visible()
    expect(_row(page)).to_contain_text(COPY_NAME)
    expect(_row(page)).to_contain_text("U+043E CYRILLIC SMALL LETTER O")
    shot(page, "review-queue", full_page=False)

    _row(page).get_by_role("button", name="Merge").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text(f"Merged {COPY_NAME} ({COPY}) into")
    expect(_row(page)).to_have_count(0)
    with open_store(url) as store:
        assert store.get_organisation(COPY) is None
        assert (KEEP, other, "partnership", "browser-review") in {t.key for t, _ in store.neighbours(KEEP)}

    page.locator("#review-counts").get_by_role("link", name="Merged").click()
    _row(page).get_by_role("button", name="Undo").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("back in the queue")
    with open_store(url) as store:
        assert [t.key for t, _ in store.neighbours(COPY)] == [(COPY, other, "partnership", "browser-review")]
        assert store.neighbours(KEEP) == []

    page.locator("#review-counts").get_by_role("link", name="To review").click()
    _row(page).get_by_role("button", name="Keep both").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("will not be flagged again")
    expect(_row(page)).to_have_count(0)
    with open_store(url) as store:
        assert store.get_review_item(KEEP, COPY).status == "dismissed"
    assert page.js_errors == [] and page.csp_violations == []
