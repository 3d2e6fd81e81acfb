"""Per-organisation features, composed with a scikit-learn ColumnTransformer.

Every organisation becomes one sparse row: multi-hot services, communities and places
(places closed upwards, so a ward group also counts as in its local authority and region),
a TF-IDF vector of its description, and one-hot sector, size band and led-by. Each block
is L2-normalised on its own so that no block drowns the others in a cosine.

The pair model (matcher.pairs) reads the blocks it needs straight from the Snapshot's
incidence matrices; this pipeline supplies the description vectors and the
"cosine on features" baseline, and keeps the encoding of every field in one place.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Normalizer, OneHotEncoder

from graph.model import LED_BY

__all__ = ["org_table", "make_org_featurizer", "block", "ORG_COLUMNS", "SIZE_ORDER"]

# Column order of the table `org_table` builds; the transformer selects by position
# because the project does not depend on pandas.
ORG_COLUMNS = ("services", "communities", "places", "description", "sector", "size_band", "led_by")
_COL = {name: i for i, name in enumerate(ORG_COLUMNS)}

# Ordinal position of each size band; unknown income sits with "small" because most
# organisations that publish no accounts are small (NCVO Almanac).
SIZE_ORDER = {"micro": 0, "small": 1, "medium": 2, "large": 3, "major": 4, None: 1}


def _codes(value):
    """Analyzer for a cell that already holds a list of codes (module level so it pickles)."""
    return list(value)


def org_table(snapshot) -> np.ndarray:
    """One row per organisation (snapshot order), columns as in ORG_COLUMNS.

    Places are the closed set (the places named and every place containing them).
    Below-the-radar groups get the pseudo led-by code ``unregistered`` so the encoder
    sees them as a group of their own.

    Built a column at a time from plain lists: per organisation, slicing the closed places
    as numpy arrays and assigning a row tuple into the object table cost about 25 us, a
    second and more of a cold model fit at 50,000 organisations (issue 14).
    """
    orgs = snapshot.orgs
    n = len(orgs)
    closed = snapshot.org_places_closed
    place_codes = [p.code for p in snapshot.places]
    starts, cols = closed.indptr.tolist(), closed.indices.tolist()
    columns = {
        "services": [list(o.services) for o in orgs],
        "communities": [list(o.communities) for o in orgs],
        "places": [[place_codes[j] for j in cols[starts[i]:starts[i + 1]]] for i in range(n)],
        "description": [o.description or o.name for o in orgs],
        "sector": [o.sector for o in orgs],
        "size_band": [o.size_band or "unknown" for o in orgs],
        "led_by": [list(o.led_by) + ([] if o.registered_ids or o.sector != "vcse" else ["unregistered"])
                   for o in orgs],
    }
    table = np.empty((n, len(ORG_COLUMNS)), dtype=object)
    for name, values in columns.items():
        # fromiter keeps each list as one cell (np.array would make a 2-D array of
        # lists of equal length)
        table[:, _COL[name]] = np.fromiter(values, dtype=object, count=n)
    return table


class DescriptionTfidf(TfidfVectorizer):
    """TF-IDF that encodes all-zero rows instead of failing when no description has a
    usable word (tiny or name-only data sets), so a snapshot can always be matched."""

    _PLACEHOLDER = "zzpartnermapnodescription"

    def fit(self, raw_documents, y=None):
        self.fit_transform(raw_documents)
        return self

    def fit_transform(self, raw_documents, y=None):
        docs = list(raw_documents)
        analyze = self.build_analyzer()
        if any(analyze(d) for d in docs):
            return super().fit_transform(docs, y)
        return super().fit_transform(docs + [self._PLACEHOLDER], y)[:-1]


try:   # CountVectorizer's last step since scikit-learn 1.9: the sparse type the config asks for
    from sklearn.feature_extraction.text import _align_api_if_sparse
except ImportError:   # before, it returned the csr_matrix it built
    def _align_api_if_sparse(matrix):
        return matrix


class CodesVectorizer(CountVectorizer):
    """CountVectorizer over cells that already hold lists of codes, with a fixed
    vocabulary (the taxonomy): the same matrix, built with numpy.

    CountVectorizer counts document by document in Python (an analyzer call, a dict
    per row); for the services, communities and closed places of 50,000 organisations
    that was most of a second of a cold model fit (issue 14). Only the counting
    (``_count_vocab``, scikit-learn's own split of the work) is replaced, and only for
    this case: validation, ``vocabulary_``, ``binary`` and the output type stay
    CountVectorizer's. tests/matcher/test_features.py holds the output to
    CountVectorizer's, so a scikit-learn upgrade that changes that split is caught.
    """

    def _count_vocab(self, raw_documents, fixed_vocab):
        if not fixed_vocab or self.analyzer is not _codes:
            return super()._count_vocab(raw_documents, fixed_vocab)
        vocabulary = self.vocabulary_
        docs = list(raw_documents)
        lengths = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs))
        get = vocabulary.get
        cols = np.fromiter((get(code, -1) for doc in docs for code in doc), dtype=np.int64,
                           count=int(lengths.sum()))
        rows = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
        known = cols >= 0   # out-of-vocabulary codes are ignored, as CountVectorizer does
        rows, cols = rows[known], cols[known]
        # Each row's distinct codes in ascending column order, with their counts.
        width = max(len(vocabulary), 1)
        keys, counts = np.unique(rows * width + cols, return_counts=True)
        rows, cols = keys // width, keys % width
        indptr = np.zeros(len(docs) + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=len(docs)), out=indptr[1:])
        index_dtype = np.int32 if indptr[-1] <= np.iinfo(np.int32).max else np.int64
        matrix = sp.csr_matrix((counts.astype(np.intc), cols.astype(index_dtype), indptr.astype(index_dtype)),
                               shape=(len(docs), len(vocabulary)), dtype=self.dtype)
        matrix.sort_indices()
        return vocabulary, _align_api_if_sparse(matrix)


def _multi_hot(vocabulary):
    # A fixed vocabulary (the taxonomy) keeps columns stable and lets a taxonomy that no
    # organisation uses yet encode as all-zero instead of failing on an empty vocabulary.
    vocabulary = list(dict.fromkeys(vocabulary)) or ["-"]
    return Pipeline([("count", CodesVectorizer(analyzer=_codes, binary=True, lowercase=False,
                                               vocabulary=vocabulary, dtype=np.float32)),
                     ("norm", Normalizer())])


def make_org_featurizer(snapshot, max_description_terms: int = 20_000) -> ColumnTransformer:
    """The unfitted transformer from `org_table` rows to one sparse feature row.

    Parameters
    ----------
    snapshot : graph.snapshot.Snapshot
        Supplies the taxonomies that fix the multi-hot vocabularies.
    max_description_terms : int
        Vocabulary cap for the description TF-IDF; keeps memory flat at 370,000 orgs.

    Returns
    -------
    sklearn.compose.ColumnTransformer
        Blocks named services, communities, places, description, categorical, led_by;
        `output_indices_` gives each block's columns once fitted.
    """
    return ColumnTransformer(
        [("services", _multi_hot(s.code for s in snapshot.services), _COL["services"]),
         ("communities", _multi_hot(c.code for c in snapshot.communities), _COL["communities"]),
         ("places", _multi_hot(p.code for p in snapshot.places), _COL["places"]),
         ("description", DescriptionTfidf(sublinear_tf=True, stop_words="english", min_df=1,
                                          max_features=max_description_terms, dtype=np.float32),
          _COL["description"]),
         ("categorical", Pipeline([("onehot", OneHotEncoder(handle_unknown="ignore")),
                                   ("norm", Normalizer())]),
          [_COL["sector"], _COL["size_band"]]),
         ("led_by", _multi_hot((*LED_BY, "unregistered")), _COL["led_by"])],
        sparse_threshold=1.0)


def block(featurizer: ColumnTransformer, matrix: sp.spmatrix, name: str) -> sp.csr_matrix:
    """The columns of one named block of a transformed matrix."""
    sl = featurizer.output_indices_[name]
    return sp.csr_matrix(matrix[:, sl.start:sl.stop])
