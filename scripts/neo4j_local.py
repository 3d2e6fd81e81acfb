#!/usr/bin/env python3
"""Provision and run a real Neo4j community server without Docker.

Neo4j publishes its server as ordinary jars on Maven Central, so Java 17 and
Maven are enough: `provision` copies the jars of one Neo4j version into a
cache folder once, and `start` runs org.neo4j.server.CommunityEntryPoint on
them with a neo4j.conf written into a throwaway home folder.

    python scripts/neo4j_local.py provision
    python scripts/neo4j_local.py start --port 0 --bolt-only --home /tmp/n4j --password secret123
    python scripts/neo4j_local.py stop --home /tmp/n4j --remove
    python scripts/neo4j_local.py bulk-import --home /tmp/n4j -- --nodes=Label=file.csv ...

`start` prints shell-style lines (NEO4J_URI=bolt://127.0.0.1:P, NEO4J_USER,
NEO4J_PASSWORD, NEO4J_HOME) and writes HOME/neo4j.pid and HOME/state.json.

Environment:
    PARTNERMAP_CACHE          cache root (default: <repo>/.cache); jars go to
                              $PARTNERMAP_CACHE/neo4j/<version>/lib
    PARTNERMAP_MAVEN_REPO     Maven local repository used while provisioning
                              (default: $PARTNERMAP_CACHE/m2, so a clean clone
                              never depends on or writes to ~/.m2)
    PARTNERMAP_NEO4J_VERSION  Neo4j version (default below)
    PARTNERMAP_NEO4J_CLASS_ARCHIVE  0: no class data sharing archive (class_archive_flags);
                              a folder: keep the archives there (default: beside the jars)
    JAVA_HOME                 used to find java if set, else java on PATH

Standard library only: it runs before the project's venv may exist.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Latest 5.26 (LTS) patch release found on Maven Central when this was written.
# Bump here and in scripts/neo4j/pom.xml together.
DEFAULT_VERSION = "5.26.30"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"

SCRIPTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = SCRIPTS_DIR.parent
POM = SCRIPTS_DIR / "neo4j" / "pom.xml"

# JVM flags a Neo4j distribution's default neo4j.conf passes (server.jvm.additional);
# we start the entry point directly, so we pass them ourselves. AlwaysPreTouch is
# left out on purpose: it would commit the whole heap up front and slow start-up.
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
]


class Fail(Exception):
    """An error shown to the user as one line, exit status 1."""


# ---------------------------------------------------------------- paths, tools


def cache_root() -> Path:
    return Path(os.environ.get("PARTNERMAP_CACHE") or REPO_ROOT / ".cache").resolve()


def neo4j_version(arg: str | None = None) -> str:
    return arg or os.environ.get("PARTNERMAP_NEO4J_VERSION") or DEFAULT_VERSION


def lib_dir(version: str) -> Path:
    return cache_root() / "neo4j" / version / "lib"


def is_provisioned(version: str) -> bool:
    # The marker is written only after the jars are complete, so a half-finished
    # download (killed mvn) is never mistaken for a usable install.
    return (lib_dir(version).parent / "complete").is_file()


_JAVA_VERSION_TEXT: dict[str, str] = {}


def find_java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        java = str(Path(java_home) / "bin" / "java")
    else:
        java = shutil.which("java")
    if not java:
        raise Fail("java not found: Neo4j 5.26 needs Java 17 or 21 on PATH or in JAVA_HOME")
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    _JAVA_VERSION_TEXT[java] = out
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    major = int(m.group(1)) if m else 0
    if major == 1 and m and m.group(2):  # "1.8" style
        major = int(m.group(2))
    if major < 17:
        raise Fail(f"{java} is Java {major or '?'}; Neo4j 5.26 needs Java 17 or 21")
    return java


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def log(msg: str) -> None:
    print(f"neo4j_local: {msg}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ provision


def provision(version: str) -> Path:
    lib = lib_dir(version)
    if is_provisioned(version):
        return lib
    mvn = shutil.which("mvn")
    if not mvn:
        raise Fail(f"mvn not found: it is needed once to fetch the Neo4j {version} jars into {lib}")
    lib.parent.mkdir(parents=True, exist_ok=True)
    # A lock so that parallel test workers provisioning at once do not both download.
    with open(lib.parent / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if is_provisioned(version):
            return lib
        m2 = Path(os.environ.get("PARTNERMAP_MAVEN_REPO") or cache_root() / "m2").resolve()
        tmp = Path(tempfile.mkdtemp(prefix="lib.", dir=lib.parent))
        cmd = [
            mvn, "-B", "-ntp", "-Dstyle.color=never", "-f", str(POM),
            f"-Dmaven.repo.local={m2}",
            f"-Dneo4j.version={version}",
            "dependency:copy-dependencies",
            "-DincludeScope=runtime",
            f"-DoutputDirectory={tmp}",
        ]
        log(f"fetching Neo4j {version} jars with Maven into {lib} (one time)")
        t0 = time.monotonic()
        proc = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if proc.returncode != 0:
            shutil.rmtree(tmp, ignore_errors=True)
            lines = (proc.stdout + proc.stderr).strip().splitlines()
            errors = [ln for ln in lines if ln.startswith("[ERROR]")]
            sys.stderr.write("\n".join(errors[:1] or lines[-25:]) + "\n")  # Maven's first error says why
            raise Fail(f"mvn could not fetch Neo4j {version} (exit {proc.returncode}); output above")
        if not (tmp / f"neo4j-{version}.jar").is_file():
            shutil.rmtree(tmp, ignore_errors=True)
            raise Fail(f"mvn finished but neo4j-{version}.jar is missing from the copied jars")
        if lib.exists():  # left from an interrupted earlier run
            shutil.rmtree(lib)
        os.replace(tmp, lib)
        jars = len(list(lib.glob("*.jar")))
        (lib.parent / "complete").write_text(f"{version} {jars} jars\n")
        log(f"Neo4j {version}: {jars} jars in {time.monotonic() - t0:.1f} s")
    return lib


# ---------------------------------------------------------------------- start


def read_state(home: Path) -> dict | None:
    try:
        return json.loads((home / "state.json").read_text())
    except (OSError, ValueError):
        return None


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie has exited; it only waits for its parent to reap it.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def is_our_server(pid: int, home: Path) -> bool:
    """True if pid is a Neo4j entry point for this home (pids get reused)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return pid_alive(pid)  # no /proc: trust the pid file
    return ENTRY_POINT.encode() in cmdline and f"--home-dir={home}".encode() in cmdline


def write_conf(home: Path, bolt_port: int, http_port: int | None, heap: str, pagecache: str) -> None:
    conf = home / "conf"
    conf.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Written by scripts/neo4j_local.py; rewritten on every start.",
        f"server.directories.data={home / 'data'}",
        f"server.directories.logs={home / 'logs'}",
        f"server.directories.run={home / 'run'}",
        f"server.directories.import={home / 'import'}",
        f"server.directories.plugins={home / 'plugins'}",
        # Loopback only: this is a test and developer server.
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{bolt_port}",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        # No usage reports: the server must not try to reach outside the machine.
        "dbms.usage_report.enabled=false",
        # Memory sized to sit beside a test suite on a 2-core, 24 GiB machine.
        # The heap flags are what the JVM uses (see start); these keep the
        # server's own accounting consistent with them.
        f"server.memory.heap.initial_size={heap}",
        f"server.memory.heap.max_size={heap}",
        f"server.memory.pagecache.size={pagecache}",
        # One import is one transaction (GraphStore.load is atomic), so a large import
        # needs transaction state well beyond the default share of the heap.
        "server.memory.off_heap.transaction_max_size=2g",
        "dbms.memory.transaction.total.max=0",
        "db.memory.transaction.total.max=0",
        "db.memory.transaction.max=0",
        # Bolt waits 5 s twice on shutdown for clients that are long gone in
        # tests; 1 s each makes `stop` quick without cutting real work short
        # (transactions are closed and checkpointed before this stage).
        "internal.server.bolt.connection_shutdown_wait_time=1s",
        "internal.server.bolt.thread_pool_shutdown_wait_time=1s",
        "db.tx_log.rotation.retention_policy=1 files",
    ]
    if http_port is None:
        lines.append("server.http.enabled=false")
    else:
        lines += ["server.http.enabled=true", f"server.http.listen_address=127.0.0.1:{http_port}"]
    (conf / "neo4j.conf").write_text("\n".join(lines) + "\n")


def java_env(home: Path) -> dict:
    env = dict(os.environ)
    env["NEO4J_HOME"] = str(home)
    env["NEO4J_CONF"] = str(home / "conf")
    return env


def set_initial_password(java: str, lib: Path, home: Path, password: str) -> None:
    # Only possible before the first start; a home that already has users keeps them.
    # "--" ends the options: a password may begin with "-" (1 in 64 random ones does), and the
    # tool would otherwise read it as an unknown option and print its usage.
    if (home / "data" / "dbms" / "auth.ini").exists() or (home / "data" / "databases" / "system").exists():
        return
    proc = subprocess.run(
        [java, "-Xmx256m", "-cp", f"{lib}/*", ADMIN_TOOL, "dbms", "set-initial-password", "--",
         password],
        env=java_env(home), cwd=home, capture_output=True, text=True, stdin=subprocess.DEVNULL,
    )
    if proc.returncode != 0:
        # The tool prints its error first and its usage after it: report the error.
        msg = [line.strip() for line in (proc.stderr or proc.stdout).splitlines() if line.strip()]
        raise Fail(f"neo4j-admin set-initial-password failed: {msg[0] if msg else proc.returncode}")


def tail(path: Path, n: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return ""


def bolt_query_ok(uri: str, user: str, password: str) -> bool | None:
    """RETURN 1 through the official driver; None if the driver is not installed."""
    try:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError
    except ImportError:
        return None
    try:
        # session.run, not execute_query: the latter retries "database not
        # available yet" with back-off for up to 30 s, hiding the moment it is ready.
        with GraphDatabase.driver(uri, auth=(user, password), connection_timeout=2) as driver:
            with driver.session() as session:
                return session.run("RETURN 1 AS ok").single()["ok"] == 1
    except AuthError as e:
        raise Fail(f"Neo4j at {uri} refused user {user!r}: the home was set up with another password ({e.message})")
    except Exception:  # not ready yet: database still starting
        return False


def server_ready(uri: str, password: str, neo4j_log: Path, log_start: int) -> bool:
    ok = bolt_query_ok(uri, "neo4j", password)
    if ok is not None:
        return ok
    # No driver here: trust the server's own "Started." line from this run.
    try:
        with open(neo4j_log, "rb") as f:
            f.seek(log_start)
            return b" Started." in f.read()
    except OSError:
        return False


def class_archive(java: str, version: str) -> Path:
    """The server's class data sharing archive for this Java build and Neo4j version.

    The JVM spends most of a server's start loading and verifying the classes of some 200
    jars; mapped from an archive made by an earlier run they load several times faster
    (a start measured at 21-33 s without it, 12-14 s with it, on the loaded 2-core build
    machine). That matters most to the bulk path, which restarts the server, and to tests."""
    build = hashlib.sha256(_JAVA_VERSION_TEXT.get(java, java).encode()).hexdigest()[:12]
    folder = os.environ.get("PARTNERMAP_NEO4J_CLASS_ARCHIVE") or lib_dir(version).parent / "class-archive"
    return Path(folder).resolve() / f"server-{version}-{build}.jsa"


def class_archive_flags(java: str, version: str) -> tuple[list[str], Path | None]:
    """JVM flags that use the archive, or, where there is none yet, make one when this
    server exits (written to a file of its own, which `stop` moves into place once the
    server has exited cleanly, so a killed server never leaves half an archive). A JVM that
    cannot use an archive (another build, changed jars) says so in its console log and
    starts as it would without. PARTNERMAP_NEO4J_CLASS_ARCHIVE=0 turns this off; set to a
    folder, it keeps the archives there instead of beside the jars."""
    if os.environ.get("PARTNERMAP_NEO4J_CLASS_ARCHIVE", "1") == "0":
        return [], None
    archive = class_archive(java, version)
    if archive.is_file():
        return [f"-XX:SharedArchiveFile={archive}"], None
    archive.parent.mkdir(parents=True, exist_ok=True)
    pending = archive.with_name(f"{archive.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    return [f"-XX:ArchiveClassesAtExit={pending}"], pending


def start(args: argparse.Namespace) -> dict:
    version = neo4j_version(args.version)
    java = find_java()
    lib = provision(version)  # instant when already provisioned
    password = args.password or os.environ.get("NEO4J_PASSWORD") or secrets.token_urlsafe(12)
    if len(password) < 8:
        raise Fail("password too short: Neo4j requires at least 8 characters")
    home = Path(args.home or tempfile.mkdtemp(prefix="partnermap-neo4j-")).resolve()
    home.mkdir(parents=True, exist_ok=True)

    old = read_state(home)
    if old and pid_alive(old["pid"]) and is_our_server(old["pid"], home):
        raise Fail(f"Neo4j is already running for {home} (pid {old['pid']}, {old['uri']}); stop it first")

    for d in ("data", "logs", "run", "import", "plugins"):
        (home / d).mkdir(exist_ok=True)

    # Port 0 means "any free port"; another process can take it between our
    # probe and Neo4j's bind, so a lost race is retried with a fresh port.
    attempts = 3 if args.port == 0 else 1
    for attempt in range(1, attempts + 1):
        bolt_port = args.port or free_port()
        http_port = None if args.bolt_only else (args.http_port or free_port())
        # Something already answering there would look like a ready server.
        for port in (bolt_port, http_port):
            if port and port_open(port):
                raise Fail(f"port {port} on 127.0.0.1 is already in use; pick another or --port 0")
        neo4j_log = home / "logs" / "neo4j.log"
        log_start = neo4j_log.stat().st_size if neo4j_log.exists() else 0
        write_conf(home, bolt_port, http_port, args.heap, args.pagecache)
        set_initial_password(java, lib, home, password)
        console = home / "logs" / "console.log"
        archive_flags, pending_archive = class_archive_flags(java, version)
        cmd = [java, f"-Xms{args.heap}", f"-Xmx{args.heap}", *JVM_FLAGS, *archive_flags, "-cp", f"{lib}/*",
               ENTRY_POINT, f"--home-dir={home}", f"--config-dir={home / 'conf'}"]
        with open(console, "ab") as out:
            # A new session: the server outlives this script and is not hit by a
            # Ctrl-C meant for the shell that started it.
            proc = subprocess.Popen(cmd, cwd=home, env=java_env(home), stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        uri = f"bolt://127.0.0.1:{bolt_port}"
        state = {"uri": uri, "user": "neo4j", "password": password, "pid": proc.pid,
                 "home": str(home), "bolt_port": bolt_port, "http_port": http_port,
                 "version": version, "console_log": str(console), "heap": args.heap,
                 "pagecache": args.pagecache, "bolt_only": bool(args.bolt_only)}
        if pending_archive is not None:
            state["class_archive_pending"] = str(pending_archive)
            state["class_archive"] = str(class_archive(java, version))
        (home / "neo4j.pid").write_text(f"{proc.pid}\n")
        (home / "state.json").write_text(json.dumps(state, indent=2) + "\n")

        t0 = time.monotonic()
        try:
            while time.monotonic() < t0 + args.wait:
                if proc.poll() is not None:
                    break
                if port_open(bolt_port) and server_ready(uri, password, neo4j_log, log_start):
                    state["ready_seconds"] = round(time.monotonic() - t0, 2)
                    (home / "state.json").write_text(json.dumps(state, indent=2) + "\n")
                    return state
                time.sleep(0.25)
            else:
                raise Fail(f"neo4j did not answer on {uri} within {args.wait:g} s; "
                           f"see {home / 'logs' / 'neo4j.log'}")
        except BaseException:  # timeout, wrong password, Ctrl-C: leave no server behind
            stop_pid(proc.pid, home, timeout=10)
            raise

        logs = tail(console) + "\n" + tail(home / "logs" / "neo4j.log")
        if "Address already in use" in logs and attempt < attempts:
            log(f"port {bolt_port} was taken meanwhile; retrying on another free port")
            continue
        sys.stderr.write(logs.strip() + "\n")
        raise Fail(f"neo4j exited with status {proc.returncode} before answering on {uri}; "
                   f"see {console} and {home / 'logs' / 'neo4j.log'}")
    raise AssertionError("unreachable")


# ----------------------------------------------------------------------- stop


def stop_pid(pid: int, home: Path, timeout: float) -> str:
    if not pid_alive(pid) or not is_our_server(pid, home):
        return "not running"
    # SIGTERM runs Neo4j's shutdown hook: transactions close, stores checkpoint.
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reap it when it is our own child
        if not pid_alive(pid):
            keep_class_archive(home)
            return "stopped"
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
    return f"killed after {timeout:g} s"


def keep_class_archive(home: Path) -> None:
    """After a clean exit, move the class archive the server wrote at exit into place."""
    state = read_state(home) or {}
    pending, archive = state.get("class_archive_pending"), state.get("class_archive")
    if not pending or not archive:
        return
    pending = Path(pending)
    if pending.is_file() and pending.stat().st_size > 0 and not Path(archive).exists():
        os.replace(pending, archive)
    pending.unlink(missing_ok=True)


def stop(args: argparse.Namespace) -> str:
    home = Path(args.home).resolve()
    state = read_state(home)
    pid = None
    if state:
        pid = state["pid"]
    elif (home / "neo4j.pid").is_file():
        pid = int((home / "neo4j.pid").read_text().strip())
    result = stop_pid(pid, home, args.timeout) if pid else "not running"
    (home / "neo4j.pid").unlink(missing_ok=True)
    if args.remove:
        shutil.rmtree(home, ignore_errors=True)
    return result


# -------------------------------------------------------------- bulk import


def bulk_import(args: argparse.Namespace) -> dict:
    """Stop the server of a home, run `neo4j-admin database import full` into its `neo4j`
    database with the given files, and start it again as it was (port, password, memory).

    Neo4j's admin import writes a database's store files directly, far faster than
    transactions, but only into a database that no server has open: in Community Edition
    there is no STOP DATABASE, so the whole server stops for the import. The caller checks
    that the database is empty first (graph/stores/neo4j_bulk.py). If the tool fails, the
    server still starts again, on the database as it was (the tool leaves it untouched).
    """
    home = Path(args.home).resolve()
    state = read_state(home)
    if not state:
        raise Fail(f"{home} is not the home of a server started by this script (no state.json)")
    version = state.get("version") or neo4j_version(None)
    java = find_java()
    lib = provision(version)
    t_stop = time.monotonic()
    stop_pid(state["pid"], home, timeout=60)
    stop_seconds = round(time.monotonic() - t_stop, 2)
    cmd = [java, f"-Xmx{args.tool_heap}", "-cp", f"{lib}/*", ADMIN_TOOL, "database", "import", "full",
           args.database, "--overwrite-destination=true", *args.tool_args]
    t0 = time.monotonic()
    proc = subprocess.run(cmd, env=java_env(home), cwd=home, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)
    seconds = round(time.monotonic() - t0, 2)
    (home / "logs").mkdir(exist_ok=True)
    (home / "logs" / "admin-import.log").write_text(proc.stdout + proc.stderr)
    again = argparse.Namespace(version=version, port=state["bolt_port"], http_port=state.get("http_port") or 0,
                               bolt_only=state.get("bolt_only", state.get("http_port") is None), home=str(home),
                               password=state["password"], wait=args.wait, heap=state.get("heap", "2g"),
                               pagecache=state.get("pagecache", "512m"))
    t_start = time.monotonic()
    restarted = start(again)
    start_seconds = round(time.monotonic() - t_start, 2)
    if proc.returncode != 0:
        lines = [ln for ln in (proc.stderr + proc.stdout).strip().splitlines() if ln.strip()]
        first = next((ln for ln in lines if "Exception" in ln or "rror" in ln), lines[-1] if lines else "")
        raise Fail(f"neo4j-admin database import failed (exit {proc.returncode}): {first.strip()} "
                   f"(full output in {home / 'logs' / 'admin-import.log'}); the server was started again "
                   "on the database as it was")
    return {"import_seconds": seconds, "stop_seconds": stop_seconds, "start_seconds": start_seconds, "uri": restarted["uri"], "pid": restarted["pid"],
            "log": str(home / "logs" / "admin-import.log")}


# ------------------------------------------------------------------------ CLI


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)

    pp = sub.add_parser("provision", help="fetch the Neo4j jars once (Maven)")
    pp.add_argument("--version", help=f"Neo4j version (default {DEFAULT_VERSION})")

    ps = sub.add_parser("start", help="start a server in the background and wait for Bolt")
    ps.add_argument("--port", type=int, default=7687, help="Bolt port; 0 picks a free loopback port")
    ps.add_argument("--bolt-only", action="store_true", help="no HTTP connector")
    ps.add_argument("--http-port", type=int, default=0, help="HTTP port (default: a free one)")
    ps.add_argument("--home", help="server home (default: a new temporary folder)")
    ps.add_argument("--password", help="password for user neo4j, at least 8 characters "
                    "(default: $NEO4J_PASSWORD, else random)")
    ps.add_argument("--wait", type=float, default=120, help="seconds to wait for Bolt (default 120)")
    ps.add_argument("--heap", default=os.environ.get("PARTNERMAP_NEO4J_HEAP", "2g"))
    ps.add_argument("--pagecache", default=os.environ.get("PARTNERMAP_NEO4J_PAGECACHE", "512m"))
    ps.add_argument("--version", help=f"Neo4j version (default {DEFAULT_VERSION})")
    ps.add_argument("--json", action="store_true", help="print the state as JSON instead")

    pt = sub.add_parser("stop", help="stop the server of a home")
    pt.add_argument("--home", required=True)
    pt.add_argument("--remove", action="store_true", help="delete the home afterwards")
    pt.add_argument("--timeout", type=float, default=30, help="seconds before SIGKILL (default 30)")

    pb = sub.add_parser("bulk-import", help="stop the server of a home, run neo4j-admin database import "
                        "full with the arguments after --, start it again")
    pb.add_argument("--home", required=True)
    pb.add_argument("--database", default="neo4j")
    pb.add_argument("--tool-heap", default="1g", help="heap of the import tool (it also uses off-heap memory)")
    pb.add_argument("--wait", type=float, default=180, help="seconds to wait for Bolt after the import")
    pb.add_argument("--json", action="store_true", help="print the outcome as JSON")
    pb.add_argument("tool_args", nargs=argparse.REMAINDER, help="-- then the import tool's own arguments")

    args = p.parse_args(argv)
    if args.cmd == "bulk-import" and args.tool_args[:1] == ["--"]:
        args.tool_args = args.tool_args[1:]
    try:
        if args.cmd == "provision":
            version = neo4j_version(args.version)
            print(provision(version))
        elif args.cmd == "start":
            state = start(args)
            if args.json:
                print(json.dumps(state))
            else:
                print(f"NEO4J_URI={state['uri']}")
                print(f"NEO4J_USER={state['user']}")
                print(f"NEO4J_PASSWORD={state['password']}")
                print(f"NEO4J_HOME={state['home']}")
                if state["http_port"]:
                    print(f"NEO4J_HTTP_URL=http://127.0.0.1:{state['http_port']}")
                log(f"Neo4j {state['version']} ready in {state['ready_seconds']} s (pid {state['pid']})")
        elif args.cmd == "stop":
            log(stop(args))
        elif args.cmd == "bulk-import":
            outcome = bulk_import(args)
            print(json.dumps(outcome) if args.json else f"imported in {outcome['import_seconds']} s; "
                  f"Neo4j ready again at {outcome['uri']}")
    except Fail as e:
        print(f"neo4j_local: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
