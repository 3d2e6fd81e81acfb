"""Keyword rules run their regular expression only on texts holding a literal start of it
(graph.classify.rules.literal_prefixes): the answers must be exactly those of running every
rule, on the shipped rules and the hand-tagged charities' own words."""
from __future__ import annotations

import itertools
import re

import pytest

from graph.classify.data import load_labelled
from graph.classify.rules import Rule, literal_prefixes, load_rules, rule_matches


def _every_rule(rules, text):
    out, text = {}, text.lower()
    for rule in rules:
        if rule.label not in out and (m := rule.pattern.search(text)):
            out[rule.label] = m.group(0)
    return out


@pytest.mark.parametrize("pattern, prefixes", [
    (r"\b(esol|english (for|as a)|english classes)\b", ("english as a", "english classes", "english for", "esol")),
    (r"\b(child(ren)?|kids)\b", ("child", "kids")),
    (r"\b(famil(y|ies)|parents?)\b", ("families", "family", "parent")),
    (r"\bschools?\b", ("school",)),
    (r"\b(pre-?schools?|[a-z]+ club)\b", None),      # may start with any letter: always run
    (r"\b(a|)x", None),                               # may start with x alone
    (r".*care", None),
])
def test_literal_prefixes(pattern, prefixes):
    assert literal_prefixes(pattern) == prefixes


def test_same_answers_as_running_every_rule_on_real_texts():
    rules = load_rules()
    texts = [x.text for x in itertools.islice(load_labelled(), 1500)]
    texts += ["", "ESOL classes", "English as an additional language", "Children's centre", "pre-school",
              "lunch  clubs", "co", "Grant 12 core costs"]
    assert [rule_matches(rules, t) for t in texts] == [_every_rule(rules, t) for t in texts]
    assert sum(1 for t in texts if rule_matches(rules, t)) > 1000     # rules do fire: the test is not empty


def test_a_rule_that_may_start_anywhere_still_runs():
    rules = [Rule("services:x", re.compile(r"\b([a-z]+ clubs?)\b"))]
    assert rule_matches(rules, "A Lunch Club") == {"services:x": "lunch club"}
