"""The review queue: pairs of organisations that may be one, flagged by imports and decided
by editors. `graph.review.items` holds the records (the stores use them);
`graph.review.decisions` the actions (merge, dismiss, undo), which the CLI
(`graph.review.cli`), the editors' page and the API call."""
from graph.review.items import REVIEW_STATUSES, ReviewChange, ReviewItem, pair_key

__all__ = ["REVIEW_STATUSES", "ReviewChange", "ReviewItem", "pair_key"]
