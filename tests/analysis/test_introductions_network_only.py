"""Isolated groups in a network that records nothing but ties (most published networks) get
introductions from the matcher's network evidence; before, every one said nothing fits."""
from __future__ import annotations

import pytest

from graph.analysis import clear_cache, isolated
from graph.importers import run_import
from graph.stores.embedded import EmbeddedStore


@pytest.fixture
def ties_only(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTNERMAP_CACHE", str(tmp_path / "cache"))
    # A core of five all tied to each other; Echo hangs off it through two of them; Xray
    # hangs off Echo alone.
    core = ["Alpha", "Bravo", "Charlie", "Delta", "Foxtrot"]
    lines = ["source,target"] + [f"{a},{b}" for i, a in enumerate(core) for b in core[i + 1:]]
    lines += ["Echo,Alpha", "Echo,Bravo", "Xray,Echo"]
    (tmp_path / "ties.csv").write_text("\n".join(lines) + "\n")
    store = EmbeddedStore(tmp_path / "s.db")
    assert run_import(store, "network", tmp_path / "ties.csv").ok
    snap = store.snapshot()
    store.close()
    clear_cache()
    return snap


def test_a_group_with_no_recorded_work_is_introduced_through_the_network(ties_only):
    result = isolated(ties_only)
    names = {o.id: o.name for o in ties_only.orgs}
    group = next(g for g in result.groups if [names[m] for m in g.member_ids] == ["Xray"])
    assert group.introductions, group.no_introduction
    partners = [names[i.partner_id] for i in group.introductions]
    assert "Echo" not in partners                            # already tied
    assert set(partners) <= {"Alpha", "Bravo", "Charlie", "Delta", "Foxtrot"}
    first = group.introductions[0]
    assert first.source == "matcher"
    assert any("Echo" in r for r in first.reasons), first.reasons   # the shared partner, named
