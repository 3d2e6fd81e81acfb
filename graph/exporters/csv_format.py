"""partnermap CSV export: the files graph.importers.csv_format reads back, exactly."""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from graph.importers.csv_format import COLUMNS, guard_cell, record_to_row
from graph.stores.base import GraphData

__all__ = ["write", "render"]


def render(data: GraphData) -> dict[str, str]:
    """File name -> CSV text. Records are sorted so the same data gives the same bytes."""
    tables = {
        "services.csv": sorted(data.services, key=lambda s: s.code),
        "communities.csv": sorted(data.communities, key=lambda c: c.code),
        "places.csv": sorted(data.places, key=lambda p: p.code),
        "organisations.csv": sorted(data.organisations, key=lambda o: o.id),
        "ties.csv": sorted(data.ties, key=lambda t: t.key),
        "needs.csv": sorted(data.needs, key=lambda n: (n.place, n.target, n.code)),
    }
    out = {}
    for name, records in tables.items():
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(COLUMNS[name])
        # Cells a spreadsheet would run as formulas are neutralised (guard_cell); the
        # importer undoes it, so the files still read back exactly.
        w.writerows([guard_cell(c) for c in record_to_row(r)] for r in records)
        out[name] = buf.getvalue()
    return out


def write(data: GraphData, out) -> None:
    files = render(data)
    if hasattr(out, "write") or str(out).lower().endswith(".zip"):
        target = out if hasattr(out, "write") else open(out, "wb")
        try:
            with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as z:
                for name, text in files.items():
                    z.writestr(name, text.encode("utf-8"))
        finally:
            if target is not out:
                target.close()
        return
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        # newline="" keeps the CSV's own \r\n line ends and any newlines inside values intact.
        with open(folder / name, "w", encoding="utf-8", newline="") as f:
            f.write(text)
