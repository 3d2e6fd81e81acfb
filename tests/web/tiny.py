"""A tiny, hand-checkable graph for the web tests.

Bristol (a local authority in England) with two wards. Eight organisations:
a food bank and a debt advice service that refer to each other (complementary),
a law centre partnered with the debt advice service, a funder funding two of them,
a refugee-led group with no ties at all (isolated), a council, a youth club
partnered with the food bank, and a Luton group elsewhere.
"""
from __future__ import annotations

from graph.model import Need, Organisation, Place, Tie
from graph.stores.base import GraphData
from seed import load_communities, load_services

ENGLAND = Place("E92000001", "England", "country")
BRISTOL = Place("E06000023", "Bristol, City of", "local_authority", "E92000001")
EASTON = Place("BRS:easton", "Easton", "ward", "E06000023")
ASHLEY = Place("BRS:ashley", "Ashley", "ward", "E06000023")
LUTON = Place("E06000032", "Luton", "local_authority", "E92000001")

FOOD = "GB-CHC-1000001"
DEBT = "GB-CHC-1000002"
LAW = "GB-CHC-1000003"
FUNDER = "GB-CHC-1000004"
REFUGEE = "PM-REFUGEE00001"
COUNCIL = "GB-LAE-BST"
YOUTH = "GB-CHC-1000007"
LUTON_GROUP = "PM-LUTON0000001"


def tiny_graph() -> GraphData:
    orgs = [
        Organisation(FOOD, "Easton Food Bank", "Emergency food parcels and a community pantry.", "vcse",
                     income=45_000, registered_ids=("GB-CHC-1000001",), services=("poverty.food_support",),
                     communities=("low_income", "families"), places=("BRS:easton",)),
        Organisation(DEBT, "Bristol Debt Advice", "Free debt and benefits advice.", "vcse", income=350_000,
                     registered_ids=("GB-CHC-1000002",), services=("advice.debt", "advice.welfare_benefits"),
                     communities=("low_income", "families"), places=("E06000023",)),
        Organisation(LAW, "Avon Law Centre", "Legal advice on housing and employment.", "vcse", income=1_200_000,
                     registered_ids=("GB-CHC-1000003",), services=("advice.legal", "advice.housing"),
                     communities=("low_income",), places=("E06000023",)),
        Organisation(FUNDER, "Quartet Community Fund", "A community foundation.", "funder", income=8_000_000,
                     registered_ids=("GB-CHC-1000004",), services=("infrastructure.funding",),
                     communities=("vcse_orgs",), places=("E06000023",)),
        Organisation(REFUGEE, "Sanctuary Sisters", "A refugee women's peer support group.", "vcse",
                     income=6_000, led_by=("refugee_led", "women_led"), services=("refugees.asylum_support",),
                     communities=("refugees_asylum", "women_girls"), places=("BRS:ashley",)),
        Organisation(COUNCIL, "Bristol City Council", "", "statutory", income=900_000_000,
                     services=("housing.homelessness",), communities=("general_public",), places=("E06000023",)),
        Organisation(YOUTH, "Easton Youth Club", "Youth club and mentoring.", "vcse", income=80_000,
                     registered_ids=("GB-CHC-1000007",), services=("youth.youth_clubs",),
                     communities=("young_people",), places=("BRS:easton",)),
        Organisation(LUTON_GROUP, "Luton Carers Circle", "Peer support for carers.", "vcse", income=3_000,
                     led_by=("user_led",), services=("family.carers",), communities=("carers",),
                     places=("E06000032",)),
    ]
    ties = [
        Tie(FOOD, DEBT, "referral", strength=2.0, since="2021-04-01"),
        Tie(DEBT, FOOD, "referral", strength=1.0, since="2021-04-01"),
        Tie(DEBT, LAW, "partnership", form="informal_alliance", since="2019-01-01"),
        Tie(FUNDER, FOOD, "funding", amount=15_000, currency="GBP", since="2023-04-01", ref="grant-1"),
        Tie(FUNDER, DEBT, "funding", amount=60_000, currency="GBP", since="2023-04-01", ref="grant-2"),
        Tie(COUNCIL, LAW, "contract", amount=120_000, currency="GBP", since="2022-04-01"),
        Tie(FOOD, YOUTH, "co_location", since="2020-09-01"),
    ]
    needs = [Need("E06000023", "community", "refugees_asylum", 0.8),
             Need("E06000023", "community", "veterans", 0.5)]
    return GraphData(organisations=orgs, ties=ties, services=load_services(), communities=load_communities(),
                     places=[ENGLAND, BRISTOL, EASTON, ASHLEY, LUTON], needs=needs)
