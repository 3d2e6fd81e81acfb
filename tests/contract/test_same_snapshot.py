"""The same data gives equal snapshots from each store."""
import pytest

from seed.demo import build_demo


@pytest.mark.neo4j
def test_demo_gives_equal_snapshots_from_both_stores(embedded_store, neo4j_store):
    data = build_demo()
    embedded_store.load(data)
    neo4j_store.load(data)
    a, b = embedded_store.snapshot(), neo4j_store.snapshot()
    assert len(a.orgs) == len(data.organisations) and len(a.ties) == len(data.ties)
    assert a == b
    assert (a.org_services != b.org_services).nnz == 0
    assert list(a.tie_src) == list(b.tie_src)
