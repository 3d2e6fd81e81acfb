"""Jinja helpers shared by every template."""
from __future__ import annotations

from flask import request, url_for
from markupsafe import Markup, escape

from graph.importers.report import singular
from graph.model import identifier_for_org_id
from graph.money import money_text
from web.labels import STATUS_TAG_COLOURS, label

__all__ = ["init_templating"]


def data_currencies() -> tuple[str, ...]:
    """The currencies the served data's stated amounts are in, most used first (GBP when
    none is stated, or outside a request)."""
    try:
        from web.services import money_currencies
        from web.state import get_snapshot
        return money_currencies(get_snapshot())
    except RuntimeError:          # no app context (a template rendered on its own)
        return ("GBP",)


def money(value, currency: str | None = None) -> str:
    """An amount in the data's currency (`currency` to say one: income is in pounds); with
    amounts in several currencies, totals carry no sign and the funding page says so."""
    if value is None:
        return "Not known"
    if currency is not None:
        return money_text(value, currency, short=True)
    currencies = data_currencies()
    return money_text(value, currencies[0], short=True, mixed=len(currencies) > 1)


def url_with(**changes) -> str:
    """The current page's URL with some query arguments changed (None removes one)."""
    args = request.args.to_dict(flat=True)
    for k, v in changes.items():
        if v in (None, ""):
            args.pop(k, None)
        else:
            args[k] = v
    return url_for(request.endpoint, **(request.view_args or {}), **args)


def pagination(page: int, pages: int) -> dict | None:
    """Parameters for govukPagination, or None when everything fits on one page."""
    if pages <= 1:
        return None
    shown = sorted({1, pages, page - 1, page, page + 1} & set(range(1, pages + 1)))
    items, last = [], 0
    for n in shown:
        if n - last > 1:
            items.append({"ellipsis": True})
        items.append({"number": n, "href": url_with(page=n), "current": n == page})
        last = n
    out = {"items": items}
    if page > 1:
        out["previous"] = {"href": url_with(page=page - 1)}
    if page < pages:
        out["next"] = {"href": url_with(page=page + 1)}
    return out


def status_tag(status: str) -> Markup:
    colour = STATUS_TAG_COLOURS.get(status, "grey")
    return Markup(f'<strong class="govuk-tag govuk-tag--{colour}">{escape(label("status", status))}</strong>')


def option_tags(options, value) -> Markup:
    """<option> elements for a select (in Python: a Jinja loop over hundreds of options
    costs more than the rest of a page)."""
    value = "" if value is None else str(value)
    out = []
    for o in options:
        v = str(o["value"])
        sel = " selected" if v == value else ""
        out.append(f'<option value="{escape(v)}"{sel}>{escape(o["text"])}</option>')
    return Markup("".join(out))


def is_web_url(value) -> bool:
    """True only for an http(s) address: a link is drawn only for those (the model already
    refuses other schemes; this keeps a stray one from ever becoming a clickable link)."""
    return isinstance(value, str) and value[:8].lower().startswith(("http://", "https://"))


def when(value) -> Markup:
    """An ISO time as people read it: "1 December 2026 at 5:16am" (UTC), inside a <time>
    element that keeps the exact value for programs. Dates alone: "1 December 2026"."""
    from datetime import datetime
    if not value:
        return Markup("")
    text = str(value)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return Markup(escape(text))
    day = f"{moment.day} {moment:%B %Y}"
    if len(text) <= 10:
        shown = day
    else:
        hour = moment.hour % 12 or 12
        suffix = "am" if moment.hour < 12 else "pm"
        shown = f"{day} at {hour}:{moment.minute:02d}{suffix}"
    return Markup(f'<time datetime="{escape(text)}">{escape(shown)}</time>')


def first_upper(value) -> str:
    """The text with its first letter in capitals and the rest as written. Jinja's own
    `capitalize` lowers the rest, so a reason naming an organisation ("it reaches the network
    only through ACF-2") came out as "...through acf-2"."""
    text = "" if value is None else str(value)
    return text[:1].upper() + text[1:]


def init_templating(app) -> None:
    app.jinja_env.filters["capitalize"] = first_upper
    app.jinja_env.tests["web_url"] = is_web_url
    app.jinja_env.tests["markup"] = lambda v: hasattr(v, "__html__")
    app.jinja_env.filters["when"] = when
    app.jinja_env.filters["money"] = money
    app.jinja_env.filters["one"] = singular
    app.jinja_env.filters["status_tag"] = status_tag
    # The identifier as its publisher wrote it (an internal id escapes odd characters as ~HH).
    app.jinja_env.filters["publisher_id"] = identifier_for_org_id
    app.jinja_env.globals.update(url_with=url_with, pagination=pagination, label=label, option_tags=option_tags,
                                 data_currencies=data_currencies)
    from web.glossary import term as glossary_term
    app.jinja_env.globals.update(glossary_term=glossary_term)
