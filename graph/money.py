"""Money as people read it: in the currency the data states.

Grant files from elsewhere state dollars or euros (the donations file's `amount_usd`, a
360Giving file's Currency column); printing every amount with a pound sign misstated them.
`data_currency` says which currency a snapshot's stated amounts are in, `money_text` writes
an amount in it. Amounts in several currencies cannot be added honestly; where a snapshot
mixes them, totals are written without a symbol and pages say the currencies are mixed.
"""
from __future__ import annotations

import math
from collections import Counter

import numpy as np

__all__ = ["SYMBOLS", "data_currency", "money_text"]

SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}
DEFAULT = "GBP"     # a tie that states an amount and no currency: our own CSV format's pounds


def data_currency(snapshot) -> tuple[str, tuple[str, ...]]:
    """(the currency most stated amounts of the snapshot's ties are in, every currency
    stated, most used first). A snapshot with no stated amount is in DEFAULT."""
    stated = ~np.isnan(snapshot.tie_amount)
    # The tie table's column, not a Tie record made per tie (graph.tie_table).
    counts = Counter((c or DEFAULT).upper() for c in snapshot.ties.column("currency")[stated].tolist())
    if not counts:
        return DEFAULT, (DEFAULT,)
    ordered = tuple(c for c, _ in counts.most_common())
    return ordered[0], ordered


def money_text(value, currency: str = DEFAULT, *, short: bool = False, mixed: bool = False) -> str:
    """£1,234 / $1.2m (short) / "1,234 CAD"; with `mixed`, no symbol (amounts in several
    currencies added as stated have none)."""
    if value is None or not math.isfinite(float(value)):
        return ""
    value = float(value)
    text = f"{value / 1_000_000:,.1f}m" if short and value >= 1_000_000 else f"{value:,.0f}"
    if mixed:
        return text
    symbol = SYMBOLS.get((currency or DEFAULT).upper())
    return f"{symbol}{text}" if symbol else f"{text} {currency.upper()}"
