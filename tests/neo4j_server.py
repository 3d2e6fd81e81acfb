"""Where the tests get a real Neo4j 5.26 server from.

`neo4j_connection()` yields {"uri", "user", "password"} from the first of:
  1. NEO4J_URI (with NEO4J_USER, default "neo4j", and NEO4J_PASSWORD): a server
     someone already runs, e.g. `docker compose up` or scripts/neo4j_local.py start;
  2. testcontainers' Neo4jContainer("neo4j:5.26-community"), when a Docker engine answers;
  3. a server provisioned from Maven jars and started by scripts/neo4j_local.py
     on a free loopback port in a temporary home, stopped and removed at exit.

When none of them can be had it raises Neo4jUnavailable (the conftest turns that
into a skip), or Neo4jRequired when PARTNERMAP_REQUIRE_NEO4J=1, as in CI, where a
missing Neo4j must fail the run rather than skip it.

Entering it again while a server is open (a module fixture inside the session
one) reuses that server instead of starting a second JVM; the server stops when
the last user leaves.
"""
from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import warnings
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
LOCAL_SCRIPT = REPO_ROOT / "scripts" / "neo4j_local.py"
IMAGE = "neo4j:5.26-community"


class Neo4jUnavailable(Exception):
    """No Neo4j server could be had here; the reason is the message."""


class Neo4jRequired(RuntimeError):
    """PARTNERMAP_REQUIRE_NEO4J=1 and no Neo4j server could be had.

    Not a Neo4jUnavailable on purpose: nothing that turns those into skips may
    swallow this one."""


def neo4j_required() -> bool:
    return os.environ.get("PARTNERMAP_REQUIRE_NEO4J") == "1"


def _unavailable(reason: str) -> Neo4jUnavailable | Neo4jRequired:
    if neo4j_required():
        return Neo4jRequired(f"PARTNERMAP_REQUIRE_NEO4J=1 but no Neo4j: {reason}")
    return Neo4jUnavailable(reason)


# ------------------------------------------------------------------ sources


def _docker_answers() -> bool:
    """A quick ping of the Docker engine (3 s at most); False when there is none."""
    try:
        import docker
    except ImportError:
        return False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pytest runs with warnings as errors
        try:
            client = docker.from_env(timeout=3)
        except Exception:  # no socket, no DOCKER_HOST: no engine
            return False
        try:
            return bool(client.ping())
        except Exception:
            return False
        finally:
            client.close()


def _neo4j_container_class():
    try:
        from testcontainers.community.neo4j import Neo4jContainer
    except ImportError:
        try:
            with warnings.catch_warnings():
                # older testcontainers only have this path; newer ones warn on it
                warnings.simplefilter("ignore", DeprecationWarning)
                from testcontainers.neo4j import Neo4jContainer
        except ImportError:
            return None
    return Neo4jContainer


@contextlib.contextmanager
def _container(container_class):
    password = secrets.token_urlsafe(12)
    container = container_class(IMAGE, password=password).start()
    try:
        yield {"uri": container.get_connection_url(), "user": "neo4j", "password": password}
    finally:
        container.stop()


def _last_line(text: str) -> str:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1] if lines else "(no output)"


def _run_script(*args: str, timeout: float | None = None) -> subprocess.CompletedProcess:
    # Run with this interpreter so the readiness check can use the neo4j driver.
    return subprocess.run([sys.executable, str(LOCAL_SCRIPT), *args], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=timeout)


@contextlib.contextmanager
def _local_server():
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and Path(java_home, "bin", "java").is_file()):
        raise _unavailable("no NEO4J_URI, no Docker engine, and no java to run a local Neo4j")
    proc = _run_script("provision")
    if proc.returncode != 0:
        raise _unavailable(f"could not provision a local Neo4j: {_last_line(proc.stderr)}")
    home = tempfile.mkdtemp(prefix="partnermap-neo4j-test-")
    wait = os.environ.get("PARTNERMAP_NEO4J_WAIT", "180")  # a loaded 2-core machine is slow
    proc = _run_script("start", "--port", "0", "--bolt-only", "--home", home,
                       f"--password={secrets.token_urlsafe(12)}", "--wait", wait, "--json")
    if proc.returncode != 0:
        shutil.rmtree(home, ignore_errors=True)
        raise _unavailable(f"local Neo4j did not start: {_last_line(proc.stderr)}")
    state = json.loads(proc.stdout.strip().splitlines()[-1])
    try:
        yield {"uri": state["uri"], "user": state["user"], "password": state["password"]}
    finally:
        _run_script("stop", "--home", home, "--remove", timeout=120)


@contextlib.contextmanager
def _open():
    uri = os.environ.get("NEO4J_URI")
    if uri:
        yield {"uri": uri, "user": os.environ.get("NEO4J_USER", "neo4j"),
               "password": os.environ.get("NEO4J_PASSWORD", "")}
        return
    container_class = _neo4j_container_class()
    if container_class is not None and _docker_answers():
        with _container(container_class) as conn:
            yield conn
        return
    with _local_server() as conn:
        yield conn


# -------------------------------------------------------------- shared entry

_lock = threading.Lock()
_shared: tuple[dict, contextlib.ExitStack] | None = None
_users = 0


@contextlib.contextmanager
def neo4j_connection():
    """Yield {"uri", "user", "password"} of a running Neo4j 5.26 server (see module doc)."""
    global _shared, _users
    with _lock:
        if _shared is None:
            stack = contextlib.ExitStack()
            try:
                conn = stack.enter_context(_open())
            except BaseException:
                stack.close()
                raise
            _shared = (conn, stack)
        _users += 1
        conn = dict(_shared[0])
    try:
        yield conn
    finally:
        with _lock:
            _users -= 1
            if _users == 0 and _shared is not None:
                stack = _shared[1]
                _shared = None
                stack.close()


# ------------------------------------------------------- a server of one's own


class DedicatedServer:
    """A local Neo4j only one test uses, so that it may stop and start it (outage tests).
    Always the locally provisioned server: a shared NEO4J_URI must never be stopped."""

    def __init__(self, heap: str = "512m", password: str | None = None):
        self.heap = heap
        self.home = tempfile.mkdtemp(prefix="partnermap-neo4j-own-")
        self.password = password or secrets.token_urlsafe(12)
        self.port = 0
        self.uri = ""

    def start(self) -> dict:
        java_home = os.environ.get("JAVA_HOME")
        if not shutil.which("java") and not (java_home and Path(java_home, "bin", "java").is_file()):
            raise _unavailable("no java to run a dedicated local Neo4j")
        proc = _run_script("provision")
        if proc.returncode != 0:
            raise _unavailable(f"could not provision a local Neo4j: {_last_line(proc.stderr)}")
        wait = os.environ.get("PARTNERMAP_NEO4J_WAIT", "180")
        proc = _run_script("start", "--port", str(self.port), "--bolt-only", "--home", self.home,
                           f"--password={self.password}", "--wait", wait, "--heap", self.heap,
                           "--pagecache", "64m", "--json")
        if proc.returncode != 0:
            raise _unavailable(f"dedicated local Neo4j did not start: {_last_line(proc.stderr)}")
        state = json.loads(proc.stdout.strip().splitlines()[-1])
        self.uri, self.port = state["uri"], int(state["uri"].rsplit(":", 1)[1])
        return {"uri": self.uri, "user": state["user"], "password": state["password"]}

    def stop(self) -> None:
        _run_script("stop", "--home", self.home, timeout=120)

    def remove(self) -> None:
        _run_script("stop", "--home", self.home, "--remove", timeout=120)
        shutil.rmtree(self.home, ignore_errors=True)
