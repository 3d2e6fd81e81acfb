"""Regenerate the two dated real-world samples in this folder from their upstream repositories.

    python extract_dated.py MOTUWP_GIT_DIR DONATIONS_GIT_DIR

Each argument is a git directory (a clone of github.com/bldavies/motuwp and of
github.com/vipulnaik/donations); the files are read at HEAD with `git show`. See README.md
for what each output holds and why it was trimmed the way it was.
"""
from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from collections import defaultdict


def _show(git_dir, path):
    return subprocess.check_output(["git", "--git-dir", git_dir, "show", f"HEAD:{path}"], text=True,
                                   stderr=subprocess.DEVNULL)


def motu(git_dir):
    papers = {r["number"]: r for r in csv.DictReader(io.StringIO(_show(git_dir, "data-raw/papers.csv")))}
    authors = defaultdict(list)
    for r in csv.DictReader(io.StringIO(_show(git_dir, "data-raw/authors.csv"))):
        authors[r["number"]].append(r["author"])
    with open("motu_papers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["number", "year", "area", "title", "authors"])
        for number in sorted(papers):
            p = papers[number]
            w.writerow([number, 2000 + int(number[:2]), p["area"], p["title"], "; ".join(authors[number])])


def _tuple(s, i):
    """One parenthesised SQL VALUES tuple starting at s[i] == '(' -> (values, end)."""
    i += 1
    vals = []
    while True:
        while s[i].isspace():
            i += 1
        if s[i] == "'":
            j, buf = i + 1, []
            while True:
                c = s[j]
                if c == "\\":
                    buf.append(s[j + 1]); j += 2; continue
                if c == "'":
                    if s[j + 1] == "'":
                        buf.append("'"); j += 2; continue
                    break
                buf.append(c); j += 1
            vals.append("".join(buf)); i = j + 1
        elif s.startswith("/*", i):
            i = s.index("*/", i) + 2
            continue
        else:
            m = re.compile(r"[^,)]*").match(s, i)
            vals.append(m.group(0).strip()); i = m.end()
        while s[i].isspace() or s.startswith("/*", i):
            i = s.index("*/", i) + 2 if s.startswith("/*", i) else i + 1
        if s[i] == ",":
            i += 1
        elif s[i] == ")":
            return vals, i + 1


def _cause(row):
    c = row.get("cause_area") or ""
    return "" if c == "NULL" else c


def donations(git_dir):
    files = subprocess.check_output(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", "HEAD",
                                     "sql/donations/private-foundations", "sql/donations/subsidiaries"],
                                    text=True).split()
    rows = []
    for path in files:
        try:
            s = _show(git_dir, path)
        except subprocess.CalledProcessError:   # files kept out of the snapshot (too large)
            continue
        for m in re.finditer(r"insert into donations\s*\(([^)]*)\)\s*values", s, re.I):
            cols = [c.strip() for c in m.group(1).split(",")]
            i = m.end()
            while True:
                while s[i].isspace() or s.startswith("/*", i):
                    i = s.index("*/", i) + 2 if s.startswith("/*", i) else i + 1
                if s[i] != "(":
                    break
                vals, i = _tuple(s, i)
                if len(vals) == len(cols):
                    rows.append(dict(zip(cols, vals)))
                while s[i].isspace():
                    i += 1
                if s[i] != ",":
                    break
                i += 1
    rows = [r for r in rows if re.match(r"(19|20)\d\d-\d\d-\d\d$", r.get("donation_date") or "")]
    funders_of = defaultdict(set)
    for r in rows:
        funders_of[r["donee"]].add(r["donor"])
    pairs = {}
    for r in rows:
        if len(funders_of[r["donee"]]) < 2:
            continue
        key = (r["donor"], r["donee"])
        amount = float(r["amount"]) if re.match(r"^[0-9.]+$", r.get("amount") or "") else 0.0
        p = pairs.setdefault(key, {"first": r["donation_date"], "grants": 0, "amount": 0.0,
                                   "cause": _cause(r)})
        if r["donation_date"] < p["first"]:
            p["first"], p["cause"] = r["donation_date"], _cause(r)
        p["grants"] += 1
        p["amount"] += amount
    with open("donations_pairs.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["funder", "recipient", "first_grant", "grants", "amount_usd", "first_cause_area"])
        for (donor, donee), p in sorted(pairs.items(), key=lambda kv: (kv[1]["first"], kv[0])):
            w.writerow([donor, donee, p["first"], p["grants"], round(p["amount"]), p["cause"].split("/")[0]])


if __name__ == "__main__":
    motu(sys.argv[1])
    donations(sys.argv[2])
