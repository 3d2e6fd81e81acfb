"""Run the app under gunicorn in-process (gunicorn's BaseApplication), for `partnermap serve`.

The app is built once in the parent and warmed (snapshot, the largest places' analysis),
then its store connections are closed and the workers are forked: they share the warmed
results copy-on-write and each opens its own connection on first use, since a SQLite
connection or a Neo4j driver must not cross a fork.
"""
from __future__ import annotations

import gc
import multiprocessing
import sys
import time

from gunicorn.app.base import BaseApplication

__all__ = ["serve", "default_workers"]


def default_workers() -> int:
    # Pages are CPU-bound Python: one process per core; threads cover waiting on the store.
    return max(2, min(multiprocessing.cpu_count(), 8))


class _Server(BaseApplication):
    def __init__(self, factory, options: dict):
        self.factory = factory
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            if key in self.cfg.settings and value is not None:
                self.cfg.set(key, value)

    def load(self):
        return self.factory()


def _worker_exit(server, worker):
    app = getattr(worker, "wsgi", None)
    state = getattr(app, "extensions", {}).get("partnermap") if app is not None else None
    if state is not None:
        state.close()


def build_warm_app(config: dict):
    """The app, built once in gunicorn's parent: snapshot and the largest places' analysis
    computed, then the store's connections closed so the forked workers open their own
    while sharing the warmed results."""
    from web import create_app
    from web.views import warm

    app = create_app(config)
    state = app.extensions["partnermap"]
    try:
        started = time.perf_counter()
        warmed = warm(app, app.config["WARM_PLACES"])
        # The snapshot and its warmed pages together are what new data costs to serve: when
        # that is slow, the workers build the next ones in the background (web.state).
        state.last_build_seconds += time.perf_counter() - started
        print(f"partnermap: snapshot, partner model and pages ahead ({', '.join(warmed) or 'no places'}) "
              f"in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    except Exception as e:  # warming is an optimisation: never stop the server for it
        print(f"partnermap: could not compute pages ahead: {e}", file=sys.stderr)
    state.release()
    # What was computed here is shared by every worker: their own requests must not evict it.
    state.cache.pin()
    freeze_for_fork()
    return app


def freeze_for_fork() -> None:
    """Move everything built so far out of the garbage collector's sight, just before the
    workers are forked. A collection in a worker otherwise writes to the header of every
    object it walks, the snapshot's millions of records included, so each worker ended up
    with its own copy of pages the parent built once (Python's gc.freeze docs). Collected
    first, so nothing garbage is kept forever."""
    gc.collect()
    gc.freeze()
    _return_free_heap()
    page_out_library_code()


def _library_mappings(maps_text: str) -> list[tuple[int, int]]:
    """(start, end) of each read-only mapping of a shared library (`*.so`, `*.so.N`) in
    /proc/PID/maps text: the code and constants of native libraries. Writable mappings
    (a library's data, the heap, SQLite's shared memory) and data files mapped read-only
    are left out."""
    out = []
    for line in maps_text.splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) < 6 or "w" in fields[1] or not fields[5].startswith("/"):
            continue
        name = fields[5].rsplit("/", 1)[-1]
        if not (name.endswith(".so") or ".so." in name):
            continue
        start, end = (int(x, 16) for x in fields[0].split("-"))
        out.append((start, end))
    return out


def page_out_library_code() -> int:
    """Hand back the pages of native library code only this process has touched, just
    before the workers are forked: numba loads its compiled kernels through LLVM in the
    parent, which read about 105 MB of libllvmlite's code there (building its JIT and
    linking), and a worker that only calls the compiled kernels never touches them. A
    fork does not map such file pages into the children, so they stayed the parent's own
    for the server's whole life (its USS after start, README "Sizing a server").
    MADV_PAGEOUT (Linux 5.4+) reclaims only pages no other process maps; they are clean
    copies of the library file, so whoever needs one again reads it back. Returns the
    number of mappings advised (0 off Linux or where the kernel refuses)."""
    try:
        import ctypes
        with open("/proc/self/maps") as f:
            mappings = _library_mappings(f.read())
        libc = ctypes.CDLL(None, use_errno=True)
        madvise = libc.madvise
    except (OSError, AttributeError):   # not Linux / glibc
        return 0
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    madv_pageout = 21
    done = 0
    for start, end in mappings:
        if madvise(start, end - start, madv_pageout) == 0:
            done += 1
        elif ctypes.get_errno() == 22 and done == 0:   # EINVAL at once: a kernel before 5.4
            return 0
    return done


def tune_allocator() -> bool:
    """Set glibc's allocator, in each worker after the fork, to keep less freed memory:
    one arena (M_ARENA_MAX=1) instead of one per thread, and blocks of 128 KB or more
    (a numpy array over every organisation) mapped and unmapped on their own
    (M_MMAP_THRESHOLD, fixed, so glibc does not raise it after the first such block is
    freed and put the next ones in the heap, where they left holes; M_TRIM_THRESHOLD to
    match). A worker of a warmed 370,000-organisation parent held 151 MB of its own after
    1,200 requests on 4 threads (94 MB of it free inside the heap), 94 MB with these
    (README "Sizing a server"). Python allocates under its global lock, so one arena
    costs no waiting. Returns whether the settings were taken (False off glibc)."""
    try:
        import ctypes
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):   # not glibc
        return False
    m_trim_threshold, m_mmap_threshold, m_arena_max = -1, -3, -8
    return all(mallopt(option, value) == 1 for option, value in (
        (m_mmap_threshold, 128 * 1024), (m_trim_threshold, 256 * 1024), (m_arena_max, 1)))


def _post_fork(server, worker):
    tune_allocator()


def _return_free_heap() -> None:
    """Give the pages the C allocator holds free (building the snapshot and the pages ahead
    freed hundreds of MB in between what is kept) back to the system before forking, so
    they are not counted, and copied, as the parent's memory (glibc's malloc_trim; a no-op
    elsewhere)."""
    try:
        import ctypes
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):   # not glibc
        pass


def serve(config: dict, host: str = "127.0.0.1", port: int = 8000, workers: int | None = None,
          threads: int = 8, access_log: bool = False, timeout: int = 120) -> None:
    """Serve the app with gunicorn until interrupted."""

    options = {
        "bind": f"{host}:{port}",
        "workers": workers or default_workers(),
        "worker_class": "gthread",
        "threads": threads,
        "timeout": timeout,
        "graceful_timeout": 10,
        "accesslog": "-" if access_log else None,
        "errorlog": "-",
        "loglevel": "info",
        "proc_name": "partnermap",
        "worker_exit": _worker_exit,
        "post_fork": _post_fork,
        # gunicorn 25+ opens a control socket at one fixed path per user; several servers
        # (tests, the benchmark, a demo) must be able to run side by side.
        "control_socket_disable": True,
        # Build and warm the app once in the parent; workers share it copy-on-write.
        "preload_app": True,
    }
    _Server(lambda: build_warm_app(config), options).run()
