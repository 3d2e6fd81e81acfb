"""What `partnermap serve` does before it forks its workers (issue 14: at 370,000
organisations the start took over 5 minutes): the places computed ahead stop after a time
budget, and everything built is frozen out of the garbage collector so forked workers share
it instead of copying it."""
from __future__ import annotations

import gc

from web.server import build_warm_app
from web.views import warm


def test_places_after_the_largest_are_computed_ahead_only_within_the_time_budget(app):
    all_three = warm(app, 3, seconds=3600)
    assert len(all_three) == 3
    app.extensions["partnermap"].cache.clear()
    assert warm(app, 3, seconds=0) == all_three[:1]     # the largest is always computed
    assert warm(app, 0, seconds=3600) == []


def test_the_budget_is_a_setting(app):
    app.config["WARM_SECONDS"] = 0
    assert len(warm(app, 3)) == 1
    app.config["WARM_SECONDS"] = 3600
    assert len(warm(app, 3)) == 3


def test_the_parent_freezes_what_it_built_before_forking(store_url, tmp_path, monkeypatch):
    monkeypatch.setenv("PARTNERMAP_INSTANCE", str(tmp_path / "instance"))
    gc.unfreeze()
    try:
        app = build_warm_app({"TESTING": True, "SECRET_KEY": "k", "STORE_URL": store_url})
        state = app.extensions["partnermap"]
        snap = state.snapshot()
        assert gc.get_freeze_count() > len(snap.orgs)
        assert not any(o is snap.orgs for o in gc.get_objects())   # frozen: out of the collector's lists
        state.close()
    finally:
        gc.unfreeze()


def test_the_search_index_and_the_matchers_scoring_context_are_built_ahead(app, monkeypatch):
    """Built in the parent, they are shared by every worker; built on each worker's first
    search and first suggestion, each worker held a copy of both (and the first visitors waited)."""
    from matcher.context import MatchContext
    from tests.web.conftest import session_for
    from tests.web.tiny import DEBT
    from web.search import SearchIndex

    import matcher.service
    warm(app, 0)
    # A restart over the same data: the model comes from its file this time, without the
    # scoring context its fit built.
    matcher.service._memory.clear()
    app.extensions["partnermap"].cache.clear()
    warm(app, 0)

    def rebuilt(*args, **kwargs):
        raise AssertionError("built again after warming")
    monkeypatch.setattr(SearchIndex, "build", rebuilt)
    monkeypatch.setattr(MatchContext, "build", rebuilt)
    client = session_for(app.test_client(), "viewer")
    assert client.get("/api/search?q=advice").status_code == 200
    profile = client.get(f"/api/organisations/{DEBT}")
    assert profile.status_code == 200 and profile.get_json()["suggestions"]


def test_the_parent_loads_a_model_fitted_and_saved_by_a_forked_child(app, monkeypatch):
    """Fitting's short-lived objects stay out of the process workers fork from: the fit runs
    in a child that saves the model and the method served; the parent loads them, and
    serves the suggestions an in-process fit gives."""
    import os

    import matcher.service
    from matcher.model import PartnerModel
    from matcher.service import MODEL_FILE, SERVED_FILE, match, saved_model_matches
    from web import services

    parent = os.getpid()
    real_fit = PartnerModel.fit

    def fit_only_in_a_child(self, *args, **kwargs):
        assert os.getpid() != parent, "the model was fitted in the parent"
        return real_fit(self, *args, **kwargs)
    monkeypatch.setattr(PartnerModel, "fit", fit_only_in_a_child)
    matcher.service._memory.clear()
    matcher.service._served.clear()
    with app.test_request_context("/"):
        snap = app.extensions["partnermap"].snapshot()
        model_dir = services._model_dir()
        assert not saved_model_matches(snap, model_dir)
        services.warm_matcher(snap)
        assert (model_dir / MODEL_FILE).exists() and (model_dir / SERVED_FILE).exists()
        assert saved_model_matches(snap, model_dir)
        served = matcher.service.get_model(snap, model_dir)
    monkeypatch.setattr(PartnerModel, "fit", real_fit)
    fitted_here = real_fit(PartnerModel(), snap)
    for org in snap.orgs:
        loaded = match(snap, org.id, k=5, model=served).to_dict()
        fitted = match(snap, org.id, k=5, model=fitted_here).to_dict()
        assert loaded == fitted


def test_without_a_folder_to_save_to_the_model_is_fitted_in_the_process(app, monkeypatch):
    from web import services
    with app.test_request_context("/"):
        snap = app.extensions["partnermap"].snapshot()
        assert services._fit_in_child(snap, None) is False
        assert services._fit_in_child(snap, False) is False


def test_with_recorded_outcomes_the_child_fits_the_model_match_serves(app, monkeypatch):
    """A partnered introduction is learned from: the model `match` serves is the one with
    outcomes, and it too is fitted in the child, not in the parent."""
    import os

    import matcher.service
    from matcher.model import PartnerModel
    from matcher.outcomes import outcomes_from
    from tests.web.tiny import DEBT, FOOD
    from web import services

    store = app.extensions["partnermap"].open()
    intro = store.create_introduction(FOOD, DEBT, broker="someone")
    for status in ("made", "met", "partnered"):
        store.update_introduction(intro.id, status)
    parent = os.getpid()
    real_fit = PartnerModel.fit

    def fit_only_in_a_child(self, *args, **kwargs):
        assert os.getpid() != parent, "the model was fitted in the parent"
        return real_fit(self, *args, **kwargs)
    monkeypatch.setattr(PartnerModel, "fit", fit_only_in_a_child)
    matcher.service._memory.clear()
    with app.test_request_context("/"):
        snap = app.extensions["partnermap"].snapshot()
        services.warm_matcher(snap)
        outcomes = outcomes_from(store.list_introductions(), snap)
        assert len(outcomes) == 1
        served = matcher.service.get_model(snap, services._model_dir(), outcomes=outcomes)
    assert served.n_outcomes_["partnered"] == 1


def test_who_gives_funding_is_known_before_the_workers_fork(app):
    """Asked by every profile; built in a worker it walked every funder's record there (24 MB
    of a 50,000-organisation worker's own memory on its first profile)."""
    warm(app, 0)
    cache = app.extensions["partnermap"].cache
    assert any(key[1] == "funder_ids" for key in cache._data)


def test_the_parent_returns_its_free_heap_to_the_system_before_forking():
    """Memory freed between records that are kept stays resident (the C allocator cannot
    shrink its heap past them) until it is trimmed: the parent gives it back before forking."""
    import sys

    from web.server import freeze_for_fork

    if not sys.platform.startswith("linux"):
        return

    def resident_mb() -> float:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024

    gc.unfreeze()
    try:
        blocks = [bytes(4000) for _ in range(40_000)]   # ~160 MB from malloc (over pymalloc's 512 bytes)
        kept = blocks[-1]
        del blocks
        before = resident_mb()
        freeze_for_fork()
        assert before - resident_mb() > 80, "the freed heap stayed resident"
        assert len(kept) == 4000
    finally:
        gc.unfreeze()


_LLVM_BEFORE_AND_AFTER_FORK = """
import gc
import numpy as np
import web.server
from matcher import kernels
from web.server import freeze_for_fork

advised = []
real_page_out = web.server.page_out_library_code
web.server.page_out_library_code = lambda: advised.append(real_page_out()) or advised[-1]

def llvm_mb():
    # (resident, this process's own) MB of libllvmlite's mappings
    kb = {"Rss:": 0, "Private_Clean:": 0, "Private_Dirty:": 0}
    on = False
    with open("/proc/self/smaps") as f:
        for line in f:
            head = line.split()[0]
            if not head.endswith(":"):
                on = "libllvmlite" in line
            elif on and head in kb:
                kb[head] += int(line.split()[1])
    return kb["Rss:"] / 1024, (kb["Private_Clean:"] + kb["Private_Dirty:"]) / 1024

rows = np.array([0], dtype=np.int64)
args = (np.array([0, 2], dtype=np.int64), np.array([0, 1], dtype=np.int32), np.ones(2), rows, np.ones(2))
assert kernels.rows_dot_dense(*args)[0] == 2.0
before = llvm_mb()
freeze_for_fork()
after = llvm_mb()
assert kernels.rows_dot_dense(*args)[0] == 2.0    # the compiled kernel still runs
assert advised and advised[0] > 0, "freeze_for_fork advised no library mapping"
print(*before, *after)
"""


def test_the_parent_hands_back_the_library_code_only_it_touched_before_forking():
    """Loading numba's compiled kernels read about 105 MB of LLVM's code in the parent; a
    fork does not map those file pages into the workers, so they stayed the parent's own
    (its USS after start at 370,000 organisations was 100-145 MB). Reclaimed before the
    fork, the kernels still run."""
    import subprocess
    import sys
    from pathlib import Path

    if not sys.platform.startswith("linux"):
        return
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", _LLVM_BEFORE_AND_AFTER_FORK], cwd=root, capture_output=True,
                         text=True, check=True, timeout=300)
    resident, own, _, own_after = (float(x) for x in out.stdout.split()[-4:])
    assert resident > 30, f"loading the kernels touched only {resident:.0f} MB of LLVM"
    # Pages another process maps too (a test run beside this one) are not this one's own
    # and are left; run alone, all of them were its own and stayed without the page-out.
    assert own_after < 10, f"{own_after:.0f} of {own:.0f} MB of LLVM's code stayed this process's own"


def test_only_read_only_mappings_of_shared_libraries_are_handed_back():
    from web.server import _library_mappings

    maps = "\n".join([
        "7f0000000000-7f0000001000 r-xp 00000000 08:01 1 /venv/llvmlite/binding/libllvmlite.so",
        "7f0000001000-7f0000002000 r--p 00001000 08:01 1 /venv/llvmlite/binding/libllvmlite.so",
        "7f0000002000-7f0000003000 rw-p 00002000 08:01 1 /venv/llvmlite/binding/libllvmlite.so",
        "7f0000003000-7f0000004000 r-xp 00000000 08:01 2 /usr/lib/x86_64-linux-gnu/libc.so.6",
        "7f0000004000-7f0000005000 r--p 00000000 08:01 3 /data/model.npy",
        "7f0000005000-7f0000006000 rw-s 00000000 08:01 4 /data/store.db-shm",
        "7f0000006000-7f0000007000 rw-p 00000000 00:00 0 [heap]",
        "7f0000007000-7f0000008000 r--p 00000000 00:00 0 [vvar]",
        "7f0000008000-7f0000009000 rw-p 00000000 00:00 0",
        "7f0000009000-7f000000a000 r--p 00000000 08:01 5 /data/notes.sorted",
    ])
    assert _library_mappings(maps) == [(0x7f0000000000, 0x7f0000001000), (0x7f0000001000, 0x7f0000002000),
                                        (0x7f0000003000, 0x7f0000004000)]


def test_the_funding_pages_choice_and_their_ranker_are_made_in_the_child(app, monkeypatch):
    """Where validation chooses the temporal ranker for the funders and recipients pages,
    the child fits it and saves it with the choice; the parent and its workers only load
    them, and the first funders page fits nothing."""
    import os

    import matcher.service
    from matcher.ranker import TemporalRanker
    from matcher.service import RANKER_FUNDING_FILE, SERVED_FUNDING_FILE, funding_choice_saved
    from web import services

    parent = os.getpid()
    chosen = {"method": "ranker", "trusted": True, "validation": None,
              "reason": "ranked by the temporal ranker (test: chosen whatever validation says)"}
    real_choose = matcher.service.choose_served
    monkeypatch.setattr(matcher.service, "choose_served",
                        lambda snap, mask, *a, lens="collaboration", **kw:
                        chosen if lens == "funding" else real_choose(snap, mask, *a, lens=lens, **kw))
    real_fit = TemporalRanker.fit

    def fit_only_in_a_child(self, *args, **kwargs):
        assert os.getpid() != parent, "the ranker was fitted in the parent"
        return real_fit(self, *args, **kwargs)
    monkeypatch.setattr(TemporalRanker, "fit", fit_only_in_a_child)
    for cache in (matcher.service._memory, matcher.service._served, matcher.service._rankers):
        cache.clear()
    with app.test_request_context("/"):
        snap = app.extensions["partnermap"].snapshot()
        model_dir = services._model_dir()
        assert not funding_choice_saved(snap, model_dir)
        services.warm_matcher(snap)
        assert (model_dir / SERVED_FUNDING_FILE).exists() and (model_dir / RANKER_FUNDING_FILE).exists()
        assert funding_choice_saved(snap, model_dir)
        ranker, _ = matcher.service.served_ranker(snap, "funding", model_dir=model_dir)   # loaded, not fitted
        assert isinstance(ranker, TemporalRanker)


def test_the_largest_places_map_json_is_serialised_ahead(app, monkeypatch):
    """The map's JSON text (the largest answer, the same for everyone) serialised in the
    parent: serialised in each worker, each held its own copy (about 10 MB at 370,000
    organisations). The route sends exactly the text computed ahead."""
    import json

    import web.api
    from tests.web.conftest import session_for

    warmed = warm(app, 1)
    cache = app.extensions["partnermap"].cache
    ahead = [(key, value) for key, value in cache._data.items()
             if key[1] == "network_json" and key[2][0] == warmed[0]]
    assert len(ahead) == 1

    def dumped_again(*args, **kwargs):
        raise AssertionError("serialised again after warming")
    monkeypatch.setattr(web.api, "plain", dumped_again)
    client = session_for(app.test_client(), "viewer")
    r = client.get(f"/api/places/{warmed[0]}/network")
    assert r.status_code == 200 and r.get_data(as_text=True) == ahead[0][1]
    assert json.loads(ahead[0][1])["ok"] is True


def test_what_the_parent_computed_is_never_evicted_by_a_workers_requests():
    """Pinned results stay however many others pass through the LRU (a worker that evicted
    a region's shared sub-snapshot copied the pages of every record it held), and are
    served without computing them again; a newer snapshot version lets them go."""
    from web.state import ResultCache

    cache = ResultCache(4)
    shared = cache.get_or_compute((1, "place_snapshot", ("R1",)), lambda: ["region"])
    cache.pin()
    for i in range(20):
        cache.get_or_compute((1, "suggest", (i,)), lambda i=i: i)

    def computed_again():
        raise AssertionError("a pinned result was computed again")
    assert cache.get_or_compute((1, "place_snapshot", ("R1",)), computed_again) is shared
    assert len(cache._data) == 4                   # the LRU keeps its own bound
    cache.unpin_older(2)
    assert cache.get_or_compute((1, "place_snapshot", ("R1",)), lambda: ["again"]) == ["again"]


def test_serve_pins_the_results_it_computed_before_forking(store_url, tmp_path, monkeypatch):
    monkeypatch.setenv("PARTNERMAP_INSTANCE", str(tmp_path / "instance"))
    gc.unfreeze()
    try:
        app = build_warm_app({"TESTING": True, "SECRET_KEY": "test-secret", "STORE_URL": store_url})
        cache = app.extensions["partnermap"].cache
        names = {key[1] for key in cache._pinned}
        assert {"search_index", "place_snapshot", "network_json", "funder_ids"} <= names
        assert not cache._data
        app.extensions["partnermap"].close()
    finally:
        gc.unfreeze()


def test_each_worker_tunes_the_allocator_after_the_fork(monkeypatch):
    """Every gunicorn worker sets glibc's allocator to keep less freed memory (one arena,
    large blocks mapped on their own): a 370,000-organisation worker's own memory after
    1,200 requests went from 151 to 94 MB."""
    import subprocess
    import sys

    import web.server

    seen = {}
    monkeypatch.setattr(web.server._Server, "run", lambda self: seen.update(self.options))
    web.server.serve({"STORE_URL": "sqlite:///unused.db"}, workers=2)
    called = []
    monkeypatch.setattr(web.server, "tune_allocator", lambda: called.append(True))
    seen["post_fork"](None, None)
    assert called == [True]
    if sys.platform.startswith("linux"):   # the settings are taken (in a process of its own)
        out = subprocess.run([sys.executable, "-c", "from web.server import tune_allocator; print(tune_allocator())"],
                             capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "True"
