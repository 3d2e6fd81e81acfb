"""Our own keyword rules (seed/classify_rules.csv): a curated regular expression per code.

They answer for codes the labelled sample never uses (debt advice, ESOL...) and, where the
model is unsure, decide. Each rule's confidence is its precision on the labelled sample
where that can be measured, so a rule that fires on many wrong charities is not trusted.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

try:   # the regex parser's own modules, to read a pattern's literal start
    from re import _constants as re_constants, _parser as re_parser
except ImportError:  # Python 3.10 and earlier
    import sre_constants as re_constants
    import sre_parse as re_parser

from graph.classify.data import FIELDS, RULES, label

__all__ = ["Rule", "load_rules", "rule_matches", "literal_prefixes"]


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
    """{label: the words that matched} for every rule that fires on `text`.

    A rule's regular expression runs only when the text holds one of the literal words its
    matches must start with (`literal_prefixes`): a substring test is far cheaper than a
    regex scan, and most rules do not fire on most texts (classifying on import spent most
    of its time here: 96 scans per text). The answer is the same as running every rule."""
    out: dict[str, str] = {}
    text = text.lower()
    for rule in rules:
        if rule.label in out:
            continue
        prefixes = literal_prefixes(rule.pattern.pattern)
        if prefixes is not None and not any(map(text.__contains__, prefixes)):
            continue
        m = rule.pattern.search(text)
        if m:
            out[rule.label] = m.group(0)
    return out


@lru_cache(maxsize=None)
def literal_prefixes(pattern: str) -> tuple[str, ...] | None:
    """Literal strings one of which every match of `pattern` starts with, or None when the
    pattern can start with something that is not a literal (then the rule always runs).
    Kept out of Rule itself: rules are pickled inside the cached classifier."""
    try:
        parsed = re_parser.parse(pattern)
    except re.error:
        return None
    found = _prefixes(list(parsed))
    return tuple(sorted(found)) if found else None


def _prefixes(items: list) -> set[str] | None:
    """Prefixes of a parsed sequence: its leading literals, extended by the prefixes of a
    group or a choice that follows them (the parser factors shared starts out of a choice:
    'esol|english' is 'e' then 'sol|nglish'). None when nothing literal must come first."""
    i = 0
    while i < len(items) and items[i][0] is re_constants.AT:       # \b, ^: zero width
        i += 1
    literal = []
    while i < len(items) and items[i][0] is re_constants.LITERAL:
        literal.append(chr(items[i][1]))
        i += 1
    lit = "".join(literal)
    after = None
    if i < len(items):
        op, av = items[i]
        if op is re_constants.SUBPATTERN:
            after = _prefixes(list(av[-1]))
        elif op is re_constants.BRANCH:
            after = set()
            for branch in av[1]:
                found = _prefixes(list(branch))
                if not found:
                    after = None
                    break
                after |= found
    if after:
        return {lit + a for a in after}
    return {lit} if lit else None      # a class, a repeat, a dot first: may start anywhere
