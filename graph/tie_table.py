"""The snapshot's ties as columns: a read-only sequence of Tie records kept as numpy arrays.

At 370,000 organisations and 1.85 million ties, one Tie object per tie (its values, a float
for its strength, ...) was about half of a snapshot's memory, beside numpy arrays that
already held the same row numbers, kinds, strengths and amounts. Worse, in a web server the
snapshot is shared copy-on-write by forked workers, and every pass over those objects (a
place's funding, a place's sub-network) wrote each one's reference count: every worker
ended up with its own copy of the pages it walked. Here a tie is a row of arrays; the
string fields (form, dates, currency, source, ref) are codes into one table of the distinct
values. A Tie record is made when one is asked for, equal to the one that was stored.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from graph.model import TIE_KINDS, Tie

__all__ = ["TieTable"]

# The string fields, in the order of the columns of `codes`.
_STRINGS = ("form", "since", "until", "currency", "source", "ref")
_new = object.__new__
_set = object.__setattr__
_KIND_INDEX = {k: i for i, k in enumerate(TIE_KINDS)}


class TieTable(Sequence):
    """Ties over `orgs` (a tuple of Organisation): tie i joins orgs[src[i]] to orgs[dst[i]].

    Indexing with an int gives a Tie; with a slice, a boolean mask or an array of positions,
    a TieTable of those ties (in that order). Iterating makes the Tie records one at a time."""

    __slots__ = ("orgs", "src", "dst", "kind", "strength", "amount", "codes", "values")

    def __init__(self, orgs, src, dst, kind, strength, amount, codes, values):
        self.orgs = orgs
        self.src, self.dst, self.kind = src, dst, kind
        self.strength, self.amount = strength, amount
        self.codes, self.values = codes, values
        for arr in (src, dst, kind, strength, amount, codes):
            arr.flags.writeable = False

    @classmethod
    def from_ties(cls, ties, orgs, index: dict[str, int]) -> "TieTable":
        """The table of `ties` (Tie records, in the order given) over `orgs`, whose row
        numbers `index` gives."""
        n = len(ties)
        table: dict[str, int] = {}
        code = table.setdefault
        codes = np.empty((n, len(_STRINGS)), dtype=np.int32)
        for i, t in enumerate(ties):
            codes[i] = (code(t.form, len(table)), code(t.since, len(table)), code(t.until, len(table)),
                        code(t.currency, len(table)), code(t.source, len(table)), code(t.ref, len(table)))
        return cls(orgs,
                   np.fromiter((index[t.from_id] for t in ties), np.int64, n),
                   np.fromiter((index[t.to_id] for t in ties), np.int64, n),
                   np.fromiter((_KIND_INDEX[t.kind] for t in ties), np.int8, n),
                   np.fromiter((t.strength for t in ties), np.float64, n),
                   np.fromiter((np.nan if t.amount is None else t.amount for t in ties), np.float64, n),
                   codes, tuple(table))

    def __len__(self) -> int:
        return len(self.src)

    def tie(self, i: int) -> Tie:
        """Tie number `i`: a record equal to the one stored (built without checking again:
        every value came from a checked Tie)."""
        o, c, v = self.orgs, self.codes[i], self.values
        amount = float(self.amount[i])
        t = _new(Tie)
        for name, value in (("from_id", o[self.src[i]].id), ("to_id", o[self.dst[i]].id),
                            ("kind", TIE_KINDS[self.kind[i]]), ("form", v[c[0]]),
                            ("strength", float(self.strength[i])), ("since", v[c[1]]), ("until", v[c[2]]),
                            ("amount", None if amount != amount else amount), ("currency", v[c[3]]),
                            ("source", v[c[4]]), ("ref", v[c[5]])):
            _set(t, name, value)
        return t

    def __getitem__(self, key):
        if isinstance(key, (int, np.integer)):
            n = len(self)
            if not -n <= key < n:
                raise IndexError("tie index out of range")
            return self.tie(int(key) % n)
        return self.take(key)

    def take(self, which) -> "TieTable":
        """The ties at `which` (a slice, a boolean mask or positions), in that order."""
        if not isinstance(which, slice):
            which = np.asarray(which)
            if which.dtype != bool:
                which = which.astype(np.int64, copy=False)
        return TieTable(self.orgs, self.src[which], self.dst[which], self.kind[which], self.strength[which],
                        self.amount[which], self.codes[which], self.values)

    def __iter__(self):
        tie = self.tie
        for i in range(len(self)):
            yield tie(i)

    def __eq__(self, other) -> bool:
        if isinstance(other, (TieTable, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None

    def __repr__(self) -> str:
        return f"<TieTable: {len(self)} ties>"

    def column(self, name: str) -> np.ndarray:
        """A string field (form, since, until, currency, source, ref) of every tie, as an
        object array sharing one str per distinct value."""
        values = np.empty(len(self.values), dtype=object)
        values[:] = self.values
        return values[self.codes[:, _STRINGS.index(name)]] if len(self) else np.empty(0, dtype=object)
