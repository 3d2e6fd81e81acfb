"""A circuit breaker for a store whose database can go away (Neo4j).

When the database stops, every request would otherwise wait for its own connection
attempts and retries (31-96 s each were measured, with static files queued behind them).
After one failure to reach the database the breaker opens: for `cooldown` seconds every
operation fails at once with the same StoreUnavailable. Then one caller is let through
as a trial; if it succeeds the breaker closes, if it fails it opens again. Callers that
arrive while the trial runs fail at once too, so an outage costs one slow attempt per
cooldown, not one per request.
"""
from __future__ import annotations

import threading
import time

from graph.stores.base import StoreUnavailable

__all__ = ["CircuitBreaker"]


class CircuitBreaker:
    def __init__(self, cooldown: float = 5.0, clock=time.monotonic):
        self.cooldown = float(cooldown)
        self._clock = clock
        self._lock = threading.Lock()
        self._open_until: float | None = None  # None: closed
        self._trial_running = False
        self._last_error = ""

    @property
    def is_open(self) -> bool:
        return self._open_until is not None

    def before(self) -> None:
        """Raise StoreUnavailable at once while the breaker is open; otherwise let the
        caller try (as the one trial, when the cooldown has passed)."""
        with self._lock:
            if self._open_until is None:
                return
            if self._clock() < self._open_until or self._trial_running:
                raise StoreUnavailable(self._last_error)
            self._trial_running = True

    def succeeded(self) -> None:
        with self._lock:
            self._open_until = None
            self._trial_running = False

    def failed(self, message: str) -> None:
        with self._lock:
            self._open_until = self._clock() + self.cooldown
            self._trial_running = False
            self._last_error = message

    def released(self) -> None:
        """The trial ended with an error that says nothing about reachability (a bad query):
        let the next caller try."""
        with self._lock:
            self._trial_running = False
