"""What an import did, row by row: the ImportReport every importer returns.

The same object feeds the CLI summary, the `--json` output, the error report file and
the web data page, so each of them shows exactly the same rows.
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

__all__ = ["RowIssue", "ImportReport", "KINDS"]

# The record kinds an import can touch, in the order summaries list them.
KINDS = ("organisations", "ties", "places", "services", "communities", "needs")


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
        Bad rows. Unless `skip_bad` was asked for, any error means nothing was written.
    warnings : list[RowIssue]
        Things worth a look that did not stop the row (unmapped terms, ignored columns...).
    review : list[dict]
        Name-only likenesses between organisations with no registered id in common. They are
        never merged; a person decides.
    merged : list[dict]
        Records merged into an existing organisation because their registered ids intersect.
    encodings : dict[str, str]
        The text encoding detected for each input file.
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

    # ---- recording ------------------------------------------------------------------
    def error(self, file: str, row: int, field_name: str, reason: str) -> None:
        self.errors.append(RowIssue(file, int(row), field_name, reason))

    def warn(self, file: str, row: int, field_name: str, reason: str) -> None:
        self.warnings.append(RowIssue(file, int(row), field_name, reason))

    def skip(self, file: str, row: int, reason: str, field_name: str = "") -> None:
        self.skipped.append(RowIssue(file, int(row), field_name, reason))

    # ---- reading --------------------------------------------------------------------
    @property
    def ok(self) -> bool:
        return not self.errors

    def skipped_by_reason(self) -> dict[str, int]:
        return dict(Counter(s.reason for s in self.skipped).most_common())

    def to_dict(self) -> dict:
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
            "skipped": {"count": len(self.skipped), "by_reason": self.skipped_by_reason(),
                        "rows": [s.to_dict() for s in self.skipped]},
            "errors": [e.to_dict() for e in self.errors],
            "warnings": [w.to_dict() for w in self.warnings],
            "review": list(self.review),
            "merged": list(self.merged),
            "encodings": dict(self.encodings),
            "seconds": round(self.seconds, 3),
        }

    def errors_csv(self) -> str:
        """Errors then warnings as CSV (severity,file,row,field,reason): the error report file."""
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["severity", "file", "row", "field", "reason"])
        for severity, issues in (("error", self.errors), ("warning", self.warnings),
                                 ("skipped", self.skipped)):
            for i in issues:
                w.writerow([severity, i.file, i.row, i.field, i.reason])
        return out.getvalue()

    def summary_lines(self, limit: int = 20) -> list[str]:
        """A short human summary: counts first, then the first `limit` errors."""
        lines = []
        verb = "would write" if self.dry_run else ("wrote" if self.written else "wrote nothing")
        lines.append(f"{self.format} import of {self.source}: {verb}")
        for label, counter in (("created", self.created), ("updated", self.updated),
                               ("unchanged", self.unchanged)):
            parts = [f"{counter[k]} {k}" for k in KINDS if counter.get(k)]
            lines.append(f"  {label}: {', '.join(parts) if parts else 'none'}")
        if self.skipped:
            reasons = "; ".join(f"{n} {r}" for r, n in self.skipped_by_reason().items())
            lines.append(f"  skipped: {len(self.skipped)} rows ({reasons})")
        if self.merged:
            lines.append(f"  merged by registered id: {len(self.merged)}")
        if self.review:
            lines.append(f"  flagged for review (similar names, not merged): {len(self.review)}")
        if self.warnings:
            lines.append(f"  warnings: {len(self.warnings)}")
        if self.errors:
            lines.append(f"  errors: {len(self.errors)}")
            lines.extend(f"    {e}" for e in self.errors[:limit])
            if len(self.errors) > limit:
                lines.append(f"    ... and {len(self.errors) - limit} more")
        return lines


def _counts(counter: Counter) -> dict:
    return {k: int(counter.get(k, 0)) for k in KINDS}
