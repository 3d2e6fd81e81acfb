"""The cold isolated page (issue 14): readying the matcher on a thread while the champions
are computed gives exactly the page computed one step after the other, with the real
matcher, on a seeded synthetic ecosystem."""
from __future__ import annotations

import threading

import graph.analysis.isolation as isolation
import matcher.service as service
from graph.analysis import clear_cache, isolated
from graph.snapshot import Snapshot
from seed.synthetic import build_synthetic


def _cold(snap, monkeypatch, tmp_path, name):
    """isolated(snap) as a first request: no analysis cached, no model in memory or on disk."""
    clear_cache()
    service._memory.clear()
    service._served.clear()
    monkeypatch.setenv("PARTNERMAP_CACHE", str(tmp_path / name))
    return isolated(snap).to_dict()


def test_readying_the_matcher_alongside_the_champions_changes_nothing(monkeypatch, tmp_path):
    snap = Snapshot.from_data(build_synthetic(1500, avg_degree=4, seed=3))
    started = []
    real_warm = isolation.warm_matcher

    def counted(*args, **kwargs):
        thread = real_warm(*args, **kwargs)
        started.append(thread)
        return thread

    monkeypatch.setattr(isolation, "warm_matcher", counted)
    overlapped = _cold(snap, monkeypatch, tmp_path, "overlapped")
    assert len(started) == 1 and not started[0].is_alive()

    def one_after_the_other(*args, **kwargs):
        thread = threading.Thread(target=lambda: None)
        thread.start()
        return thread

    monkeypatch.setattr(isolation, "warm_matcher", one_after_the_other)
    sequential = _cold(snap, monkeypatch, tmp_path, "sequential")
    assert overlapped == sequential
    groups = sequential["groups"]
    # the comparison means something: groups of every kind, most with the matcher's introductions
    assert {g["kind"] for g in groups} == {"isolate", "small_component", "periphery"}
    sources = [i["source"] for g in groups for i in g["introductions"]]
    assert sources.count("matcher") > len(groups)


def test_while_waiting_for_the_matcher_the_groups_fits_are_computed_and_change_nothing(monkeypatch, tmp_path):
    """Issue 14: once the champions are done and the matcher is still being readied, the
    page computes each group's fit on the data (what its introductions read besides the
    matcher) instead of waiting idle; the page is the one computed after the wait."""
    import time

    import graph.analysis.introductions as introductions

    snap = Snapshot.from_data(build_synthetic(1500, avg_degree=4, seed=3))
    real_warm = isolation.warm_matcher
    real_fit = introductions._fallback_fit
    calls = []       # (was the matcher still being readied?) per fit computed

    def slow_warm(*args, **kwargs):
        ready = real_warm(*args, **kwargs)
        ready.join()

        def wait():
            time.sleep(3.0)
        thread = threading.Thread(target=wait)
        thread.start()
        slow_warm.thread = thread
        return thread

    def counted_fit(*args, **kwargs):
        calls.append(slow_warm.thread.is_alive())
        return real_fit(*args, **kwargs)

    monkeypatch.setattr(isolation, "warm_matcher", slow_warm)
    monkeypatch.setattr(introductions, "_fallback_fit", counted_fit)
    waiting = _cold(snap, monkeypatch, tmp_path, "waiting")
    n_groups = len(waiting["groups"])
    assert len(calls) == n_groups          # each group's fit computed once
    assert calls.count(True) == n_groups   # all of them while the matcher was being readied

    # Memory for one group's fit only: the first computed while waiting, the rest after;
    # the same page.
    calls.clear()
    monkeypatch.setattr(isolation, "_WAITING_FIT_BYTES", 0)
    bounded = _cold(snap, monkeypatch, tmp_path, "bounded")
    assert calls == [True] + [False] * (n_groups - 1)
    assert waiting == bounded
