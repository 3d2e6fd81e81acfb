"""Filters on suggestions: place (with everything inside it), service (with its sub-services),
community, sector, size band and led-by. Values within one filter are alternatives (OR);
different filters must all hold (AND)."""
from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from graph.model import LED_BY, SECTORS, SIZE_BANDS

__all__ = ["Filters", "FilterError"]

# led-by values beyond graph.model.LED_BY: "any" = any marginalised-led group,
# "unregistered" = below-the-radar (no registration number).
LED_BY_EXTRA = ("any", "unregistered")


_ARRAYS: dict = {}   # id(snapshot) -> (snapshot, arrays); the snapshot is held so ids stay unique


def _org_arrays(snapshot) -> dict:
    """Per-organisation sector, size band and led-by as arrays, built once per snapshot
    (a Python pass over 370,000 organisations costs ~0.1 s: not per query)."""
    hit = _ARRAYS.get(id(snapshot))
    if hit is not None and hit[0] is snapshot:
        return hit[1]
    orgs = snapshot.orgs
    led_codes = {c: j for j, c in enumerate(LED_BY)}
    led = np.zeros((len(orgs), len(LED_BY)), bool)
    for i, o in enumerate(orgs):
        for c in o.led_by:
            led[i, led_codes[c]] = True
    arrays = {"sector": np.array([o.sector for o in orgs]),
              "size_band": np.array([o.size_band or "" for o in orgs]),
              "led": led,
              "unregistered": np.fromiter((o.is_below_radar for o in orgs), bool,
                                          len(orgs))}
    if len(_ARRAYS) > 2:
        _ARRAYS.clear()
    _ARRAYS[id(snapshot)] = (snapshot, arrays)
    return arrays


class FilterError(ValueError):
    """A filter names a value that does not exist; the message says which."""


def _as_tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    return tuple(v.strip() for v in value if v and v.strip())


@dataclass(frozen=True)
class Filters:
    place: tuple[str, ...] = ()
    service: tuple[str, ...] = ()
    community: tuple[str, ...] = ()
    sector: tuple[str, ...] = ()
    size_band: tuple[str, ...] = ()
    led_by: tuple[str, ...] = ()

    def __post_init__(self):
        for f in fields(self):
            object.__setattr__(self, f.name, _as_tuple(getattr(self, f.name)))

    @classmethod
    def from_dict(cls, d: dict | None) -> "Filters":
        d = dict(d or {})
        unknown = set(d) - {f.name for f in fields(cls)}
        if unknown:
            raise FilterError(f"unknown filter {sorted(unknown)[0]!r}: use {', '.join(f.name for f in fields(cls))}")
        return cls(**d)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def to_dict(self) -> dict:
        # Not dataclasses.asdict: its deep copy cost more than the rest of a suggestion's
        # bookkeeping, and every suggestion result carries its filters.
        return {f.name: list(getattr(self, f.name)) for f in fields(self) if getattr(self, f.name)}

    def mask(self, snapshot) -> np.ndarray | None:
        """Boolean mask over snapshot rows, or None when no filter is set.

        Raises
        ------
        FilterError
            For a code the snapshot does not know, naming the filter and the value.
        """
        if not self:
            return None
        n = len(snapshot.orgs)
        keep = np.ones(n, bool)
        if self.place:
            keep &= self._columns(snapshot.org_places_closed, snapshot.place_index, self.place, "place")
        if self.service:
            codes = [s.code for s in snapshot.services]
            wanted = []
            for c in self.service:
                if c not in snapshot.service_index:
                    raise FilterError(f"service: unknown code {c!r}")
                wanted += [x for x in codes if x == c or x.startswith(c + ".")]
            keep &= self._columns(snapshot.org_services, snapshot.service_index, wanted, "service")
        if self.community:
            keep &= self._columns(snapshot.org_communities, snapshot.community_index, self.community, "community")
        arrays = _org_arrays(snapshot) if (self.sector or self.size_band or self.led_by) else {}
        if self.sector:
            self._check(self.sector, SECTORS, "sector")
            keep &= np.isin(arrays["sector"], self.sector)
        if self.size_band:
            self._check(self.size_band, SIZE_BANDS, "size_band")
            keep &= np.isin(arrays["size_band"], self.size_band)
        if self.led_by:
            self._check(self.led_by, LED_BY + LED_BY_EXTRA, "led_by")
            led = arrays["led"]
            cols = [LED_BY.index(c) for c in self.led_by if c in LED_BY]
            hit = led[:, cols].any(axis=1)
            if "any" in self.led_by:
                hit |= led.any(axis=1)
            if "unregistered" in self.led_by:
                hit |= arrays["unregistered"]
            keep &= hit
        return keep

    @staticmethod
    def _check(values, allowed, name):
        for v in values:
            if v not in allowed:
                raise FilterError(f"{name}: {v!r} is not one of {', '.join(allowed)}")

    @staticmethod
    def _columns(matrix, index, codes, name) -> np.ndarray:
        cols = []
        for c in codes:
            if c not in index:
                raise FilterError(f"{name}: unknown code {c!r}")
            cols.append(index[c])
        hit = np.asarray(matrix[:, cols].sum(axis=1)).ravel()
        return hit > 0
