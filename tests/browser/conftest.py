"""Browser tests: a real `partnermap serve` (gunicorn) on a free loopback port over the demo
data, driven by Debian's Chromium (/usr/bin/chromium) through Playwright. No browser is
ever downloaded. Screenshots go to test-artifacts/screenshots/."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = os.environ.get("PARTNERMAP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EDITOR = ("browser-editor", "browser-editor-pass")

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {proc.stdout.read().decode()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server did not answer {url} within {timeout}s")


@pytest.fixture(scope="session")
def frontend_assets():
    subprocess.run(["bash", str(ROOT / "scripts" / "fetch_frontend.sh")], check=True, cwd=ROOT)


@pytest.fixture(scope="session")
def demo_store_url(tmp_path_factory):
    from graph.stores import open_store
    from seed.demo import build_demo
    from web.auth import create_user

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'demo.db'}"
    with open_store(url) as store:
        store.load(build_demo())
        create_user(store, EDITOR[0], "editor", EDITOR[1])
    return url


@contextlib.contextmanager
def serve_app(store_url: str, tmp_path_factory, workers: int, name: str):
    """Serve a store with the real gunicorn-backed `partnermap serve`; yields its base URL and
    stops the server afterwards. Each server gets its own matcher cache and working folder."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PARTNERMAP_SECRET_KEY": "browser-tests",
           "PARTNERMAP_CACHE": str(tmp_path_factory.mktemp(f"{name}-cache"))}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from graph.cli import main; main()", "--store", store_url,
         "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
        cwd=tmp_path_factory.mktemp(f"{name}-serve"), env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base + "/health", proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()


@pytest.fixture(scope="session")
def server(frontend_assets, demo_store_url, tmp_path_factory):
    """Base URL of a real gunicorn-served partnermap."""
    with serve_app(demo_store_url, tmp_path_factory, workers=2, name="matcher") as base:
        yield base


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.js_errors = errors
    # Chromium reports each thing the Content-Security-Policy blocked on the console.
    violations: list[str] = []
    pg.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    pg.csp_violations = violations
    dialogs: list[str] = []

    def on_dialog(d):
        dialogs.append(d.message)
        d.dismiss()
    pg.on("dialog", on_dialog)
    pg.dialogs = dialogs
    yield pg
    context.close()


@pytest.fixture
def signed_in(page):
    page.goto("/sign-in")
    page.get_by_label("User name").fill(EDITOR[0])
    page.get_by_label("Password", exact=True).fill(EDITOR[1])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/")
    return page


def shot(page, name: str, full_page: bool = True) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
