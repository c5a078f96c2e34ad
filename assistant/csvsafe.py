"""CSV cells that a spreadsheet opens as data, never as a formula (OWASP "CSV Injection").

A text cell starting with =, +, -, @, a tab or a carriage return is prefixed with a single
quote, so Excel, LibreOffice and Google Sheets show it as text instead of running it (a report
file named `=HYPERLINK(...)` stays a name). Numbers are written as numbers, so a change of -22
is still -22 in the spreadsheet and sums; only text is quoted, as OWASP advises for text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import IO, Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """`value` as written to a CSV cell: numbers as they are, risky text quoted."""
    if value is None:
        return ""
    if isinstance(value, (bool, int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(out: IO[str], columns: Sequence[str], rows: Iterable[dict]) -> None:
    """A header and one line per row (its `columns`), every cell through safe_cell."""
    writer = csv.writer(out)
    writer.writerow([safe_cell(c) for c in columns])
    writer.writerows([safe_cell(row.get(c)) for c in columns] for row in rows)
