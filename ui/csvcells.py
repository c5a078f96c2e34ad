"""The Facts tab's CSV download: one file per download, removed once Gradio has its copy.

Gradio copies a download into its own cache when the handler returns, so each download is
written to its own folder (two sessions never share or overwrite a file) and folders older
than CSV_KEEP_SECONDS are removed at the next download; the server removes the rest at exit.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from assistant.csvsafe import write_csv

#: A download's folder is kept this long (Gradio has copied it long before).
CSV_KEEP_SECONDS = 300.0
FILE_NAME = "reportqa-facts.csv"


def facts_csv(root: Path, rows: list[dict], columns: list[str]) -> Path:
    """The rows as a CSV (formula-safe cells, UTF-8 with BOM for Excel) in a new folder under root."""
    now = time.time()
    for old in root.glob("dl-*"):
        if now - old.stat().st_mtime > CSV_KEEP_SECONDS:
            shutil.rmtree(old, ignore_errors=True)
    path = Path(tempfile.mkdtemp(prefix="dl-", dir=root)) / FILE_NAME
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        write_csv(out, columns, rows)
    return path
