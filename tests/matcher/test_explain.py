"""Explanations name the real reasons, and only true ones."""
import pytest

from matcher.service import match
from tests.matcher.conftest import org, snapshot, tie


@pytest.fixture
def explained():
    """Q (legal advice, refugees, Easton) and S (a small user-led housing group, refugees,
    Easton) share the partner P; in the background, legal advice and housing groups
    partner each other and a community centre they both use (closed triangles)."""
    orgs = [
        org("Q", ["advice.legal"], ["refugees_asylum"], name="Query Legal"),
        org("S", ["housing.supported_housing"], ["refugees_asylum"], name="Kindred Homes",
            size_band="micro", led_by=("user_led",)),
        org("P", ["community.community_centre"], ["refugees_asylum"], name="Easton Hub"),
        org("X", ["arts.heritage"], ["older_people"], places=("W3",), name="Far Heritage"),
    ]
    ties = [tie("Q", "P"), tie("S", "P")]
    for i in range(10):
        people = ["refugees_asylum"] if i % 2 else ["homeless"]   # ties stay within a community
        orgs += [org(f"L{i}", ["advice.legal"], people, places=("W2",)),
                 org(f"H{i}", ["housing.supported_housing"], people, places=("W2",)),
                 org(f"C{i}", ["community.community_centre"], people, places=("W2",))]
        ties += [tie(f"L{i}", f"H{i}"), tie(f"L{i}", f"H{(i + 2) % 10}"), tie(f"H{i}", f"C{i}"),
                 tie(f"L{i}", f"C{i}")]
    return snapshot(orgs, ties)


def test_reasons_name_communities_places_services_partners_and_the_group(explained):
    result = match(explained, "Q", k=5, model_dir=False, rank_by="model")
    s = next(s for s in result.suggestions if s.org_id == "S")
    text = s.explanation
    assert text.startswith("Kindred Homes is a small, unregistered, user-led group.") or \
        text.startswith("Kindred Homes is a small, user-led group.")
    assert "Both serve Refugees and people seeking asylum." in text
    assert "Both work in Easton." in text
    assert "They offer Supported housing, which complements your Legal advice" in text
    assert "appears in 20 existing partnerships" in text
    assert "You share 1 partner: Easton Hub." in text
    assert s.details["shared_partners"] == ["P"]
    assert s.details["service_pair"] == {"yours": "advice.legal", "theirs": "housing.supported_housing",
                                         "partnerships": 20, "lift": pytest.approx(s.details["service_pair"]["lift"])}
    # Every printed reason carries a positive contribution that sums from the real features.
    for r in s.reasons:
        assert r["contribution"] > 0
    assert set(s.contributions) >= {"community_overlap", "place_overlap", "service_complementarity"}


def test_no_false_reasons_for_an_organisation_with_nothing_in_common(explained):
    # X shares only the region (too wide to make anyone a candidate), and Heritage is
    # a weak complement: it may be offered, but nothing untrue is claimed for it.
    result = match(explained, "Q", k=40, fairness=False, model_dir=False)
    for s in result.suggestions:
        if s.org_id == "X":
            assert "Both serve" not in s.explanation and "Easton" not in s.explanation
            assert "You share" not in s.explanation
            assert s.details["shared_communities"] == []
    for s in result.suggestions:
        shared = set(explained.org(s.org_id).communities) & {"refugees_asylum"}
        assert ("Both serve" in s.explanation) <= bool(shared)


def test_self_and_existing_partners_are_never_suggested(explained):
    ids = [s.org_id for s in match(explained, "Q", k=40, model_dir=False).suggestions]
    assert "Q" not in ids and "P" not in ids
    assert len(ids) == len(set(ids))
