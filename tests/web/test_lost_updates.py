"""Two people editing one organisation: each edit changes only what it sends, and an edit
made from an out-of-date copy is refused (409) rather than overwriting the other."""
from __future__ import annotations

import threading

from tests.web.conftest import csrf_token
from tests.web.tiny import DEBT, FOOD


def _auth(token):
    return {"Authorization": f"Bearer {token}"}


def test_patch_changes_only_the_fields_sent(client, store, token):
    before = store.get_organisation(DEBT)
    r = client.patch(f"/api/organisations/{DEBT}", json={"description": "New words."}, headers=_auth(token))
    assert r.status_code == 200, r.get_json()
    after = store.get_organisation(DEBT)
    assert after.description == "New words."
    assert (after.name, after.income, after.services, after.places, after.led_by) == \
        (before.name, before.income, before.services, before.places, before.led_by)


def test_stale_if_match_gets_409_and_nothing_is_written(client, store, token):
    r = client.get(f"/api/organisations/{DEBT}", headers=_auth(token))
    etag = r.headers["ETag"]
    assert r.get_json()["organisation"]["version"] == etag.strip('"')
    first = client.patch(f"/api/organisations/{DEBT}", json={"website": "debt.example.org"},
                         headers={**_auth(token), "If-Match": etag})
    assert first.status_code == 200 and first.headers["ETag"] != etag
    stale = client.patch(f"/api/organisations/{DEBT}", json={"description": "Overwrite!"},
                         headers={**_auth(token), "If-Match": etag})
    assert stale.status_code == 409
    body = stale.get_json()
    assert body["ok"] is False and "Someone else changed this organisation" in body["error"]
    now = store.get_organisation(DEBT)
    assert now.website == "https://debt.example.org" and now.description != "Overwrite!"
    # With the new ETag the edit goes through.
    fresh = client.patch(f"/api/organisations/{DEBT}", json={"description": "Now fine."},
                         headers={**_auth(token), "If-Match": first.headers["ETag"]})
    assert fresh.status_code == 200


def test_concurrent_edits_never_lose_one(app, store, token):
    """Ten rounds of two simultaneous edits of different fields (description and website),
    each from the same starting version: one saves, the other is told 409; nobody gets a
    200 whose change is then missing."""
    for round_ in range(10):
        version = app.test_client().get(f"/api/organisations/{FOOD}", headers=_auth(token)).headers["ETag"]
        edits = {"description": f"round {round_} description", "website": f"https://r{round_}.example.org"}
        results = {}
        barrier = threading.Barrier(2)

        def edit(field):
            c = app.test_client()
            barrier.wait()
            results[field] = c.patch(f"/api/organisations/{FOOD}", json={field: edits[field]},
                                     headers={**_auth(token), "If-Match": version}).status_code
        threads = [threading.Thread(target=edit, args=(f,)) for f in edits]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results.values()) == [200, 409], results
        org = store.get_organisation(FOOD)
        for field, status in results.items():
            assert (getattr(org, field) == edits[field]) == (status == 200), (round_, field, results)


def test_concurrent_edits_without_if_match_keep_both_fields(app, store, token):
    edits = {"description": "both kept", "website": "https://both.example.org"}
    barrier = threading.Barrier(2)

    def edit(field):
        c = app.test_client()
        barrier.wait()
        assert c.patch(f"/api/organisations/{FOOD}", json={field: edits[field]}, headers=_auth(token)).status_code == 200
    threads = [threading.Thread(target=edit, args=(f,)) for f in edits]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    org = store.get_organisation(FOOD)
    assert org.description == "both kept" and org.website == "https://both.example.org"


def test_edit_form_opened_before_another_save_is_refused(editor, store):
    page = editor.get(f"/organisations/{FOOD}/edit").get_data(as_text=True)
    assert 'name="version"' in page
    import re
    version = re.search(r'name="version" value="([^"]+)"', page).group(1)
    token = csrf_token(editor, f"/organisations/{FOOD}/edit")
    form = {"csrf_token": token, "version": version, "name": "Easton Food Bank", "sector": "vcse",
            "description": "From the first form"}
    assert editor.post(f"/organisations/{FOOD}/edit", data=form).status_code == 302
    # A second form opened at the same time, saved later.
    form2 = {**form, "description": "From the second, stale form"}
    r = editor.post(f"/organisations/{FOOD}/edit", data=form2)
    assert r.status_code == 409
    assert "Someone else changed this organisation" in r.get_data(as_text=True)
    assert store.get_organisation(FOOD).description == "From the first form"


def test_edit_form_changes_only_fields_it_sends(editor, store):
    before = store.get_organisation(FOOD)
    token = csrf_token(editor, f"/organisations/{FOOD}/edit")
    r = editor.post(f"/organisations/{FOOD}/edit", data={"csrf_token": token, "description": "Only this",
                                                          "led_by": list(before.led_by)})
    assert r.status_code == 302
    after = store.get_organisation(FOOD)
    assert after.description == "Only this"
    assert (after.name, after.income, after.services, after.places) == \
        (before.name, before.income, before.services, before.places)
