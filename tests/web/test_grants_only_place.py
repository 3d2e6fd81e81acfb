"""A place as a council's own 360Giving file makes it (Trafford's, in tests/data/samples/
360giving): every group funded by a council that has no place of its own, no incomes, no
collaboration ties. The pages must say what is not known rather than print zeros that
read as facts."""
from __future__ import annotations

import pytest

from graph.model import Organisation, Place, Tie
from graph.stores import open_store
from graph.stores.base import GraphData
from seed import load_communities, load_services
from tests.web.conftest import PASSWORDS, session_for
from web import create_app
from web.auth import create_user

TOWN = Place("E08000009", "Trafford", "local_authority")
COUNCIL = "GB-LAE-TRF"
GROUPS = ["360G-trafford-abbey_rd_street_party", "360G-trafford-barakah_food_aid", "GB-CHC-1172658"]
ELSEWHERE = Place("E06000023", "Bristol, City of", "local_authority")
FAR_FUNDER, FAR_GROUPS = "GB-CHC-1100001", ["GB-CHC-1100002", "GB-CHC-1100003"]


@pytest.fixture
def viewer(tmp_path):
    orgs = [Organisation(COUNCIL, "Trafford Metropolitan Borough Council", sector="statutory",
                         registered_ids=(COUNCIL,)),
            Organisation("360G-trafford-school", "Altrincham College PTA", sector="academic", places=(TOWN.code,)),
            *[Organisation(g, g.rsplit("-", 1)[-1], registered_ids=(g,) if g.startswith("GB-") else (),
                           places=(TOWN.code,), services=("poverty.food_support",), communities=("low_income",))
              for g in GROUPS]]
    orgs += [Organisation(FAR_FUNDER, "A Bristol Trust", sector="funder", registered_ids=(FAR_FUNDER,),
                          places=(ELSEWHERE.code,)),
             *[Organisation(g, f"Bristol food bank {g[-1]}", registered_ids=(g,), places=(ELSEWHERE.code,),
                            services=("poverty.food_support",), communities=("low_income",)) for g in FAR_GROUPS]]
    ties = [Tie(COUNCIL, g, "funding", amount=1000.0, ref=f"grant-{i}") for i, g in enumerate(GROUPS)]
    ties += [Tie(FAR_FUNDER, g, "funding", amount=5000.0, ref=f"far-{i}") for i, g in enumerate(FAR_GROUPS)]
    url = f"sqlite:///{tmp_path / 'grants.db'}"
    with open_store(url) as store:
        store.load(GraphData(organisations=orgs, ties=ties, services=load_services(),
                             communities=load_communities(), places=[TOWN, ELSEWHERE], needs=[]))
        create_user(store, "viewer", "viewer", PASSWORDS["viewer"])
    app = create_app({"TESTING": True, "SECRET_KEY": "t", "STORE_URL": url})
    app.instance_path = str(tmp_path / "instance")
    yield session_for(app.test_client(), "viewer")
    app.extensions["partnermap"].close()


def test_summary_says_what_is_unknown_instead_of_zero(viewer):
    items = {i["label"]: i["value"] for i in viewer.get(f"/api/places/{TOWN.code}").get_json()["summary"]["items"]}
    # No tie among the place's organisations: not "0 groups, the largest has 1 organisations".
    assert items["Connected groups"] == "None: no two organisations here are tied; 4 organisations have no ties"
    # No income anywhere: not "0 small".
    assert items["Small (by income)"] == "Not known: no income is recorded for any organisation here"
    assert items["Share to small organisations"] == "Not known: no recipient's income is recorded"
    # Two voluntary groups have no number; the college's PTA (academic) is not counted.
    assert items["Unregistered voluntary groups"].startswith("2 ")


def test_a_map_with_no_lines_says_its_ties_are_grants_from_outside(viewer):
    body = viewer.get(f"/api/places/{TOWN.code}/network").get_json()
    assert body["elements"]["edges"] == []
    assert body["no_ties_note"] == ("No two of these organisations are tied to each other. Their 3 ties "
                                    "(3 funding) are with organisations outside Trafford, which this map does "
                                    "not draw: open an organisation's profile to see them, or the funding "
                                    "flows below.")


def test_suggestions_that_all_score_the_same_are_not_shown_as_a_ranking(viewer):
    """Nothing sets the council's grantees apart (no ties; one service and one community,
    as the text classifier reads from most of Trafford's grant titles): their suggestions
    score alike, and the list's order is only the rows' order."""
    body = viewer.get(f"/api/partners?org={GROUPS[0]}&place={TOWN.code}").get_json()
    scores = {s["score"] for s in body["suggestions"]}
    assert len(body["suggestions"]) > 1 and len(scores) == 1
    assert body["unranked"] is True
    html = viewer.get(f"/partners?org={GROUPS[0]}&place={TOWN.code}").get_data(as_text=True)
    assert 'id="suggestions-unranked"' in html and "in no particular order" in html


def test_funders_who_never_gave_in_the_groups_place_are_flagged(viewer):
    """A Trafford group was offered only funders that had never given in Trafford (American
    foundations, in the real store), with nothing said about where they give."""
    body = viewer.get(f"/api/organisations/{GROUPS[1]}/funders").get_json()
    far = [s for s in body["suggestions"] if s["org_id"] == FAR_FUNDER]
    assert far and far[0]["funded_here"] == 0
    assert body["place_note"].startswith("None of these funders has funded a group in Trafford in this data")
    html = viewer.get(f"/organisations/{GROUPS[1]}/funders").get_data(as_text=True)
    assert 'id="funders-place-note"' in html
