"""Large synthetic graphs for benchmarks: `build_synthetic(n_orgs, avg_degree, seed)`.

Shaped like the demo (profiles, sizes, led-by, places nested region > local authority >
ward, ties mostly local and more likely between complementary profiles) but generated
with numpy so 370,000 organisations take seconds, not hours.
"""
from __future__ import annotations

import numpy as np

from graph.model import TIE_KINDS, Organisation, Place, Tie
from graph.stores.base import GraphData
from seed import load_communities, load_services
from seed.profiles import PROFILES, complementary

__all__ = ["build_synthetic"]

_SIZES = np.array(["micro", "small", "medium", "large", "major"])
_SIZE_P = np.array([0.34, 0.30, 0.21, 0.12, 0.03])
_INCOME_LO = np.array([800, 10_000, 100_000, 1_000_000, 10_000_000], dtype=float)
_INCOME_HI = np.array([9_999, 99_999, 999_999, 9_999_999, 60_000_000], dtype=float)
_SECTORS = np.array(["vcse", "faith", "statutory", "private", "academic", "funder"])
_SECTOR_P = np.array([0.86, 0.06, 0.03, 0.02, 0.01, 0.02])
_KIND_P = {"partnership": 0.36, "referral": 0.30, "network": 0.15, "co_location": 0.07, "funding": 0.06,
           "contract": 0.04, "shared_trustee": 0.019, "merger": 0.001}
_LED = np.array(["user_led", "black_minoritised_led", "lgbt_led", "disabled_led", "women_led", "youth_led",
                 "refugee_led", "older_people_led"])


def _places(n_orgs: int) -> tuple[list[Place], np.ndarray]:
    """Regions > local authorities (~2,000 organisations each) > 12 wards each."""
    n_la = max(1, n_orgs // 2000)
    n_regions = max(1, min(9, n_la // 4 or 1))
    places = [Place("SYN", "Synthetic country", "country")]
    places += [Place(f"SYN-R{r:02d}", f"Region {r}", "region", "SYN") for r in range(n_regions)]
    wards = []
    for la in range(n_la):
        la_code = f"SYN-LA{la:04d}"
        places.append(Place(la_code, f"Local authority {la}", "local_authority", f"SYN-R{la % n_regions:02d}"))
        for w in range(12):
            code = f"{la_code}-W{w:02d}"
            places.append(Place(code, f"Ward {w} of LA {la}", "ward", la_code))
            wards.append(code)
    return places, np.array(wards)


def build_synthetic(n_orgs: int, avg_degree: float = 10.0, seed: int = 0) -> GraphData:
    """A synthetic ecosystem of `n_orgs` organisations with about `avg_degree` ties each.

    Parameters
    ----------
    n_orgs : int
        Number of organisations (370,000 is the largest we test).
    avg_degree : float
        Mean number of ties per organisation; ties = n_orgs * avg_degree / 2.
    seed : int
        Seed for numpy's generator: the same arguments give the same graph.
    """
    if n_orgs < 2:
        raise ValueError("n_orgs must be at least 2")
    rng = np.random.default_rng(seed)
    services, communities = load_services(), load_communities()
    places, wards = _places(n_orgs)
    n_wards = len(wards)

    profile_p = np.array([p.weight for p in PROFILES])
    profile_p /= profile_p.sum()
    prof = rng.choice(len(PROFILES), size=n_orgs, p=profile_p)
    size = rng.choice(len(_SIZES), size=n_orgs, p=_SIZE_P)
    sector = rng.choice(len(_SECTORS), size=n_orgs, p=_SECTOR_P)
    ward = rng.integers(0, n_wards, size=n_orgs)
    income = np.round(np.exp(rng.uniform(np.log(_INCOME_LO[size]), np.log(_INCOME_HI[size]))), -2)
    registered = ~((size <= 1) & (rng.random(n_orgs) < 0.4))
    led_pick = np.where(rng.random(n_orgs) < 0.25, rng.integers(0, len(_LED), n_orgs), -1)
    n_svc = rng.integers(1, 4, size=n_orgs)
    n_com = rng.integers(1, 3, size=n_orgs)

    orgs = []
    width = len(str(n_orgs))
    for i in range(n_orgs):
        p = PROFILES[prof[i]]
        svc = p.services[: n_svc[i]]
        com = p.communities[: n_com[i]]
        s = _SECTORS[sector[i]]
        orgs.append(Organisation(
            id=(f"GB-CHC-{3_000_000 + i}" if registered[i] else f"PM-SYN{i:0{width}d}"),
            name=f"{p.nouns[i % len(p.nouns)]} {i:0{width}d}",
            description=f"{p.nouns[0]} offering {', '.join(svc)} for {', '.join(com)}.",
            sector=str(s), size_band=str(_SIZES[size[i]]), income=float(income[i]),
            led_by=(str(_LED[led_pick[i]]),) if led_pick[i] >= 0 else (),
            registered_ids=(f"GB-CHC-{3_000_000 + i}",) if registered[i] else (),
            source="synthetic", services=svc, communities=com, places=(str(wards[ward[i]]),)))

    # Ties: 80% inside the same local authority, the rest anywhere. Within a local
    # authority, a candidate is kept with higher odds when the profiles complement.
    n_ties = int(n_orgs * avg_degree / 2)
    la_of_ward = np.arange(n_wards) // 12
    org_la = la_of_ward[ward]
    order = np.argsort(org_la, kind="stable")
    la_start = np.searchsorted(org_la[order], np.arange(la_of_ward.max() + 2))
    comp = np.array([[complementary(a.key, b.key) for b in PROFILES] for a in PROFILES])
    pair_keys = np.zeros(0, dtype=np.int64)
    need = n_ties
    while need > 0:
        m = int(need * 1.6) + 16
        src = rng.integers(0, n_orgs, size=m)
        la = org_la[src]
        lo, hi = la_start[la], la_start[la + 1]
        local = order[lo + (rng.random(m) * (hi - lo)).astype(np.int64)]
        anywhere = rng.integers(0, n_orgs, size=m)
        dst = np.where(rng.random(m) < 0.8, local, anywhere)
        keep_p = np.where(comp[prof[src], prof[dst]], 0.9, 0.35)
        keep = (src != dst) & (rng.random(m) < keep_p)
        a, b = np.minimum(src[keep], dst[keep]), np.maximum(src[keep], dst[keep])
        pair_keys = np.unique(np.concatenate([pair_keys, a.astype(np.int64) * n_orgs + b]))
        need = n_ties - len(pair_keys)
    pair_keys = pair_keys[rng.permutation(len(pair_keys))[:n_ties]]
    pairs = np.stack([pair_keys // n_orgs, pair_keys % n_orgs], axis=1)
    kinds = list(_KIND_P)
    kind = rng.choice(len(kinds), size=len(pairs), p=np.array(list(_KIND_P.values())))
    year = rng.integers(2008, 2026, size=len(pairs))
    ids = [o.id for o in orgs]
    ties = []
    for (a, b), k, y in zip(pairs.tolist(), kind.tolist(), year.tolist()):
        kname = kinds[k]
        ties.append(Tie(from_id=ids[a], to_id=ids[b], kind=kname, since=f"{y}-01-01",
                        amount=float(1000 * (1 + (a + b) % 200)) if kname == "funding" else None,
                        currency="GBP" if kname == "funding" else "", source="synthetic"))
    assert set(kinds) <= set(TIE_KINDS)
    return GraphData(organisations=orgs, ties=ties, services=services, communities=communities, places=places)
