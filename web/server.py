"""Run the app under gunicorn in-process (gunicorn's BaseApplication), for `partnermap serve`.

Each worker builds its own app (and so its own store connection and cache) after the fork:
a SQLite connection or a Neo4j driver must not cross a fork.
"""
from __future__ import annotations

import multiprocessing

from gunicorn.app.base import BaseApplication

__all__ = ["serve", "default_workers"]


def default_workers() -> int:
    return max(2, min(multiprocessing.cpu_count() * 2, 8))


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


def serve(config: dict, host: str = "127.0.0.1", port: int = 8000, workers: int | None = None,
          threads: int = 4, access_log: bool = False, timeout: int = 120) -> None:
    """Serve `create_app(config)` with gunicorn until interrupted."""
    from web import create_app

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
        # gunicorn 25+ opens a control socket at one fixed path per user; several servers
        # (tests, the benchmark, a demo) must be able to run side by side.
        "control_socket_disable": True,
    }
    _Server(lambda: create_app(config), options).run()
