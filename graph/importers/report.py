"""What an import did, row by row: the ImportReport every importer returns.

The same object feeds the CLI summary, the `--json` output, the error report file and
the web data page, so each of them shows exactly the same rows.
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from graph.importers import limits
from graph.importers.formulas import guard_cell
__all__ = ["RowIssue", "ImportReport", "KINDS", "group_issues", "strict_imports"]

# Set by run_import for the reports made while it runs, so every importer (and any new
# one) honours --strict without threading a flag through its helpers.
_STRICT: ContextVar[bool] = ContextVar("partnermap_strict_imports", default=False)


@contextmanager
def strict_imports(strict: bool = True):
    """Reports created inside this block treat a bad optional value as an error."""
    token = _STRICT.set(bool(strict))
    try:
        yield
    finally:
        _STRICT.reset(token)

# The record kinds an import can touch, in the order summaries list them.
KINDS = ("organisations", "ties", "places", "services", "communities", "needs", "boundaries")


@dataclass(frozen=True)
class RowIssue:
    """One problem (or one skipped row) tied to a place in an input file.

    `row` is the spreadsheet row: the header is row 1, the first record row 2. For JSON
    inputs it is the record's position (1-based) in its list, or the line of a syntax error.
    """
    file: str
    row: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}:{self.field}: {self.reason}"

    def to_dict(self) -> dict:
        return {"file": self.file, "row": self.row, "field": self.field, "reason": self.reason}


@dataclass
class ImportReport:
    """The outcome of one import.

    Attributes
    ----------
    created, updated, unchanged : Counter
        Records per kind (see KINDS). `unchanged` records were already stored exactly so.
    skipped : list[RowIssue]
        Rows deliberately not imported (grants to individuals, removed charities...), with why.
    errors : list[RowIssue]
        Bad rows, not imported. With `strict` (skip_bad=False), any error means nothing was written.
    warnings : list[RowIssue]
        Things worth a look that did not stop the row (unmapped terms, ignored columns...).
    review : list[dict]
        Name-only likenesses between organisations with no registered id in common. They are
        never merged; a person decides.
    merged : list[dict]
        Records merged into an existing organisation because their registered ids intersect.
    encodings : dict[str, str]
        The text encoding detected for each input file.
    omitted : Counter
        Errors, warnings and skipped rows past limits.MAX_REPORT_ISSUES (per list) that
        were counted but not kept, so a huge bad file cannot make a huge report.
    inferred : Counter
        Organisations given inferred services / communities from their own words, or a
        sector from evidence ("sector (funder)": a register says it makes grants).
    """
    format: str = ""
    source: str = ""
    dry_run: bool = False
    written: bool = False
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    skipped: list[RowIssue] = field(default_factory=list)
    errors: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    review: list[dict] = field(default_factory=list)
    merged: list[dict] = field(default_factory=list)
    encodings: dict[str, str] = field(default_factory=dict)
    rows_read: int = 0
    seconds: float = 0.0
    omitted: Counter = field(default_factory=Counter)
    _skip_reasons: Counter = field(default_factory=Counter, repr=False)
    inferred: Counter = field(default_factory=Counter)
    bulk: dict | None = None          # a bulk load's steps, seconds and rows/s (graph/stores/neo4j_bulk.py)
    # --strict: a bad value in an optional field is an error (nothing written), as before
    # warnings existed; by default the value is dropped, the row kept and a warning listed.
    strict: bool = field(default_factory=_STRICT.get)

    # Files read only in part (cut off, or reading stopped at a limit): their good rows are
    # a fragment of unknown extent, so nothing is written, whatever skip_bad says.
    incomplete: list[str] = field(default_factory=list)

    # ---- recording ------------------------------------------------------------------
    def error(self, file: str, row: int, field_name: str, reason: str) -> None:
        self._keep("errors", RowIssue(file, int(row), field_name, reason))

    def stop(self, file: str, row: int, field_name: str, reason: str) -> None:
        """An error after which the file was not read to its end (truncated, or over a
        limit): the import writes nothing, not a fragment of it."""
        self.error(file, row, field_name, reason)
        if file not in self.incomplete:
            self.incomplete.append(file)

    def warn(self, file: str, row: int, field_name: str, reason: str) -> None:
        self._keep("warnings", RowIssue(file, int(row), field_name, reason))

    def skip(self, file: str, row: int, reason: str, field_name: str = "") -> None:
        self._skip_reasons[reason] += 1
        self._keep("skipped", RowIssue(file, int(row), field_name, reason))

    def _keep(self, kind: str, issue: RowIssue) -> None:
        issues = getattr(self, kind)
        if len(issues) < limits.MAX_REPORT_ISSUES:
            issues.append(issue)
        else:
            self.omitted[kind] += 1

    def dropped(self, file: str, row: int, field_name: str, reason: str) -> bool:
        """A bad value in an optional field. By default: a warning ("value dropped") and
        True, so the caller keeps the row without the value. With `strict`: an error and
        False, so the caller drops the row."""
        if self.strict:
            self.error(file, row, field_name, reason)
            return False
        self.warn(file, row, field_name, f"{reason}; value dropped")
        return True

    # ---- reading --------------------------------------------------------------------
    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def error_count(self) -> int:
        """Every error, including those past the report limit."""
        return len(self.errors) + self.omitted["errors"]

    @property
    def warning_count(self) -> int:
        return len(self.warnings) + self.omitted["warnings"]

    @property
    def skipped_count(self) -> int:
        return len(self.skipped) + self.omitted["skipped"]

    def skipped_by_reason(self) -> dict[str, int]:
        reasons = self._skip_reasons or Counter(s.reason for s in self.skipped)
        return dict(reasons.most_common())

    def wrote_nothing_reasons(self) -> list[str]:
        """Why an import that was not a dry run stored nothing, one line per reason ([] when
        it stored something or everything was already stored). An import from which nothing
        could land already has an error per reason (graph.importers.explain_empty)."""
        held = sum(self.created.values()) + sum(self.updated.values()) + sum(self.unchanged.values())
        if self.dry_run or self.written or (held and not self.errors):
            return []
        if self.incomplete and held:
            return [f"{', '.join(self.incomplete)} could not be read to its end (see the errors), so none of the "
                    f"{held} good records read before that was written"]
        if self.errors and held:
            return [f"{len(self.errors)} error(s) in rows that cannot be imported, so none of the "
                    f"{held} good records was written (fix them, or import without --strict to write the good rows)"]
        return [f"{g['count']} × {g['field'] + ': ' if g['field'] else ''}{g['reason']}"
                for g in group_issues(self.errors)] or ["the input held no records"]

    def to_dict(self) -> dict:
        """The report as plain data. Each list holds at most limits.MAX_REPORT_ISSUES
        entries; `omitted` counts the rest, and `counts` has the full totals."""
        cap = limits.MAX_REPORT_ISSUES
        omitted = {k: n for k, n in self.omitted.items() if n}
        for kind in ("review", "merged"):
            if len(getattr(self, kind)) > cap:
                omitted[kind] = len(getattr(self, kind)) - cap
        return {
            "ok": self.ok,
            "format": self.format,
            "source": self.source,
            "dry_run": self.dry_run,
            "written": self.written,
            "rows_read": self.rows_read,
            "created": _counts(self.created),
            "updated": _counts(self.updated),
            "unchanged": _counts(self.unchanged),
            "skipped": {"count": self.skipped_count, "by_reason": self.skipped_by_reason(),
                        "rows": [s.to_dict() for s in self.skipped]},
            "errors": [e.to_dict() for e in self.errors],
            "warnings": [w.to_dict() for w in self.warnings],
            "error_groups": group_issues(self.errors),
            "warning_groups": group_issues(self.warnings),
            "review": list(self.review[:cap]),
            "merged": list(self.merged[:cap]),
            "counts": {"errors": self.error_count, "warnings": self.warning_count,
                       "skipped": self.skipped_count, "review": len(self.review), "merged": len(self.merged)},
            "omitted": omitted,
            "encodings": dict(self.encodings),
            "inferred": dict(self.inferred),
            "seconds": round(self.seconds, 3),
            **({"bulk": self.bulk} if self.bulk else {}),
        }

    def errors_csv(self) -> str:
        """Errors then warnings as CSV (severity,file,row,field,reason): the error report file."""
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["severity", "file", "row", "field", "reason"])
        for severity, issues in (("error", self.errors), ("warning", self.warnings),
                                 ("skipped", self.skipped)):
            for i in issues:
                # Values quoted from a hostile file must not run as formulas when opened.
                w.writerow([guard_cell(str(c)) for c in (severity, i.file, i.row, i.field, i.reason)])
        for kind, n in sorted(self.omitted.items()):
            if n:
                w.writerow(["note", "", "", "", f"{n:,} more {kind} not listed: over the limit of "
                                                f"{limits.MAX_REPORT_ISSUES:,} per report (MAX_REPORT_ISSUES)"])
        return out.getvalue()

    def summary_lines(self, limit: int = 20) -> list[str]:
        """A short human summary: counts first, then the first `limit` errors."""
        lines = []
        verb = "would write" if self.dry_run else ("wrote" if self.written else "wrote nothing")
        lines.append(f"{self.format} import of {self.source}: {verb}")
        for label, counter in (("created", self.created), ("updated", self.updated),
                               ("unchanged", self.unchanged)):
            parts = [f"{counter[k]:,} {singular(k) if counter[k] == 1 else k}" for k in KINDS if counter.get(k)]
            lines.append(f"  {label}: {', '.join(parts) if parts else 'none'}")
        if self.bulk:
            b = self.bulk
            lines.append(f"  bulk load (neo4j-admin database import): {b['rows']:,} rows in {b['admin_import_s']:.1f} s "
                         f"({b['rows_per_s']:,} rows/s); server stopped, loaded and started again in "
                         f"{b['stop_import_start_s']:.1f} s; constraints and indexes in {b['schema_s']:.1f} s")
        if self.skipped:
            by_reason = self.skipped_by_reason()
            if len(by_reason) <= _INLINE_REASONS:
                reasons = "; ".join(f"{n} {r}" for r, n in by_reason.items())
                lines.append(f"  skipped: {self.skipped_count} rows ({reasons})")
            else:
                # Reasons name the row's values (a service and the organisation it names), so a
                # directory with many dangling rows has as many reasons: listed like warnings,
                # one a line and at most `limit`, never all on one line.
                lines.append(f"  skipped: {self.skipped_count} rows ({len(by_reason)} distinct reasons)")
                lines.extend(f"    {n} {r}" for r, n in list(by_reason.items())[:limit])
                if len(by_reason) > limit:
                    lines.append(f"    ... and {len(by_reason) - limit} more reasons (see the report file)")
        if self.merged:
            lines.append(f"  merged by registered id: {len(self.merged)}")
        if self.inferred:
            # Said on the summary, so nobody takes an inferred sector or service for a stated one.
            parts = ", ".join(f"{n:,} {what}" for what, n in sorted(self.inferred.items()))
            lines.append(f"  inferred (marked as inferred, with the evidence): {parts}")
        if self.review:
            lines.append(f"  flagged for review (similar names, not merged): {len(self.review)}")
        if self.warnings:
            groups = group_issues(self.warnings)
            lines.append(f"  warnings: {self.warning_count} ({len(groups)} distinct)")
            lines.extend(f"    {_group_line(g)}" for g in groups[:limit])
            if len(groups) > limit:
                lines.append(f"    ... and {len(groups) - limit} more kinds (see the report file)")
        if self.errors:
            lines.append(f"  errors: {self.error_count}")
            lines.extend(f"    {e}" for e in self.errors[:limit])
            if self.error_count > limit:
                lines.append(f"    ... and {self.error_count - limit} more")
            groups = group_issues(self.errors)
            if len(groups) < len(self.errors):
                lines.append("  errors by reason:")
                lines.extend(f"    {_group_line(g)}" for g in groups[:limit])
        for reason in self.wrote_nothing_reasons():
            lines.append(f"  wrote nothing: {reason}")
        return lines


# Skip reasons short enough to list on the summary's 'skipped:' line itself.
_INLINE_REASONS = 3


def group_issues(issues, first: int = 5) -> list[dict]:
    """Issues grouped per distinct (field, reason), most frequent first, each with its
    count and the first rows where it happened, so 6,000 rows with one odd value read as
    one line. The reason carries the value, so distinct values stay distinct."""
    groups: dict[tuple[str, str], dict] = {}
    for i in issues:
        g = groups.get((i.field, i.reason))
        if g is None:
            g = groups[(i.field, i.reason)] = {"field": i.field, "reason": i.reason, "count": 0, "first": []}
        g["count"] += 1
        if len(g["first"]) < first:
            g["first"].append({"file": i.file, "row": i.row})
    return sorted(groups.values(), key=lambda g: -g["count"])


def _group_line(g: dict) -> str:
    where = g["first"][0]
    head = f"{where['file']}:{where['row']}:{g['field']}: {g['reason']}"
    if g["count"] == 1:
        return head
    rows = ", ".join(str(w["row"]) for w in g["first"][1:])
    return f"{head} (and {g['count'] - 1} more rows{': ' + rows if rows else ''}{', ...' if g['count'] > len(g['first']) else ''})"


_ONE = {"organisations": "organisation", "ties": "tie", "places": "place", "services": "service",
        "communities": "community", "needs": "need", "boundaries": "boundary"}


def singular(kind: str) -> str:
    """A kind's name for one record ("1 place", not "1 places")."""
    return _ONE.get(kind, kind)


def _counts(counter: Counter) -> dict:
    return {k: int(counter.get(k, 0)) for k in KINDS}
