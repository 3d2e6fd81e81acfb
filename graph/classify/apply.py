"""Applying the classifier to organisations: only to fields no source filled, marked inferred."""
from __future__ import annotations

import re

from graph.classify.data import document_text, split_label
from graph.classify.model import TextClassifier
from graph.model import Inference, Organisation

__all__ = ["infer_links", "MIN_WORDS"]

# Fewer words than this say too little to classify ("Trustees", "See website").
MIN_WORDS = 4
_WORD = re.compile(r"[A-Za-z]{2,}")


def infer_links(orgs: list[Organisation], classifier: TextClassifier,
                extra_text: dict[str, list[str]] | None = None,
                evidence: str = "description") -> tuple[list[Organisation], dict[str, int]]:
    """Organisations with services or communities inferred from their words where they had none.

    Parameters
    ----------
    orgs : list of Organisation
    classifier : TextClassifier
    extra_text : dict, optional
        org id -> more of its own words that are not stored on it (grant titles and
        descriptions, service descriptions).
    evidence : str
        Where the description came from, kept with each inference.

    Returns
    -------
    (organisations, counts)
        The same list with the inferred ones replaced, and {"services": n, "communities": n}
        organisations given inferred values. A field a source stated is never touched.
    """
    extra_text = extra_text or {}
    todo, texts, sources = [], [], []
    for i, org in enumerate(orgs):
        if org.services and org.communities:
            continue
        more = extra_text.get(org.id, [])
        text = document_text(org.name, org.description, *more)
        if len(_WORD.findall(document_text(org.description, *more))) < MIN_WORDS:
            continue
        parts = [evidence] if org.description.strip() else []
        if more:
            parts.append("grant or service text")
        todo.append(i)
        texts.append(text)
        sources.append(" and ".join(parts))
    counts = {"services": 0, "communities": 0}
    if not todo:
        return orgs, counts
    out = list(orgs)
    for i, predictions, source in zip(todo, classifier.predict(texts), sources):
        org = out[i]
        changes, inferred = {}, list(org.inferred)
        for field in ("services", "communities"):
            if getattr(org, field):
                continue       # a source stated this field: never overwritten
            found = [p for p in predictions if split_label(p.label)[0] == field]
            if not found:
                continue
            codes = tuple(split_label(p.label)[1] for p in found)
            changes[field] = codes
            for p, code in zip(found, codes):
                how = source if p.method == "model" else f"{source}: {p.matched!r}"
                inferred.append(Inference(field, code, min(1.0, p.confidence), p.method, how[:300]))
            counts[field] += 1
        if changes:
            out[i] = org.with_changes(inferred=tuple(inferred), **changes)
    return out, counts
