"""Amounts are written in the currency the data states, not always in pounds."""
from __future__ import annotations

import json

from click.testing import CliRunner

from graph.cli import cli
from graph.model import Tie
from graph.money import data_currency, money_text
from tests.matcher.conftest import org, snapshot


def _grants(*currencies):
    orgs = [org("F", sector="funder")] + [org(f"R{i}") for i in range(len(currencies) + 1)]
    ties = [Tie("F", f"R{i}", "funding", amount=1000.0 * (i + 1), currency=c) for i, c in enumerate(currencies)]
    ties.append(Tie("F", f"R{len(currencies)}", "funding"))          # no amount: no currency counted
    return snapshot(orgs, ties)


def test_data_currency_is_the_most_stated_and_lists_every_one():
    assert data_currency(_grants("USD", "USD", "GBP")) == ("USD", ("USD", "GBP"))
    assert data_currency(_grants("EUR")) == ("EUR", ("EUR",))
    assert data_currency(_grants("", "")) == ("GBP", ("GBP",))   # stated amount, no currency: pounds
    assert data_currency(_grants()) == ("GBP", ("GBP",))          # nothing stated


def test_money_text_by_hand():
    assert money_text(1234.4, "USD") == "$1,234"
    assert money_text(9_597_900_000, "GBP", short=True) == "£9,597.9m"
    assert money_text(1500, "CAD") == "1,500 CAD"
    assert money_text(2_500_000, "USD", short=True, mixed=True) == "2.5m"
    assert money_text(None) == "" and money_text(float("nan")) == ""


def test_analyse_prints_dollars_for_a_dollar_grants_file(tmp_path):
    edges = tmp_path / "grants.csv"
    edges.write_text("funder,recipient,amount_usd\nOlin Foundation,Heritage Foundation,915500\n"
                     "Olin Foundation,Hoover Institution,120000\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'g.db'}"
    runner = CliRunner()
    assert runner.invoke(cli, ["--store", url, "import", "network", str(edges)]).exit_code == 0
    out = runner.invoke(cli, ["--store", url, "analyse", "funders"])
    assert out.exit_code == 0, out.output
    assert "$1,035,500" in out.output and "£" not in out.output
    eco = runner.invoke(cli, ["--store", url, "analyse", "ecosystem"])
    assert "$1,035,500 in 2 grants" in eco.output and "£" not in eco.output
    body = json.loads(runner.invoke(cli, ["--store", url, "analyse", "funders", "--json"]).output)
    assert body["funders"][0]["total"] == 1_035_500
    out = runner.invoke(cli, ["--store", url, "analyse", "funders", "--funder", "Olin Foundation"])
    assert "$915,500" in out.output and "$1,035,500 stated" in out.output
