"""What an input file holds, told from its content rather than its name.

Files arrive renamed ("grants (3).csv", "download.txt", "charity_2024.csv"), so importers
decide how to read a file from its bytes and columns; the name is only a tie-breaker.
"""
from __future__ import annotations

from graph.importers.sources import InputFile

__all__ = ["sniff", "squash"]


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
