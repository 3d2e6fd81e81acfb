"""Values the web renders or exports: an organisation's website becomes a link, so only
http(s) may be stored; amounts and incomes must be finite, or JSON exports break."""
from __future__ import annotations

import pytest

from graph.model import ModelError, Organisation, Tie, clean_website, stored_number, stored_website

HOSTILE_WEBSITES = [
    "javascript:alert(document.domain)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
    "\tjavascript:alert(1)", "\x00javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
    "javascript://example.org/%0aalert(1)", "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)", "file:///etc/passwd", "mailto:a@example.org", "http:example.org",
    "https://", "https:// example.org", "N/A", "\u200bjavascript:alert(1)",
]


@pytest.mark.parametrize("value", HOSTILE_WEBSITES)
def test_organisation_refuses_a_website_that_is_not_http_or_https(value):
    with pytest.raises(ModelError) as e:
        Organisation("GB-CHC-1", "A", website=value)
    assert e.value.field == "website"


@pytest.mark.parametrize("value,stored", [
    ("example.org", "https://example.org"),
    ("www.example.org.uk/about?x=1", "https://www.example.org.uk/about?x=1"),
    ("  https://example.org/  ", "https://example.org/"),
    ("HTTP://Example.org", "http://Example.org"),
    ("example.org:8080/path", "https://example.org:8080/path"),
    ("//example.org/a", "https://example.org/a"),
    ("", ""), (None, ""),
])
def test_organisation_keeps_web_addresses_adding_https_to_bare_domains(value, stored):
    assert Organisation("GB-CHC-1", "A", website=value).website == stored


def test_website_read_back_from_an_old_store_is_dropped_not_fatal():
    assert stored_website("javascript:alert(1)") == ""
    assert stored_website("example.org") == "https://example.org"
    assert clean_website("https://example.org") == "https://example.org"


@pytest.mark.parametrize("value", ["inf", "Infinity", "-inf", "1e309", "nan", "NaN", float("inf"), float("nan")])
def test_income_and_amount_must_be_finite(value):
    with pytest.raises(ModelError) as e:
        Organisation("GB-CHC-1", "A", income=value)
    assert e.value.field == "income"
    with pytest.raises(ModelError) as e:
        Tie("A", "B", "funding", amount=value)
    assert e.value.field == "amount"
    for name in ("lat", "lon"):
        with pytest.raises(ModelError) as e:
            Organisation("GB-CHC-1", "A", **{name: value})
        assert e.value.field == name


def test_stored_numbers_that_are_not_finite_read_back_as_unknown():
    assert stored_number(float("inf")) is None and stored_number(float("nan")) is None
    assert stored_number(12.5) == 12.5 and stored_number(None) is None
