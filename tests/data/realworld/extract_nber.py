"""Regenerate nber_health_papers.csv from github.com/bldavies/nberwp (CC0).

    python extract_nber.py NBERWP_GIT_DIR

Reads data-raw/papers.csv, paper_authors.csv, paper_programs.csv and authors.csv at HEAD
with `git show`. Keeps the working papers of the NBER's two health programmes (HE, Health
Economics; HC, Health Care) from 1990 on, in the same columns as motu_papers.csv plus
`month`: number, year, month, area (the paper's first health programme), title, authors
(names joined by "; "). See README.md for why this slice.
"""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections import defaultdict

PROGRAMS = {"HE": "Health Economics", "HC": "Health Care"}
FIRST_YEAR = 1990


def _rows(git_dir, path):
    text = subprocess.check_output(["git", "--git-dir", git_dir, "show", f"HEAD:{path}"], text=True)
    return csv.DictReader(io.StringIO(text))


def nber(git_dir, out="nber_health_papers.csv"):
    programmes = defaultdict(list)
    for r in _rows(git_dir, "data-raw/paper_programs.csv"):
        if r["program"] in PROGRAMS:
            programmes[r["paper"]].append(r["program"])
    names = {r["author"]: r["name"] for r in _rows(git_dir, "data-raw/authors.csv")}
    authors = defaultdict(list)
    for r in _rows(git_dir, "data-raw/paper_authors.csv"):
        if r["paper"] in programmes:
            authors[r["paper"]].append(names.get(r["author"], r["author"]))
    kept = 0
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["number", "year", "month", "area", "title", "authors"])
        for p in _rows(git_dir, "data-raw/papers.csv"):
            if p["paper"] in programmes and int(p["year"]) >= FIRST_YEAR and authors[p["paper"]]:
                area = PROGRAMS[sorted(programmes[p["paper"]])[-1]]   # HE before HC when both
                w.writerow([p["paper"], p["year"], p["month"], area, p["title"], "; ".join(authors[p["paper"]])])
                kept += 1
    return kept


if __name__ == "__main__":
    print(nber(sys.argv[1]), "papers")
