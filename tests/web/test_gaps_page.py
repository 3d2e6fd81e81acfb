"""The gaps page's heatmap: readable by everyone (WCAG 1.4.3 contrast, no meaning by colour
alone), sorted by need, and a gap only where need is recorded."""
from __future__ import annotations

import re
from pathlib import Path

APP_CSS = Path(__file__).resolve().parents[2] / "web" / "static" / "app.css"


def _luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_known_pairs():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#85994b", "#ffffff"), 2) == 3.16   # the old level-4 cell the issue measured


def test_every_heat_level_has_text_at_4_5_to_1_and_the_scale_gets_darker():
    css = APP_CSS.read_text()
    levels = {}
    for level in range(6):
        rule = re.search(r"\.pm-heat-%d \{([^}]*)\}" % level, css).group(1)
        bg = re.search(r"background:\s*(#[0-9a-fA-F]{3,6})", rule).group(1)
        fg = re.search(r"(?<!-)color:\s*(#[0-9a-fA-F]{3,6})", rule).group(1)
        assert contrast(bg, fg) >= 4.5, (level, bg, fg, contrast(bg, fg))
        levels[level] = _luminance(bg)
    assert [levels[i] for i in range(6)] == sorted(levels.values(), reverse=True)  # sequential: lighter = fewer


def test_heatmap_sorts_by_need_and_marks_gaps_only_where_need_is_recorded(viewer):
    heat = viewer.get("/api/places/E06000023/gaps").get_json()["heatmap"]
    needs = [r["need"] or 0 for r in heat["rows"]]
    assert needs == sorted(needs, reverse=True)
    for r in heat["rows"]:
        for c in r["cells"]:
            if c["gap"]:
                assert c["count"] == 0
            if r["need"] is None and not any(s["need"] for s in heat["services"] if s["code"] == c["service"]):
                assert not c["gap"]
    html = viewer.get("/places/E06000023/gaps").get_data(as_text=True)
    assert "writing-mode" not in APP_CSS.read_text()  # headers read horizontally
    assert 'class="pm-heat-key"' in html
