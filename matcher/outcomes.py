"""What brokered introductions teach the partner model.

An introduction that ended *partnered* is evidence that the pair fits; one that ended
*declined* is evidence that it does not, and a stronger one than a random untied pair
(someone thought the two might fit, and they did not). Both are added to the model's
training pairs with weight `outcome_weight` (PartnerModel), dated by when the outcome
was recorded (the history entry that reached that status), so a time split uses only
outcomes known before its cut-off.

Introductions still open (suggested, made, met) teach nothing yet.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

__all__ = ["Outcomes", "outcomes_from", "LABELS"]

LABELS = {"partnered": 1, "declined": 0}


@dataclass(frozen=True)
class Outcomes:
    """Recorded outcomes as parallel arrays over snapshot rows."""
    us: np.ndarray
    vs: np.ndarray
    y: np.ndarray            # 1 partnered, 0 declined
    dates: np.ndarray        # ISO date of the outcome ("" if unknown), object array

    def __len__(self) -> int:
        return len(self.y)

    @property
    def positives(self) -> int:
        return int(self.y.sum())

    @property
    def negatives(self) -> int:
        return int(len(self.y) - self.y.sum())

    def select(self, keep) -> "Outcomes":
        keep = np.asarray(keep, bool)
        return Outcomes(self.us[keep], self.vs[keep], self.y[keep], self.dates[keep])

    def before(self, as_of: str) -> "Outcomes":
        """Only outcomes recorded before `as_of` (undated ones cannot be placed: left out)."""
        return self.select(np.array([bool(d) and d < as_of for d in self.dates], bool))

    def excluding_pairs(self, pairs: np.ndarray) -> "Outcomes":
        """Without outcomes on these (unordered) pairs: a held-out pair must not be taught."""
        if not len(self) or not len(pairs):
            return self
        n = int(max(self.us.max(), self.vs.max(), pairs.max())) + 1
        held = set((np.minimum(pairs[:, 0], pairs[:, 1]) * n + np.maximum(pairs[:, 0], pairs[:, 1])).tolist())
        mine = np.minimum(self.us, self.vs) * n + np.maximum(self.us, self.vs)
        return self.select(~np.isin(mine, list(held)))

    def fingerprint(self) -> str:
        h = hashlib.sha256()
        for arr in (self.us, self.vs, self.y):
            h.update(np.ascontiguousarray(arr, dtype=np.int64).tobytes())
        h.update("|".join(self.dates.tolist()).encode())
        return h.hexdigest()[:16]

    def summary(self) -> dict:
        return {"partnered": self.positives, "declined": self.negatives}


def _outcome_date(intro) -> str:
    for status, at, _ in reversed(intro.history):
        if status == intro.status and at:
            return at[:10]
    return (intro.updated_at or "")[:10]


def outcomes_from(introductions, snapshot) -> Outcomes:
    """The partnered and declined introductions between organisations in `snapshot`.

    One outcome per pair: the most recently recorded one wins (a pair introduced twice
    that declined then partnered taught "partnered" in the end).
    """
    latest: dict[tuple[int, int], tuple[str, int]] = {}
    for intro in introductions or ():
        label = LABELS.get(intro.status)
        a, b = snapshot.index.get(intro.org_a), snapshot.index.get(intro.org_b)
        if label is None or a is None or b is None or a == b:
            continue
        key = (min(a, b), max(a, b))
        date = _outcome_date(intro)
        if key not in latest or date >= latest[key][0]:
            latest[key] = (date, label)
    keys = sorted(latest)
    return Outcomes(us=np.array([k[0] for k in keys], np.int64), vs=np.array([k[1] for k in keys], np.int64),
                    y=np.array([latest[k][1] for k in keys], np.int64),
                    dates=np.array([latest[k][0] for k in keys], dtype=object))
