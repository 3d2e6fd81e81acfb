"""The text classifier: TF-IDF word n-grams, one logistic regression per
label, a decision threshold per label tuned on held-back data, and keyword rules where the
model is unsure or has never seen a label.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MultiLabelBinarizer

from graph.classify.rules import Rule, rule_matches

__all__ = ["Prediction", "TextClassifier", "make_pipeline"]

# A rule decides a label only when the model gives it at least this share of its threshold:
# "unsure", not "confidently no".
UNSURE_SHARE = 0.4
# Confidence given to a rule for a label the labelled sample never uses (so its precision
# cannot be measured).
UNMEASURED_RULE_CONFIDENCE = 0.5
# Each label's threshold maximises F-beta with this beta on held-back texts, searched no lower
# than the floor (see _best_thresholds).
THRESHOLD_BETA = 0.5
THRESHOLD_FLOOR = 0.2


@dataclass(frozen=True)
class Prediction:
    """One label for one text: how sure, and whether the model or a keyword rule said so."""
    label: str
    confidence: float
    method: str            # "model" or "rule"
    matched: str = ""      # for a rule, the words that fired it

    def to_dict(self) -> dict:
        field, code = self.label.split(":", 1)
        d = {"field": field, "code": code, "confidence": round(self.confidence, 3), "method": self.method}
        if self.matched:
            d["matched"] = self.matched
        return d


def make_pipeline(C: float = 8.0, random_state: int = 0) -> Pipeline:
    """Words and word pairs, TF-IDF weighted, then one logistic regression per label.

    Character n-grams (3-5, char_wb) were tried as a second feature set: liblinear had not
    finished fitting 58 labels on 800 texts after 10 minutes on the loaded 2-core build
    machine (words alone: 2 s), so they are left out."""
    features = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_df=0.5, sublinear_tf=True,
                               strip_accents="unicode", max_features=40_000)
    # The dual problem: with far more features (40k) than texts (4k) liblinear solves it
    # several times faster than the primal, to the same weights.
    model = OneVsRestClassifier(LogisticRegression(C=C, solver="liblinear", dual=True, max_iter=1000,
                                                   class_weight="balanced", random_state=random_state))
    return Pipeline([("features", features), ("model", model)])


class TextClassifier:
    """Multi-label text classifier for our services and communities.

    Parameters
    ----------
    rules : list of Rule
        Keyword rules (graph.classify.rules).
    min_examples : int
        A label needs this many positive texts to get a model; rarer labels are left to rules.
    C : float
        Inverse regularisation of each logistic regression.
    validation_fraction : float
        Share of the training texts held back to tune each label's threshold (the model is
        then refitted on everything).
    use_rules, use_model : bool
        Switches for baselines (rules alone, model alone).
    random_state : int
    """

    def __init__(self, rules: list[Rule] | None = None, *, min_examples: int = 8, C: float = 8.0,
                 validation_fraction: float = 0.25, use_rules: bool = True, use_model: bool = True,
                 random_state: int = 0):
        self.rules = rules or []
        self.min_examples = min_examples
        self.C = C
        self.validation_fraction = validation_fraction
        self.use_rules = use_rules
        self.use_model = use_model
        self.random_state = random_state

    # ---- training ------------------------------------------------------------------------
    def fit(self, texts: list[str], label_sets: list[frozenset[str]]) -> "TextClassifier":
        if len(texts) != len(label_sets):
            raise ValueError("texts and label_sets differ in length")
        counts: dict[str, int] = {}
        for labels in label_sets:
            for lab in labels:
                counts[lab] = counts.get(lab, 0) + 1
        self.label_counts_ = counts
        self.rule_precision_ = self._rule_precision(texts, label_sets, counts)
        modelled = sorted(lab for lab, n in counts.items() if n >= self.min_examples)
        self.binarizer_ = MultiLabelBinarizer(classes=modelled)
        self.pipeline_ = None
        self.thresholds_ = np.zeros(len(modelled))
        if not self.use_model or not modelled:
            return self
        y = self.binarizer_.fit_transform([[lab for lab in s if lab in counts and counts[lab] >= self.min_examples]
                                           for s in label_sets])
        rng = np.random.default_rng(self.random_state)
        order = rng.permutation(len(texts))
        n_val = int(len(texts) * self.validation_fraction)
        val, fit = order[:n_val], order[n_val:]
        texts_arr = np.array(texts, dtype=object)
        if n_val >= 20 and all(y[fit].sum(axis=0) > 0):
            pipe = make_pipeline(self.C, self.random_state).fit(texts_arr[fit], y[fit])
            self.thresholds_ = _best_thresholds(y[val], pipe.predict_proba(texts_arr[val]))
        else:   # too little data to hold any back: the usual 0.5
            self.thresholds_ = np.full(len(modelled), 0.5)
        self.pipeline_ = make_pipeline(self.C, self.random_state).fit(texts_arr, y)
        return self

    def _rule_precision(self, texts, label_sets, counts) -> dict[str, float]:
        """Each rule's precision on the labelled texts, for labels the texts use at all."""
        fired: dict[str, int] = {}
        right: dict[str, int] = {}
        for text, labels in zip(texts, label_sets):
            for lab in rule_matches(self.rules, text):
                fired[lab] = fired.get(lab, 0) + 1
                right[lab] = right.get(lab, 0) + (lab in labels)
        return {lab: right[lab] / fired[lab] for lab in fired if counts.get(lab, 0) > 0}

    # ---- predicting ------------------------------------------------------------------------
    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Model probabilities, one column per label in `labels_` (no rules)."""
        if self.pipeline_ is None:
            return np.zeros((len(texts), len(self.binarizer_.classes)))
        return self.pipeline_.predict_proba(np.array(texts, dtype=object))

    @property
    def labels_(self) -> list[str]:
        return list(self.binarizer_.classes)

    def predict(self, texts: list[str]) -> list[list[Prediction]]:
        """For each text, its labels, most confident first."""
        probs = self.predict_proba(texts)
        labels = self.labels_
        index = {lab: i for i, lab in enumerate(labels)}
        out = []
        for row, text in zip(probs, texts):
            found: dict[str, Prediction] = {}
            if self.use_model and self.pipeline_ is not None:
                for i in np.flatnonzero(row >= self.thresholds_):
                    found[labels[i]] = Prediction(labels[i], float(row[i]), "model")
            if self.use_rules:
                for lab, words in rule_matches(self.rules, text).items():
                    if lab in found:
                        continue
                    i = index.get(lab)
                    modelled = i is not None and self.use_model and self.pipeline_ is not None
                    if modelled and row[i] < UNSURE_SHARE * self.thresholds_[i]:
                        continue    # the model is sure it is not so
                    precision = self.rule_precision_.get(lab)
                    if precision is None:
                        precision = UNMEASURED_RULE_CONFIDENCE if self.label_counts_.get(lab, 0) == 0 else 0.0
                    if precision < 0.3:
                        continue    # a rule wrong more often than not on the labelled sample
                    confidence = max(precision, float(row[i])) if modelled else precision
                    found[lab] = Prediction(lab, confidence, "rule", words)
            out.append(sorted(found.values(), key=lambda p: (-p.confidence, p.label)))
        return out


def _best_thresholds(y_true: np.ndarray, probs: np.ndarray, *, beta: float = THRESHOLD_BETA,
                     floor: float = THRESHOLD_FLOOR) -> np.ndarray:
    """Per label, the threshold with the best F-beta on held-back texts, searched from `floor`
    up (0.5 if the label has no positive there).

    F-beta with beta below 1 weighs precision above recall: a wrong label on a profile misleads
    the matcher and the reader, a missing one only goes unused. The floor keeps a rare label
    from being set off by a threshold tuned on two or three held-back positives: with the old
    F1 search from 0.05, "UK based coalition against the war against terror" got offender
    rehabilitation at 0.12 confidence. Measured with bench/classify.py (held-out UK-CAT
    charities): micro F1 0.570 -> 0.605, macro F1 0.479 -> 0.486, micro precision
    0.488 -> 0.634, micro recall 0.684 -> 0.578."""
    grid = np.arange(floor, 0.96, 0.025)
    b2 = beta * beta
    out = np.full(y_true.shape[1], 0.5)
    for j in range(y_true.shape[1]):
        truth = y_true[:, j].astype(bool)
        if not truth.any():
            continue
        best, best_score = 0.5, -1.0
        for t in grid:
            pred = probs[:, j] >= t
            tp = np.sum(pred & truth)
            fp = np.sum(pred & ~truth)
            fn = np.sum(~pred & truth)
            denominator = (1 + b2) * tp + b2 * fn + fp
            f_beta = (1 + b2) * tp / denominator if denominator else 0.0
            if f_beta > best_score + 1e-9:
                best, best_score = t, f_beta
        out[j] = best
    return out
