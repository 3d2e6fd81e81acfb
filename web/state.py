"""What the app keeps for its lifetime: the store and a cache of computed results.

One store per process (one Neo4j driver per process, as the driver's guidance asks; the
embedded store opens one SQLite connection per thread itself). It is opened when the app
is created and closed when the process ends; a request never opens or closes it. When the
database cannot be reached at start-up, the app still starts and every request that needs
the store answers 503 until it can be opened.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable

from flask import current_app

from graph.stores import GraphStore, StoreUnavailable, open_store

__all__ = ["WebState", "ResultCache", "get_state", "get_store", "get_snapshot"]

EXTENSION_KEY = "partnermap"


class ResultCache:
    """A small LRU of computed results. Concurrent requests for the same key wait for one
    computation instead of each running it (20 clients opening one place's map at once
    would otherwise run the same analysis 20 times)."""

    def __init__(self, size: int):
        self.size = max(1, int(size))
        self._data: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self._pending: dict = {}

    def get_or_compute(self, key, compute: Callable[[], object]):
        while True:
            with self._lock:
                if key in self._data:
                    self._data.move_to_end(key)
                    return self._data[key]
                event = self._pending.get(key)
                if event is None:
                    event = self._pending[key] = threading.Event()
                    owner = True
                else:
                    owner = False
            if not owner:
                event.wait()
                with self._lock:
                    if key in self._data:
                        return self._data[key]
                continue  # the owner failed: try computing ourselves
            try:
                value = compute()
                with self._lock:
                    self._data[key] = value
                    self._data.move_to_end(key)
                    while len(self._data) > self.size:
                        self._data.popitem(last=False)
                return value
            finally:
                with self._lock:
                    self._pending.pop(key, None)
                event.set()

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


class WebState:
    def __init__(self, store_url: str, cache_size: int):
        self.store_url = store_url
        self.cache = ResultCache(cache_size)
        self._store: GraphStore | None = None
        self._lock = threading.Lock()
        self._snapshot = None

    def open(self) -> GraphStore:
        """The store, opening it now if an earlier attempt found the database unreachable."""
        store = self._store
        if store is not None:
            return store
        with self._lock:
            if self._store is None:
                self._store = open_store(self.store_url)
            return self._store

    def try_open(self) -> None:
        try:
            self.open()
        except StoreUnavailable:
            pass  # answered per request with 503 until it can be opened

    def snapshot(self):
        """The store's current Snapshot. Kept here as well as in the store, so that after
        `release()` (gunicorn forks workers from a warmed parent) a reopened store does not
        rebuild a snapshot of a version we already hold."""
        store = self.open()
        held = self._snapshot
        if held is not None and held.version == store.version():
            return held
        snap = store.snapshot()
        self._snapshot = snap
        return snap

    def release(self) -> None:
        """Close the store's connections but keep the snapshot and computed results: done in
        the gunicorn parent before it forks, since connections must not cross a fork."""
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def close(self) -> None:
        self.release()
        self._snapshot = None


def get_state(app=None) -> WebState:
    return (app or current_app).extensions[EXTENSION_KEY]


def get_store() -> GraphStore:
    return get_state().open()


def get_snapshot():
    return get_state().snapshot()
