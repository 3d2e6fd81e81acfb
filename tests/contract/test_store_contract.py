"""The GraphStore contract: every test here runs against both stores."""
from __future__ import annotations

import pytest

from graph.model import Community, Inference, ModelError, Need, Organisation, Place, Service, Tie, User
from graph.stores import NotFound, StoreError
from graph.stores.base import GraphData

TAXONOMY = GraphData(
    services=[Service("advice", "Advice"), Service("advice.legal", "Legal advice", "advice"),
              Service("housing", "Housing"), Service("food", "Food support")],
    communities=[Community("refugees", "Refugees"), Community("older", "Older people")],
    places=[Place("E12", "A region", "region"), Place("LA1", "Town", "local_authority", "E12"),
            Place("W1", "North ward", "ward", "LA1"), Place("W2", "South ward", "ward", "LA1"),
            Place("LA2", "City", "local_authority", "E12")],
)


def org(id_, name, **kw):
    return Organisation(id=id_, name=name, **kw)


@pytest.fixture
def filled(store):
    store.load(TAXONOMY)
    store.load(GraphData(
        organisations=[
            org("GB-CHC-1", "Refugee Legal Project", services=["advice.legal"], communities=["refugees"],
                places=["W1"], income=50_000, led_by=["refugee_led"], registered_ids=["GB-CHC-1"],
                description="Legal advice for people seeking asylum", lat=51.45, lon=-2.58, postcode="bs5 6aa"),
            org("GB-CHC-2", "Housing Help", services=["housing"], communities=["refugees", "older"], places=["W2"]),
            org("GB-CHC-3", "Food Bank North", services=["food"], places=["LA1"], sector="faith"),
            org("PM-X1", "City Help Network", services=["advice"], places=["LA2"], income=5_000),
        ],
        ties=[Tie("GB-CHC-1", "GB-CHC-2", "partnership", form="informal_alliance", since="2020-01-01"),
              Tie("GB-CHC-3", "GB-CHC-1", "referral"),
              Tie("PM-X1", "GB-CHC-2", "funding", amount=5000.0, currency="GBP", ref="G1"),
              Tie("PM-X1", "GB-CHC-2", "funding", amount=7000.0, currency="GBP", ref="G2")],
        needs=[Need("LA1", "community", "older", 0.8)],
    ))
    return store


def test_organisation_round_trips_every_field(filled):
    o = filled.get_organisation("GB-CHC-1")
    assert o == org("GB-CHC-1", "Refugee Legal Project", services=["advice.legal"], communities=["refugees"],
                    places=["W1"], income=50_000, led_by=["refugee_led"], registered_ids=["GB-CHC-1"],
                    description="Legal advice for people seeking asylum", lat=51.45, lon=-2.58, postcode="BS5 6AA")
    assert o.size_band == "small"
    assert filled.get_organisation("nope") is None


def test_inferred_values_round_trip_with_their_confidence_and_evidence(filled):
    """What we inferred (services from text, a sector from a name) reads back as inferred,
    by id and in the whole-graph read, and a later write without inferences clears them."""
    base = filled.get_organisation("GB-CHC-3")
    marked = base.with_changes(
        services=("food", "advice"), sector="statutory",
        inferred=(Inference("services", "advice", 0.62, "model", "activities"),
                  Inference("sector", "statutory", 0.9, "name", "name contains 'Council'")))
    filled.upsert_organisations([marked])
    got = filled.get_organisation("GB-CHC-3")
    assert got == marked
    assert got.stated("services") == ("food",)
    assert got.inferred_values("services")["advice"].confidence == 0.62
    assert {o.id: o for o in filled.read_all().organisations}["GB-CHC-3"] == marked
    filled.upsert_organisations([marked.with_changes(inferred=())])
    assert filled.get_organisation("GB-CHC-3").inferred == ()


def test_upsert_replaces_an_organisations_links_rather_than_adding(filled):
    before = filled.get_organisation("GB-CHC-2")
    filled.upsert_organisations([before.with_changes(services=("food",), communities=("older",))])
    after = filled.get_organisation("GB-CHC-2")
    assert after.services == ("food",) and after.communities == ("older",)
    assert filled.counts()["organisations"] == 4


def test_ties_are_keyed_and_reloading_changes_nothing(filled):
    data_before = filled.read_all()
    filled.upsert_ties([Tie("GB-CHC-1", "GB-CHC-2", "partnership", form="informal_alliance", since="2020-01-01")])
    data_after = filled.read_all()
    assert sorted(data_after.ties, key=lambda t: t.key) == sorted(data_before.ties, key=lambda t: t.key)
    assert filled.counts()["ties"] == 4  # two grants with different refs stay two ties


def test_remove_ties_by_key(filled):
    assert filled.remove_ties([("PM-X1", "GB-CHC-2", "funding", "G1"), ("a", "b", "referral", "")]) == 1
    assert filled.counts()["ties"] == 3


def test_search_is_case_insensitive_all_words_best_first(filled):
    assert [o.id for o in filled.search("help")] == ["PM-X1", "GB-CHC-2"]  # by name
    filled.upsert_organisations([org("GB-CHC-7", "Help Desk")])
    assert [o.id for o in filled.search("help")] == ["GB-CHC-7", "PM-X1", "GB-CHC-2"]  # prefix first
    assert [o.id for o in filled.search("HOUSING help")] == ["GB-CHC-2"]
    assert [o.id for o in filled.search("housing help")][0] == "GB-CHC-2"
    assert filled.search("zzz") == [] and filled.search("  ") == []
    assert len(filled.search("e", limit=2)) == 2


def test_search_text_finds_need_in_names_descriptions_and_labels(filled):
    """Search by need, the same on both stores: every word (less stop words) as a prefix, in
    the name, the description or the labels (never the codes) of services, their families and
    communities; a word in the name ranks first; kept in step with every kind of write."""
    filled.upsert_taxonomy(services=[Service("health", "Health and wellbeing"),
                                     Service("hm1", "Mental health support", "health")])
    filled.upsert_organisations([org("GB-CHC-8", "Talk Together", services=["hm1"], communities=["older"],
                                     places=["W1"], description="Peer groups every Tuesday")])
    assert filled.search_text("mental") == ["GB-CHC-8"]
    assert filled.search_text("MENT") == ["GB-CHC-8"]           # prefix, any case
    assert filled.search_text("wellbeing") == ["GB-CHC-8"]      # the service's family label
    assert filled.search_text("hm1") == [] and filled.search_text("legal") == ["GB-CHC-1"]  # labels, not codes
    assert filled.search_text("asylum") == ["GB-CHC-1"]         # description
    assert sorted(filled.search_text("older people")) == ["GB-CHC-2", "GB-CHC-8"]  # community label
    # A word in the name ranks above the same word only in a community label.
    assert filled.search_text("refugee") == ["GB-CHC-1", "GB-CHC-2"]
    assert filled.search_text("refugee asylum") == ["GB-CHC-1"]  # every word required
    assert filled.search_text("help for refugees") == ["GB-CHC-2"]  # "for" is a stop word
    assert set(filled.search_text("advice")) == {"GB-CHC-1", "PM-X1"}
    assert len(filled.search_text("e advice", limit=1)) == 1
    # Either store's query syntax is never passed on: only the words count.
    for hostile in ('"', "*", "name:*", "a OR b", "-", "NEAR(a b)", "the and of", "  ", "\\", "[x TO y]"):
        assert filled.search_text(hostile) == [], hostile
    assert set(filled.search_text('advice) OR (x"')) == {"GB-CHC-1", "PM-X1"}
    # Relabelling a service re-indexes the organisations that provide it.
    filled.upsert_taxonomy(services=[Service("hm1", "Talking therapies", "health")])
    assert filled.search_text("mental") == [] and filled.search_text("therapies") == ["GB-CHC-8"]
    # Editing an organisation replaces its words; deleting it removes them.
    changed = filled.get_organisation("GB-CHC-8").with_changes(description="Befriending by phone", services=())
    filled.upsert_organisations([changed])
    assert filled.search_text("tuesday") == [] and filled.search_text("befriending") == ["GB-CHC-8"]
    assert filled.search_text("therapies") == []
    assert filled.delete_organisation("GB-CHC-8") and filled.search_text("befriending") == []
    filled.clear()
    assert filled.search_text("refugee") == []


def test_neighbours_follow_ties_both_ways(filled):
    got = sorted((t.kind, other.id) for t, other in filled.neighbours("GB-CHC-1"))
    assert got == [("partnership", "GB-CHC-2"), ("referral", "GB-CHC-3")]
    assert filled.neighbours("PM-NOBODY") == []


def test_organisations_in_place_include_places_inside_it(filled):
    assert [o.id for o in filled.organisations_in_place("LA1")] == ["GB-CHC-3", "GB-CHC-2", "GB-CHC-1"]
    assert [o.id for o in filled.organisations_in_place("W1")] == ["GB-CHC-1"]
    assert {o.id for o in filled.organisations_in_place("E12")} == {"GB-CHC-1", "GB-CHC-2", "GB-CHC-3", "PM-X1"}
    assert filled.organisations_in_place("nowhere") == []


def test_counts(filled):
    assert filled.counts() == {"organisations": 4, "ties": 4, "services": 4, "communities": 2, "places": 5,
                               "needs": 1, "introductions": 0}


def test_a_bad_reference_writes_nothing(filled):
    before = filled.read_all()
    version = filled.version()
    bad = GraphData(organisations=[org("GB-CHC-9", "New", services=["food"])],
                    ties=[Tie("GB-CHC-9", "GB-CHC-404", "referral")])
    with pytest.raises(ModelError, match="GB-CHC-404"):
        filled.load(bad)
    with pytest.raises(ModelError, match="unknown code 'nope'"):
        filled.load(GraphData(organisations=[org("GB-CHC-9", "New", places=["nope"])]))
    assert filled.read_all() == before
    assert filled.version() == version


def test_version_bumps_on_write_and_keys_the_snapshot_cache(filled):
    snap = filled.snapshot()
    assert filled.snapshot() is snap
    v = filled.version()
    filled.upsert_ties([Tie("GB-CHC-3", "GB-CHC-2", "co_location")])
    assert filled.version() > v
    snap2 = filled.snapshot()
    assert snap2 is not snap and len(snap2.ties) == len(snap.ties) + 1


def test_snapshot_holds_matrices_and_graph(filled):
    snap = filled.snapshot()
    assert [o.id for o in snap.orgs] == ["GB-CHC-1", "GB-CHC-2", "GB-CHC-3", "PM-X1"]
    i = snap.index["GB-CHC-2"]
    assert snap.org_communities[i].toarray().sum() == 2
    assert list(snap.org_rows_in_place("LA1")) == [0, 1, 2]
    assert snap.graph("all").number_of_edges() == 4 and snap.undirected("all").number_of_edges() == 3
    assert snap.undirected("all")["PM-X1"]["GB-CHC-2"]["weight"] == pytest.approx(2.0)
    with pytest.raises(AttributeError):
        snap.orgs = ()


def test_delete_organisation_removes_its_ties(filled):
    assert filled.delete_organisation("GB-CHC-2")
    assert not filled.delete_organisation("GB-CHC-2")
    assert filled.counts()["ties"] == 1


def test_clear_keeps_users(filled):
    filled.put_user(User("ann", "admin", "hash"))
    filled.clear()
    assert filled.counts()["organisations"] == 0 and filled.counts()["places"] == 0
    assert filled.get_user("ann").role == "admin"


def test_introductions_follow_their_workflow(filled):
    intro = filled.create_introduction("GB-CHC-1", "GB-CHC-3", broker="cvs", note="both serve refugees")
    assert intro.status == "suggested"
    with pytest.raises(StoreError, match="cannot move"):
        filled.update_introduction(intro.id, "partnered")
    filled.update_introduction(intro.id, "made", by="cvs")
    filled.update_introduction(intro.id, "met", by="cvs")
    done = filled.update_introduction(intro.id, "partnered", by="cvs", outcome="joint bid submitted")
    assert [h[0] for h in done.history] == ["suggested", "made", "met", "partnered"]
    assert filled.get_introduction(intro.id) == done
    assert [i.id for i in filled.list_introductions(org_id="GB-CHC-3")] == [intro.id]
    assert filled.list_introductions(status="made") == []
    with pytest.raises(NotFound):
        filled.create_introduction("GB-CHC-1", "nobody")
    with pytest.raises(NotFound):
        filled.update_introduction("INT-missing", "made")


def test_an_outcome_the_model_learns_from_moves_the_data_version(filled):
    # Partnered and declined introductions teach the partner model, so reaching one is a
    # change of the data (web workers rebuild their snapshot and suggestions); the steps
    # before it are not.
    start = filled.version()
    intro = filled.create_introduction("GB-CHC-1", "GB-CHC-3", broker="cvs")
    filled.update_introduction(intro.id, "made", by="cvs")
    filled.update_introduction(intro.id, "met", by="cvs", note="first meeting went well")
    assert filled.version() == start
    filled.update_introduction(intro.id, "partnered", by="cvs")
    assert filled.version() == start + 1
    other = filled.create_introduction("GB-CHC-1", "GB-CHC-2", broker="cvs")
    filled.update_introduction(other.id, "declined", by="cvs")
    assert filled.version() == start + 2
    # Writing the same status again (a note on a closed introduction) changes nothing learned.
    filled.update_introduction(other.id, "declined", by="cvs", note="they merged since")
    assert filled.version() == start + 2


def test_users_and_tokens(store):
    store.put_user(User("bob", "editor", "pwhash", token_hash="t1"))
    assert store.get_user("bob") == User("bob", "editor", "pwhash", token_hash="t1")
    assert store.user_by_token_hash("t1").name == "bob"
    assert store.user_by_token_hash("") is None and store.user_by_token_hash("t2") is None
    assert [u.name for u in store.list_users()] == ["bob"]
    assert store.delete_user("bob") and store.get_user("bob") is None


def test_users_keep_a_session_key_and_several_named_tokens(store):
    a, b = "a" * 64, "b" * 64
    user = User("cat", "viewer", "pwhash", session_key="k1",
                tokens=(("laptop", a, "2026-01-01T00:00:00+00:00"), ("ci", b, "2026-01-02T00:00:00+00:00")))
    store.put_user(user)
    assert store.get_user("cat") == user
    assert store.user_by_token_hash(a).name == "cat" and store.user_by_token_hash(b).name == "cat"
    assert store.user_by_token_hash(a[:10]) is None  # part of a hash is not a hash
    store.put_user(User("cat", "viewer", "pwhash", session_key="k2", tokens=user.tokens[1:]))
    assert store.get_user("cat").session_key == "k2"
    assert store.user_by_token_hash(a) is None and store.user_by_token_hash(b).name == "cat"


def test_hostile_strings_are_stored_literally(store):
    store.load(TAXONOMY)
    nasty = 'x"}) DETACH DELETE n // \'; DROP TABLE organisations; --'
    store.upsert_organisations([org("GB-CHC-66", nasty, description=nasty * 50)])
    assert store.get_organisation("GB-CHC-66").name == nasty
    assert store.search("detach delete")[0].id == "GB-CHC-66"
    assert store.counts()["organisations"] == 1
