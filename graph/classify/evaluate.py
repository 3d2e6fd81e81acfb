"""Held-out evaluation: per-label and micro/macro F1 on charities the model never saw."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Scores", "score"]


@dataclass(frozen=True)
class Scores:
    per_label: dict[str, dict]   # label -> {precision, recall, f1, support}
    micro_f1: float
    macro_f1: float
    micro_precision: float
    micro_recall: float

    def to_dict(self) -> dict:
        return {"micro_f1": self.micro_f1, "macro_f1": self.macro_f1, "micro_precision": self.micro_precision,
                "micro_recall": self.micro_recall, "per_label": self.per_label}


def score(truth: list[frozenset[str]], predicted: list[set[str]], labels: list[str] | None = None) -> Scores:
    """F1 per label over `labels` (default: every label with a held-out positive), their
    unweighted mean (macro) and F1 of all decisions pooled (micro)."""
    if labels is None:
        labels = sorted({lab for t in truth for lab in t})
    wanted = set(labels)
    per = {}
    tp_all = fp_all = fn_all = 0
    for lab in labels:
        tp = sum(1 for t, p in zip(truth, predicted) if lab in t and lab in p)
        fp = sum(1 for t, p in zip(truth, predicted) if lab not in t and lab in p)
        fn = sum(1 for t, p in zip(truth, predicted) if lab in t and lab not in p)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
        per[lab] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
    assert wanted == set(per)
    micro_p = tp_all / (tp_all + fp_all) if tp_all + fp_all else 0.0
    micro_r = tp_all / (tp_all + fn_all) if tp_all + fn_all else 0.0
    micro = 2 * tp_all / (2 * tp_all + fp_all + fn_all) if tp_all + fp_all + fn_all else 0.0
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    return Scores(per, micro, macro, micro_p, micro_r)
