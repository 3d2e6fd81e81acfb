"""What the app keeps for its lifetime: the store and a cache of computed results.

One store per process (one Neo4j driver per process, as the driver's guidance asks; the
embedded store opens one SQLite connection per thread itself). It is opened when the app
is created and closed when the process ends; a request never opens or closes it. When the
database cannot be reached at start-up, the app still starts and every request that needs
the store answers 503 until it can be opened.

When the data changes (an import into the served store), the next snapshot and the
pages computed from it are built in a background thread while the previous snapshot keeps
being served, and swapped in when ready, if building the last one took longer than
BACKGROUND_REFRESH_SECONDS: otherwise every request after a large import waited for the
rebuild and recomputed every page at once (23-38 of 100-200 requests timed out). Small
stores rebuild in the request, and so does a process after its own writes (whoever saved
sees what they saved).

When the database goes away (Neo4j stopped), requests fail fast (the store's circuit
breaker) and the pages the last good snapshot can answer keep being served, read-only:
`snapshot()` falls back to the snapshot already held, and the users read last (for
sign-in) are remembered, so signed-in people can still read. Such responses carry a
`Warning` header; everything else answers 503 "the database is unreachable".
"""
from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from typing import Callable

from flask import current_app, g, has_request_context

from graph.stores import GraphStore, StoreUnavailable, open_store

__all__ = ["WebState", "ResultCache", "get_state", "get_store", "get_snapshot", "served_stale",
           "STALE_WARNING"]

EXTENSION_KEY = "partnermap"
log = logging.getLogger(__name__)
# After a failed attempt to open the store, requests answer 503 at once for this long
# instead of each trying again.
REOPEN_SECONDS = 5.0
STALE_WARNING = '110 - "the database is unreachable: showing the data as last read"'


def _note_stale() -> None:
    if has_request_context():
        g.partnermap_stale = True


def served_stale() -> bool:
    """True when this request was answered from data kept while the database is unreachable."""
    return bool(g.get("partnermap_stale"))


class ResultCache:
    """A small LRU of computed results. Concurrent requests for the same key wait for one
    computation instead of each running it (20 clients opening one place's map at once
    would otherwise run the same analysis 20 times).

    Results computed before `serve` forks its workers are pinned (`pin`): kept outside the
    LRU, so a worker's own requests never evict them. Evicted in a worker, a shared result
    (a region's sub-snapshot, its analysis) was freed there, and freeing it wrote the
    reference count of every object it held, the records of the region's 42,000
    organisations among them, copying each one's memory page into that worker; the next
    page needing it then computed a private copy. Keys start with the snapshot version;
    pinned results of older versions are dropped by `unpin_older`."""

    def __init__(self, size: int):
        self.size = max(1, int(size))
        self._data: OrderedDict = OrderedDict()
        self._pinned: dict = {}
        self._lock = threading.Lock()
        self._pending: dict = {}

    def pin(self) -> None:
        """Keep every result held now for good (until `unpin_older` or `clear`)."""
        with self._lock:
            self._pinned.update(self._data)
            self._data.clear()

    def unpin_older(self, version: int) -> None:
        """Drop the pinned results of snapshot versions before `version`."""
        with self._lock:
            for key in [k for k in self._pinned if isinstance(k, tuple) and k and k[0] < version]:
                del self._pinned[key]

    def get_or_compute(self, key, compute: Callable[[], object]):
        while True:
            with self._lock:
                if key in self._pinned:
                    return self._pinned[key]
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
            self._pinned.clear()


class WebState:
    def __init__(self, store_url: str, cache_size: int, background_refresh_seconds: float = 1.0):
        self.store_url = store_url
        self.cache = ResultCache(cache_size)
        self._store: GraphStore | None = None
        self._lock = threading.Lock()
        self._snapshot = None
        self._open_failed: tuple[float, str] | None = None
        self.remembered_users = _Remembered(1000)
        self.background_refresh_seconds = background_refresh_seconds
        # Called with a new snapshot before it is swapped in, to compute the pages most
        # visitors ask for (create_app sets it to web.views.warm).
        self.warmer: Callable[[object], None] | None = None
        self.last_build_seconds = 0.0
        self._wrote_here = False
        self._refresh_lock = threading.Lock()
        self._refreshing: threading.Thread | None = None

    def open(self) -> GraphStore:
        """The store, opening it now if an earlier attempt found the database unreachable
        (at most once every REOPEN_SECONDS)."""
        store = self._store
        if store is not None:
            return store
        with self._lock:
            if self._store is None:
                if self._open_failed and time.monotonic() - self._open_failed[0] < REOPEN_SECONDS:
                    raise StoreUnavailable(self._open_failed[1])
                try:
                    self._store = open_store(self.store_url)
                except StoreUnavailable as e:
                    self._open_failed = (time.monotonic(), str(e))
                    raise
                self._open_failed = None
            return self._store

    def try_open(self) -> None:
        try:
            self.open()
        except StoreUnavailable:
            pass  # answered per request with 503 until it can be opened

    def snapshot(self):
        """The store's current Snapshot. Kept here as well as in the store, so that after
        `release()` (gunicorn forks workers from a warmed parent) a reopened store does not
        rebuild a snapshot of a version we already hold, and so that while the database is
        unreachable the last good one is still served."""
        held = self._snapshot
        try:
            store = self.open()
            current = store.version()
            if held is not None and held.version == current:
                return held
            if held is not None and self._in_background():
                self._refresh_in_background(current)
                return held
            snap = self._build(store)
        except StoreUnavailable:
            if held is None:
                raise
            _note_stale()
            return held
        self._snapshot = snap
        self.cache.unpin_older(snap.version)
        return snap

    def _build(self, store):
        started = time.perf_counter()
        self._wrote_here = False
        snap = store.snapshot()
        self.last_build_seconds = time.perf_counter() - started
        return snap

    def _in_background(self) -> bool:
        limit = self.background_refresh_seconds
        return limit is not None and limit >= 0 and not self._wrote_here and self.last_build_seconds > limit

    def _refresh_in_background(self, version: int) -> None:
        """Build the snapshot of `version` (and warm its pages) in one thread per process."""
        with self._refresh_lock:
            if self._refreshing is not None and self._refreshing.is_alive():
                return
            self._refreshing = threading.Thread(target=self._refresh, name="partnermap-snapshot-refresh",
                                                daemon=True)
            self._refreshing.start()

    def _refresh(self) -> None:
        try:
            started = time.perf_counter()
            snap = self._build(self.open())
            if self.warmer is not None:
                self.warmer(snap)
            self.last_build_seconds = time.perf_counter() - started  # what serving new data costs
        except Exception:  # unreachable store, a failed page: keep serving what we have
            log.exception("building the next snapshot in the background failed")
            return
        held = self._snapshot
        if held is None or snap.version > held.version:
            self._snapshot = snap
            self.cache.unpin_older(snap.version)

    def wait_for_refresh(self, timeout: float | None = None) -> None:
        """Wait for a background refresh, if one runs (tests, and a clean shutdown)."""
        thread = self._refreshing
        if thread is not None:
            thread.join(timeout)

    def note_write(self) -> None:
        """This process changed the data: its next snapshot is built in the request."""
        self._wrote_here = True

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


class _Remembered:
    """The last answers of a few store reads, by argument (a small LRU)."""

    def __init__(self, size: int):
        self.size = size
        self._data: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def read(self, key, read: Callable[[], object]):
        try:
            value = read()
        except StoreUnavailable:
            with self._lock:
                if key not in self._data:
                    raise
                _note_stale()
                return self._data[key]
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value


class _OutageTolerantStore:
    """The store as requests use it. Every call goes to the store, except that the user
    look-ups sign-in makes on every request answer from what they last read while the
    database is unreachable, so that pages the last good snapshot can answer stay
    readable. Writes still fail (503): nothing is queued or faked."""

    # Calls that change the graph: after one, this process rebuilds its snapshot in the
    # request rather than in the background, so the person who saved sees what they saved.
    _WRITES = frozenset({"load", "upsert_organisations", "upsert_ties", "upsert_taxonomy", "remove_ties",
                         "delete_organisation", "clear"})

    def __init__(self, store: GraphStore, remembered: _Remembered, state: "WebState | None" = None):
        self._store = store
        self._remembered = remembered
        self._state = state

    def __getattr__(self, name):
        attr = getattr(self._store, name)
        if name in self._WRITES and self._state is not None:
            state = self._state

            def write(*args, **kwargs):
                try:
                    return attr(*args, **kwargs)
                finally:
                    state.note_write()
            return write
        return attr

    def get_user(self, name: str):
        return self._remembered.read(("name", name), lambda: self._store.get_user(name))

    def user_by_token_hash(self, token_hash: str):
        return self._remembered.read(("token", token_hash), lambda: self._store.user_by_token_hash(token_hash))


def get_state(app=None) -> WebState:
    return (app or current_app).extensions[EXTENSION_KEY]


def get_store() -> GraphStore:
    state = get_state()
    return _OutageTolerantStore(state.open(), state.remembered_users, state)


def get_snapshot():
    return get_state().snapshot()
