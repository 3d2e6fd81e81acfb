"""Sign-in throttling: too many failed sign-ins for one user name, or from one client
address, within a window, and further attempts are refused with 429 until it passes.

The counts live in a small SQLite file in the instance folder, so every gunicorn worker
(and every restart) sees the same numbers. Names are counted whether or not such a user
exists, so the answer never tells an attacker which names are real.
"""
from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path

__all__ = ["SignInThrottle"]

_SCHEMA = """CREATE TABLE IF NOT EXISTS failures (key TEXT PRIMARY KEY, first_at REAL NOT NULL,
  count INTEGER NOT NULL)"""


class SignInThrottle:
    def __init__(self, path: str | Path, per_user: int, per_address: int, window: float):
        self.path = Path(path)
        self.per_user = per_user
        self.per_address = per_address
        self.window = window

    def _connect(self) -> sqlite3.Connection:
        # A connection per call: sign-ins are rare, and a connection must not cross
        # gunicorn's fork.
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(_SCHEMA)
        return conn

    def _keys(self, name: str, address: str) -> list[tuple[str, int]]:
        keys = []
        if self.per_user > 0 and name:
            keys.append(("user:" + name.strip().lower(), self.per_user))
        if self.per_address > 0 and address:
            keys.append(("addr:" + address, self.per_address))
        return keys

    def wait_seconds(self, name: str, address: str, now: float | None = None) -> int:
        """Seconds until another attempt is allowed (0: go ahead)."""
        now = time.time() if now is None else now
        wait = 0.0
        with closing(self._connect()) as conn:
            for key, limit in self._keys(name, address):
                row = conn.execute("SELECT first_at, count FROM failures WHERE key=?", (key,)).fetchone()
                if row and now - row[0] < self.window and row[1] >= limit:
                    wait = max(wait, row[0] + self.window - now)
        return int(wait + 0.999)

    def failed(self, name: str, address: str, now: float | None = None) -> None:
        now = time.time() if now is None else now
        with closing(self._connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            for key, _ in self._keys(name, address):
                row = conn.execute("SELECT first_at FROM failures WHERE key=?", (key,)).fetchone()
                if row is None or now - row[0] >= self.window:
                    conn.execute("INSERT OR REPLACE INTO failures VALUES (?,?,1)", (key, now))
                else:
                    conn.execute("UPDATE failures SET count = count + 1 WHERE key=?", (key,))
            conn.execute("DELETE FROM failures WHERE first_at < ?", (now - self.window,))
            conn.execute("COMMIT")

    def succeeded(self, name: str) -> None:
        """A right password clears the name's count (not the address's: one good account
        must not reset the count of someone guessing others from the same place)."""
        with closing(self._connect()) as conn:
            conn.execute("DELETE FROM failures WHERE key=?", ("user:" + name.strip().lower(),))
