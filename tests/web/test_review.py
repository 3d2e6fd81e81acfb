"""The editors' review queue: the page (/review) and its JSON twin (/api/review)."""
from __future__ import annotations

from graph.model import Organisation, Tie
from graph.review.items import ReviewItem
from tests.web.conftest import csrf_token
from tests.web.tiny import FOOD

COPY = "PM-FOODCOPY"


def _flag(store):
    store.upsert_organisations([Organisation(COPY, "Easton Food B\u0430nk", places=("BRS:easton",))])
    store.upsert_ties([Tie(COPY, "GB-CHC-1000002", "referral", ref="copy")])
    store.flag_for_review([ReviewItem(FOOD, COPY, reason="look-alike name (U+0430 CYRILLIC SMALL LETTER A)",
                                      source="grants.csv:7", flagged_at="2026-11-30T10:00:00+00:00")])


def test_viewers_cannot_see_or_decide(viewer, store):
    _flag(store)
    assert viewer.get("/review").status_code == 403
    assert viewer.get("/api/review").status_code == 403
    r = viewer.post("/api/review/merge", json={"a": FOOD, "b": COPY}, headers={"X-CSRFToken": csrf_token(viewer)})
    assert r.status_code == 403 and r.get_json()["ok"] is False
    assert store.get_organisation(COPY) is not None
    assert "/review" not in viewer.get("/").get_data(as_text=True)       # no menu link either


def test_the_page_lists_the_queue_and_merge_and_undo_work(editor, store):
    _flag(store)
    html = editor.get("/review").get_data(as_text=True)
    assert "Easton Food Bank" in html and "Easton Food B\u0430nk" in html and "grants.csv:7" in html
    assert "U+0430 CYRILLIC SMALL LETTER A" in html and 'href="/review"' in editor.get("/").get_data(as_text=True)
    r = editor.post("/review/merge", data={"a": FOOD, "b": COPY, "csrf_token": csrf_token(editor, "/review")})
    assert r.status_code == 302
    assert store.get_organisation(COPY) is None
    assert ("GB-CHC-1000001", "GB-CHC-1000002", "referral", "copy") in {t.key for t in store.read_all().ties}
    html = editor.get(r.location).get_data(as_text=True)
    assert "Merged Easton Food B\u0430nk (PM-FOODCOPY) into Easton Food Bank" in html
    html = editor.get("/review?status=merged").get_data(as_text=True)
    assert "Undo" in html and "Merged by editor" in html
    r = editor.post("/review/undo", data={"a": FOOD, "b": COPY, "status": "merged",
                                          "csrf_token": csrf_token(editor, "/review")})
    assert r.status_code == 302 and store.get_organisation(COPY) is not None
    assert store.get_review_item(FOOD, COPY).status == "open"


def test_a_form_without_csrf_is_refused(editor, store):
    _flag(store)
    r = editor.post("/review/merge", data={"a": FOOD, "b": COPY})
    assert r.status_code == 400 and store.get_organisation(COPY) is not None


def test_a_refused_decision_is_shown_not_crashed(editor, store):
    _flag(store)
    r = editor.post("/review/undo", data={"a": FOOD, "b": COPY, "csrf_token": csrf_token(editor, "/review")})
    assert r.status_code == 302
    assert "nothing to undo" in editor.get(r.location).get_data(as_text=True)


def test_api_lists_and_decides_with_a_token(client, store, token):
    _flag(store)
    auth = {"Authorization": f"Bearer {token}"}
    r = client.get("/api/review", headers=auth)
    body = r.get_json()
    assert r.status_code == 200 and body["ok"] is True and body["status"] == "open"
    [item] = body["items"]
    assert (item["a"], item["b"], item["source"]) == (FOOD, COPY, "grants.csv:7")
    assert {c["status"]: c["count"] for c in body["counts"]} == {"open": 1, "dismissed": 0, "merged": 0, "all": 1}
    r = client.post("/api/review/dismiss", json={"a": FOOD, "b": COPY}, headers=auth)
    assert r.status_code == 200 and r.get_json()["item"]["status"] == "dismissed"
    assert client.get("/api/review", headers=auth).get_json()["items"] == []
    r = client.post("/api/review/merge", json={"a": FOOD, "b": COPY}, headers=auth)
    assert r.status_code == 200 and r.get_json()["item"]["status"] == "merged"
    r = client.post("/api/review/merge", json={"a": FOOD, "b": COPY}, headers=auth)
    assert r.status_code == 409 and "already merged" in r.get_json()["error"]
    assert client.post("/api/review/undo", json={"a": FOOD, "b": COPY}, headers=auth).status_code == 200
    assert store.get_organisation(COPY) is not None


def test_api_errors_have_the_one_shape(client, store, token):
    auth = {"Authorization": f"Bearer {token}"}
    for path, payload, status in (("/api/review/merge", {"a": FOOD}, 400),
                                  ("/api/review/merge", {"a": FOOD, "b": "PM-NOPE"}, 404),
                                  ("/api/review/explode", {"a": FOOD, "b": COPY}, 404)):
        r = client.post(path, json=payload, headers=auth)
        body = r.get_json()
        assert r.status_code == status and body["ok"] is False and body["status"] == status and body["error"]
    r = client.get("/api/review?status=maybe", headers=auth)
    assert r.status_code == 400 and r.get_json()["ok"] is False


def test_a_session_call_needs_the_csrf_header(editor, store):
    _flag(store)
    r = editor.post("/api/review/dismiss", json={"a": FOOD, "b": COPY})
    assert r.status_code == 400 and store.get_review_item(FOOD, COPY).status == "open"
    r = editor.post("/api/review/dismiss", json={"a": FOOD, "b": COPY}, headers={"X-CSRFToken": csrf_token(editor)})
    assert r.status_code == 200 and store.get_review_item(FOOD, COPY).status == "dismissed"
