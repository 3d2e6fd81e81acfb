"""Building model records from one input row: warnings for bad optional values, errors
only for rows that cannot be a record at all.

Every importer builds its organisations and ties through `build_org` and `build_tie`.
A bad value in an optional field (a negative income, latitude 100, an unreadable date, a
website that is not http(s), an unknown service code...) is dropped with a warning
`file:row:field: value: reason; value dropped` and the row is kept: one odd value must
not cost a group its place in the graph. A row with no usable name or id, or a tie whose
ends are not organisations, is an error. With `--strict` (ImportReport.strict) every
dropped value is an error too, and any error means nothing is written, as before.
"""
from __future__ import annotations

from dataclasses import MISSING, fields

from graph.importers.report import ImportReport
from graph.model import ModelError, Organisation, Tie

__all__ = ["build_org", "build_tie", "OPTIONAL_ORG_FIELDS", "OPTIONAL_TIE_FIELDS"]

# Fields a record is whole without. `sector` is not here: its default (vcse) would assert
# something the source did not say. Ids, names, kinds and refs are what a record *is*.
OPTIONAL_ORG_FIELDS = frozenset({"description", "legal_form", "size_band", "income", "led_by", "postcode", "lat",
                                 "lon", "website", "updated_at", "services", "communities", "places"})
OPTIONAL_TIE_FIELDS = frozenset({"form", "strength", "since", "until", "amount", "currency"})
# Values that go together: a latitude without its longitude places nothing.
_TOGETHER = {"lat": ("lat", "lon"), "lon": ("lat", "lon"), "income": ("income", "size_band")}


def _defaults(cls) -> dict:
    return {f.name: f.default for f in fields(cls) if f.default is not MISSING}


_ORG_DEFAULTS = _defaults(Organisation)
_TIE_DEFAULTS = _defaults(Tie)


def _show(value) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text


def _build(cls, optional, defaults, report: ImportReport, file: str, row: int, values: dict,
           labels: dict | None):
    labels = labels or {}
    values = dict(values)
    for _ in range(len(optional) + 1):
        try:
            return cls(**values)
        except ModelError as e:
            label = labels.get(e.field, e.field)
            value = values.get(e.field)
            if e.field not in optional or value in (None, "", ()):
                report.error(file, row, label, e.reason)
                return None
            # The value goes into the reason (warnings group per distinct value) unless it is long text.
            shown = _show(value)
            reason = e.reason if shown in e.reason or len(shown) > 42 else f"{shown}: {e.reason}"
            if not report.dropped(file, row, label, reason):
                return None
            for name in _TOGETHER.get(e.field, (e.field,)):
                values[name] = defaults.get(name)
    return None


def build_org(report: ImportReport, file: str, row: int, labels: dict | None = None, **values) -> Organisation | None:
    """An Organisation from `values`, or None (with an error reported) when it cannot be one.

    `labels` maps model field names to the column or path the user knows ('income' ->
    'latest_income'), so messages name the input's own field.
    """
    return _build(Organisation, OPTIONAL_ORG_FIELDS, _ORG_DEFAULTS, report, file, row, values, labels)


def build_tie(report: ImportReport, file: str, row: int, labels: dict | None = None, **values) -> Tie | None:
    """A Tie from `values`, or None (with an error reported) when it cannot be one."""
    return _build(Tie, OPTIONAL_TIE_FIELDS, _TIE_DEFAULTS, report, file, row, values, labels)
