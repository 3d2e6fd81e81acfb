"""A place read from a real council's grants file (Trafford's 360Giving CSV, in
tests/data/samples/360giving): about 240 groups with no ties among them, which the server
lays out as a grid of long names. On the ecosystem map no two names may sit on each other
at any zoom: before, every name showed at its own size once zoomed in to 1, overlapping
its neighbours' into an unreadable band."""
from __future__ import annotations

import subprocess
import sys

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import EDITOR, ROOT, serve_app, shot

pytestmark = pytest.mark.browser
TRAFFORD = "E08000009"
GRANTS = ROOT / "tests/data/samples/360giving/trafford_council_vcs_grants_360giving_2021-04-07.csv"

# Every label drawn (opacity 1, font large enough for Cytoscape to draw it), as its rendered box.
_VISIBLE_LABELS = """(() => { const cy = window.partnermapMap, z = cy.zoom();
  return cy.nodes('.org').filter(n => n.visible() && parseFloat(n.style('text-opacity')) > 0
      && parseFloat(n.style('font-size')) * z >= parseFloat(n.style('min-zoomed-font-size')))
    .map(n => { const b = n.renderedBoundingBox({includeNodes: false, includeLabels: true});
                return [n.data('label'), b.x1, b.x2, b.y1, b.y2]; }); })()"""


@pytest.fixture(scope="module")
def grants_server(frontend_assets, tmp_path_factory):
    from graph.stores import open_store
    from web.auth import create_user

    url = f"sqlite:///{tmp_path_factory.mktemp('grants') / 'grants.db'}"
    subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "--store", url,
                    "import", "360giving", str(GRANTS)], check=True, cwd=ROOT, capture_output=True)
    with open_store(url) as store:
        create_user(store, EDITOR[0], "editor", EDITOR[1])
    with serve_app(url, tmp_path_factory, workers=1, name="grants") as base:
        yield base


def _overlaps(boxes):
    return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a[1] < b[2] - 1 and b[1] < a[2] - 1 and a[3] < b[4] - 1 and b[3] < a[4] - 1]


def test_names_on_a_map_of_untied_groups_never_overlap(browser, grants_server):
    context = browser.new_context(base_url=grants_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto("/sign-in")
    page.get_by_label("User name").fill(EDITOR[0])
    page.get_by_label("Password", exact=True).fill(EDITOR[1])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/")
    page.goto(f"/places/{TRAFFORD}")
    expect(page.locator("#network-map-status")).to_contain_text("Showing all", timeout=90_000)
    assert int(page.locator("#network-map").get_attribute("data-nodes")) > 200
    # No line is drawn: the key says why (every grant comes from the council, which has no place).
    expect(page.locator("#map-legend-ties")).to_contain_text(
        "Their 366 ties (366 funding) are with organisations outside Trafford")
    for zoom in (None, 1.0, 1.6):
        if zoom is not None:
            page.evaluate("(z) => { const cy = window.partnermapMap; cy.zoom({level: z, position: cy.nodes('.org')"
                          ".first().position()}); }", zoom)
        page.wait_for_timeout(300)   # labels are placed on the next animation frame
        boxes = page.evaluate(_VISIBLE_LABELS)
        assert boxes, f"no names at zoom {zoom}"
        assert not _overlaps(boxes), f"names overlap at zoom {zoom}: {_overlaps(boxes)[:3]}"
    page.evaluate("document.getElementById('network-map-status').scrollIntoView({block: 'start'})")
    shot(page, "map-trafford-grants-zoomed", full_page=False)
    assert errors == []
    context.close()
