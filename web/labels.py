"""Plain-English labels for the model's codes, for pages and for the API's `*_label` fields."""
from __future__ import annotations

from graph.model import FORMS, INTRO_STATUSES, LED_BY, SECTORS, SIZE_BANDS, TIE_KINDS

__all__ = ["SECTOR_LABELS", "SIZE_LABELS", "LED_BY_LABELS", "TIE_KIND_LABELS", "FORM_LABELS",
           "STATUS_LABELS", "label"]

SECTOR_LABELS = {
    "vcse": "Voluntary, community or social enterprise",
    "statutory": "Public sector",
    "private": "Private business",
    "academic": "University or college",
    "funder": "Funder",
    "faith": "Faith group",
}
SECTOR_SHORT = {"vcse": "VCSE", "statutory": "Public sector", "private": "Private", "academic": "Academic",
                "funder": "Funder", "faith": "Faith group"}
SIZE_LABELS = {
    "micro": "Micro (income under £10,000)",
    "small": "Small (£10,000 to £100,000)",
    "medium": "Medium (£100,000 to £1 million)",
    "large": "Large (£1 million to £10 million)",
    "major": "Major (over £10 million)",
}
LED_BY_LABELS = {
    "user_led": "User-led",
    "black_minoritised_led": "Black and minoritised-led",
    "lgbt_led": "LGBT+-led",
    "disabled_led": "Disabled-led",
    "women_led": "Women-led",
    "youth_led": "Youth-led",
    "refugee_led": "Refugee-led",
    "older_people_led": "Older people-led",
    "faith_led": "Faith-led",
}
TIE_KIND_LABELS = {
    "partnership": "Partnerships",
    "referral": "Referral pathways",
    "funding": "Funding",
    "contract": "Contracts",
    "co_location": "Co-location",
    "network": "Networks",
    "shared_trustee": "Shared trustees",
    "merger": "Mergers",
}
FORM_LABELS = {
    "informal_alliance": "Informal alliance",
    "contract_alliance": "Contract-based alliance",
    "joint_venture": "Joint venture",
    "group_structure": "Group structure",
    "merger": "Merger",
}
STATUS_LABELS = {
    "suggested": "Suggested",
    "made": "Introduction made",
    "met": "Met",
    "partnered": "Partnered",
    "declined": "Declined",
}
STATUS_TAG_COLOURS = {"suggested": "grey", "made": "blue", "met": "purple", "partnered": "green",
                      "declined": "red"}

_TABLES = {"sector": SECTOR_LABELS, "size": SIZE_LABELS, "size_band": SIZE_LABELS, "led_by": LED_BY_LABELS,
           "tie_kind": TIE_KIND_LABELS, "form": FORM_LABELS, "status": STATUS_LABELS}

assert set(SECTOR_LABELS) == set(SECTORS) and set(SIZE_LABELS) == set(SIZE_BANDS)
assert set(LED_BY_LABELS) == set(LED_BY) and set(TIE_KIND_LABELS) == set(TIE_KINDS)
assert set(FORM_LABELS) == set(FORMS) and set(STATUS_LABELS) == set(INTRO_STATUSES)


def label(kind: str, code) -> str:
    if code in (None, ""):
        return "Not known"
    return _TABLES[kind].get(code, str(code).replace("_", " ").capitalize())
