"""Real COVID-19 grants of the A B Charitable Trust and City Bridge Trust, as GrantNav's
dataload test data holds them (tests/data/samples/360giving/covid_grants_escaped_mojibake.json:
two records byte for byte): descriptions with '£' mangled to 'Â£' and written as JSON escapes
('\\u00c2\\u00a3100,000'), which the text decoder's repair cannot see."""
from __future__ import annotations

from graph.importers import run_import
from graph.importers.report import ImportReport
from graph.importers.sources import InputFile, load_json

COVID = "360giving/covid_grants_escaped_mojibake.json"


def test_mangled_text_in_json_escapes_is_read_as_meant(samples):
    report = ImportReport(format="360giving", source=COVID)
    doc = load_json(InputFile("covid.json", (samples / COVID).read_bytes()), report)
    descriptions = [g["description"] for g in doc["grants"]]
    assert descriptions[0].startswith("A restricted grant of £100,000 towards wave 1")
    assert descriptions[1].startswith("A one-off, unrestricted grant of £15,000")
    assert not any("Â" in d for d in descriptions)
    assert [(w.file, w.row) for w in report.warnings] == [("covid.json", 0)]
    assert report.warnings[0].reason.startswith("2 text value(s) held UTF-8 text decoded with the wrong encoding")


def test_the_grants_land_with_the_repaired_words(store, samples):
    report = run_import(store, "360giving", samples / COVID)
    assert report.ok and report.created["ties"] == 2
    assert any("decoded with the wrong encoding" in w.reason for w in report.warnings)
    ties = {t.ref: t for t in store.read_all().ties}
    assert ties["360G-ABCT-0065I000002yzGKQAY"].amount == 100000.0
