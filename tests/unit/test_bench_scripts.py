"""Every benchmark under bench/ starts: it parses, imports what it needs and prints its help.

The benchmarks are run by hand and take minutes, so nothing else would notice one that no
longer starts (a syntax error in bench/store.py went unnoticed once until a 370k run)."""
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.parametrize("script", sorted(p.name for p in BENCH.glob("*.py")))
def test_benchmark_prints_its_help(script):
    proc = subprocess.run([sys.executable, str(BENCH / script), "--help"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "usage:" in proc.stdout
