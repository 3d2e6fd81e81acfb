"""Need against provision per place, for shading a geographic map.

For each place, every need recorded there (`partnermap import need`) is set against the
organisations working in the place (or inside it) that serve that community or provide
that service (or a service under it). A need nobody meets counts fully, one met by a
single organisation half, and so on: the place's score is the mean of
``level / (1 + providers)`` over its recorded needs, in [0, 1]. Places with no recorded
need get no score and say so: a blank is not a place without need.
"""
from __future__ import annotations

import numpy as np

from graph.analysis._scope import AnalysisError

__all__ = ["need_against_provision", "BANDS"]

# (upper bound of the score, band, words)
BANDS = ((0.15, "low", "need mostly met"), (0.35, "medium", "some need unmet"),
         (1.01, "high", "much need unmet"))


def _band(score: float) -> tuple[str, str]:
    for top, band, words in BANDS:
        if score < top:
            return band, words
    return BANDS[-1][1], BANDS[-1][2]


def need_against_provision(snapshot, places) -> list[dict]:
    """Recorded need against provision for each of `places`.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
    places : iterable of str
        Place codes.

    Returns
    -------
    list of dict
        Per place, in the order given: code, name, organisations (working there or inside
        it), needs (recorded there), unmet (needs with no provider), thin (one provider),
        score (None without recorded need), band ("low" / "medium" / "high" / "unknown"),
        words, and the needs themselves (label, level, providers), highest gap first.

    Raises
    ------
    AnalysisError
        For a place code the snapshot does not know.
    """
    services = snapshot.org_services.tocsc()
    communities = snapshot.org_communities.tocsc()
    children: dict[str, list[int]] = {}
    for j, s in enumerate(snapshot.services):
        children.setdefault(s.code, []).append(j)
        if s.parent:
            children.setdefault(s.parent, []).append(j)
    out = []
    for code in places:
        if code not in snapshot.place_index:
            raise AnalysisError(f"unknown place {code!r}")
        rows = snapshot.org_rows_in_place(code)
        inside = np.zeros(len(snapshot.orgs), dtype=bool)
        inside[rows] = True
        needs = []
        for n in snapshot.needs:
            if n.place != code:
                continue
            if n.target == "community":
                j = snapshot.community_index.get(n.code)
                cols = [] if j is None else [j]
                matrix, label = communities, snapshot.label("community", n.code)
            else:
                cols = children.get(n.code, [])
                matrix, label = services, snapshot.label("service", n.code)
            serving = np.zeros(len(snapshot.orgs), dtype=bool)
            for j in cols:
                serving[matrix.indices[matrix.indptr[j]:matrix.indptr[j + 1]]] = True
            providers = int((serving & inside).sum())
            needs.append({"target": n.target, "code": n.code, "label": label, "level": n.level,
                          "providers": providers, "gap": round(n.level / (1 + providers), 4)})
        needs.sort(key=lambda d: (-d["gap"], d["label"]))
        score = round(float(np.mean([d["gap"] for d in needs])), 4) if needs else None
        band, words = _band(score) if needs else ("unknown", "need not recorded")
        out.append({"code": code, "name": snapshot.label("place", code), "organisations": int(len(rows)),
                    "needs": len(needs), "unmet": sum(d["providers"] == 0 for d in needs),
                    "thin": sum(d["providers"] == 1 for d in needs), "score": score, "band": band,
                    "words": words, "need_list": needs})
    return out
