"""What an organisation does and whom it serves, from its own words.

A multi-label text classifier (graph.classify.model) trained on UK charities tagged by hand
(graph.classify.data), with our keyword rules (graph.classify.rules) where the model is
unsure. It lives under graph/ because the importers apply it (graph.classify.apply) and the
graph layer must not depend on matcher/; like matcher and analysis it imports neither
flask nor neo4j.

    from graph.classify import classify_text
    classify_text("We run a food bank and debt advice for families")   # -> [Prediction, ...]

The trained model is not shipped (nothing binary in the repository): it is trained from the
shipped CSVs at first use and cached with joblib under the user cache folder, keyed by a hash
of the data, the crosswalk, the rules and this code's version, so a change to any of them
retrains. Training is two fits of ~70 logistic regressions on ~4,300 texts; on the loaded
2-core build machine that took minutes, so the first import or `partnermap classify` waits.
"""
from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import sklearn

from graph.classify.data import CROSSWALK, RULES, TRAINING_DATA, load_labelled, split_label
from graph.classify.model import Prediction, TextClassifier
from graph.classify.rules import load_rules

__all__ = ["Prediction", "TextClassifier", "classify_text", "default_classifier", "cache_dir",
           "known_codes", "MODEL_VERSION"]

# Bump when the model code changes in a way that makes a cached model stale.
MODEL_VERSION = "3"

_lock = threading.Lock()
_loaded: dict[str, TextClassifier] = {}


def cache_dir() -> Path:
    """PARTNERMAP_CLASSIFIER_CACHE, else PARTNERMAP_CACHE (as the matcher), else
    $XDG_CACHE_HOME/partnermap, else ~/.cache/partnermap."""
    explicit = os.environ.get("PARTNERMAP_CLASSIFIER_CACHE") or os.environ.get("PARTNERMAP_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "partnermap"


def known_codes() -> dict[str, set[str]]:
    from seed import load_communities, load_services
    return {"services": {s.code for s in load_services()}, "communities": {c.code for c in load_communities()}}


def _data_key() -> str:
    h = hashlib.sha256()
    for path in (TRAINING_DATA, CROSSWALK, RULES):
        h.update(path.read_bytes())
    h.update(f"{MODEL_VERSION}|{sklearn.__version__}".encode())
    return h.hexdigest()[:16]


def train_default() -> TextClassifier:
    """The classifier trained on every shipped labelled charity (no caching)."""
    data = load_labelled()
    rules = load_rules(known=known_codes())
    return TextClassifier(rules).fit([d.text for d in data], [d.labels for d in data])


def default_classifier() -> TextClassifier:
    """The shipped classifier: from memory, else the joblib cache, else trained and cached."""
    import joblib

    key = _data_key()
    with _lock:
        if key in _loaded:
            return _loaded[key]
        path = cache_dir() / f"classifier-{key}.joblib"
        clf = None
        if path.is_file():
            try:
                clf = joblib.load(path)
            except Exception:   # a cache file from a crashed write or another version: retrain
                clf = None
        if clf is None:
            clf = train_default()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                joblib.dump(clf, tmp)
                os.replace(tmp, path)
            except OSError:
                pass            # an unwritable cache only costs retraining next time
        _loaded[key] = clf
        return clf


def classify_text(text: str, classifier: TextClassifier | None = None) -> list[Prediction]:
    """Our services and communities for any text, most confident first."""
    clf = classifier or default_classifier()
    return clf.predict([text])[0]


def codes_of(predictions: list[Prediction], field: str) -> list[Prediction]:
    return [p for p in predictions if split_label(p.label)[0] == field]
