"""Gaps set need against provision only where need exists, and say where no need is known."""
from __future__ import annotations

from graph.analysis import clear_cache, gaps
from graph.model import Need
from tests.analysis.graphs import org, snapshot


def town(needs=()):
    clear_cache()
    orgs = [org("A", services=("debt",), places=("T1:north",)), org("B", services=("food",), places=("T1:north",)),
            org("C", services=("debt",), places=("T1:south",)), org("D", places=("C1",), services=())]
    return snapshot(orgs, (), needs)


def test_without_need_data_gaps_say_so_and_how_to_add_it():
    result = gaps(town())
    assert result.needs == []
    assert result.need_note.startswith("No need data is recorded for this network, so gaps cannot be set "
                                       "against need")
    assert "partnermap import need FILE" in result.need_note and "Indices of Deprivation" in result.need_note
    assert result.to_dict()["need_note"] == result.need_note


def test_need_is_compared_with_provision_only_where_it_exists():
    result = gaps(town([Need("T1:north", "service", "legal", 0.8, "survey"),
                        Need("T1:north", "service", "debt", 0.5, "survey"),
                        Need("T1:south", "service", "food", 0.0, "IoD: none in the most deprived 10%")]))
    rows = {(n.place, n.code): (n.providers, n.status) for n in result.needs}
    # legal: needed, nobody provides it; debt: one provider; food in the south: level 0, no gap
    assert rows == {("T1:north", "legal"): (0, "no provider"), ("T1:north", "debt"): (1, "one provider")}
    assert result.needs[0].source == "survey"
    # the town has need recorded inside it; the city does not, and the note names it
    assert [p["code"] for p in result.places_without_need] == ["C1"]
    assert result.need_note.startswith("No need data is recorded for City;")


def test_no_provider_is_provision_unknown_where_nobody_has_services_recorded():
    result = gaps(town([Need("C1", "service", "health", 0.4, "IoD")]), "C1")
    (need,) = result.needs
    assert (need.providers, need.status) == (0, "provision unknown")
    assert result.need_note is None and result.places_without_need == []
