"""The organisation table and the multi-hot blocks are built with numpy (issue 14: the
per-organisation Python loops were seconds of a cold model fit at 50,000 organisations).
They must give what the plain versions gave, cell for cell and bit for bit: the fitted
model, its features and so every suggestion depend on them."""
from __future__ import annotations

import contextlib
import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Normalizer

import matcher.features as features
from graph.snapshot import Snapshot
from matcher.features import CodesVectorizer, _codes, make_org_featurizer, org_table
from seed.synthetic import build_synthetic
from tests.matcher.conftest import org, snapshot


def _reference_table(snap) -> np.ndarray:
    """org_table as it was written first: one organisation at a time."""
    closed = snap.org_places_closed
    place_codes = np.array([p.code for p in snap.places], dtype=object)
    table = np.empty((len(snap.orgs), len(features.ORG_COLUMNS)), dtype=object)
    for i, o in enumerate(snap.orgs):
        places = place_codes[closed.indices[closed.indptr[i]:closed.indptr[i + 1]]]
        led = list(o.led_by) + ([] if o.registered_ids or o.sector != "vcse" else ["unregistered"])
        table[i] = (list(o.services), list(o.communities), list(places), o.description or o.name,
                    o.sector, o.size_band or "unknown", led)
    return table


def _reference_multi_hot(vocabulary):
    vocabulary = list(dict.fromkeys(vocabulary)) or ["-"]
    return Pipeline([("count", CountVectorizer(analyzer=_codes, binary=True, lowercase=False,
                                               vocabulary=vocabulary, dtype=np.float32)),
                     ("norm", Normalizer())])


def _same_sparse(a, b) -> None:
    a, b = sp.csr_matrix(a), sp.csr_matrix(b)
    assert a.shape == b.shape and a.dtype == b.dtype
    assert np.array_equal(a.indptr, b.indptr)
    assert np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)


@pytest.fixture(scope="module")
def synthetic():
    return Snapshot.from_data(build_synthetic(400, avg_degree=4, seed=3))


def _odd_cases():
    """Organisations with no codes, no places, no description, unregistered ones, and
    ones with several places (closed upwards: ward, its authority, the region)."""
    return snapshot([
        org("a", services=("advice.legal", "advice.housing", "not-a-code"), communities=("refugees_asylum",), places=("W1", "W3")),
        org("b", places=(), description="", registered_ids=()),
        org("c", services=("advice.housing",), places=("LA2",), sector="statutory", size_band=None),
        org("d", communities=("refugees_asylum", "older_people"), description="Lunch club for older people",
            led_by=("user_led", "women_led")),
    ])


@pytest.mark.parametrize("which", ["synthetic", "odd"])
def test_the_table_is_the_one_built_one_organisation_at_a_time(synthetic, which):
    snap = synthetic if which == "synthetic" else _odd_cases()
    ours, theirs = org_table(snap), _reference_table(snap)
    assert ours.shape == theirs.shape and ours.dtype == theirs.dtype
    for i in range(ours.shape[0]):
        for j in range(ours.shape[1]):
            assert type(ours[i, j]) is type(theirs[i, j]), (i, j)
            assert ours[i, j] == theirs[i, j], (i, j)


@pytest.mark.parametrize("interface", ["default", "sparray", "spmatrix"])
def test_codes_vectorizer_counts_as_count_vectorizer_does(interface):
    """The same counts and the same sparse type, whichever scikit-learn is configured to give."""
    import sklearn
    if interface != "default" and "sparse_interface" not in sklearn.get_config():
        pytest.skip("this scikit-learn has no sparse_interface setting")
    context = sklearn.config_context(sparse_interface=interface) if interface != "default" else _nothing()
    with context:
        _codes_vectorizer_counts_as_count_vectorizer_does()


@contextlib.contextmanager
def _nothing():
    yield


def _codes_vectorizer_counts_as_count_vectorizer_does():
    vocabulary = ["x", "y", "z", "w"]
    docs = np.empty(6, dtype=object)
    for i, cell in enumerate([["z", "x"], [], ["y", "y", "x"], ["unknown", "w"], ["unknown"], ["w", "z", "y", "x"]]):
        docs[i] = cell
    for binary in (True, False):
        for dtype in (np.float32, np.float64, np.int64):
            kw = dict(analyzer=_codes, binary=binary, lowercase=False, vocabulary=vocabulary, dtype=dtype)
            ours, theirs = CodesVectorizer(**kw), CountVectorizer(**kw)
            _same_sparse(ours.fit_transform(docs), theirs.fit_transform(docs))
            _same_sparse(ours.transform(docs[::-1]), theirs.transform(docs[::-1]))
            assert type(ours.transform(docs)) is type(theirs.transform(docs))
            assert ours.vocabulary_ == theirs.vocabulary_


def test_codes_vectorizer_learns_a_vocabulary_as_count_vectorizer_does():
    """Without a fixed vocabulary it is CountVectorizer, unchanged."""
    docs = np.empty(3, dtype=object)
    for i, cell in enumerate([["b", "a"], ["c"], ["a", "a"]]):
        docs[i] = cell
    ours, theirs = CodesVectorizer(analyzer=_codes, lowercase=False), CountVectorizer(analyzer=_codes, lowercase=False)
    _same_sparse(ours.fit_transform(docs), theirs.fit_transform(docs))
    assert ours.vocabulary_ == theirs.vocabulary_


@pytest.mark.parametrize("which", ["synthetic", "odd"])
def test_the_featurizer_gives_the_matrix_count_vectorizer_gave(synthetic, which, monkeypatch):
    snap = synthetic if which == "synthetic" else _odd_cases()
    table = _reference_table(snap)
    ours = make_org_featurizer(snap)
    fitted = ours.fit_transform(table)
    monkeypatch.setattr(features, "_multi_hot", _reference_multi_hot)
    theirs = make_org_featurizer(snap)
    assert isinstance(theirs.transformers[0][1].named_steps["count"], CountVectorizer)
    assert not isinstance(theirs.transformers[0][1].named_steps["count"], CodesVectorizer)
    _same_sparse(fitted, theirs.fit_transform(table))
    _same_sparse(ours.transform(table[::-1]), theirs.transform(table[::-1]))


def test_codes_vectorizer_does_not_count_document_by_document(monkeypatch):
    """The numpy path is the one taken for a fixed vocabulary: CountVectorizer's loop
    calls the analyzer once per document, which is what cost the time."""
    docs = np.empty(2, dtype=object)
    docs[0], docs[1] = ["x"], ["y", "x"]
    vectorizer = CodesVectorizer(analyzer=_codes, binary=True, lowercase=False, vocabulary=["x", "y"])

    def per_document(self):
        raise AssertionError("counted document by document")
    monkeypatch.setattr(CountVectorizer, "build_analyzer", per_document)
    assert vectorizer.fit_transform(docs).toarray().tolist() == [[1, 0], [1, 1]]
