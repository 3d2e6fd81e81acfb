"""Page 7: introductions, their status workflow, broker and outcome."""
from __future__ import annotations

from tests.web.conftest import csrf_token
from tests.web.tiny import DEBT, FOOD, LAW, REFUGEE


def test_request_an_introduction_from_a_profile(editor, store):
    token = csrf_token(editor, f"/organisations/{FOOD}")
    r = editor.post("/introductions", data={"org_a": FOOD, "org_b": REFUGEE, "note": "both in Easton",
                                            "next": f"/organisations/{FOOD}", "csrf_token": token})
    assert r.status_code == 302 and r.location == f"/organisations/{FOOD}"
    [intro] = store.list_introductions()
    assert (intro.org_a, intro.org_b, intro.status, intro.broker, intro.note) == \
        (FOOD, REFUGEE, "suggested", "editor", "both in Easton")
    html = editor.get("/introductions").get_data(as_text=True)
    assert "Easton Food Bank" in html and "Sanctuary Sisters" in html and "Suggested" in html and ">editor<" in html


def test_next_must_stay_on_site(editor, store):
    token = csrf_token(editor, "/")
    r = editor.post("/introductions", data={"org_a": FOOD, "org_b": LAW, "next": "//evil.example/x",
                                            "csrf_token": token})
    assert r.status_code == 302 and r.location.startswith("/introductions/INT-")


def test_status_moves_along_the_workflow_and_keeps_history_and_outcome(editor, store):
    intro = store.create_introduction(FOOD, DEBT, broker="someone")
    url = f"/introductions/{intro.id}"
    for status in ("made", "met", "partnered"):
        r = editor.post(url, data={"status": status, "outcome": f"now {status}", "csrf_token": csrf_token(editor, url)})
        assert r.status_code == 302, r.get_data(as_text=True)
    done = store.get_introduction(intro.id)
    assert done.status == "partnered" and done.outcome == "now partnered"
    assert [h[0] for h in done.history] == ["suggested", "made", "met", "partnered"]
    assert [h[2] for h in done.history][1:] == ["editor"] * 3
    html = editor.get(url).get_data(as_text=True)
    assert "now partnered" in html and "Partnered" in html and "someone" in html
    assert "still record its outcome" in html


def test_a_skipped_step_is_refused_with_a_message(editor, store):
    intro = store.create_introduction(FOOD, DEBT)
    url = f"/introductions/{intro.id}"
    r = editor.post(url, data={"status": "partnered", "csrf_token": csrf_token(editor, url)})
    assert r.status_code == 400
    assert "cannot move introduction" in r.get_data(as_text=True)
    assert store.get_introduction(intro.id).status == "suggested"


def test_declined_is_reachable_from_any_open_status(editor, store):
    intro = store.create_introduction(FOOD, DEBT)
    url = f"/introductions/{intro.id}"
    editor.post(url, data={"status": "declined", "outcome": "no capacity", "csrf_token": csrf_token(editor, url)})
    assert store.get_introduction(intro.id).status == "declined"


def test_viewers_see_but_cannot_update(viewer, store):
    intro = store.create_introduction(FOOD, DEBT)
    url = f"/introductions/{intro.id}"
    html = viewer.get(url).get_data(as_text=True)
    assert "Update the status" not in html
    r = viewer.post(url, data={"status": "made", "csrf_token": csrf_token(viewer, url)})
    assert r.status_code == 403


def test_api_create_list_filter_and_update(client, token, store):
    h = {"Authorization": f"Bearer {token}"}
    r = client.post("/api/introductions", json={"org_a": FOOD, "org_b": LAW, "note": "advice route"}, headers=h)
    assert r.status_code == 201
    intro = r.get_json()["introduction"]
    assert intro["broker"] == "editor" and intro["status"] == "suggested" and intro["org_b"]["name"] == "Avon Law Centre"
    assert [s["value"] for s in intro["next_statuses"]] == ["made", "declined"]
    r = client.patch(f"/api/introductions/{intro['id']}", json={"status": "made", "outcome": "emailed both"}, headers=h)
    assert r.status_code == 200 and r.get_json()["introduction"]["status"] == "made"
    listed = client.get("/api/introductions?status=made", headers=h).get_json()
    assert [i["id"] for i in listed["introductions"]] == [intro["id"]]
    assert {c["status"]: c["count"] for c in listed["counts"]}["made"] == 1
    assert client.get("/api/introductions?status=met", headers=h).get_json()["introductions"] == []
    by_org = client.get(f"/api/introductions?org={LAW}", headers=h).get_json()
    assert by_org["total"] == 1 and by_org["org"]["id"] == LAW
    assert client.get("/api/introductions?status=maybe", headers=h).status_code == 400


# ---- workflow defects (issue 13, item 16) --------------------------------------------------------

def test_the_outcome_box_is_pre_filled_so_saving_keeps_the_recorded_outcome(editor, store):
    intro = store.create_introduction(FOOD, DEBT, broker="someone")
    store.update_introduction(intro.id, "made", by="someone", outcome="Agreed a joint referral route")
    url = f"/introductions/{intro.id}"
    html = editor.get(url).get_data(as_text=True)
    assert ">Agreed a joint referral route</textarea>" in html
    # Save only a status change, sending the box as the browser would: pre-filled.
    import re
    box = re.search(r'<textarea[^>]*name="outcome"[^>]*>([^<]*)</textarea>', html).group(1)
    r = editor.post(url, data={"status": "met", "outcome": box, "csrf_token": csrf_token(editor, url)})
    assert r.status_code == 302
    assert store.get_introduction(intro.id).outcome == "Agreed a joint referral route"


def test_requesting_the_same_pair_twice_warns_and_adds_nothing(editor, store):
    first = store.create_introduction(DEBT, FOOD, broker="someone")
    token = csrf_token(editor, f"/organisations/{FOOD}")
    r = editor.post("/introductions", data={"org_a": FOOD, "org_b": DEBT, "csrf_token": token,
                                            "next": f"/organisations/{FOOD}"})
    assert r.status_code == 302
    assert len(store.list_introductions()) == 1
    html = editor.get(r.location).get_data(as_text=True)
    assert "was already requested" in html and f'href="/introductions/{first.id}"' in html
    # A declined introduction may be asked for again.
    store.update_introduction(first.id, "declined", by="someone")
    editor.post("/introductions", data={"org_a": FOOD, "org_b": DEBT, "csrf_token": token})
    assert len(store.list_introductions()) == 2


def test_api_refuses_a_duplicate_introduction_with_409(client, store, token):
    first = store.create_introduction(FOOD, LAW)
    r = client.post("/api/introductions", json={"org_a": LAW, "org_b": FOOD},
                    headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 409 and r.get_json()["existing"] == first.id


def test_success_banner_links_to_the_new_record(editor, store):
    token = csrf_token(editor, f"/organisations/{FOOD}")
    r = editor.post("/introductions", data={"org_a": FOOD, "org_b": LAW, "csrf_token": token,
                                            "next": f"/organisations/{FOOD}"})
    [intro] = store.list_introductions()
    html = editor.get(r.location).get_data(as_text=True)
    assert "Introduction requested between Easton Food Bank and Avon Law Centre" in html
    assert f'<a class="govuk-notification-banner__link" href="/introductions/{intro.id}">View the introduction</a>' in html


def test_suggestion_cards_say_already_requested(editor, store):
    body = editor.get(f"/api/organisations/{FOOD}").get_json()
    suggested = [s["org"]["id"] for s in body["suggestions"]]
    assert suggested, "the tiny graph gives the food bank suggestions"
    intro = store.create_introduction(FOOD, suggested[0])
    body = editor.get(f"/api/organisations/{FOOD}").get_json()
    assert body["requested"][suggested[0]]["id"] == intro.id
    html = editor.get(f"/organisations/{FOOD}").get_data(as_text=True)
    card = html[html.index(f'data-org-id="{suggested[0]}"'):]
    card = card[:min(i for i in (card.find('class="pm-suggestion"'), card.find("</ol>")) if i > 0)]
    assert "Already requested" in card and f'href="/introductions/{intro.id}"' in card
    assert "Request an introduction" not in card
    partners = editor.get(f"/partners?org={FOOD}").get_data(as_text=True)
    assert "Already requested" in partners


def test_times_are_shown_for_people(editor, store):
    intro = store.create_introduction(FOOD, DEBT, broker="someone")
    html = editor.get(f"/introductions/{intro.id}").get_data(as_text=True)
    import re
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT[^"]+">\d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}:\d\d[ap]m</time>', html)
    assert not re.search(r">\d{4}-\d\d-\d\dT\d\d:\d\d", html)  # no raw ISO text shown
    listing = editor.get("/introductions").get_data(as_text=True)
    assert "<time datetime=" in listing


def test_an_outcome_recorded_through_the_api_reaches_the_served_suggestions(app, client, token, store):
    # Partnered and declined introductions teach the partner model: recording one moves the
    # data's version, so the app serves a new snapshot and recomputes suggestions instead of
    # answering from the cache of the old one (for every worker, since each checks the version).
    from web.state import get_state
    h = {"Authorization": f"Bearer {token}"}
    first = client.get(f"/api/organisations/{FOOD}", headers=h).get_json()
    partner = first["suggestions"][0]["org"]["id"]
    before = get_state(app).snapshot().version
    intro = client.post("/api/introductions", json={"org_a": FOOD, "org_b": partner}, headers=h).get_json()
    for status in ("made", "met"):
        assert client.patch(f"/api/introductions/{intro['introduction']['id']}", json={"status": status},
                            headers=h).status_code == 200
    assert get_state(app).snapshot().version == before          # steps on the way teach nothing
    r = client.patch(f"/api/introductions/{intro['introduction']['id']}", json={"status": "declined"}, headers=h)
    assert r.status_code == 200
    assert get_state(app).snapshot().version == before + 1
    again = client.get(f"/api/organisations/{FOOD}", headers=h).get_json()
    assert again["suggestions"], "suggestions are computed again on the new snapshot"
