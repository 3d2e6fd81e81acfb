"""The data-layer commands, run as users run them (CliRunner and a real subprocess)."""
import json
import subprocess
import sys

from click.testing import CliRunner

from graph.cli import cli


def run(*args, store):
    return CliRunner().invoke(cli, ["--store", store, *args], catch_exceptions=False)


def test_seed_stats_show_search(tmp_path):
    store = f"sqlite:///{tmp_path / 'pm.db'}"
    out = run("seed", "demo", "--json", store=store)
    assert out.exit_code == 0, out.output
    seeded = json.loads(out.output)
    assert seeded["ok"] and seeded["written"]["organisations"] > 500
    stats = json.loads(run("stats", "--json", store=store).output)
    assert stats["organisations"] == seeded["written"]["organisations"] and stats["ties"] > 1000
    found = json.loads(run("search", "food bank", "--json", store=store).output)["results"]
    assert found and all("food bank" in o["name"].lower() for o in found)
    shown = json.loads(run("show", found[0]["id"], "--json", store=store).output)
    assert shown["organisation"]["id"] == found[0]["id"]
    assert all(found[0]["id"] in (t["from_id"], t["to_id"]) for t in shown["ties"])
    table = run("show", found[0]["id"], store=store).output
    assert found[0]["name"] in table and "ties" in table
    # seeding again is idempotent
    run("seed", "demo", store=store)
    assert json.loads(run("stats", "--json", store=store).output)["ties"] == stats["ties"]


def test_unknown_organisation_is_one_line_and_non_zero(tmp_path):
    out = CliRunner().invoke(cli, ["--store", f"sqlite:///{tmp_path / 'pm.db'}", "show", "GB-CHC-404"])
    assert out.exit_code == 1
    assert out.output.strip().splitlines() == ["error: no organisation with id 'GB-CHC-404' (try `partnermap search NAME`)"]


def test_synthetic_seed(tmp_path):
    store = f"sqlite:///{tmp_path / 'pm.db'}"
    out = json.loads(run("seed", "synthetic", "--orgs", "300", "--avg-degree", "4", "--json", store=store).output)
    assert out["totals"]["organisations"] == 300 and out["totals"]["ties"] == 600


def test_unreachable_neo4j_prints_one_clear_line_without_traceback():
    # Port 9 on loopback: nothing listens there, so the driver is refused at once.
    proc = subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "--store",
                           "bolt://127.0.0.1:9", "stats"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot reach Neo4j at bolt://127.0.0.1:9: "), proc.stderr
    assert "Traceback" not in proc.stderr


def test_bad_store_url_is_explained():
    out = CliRunner().invoke(cli, ["--store", "mysql://x", "stats"])
    assert out.exit_code == 2 and "unknown store URL 'mysql://x'" in out.output


def test_show_finds_an_organisation_by_its_publisher_identifier(tmp_path):
    from graph.model import Organisation, org_id_for_identifier
    from graph.stores import open_store
    url = f"sqlite:///{tmp_path / 'pm.db'}"
    publisher_id = "GB-REV-1639/73"
    store = open_store(url)
    store.upsert_organisations([Organisation(id=org_id_for_identifier(publisher_id), name="St Hilda's Church",
                                             sector="faith")])
    store.close()
    shown = run("show", publisher_id, "--json", store=url)
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["organisation"]["id"] == "GB-REV-1639~2F73"
    table = run("show", publisher_id, store=url).output
    assert "publisher id: GB-REV-1639/73" in table and "St Hilda's Church" in table
