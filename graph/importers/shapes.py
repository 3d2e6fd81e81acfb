"""What an input file holds, told from its content rather than its name.

Files arrive renamed ("grants (3).csv", "download.txt", "charity_2024.csv"), so importers
decide how to read a file from its bytes and columns; the name is only a tie-breaker.
"""
from __future__ import annotations

from graph.importers.sources import InputFile

__all__ = ["sniff", "squash", "other_format"]


def squash(text: str) -> str:
    """A column title compared loosely: lower case, letters and digits only
    ('Recipient Org:Identifier', 'RecipientOrgIdentifier' and 'recipient_org_identifier' agree)."""
    return "".join(ch for ch in str(text).lower() if ch.isalnum())


def sniff(f: InputFile) -> str:
    """'json', 'xlsx' or 'table' (CSV/TSV text) from the first bytes of the file."""
    head = f.data[:4096]
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom):]
            break
    text = head.replace(b"\x00", b"").lstrip()
    if text[:1] in (b"{", b"["):
        return "json"
    return "table"


# Columns that mark a table as another format's, to say which format to choose when a file
# was uploaded as the wrong one (a 360Giving download under the default, partnermap CSV).
# (what the data page calls it, the CLI's word, column sets any one of which decides it)
_OTHER_FORMATS = (
    ("360Giving grants", "360giving", ({"recipientorgidentifier"}, {"recipientorgname"},
                                       {"fundingorgidentifier"}, {"amountawarded", "awarddate"})),
    ("a network (an edge list)", "network", ({"source", "target"}, {"from", "to"})),
)


def other_format(f: InputFile) -> tuple[str, str] | None:
    """(format name, CLI word) of the format a CSV table's header says it is, or None."""
    from graph.importers.sources import sniff_delimiter

    if sniff(f) != "table":
        return None
    import csv
    import io

    text = f.data[:8192].decode("utf-8-sig", errors="replace")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lower().startswith("sep=")]
    if not lines:
        return None
    columns = {squash(c) for c in next(csv.reader(io.StringIO(lines[0]), delimiter=sniff_delimiter(text, f.name)))}
    for label, word, signs in _OTHER_FORMATS:
        if any(sign <= columns for sign in signs):
            return label, word
    return None
