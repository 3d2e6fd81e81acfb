"""Sign-in, roles and API tokens.

Roles rise viewer < editor < admin: a viewer reads, an editor also edits, imports and
records introductions, an admin also manages users. People sign in with a password
(hashed with werkzeug.security) and get a session; programs send
`Authorization: Bearer <token>`, where only the token's SHA-256 is stored
(`store.put_user`, looked up by `store.user_by_token_hash`).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from functools import wraps
from urllib.parse import urlsplit

from flask import (Blueprint, abort, flash, g, redirect, render_template, request,
                   url_for)
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from werkzeug.security import check_password_hash, generate_password_hash

from graph.model import ROLES, ModelError, User, now_iso
from web.state import get_store

__all__ = ["ROLE_RANK", "WebUser", "init_auth", "require_role", "create_user", "set_password",
           "new_token", "hash_token", "ensure_demo_users", "authenticate", "bp", "PUBLIC_ENDPOINTS"]

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
        return self.name

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
    def load_from_session(name: str):
        user = get_store().get_user(name)
        return WebUser(user, "session") if user else None

    @manager.request_loader
    def load_from_token(req):
        header = req.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        user = get_store().user_by_token_hash(hash_token(token.strip()))
        if user is None or not user.token_hash or not hmac.compare_digest(user.token_hash, hash_token(token.strip())):
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


def create_user(store, name: str, role: str, password: str | None = None) -> tuple[User, str]:
    """Add a user (or replace one of that name, keeping its token). Returns the user and the
    password, generated when none was given."""
    if role not in ROLE_RANK:
        raise ModelError("role", f"{role!r} is not one of {', '.join(ROLES)}")
    password = password or generate_password()
    if len(password) < 8:
        raise ModelError("password", "must be at least 8 characters")
    existing = store.get_user(name)
    user = User(name=name, role=role, password_hash=generate_password_hash(password),
                token_hash=existing.token_hash if existing else "",
                created_at=existing.created_at if existing else now_iso())
    store.put_user(user)
    return user, password


def set_password(store, name: str, password: str) -> User:
    user = store.get_user(name)
    if user is None:
        raise LookupError(f"no user called {name!r}")
    return create_user(store, name, user.role, password)[0]


def new_token(store, name: str) -> str:
    """Give a user a new API token (replacing any old one) and return it; only its hash is kept."""
    user = store.get_user(name)
    if user is None:
        raise LookupError(f"no user called {name!r}")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    store.put_user(User(name=user.name, role=user.role, password_hash=user.password_hash,
                        token_hash=hash_token(token), created_at=user.created_at))
    return token


def authenticate(store, name: str, password: str) -> User | None:
    user = store.get_user(name.strip()) if name.strip() else None
    if user is None or not user.password_hash:
        # Same work either way, so response time does not reveal which names exist.
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    return user if check_password_hash(user.password_hash, password or "") else None


_DUMMY_HASH = generate_password_hash("partnermap-no-such-user")

DEMO_USERS = (("demo", "editor"), ("admin", "admin"))


def ensure_demo_users(store) -> list[tuple[str, str, str]]:
    """Create (or reset) the demo sign-ins: "demo" (editor) and "admin" (admin), each with
    a fresh generated password. Returns [(name, role, password)] for the caller to print."""
    out = []
    for name, role in DEMO_USERS:
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
        if not errors:
            user = authenticate(get_store(), name, password)
            if user is None:
                errors["password"] = "The user name or password is not right"
            else:
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
    return {"name": u.name, "role": u.role, "created_at": u.created_at, "has_token": bool(u.token_hash),
            "has_password": bool(u.password_hash)}


