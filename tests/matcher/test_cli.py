"""`partnermap match` and `partnermap evaluate` through click's CliRunner on a real store."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli   # registers every package's commands, ours included
from seed.demo import build_demo


@pytest.fixture
def demo_store(embedded_store, monkeypatch, tmp_path):
    monkeypatch.setenv("PARTNERMAP_CACHE", str(tmp_path / "cache"))
    embedded_store.load(build_demo())
    return embedded_store


def _run(store, *args):
    return CliRunner().invoke(cli, ["--store", store.url, *args])


def test_match_json_has_suggestions_reasons_and_fairness(demo_store, tmp_path):
    snap = demo_store.snapshot()
    org = next(o for o in snap.orgs if "refugees_asylum" in o.communities and o.services)
    result = _run(demo_store, "match", org.id, "-k", "5", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["ok"] is True and data["org_id"] == org.id
    assert 1 <= len(data["suggestions"]) <= 5
    first = data["suggestions"][0]
    assert first["explanation"] and first["reasons"] and "service_complementarity" in first["contributions"]
    assert data["fairness"]["enabled"] and "protected_exposure_before" in data["fairness"]
    assert (tmp_path / "cache" / "matcher-model.joblib").exists()


def test_match_table_and_filters(demo_store):
    snap = demo_store.snapshot()
    org = snap.orgs[0]
    result = _run(demo_store, "match", org.id, "--place", "E06000032", "--no-fairness", "--json")
    assert result.exit_code == 0, result.output
    ids = [s["org_id"] for s in json.loads(result.output)["suggestions"]]
    luton = set(snap.orgs[i].id for i in snap.org_rows_in_place("E06000032"))
    assert ids and set(ids) <= luton
    table = _run(demo_store, "match", org.id, "-k", "3")
    assert table.exit_code == 0 and "Suggested partners for" in table.output
    assert "Fair re-ranking on" in table.output


def test_unknown_org_is_one_error_line_and_nonzero_exit(demo_store):
    result = _run(demo_store, "match", "NO-SUCH-ORG")
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == ["error: no organisation with id 'NO-SUCH-ORG'"]
    bad = _run(demo_store, "match", demo_store.snapshot().orgs[0].id, "--sector", "pirates")
    assert bad.exit_code != 0 and "sector" in bad.output


def test_evaluate_json_reports_model_and_baselines(demo_store):
    result = _run(demo_store, "evaluate", "--holdout", "0.2", "--split", "time", "--seed", "1", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["ok"] is True and data["split"] == "time"
    assert set(data["methods"]) - {"ranker"} == {"model", "served", "random", "common_neighbours", "adamic_adar",
                                                 "resource_allocation", "preferential_attachment", "l3",
                                                 "popularity", "consensus"}
    assert data["lens"] == "collaboration" and data["as_of"]
    assert data["baseline_beats_model"] is bool(data["beaten_by"])
    assert len(data["warnings"]) == len(data["beaten_by"])
    assert data["served"]["method"] in data["methods"]
    assert data["introductions"] == {"partnered": 0, "declined": 0, "used": 0, "used_partnered": 0,
                                     "used_declined": 0, "after_cutoff": 0, "on_held_out_pairs": 0}


def test_evaluate_learns_from_the_stores_recorded_introductions(demo_store):
    snap = demo_store.snapshot()
    ids = [o.id for o in snap.orgs[:40]]
    for i in range(0, 20, 2):
        intro = demo_store.create_introduction(ids[i], ids[i + 1], broker="t")
        for status in ("made", "met", "partnered" if i % 4 == 0 else "declined"):
            demo_store.update_introduction(intro.id, status, by="t")
    result = _run(demo_store, "evaluate", "--split", "random", "--seed", "2", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    taught = data["introductions"]
    assert taught["partnered"] == 5 and taught["declined"] == 5 and taught["used"] >= 1
    assert "model_without_introductions" in data["methods"]
    table = _run(demo_store, "evaluate", "--split", "random", "--seed", "2")
    assert "Introductions recorded: 5 partnered, 5 declined" in table.output and "without" in table.output


def test_evaluate_table_warns_when_a_baseline_wins(tmp_path):
    realworld = Path(__file__).resolve().parents[1] / "data" / "realworld"
    result = CliRunner().invoke(cli, ["--store", f"sqlite:///{tmp_path / 'x.db'}", "evaluate", "--realworld",
                                      str(realworld), "--dataset", "motu", "--split", "time",
                                      "--as-of", "2012-01-01"])
    assert result.exit_code == 0, result.output
    assert "train before 2012-01-01" in result.output
    # On this co-authorship network every strong baseline beats the learned model (see README).
    warnings = [line for line in result.output.splitlines() if line.startswith("WARNING")]
    assert any("l3 beats the model" in w for w in warnings)
    assert "Served: ranked by" in result.output


def test_evaluate_rejects_as_of_without_time_split_and_bad_dates(demo_store):
    assert "--as-of needs --split time" in _run(demo_store, "evaluate", "--as-of", "2020-01-01").output
    bad = _run(demo_store, "evaluate", "--split", "time", "--as-of", "01/02/2020")
    assert bad.exit_code != 0 and "YYYY-MM-DD" in bad.output


def test_funders_and_recipients_commands(demo_store):
    from matcher.funding import recommender_for
    snap = demo_store.snapshot()
    rec = recommender_for(snap)
    group = next(snap.orgs[i] for i in range(len(snap.orgs)) if len(rec.funders_of(i)) and not rec.only_funder_[i])
    out = _run(demo_store, "funders", group.id, "-k", "3", "--json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["ok"] and data["lens"] == "funding" and 1 <= len(data["suggestions"]) <= 3
    current = {f["org_id"] for f in data["funded_by"]}
    assert current and not current & {s["org_id"] for s in data["suggestions"]}
    assert all(s["reasons"] and s["explanation"] for s in data["suggestions"])
    table = _run(demo_store, "funders", group.id, "-k", "3")
    assert table.exit_code == 0 and "Funders who fund work like" in table.output
    funder = snap.orgs[int(rec.funder_rows_[0])]
    out = _run(demo_store, "recipients", funder.id, "-k", "4", "--json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["funds"] > 0 and data["fairness"]["enabled"] and len(data["suggestions"]) == 4
    funded = {snap.orgs[i].id for i in rec.recipients_of(int(rec.funder_rows_[0]))}
    assert not funded & {s["org_id"] for s in data["suggestions"]}
    plain = json.loads(_run(demo_store, "recipients", funder.id, "-k", "4", "--no-fairness", "--json").output)
    assert plain["fairness"]["enabled"] is False
    table = _run(demo_store, "recipients", funder.id)
    assert table.exit_code == 0 and "Fair re-ranking on" in table.output
    bad = _run(demo_store, "funders", "NO-SUCH-ORG")
    assert bad.exit_code != 0 and bad.output.strip() == "error: no organisation with id 'NO-SUCH-ORG'"


def test_match_takes_an_id_as_the_network_file_wrote_it(embedded_store, monkeypatch, tmp_path):
    """Imported from a network file, "Alpha Trust" is stored as Alpha~20Trust; the user types
    the name the file used, as `partnermap show` accepts it."""
    monkeypatch.setenv("PARTNERMAP_CACHE", str(tmp_path / "cache"))
    edges = tmp_path / "edges.csv"
    edges.write_text("from,to\n" + "".join(f"Alpha Trust,Group {i}\nGroup {i},Group {i + 1}\n" for i in range(12)))
    assert _run(embedded_store, "import", "network", str(edges)).exit_code == 0
    result = _run(embedded_store, "match", "Alpha Trust", "-k", "3", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["org_id"] == "Alpha~20Trust"
    missing = _run(embedded_store, "match", "Nobody Here")
    assert missing.exit_code != 0 and "'Nobody Here'" in missing.output
