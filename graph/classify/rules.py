"""Our own keyword rules (seed/classify_rules.csv): a curated regular expression per code.

They answer for codes the labelled sample never uses (debt advice, ESOL...) and, where the
model is unsure, decide. Each rule's confidence is its precision on the labelled sample
where that can be measured, so a rule that fires on many wrong charities is not trusted.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from graph.classify.data import FIELDS, RULES, label

__all__ = ["Rule", "load_rules", "rule_matches"]


@dataclass(frozen=True)
class Rule:
    label: str
    pattern: re.Pattern


def load_rules(path: Path = RULES, known: dict[str, set[str]] | None = None) -> list[Rule]:
    """The rules, checked: a bad field, an unknown code or a bad pattern names its row."""
    rules = []
    with open(path, newline="", encoding="utf-8") as f:
        for row_no, row in enumerate(csv.DictReader(f), start=2):
            field, code = row["field"].strip(), row["code"].strip()
            if field not in FIELDS:
                raise ValueError(f"{path.name}:{row_no}:field: {field!r} is not one of {', '.join(FIELDS)}")
            if known is not None and code not in known[field]:
                raise ValueError(f"{path.name}:{row_no}:code: {code!r} is not a code of {field}")
            try:
                # Matched against lower-cased text: several times faster than IGNORECASE.
                pattern = re.compile(row["pattern"].lower())
            except re.error as e:
                raise ValueError(f"{path.name}:{row_no}:pattern: {e}") from None
            rules.append(Rule(label(field, code), pattern))
    return rules


def rule_matches(rules: list[Rule], text: str) -> dict[str, str]:
    """{label: the words that matched} for every rule that fires on `text`."""
    out: dict[str, str] = {}
    text = text.lower()
    for rule in rules:
        if rule.label in out:
            continue
        m = rule.pattern.search(text)
        if m:
            out[rule.label] = m.group(0)
    return out
