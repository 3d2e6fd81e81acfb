"""The text classifier: trains and predicts, beats keyword rules on held-out charities,
and is applied on import only where no source said, marked inferred."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.classify import classify_text
from graph.classify.apply import infer_links
from graph.classify.data import load_labelled, organisation_split, ukcat_crosswalk
from graph.classify.evaluate import score
from graph.classify.model import TextClassifier
from graph.classify.rules import load_rules
from graph.model import Organisation

# A tiny hand-labelled set: every text written for this test, labels checked by eye.
TINY = [
    ("We run a food bank and give out food parcels to families in crisis",
     {"services:poverty.food_support", "communities:families"}),
    ("Weekly food bank with emergency food parcels for people on low incomes",
     {"services:poverty.food_support", "communities:low_income"}),
    ("Free food parcels and a community pantry for local residents in hardship",
     {"services:poverty.food_support", "communities:low_income"}),
    ("Community food bank distributing donated food to households in need",
     {"services:poverty.food_support"}),
    ("Counselling and talking therapies for adults with anxiety and depression",
     {"services:health.mental_health", "communities:mental_health"}),
    ("Mental health support groups and one to one counselling for people in distress",
     {"services:health.mental_health", "communities:mental_health"}),
    ("Peer support for people living with mental illness and their families",
     {"services:health.mental_health", "communities:mental_health"}),
    ("A drop-in for adults with mental health problems offering therapy and wellbeing",
     {"services:health.mental_health", "communities:mental_health"}),
    ("Youth club and football sessions for young people aged 11 to 18",
     {"services:youth.youth_clubs", "communities:young_people"}),
    ("Evening youth club with sport, music and trips for teenagers",
     {"services:youth.youth_clubs", "communities:young_people"}),
    ("Detached youth work on the estate for young people at risk",
     {"services:youth.youth_clubs", "communities:young_people"}),
    ("Youth centre offering activities and mentoring for young people",
     {"services:youth.youth_clubs", "communities:young_people"}),
]


def _fit_tiny(**kw):
    texts, labels = zip(*TINY)
    kw.setdefault("rules", [])
    return TextClassifier(min_examples=3, **kw).fit(list(texts), [frozenset(s) for s in labels])


def test_pipeline_trains_and_predicts_on_a_tiny_hand_labelled_set():
    clf = _fit_tiny()
    assert "services:poverty.food_support" in clf.labels_
    got = clf.predict(["Our food bank hands out food parcels", "A youth club for young people on Fridays"])
    first, second = ({p.label for p in ps} for ps in got)
    assert "services:poverty.food_support" in first and "services:youth.youth_clubs" not in first
    assert "services:youth.youth_clubs" in second and "services:poverty.food_support" not in second
    assert all(p.method == "model" and 0 < p.confidence <= 1 for ps in got for p in ps)


def test_a_rule_answers_where_the_model_has_no_such_label():
    rules = load_rules()
    clf = TextClassifier(rules, min_examples=3).fit([t for t, _ in TINY], [frozenset(s) for _, s in TINY])
    found = {p.label: p for p in clf.predict(["Free debt advice and help with universal credit claims"])[0]}
    assert found["services:advice.debt"].method == "rule"
    assert found["services:advice.debt"].matched.lower() == "debt"
    assert found["services:advice.welfare_benefits"].method == "rule"


def test_every_ukcat_tag_is_mapped_or_deliberately_unmapped():
    import csv

    from seed import SEED_DIR, load_communities, load_services
    services = {s.code for s in load_services()}
    communities = {c.code for c in load_communities()}
    with open(SEED_DIR / "crosswalks" / "ukcat.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(ukcat_crosswalk()) > 200
    for row in rows:
        mapped = [c for c in row["services"].split(";") if c] + [c for c in row["communities"].split(";") if c]
        assert bool(mapped) != bool(row["unmapped_reason"].strip()), row["ukcat_code"]
        assert all(c in services for c in row["services"].split(";") if c), row
        assert all(c in communities for c in row["communities"].split(";") if c), row
    # every tag used in the shipped data is in the crosswalk (load_labelled raises otherwise)
    assert len(load_labelled()) > 4000


def test_rules_name_the_row_of_a_bad_rule(tmp_path):
    bad = tmp_path / "rules.csv"
    bad.write_text("field,code,pattern,note\nservices,health,\\b(health,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"rules.csv:2:pattern"):
        load_rules(bad)
    bad.write_text("field,code,pattern,note\nservices,nope,x,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"rules.csv:2:code: 'nope'"):
        load_rules(bad, known={"services": {"health"}, "communities": set()})


def test_held_out_micro_f1_beats_the_keyword_rules_on_the_shipped_data():
    """Trained on a sample of the training charities (kept fast), scored on the fixed
    held-out split; the keyword rules alone are the baseline."""
    data = load_labelled()
    train = [d for d in data if organisation_split(d.org_id) == "train"][::2]
    test = [d for d in data if organisation_split(d.org_id) == "test"]
    clf = TextClassifier(load_rules()).fit([d.text for d in train], [d.labels for d in train])
    truth = [d.labels for d in test]
    combined = score(truth, [{p.label for p in ps} for ps in clf.predict([d.text for d in test])])
    clf.use_model = False
    rules_only = score(truth, [{p.label for p in ps} for ps in clf.predict([d.text for d in test])])
    assert combined.micro_f1 > rules_only.micro_f1 + 0.05, (combined.micro_f1, rules_only.micro_f1)
    assert combined.macro_f1 > rules_only.macro_f1


def test_inferred_links_never_overwrite_what_a_source_stated():
    clf = _fit_tiny()
    stated = Organisation("GB-CHC-1", "Eastside Pantry", services=("advice",),
                          description="We run a food bank and give out food parcels to families")
    bare = Organisation("GB-CHC-2", "Westside Pantry",
                        description="We run a food bank and give out food parcels to families")
    silent = Organisation("GB-CHC-3", "Quiet Trust", description="See website")
    out, counts = infer_links([stated, bare, silent], clf, evidence="ccew description")
    assert out[0].services == ("advice",) and out[0].stated("services") == ("advice",)
    assert out[2] == silent                        # too few words to say anything
    assert "poverty.food_support" in out[1].services and out[1].stated("services") == ()
    inference = out[1].inferred_values("services")["poverty.food_support"]
    assert inference.method == "model" and inference.evidence == "ccew description" and inference.confidence > 0
    assert counts["services"] == 1


def test_classify_cli_answers_for_any_text_as_json(monkeypatch, tmp_path):
    import graph.classify as classify
    monkeypatch.setattr(classify, "default_classifier", lambda: _fit_tiny(rules=load_rules()))
    from graph.cli import cli

    result = CliRunner().invoke(cli, ["classify", "Food parcels from our food bank; debt advice too", "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["ok"] is True
    by_code = {(x["field"], x["code"]): x for x in body["labels"]}
    assert by_code[("services", "poverty.food_support")]["method"] == "model"
    assert by_code[("services", "advice.debt")]["method"] == "rule"
    assert 0 < by_code[("services", "advice.debt")]["confidence"] <= 1
    plain = CliRunner().invoke(cli, ["classify", "Food parcels from our food bank"])
    assert plain.exit_code == 0 and "poverty.food_support" in plain.output
    empty = CliRunner().invoke(cli, ["classify", " "])
    assert empty.exit_code == 2 and "TEXT is empty" in empty.output


def test_thresholds_weigh_precision_and_never_drop_below_the_floor():
    """Hand-checked: one label, six held-back texts, three of them positive.

    probabilities  0.9 0.6 0.3 | 0.5 0.15 0.1 (first three positive)
    t=0.30: tp 3 fp 1 -> F0.5 = 1.25*3 / (1.25*3 + 0 + 1) = 0.789, F1 = 6/7 = 0.857
    t=0.55: tp 2 fp 0 fn 1 -> F0.5 = 2.5 / (2.5 + 0.25) = 0.909, F1 = 0.8
    So F1 picks 0.3 (any threshold in (0.15, 0.3]) and F0.5 picks 0.55 (in (0.5, 0.6]).
    A second label whose only positive scores 0.1 would be set at 0.1 by a search from
    0.05; from the floor it cannot go below 0.2.
    """
    from graph.classify.model import THRESHOLD_FLOOR, _best_thresholds
    import numpy as np
    y = np.array([[1, 1], [1, 0], [1, 0], [0, 0], [0, 0], [0, 0]])
    p = np.array([[0.9, 0.1], [0.6, 0.05], [0.3, 0.05], [0.5, 0.02], [0.15, 0.01], [0.1, 0.01]])
    f1 = _best_thresholds(y, p, beta=1.0, floor=0.05)
    assert 0.15 < f1[0] <= 0.3
    assert f1[1] <= 0.1
    chosen = _best_thresholds(y, p)
    assert 0.5 < chosen[0] <= 0.6
    assert chosen[1] >= THRESHOLD_FLOOR


def test_a_text_about_something_unmodelled_gets_no_confident_wrong_label():
    """Found on a real network (etcgroups, social forums): the coalition against the war on
    terror was labelled offender rehabilitation at 0.12 confidence."""
    labels = {p.label for p in classify_text("UK based coalition against the war against terror")}
    assert "services:safety.offender_rehabilitation" not in labels
    assert "communities:ex_offenders" not in labels
