"""The editors' review queue on the web: the page (/review) and its JSON twin (/api/review)
share these functions, which call graph.review.decisions as the CLI does."""
from __future__ import annotations

from flask import abort, url_for

from graph.review.decisions import dismiss, merge, review_queue, undo
from graph.review.items import REVIEW_STATUSES

__all__ = ["ACTIONS", "queue_data", "decide", "outcome_message"]

ACTIONS = {"merge": merge, "dismiss": dismiss, "undo": undo}
_STATUS_LABELS = {"open": "To review", "dismissed": "Dismissed", "merged": "Merged", "all": "All"}


def queue_data(store, args) -> dict:
    status = (args.get("status") or "open").strip()
    if status not in (*REVIEW_STATUSES, "all"):
        abort(400, f"status must be one of {', '.join((*REVIEW_STATUSES, 'all'))}.")
    items = review_queue(store, status)
    everything = items if status == "all" else review_queue(store, "all")
    counts = [{"status": s, "label": _STATUS_LABELS[s],
               "count": sum(1 for i in everything if i["status"] == s) if s != "all" else len(everything)}
              for s in (*REVIEW_STATUSES, "all")]
    stored = {i for item in items for i in (item["a"], item["b"])
              if store.get_organisation(i) is not None}
    for item in items:
        for side in ("a", "b"):
            item[f"{side}_url"] = url_for("ui.organisation", org_id=item[side]) if item[side] in stored else None
    return {"status": status, "status_label": _STATUS_LABELS[status], "items": items, "counts": counts}


def decide(store, action: str, a: str, b: str, by: str):
    """Merge (b into a), dismiss or undo; the decided item, as plain data."""
    if action not in ACTIONS:
        abort(404, f"There is no review action {action!r}: use merge, dismiss or undo.")
    a, b = (a or "").strip(), (b or "").strip()
    if not a or not b:
        abort(400, "Give both organisations: a (kept if merged) and b.")
    item = ACTIONS[action](store, a, b, by=by)
    out = item.to_dict()
    out.pop("merge")
    return out


def outcome_message(action: str, item: dict) -> str:
    a, b = f"{item['a_name'] or item['a']} ({item['a']})", f"{item['b_name'] or item['b']} ({item['b']})"
    if action == "merge":
        return f"Merged {b} into {a}. Its ties and introductions now belong to {item['a']}; you can undo this."
    if action == "dismiss":
        return f"Dismissed: {a} and {b} are different organisations and will not be flagged again."
    return f"Undone: {a} and {b} are back in the queue to review."
