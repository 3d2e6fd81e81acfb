"""The demo ecosystem: about 600 organisations in Bristol, Luton and Suffolk.

Deterministic (a fixed seed), so tests can rely on what is planted, and realistic enough
that every feature has something to find:

- every sector and size band; unregistered below-the-radar groups; marginalised-led groups;
- ties of every kind, more likely between organisations that share communities and
  places and offer complementary services (seed.profiles.COMPLEMENTARY);
- in each area a core group of four organisations tied to each other and to many others;
- three champions that bridge sectors and areas, with small groups that reach the rest
  only through them;
- isolated small groups, and a small component cut off from the rest;
- two clusters in Bristol that serve refugees but never talk (a structural hole);
- communities with recorded need but no or one provider in a place.

What was planted is in DEMO_TRUTH, which tests use to check the analysis finds it.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from graph.model import Need, Organisation, Tie
from graph.stores.base import GraphData
from seed import load_communities, load_services
from seed.places import AREAS, BRISTOL, DEMO_PLACES, LUTON, SUFFOLK, demo_coordinates
from seed.profiles import PROFILES, Profile, complementary

__all__ = ["build_demo", "demo_truth", "DEMO_TRUTH", "DEMO_SEED"]

DEMO_SEED = 2026
_AREA_SIZES = {BRISTOL.code: 250, LUTON.code: 170, SUFFOLK.code: 180}

# (place, community) pairs planted with need and no or one provider.
_UNCOVERED = {
    (LUTON.code, "lgbt"): 0,             # no LGBT+ provision in Luton at all
    ("E07000244", "rural_isolated"): 1,  # one tiny group for rural isolation in East Suffolk
    (BRISTOL.code, "veterans"): 1,       # one provider for veterans in the whole city
}
_HOLE_COMMUNITY = "refugees_asylum"

_SIZE_WEIGHTS = {"vcse": (("micro", 34), ("small", 30), ("medium", 21), ("large", 12), ("major", 3)),
                 "faith": (("micro", 40), ("small", 45), ("medium", 15))}
_INCOME_RANGE = {"micro": (800, 9_999), "small": (10_000, 99_999), "medium": (100_000, 999_999),
                 "large": (1_000_000, 9_999_999), "major": (10_000_000, 60_000_000)}
_DEGREE = {"micro": (0, 2), "small": (1, 4), "medium": (2, 6), "large": (4, 10), "major": (6, 12), None: (1, 3)}
_ADJECTIVES = ("Brightside", "Open Door", "Common Thread", "New Roots", "Harbour", "Northstar", "Lantern",
               "Kindred", "Oak Tree", "Riverside", "Hope", "Compass", "Together", "Unity", "Milestone")


@dataclass
class _Draft:
    """An organisation being built, with what the generator needs to know about it."""
    org: Organisation
    area: str
    profile: str
    planted: str = ""
    ties: int = 0


@dataclass
class _Builder:
    rng: random.Random
    drafts: list[_Draft] = field(default_factory=list)
    ties: dict = field(default_factory=dict)
    names: set = field(default_factory=set)
    next_number: int = 1000000

    # ---- organisations ---------------------------------------------------------------
    def registered_id(self, kind: str) -> str:
        self.next_number += self.rng.randint(7, 3000)
        if kind == "COH":
            return f"GB-COH-{self.next_number:08d}"
        return f"GB-CHC-{self.next_number}"

    def unique_name(self, name: str) -> str:
        base, n = name, 2
        while name.lower() in self.names:
            name = f"{base} ({n})"
            n += 1
        self.names.add(name.lower())
        return name

    def add(self, *, area, profile, name, sector="vcse", size=None, services, communities, places,
            led_by=(), registered=True, description="", planted="", legal_form=None) -> _Draft:
        rng = self.rng
        income = None
        if size is not None:
            lo, hi = _INCOME_RANGE[size]
            income = float(round(math.exp(rng.uniform(math.log(lo), math.log(hi))), -2))
        if sector in ("statutory", "academic"):
            registered = False  # public bodies have no charity or company number
        if registered:
            kind = "COH" if sector == "private" or legal_form == "CIC" else "CHC"
            ids = (self.registered_id(kind),)
        else:
            ids = ()
        legal_form = legal_form or {"vcse": "CIO" if registered else "unincorporated association",
                                    "faith": "CIO" if registered else "unincorporated association",
                                    "statutory": "public body", "private": "company limited by shares",
                                    "academic": "university", "funder": "charitable trust"}[sector]
        org_id = ids[0] if ids else None
        name = self.unique_name(name)
        if org_id is None:
            from graph.model import generated_org_id
            org_id = generated_org_id(name)
        year = rng.randint(2015, 2025)
        org = Organisation(
            id=org_id, name=name, description=description, sector=sector, legal_form=legal_form,
            size_band=size, income=income, led_by=tuple(led_by), registered_ids=ids,
            postcode="", website="" if not registered else f"https://{_slug(name)}.example.org",
            source="demo", updated_at=f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            services=tuple(services), communities=tuple(communities), places=tuple(places))
        draft = _Draft(org, area, profile, planted)
        self.drafts.append(draft)
        return draft

    # ---- ties ---------------------------------------------------------------------
    def tie(self, a: _Draft, b: _Draft, kind: str, form: str = "", amount=None, since=None) -> bool:
        if a.org.id == b.org.id:
            return False
        key = (a.org.id, b.org.id, kind) if kind in ("funding", "contract", "referral") else \
            (*sorted((a.org.id, b.org.id)), kind)
        if key in self.ties:
            return False
        since = since or f"{self.rng.randint(2010, 2025)}-{self.rng.randint(1, 12):02d}-01"
        strength = {"partnership": 2.0, "merger": 3.0, "contract": 2.0, "funding": 1.5}.get(kind, 1.0)
        self.ties[key] = Tie(from_id=key[0], to_id=key[1], kind=kind, form=form, strength=strength,
                             since=since, amount=amount, currency="GBP" if amount else "", source="demo")
        a.ties += 1
        b.ties += 1
        return True


def _slug(name: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-").replace("--", "-")


def _describe(profile: Profile, services, communities, place_names, labels) -> str:
    svc = ", ".join(labels[s].lower() for s in services)
    who = " and ".join(labels[c].lower() for c in communities)
    where = " and ".join(place_names)
    return (f"We offer {svc} for {who} in {where}. "
            f"{profile.nouns[0]} work rooted in the community, run with the people we serve.")


def build_demo() -> GraphData:
    """Build the demo ecosystem. Same output every call."""
    rng = random.Random(DEMO_SEED)
    b = _Builder(rng)
    services, communities = load_services(), load_communities()
    labels = {s.code: s.label for s in services} | {c.code: c.label for c in communities}
    profiles = {p.key: p for p in PROFILES}

    def generic_vcse(area: str, ward, profile: Profile, *, size=None, registered=None, led=None,
                     planted="", communities_override=None, name=None):
        size = size or _pick(rng, _SIZE_WEIGHTS["faith" if profile.key == "faith" else "vcse"])
        if registered is None:
            registered = not (size in ("micro", "small") and rng.random() < 0.45)
        svc = rng.sample(profile.services, rng.randint(1, len(profile.services)))
        com = communities_override or rng.sample(profile.communities, rng.randint(1, len(profile.communities)))
        if not planted:  # keep the planted gaps and the structural hole as planted
            com = [c for c in com if (area, c) not in _UNCOVERED and (ward.code, c) not in _UNCOVERED
                   and not (c == _HOLE_COMMUNITY and area == BRISTOL.code)] or ["general_public"]
        if led is None:
            led = [profile.led_by[0]] if profile.led_by and rng.random() < 0.5 else []
            if not led and rng.random() < 0.12:
                led = [rng.choice(("black_minoritised_led", "user_led", "disabled_led", "women_led"))]
        sector = "faith" if profile.key == "faith" else "vcse"
        legal = "CIC" if registered and rng.random() < 0.1 else None
        if name is None:
            noun = rng.choice(profile.nouns)
            prefix = rng.choice((ward.name, AREAS[area][0], rng.choice(_ADJECTIVES)))
            name = f"{prefix} {noun}"
            # A taken name gets another real-sounding prefix rather than a "(2)" suffix;
            # chosen without the generator, so the rest of the demo stays as it was.
            for alt in (*_ADJECTIVES, *(w.name for w in AREAS[area][1])):
                if name.lower() not in b.names:
                    break
                name = f"{alt} {noun}"
        return b.add(area=area, profile=profile.key, name=name, sector=sector, size=size,
                     services=svc, communities=com, places=[ward.code], led_by=led, registered=registered,
                     description=_describe(profile, svc, com, [ward.name], labels), planted=planted,
                     legal_form=legal)

    # Profiles a place must not draw at random: Bristol's refugee organisations are the two
    # planted clusters; the planted gaps have no (or one planted) provider.
    excluded = {BRISTOL.code: {"refugee", "veterans"}, LUTON.code: {"lgbt"}, SUFFOLK.code: set()}
    truth: dict = {"core_groups": {}, "champions": [], "isolated": [], "small_component": [],
                   "pendants": [], "uncovered": sorted(_UNCOVERED), "structural_hole": {}}

    # ---- statutory, private, academic and funders in each area --------------------------
    others: dict[str, dict[str, list[_Draft]]] = {}
    for area, (short, wards) in AREAS.items():
        area_place = [area]
        o = others.setdefault(area, {"statutory": [], "private": [], "academic": [], "funder": []})
        council = {"Bristol": "Bristol City Council", "Luton": "Luton Borough Council",
                   "Suffolk": "Suffolk County Council"}[short]
        for name, svc, com in ((council, ["housing", "family", "community"], ["general_public"]),
                               (f"NHS {short} Integrated Care Board", ["health", "health.mental_health"],
                                ["general_public"]),
                               (f"{short} Jobcentre Plus", ["employment.employment_support"], ["low_income"]),
                               (f"{short} Police Community Safety Team", ["safety.victim_support"], ["general_public"])):
            o["statutory"].append(b.add(area=area, profile="statutory", name=name, sector="statutory",
                                        size="major", services=svc, communities=com, places=area_place,
                                        description=f"Public body serving {short}."))
        for name in (f"{short} Builders Ltd", f"{short} Print Co-operative Ltd", f"{short} Energy Ltd"):
            o["private"].append(b.add(area=area, profile="private", name=name, sector="private",
                                      size=rng.choice(("medium", "large")), services=["employment.employment_support"],
                                      communities=["general_public"], places=area_place,
                                      description=f"Local business with a community programme in {short}."))
        o["academic"].append(b.add(area=area, profile="academic", name=f"{short} Civic University Research Centre",
                                   sector="academic", size="large", services=["education.adult_learning"],
                                   communities=["general_public"], places=area_place,
                                   description="University research centre working with local communities."))
        for name, size in ((f"{short} Community Foundation", "large"), (f"{short} Charitable Trust", "medium")):
            o["funder"].append(b.add(area=area, profile="funder", name=name, sector="funder", size=size,
                                     services=["infrastructure.funding"], communities=["vcse_orgs"],
                                     places=area_place, description=f"Grant maker for communities in {short}."))
    national_funder = b.add(area=BRISTOL.code, profile="funder", name="Community Lottery Fund England", sector="funder",
                            size="major", services=["infrastructure.funding"], communities=["vcse_orgs"],
                            places=["E92000001"], description="National grant maker for community groups.")

    # ---- core groups: four organisations that hold each area's network together -------
    core_specs = {
        BRISTOL.code: [("Voluntary Action Bristol", "community_centre"), ("Bristol Advice Partnership", "debt"),
                       ("Bristol Mind", "mental_health"), ("Bristol Food Network", "food")],
        LUTON.code: [("Luton CVS", "community_centre"), ("Luton Advice Centre", "debt"),
                     ("Luton Youth Partnership", "youth"), ("Luton Food Alliance", "food")],
        SUFFOLK.code: [("Suffolk Voluntary Action", "community_centre"), ("Suffolk Advice Network", "debt"),
                       ("Suffolk Wellbeing", "mental_health"), ("Suffolk Good Neighbours", "older")],
    }
    area_drafts: dict[str, list[_Draft]] = {a: [] for a in AREAS}
    for area, specs in core_specs.items():
        wards = AREAS[area][1]
        core = []
        for name, key in specs:
            p = profiles[key]
            d = generic_vcse(area, wards[0], p, size="large", registered=True, led=[], planted="core",
                             name=name, communities_override=list(p.communities))
            # a core organisation works across the whole area, not in one ward
            svc = tuple(sorted(set(d.org.services) | {"infrastructure.networks"}))
            d.org = d.org.with_changes(places=(area,), services=svc,
                                       description=_describe(p, svc, d.org.communities, [AREAS[area][0]], labels))
            core.append(d)
        for i, a in enumerate(core):
            for c in core[i + 1:]:
                b.tie(a, c, "partnership", form="contract_alliance")
        truth["core_groups"][area] = sorted(d.org.id for d in core)
        area_drafts[area].extend(core)

    # ---- the generic population --------------------------------------------------------
    for area, (short, wards) in AREAS.items():
        target = _AREA_SIZES[area] - 30  # room for planted organisations and the others above
        for _ in range(target):
            p = _pick(rng, [(p, p.weight) for p in PROFILES if p.key not in excluded[area]])
            ward = rng.choice(wards)
            area_drafts[area].append(generic_vcse(area, ward, p))

    # ---- structural hole: two refugee clusters in Bristol that never talk -------------
    bristol_wards = {w.name: w for w in AREAS[BRISTOL.code][1]}
    clusters = []
    for ward_names in (("Easton", "Lawrence Hill"), ("Southmead", "Lockleaze")):
        members = []
        for i, key in enumerate(("refugee", "refugee", "immigration_legal", "refugee", "employment", "mental_health")):
            ward = bristol_wards[ward_names[i % 2]]
            com = ["refugees_asylum"] + (["migrants"] if i % 2 else [])
            members.append(generic_vcse(BRISTOL.code, ward, profiles[key], planted="hole",
                                        communities_override=com, size=rng.choice(("micro", "small", "medium"))))
        for i, a in enumerate(members):
            for c in members[i + 1:]:
                if rng.random() < 0.7:
                    b.tie(a, c, rng.choice(("partnership", "referral", "network")), form="informal_alliance")
        clusters.append(members)
        area_drafts[BRISTOL.code].extend(members)
    truth["structural_hole"] = {"place": BRISTOL.code, "community": _HOLE_COMMUNITY,
                                "clusters": [sorted(d.org.id for d in c) for c in clusters]}
    hole_ids = {d.org.id for c in clusters for d in c}

    # ---- the one provider in each under-served pair ----------------------------------
    vet_ward = bristol_wards["Filwood"]
    sole_veterans = generic_vcse(BRISTOL.code, vet_ward, profiles["veterans"], size="small", planted="sole",
                                 communities_override=["veterans"], name="Filwood Veterans Hub")
    area_drafts[BRISTOL.code].append(sole_veterans)
    east_suffolk = next(w for w in AREAS[SUFFOLK.code][1] if w.code == "E07000244")
    rural_group = generic_vcse(SUFFOLK.code, east_suffolk, profiles["older"], size="micro", registered=False,
                               led=["older_people_led"], planted="isolated",
                               communities_override=["rural_isolated"], name="Wickham Market Lunch Club")

    # ---- isolated small groups, a small component, and pendants -----------------------
    isolated = [rural_group]
    iso_specs = [(BRISTOL.code, "Hartcliffe and Withywood", "disability", "disabled_led", "Hartcliffe Deaf Social Club"),
                 (BRISTOL.code, "Ashley", "black_led", "black_minoritised_led", "St Pauls Elders Circle"),
                 (BRISTOL.code, "Filwood", "parenting", "women_led", "Knowle West Mums Collective"),
                 (LUTON.code, "Biscot", "black_led", "black_minoritised_led", "Biscot Kashmiri Women's Group"),
                 (LUTON.code, "Lewsey", "mental_health", "user_led", "Lewsey Mental Health Peer Group"),
                 (LUTON.code, "Northwell", "older", "older_people_led", "Northwell Over 60s"),
                 (SUFFOLK.code, "West Suffolk", "lgbt", "lgbt_led", "West Suffolk Rainbow Youth"),
                 (SUFFOLK.code, "Ipswich", "refugee", "refugee_led", "Ipswich Eritrean Community Group"),
                 (SUFFOLK.code, "Babergh", "disability", "disabled_led", "Babergh Sight Loss Friends")]
    for area, ward_name, key, led, name in iso_specs:
        ward = next(w for w in AREAS[area][1] if w.name == ward_name)
        isolated.append(generic_vcse(area, ward, profiles[key], size="micro", registered=False, led=[led],
                                     planted="isolated", name=name))
    truth["isolated"] = sorted(d.org.id for d in isolated)
    dallow = next(w for w in AREAS[LUTON.code][1] if w.name == "Dallow")
    component = [generic_vcse(LUTON.code, dallow, profiles[k], size="micro", registered=False, led=[led],
                              planted="component", name=n)
                 for k, led, n in (("black_led", "black_minoritised_led", "Dallow Somali Women's Association"),
                                   ("tutoring", "black_minoritised_led", "Dallow Saturday School"),
                                   ("youth", "youth_led", "Dallow Young Leaders"))]
    b.tie(component[0], component[1], "partnership", form="informal_alliance")
    b.tie(component[1], component[2], "co_location")
    truth["small_component"] = sorted(d.org.id for d in component)
    for area in AREAS:
        area_drafts[area].extend(d for d in isolated + component if d.area == area)
    area_drafts[BRISTOL.code].append(national_funder)

    # ---- champions -----------------------------------------------------------------
    champion_specs = [
        (BRISTOL.code, "Common Ground Network", "vcse", ["infrastructure.networks", "infrastructure.capacity_building",
                                                        "community.community_organising"]),
        (LUTON.code, "Luton Council of Faiths and Communities", "faith", ["faith", "rights.equality",
                                                                         "infrastructure.networks"]),
        (SUFFOLK.code, "Suffolk Rural Links", "vcse", ["infrastructure.networks", "community.transport",
                                                      "community.befriending"]),
    ]
    champions = []
    for area, name, sector, svc in champion_specs:
        champions.append(b.add(area=area, profile="champion", name=name, sector=sector, size="medium",
                               services=svc, communities=["vcse_orgs", "general_public"],
                               places=[area],
                               description=f"{name} brings organisations, councils, businesses and researchers "
                                           f"together across {AREAS[area][0]} and beyond.", planted="champion"))
    truth["champions"] = sorted(d.org.id for d in champions)

    # ---- generic ties: each organisation looks for partners nearby ----------------------
    planted_quiet = {d.org.id for d in isolated + component}
    pools = {area: [d for d in ds if d.org.id not in planted_quiet and d.planted not in ("hole",)]
             for area, ds in area_drafts.items()}
    for area, pool in pools.items():
        by_place = {}
        for d in pool:
            for p in d.org.places:
                by_place.setdefault(p, []).append(d)
        for d in pool:
            if d.planted == "core":
                want = rng.randint(12, 20)
            else:
                lo, hi = _DEGREE[d.org.size_band]
                want = rng.randint(lo, hi)
            if want <= d.ties:
                continue
            local = pool
            if area == SUFFOLK.code and d.planted != "core":
                # Suffolk is rural: groups mostly know those in their own district.
                same = by_place.get(d.org.places[0], [])
                local = same if rng.random() < 0.9 and len(same) > 5 else pool
            for partner in _weighted_partners(rng, d, local, want - d.ties):
                kind = _kind_for(rng, d, partner)
                b.tie(d, partner, kind, form=_form(rng) if kind == "partnership" else "")

    # the hole clusters: each member also ties to a non-refugee neighbour in its own ward
    for members in clusters:
        for d in members:
            same_ward = [x for x in pools[BRISTOL.code] if x.org.places == d.org.places and x.org.sector == "vcse"]
            if same_ward:
                b.tie(d, rng.choice(same_ward), rng.choice(("referral", "co_location")))
        b.tie(members[0], area_drafts[BRISTOL.code][0], "network")  # each cluster reaches the CVS

    # ---- statutory contracts and referrals, funding, champions' bridges ---------------
    for area, groups in others.items():
        vcse = [d for d in pools[area] if d.org.sector in ("vcse", "faith") and d.org.id not in hole_ids]
        big_first = sorted(vcse, key=lambda d: -(d.org.income or 0))
        for st in groups["statutory"]:
            for d in big_first[:6] + rng.sample(vcse, 4):
                b.tie(st, d, rng.choice(("contract", "contract", "referral")), amount=None)
        for pv in groups["private"]:
            for d in rng.sample(vcse, 2):
                b.tie(pv, d, "partnership", form="informal_alliance")
        for ac in groups["academic"]:
            for d in rng.sample(big_first[:20], 3):
                b.tie(ac, d, "partnership", form="informal_alliance")
        for fu in groups["funder"]:
            # money concentrates on the larger organisations, as it does in practice
            recipients = big_first[:8] + rng.sample(vcse, 10)
            for d in recipients:
                amount = float(round(rng.uniform(0.02, 0.15) * (d.org.income or 20_000), -2) + 1000)
                b.tie(fu, d, "funding", amount=amount)
    all_vcse = [d for ds in pools.values() for d in ds if d.org.sector == "vcse" and d.org.size_band in ("large", "major")]
    for d in rng.sample(all_vcse, min(15, len(all_vcse))):
        b.tie(national_funder, d, "funding", amount=float(rng.randint(20, 300) * 1000))
    # both refugee clusters are funded by the same funder, yet never meet
    bristol_funder = others[BRISTOL.code]["funder"][0]
    for members in clusters:
        for d in members[:2]:
            b.tie(bristol_funder, d, "funding", amount=float(rng.randint(5, 25) * 1000))

    for champ in champions:
        area = champ.area
        # across sectors in its own area
        for sector_group in ("statutory", "private", "academic", "funder"):
            b.tie(champ, others[area][sector_group][0], "network")
        # into every district/ward cluster of its area
        for ward in AREAS[area][1]:
            local = [d for d in pools[area] if d.org.places == (ward.code,) and d.org.sector == "vcse"]
            for d in rng.sample(local, min(2, len(local))):
                b.tie(champ, d, rng.choice(("network", "partnership", "referral")), form="informal_alliance")
        # and to the core and champions of the other areas
        for other_area, core_ids in truth["core_groups"].items():
            if other_area != area:
                b.tie(champ, next(d for d in area_drafts[other_area] if d.org.id == core_ids[0]), "network")
        # small groups that reach the network only through the champion
        for i in range(3):
            ward = AREAS[area][1][i % len(AREAS[area][1])]
            p = profiles[rng.choice(("black_led", "disability", "lgbt" if area != LUTON.code else "older", "youth"))]
            pend = generic_vcse(area, ward, p, size="micro", registered=False, planted="pendant")
            b.tie(champ, pend, "network", form="informal_alliance")
            truth["pendants"].append(pend.org.id)
    for i, a in enumerate(champions):
        for c in champions[i + 1:]:
            b.tie(a, c, "partnership", form="informal_alliance")

    # ---- a couple of closer forms of collaboration ----------------------------------
    mergeable = [d for d in pools[LUTON.code] if d.profile == "debt" and d.planted == ""][:2]
    if len(mergeable) == 2:
        b.tie(mergeable[0], mergeable[1], "merger", form="merger", since="2024-04-01")
    jv = [d for d in pools[BRISTOL.code] if d.profile in ("housing_advice", "legal") and d.planted == ""][:2]
    if len(jv) == 2:
        b.tie(jv[0], jv[1], "partnership", form="joint_venture", since="2022-10-01")
    trustees = [d for d in pools[SUFFOLK.code] if d.org.size_band == "small" and d.planted == ""][:4]
    for a, c in zip(trustees[::2], trustees[1::2]):
        b.tie(a, c, "shared_trustee")

    # ---- needs: recorded need per area, the planted gaps at the top -------------------
    needs = []
    for (place, community), _ in _UNCOVERED.items():
        needs.append(Need(place=place, target="community", code=community, level=0.9, source="demo"))
    for area in AREAS:
        for community in ("low_income", "mental_health", "older_people", "young_people", "disabled_people"):
            needs.append(Need(place=area, target="community", code=community,
                              level=round(rng.uniform(0.3, 0.8), 2), source="demo"))
        for service in ("advice.debt", "health.mental_health", "poverty.food_support"):
            needs.append(Need(place=area, target="service", code=service, level=round(rng.uniform(0.3, 0.8), 2),
                              source="demo"))

    truth["pendants"].sort()
    _TRUTH.clear()
    _TRUTH.update(truth)
    return GraphData(organisations=[_located(d.org) for d in b.drafts], ties=list(b.ties.values()), services=services,
                     communities=communities, places=list(DEMO_PLACES), needs=needs)


def _located(org: Organisation) -> Organisation:
    """The organisation at a point near the centre of the first place it works in, for the
    geographic map (organisations that only name a region or the country stay unplaced)."""
    point = next((p for p in (demo_coordinates(org.id, c) for c in org.places) if p), None)
    return org if point is None else org.with_changes(lat=point[0], lon=point[1])


def _pick(rng: random.Random, weighted):
    items, weights = zip(*weighted)
    return rng.choices(items, weights=weights, k=1)[0]


def _affinity(a: _Draft, b: _Draft) -> float:
    """How likely a tie between two organisations is, before chance."""
    score = 0.0
    if set(a.org.communities) & set(b.org.communities):
        score += 1.2
    if set(a.org.places) & set(b.org.places):
        score += 0.8
    if complementary(a.profile, b.profile):
        score += 2.2
    elif a.profile == b.profile:
        score -= 0.6
    if b.planted in ("core", "champion"):
        score += 1.0
    return score


def _weighted_partners(rng: random.Random, d: _Draft, pool: list[_Draft], n: int) -> list[_Draft]:
    candidates = [c for c in pool if c is not d and c.org.sector in ("vcse", "faith")]
    if not candidates or n <= 0:
        return []
    weights = [math.exp(_affinity(d, c)) for c in candidates]
    chosen = []
    for _ in range(n):
        c = rng.choices(candidates, weights=weights, k=1)[0]
        if c not in chosen:
            chosen.append(c)
    return chosen


def _kind_for(rng: random.Random, a: _Draft, b: _Draft) -> str:
    if a.org.places == b.org.places and rng.random() < 0.12:
        return "co_location"
    return _pick(rng, (("partnership", 40), ("referral", 32), ("network", 18), ("shared_trustee", 3),
                       ("co_location", 7)))


def _form(rng: random.Random) -> str:
    return _pick(rng, (("informal_alliance", 70), ("", 20), ("contract_alliance", 10)))


def demo_truth() -> dict:
    """What build_demo plants: core_groups, champions, pendants, isolated, small_component,
    uncovered (place, community) pairs and the structural_hole."""
    if not _TRUTH:
        build_demo()
    return _TRUTH


_TRUTH: dict = {}


def __getattr__(name):  # DEMO_TRUTH is computed on first use, not at import
    if name == "DEMO_TRUTH":
        return demo_truth()
    raise AttributeError(name)
