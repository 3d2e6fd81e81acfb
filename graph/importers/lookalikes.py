"""Names that look the same but are not the same text.

"Cіty Trust" with a Cyrillic і, "City\u200bTrust" with a zero-width space and
"Ｃｉｔｙ Trust" in full-width letters all display as "City Trust". An import that
brings one of them in beside the real one creates a second organisation a person cannot
tell apart on screen: a spoof, or a copy-and-paste accident. `skeleton` reduces a name to
what a reader sees (NFKC, invisible characters removed, letters from other scripts that
are drawn like Latin ones mapped to those Latin letters, case folded), so two names with
the same skeleton and different text are look-alikes.

The map is ours and small on purpose: the Cyrillic, Greek and Armenian letters drawn like
Latin ones in common fonts, after Unicode's confusables data (UTS #39). It does not map
Latin to Latin (l/1, O/0): those are ordinary typos, which the review of similar names
already covers, not characters from another script.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["skeleton", "lookalike_differences", "CONFUSABLES"]

# Characters that draw as nothing: zero-width space/joiners, word joiner, soft hyphen,
# BOM, bidirectional marks and overrides, Mongolian vowel separator, the combining
# grapheme joiner and the Hangul fillers.
_INVISIBLE = re.compile("[\u00ad\u034f\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                        "\u206a-\u206f\u3164\ufeff\uffa0]")

_PAIRS = {
    # Cyrillic capitals
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y", "Ӏ": "I",
    "Һ": "H", "Ѵ": "V", "Ꙅ": "S",
    # Cyrillic small letters
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ү": "y", "ѵ": "v", "ɡ": "g", "ԍ": "g", "ꙅ": "s",
    "ѡ": "w", "ᴦ": "r",
    # Greek capitals
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C", "Ϳ": "J",
    # Greek small letters
    "ο": "o", "ν": "v", "ι": "i", "α": "a", "κ": "k", "ρ": "p", "υ": "u", "ϲ": "c", "ϳ": "j", "γ": "y",
    # Armenian
    "օ": "o", "ս": "u", "ց": "g", "հ": "h", "ո": "n", "ա": "w", "Օ": "O", "Ս": "U",
    # Latin letters from outside ASCII drawn like ASCII ones
    "ı": "i", "ȷ": "j", "ſ": "f", "ℓ": "l",
}
CONFUSABLES = {ord(k): v for k, v in _PAIRS.items()}


def skeleton(name: str) -> str:
    """What a reader sees of `name`: compare two skeletons to spot look-alikes."""
    if name.isascii():          # the common case: nothing to fold but case and spaces
        return " ".join(name.casefold().split())
    s = _INVISIBLE.sub("", unicodedata.normalize("NFKC", name))
    s = s.translate(CONFUSABLES)
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def plain(name: str) -> str:
    """The name as text, up to case and spacing: names equal here are the same text."""
    return " ".join(name.casefold().split())


def lookalike_differences(name: str, other: str) -> list[str]:
    """The characters of `name` that only look like `other`'s ('U+0456 CYRILLIC SMALL
    LETTER BYELORUSSIAN-UKRAINIAN I', ...): the reason two look-alike names differ."""
    out = []
    for ch in dict.fromkeys(name + other):
        if ch.isascii():
            continue
        if ch in _PAIRS or _INVISIBLE.match(ch) or unicodedata.normalize("NFKC", ch) != ch \
                or unicodedata.combining(ch):
            out.append(f"U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed character')}")
    return out
