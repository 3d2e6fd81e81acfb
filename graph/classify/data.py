"""The labelled text the classifier learns from, mapped onto our services and communities.

The shipped sample (seed/data/ukcat_charities.csv, see the README beside it) is UK charities
classified by hand with the UK Charity Activity Tags (UK-CAT); seed/crosswalks/ukcat.csv
maps every tag to our codes or says why it is left unmapped. A label is "services:CODE" or
"communities:CODE", so one model answers for both fields.
"""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from seed import SEED_DIR

__all__ = ["LabelledText", "TRAINING_DATA", "CROSSWALK", "RULES", "load_labelled", "ukcat_crosswalk",
           "organisation_split", "label", "split_label", "document_text"]

TRAINING_DATA = SEED_DIR / "data" / "ukcat_charities.csv"
CROSSWALK = SEED_DIR / "crosswalks" / "ukcat.csv"
RULES = SEED_DIR / "classify_rules.csv"
FIELDS = ("services", "communities")


def label(field: str, code: str) -> str:
    return f"{field}:{code}"


def split_label(value: str) -> tuple[str, str]:
    field, code = value.split(":", 1)
    return field, code


def document_text(*parts: str) -> str:
    """The text one organisation is classified from: its parts joined, blanks dropped."""
    return " \n".join(p.strip() for p in parts if p and p.strip())


@dataclass(frozen=True)
class LabelledText:
    org_id: str
    text: str
    labels: frozenset[str]


@lru_cache(maxsize=4)
def ukcat_crosswalk(path: Path = CROSSWALK) -> dict[str, frozenset[str]]:
    """UK-CAT code -> our labels (empty for a tag deliberately left unmapped)."""
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            labels = {label(field, c.strip()) for field in FIELDS for c in row[field].split(";") if c.strip()}
            out[row["ukcat_code"]] = frozenset(labels)
    return out


def load_labelled(path: Path = TRAINING_DATA, crosswalk: Path = CROSSWALK) -> list[LabelledText]:
    """Every hand-tagged charity as (org id, name + activities + objects, our labels).

    A charity whose tags all map to nothing keeps an empty label set: it is a real negative
    example for every label (a rotary club, a research fund)."""
    mapping = ukcat_crosswalk(crosswalk)
    out = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            tags = [t.strip() for t in row["ukcat"].split(";") if t.strip()]
            unknown = [t for t in tags if t not in mapping]
            if unknown:
                raise ValueError(f"{path.name}: {row['org_id']}: ukcat: tags {unknown} are not in {crosswalk.name}")
            labels = frozenset().union(*(mapping[t] for t in tags)) if tags else frozenset()
            out.append(LabelledText(row["org_id"], document_text(row["name"], row["activities"], row["objects"]),
                                    labels))
    return out


def organisation_split(org_id: str, test_fraction: float = 0.2) -> str:
    """'test' or 'train' for an organisation, fixed by a hash of its id, so every run and
    every machine holds out the same charities."""
    h = int(hashlib.sha256(org_id.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if h < test_fraction else "train"
