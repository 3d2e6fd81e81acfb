"""HTML pages. Each renders the same data its /api/ twin returns (web.views)."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from markupsafe import Markup, escape
from flask_login import current_user

from graph.model import INTRO_STATUSES, ModelError
from graph.stores import NotFound, StoreError
from web import services, views
from web.auth import require_role
from web.state import get_snapshot, get_store
from web.templating import when

bp = Blueprint("ui", __name__)


def _snap():
    return get_snapshot()


@bp.get("/")
def home():
    store = get_store()
    return render_template("home.html", **views.home_data(store, get_snapshot()))


@bp.get("/help")
def help():
    return render_template("help.html", **views.help_data())


@bp.get("/search")
def search():
    return render_template("search.html", **views.search_data(_snap(), request.args, get_store))


@bp.get("/organisations/<org_id>")
def organisation(org_id):
    store = get_store()
    data = views.profile_data(store, get_snapshot(), org_id, request.args)
    return render_template("organisation.html", **data, facets=views.facets(get_snapshot()),
                           fairness_settings=services.fairness_options(),
                           default_fairness=services.DEFAULT_FAIRNESS)


@bp.get("/organisations/<org_id>/funders")
def funders_like(org_id):
    return render_template("funders_like.html", **views.funders_like_data(get_snapshot(), org_id, request.args))


@bp.get("/organisations/<org_id>/recipients")
def recipients_like(org_id):
    return render_template("recipients_like.html", **views.recipients_like_data(get_snapshot(), org_id, request.args),
                           fairness_settings=services.fairness_options())


@bp.get("/introductions")
def introductions():
    store = get_store()
    return render_template("introductions.html", **views.introductions_data(store, get_snapshot(), request.args))


def _safe_next(target: str | None, fallback: str) -> str:
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return fallback


@bp.post("/introductions")
@require_role("editor")
def create_introduction():
    store = get_store()
    org_a, org_b = request.form.get("org_a", "").strip(), request.form.get("org_b", "").strip()
    if not org_a or not org_b:
        abort(400, "Choose the two organisations to introduce.")
    snap = get_snapshot()
    names = escape(views.org_ref(snap, org_a)["name"]), escape(views.org_ref(snap, org_b)["name"])
    existing = views.existing_introduction(store, org_a, org_b)
    if existing is not None:
        # Asking twice would leave two records of one introduction: point at the first.
        link = url_for("ui.introduction", intro_id=existing.id)
        flash(Markup(f"An introduction between {names[0]} and {names[1]} was already requested "
                     f"(by {escape(existing.broker or 'someone')}, {when(existing.created_at)}); no new one was added. "
                     f'<a class="govuk-notification-banner__link" href="{escape(link)}">See that introduction</a>.'),
              "info")
        return redirect(_safe_next(request.form.get("next"), link))
    intro = store.create_introduction(org_a, org_b, broker=current_user.name,
                                      note=request.form.get("note", "").strip())
    link = url_for("ui.introduction", intro_id=intro.id)
    flash(Markup(f"Introduction requested between {names[0]} and {names[1]}. "
                 f'<a class="govuk-notification-banner__link" href="{escape(link)}">View the introduction</a> '
                 f"to record when it is made and what came of it."), "success")
    return redirect(_safe_next(request.form.get("next"), link))


@bp.route("/introductions/<intro_id>", methods=["GET", "POST"])
def introduction(intro_id):
    store = get_store()
    errors, form = {}, {}
    if request.method == "POST":
        if not current_user.can("editor"):
            abort(403, f"You need the editor role to do that; you are signed in as a {current_user.role}.")
        form = {"status": request.form.get("status", "").strip(), "outcome": request.form.get("outcome")}
        if form["status"] not in INTRO_STATUSES:
            errors["status"] = "Choose a status"
        else:
            try:
                store.update_introduction(intro_id, form["status"], by=current_user.name, outcome=form["outcome"])
            except ModelError as e:
                errors["status"] = str(e)
            except NotFound:
                raise
            except StoreError as e:
                errors["status"] = str(e)
            else:
                flash("Introduction updated.", "success")
                return redirect(url_for("ui.introduction", intro_id=intro_id))
    data = views.introduction_data(store, get_snapshot(), intro_id)
    return render_template("introduction.html", **data, errors=errors, form=form), (400 if errors else 200)


@bp.get("/places")
def places():
    return render_template("places.html", **views.places_data(_snap()))


@bp.get("/partners")
def partners():
    snap = _snap()
    return render_template("partners.html", **views.partners_data(snap, request.args, get_store()),
                           facets=views.facets(snap),
                           fairness_settings=services.fairness_options(),
                           default_fairness=services.DEFAULT_FAIRNESS)


@bp.get("/partners/describe")
def partners_describe():
    snap = _snap()
    data = views.described_data(snap, request.args)
    return render_template("partners_describe.html", **data, facets=views.facets(snap),
                           fairness_settings=services.fairness_options(),
                           default_fairness=services.DEFAULT_FAIRNESS), (400 if data["errors"] else 200)


def _fragment(snap, name: str, template: str, data: dict, *key) -> Markup:
    """A large part of a page that is the same for every visitor, rendered once per snapshot."""
    return services.cached(snap, "html:" + name, lambda: Markup(render_template(template, **data)), *key)


@bp.get("/places/<code>")
def place(code):
    snap = _snap()
    data = views.ecosystem_data(snap, code, request.args)
    tables = _fragment(snap, "ecosystem_tables", "_ecosystem_tables.html", data, code, data["page"],
                       current_app.config["PAGE_SIZE"])
    from web.labels import LED_BY_LABELS
    return render_template("place.html", **data, tables_html=tables, led_by_options=list(LED_BY_LABELS.items()))


@bp.get("/places/<code>/geography")
def geography(code):
    return render_template("geography.html", **views.geography_data(get_store(), _snap(), code))


@bp.get("/places/<code>/funding")
def funding(code):
    return render_template("funding.html", **views.funding_data(_snap(), code))


@bp.get("/places/<code>/gaps")
def gaps(code):
    snap = _snap()
    data = views.gaps_data(snap, code)
    return render_template("gaps.html", **data, heatmap_html=_fragment(snap, "heatmap", "_heatmap.html", data, code))


@bp.get("/places/<code>/about")
def about_place(code):
    return render_template("about_place.html", **views.about_place_data(_snap(), code))


@bp.get("/places/<code>/champions")
def champions(code):
    return render_template("champions.html", **views.champions_data(_snap(), code))


@bp.get("/places/<code>/isolated")
def isolated(code):
    return render_template("isolated.html", **views.isolated_page(_snap(), code, request.args, get_store))


@bp.get("/data")
def data():
    return render_template("data.html", **views.data_page(_snap()), report=None, form={})


def _imported_message(report: dict) -> str:
    """The banner over a written import: 'nothing was wrong' only when nothing is listed below."""
    counts = report["counts"]
    listed = [f"{n} {what}{'' if n == 1 else 's'}" for n, what in ((counts["errors"], "refused row"),
                                                                   (counts["warnings"], "warning"),
                                                                   (counts["skipped"], "skipped row")) if n]
    if not listed:
        return f"Imported {report['source']}: nothing was wrong with any row."
    return f"Imported {report['source']}: " + ", ".join(listed) + " listed below."


@bp.post("/data/import")
@require_role("editor")
def data_import():
    store = get_store()
    form = {"kind": request.form.get("kind", ""), "contains": request.form.get("contains", ""),
            "dry_run": bool(request.form.get("dry_run"))}
    report = views.run_import(store, request.files.getlist("file"), form)
    if report["written"]:
        flash(_imported_message(report), "success")
    status = 200 if report["ok"] or report["written"] else 400
    return render_template("data.html", **views.data_page(get_snapshot()), report=report, form=form), status


@bp.get("/data/export")
def data_export():
    return views.export_response(_snap(), request.args)


def _organisation_form(posted) -> dict:
    """The organisation fields a form posted: lists (led-by checkboxes, the pickers' multiple
    selects, or a comma-separated text) as lists."""
    form = {name: posted.get(name, "") for name in views.EDITABLE if name in posted and name not in views.LIST_FIELDS}
    for name in views.LIST_FIELDS:
        values = posted.getlist(name)
        if name in posted or name == "led_by":
            form[name] = [c.strip() for v in values for c in v.replace(";", ",").split(",") if c.strip()]
    return form


@bp.route("/organisations/new", methods=["GET", "POST"])
@require_role("editor")
def new_organisation():
    store = get_store()
    snap = get_snapshot()
    errors, form = {}, {}
    if request.method == "POST":
        form = _organisation_form(request.form)
        org, errors = views.create_organisation(store, snap, form, current_user.name)
        if not errors:
            flash(f"Added {org.name}.", "success")
            return redirect(url_for("ui.organisation", org_id=org.id))
    blank = {"name": "", "description": "", "sector": "vcse", "income": None, "led_by": [], "services": [],
             "communities": [], "places": [], "postcode": "", "website": "", "legal_form": ""}
    return render_template("new_organisation.html", org=blank, form=form, errors=errors,
                           facets=views.facets(snap)), (400 if errors else 200)


@bp.route("/organisations/<org_id>/ties/new", methods=["GET", "POST"])
@require_role("editor")
def add_tie(org_id):
    store = get_store()
    snap = get_snapshot()
    org = views.stored_org_or_404(store, org_id)
    errors, form = {}, {}
    if request.method == "POST":
        form = {name: request.form.get(name, "").strip() for name in views.TIE_FIELDS}
        tie, errors = views.add_tie(store, snap, org_id, form, current_user.name)
        if not errors:
            flash(f"Added the tie to {org.name}.", "success")
            return redirect(url_for("ui.organisation", org_id=org_id))
    return render_template("add_tie.html", org=org.to_dict(), form=form, errors=errors,
                           tie_kinds=views.tie_kind_options(), forms=views.form_options()), (400 if errors else 200)


@bp.route("/organisations/<org_id>/edit", methods=["GET", "POST"])
@require_role("editor")
def edit_organisation(org_id):
    store = get_store()
    snap = get_snapshot()
    org = views.stored_org_or_404(store, org_id)
    version = views.org_version(org)
    errors, form = {}, {}
    if request.method == "POST":
        # Only fields the form carries are changed; its hidden version makes an edit of a
        # page opened before someone else saved theirs a 409, not a silent overwrite.
        form = _organisation_form(request.form)
        posted_version = request.form.get("version", "").strip()
        org, errors = views.edit_organisation(store, snap, org_id, form, current_user.name,
                                              posted_version or None)
        if not errors:
            flash(f"Saved the changes to {org.name}.", "success")
            return redirect(url_for("ui.organisation", org_id=org_id))
        version = posted_version or version
    return render_template("edit_organisation.html", org=org.to_dict(), form=form, errors=errors, version=version,
                           facets=views.facets(snap)), (400 if errors else 200)


@bp.get("/review")
@require_role("editor")
def review():
    from web.review import queue_data
    return render_template("review.html", **queue_data(get_store(), request.args))


@bp.post("/review/<action>")
@require_role("editor")
def review_decision(action):
    from web.review import decide, outcome_message
    status = request.form.get("status", "open")
    try:
        item = decide(get_store(), action, request.form.get("a", ""), request.form.get("b", ""), current_user.name)
    except (NotFound, StoreError) as e:
        flash(str(e), "error")
    else:
        flash(outcome_message(action, item), "success")
    return redirect(url_for("ui.review", status=status if status in ("open", "dismissed", "merged", "all") else None))
