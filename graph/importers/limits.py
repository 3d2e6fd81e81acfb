"""The limits every importer enforces on what an input may make us do.

Hostile or broken files can ask for far more work than their size suggests: a 269-byte
360Giving CSV whose header says `Beneficiary Location:20000000:Geographic Code`, a 400 KB
ZIP that unpacks to 400 MB, a spreadsheet that claims a million rows of sixteen thousand
columns, a million-column CSV whose import report would run to hundreds of MB. Each
limit below stops one such class of input. Each is set far above any real file we know
(the sizes quoted are from real data) and is reported, when hit, as
`file:row:field: ...: over the limit of N (NAME)` so a person knows which one it was.

They are read as `limits.NAME` at the time of use, so a test can lower one with
monkeypatch.
"""
from __future__ import annotations

__all__ = ["MAX_FILE_BYTES", "MAX_UNPACKED_BYTES", "MAX_UNPACK_RATIO", "UNPACK_RATIO_FROM_BYTES",
           "MAX_LIST_INDEX", "MAX_COLUMNS", "MAX_CELLS_PER_FILE", "MAX_REPORT_ISSUES", "over_limit"]

# One input file, as given or as unpacked from a ZIP. A register extract is ~1 GB at most;
# the web layer caps uploads far lower (MAX_CONTENT_LENGTH).
MAX_FILE_BYTES = 2 * 1024 ** 3

# Everything unpacked from one ZIP or XLSX, counted while inflating (the sizes a ZIP's
# directory declares are the sender's claim, not a fact). The full CCEW extract unpacks
# to about 700 MB.
MAX_UNPACKED_BYTES = 1024 ** 3

# Real CSV, JSON and sheet XML deflate 5-20 times; a member that unpacks to more than this
# many times its packed size is a decompression bomb. Small members are exempt (a tiny
# file of repeated blanks can deflate 500 times and harms nobody).
MAX_UNPACK_RATIO = 200
UNPACK_RATIO_FROM_BYTES = 16 * 1024 ** 2

# The largest list position in a 360Giving column title (`Beneficiary Location:N:...`).
# Each position up to N is built for every row, so N is paid rows x N times. Published
# files use single or double digits.
MAX_LIST_INDEX = 1000

# Columns in one table (CSV, TSV or the first XLSX sheet). GrantNav's widest export has
# about 250.
MAX_COLUMNS = 5000

# Cells read from one table, counting blank cells a spreadsheet pads its rows with.
# CCEW's charity table is ~400k rows x 40 columns = 16 million.
MAX_CELLS_PER_FILE = 100_000_000

# Errors, warnings and skipped rows kept in one import report (each list), and review and
# merge entries sent with it. Past this only the count goes on; a million-row file with a
# bad column would otherwise make a report of hundreds of MB.
MAX_REPORT_ISSUES = 5000


def over_limit(what: str, name: str, unit: str = "") -> str:
    """The reason text for a limit that was hit: 'WHAT: over the limit of N UNIT (NAME)'."""
    return f"{what}: over the limit of {globals()[name]:,}{' ' + unit if unit else ''} ({name})"
# Members of one affiliation (a project, a forum, a board) in a two-mode edge list that are
# each tied to each other when it is read as organisations sharing it. Past this an
# affiliation is a directory or a mailing list, not a working tie between every pair, and
# its pairs (n(n-1)/2: 200 members make 19,900 ties) would swamp the network.
MAX_AFFILIATION_MEMBERS = 200
