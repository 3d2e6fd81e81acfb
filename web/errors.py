"""One error shape: `{"ok": false, "error": "...", "status": N}` for the API (and /health),
a friendly GOV.UK-styled page for people. A store that cannot be reached is a 503."""
from __future__ import annotations

import logging

from flask import jsonify, make_response, render_template, request
from markupsafe import escape
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from graph.model import ModelError
from graph.stores import NotFound, StoreError, StoreUnavailable
from web.services import FeatureUnavailable

__all__ = ["init_errors", "wants_json", "error_response", "UNREACHABLE"]

UNREACHABLE = ("Sorry, the database is unreachable right now, so this cannot be shown or saved. "
               "Try again in a minute.")

log = logging.getLogger(__name__)

_TITLES = {
    400: "There is a problem with your request",
    401: "Sign in to continue",
    403: "You do not have permission to do that",
    404: "Page not found",
    405: "That action is not allowed here",
    409: "That change conflicts with the current state",
    413: "The file is too large",
    429: "Too many attempts",
    500: "Sorry, there is a problem with the service",
    501: "This part of partnermap is not available yet",
    503: "Sorry, the service is unavailable",
}

_FRIENDLY = {
    401: "Sign in to continue.",
    404: "If you typed the web address, check it is correct. If you pasted it, check you copied all of it.",
    405: "That page cannot be used in that way.",
    413: "The file you chose is larger than this service accepts.",
    500: "Try again later. If it keeps happening, tell whoever runs this partnermap.",
}


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/health"


def error_response(status: int, message: str):
    if wants_json():
        response = jsonify(ok=False, error=message, status=status)
        response.status_code = status
        return response
    title = _TITLES.get(status, "There is a problem")
    try:
        body = render_template("error.html", status=status, title=title, message=message)
    except Exception:  # the error page itself failed: still answer, plainly
        log.exception("error page failed to render")
        body = (f"<!DOCTYPE html><html lang=en><title>{escape(title)} – partnermap</title>"
                f"<h1>{escape(title)}</h1><p>{escape(message)}</p></html>")
    return make_response(body, status)


def init_errors(app) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(e):
        return error_response(400, "The form could not be checked (its security token was missing or had "
                                   "expired). Go back, reload the page and try again.")

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        status = e.code or 500
        description = e.description or ""
        # Werkzeug's stock descriptions are written for developers; ours, when given, for people.
        stock = type(e).description
        message = _FRIENDLY.get(status, description) if description == stock else description
        response = error_response(status, message or _TITLES.get(status, "Error"))
        if status == 405 and hasattr(e, "valid_methods") and e.valid_methods:
            response.headers["Allow"] = ", ".join(e.valid_methods)
        return response

    @app.errorhandler(StoreUnavailable)
    def store_unavailable(e):
        # The reason (with the database's internal address) goes to the log, not to people.
        log.warning("store unavailable: %s", e)
        response = error_response(503, UNREACHABLE)
        response.headers["Retry-After"] = "5"
        return response

    @app.errorhandler(FeatureUnavailable)
    def feature_unavailable(e):
        return error_response(501, f"This part of partnermap is not available in this installation: {e}.")

    @app.errorhandler(NotFound)
    def not_found(e):
        return error_response(404, str(e))

    @app.errorhandler(StoreError)
    def store_error(e):
        return error_response(409, str(e))

    @app.errorhandler(ModelError)
    def model_error(e):
        return error_response(400, str(e))

    @app.errorhandler(Exception)
    def unexpected(e):
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, _FRIENDLY[500])
