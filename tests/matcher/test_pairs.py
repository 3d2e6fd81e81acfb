"""Pair features on a graph small enough to count by hand, and the no-leak rule."""
import itertools
import math

import networkx as nx
import numpy as np
import pytest

from matcher.context import MatchContext
from matcher.model import PartnerModel
from matcher.pairs import FEATURES, pair_features
from tests.matcher.conftest import org, snapshot, tie

F = {name: i for i, name in enumerate(FEATURES)}


@pytest.fixture
def bridged_triangles():
    """Triangles a-b-c and d-e-f joined by the bridge c-d."""
    ids = "abcdef"
    orgs = [org(i, ["advice.legal"] if i in "abc" else ["housing.supported_housing"], ["refugees_asylum"])
            for i in ids]
    edges = [("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f"), ("c", "d")]
    snap = snapshot(orgs, [tie(x, y) for x, y in edges])
    return snap, nx.Graph(edges)


def _l3_paths(g, u, v):
    """Degree-normalised paths u-x-y-v with x, y not in {u, v} (Kovacs et al. 2019)."""
    return sum(1 / math.sqrt(g.degree(x) * g.degree(y))
               for x in g[u] for y in g[x] if y in g[v] and x not in (u, v) and y not in (u, v))


def test_topology_features_match_a_count_by_hand(bridged_triangles):
    snap, g = bridged_triangles
    model = PartnerModel().fit(snap)
    ctx = model.fitted_context
    for u, v in itertools.combinations("abcdef", 2):
        x = pair_features(model, ctx, [snap.index[u]], [snap.index[v]])[0]
        common = set(g[u]) & set(g[v])
        assert x[F["common_partners"]] == pytest.approx(math.log1p(len(common)))
        assert x[F["adamic_adar"]] == pytest.approx(math.log1p(sum(1 / math.log(g.degree(w)) for w in common)))
        assert x[F["resource_allocation"]] == pytest.approx(math.log1p(sum(1 / g.degree(w) for w in common)))
        assert x[F["paths_of_length_3"]] == pytest.approx(math.log1p(_l3_paths(g, u, v)))
    # b and e: exactly one path b-c-d-e, through c and d of degree 3.
    x = pair_features(model, ctx, [snap.index["b"]], [snap.index["e"]])[0]
    assert x[F["paths_of_length_3"]] == pytest.approx(math.log1p(1 / 3))


def test_a_tied_pair_is_measured_as_if_its_tie_were_not_there(bridged_triangles):
    snap, _ = bridged_triangles
    model = PartnerModel().fit(snap)
    c, d = snap.index["c"], snap.index["d"]
    with_tie = pair_features(model, model.fitted_context, [c], [d])[0]
    mask = ~(((snap.tie_src == c) & (snap.tie_dst == d)) | ((snap.tie_src == d) & (snap.tie_dst == c)))
    without = pair_features(model, MatchContext.build(snap, model.featurizer_, mask), [c], [d],
                            leave_one_out=[True])[0]
    topo = [F[f] for f in ("common_partners", "adamic_adar", "resource_allocation", "paths_of_length_3")]
    assert with_tie[topo] == pytest.approx(without[topo])


def test_overlap_features(bridged_triangles):
    snap, _ = bridged_triangles
    model = PartnerModel().fit(snap)
    a, b, d = snap.index["a"], snap.index["b"], snap.index["d"]
    x = pair_features(model, model.fitted_context, [a, a], [b, d])
    assert x[:, F["community_overlap"]] == pytest.approx([1.0, 1.0])
    assert x[:, F["service_redundancy"]] == pytest.approx([1.0, 0.0])
    assert x[0, F["service_complementarity"]] == 0.0        # identical services: nothing new either side
    assert x[1, F["service_complementarity"]] > 0.0         # legal advice <-> supported housing
    assert x[:, F["place_overlap"]] == pytest.approx([1.0, 1.0])
    assert np.isfinite(x).all()


def test_query_fast_path_equals_the_general_path(refugee_case):
    # A suggestion query (one organisation against many) takes a numpy fast path; it
    # must give exactly what the general pairwise code gives.
    model = PartnerModel().fit(refugee_case)
    ctx = model.fitted_context
    vs = np.arange(ctx.n)
    for u in (0, 5, 17):
        fast = pair_features(model, ctx, np.full(ctx.n, u), vs)
        general = pair_features(model, ctx, np.r_[np.full(ctx.n, u), [1]], np.r_[vs, [2]])[:-1]
        assert fast == pytest.approx(general)
