"""The review queue's records: a pair of organisations that may be one, and what was decided.

Imports never merge two records on a likeness alone (a look-alike name, the same name with
no registered id in common, one shared id against two differing ids of the same scheme):
they flag the pair. A flag is stored as a ReviewItem, keyed by the unordered pair, so the
same pair flagged again by a re-import stays one item, and a decision (dismissed: two
organisations; merged: one) is never asked again.

A merge keeps, inside its item, everything undoing it needs (`merge`): the kept record as it
was before and just after, the folded record, its ties and introductions as they were.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from graph.model import Introduction, ModelError, Organisation, Tie, is_valid_org_id, now_iso

__all__ = ["REVIEW_STATUSES", "ReviewItem", "ReviewChange", "pair_key"]

# open: waiting for a person; dismissed: two different organisations; merged: one.
REVIEW_STATUSES = ("open", "dismissed", "merged")


def pair_key(a: str, b: str) -> str:
    """The pair's identity whichever way round it is named ('|' is never in an org id)."""
    return "|".join(sorted((a, b)))


@dataclass(frozen=True)
class ReviewItem:
    """Two organisations that may be one.

    `a` is the record that is kept if they are merged (the one stored first, or the one an
    editor chose to keep), `b` the one folded into it. `source` says which input row
    flagged the pair (file:row). `history` lists (action, at, by): flagged, merged,
    dismissed, undone.
    """
    a: str
    b: str
    reason: str = ""
    status: str = "open"
    a_name: str = ""
    b_name: str = ""
    source: str = ""
    flagged_at: str = ""
    decided_by: str = ""
    decided_at: str = ""
    merge: dict | None = None
    history: tuple[tuple[str, str, str], ...] = ()

    def __post_init__(self):
        for name in ("a", "b"):
            if not is_valid_org_id(getattr(self, name)):
                raise ModelError(name, f"{getattr(self, name)!r} is not a valid organisation id")
        if self.a == self.b:
            raise ModelError("b", "a review pairs two different organisations")
        if self.status not in REVIEW_STATUSES:
            raise ModelError("status", f"{self.status!r} is not one of {', '.join(REVIEW_STATUSES)}")
        if self.status == "merged" and not self.merge:
            raise ModelError("merge", "a merged pair keeps what undoing the merge needs")
        object.__setattr__(self, "history", tuple(tuple(h) for h in self.history))

    @property
    def key(self) -> str:
        return pair_key(self.a, self.b)

    def decided(self, status: str, by: str, action: str, *, a: str | None = None, b: str | None = None,
                merge: dict | None = None) -> "ReviewItem":
        at = now_iso()
        return replace(self, a=a or self.a, b=b or self.b, status=status, merge=merge, decided_by=by,
                       decided_at=at, history=self.history + ((action, at, by),))

    def to_dict(self) -> dict:
        """Everything about the item as plain JSON (what the stores keep)."""
        return {"a": self.a, "b": self.b, "reason": self.reason, "status": self.status, "a_name": self.a_name,
                "b_name": self.b_name, "source": self.source, "flagged_at": self.flagged_at,
                "decided_by": self.decided_by, "decided_at": self.decided_at, "merge": self.merge,
                "history": [list(h) for h in self.history]}

    @classmethod
    def from_dict(cls, d: dict) -> "ReviewItem":
        return cls(a=d["a"], b=d["b"], reason=d.get("reason") or "", status=d.get("status") or "open",
                   a_name=d.get("a_name") or "", b_name=d.get("b_name") or "", source=d.get("source") or "",
                   flagged_at=d.get("flagged_at") or "", decided_by=d.get("decided_by") or "",
                   decided_at=d.get("decided_at") or "", merge=d.get("merge") or None,
                   history=tuple(tuple(h) for h in d.get("history") or ()))


@dataclass
class ReviewChange:
    """The writes of one review decision, which `GraphStore.apply_review` makes in one
    transaction, in this order: ties removed, organisations deleted (with their links and
    remaining ties), organisations upserted whole, ties upserted, introductions rewritten
    (re-pointed), review items replaced. With `expect_version` set, nothing is written
    (StoreError) if the store's version has moved since the decision read it."""
    expect_version: int | None = None
    remove_ties: list[tuple[str, str, str, str]] = field(default_factory=list)
    delete_orgs: list[str] = field(default_factory=list)
    put_orgs: list[Organisation] = field(default_factory=list)
    put_ties: list[Tie] = field(default_factory=list)
    put_introductions: list[Introduction] = field(default_factory=list)
    put_items: list[ReviewItem] = field(default_factory=list)

    @property
    def touches_graph(self) -> bool:
        return bool(self.remove_ties or self.delete_orgs or self.put_orgs or self.put_ties
                    or self.put_introductions)
