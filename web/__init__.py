"""partnermap's web UI and JSON API (Flask).

`create_app(test_config=None)` builds the app: settings (web.config.SETTINGS: defaults,
then PARTNERMAP_* environment variables, then `test_config`), the store (opened once and
kept in `app.extensions["partnermap"]`), sign-in and roles (web.auth), CSRF protection on
every form, the ui and api blueprints, and one error shape. Every HTML page has a JSON twin
under /api/ built from the same function (web.views), and the OpenAPI description at
/api/openapi.json lists every /api/ route.
"""
from __future__ import annotations

import atexit
import os
import secrets
from pathlib import Path

from flask import Flask, jsonify
from flask_wtf.csrf import CSRFProtect
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader

from graph.stores import StoreUnavailable, default_store_url

__all__ = ["create_app", "csrf"]

csrf = CSRFProtect()


def create_app(test_config: dict | None = None) -> Flask:
    from web import api, auth, errors, security, ui
    from web.config import defaults
    from web.state import EXTENSION_KEY, WebState

    # The instance folder holds the generated secret key; PARTNERMAP_INSTANCE moves it (an
    # installed package's default, <prefix>/var/web-instance, is often not writable).
    app = Flask(__name__, instance_path=os.environ.get("PARTNERMAP_INSTANCE") or None,
                instance_relative_config=True)
    app.config.from_mapping(defaults())
    app.config.from_prefixed_env("PARTNERMAP")
    if test_config:
        app.config.from_mapping(test_config)
    if not app.config.get("STORE_URL"):
        app.config["STORE_URL"] = default_store_url()
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret(Path(app.instance_path))

    # Our templates first, then the GOV.UK Frontend Jinja port under its own prefix.
    app.jinja_loader = ChoiceLoader([
        app.jinja_loader,
        PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
    ])
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    from web import templating
    templating.init_templating(app)

    state = WebState(app.config["STORE_URL"], app.config["ANALYSIS_CACHE_SIZE"],
                     float(app.config["BACKGROUND_REFRESH_SECONDS"]))
    from web.views import warm
    state.warmer = lambda snap: warm(app, app.config["WARM_PLACES"], snap)
    state.try_open()
    app.extensions[EXTENSION_KEY] = state
    atexit.register(state.close)

    proxies = int(app.config["PROXY_FIX"] or 0)
    if proxies > 0:
        from werkzeug.middleware.proxy_fix import ProxyFix
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)

    csrf.init_app(app)
    security.init_security(app)
    errors.init_errors(app)
    auth.init_auth(app)
    app.register_blueprint(ui.bp)
    app.register_blueprint(api.bp)
    api.init_api(app)

    @app.get("/health")
    def health():
        try:
            state.open().version()
        except StoreUnavailable:
            return jsonify(ok=False, error=errors.UNREACHABLE, status=503), 503
        return jsonify(ok=True, status=200, store="ok")

    @app.after_request
    def mark_stale(response):
        from web.state import STALE_WARNING, served_stale
        if served_stale():  # answered from the last good snapshot while the database is unreachable
            response.headers["Warning"] = STALE_WARNING
        return response

    return app


def _instance_secret(instance: Path) -> str:
    """A secret key kept in the instance folder, created on first start (mode 0600)."""
    path = instance / "secret_key"
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        pass
    instance.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another worker won the race
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(key)
    return key
