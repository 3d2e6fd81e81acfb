"""The nightly batch (`matcher.batch`, `partnermap match --all`) gives what one-by-one
`match` gives: the same candidates, scores, fair re-ranking and reasons."""
import csv
import json

import numpy as np
import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.snapshot import Snapshot
from matcher.batch import CSV_COLUMNS, iter_match_all, query_rows
from matcher.model import PartnerModel
from matcher.service import match
from seed.demo import build_demo
from seed.synthetic import build_synthetic


@pytest.fixture(scope="module")
def synthetic():
    snap = Snapshot.from_data(build_synthetic(1500, avg_degree=8, seed=3))
    return snap, PartnerModel(random_state=0).fit(snap)


def _one_by_one(snap, model, rows, **kw):
    return [match(snap, snap.orgs[r].id, model=model, model_dir=False, **kw).to_dict() for r in rows]


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_equals_one_by_one_with_fairness_and_reasons(synthetic, workers):
    snap, model = synthetic
    rows = np.arange(0, len(snap.orgs), 17)
    batch = list(iter_match_all(snap, rows, model=model, model_dir=False, workers=workers, block_size=16))
    assert [r["org_id"] for r in batch] == [snap.orgs[r].id for r in rows]
    expected = _one_by_one(snap, model, rows)
    assert batch == expected
    # The sample exercises what the equality is about: re-ranking moved someone up, and
    # suggestions carry reasons.
    moved = [s for r in batch for s in r["suggestions"] if s["rank"] != s["model_rank"]]
    assert moved and all(r["fairness"]["enabled"] for r in batch)
    assert sum(len(s["reasons"]) for r in batch for s in r["suggestions"]) > len(batch)


def test_batch_equals_one_by_one_with_filters_baseline_ranking_and_no_fairness(synthetic):
    snap, model = synthetic
    rows = np.arange(5, len(snap.orgs), 41)
    place = snap.places[len(snap.places) // 2].code
    for kw in ({"filters": {"place": place}, "k": 5}, {"rank_by": "l3", "fairness": False, "k": 7}):
        assert list(iter_match_all(snap, rows, model=model, model_dir=False, workers=1, block_size=7, **kw)) == \
            _one_by_one(snap, model, rows, **kw)


def test_batch_text_formats_serialise_what_the_dicts_hold(synthetic):
    # jsonl and csv serialise results built without copying their nested reasons
    # (to_dict(copy=False)); they must say what the copied dicts say.
    snap, model = synthetic
    rows = np.arange(3, len(snap.orgs), 113)
    dicts = list(iter_match_all(snap, rows, model=model, model_dir=False, workers=1, block_size=5))
    lines = "".join(iter_match_all(snap, rows, model=model, model_dir=False, workers=1, block_size=5, fmt="jsonl"))
    assert [json.loads(line) for line in lines.splitlines()] == json.loads(json.dumps(dicts))
    result = match(snap, snap.orgs[rows[0]].id, model=model, model_dir=False)
    shared, copied = result.to_dict(copy=False), result.to_dict()
    assert shared == copied
    copied["suggestions"][0]["reasons"][0]["text"] = "changed"
    assert result.suggestions[0].reasons[0]["text"] != "changed"


def test_query_rows_of_a_place(synthetic):
    snap, _ = synthetic
    counts = np.asarray(snap.org_places_closed.sum(axis=0)).ravel()
    place = snap.places[int(np.flatnonzero((counts > 0) & (counts < len(snap.orgs)))[0])]
    rows = query_rows(snap, (place.code,))
    inside = {snap.orgs[r].id for r in rows}
    assert 0 < len(rows) < len(snap.orgs)
    closed = snap.org_places_closed
    j = snap.place_index[place.code]
    assert inside == {snap.orgs[i].id for i in range(len(snap.orgs)) if closed[i, j]}


@pytest.fixture
def demo_store(embedded_store, monkeypatch, tmp_path):
    monkeypatch.setenv("PARTNERMAP_CACHE", str(tmp_path / "cache"))
    embedded_store.load(build_demo())
    return embedded_store


def _run(store, *args):
    return CliRunner().invoke(cli, ["--store", store.url, *args])


def test_cli_match_all_jsonl_equals_match_json(demo_store, tmp_path):
    out = tmp_path / "all.jsonl"
    result = _run(demo_store, "match", "--all", "--out", str(out), "--workers", "2", "-k", "5", "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    snap = demo_store.snapshot()
    assert summary["organisations"] == len(snap.orgs)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["org_id"] for r in lines] == [o.id for o in snap.orgs]
    for r in lines[::97]:
        one = json.loads(_run(demo_store, "match", r["org_id"], "-k", "5", "--json").stdout)
        one.pop("ok")
        assert r == one


def test_cli_match_all_csv_for_one_place(demo_store, tmp_path):
    out = tmp_path / "luton.csv"
    result = _run(demo_store, "match", "--all", "--place", "E06000032", "--out", str(out), "--workers", "1")
    assert result.exit_code == 0, result.output
    snap = demo_store.snapshot()
    in_place = {snap.orgs[r].id for r in query_rows(snap, ("E06000032",))}
    with open(out, newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert {r["org_id"] for r in rows} <= in_place and len({r["org_id"] for r in rows}) > len(in_place) // 2
    first = rows[0]["org_id"]
    one = json.loads(_run(demo_store, "match", first, "--place", "E06000032", "--json").stdout)
    mine = [r for r in rows if r["org_id"] == first]
    assert [r["partner_id"] for r in mine] == [s["org_id"] for s in one["suggestions"]]
    assert [r["why"] for r in mine] == [s["explanation"] for s in one["suggestions"]]
    assert not list(tmp_path.glob(".*partial"))


def test_cli_match_all_refuses_bad_arguments(demo_store, tmp_path):
    org = demo_store.snapshot().orgs[0].id
    for args, words in ((["--all"], "--out"), (["--all", "--out", str(tmp_path / "x.txt")], ".csv or .jsonl"),
                        ([org, "--all", "--out", str(tmp_path / "x.csv")], "not both"),
                        (["--all", "--out", str(tmp_path / "x.csv"), "--place", "NOWHERE"], "NOWHERE"),
                        ([], "ORG_ID"), ([org, "--out", str(tmp_path / "x.csv")], "--all")):
        result = _run(demo_store, "match", *args)
        assert result.exit_code != 0 and words in result.output, (args, result.output)
    assert not (tmp_path / "x.csv").exists()
