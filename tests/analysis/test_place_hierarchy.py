"""A place its source gave no parent: an ONS code's first letter is its nation. A council's
own 360Giving file names its district (Trafford, E08000009) with no parent, so its groups
were left out of England's count while the places list showed England beside Trafford."""
from __future__ import annotations

from graph.analysis import ecosystem
from graph.model import Organisation, Place
from graph.snapshot import Snapshot
from graph.stores.base import GraphData

ENGLAND = Place("E92000001", "England", "country")
TRAFFORD = Place("E08000009", "Trafford")                     # as the 360Giving importer makes it
CARDIFF = Place("W06000015", "Cardiff", "local_authority")    # its nation is not in the store
ESTATE = Place("PM-ESTATE", "The Estate")                     # not an ONS code


def _snap(places):
    orgs = [Organisation("A", "Group A", places=("E08000009",)), Organisation("B", "Group B", places=("E92000001",)),
            Organisation("C", "Group C", places=("W06000015",)), Organisation("D", "Group D", places=("PM-ESTATE",))]
    return Snapshot.from_data(GraphData(organisations=orgs, places=places))


def test_an_ons_area_with_no_parent_is_inside_its_nation():
    snap = _snap([ENGLAND, TRAFFORD, CARDIFF, ESTATE])
    assert snap.place_ancestors("E08000009") == ("E08000009", "E92000001")
    assert [snap.orgs[i].id for i in snap.org_rows_in_place("E92000001")] == ["A", "B"]
    assert ecosystem(snap, "E92000001").organisations["total"] == 2
    # No Wales in the store, and a code that is not ONS's: each stays where its source put it.
    assert snap.place_ancestors("W06000015") == ("W06000015",)
    assert snap.place_ancestors("PM-ESTATE") == ("PM-ESTATE",)
    assert "E08000009" not in snap.place_children.get("PM-ESTATE", ())


def test_a_parent_the_source_gave_is_kept():
    county = Place("E10000017", "Lancashire", "county", "E92000001")
    snap = _snap([ENGLAND, county, Place("E08000009", "Trafford", "local_authority", "E10000017")])
    assert snap.place_ancestors("E08000009") == ("E08000009", "E10000017", "E92000001")
