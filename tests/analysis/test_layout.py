"""Server-side positions for the network map (graph.analysis.layout)."""
from __future__ import annotations

import numpy as np
import pytest

from graph.analysis.layout import SPACING, map_layout, primary_area
from tests.analysis.graphs import TWO_TRIANGLES, nid, org, snapshot, tie


def _snap():
    # Two triangles joined by a bridge (N00..N05) in the north ward, a pair (N06-N07) in
    # the south ward, and two organisations with no ties (N08 north, N09 south).
    north, south = ("T1:north",), ("T1:south",)
    orgs = [org(nid(i), places=north if i in (0, 1, 2, 3, 4, 5, 8) else south) for i in range(10)]
    ties = [tie(nid(a), nid(b)) for a, b in TWO_TRIANGLES] + [tie(nid(6), nid(7), "referral")]
    return snapshot(orgs, ties)


def _xy(layout, ids):
    return np.array([layout.positions[i] for i in ids])


def _box(xy):
    return xy.min(axis=0), xy.max(axis=0)


def test_every_organisation_gets_a_distinct_position_and_the_result_repeats():
    snap = _snap()
    a = map_layout(snap, "T1")
    assert set(a.positions) == {o.id for o in snap.orgs}
    xy = _xy(a, sorted(a.positions))
    gaps = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    assert gaps[~np.eye(len(xy), dtype=bool)].min() > SPACING * 0.3   # nobody on top of anybody
    again = map_layout(snapshot(snap.orgs, snap.ties, version=2), "T1")
    assert again.positions == a.positions


def test_connected_groups_are_packed_apart_and_untied_ones_share_a_grid():
    snap = _snap()
    lay = map_layout(snap, "T1")
    big = _box(_xy(lay, [nid(i) for i in range(6)]))
    pair = _box(_xy(lay, [nid(6), nid(7)]))
    alone = _box(_xy(lay, [nid(8), nid(9)]))
    for (lo1, hi1), (lo2, hi2) in ((big, pair), (big, alone), (pair, alone)):
        apart = (hi1 < lo2 + 1).any() or (hi2 < lo1 + 1).any()
        assert apart
    # The pair is one tie long.
    d = np.hypot(*(np.array(lay.positions[nid(6)]) - lay.positions[nid(7)]))
    assert d == pytest.approx(SPACING, rel=0.25)


def test_grouping_by_place_boxes_each_ward_and_every_member_is_inside_its_box():
    snap = _snap()
    assert primary_area(snap, "T1")[nid(0)] == "T1:north" and primary_area(snap, "T1")[nid(9)] == "T1:south"
    lay = map_layout(snap, "T1", group_by="place")
    groups = {g["key"]: g for g in lay.groups}
    assert set(groups) == {"T1:north", "T1:south"}
    assert groups["T1:north"]["label"] == "North ward" and groups["T1:north"]["members"] == 7
    for oid, key in lay.group_of.items():
        g = groups[key]
        x, y = lay.positions[oid]
        assert g["x"] - 0.1 <= x <= g["x"] + g["w"] + 0.1 and g["y"] - 0.1 <= y <= g["y"] + g["h"] + 0.1
    n, s = groups["T1:north"], groups["T1:south"]
    overlap = n["x"] < s["x"] + s["w"] and s["x"] < n["x"] + n["w"] and n["y"] < s["y"] + s["h"] and s["y"] < n["y"] + n["h"]
    assert not overlap


def test_grouping_by_community_names_each_after_its_best_connected_member():
    lay = map_layout(_snap(), "T1", group_by="community")
    labels = {g["label"] for g in lay.groups}
    assert "No collaboration ties" in labels
    assert lay.group_of[nid(8)] == lay.group_of[nid(9)]
    assert all(label.startswith("Around ") or label == "No collaboration ties" for label in labels)


def test_only_the_organisations_asked_for_are_laid_out():
    lay = map_layout(_snap(), "T1", ids=[nid(0), nid(1), nid(2)])
    assert set(lay.positions) == {nid(0), nid(1), nid(2)}
    with pytest.raises(ValueError):
        map_layout(_snap(), "T1", group_by="sector")
