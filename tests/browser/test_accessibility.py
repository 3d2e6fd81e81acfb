"""Every page, in real Chromium: axe-core finds no serious or critical violation, and no page
scrolls sideways on a phone (WCAG 1.4.10 reflow: 320 px; a common phone: 390 px).

"Every page" is read from the app's own URL map, so a page added later is checked too (a
page with a path parameter this file does not know how to fill fails until it is taught).
axe-core comes from the npm registry, pinned (tests/browser/axe/package.json), fetched by
scripts/fetch_test_assets.sh into a test-only folder: it is injected here, never served.
"""
from __future__ import annotations

import json
import subprocess

import pytest

from tests.browser.conftest import ROOT, shot

pytestmark = pytest.mark.browser

AXE = ROOT / "tests" / "browser" / "axe" / "vendor" / "axe.min.js"
BRISTOL = "E06000023"
ADMIN = ("browser-admin", "browser-admin-pass")
# Pages that are not pages: downloads and redirects.
NOT_PAGES = {"ui.data_export"}
PHONE_WIDTHS = (390, 320)


@pytest.fixture(scope="module")
def axe_source():
    subprocess.run(["bash", str(ROOT / "scripts" / "fetch_test_assets.sh")], check=True, cwd=ROOT)
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page_paths(demo_store_url, server):
    """Every GET page of the ui and auth blueprints, its path parameters filled from the demo."""
    from graph.stores import open_store
    from web import create_app
    from web.auth import create_user

    with open_store(demo_store_url) as store:
        if store.get_user(ADMIN[0]) is None:
            create_user(store, ADMIN[0], "admin", ADMIN[1])
        snap = store.snapshot()
        # The most connected organisation in Bristol, for the profile and edit pages.
        in_bristol = set(snap.org_rows_in_place(BRISTOL).tolist())
        degree: dict[str, int] = {}
        for t in snap.ties:
            degree[t.from_id] = degree.get(t.from_id, 0) + 1
        org = max((snap.orgs[i] for i in in_bristol), key=lambda o: (degree.get(o.id, 0), o.id))
        intros = store.list_introductions()
        other = next(snap.orgs[i] for i in sorted(in_bristol) if snap.orgs[i].id != org.id)
        intro = intros[0] if intros else store.create_introduction(org.id, other.id, broker=ADMIN[0],
                                                                   note="for the accessibility test")
    values = {"org_id": org.id, "code": BRISTOL, "intro_id": intro.id}
    app = create_app({"TESTING": True, "SECRET_KEY": "routes", "STORE_URL": demo_store_url})
    try:
        paths = {}
        for rule in app.url_map.iter_rules():
            if "GET" not in rule.methods or rule.endpoint in NOT_PAGES:
                continue
            if not rule.endpoint.split(".")[0] in ("ui", "auth"):
                continue
            missing = [a for a in rule.arguments if a not in values]
            assert not missing, f"{rule.rule}: teach tests/browser/test_accessibility.py a value for {missing}"
            path = rule.rule
            for a in rule.arguments:
                path = path.replace(f"<{a}>", values[a])
            paths[rule.endpoint] = path
    finally:
        app.extensions["partnermap"].close()
    # A few states of pages worth checking too: results, filters, a described organisation.
    paths["ui.search?q"] = "/search?q=mental+health"
    paths["ui.partners?org"] = f"/partners?org={org.id}"
    paths["ui.partners_describe?"] = ("/partners/describe?offers=health.mental_health&serves=young_people"
                                      f"&works_in={BRISTOL}")
    return paths


@pytest.fixture(scope="module")
def admin_context(browser, server, page_paths):  # page_paths makes the admin first
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    pg.goto("/sign-in")
    pg.get_by_label("User name").fill(ADMIN[0])
    pg.get_by_label("Password", exact=True).fill(ADMIN[1])
    pg.get_by_role("button", name="Sign in").click()
    pg.wait_for_url("**/")
    pg.close()
    yield context
    context.close()


def _axe(page, source: str) -> list[dict]:
    """axe-core's serious and critical violations on the page as it stands."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        # Evaluated through the DevTools protocol, which the page's Content-Security-Policy
        # (no inline scripts) does not govern: the page is checked as users get it.
        page.evaluate(source + "\n;undefined")
    result = page.evaluate("""async () => {
        const r = await window.axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}));
    }""")
    return [v for v in result if v["impact"] in ("serious", "critical")]


def _sideways(page) -> dict | None:
    """What sticks out to the right of the viewport, or None when nothing does."""
    return page.evaluate("""() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return null;
        const culprits = [];
        for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.right > width + 1 && r.width > 0) {
                let scrolls = false;
                for (let p = el.parentElement; p; p = p.parentElement) {
                    const s = getComputedStyle(p);
                    if (['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX) && p !== document.body
                        && p !== document.documentElement) { scrolls = true; break; }
                }
                if (!scrolls) culprits.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                                            (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') +
                                            ' right=' + Math.round(r.right));
            }
        }
        return {scrollWidth: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 8)};
    }""")


def test_every_page_has_no_serious_or_critical_axe_violation(admin_context, page_paths, axe_source):
    page = admin_context.new_page()
    page.set_default_timeout(60_000)
    found = {}
    for name, path in sorted(page_paths.items()):
        response = page.goto(path)
        assert response.status < 400, f"{path}: {response.status}"
        page.wait_for_load_state("load")
        bad = _axe(page, axe_source)
        if bad:
            found[path] = bad
    page.close()
    assert not found, "axe-core found serious or critical violations:\n" + json.dumps(found, indent=1)


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_no_page_scrolls_sideways_on_a_phone(browser, server, admin_context, page_paths, width):
    state = admin_context.storage_state()
    context = browser.new_context(base_url=server, viewport={"width": width, "height": 800},
                                  storage_state=state, is_mobile=False, device_scale_factor=1)
    page = context.new_page()
    page.set_default_timeout(60_000)
    sideways = {}
    try:
        for name, path in sorted(page_paths.items()):
            response = page.goto(path)
            assert response.status < 400, f"{path}: {response.status}"
            page.wait_for_load_state("load")
            out = _sideways(page)
            if out:
                sideways[path] = out
            if width == 390 and name in ("ui.search?q", "ui.gaps", "ui.isolated"):
                shot(page, f"phone-{width}-{name.replace('ui.', '').replace('?', '-')}")
        # The sign-in page, signed out.
        context.clear_cookies()
        page.goto("/sign-in")
        out = _sideways(page)
        if out:
            sideways["/sign-in (signed out)"] = out
    finally:
        context.close()
    assert not sideways, f"pages wider than {width} px:\n" + json.dumps(sideways, indent=1)
