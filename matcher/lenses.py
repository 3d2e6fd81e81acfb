"""Tie lenses inside the matcher: which ties count as collaboration, which as funding.

`graph.model.TIE_LENSES` names the tie kinds each lens reads. Partner suggestions use
the collaboration lens only (being funded by the same funder is not a collaboration);
the funding lens is a bipartite graph of funders and the organisations they fund.
"""
from __future__ import annotations

import numpy as np

from graph.model import TIE_KINDS, TIE_LENSES

__all__ = ["LENSES", "lens_mask", "check_lens"]

LENSES = tuple(TIE_LENSES)


def check_lens(lens: str) -> str:
    if lens not in TIE_LENSES:
        raise ValueError(f"unknown lens {lens!r}: use one of {', '.join(TIE_LENSES)}")
    return lens


def lens_mask(snapshot, lens: str) -> np.ndarray:
    """Bool per snapshot tie: its kind belongs to `lens`."""
    kinds = np.array([k in TIE_LENSES[check_lens(lens)] for k in TIE_KINDS])
    return kinds[snapshot.tie_kind.astype(np.int64)] if len(snapshot.tie_kind) else np.zeros(0, bool)
