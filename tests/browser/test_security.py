"""The stored-XSS hole through an organisation's website, in a real Chromium: the value is
refused on edit and import, and the Content-Security-Policy stops a script link anyway."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import shot

pytestmark = pytest.mark.browser
BRISTOL = "E06000023"
PAYLOAD = "window.__pwned = (window.__pwned || 0) + 1; alert(document.domain)"


def _ran(page) -> bool:
    return bool(page.evaluate("window.__pwned || 0")) or bool(page.dialogs)


def _first_org(page) -> str:
    page.goto("/search?q=food")
    page.locator("#results li h2 a").first.click()
    expect(page.locator("#org-name")).to_be_visible()
    return page.url.rsplit("/", 1)[-1]


def test_hostile_website_is_refused_and_a_script_link_cannot_run(signed_in, tmp_path):
    page = signed_in
    org_id = _first_org(page)
    for hostile in (f"javascript:{PAYLOAD}", f"JaVaScRiPt:{PAYLOAD}", f" javascript:{PAYLOAD}",
                    "data:text/html,<script>alert(1)</script>"):
        page.goto(f"/organisations/{org_id}/edit")
        page.get_by_label("Website").fill(hostile)
        page.get_by_role("button", name="Save changes").click()
        expect(page.locator(".govuk-error-summary")).to_contain_text("not an http:// or https:// web address")
    shot(page, "13-xss-website-refused", full_page=False)

    # The same value through the Data page's CSV import.
    hostile_csv = tmp_path / "organisations.csv"
    hostile_csv.write_text(f"id,name,sector,website\nPM-XSSBROWSER01,Hostile Group,vcse,\"javascript:{PAYLOAD}\"\n")
    page.goto("/data")
    page.get_by_label("Files").set_input_files(str(hostile_csv))
    page.get_by_role("button", name="Upload and check").click()
    page.goto("/organisations/PM-XSSBROWSER01")
    # Refused outright (404) or imported without the address: either way no script link.
    assert page.locator('a[href^="javascript:" i]').count() == 0

    # The profile: click every link in the details list; nothing runs.
    page.goto(f"/organisations/{org_id}")
    assert page.locator('a[href^="javascript:" i], a[href^="data:" i]').count() == 0
    assert not _ran(page)

    # Defence in depth: plant a script link (as a missed value would render) and click it.
    # The policy refuses javascript: URLs and scripts without this response's nonce.
    page.evaluate("""(payload) => {
        const a = document.createElement('a');
        a.id = 'planted'; a.textContent = 'planted link'; a.href = 'javascript:' + payload;
        document.querySelector('main').prepend(a);
        const s = document.createElement('script'); s.textContent = payload; document.body.appendChild(s);
    }""", PAYLOAD)
    page.locator("#planted").click()
    page.wait_for_timeout(500)
    assert not _ran(page), "a script ran"
    assert any("script-src" in v for v in page.csp_violations), page.csp_violations
    shot(page, "14-xss-csp-blocked", full_page=False)


def test_pages_work_under_the_content_security_policy(signed_in):
    page = signed_in
    org_id = _first_org(page)
    for path in ("/", "/search?q=advice", f"/organisations/{org_id}", "/partners", "/places",
                 f"/places/{BRISTOL}/gaps", f"/places/{BRISTOL}/champions", f"/places/{BRISTOL}/isolated",
                 "/introductions", "/data", f"/organisations/{org_id}/edit"):
        page.goto(path)
        # GOV.UK Frontend's inline start-up line (nonce) and its module (app.js) both ran.
        expect(page.locator("body")).to_have_class(re.compile("govuk-frontend-supported"))
    page.goto(f"/places/{BRISTOL}/champions")
    widths = page.evaluate("Array.from(document.querySelectorAll('.pm-bar')).map(e => e.offsetWidth)")
    assert widths and max(widths) > 0
    page.goto(f"/places/{BRISTOL}")
    expect(page.locator("#network-map-status")).to_contain_text("Showing", timeout=60_000)
    assert page.evaluate("window.partnermapMap.nodes().length") > 50
    assert page.locator("#map-legend li").count() >= 3
    shot(page, "15-csp-place-map", full_page=False)
    assert page.csp_violations == []
    assert page.js_errors == []


def test_server_sends_security_headers_and_no_version(server):
    import urllib.request
    with urllib.request.urlopen(server + "/health") as r:
        headers = r.headers
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    server_header = headers.get("Server", "")
    assert not re.search(r"\d", server_header), server_header  # no version for attackers to match
