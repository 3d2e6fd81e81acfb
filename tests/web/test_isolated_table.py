"""Isolated groups as a table: filters, pages, size and led-by tags, a 0-1 strength per
introduction and a marker on introductions already requested."""
from __future__ import annotations

import pytest

from tests.web.tiny import REFUGEE
from web import views

BRISTOL = "E06000023"
URL = f"/api/places/{BRISTOL}/isolated"


def test_groups_carry_tags_and_introductions_a_0_to_1_strength(viewer):
    body = viewer.get(URL).get_json()
    assert body["groups"]
    for g in body["groups"]:
        assert g["kind_label"] and isinstance(g["size_bands"], list) and isinstance(g["led_by"], list)
        for i in g["introductions"]:
            assert 0 <= i["strength"] <= 1 and i["already"] is None
    refugee = next(g for g in body["groups"] if any(m["id"] == REFUGEE for m in g["members"]))
    assert {x["value"] for x in refugee["led_by"]} >= {"refugee_led"}
    assert [s["value"] for s in refugee["size_bands"]] == ["micro"]


@pytest.mark.parametrize("query", ["kind=isolate", "led_by=refugee_led", "led_by=any", "size=micro"])
def test_filters_keep_only_matching_groups(viewer, query):
    key, value = query.split("=")
    body = viewer.get(f"{URL}?{query}").get_json()
    assert body["groups"] and body["filters"][key] == value
    for g in body["groups"]:
        if key == "kind":
            assert g["kind"] == value
        elif key == "size":
            assert value in [s["value"] for s in g["size_bands"]]
        elif value == "any":
            assert g["led_by"]
        else:
            assert value in [x["value"] for x in g["led_by"]]


def test_bad_filters_are_a_400(viewer):
    assert viewer.get(f"{URL}?kind=lonely").status_code == 400
    assert viewer.get(f"{URL}?size=tiny").status_code == 400


def test_pages(viewer, monkeypatch):
    everything = viewer.get(URL).get_json()
    monkeypatch.setattr(views, "ISOLATED_PAGE_SIZE", 1)
    first = viewer.get(URL).get_json()
    assert first["pages"] == everything["matching_groups"] and len(first["groups"]) == 1
    second = viewer.get(URL + "?page=2").get_json()
    if first["pages"] > 1:
        assert second["groups"][0]["members"] != first["groups"][0]["members"]
        html = viewer.get(f"/places/{BRISTOL}/isolated").get_data(as_text=True)
        assert "govuk-pagination" in html


def test_an_introduction_already_requested_is_marked(editor, store):
    body = editor.get(URL).get_json()
    intro = next(i for g in body["groups"] for i in g["introductions"])
    made = store.create_introduction(intro["org_id"], intro["partner_id"], broker="editor")
    again = editor.get(URL).get_json()
    marked = [i for g in again["groups"] for i in g["introductions"]
              if (i["org_id"], i["partner_id"]) == (intro["org_id"], intro["partner_id"])]
    assert marked and marked[0]["already"]["id"] == made.id and marked[0]["already"]["status"] == "suggested"
    html = editor.get(f"/places/{BRISTOL}/isolated").get_data(as_text=True)
    assert "Already introduced" in html and f'href="/introductions/{made.id}"' in html


def test_served_from_the_snapshot_without_markers_when_the_store_cannot_be_reached(viewer, monkeypatch):
    from graph.stores import StoreUnavailable
    from graph.stores.embedded import EmbeddedStore

    viewer.get(URL)  # the snapshot is read while the store answers

    def unreachable(self, *a, **k):
        raise StoreUnavailable("cannot reach the store")
    monkeypatch.setattr(EmbeddedStore, "list_introductions", unreachable)
    body = viewer.get(URL).get_json()
    assert body["groups"] and "cannot be reached" in body["markers_note"]
