"""Response headers that limit what a page can do if something hostile gets into it.

Every response carries a Content-Security-Policy: scripts and styles only from our own
static files (plus the one inline line GOV.UK Frontend's page template needs, allowed by a
nonce made fresh for each response), no plugins, no <base>, forms only to us, and no
framing. So a `javascript:` link or an injected <script> that slipped past validation
still would not run. Beside it: nosniff, framing refused, a referrer trimmed to our origin,
and HSTS when the request came over TLS.
"""
from __future__ import annotations

import secrets

from flask import g, request

__all__ = ["init_security", "csp_nonce", "content_security_policy"]


def csp_nonce() -> str:
    """This response's script nonce (made on first use)."""
    nonce = g.get("csp_nonce")
    if nonce is None:
        nonce = g.csp_nonce = secrets.token_urlsafe(16)
    return nonce


def _tile_origin(url: str) -> str:
    """The origin of a tile URL template (https://{s}.tile.example.org/{z}/{x}/{y}.png ->
    https://*.tile.example.org), for img-src; "" when none is set or it is not http(s)."""
    from urllib.parse import urlsplit
    parts = urlsplit((url or "").replace("{s}", "*"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.netloc.split("@")[-1]
    return f"{parts.scheme}://{host}"


def content_security_policy(nonce: str, tile_url: str = "") -> str:
    tiles = _tile_origin(tile_url)
    return "; ".join((
        "default-src 'self'",
        f"script-src 'self' 'nonce-{nonce}'",
        "style-src 'self'",
        "img-src 'self' data:" + (f" {tiles}" if tiles else ""),
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ))


HSTS = "max-age=31536000; includeSubDomains"


def init_security(app) -> None:
    @app.context_processor
    def inject_nonce():
        # GOV.UK Frontend's template.html puts `cspNonce` on its inline body-class script.
        return {"cspNonce": csp_nonce()}

    @app.after_request
    def security_headers(response):
        h = response.headers
        h["Content-Security-Policy"] = content_security_policy(csp_nonce(), app.config.get("GEO_TILE_URL", ""))
        h.setdefault("X-Content-Type-Options", "nosniff")
        h.setdefault("X-Frame-Options", "DENY")
        h.setdefault("Referrer-Policy", "same-origin")
        h.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        # Over plain HTTP the header is ignored by browsers and would only mislead; behind a
        # TLS proxy, PROXY_FIX makes request.is_secure follow X-Forwarded-Proto.
        if request.is_secure:
            h.setdefault("Strict-Transport-Security", HSTS)
        return response
