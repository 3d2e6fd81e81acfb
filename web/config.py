"""The web app's settings: one table of (name, default, help).

`create_app` applies the defaults, then PARTNERMAP_* environment variables (Flask's
`from_prefixed_env`, so PARTNERMAP_PAGE_SIZE=50 sets PAGE_SIZE), then a test config.
A test fails when a setting the app reads is missing from this table.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Setting", "SETTINGS", "defaults"]


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("STORE_URL", None,
            "Store to open: sqlite:///path.db or neo4j://host:7687. Unset: graph.stores.default_store_url() "
            "(PARTNERMAP_STORE, else the embedded file in the user's data folder)."),
    Setting("SECRET_KEY", None,
            "Signs session cookies and CSRF tokens. Unset: read from, or created once in, "
            "<instance>/secret_key so sessions survive restarts and all gunicorn workers agree."),
    Setting("PAGE_SIZE", 20, "Rows per page in search results and long tables."),
    Setting("SEARCH_MAX_RESULTS", 5000,
            "Most organisations a search by words finds (best first); facet counts are over these, "
            "and the page says when there were more."),
    Setting("SUGGESTIONS", 10, "How many partner suggestions a profile and the partner finder show by default."),
    # 600: a county the size of the demo's England (591) is drawn whole; 1000 made the map's
    # JSON p95 about twice today's on a 2,000-organisation place (bench/web.py, loaded).
    Setting("MAP_MAX_NODES", 600,
            "Most organisations drawn on a place's network map; the rest are listed in the table "
            "(the page says how many were left off and how they were chosen)."),
    Setting("GEO_TILE_URL", "",
            "Background map tiles for the geographic map, as a Leaflet URL template "
            "(https://tile.example.org/{z}/{x}/{y}.png). Empty (the default): no tiles, nothing fetched from "
            "anywhere else; places are drawn from their imported boundaries. When set, its origin is added to "
            "the Content-Security-Policy's img-src; use a tile service whose terms allow your use."),
    Setting("GEO_TILE_ATTRIBUTION", "",
            "The credit the tile service asks for (shown in the map's corner), e.g. "
            "\"© OpenStreetMap contributors\"."),
    Setting("ANALYSIS_CACHE_SIZE", 256,
            "Analysis and matcher results kept per worker process, keyed by snapshot version, "
            "so they are recomputed only after the data changes (the least recently used go first). "
            "The results `partnermap serve` computed before forking its workers are kept besides these, "
            "whatever this is."),
    Setting("WARM_PLACES", 3,
            "`partnermap serve` computes the pages of this many of the largest places before its "
            "workers start, so the first visitors do not wait for the analysis (0 turns it off)."),
    Setting("WARM_SECONDS", 60.0,
            "The largest place is always computed ahead; each further one of WARM_PLACES only while computing "
            "places has taken less than this many seconds (a region of a 370,000-organisation map takes over a "
            "minute on 2 cores, and the workers start only after it). The rest are computed on first visit."),
    Setting("BACKGROUND_REFRESH_SECONDS", 1.0,
            "When building the last snapshot took longer than this, newer data (an import) is built, "
            "with the warmed pages, in the background while the previous snapshot is served, then swapped "
            "in. A negative number: always rebuild in the request."),
    Setting("MAX_CONTENT_LENGTH", 50 * 1024 * 1024, "Largest upload accepted, in bytes."),
    Setting("SESSION_COOKIE_SECURE", False,
            "Send the session cookie over HTTPS only. Set it (PARTNERMAP_SESSION_COOKIE_SECURE=true) whenever "
            "the app is reached over TLS, directly or behind a proxy; leave it off for plain-HTTP local use, "
            "where browsers would drop a Secure cookie and nobody could sign in."),
    Setting("PROXY_FIX", 0,
            "How many reverse proxies sit in front of the app. With 1 or more, the client address "
            "comes from X-Forwarded-For and http/https from X-Forwarded-Proto "
            "(so HSTS is sent behind a TLS proxy); with 0 those headers are ignored, since anyone could send them."),
    Setting("SESSION_COOKIE_HTTPONLY", True, "Keep the session cookie away from page scripts."),
    Setting("SESSION_COOKIE_SAMESITE", "Lax", "Browsers send the session cookie on top-level navigation only."),
    Setting("SIGN_IN_MAX_FAILURES_PER_USER", 5,
            "Failed sign-ins allowed for one user name (real or not) within SIGN_IN_WINDOW_SECONDS; after "
            "that the name is refused (429) until the window passes, even with the right password. 0 turns it off."),
    Setting("SIGN_IN_MAX_FAILURES_PER_ADDRESS", 30,
            "Failed sign-ins allowed from one client address within the window, whatever the names tried."),
    Setting("SIGN_IN_WINDOW_SECONDS", 900, "The window the sign-in limits count over (15 minutes)."),
    Setting("WTF_CSRF_TIME_LIMIT", None,
            "Seconds a form's CSRF token stays valid; None ties it to the session instead."),
)


def defaults() -> dict:
    return {s.name: s.default for s in SETTINGS}
