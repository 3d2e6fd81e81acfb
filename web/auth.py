"""Sign-in, roles and API tokens.

Roles rise viewer < editor < admin: a viewer reads, an editor also edits, imports and
records introductions, an admin also manages users. People sign in with a password
(hashed with werkzeug.security) and get a session; programs send
`Authorization: Bearer <token>`, where only the token's SHA-256 is stored
(`store.put_user`, looked up by `store.user_by_token_hash`). A user may hold several
tokens, each with a label, revoked one at a time.

A session cookie names the user and their current `session_key`; a session is valid only
while that key is unchanged. Signing out, a new password, a new role and removing the user
all change (or delete) it, so every earlier cookie stops working, on every device; a name
removed and added again gets a fresh key, so an old cookie cannot come back to life.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import replace
from functools import wraps
from urllib.parse import urlsplit

from flask import (Blueprint, abort, current_app, flash, g, make_response, redirect, render_template,
                   request, url_for)
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from werkzeug.security import check_password_hash, generate_password_hash

from graph.model import ROLES, ModelError, User, now_iso
from web.state import get_store
from web.throttle import SignInThrottle

__all__ = ["ROLE_RANK", "WebUser", "init_auth", "require_role", "create_user", "set_password", "set_role",
           "end_sessions", "new_token", "list_tokens", "revoke_token", "hash_token", "ensure_demo_users",
           "authenticate", "bp", "PUBLIC_ENDPOINTS"]

ROLE_RANK = {role: rank for rank, role in enumerate(ROLES, start=1)}  # viewer 1, editor 2, admin 3
TOKEN_PREFIX = "pm_"
# The only endpoints that answer without a role.
PUBLIC_ENDPOINTS = frozenset({"auth.sign_in", "health", "static"})

bp = Blueprint("auth", __name__)


class WebUser(UserMixin):
    def __init__(self, user: User, via: str):
        self.record = user
        self.name = user.name
        self.role = user.role
        self.via = via  # "session" or "token"

    def get_id(self) -> str:
        # What the session cookie holds: the user and the session key it was issued under.
        return f"{self.name}:{self.record.session_key}"

    def can(self, role: str) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK[role]


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def init_auth(app) -> None:
    manager = LoginManager()
    manager.login_view = "auth.sign_in"
    manager.login_message = "Sign in to see that page."
    manager.login_message_category = "info"
    manager.session_protection = "basic"

    @manager.user_loader
    def load_from_session(session_id: str):
        name, _, key = (session_id or "").rpartition(":")
        if not name or not key:
            return None  # a cookie from before session keys, or a broken one
        user = get_store().get_user(name)
        if user is None or not user.session_key or not hmac.compare_digest(user.session_key, key):
            return None
        return WebUser(user, "session")

    @manager.request_loader
    def load_from_token(req):
        header = req.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        digest = hash_token(token.strip())
        user = get_store().user_by_token_hash(digest)
        if user is None or not any(hmac.compare_digest(d, digest) for _, d, _ in user.tokens):
            return None
        g.token_auth = True
        return WebUser(user, "token")

    manager.init_app(app)
    app.register_blueprint(bp)

    @app.before_request
    def require_sign_in():
        """Every page and API call needs a role, except sign-in, /health and static files."""
        if request.endpoint in PUBLIC_ENDPOINTS:
            return None
        if current_user.is_authenticated:
            return None
        if request.path.startswith("/api/"):
            abort(401, "Sign in, or send an API token as 'Authorization: Bearer <token>'.")
        return redirect(url_for("auth.sign_in", next=request.full_path.rstrip("?")))

    @app.context_processor
    def inject_user():
        return {"user": current_user, "can": lambda role: current_user.is_authenticated and current_user.can(role)}


def require_role(role: str):
    """View decorator: 403 unless the signed-in user's role is at least `role`."""
    if role not in ROLE_RANK:
        raise ValueError(f"unknown role {role!r}")

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                abort(401)
            if not current_user.can(role):
                abort(403, f"You need the {role} role to do that; you are signed in as a {current_user.role}.")
            return view(*args, **kwargs)
        wrapped.required_role = role
        return wrapped
    return decorator


# ---- user management: the CLI and the users pages call these ------------------------------

def generate_password() -> str:
    return secrets.token_urlsafe(12)


def new_session_key() -> str:
    return secrets.token_urlsafe(24)


def create_user(store, name: str, role: str, password: str | None = None) -> tuple[User, str]:
    """Add a user (or replace one of that name, keeping its tokens). Returns the user and the
    password, generated when none was given. Either way the user gets a new session key,
    so sessions from before (a replaced password or role, a removed namesake) end."""
    if role not in ROLE_RANK:
        raise ModelError("role", f"{role!r} is not one of {', '.join(ROLES)}")
    password = password or generate_password()
    if len(password) < 8:
        raise ModelError("password", "must be at least 8 characters")
    existing = store.get_user(name)
    user = User(name=name, role=role, password_hash=generate_password_hash(password),
                tokens=existing.tokens if existing else (),
                created_at=existing.created_at if existing else now_iso(), session_key=new_session_key())
    store.put_user(user)
    return user, password


def _existing(store, name: str) -> User:
    user = store.get_user(name)
    if user is None:
        raise LookupError(f"no user called {name!r}")
    return user


def set_password(store, name: str, password: str) -> User:
    """A new password; every session of the user ends."""
    return create_user(store, name, _existing(store, name).role, password)[0]


def set_role(store, name: str, role: str) -> User:
    """A new role; every session of the user ends (API tokens carry on, with the new role)."""
    _check_role(role)
    user = replace(_existing(store, name), role=role, session_key=new_session_key())
    store.put_user(user)
    return user


def end_sessions(store, name: str) -> User:
    """End every session of the user (signing out does this)."""
    user = replace(_existing(store, name), session_key=new_session_key())
    store.put_user(user)
    return user


def _check_role(role: str) -> None:
    if role not in ROLE_RANK:
        raise ModelError("role", f"{role!r} is not one of {', '.join(ROLES)}")


def _next_label(user: User) -> str:
    taken = {label for label, _, _ in user.tokens}
    if "default" not in taken:
        return "default"
    n = 2
    while f"token-{n}" in taken:
        n += 1
    return f"token-{n}"


def new_token(store, name: str, label: str | None = None) -> str:
    """Give a user another API token and return it (only its hash is kept). The user's other
    tokens keep working. `label` names it for listing and revoking; by default "default",
    then "token-2", "token-3", ..."""
    user = _existing(store, name)
    label = (label or "").strip() or _next_label(user)
    if user.token_labelled(label):
        raise ModelError("label", f"{name} already has a token labelled {label!r}: revoke it first or choose "
                                  f"another label")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    store.put_user(replace(user, tokens=user.tokens + ((label, hash_token(token), now_iso()),)))
    return token


def list_tokens(store, name: str) -> list[dict]:
    """A user's tokens: label and when each was made (never the token or its hash)."""
    return [{"label": label, "created_at": at} for label, _, at in _existing(store, name).tokens]


def revoke_token(store, name: str, label: str) -> None:
    user = _existing(store, name)
    if user.token_labelled(label) is None:
        labels = ", ".join(t[0] for t in user.tokens) or "none"
        raise LookupError(f"{name} has no token labelled {label!r} (their tokens: {labels})")
    store.put_user(replace(user, tokens=tuple(t for t in user.tokens if t[0] != label)))


def authenticate(store, name: str, password: str) -> User | None:
    user = store.get_user(name.strip()) if name.strip() else None
    if user is None or not user.password_hash:
        # Same work either way, so response time does not reveal which names exist.
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    return user if check_password_hash(user.password_hash, password or "") else None


_DUMMY_HASH = generate_password_hash("partnermap-no-such-user")

DEMO_USERS = (("demo", "editor"), ("admin", "admin"))


def ensure_demo_users(store) -> list[tuple[str, str, str | None]]:
    """Create the demo sign-ins that do not exist yet: "demo" (editor) and "admin" (admin),
    each with a generated password. Returns [(name, role, password)], password None for a
    sign-in that already existed: its password is never reset or shown again, so
    restarting the demo does not sign anyone out or put passwords in every log."""
    out = []
    for name, role in DEMO_USERS:
        if store.get_user(name) is not None:
            out.append((name, role, None))
            continue
        _, password = create_user(store, name, role)
        out.append((name, role, password))
    return out


# ---- pages ----------------------------------------------------------------------------------

def _safe_next(target: str | None) -> str:
    if not target:
        return url_for("ui.home")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("ui.home")
    return target


def _throttle() -> SignInThrottle:
    from pathlib import Path
    app = current_app
    return SignInThrottle(Path(app.instance_path) / "sign_in_failures.db",
                          per_user=int(app.config["SIGN_IN_MAX_FAILURES_PER_USER"]),
                          per_address=int(app.config["SIGN_IN_MAX_FAILURES_PER_ADDRESS"]),
                          window=float(app.config["SIGN_IN_WINDOW_SECONDS"]))


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    errors = {}
    name = ""
    if request.method == "POST":
        name = request.form.get("name", "").strip()
        password = request.form.get("password", "")
        if not name:
            errors["name"] = "Enter your user name"
        if not password:
            errors["password"] = "Enter your password"
        throttle = _throttle()
        address = request.remote_addr or ""
        wait = throttle.wait_seconds(name, address) if not errors else 0
        if wait:
            # Refused before the password is even checked, right or wrong.
            minutes = max(1, (wait + 59) // 60)
            errors["password"] = (f"Too many failed sign-ins for this user name or from this address. "
                                  f"Try again in {minutes} minute{'s' if minutes != 1 else ''}.")
            response = make_response(render_template("sign_in.html", errors=errors, name=name), 429)
            response.headers["Retry-After"] = str(wait)
            return response
        if not errors:
            user = authenticate(get_store(), name, password)
            if user is None:
                throttle.failed(name, address)
                errors["password"] = "The user name or password is not right"
            else:
                throttle.succeeded(name)
                if not user.session_key:  # a user from before session keys
                    user = end_sessions(get_store(), user.name)
                login_user(WebUser(user, "session"))
                flash(f"Signed in as {user.name} ({user.role}).", "success")
                return redirect(_safe_next(request.args.get("next")))
        status = 400 if errors else 200
        return render_template("sign_in.html", errors=errors, name=name), status
    if current_user.is_authenticated:
        return redirect(_safe_next(request.args.get("next")))
    return render_template("sign_in.html", errors=errors, name=name)


@bp.route("/sign-out", methods=["POST"])
def sign_out():
    if current_user.is_authenticated and current_user.via == "session":
        try:
            end_sessions(get_store(), current_user.name)
        except LookupError:
            pass  # removed meanwhile: nothing left to end
    logout_user()
    flash("You have signed out.", "success")
    return redirect(url_for("auth.sign_in"))


@bp.route("/users", methods=["GET", "POST"])
@require_role("admin")
def users():
    store = get_store()
    errors, form = {}, {}
    if request.method == "POST":
        form = {"name": request.form.get("name", "").strip(), "role": request.form.get("role", "viewer"),
                "password": request.form.get("password", "")}
        try:
            User(name=form["name"], role=form["role"])
            if store.get_user(form["name"]):
                raise ModelError("name", "a user of that name already exists")
            _, password = create_user(store, form["name"], form["role"], form["password"] or None)
        except ModelError as e:
            errors[e.field] = e.reason.capitalize()
        else:
            shown = "" if form["password"] else f" Their password is {password} — give it to them privately."
            flash(f"Added {form['name']} as {form['role']}.{shown}", "success")
            return redirect(url_for("auth.users"))
    return render_template("users.html", users=[user_dict(u) for u in store.list_users()], roles=ROLES,
                           errors=errors, form=form), (400 if errors else 200)


@bp.route("/users/<name>/delete", methods=["POST"])
@require_role("admin")
def delete_user(name):
    if name == current_user.name:
        abort(400, "You cannot remove your own account while signed in with it.")
    if not get_store().delete_user(name):
        abort(404, f"No user called {name}.")
    flash(f"Removed {name}.", "success")
    return redirect(url_for("auth.users"))


def user_dict(u: User) -> dict:
    return {"name": u.name, "role": u.role, "created_at": u.created_at, "has_token": bool(u.tokens),
            "tokens": [label for label, _, _ in u.tokens],
            "has_password": bool(u.password_hash)}


