"""The editors' review queue in a real browser: merge a flagged pair, undo it, dismiss it."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from graph.model import Organisation, Tie
from graph.review.items import ReviewItem
from graph.stores import open_store
from graph.stores.base import GraphData
from tests.browser.conftest import EDITOR, serve_app, shot

pytestmark = pytest.mark.browser
KEEP, COPY = "PM-BROWSERKEEP", "PM-BROWSERCOPY"
COPY_NAME = "Browser Test Y\u043euth Trust"     # a Cyrillic о


@pytest.fixture(scope="module")
def review_server(frontend_assets, tmp_path_factory):
    """A server of its own, on a small store: merging and undoing change the data, and on
    the shared demo server that would make the next tests' pages rebuild their analyses."""
    from seed.demo import build_demo
    from web.auth import create_user

    url = f"sqlite:///{tmp_path_factory.mktemp('review') / 'review.db'}"
    with open_store(url) as store:
        demo = build_demo()
        store.load(GraphData(services=demo.services, communities=demo.communities, places=demo.places,
                             organisations=demo.organisations[:3]))
        create_user(store, EDITOR[0], "editor", EDITOR[1])
    with serve_app(url, tmp_path_factory, workers=1, name="review") as base:
        yield base, url


@pytest.fixture
def review_page(browser, review_server):
    context = browser.new_context(base_url=review_server[0], viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.js_errors, page.csp_violations = [], []
    page.on("pageerror", lambda e: page.js_errors.append(str(e)))
    page.on("console", lambda m: page.csp_violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto("/sign-in")
    page.get_by_label("User name").fill(EDITOR[0])
    page.get_by_label("Password", exact=True).fill(EDITOR[1])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/")
    yield page
    context.close()


@pytest.fixture
def flagged(review_server):
    url = review_server[1]
    with open_store(url) as store:
        other = store.read_all().organisations[0].id
        store.upsert_organisations([Organisation(KEEP, "Browser Test Youth Trust"), Organisation(COPY, COPY_NAME)])
        store.upsert_ties([Tie(COPY, other, "partnership", ref="browser-review")])
        store.flag_for_review([ReviewItem(KEEP, COPY, reason="look-alike name (U+043E CYRILLIC SMALL LETTER O)",
                                          source="browser.csv:2")])
    return url, other


def _row(page):
    return page.locator("#review-table tr", has_text=COPY)


def test_an_editor_merges_undoes_and_dismisses_a_flagged_pair(review_page, flagged):
    url, other = flagged
    page = review_page
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
