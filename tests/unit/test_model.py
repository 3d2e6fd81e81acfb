import pytest

from graph.model import Inference, ModelError, Organisation, Service, Tie, generated_org_id, size_band_for_income


@pytest.mark.parametrize("income,band", [(0, "micro"), (9_999, "micro"), (10_000, "small"),
                                         (99_999.99, "small"), (100_000, "medium"), (1_000_000, "large"),
                                         (10_000_000, "major"), (None, None)])
def test_size_band_follows_income_bands(income, band):
    assert size_band_for_income(income) == band
    assert Organisation("GB-CHC-1", "A", income=income).size_band == band


@pytest.mark.parametrize("kwargs,field", [
    ({"sector": "club"}, "sector"), ({"size_band": "huge"}, "size_band"), ({"led_by": ["x_led"]}, "led_by"),
    ({"income": -1}, "income"), ({"income": "lots"}, "income"), ({"lat": 95}, "lat"), ({"name": " "}, "name"),
    ({"services": "advice"}, "services"), ({"places": ["bad code!"]}, "places"), ({"id": "has space"}, "id"),
])
def test_organisation_rejects_bad_values_naming_the_field(kwargs, field):
    base = {"id": "GB-CHC-1", "name": "A"} | kwargs
    with pytest.raises(ModelError) as e:
        Organisation(**base)
    assert e.value.field == field


@pytest.mark.parametrize("kwargs,field", [
    ({"kind": "friendship"}, "kind"), ({"form": "marriage"}, "form"), ({"to_id": "A"}, "to_id"),
    ({"strength": 0}, "strength"), ({"since": "2020-13-01"}, "since"),
    ({"since": "2021-01-01", "until": "2020-01-01"}, "until"), ({"amount": -5}, "amount"),
])
def test_tie_rejects_bad_values(kwargs, field):
    base = {"from_id": "A", "to_id": "B", "kind": "partnership"} | kwargs
    with pytest.raises(ModelError) as e:
        Tie(**base)
    assert e.value.field == field


def test_generated_ids_are_stable_and_ignore_case_and_spacing():
    assert generated_org_id("Easton Food Bank", "bs5 6aa") == generated_org_id("easton  food bank", "BS56AA")
    assert generated_org_id("Easton Food Bank") != generated_org_id("Easton Food Bank", "BS5 6AA")


def test_small_and_marginalised_led():
    # Size only from evidence: no income is "size unknown", never small (a council or an NHS
    # trust listed without income must not be promoted as a small group).
    assert not Organisation("PM-1", "Group").is_small
    assert Organisation("PM-1", "Group").size_band is None
    assert not Organisation("360G-x-1", "Trafford Council", sector="statutory").is_small
    assert Organisation("PM-2", "Group", income=8000).is_small
    assert Organisation("PM-3", "Group", size_band="small").is_small
    assert not Organisation("GB-CHC-1", "Big", income=5e6, registered_ids=["GB-CHC-1"]).is_small
    assert Organisation("GB-CHC-1", "Led", led_by=["user_led"]).is_marginalised_led


def test_inferred_values_must_be_held_by_their_field_and_are_sorted():
    o = Organisation("GB-CHC-1", "A", services=["health", "advice"],
                     inferred=[{"field": "services", "value": "health", "confidence": 0.7, "method": "model",
                                "evidence": "activities"},
                               Inference("services", "advice", 0.55, "rule", "activities")])
    assert [i.value for i in o.inferred] == ["advice", "health"]
    assert o.stated("services") == ()
    assert o.to_dict()["inferred"][1] == {"field": "services", "value": "health", "confidence": 0.7,
                                          "method": "model", "evidence": "activities"}


@pytest.mark.parametrize("inferred,reason", [
    ([Inference("services", "health", 0.7, "model")], "is not the organisation's services"),
    ([Inference("sector", "statutory", 0.7, "name")], "is not the organisation's sector"),
    ([{"field": "services", "value": "advice", "confidence": 0.5, "method": "m"}] * 2, "inferred twice"),
    ([{"field": "services", "value": "advice"}], "not an inference"),
    ("services", "single string"),
])
def test_inferred_rejects_what_the_record_does_not_hold(inferred, reason):
    with pytest.raises(ModelError, match=reason) as e:
        Organisation("GB-CHC-1", "A", services=["advice"], inferred=inferred)
    assert e.value.field == "inferred"


@pytest.mark.parametrize("kwargs,field", [
    ({"field": "name"}, "inferred.field"), ({"confidence": 1.5}, "inferred.confidence"),
    ({"confidence": "sure"}, "inferred.confidence"), ({"method": " "}, "inferred.method"),
    ({"value": ""}, "inferred.value"),
])
def test_inference_rejects_bad_values(kwargs, field):
    with pytest.raises(ModelError) as e:
        Inference(**({"field": "services", "value": "advice", "confidence": 0.5, "method": "model"} | kwargs))
    assert e.value.field == field


@pytest.mark.parametrize("make, field", [
    (lambda: Organisation("PM-1\n", "Trailing newline"), "id"),
    (lambda: Tie("A", "B\n", "partnership"), "to_id"),
    (lambda: Service("abc\n", "Trailing newline"), "code"),
    (lambda: Organisation("PM-1", "X", places=("E09000028\nx",)), "places"),
    (lambda: Tie("A", "B", "partnership", since="2024-01-01<script>"), "since"),
    (lambda: Tie("A", "B", "partnership", until="2024-01-01\n"), "until"),
    (lambda: Tie("A", "B", "partnership", since="2013-13"), "since"),
])
def test_ids_codes_and_dates_are_checked_whole(make, field):
    # `$` in a pattern accepts a trailing newline and a [:10] slice ignored what followed.
    with pytest.raises(ModelError) as e:
        make()
    assert e.value.field == field


def test_partial_dates_keep_their_precision_and_compare_sensibly():
    assert Tie("A", "B", "funding", since="2013-08", until="2014").since == "2013-08"
    assert Tie("A", "B", "funding", since="2013-08-15", until="2013-08").until == "2013-08"   # same month
    assert Tie("A", "B", "funding", since="2021-01-01T09:30:00Z").since == "2021-01-01T09:30:00Z"
    with pytest.raises(ModelError):
        Tie("A", "B", "funding", since="2013-08-15", until="2013-07")
