"""Help: the glossary (and its JSON twin), a hint beside every measure, the home page's three
starting points, and an "about this data" note per place."""
from __future__ import annotations

import re
from pathlib import Path

from web.glossary import TERMS, term

TEMPLATES = Path(__file__).resolve().parents[2] / "web" / "templates"
BRISTOL = "E06000023"
MEASURES = ("champion_score", "core", "match_score", "structural_hole", "hhi", "gini", "introduction_strength",
            "isolated_group", "gap", "fairness")


def test_the_glossary_explains_every_measure_on_the_page_and_in_json(viewer):
    body = viewer.get("/api/help").get_json()
    keys = {t["key"] for t in body["glossary"]}
    assert set(MEASURES) <= keys
    html = viewer.get("/help").get_data(as_text=True)
    for key in MEASURES:
        t = term(key)
        assert f'id="{t.anchor}"' in html and t.short in html.replace("&#39;", "'")
    assert all(t.short.endswith(".") and len(t.long) > len(t.short) for t in TERMS)


def test_every_hint_in_a_template_names_a_glossary_term():
    used = set()
    for path in TEMPLATES.glob("*.html"):
        text = path.read_text()
        used |= set(re.findall(r'term_hint\("([a-z_]+)"', text))
        used |= set(re.findall(r'\("([a-z_]+)", "[^"]+"\)', text)) & {t.key for t in TERMS}
    assert used, "no hints used?"
    for key in used:
        term(key)  # KeyError names a hint without an entry


def test_each_page_with_a_measure_shows_its_hint_linking_to_the_glossary(viewer):
    pages = {f"/places/{BRISTOL}/champions": ["champion-score"],
             f"/places/{BRISTOL}/gaps": ["gap", "structural-hole", "cut-point", "recorded-need"],
             f"/places/{BRISTOL}/isolated": ["introduction-strength", "isolated-group"],
             f"/places/{BRISTOL}": ["champion-score", "core", "hhi", "gini"],
             "/partners?org=GB-CHC-1000002": ["match-score", "fairness"]}
    for path, anchors in pages.items():
        html = viewer.get(path).get_data(as_text=True)
        for anchor in anchors:
            assert f'href="/help#{anchor}"' in html, (path, anchor)


def test_home_page_offers_three_starting_points(viewer):
    html = viewer.get("/").get_data(as_text=True)
    for section, link in (("start-partners", "/partners/describe"), ("start-funder", f"/places/{BRISTOL}"),
                          ("start-isolated", f"/places/{BRISTOL}/isolated")):
        block = html[html.index(f'id="{section}"'):]
        block = block[:block.index("</ul>")]
        assert f'href="{link}"' in block, section
    assert "Map my area as a funder" in html and "Spot isolated groups" in html and "Find partners" in html


def test_about_this_data_gives_sources_dates_and_what_is_missing(viewer):
    body = viewer.get(f"/api/places/{BRISTOL}/about").get_json()
    about = body["about"]
    assert about["organisations"] > 0 and about["sources"]
    assert about["updated"] == {"earliest": None, "latest": None}  # the tiny graph records no dates
    assert any("last updated" in n for n in about["notes"])
    assert about["ties"]["collaboration"]["count"] > 0
    assert about["need"]["recorded"] == 2  # the tiny graph records two needs for Bristol
    assert about["missing"]["location"] >= 0 and isinstance(about["notes"], list)
    html = viewer.get(f"/places/{BRISTOL}/about").get_data(as_text=True)
    assert 'id="about-summary"' in html and "About this data" in html
    luton = viewer.get("/api/places/E06000032/about").get_json()["about"]
    assert any("No need is recorded" in n for n in luton["notes"])
    assert any("No collaboration ties" in n for n in luton["notes"])
