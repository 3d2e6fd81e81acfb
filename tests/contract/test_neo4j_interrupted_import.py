"""Issue 13, item 14: a killed importer on Neo4j left half a staged load with no trace.

A real import process is killed (SIGKILL: no undo can run) between two steps of a staged
load; the next command says which import was interrupted and at which step, and
`partnermap import --resume` completes it."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from graph.cli import cli

pytestmark = pytest.mark.neo4j

KILLED_IMPORT = textwrap.dedent("""
    import os, signal, sys
    import graph.stores.neo4j_staged as staged
    from graph.stores.neo4j_store import Neo4jStore

    # Small steps, so that 60 organisations and 80 ties take six of them.
    Neo4jStore.single_transaction_rows, Neo4jStore.staged_chunk_rows = 50, 40
    real = staged.staged_load

    def killed_after_step_3(store, data, chunk_rows, after_step=None):
        def kill(step):
            if step == 3:
                os.kill(os.getpid(), signal.SIGKILL)
        return real(store, data, chunk_rows, after_step=kill)

    staged.staged_load = killed_after_step_3
    from graph.cli import main
    sys.argv = ["partnermap", "import", "csv", sys.argv[1]]
    main()
""")


def _csv(folder):
    folder.mkdir()
    ids = [f"PM-KILL{i:04d}" for i in range(60)]
    (folder / "organisations.csv").write_text(
        "id,name,sector\n" + "".join(f"{i},Organisation {i},vcse\n" for i in ids), encoding="utf-8")
    pairs = [(i, (i + 1) % 60) for i in range(60)] + [(i, (i + 2) % 60) for i in range(20)]
    (folder / "ties.csv").write_text(
        "from_id,to_id,kind\n" + "".join(f"{ids[a]},{ids[b]},referral\n" for a, b in pairs), encoding="utf-8")
    return folder


def test_a_killed_import_is_reported_and_resumed(neo4j_store, neo4j_server, tmp_path, monkeypatch):
    from graph.stores.neo4j_store import Neo4jStore

    folder = _csv(tmp_path / "to-import")
    env = {**os.environ, "PARTNERMAP_STORE": neo4j_server["uri"], "NEO4J_USER": neo4j_server["user"],
           "NEO4J_PASSWORD": neo4j_server["password"]}
    killed = subprocess.run([sys.executable, "-c", KILLED_IMPORT, str(folder)], env=env, capture_output=True,
                            text=True, timeout=600, cwd=tmp_path)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert neo4j_store.counts()["organisations"] == 60 and neo4j_store.counts()["ties"] == 0  # half a load
    assert neo4j_store.interrupted_load()["step"] == 4

    for name in ("PARTNERMAP_STORE", "NEO4J_USER", "NEO4J_PASSWORD"):
        monkeypatch.setenv(name, env[name])
    runner = CliRunner()
    stats = runner.invoke(cli, ["stats", "--json"])
    assert stats.exit_code == 0, stats.output
    assert (f"warning: an import of {folder.resolve()} was interrupted at step 4 of 6: run it again to "
            "complete it") in stats.stderr
    assert json.loads(stats.stdout)["ties"] == 0

    monkeypatch.setattr(Neo4jStore, "single_transaction_rows", 50)
    monkeypatch.setattr(Neo4jStore, "staged_chunk_rows", 40)
    resumed = runner.invoke(cli, ["import", "--resume"])
    assert resumed.exit_code == 0, resumed.output
    assert "Resuming the import of" in resumed.stderr
    assert neo4j_store.counts()["organisations"] == 60 and neo4j_store.counts()["ties"] == 80
    assert neo4j_store.interrupted_load() is None
    after = runner.invoke(cli, ["stats", "--json"])
    assert "interrupted" not in after.stderr
    assert runner.invoke(cli, ["import", "--resume"]).output.strip() == "No interrupted import: nothing to resume."
