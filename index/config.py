"""Every tunable default of ReportQA in one place.

Values here are documented defaults; callers override them through function arguments or
CLI flags, never by editing other modules.
"""

from __future__ import annotations

import os
from pathlib import Path

# Keep third-party libraries quiet and offline: Chroma and Gradio phone home by default, and
# Hugging Face libraries try the hub before the local files.
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

#: Where `reportqa` keeps its index when no --index is given.
DEFAULT_INDEX_DIR = Path(".reportqa/index")

#: Bumped whenever the on-disk layout changes; an index of another version refuses to open.
SCHEMA_VERSION = 2

#: The embedder used when none is named: Google's multilingual USE v3 in pure numpy.
DEFAULT_EMBEDDER = "use"

#: Passages are cut near this many characters (a sentence is never cut).
CHUNK_TARGET_CHARS = 400

#: Files larger than this are refused rather than read into memory.
MAX_FILE_BYTES = 50 * 1024 * 1024

#: A PDF whose pages yield fewer text characters than this per page is treated as scanned.
MIN_TEXT_CHARS_PER_PAGE = 20

#: Name of the Chroma collection that holds passages and table rows.
CHROMA_COLLECTION = "passages"

#: PDFs with more pages than this are refused (a report has a few dozen at most).
MAX_PDF_PAGES = 500

#: Text (any form) longer than this many characters is refused: an annual report has well
#: under 100 000; a file far past it is no report, and reading it would hold the worker.
MAX_TEXT_CHARS = 2_000_000

#: A sentence longer than this is cut (at a comma or space near the limit, else hard): text
#: without sentence ends must not become one huge passage to embed.
MAX_SENTENCE_CHARS = 600

#: Reading one file may take this long; past it the file is skipped with a message.
MAX_FILE_SECONDS = 600

#: OCR of scanned PDF pages: auto (pages with no text layer) | always | never.
OCR_MODE = os.environ.get("REPORTQA_OCR", "auto")

#: Resolution pages are rendered at for OCR (200 dpi reads report tables reliably).
OCR_DPI = 200

#: Recognised pages, by the file's content hash: re-ingesting a scan costs nothing.
OCR_CACHE_DIR = Path(os.environ.get("REPORTQA_OCR_CACHE", Path.home() / ".cache" / "reportqa" / "ocr"))

#: A table value OCR recognised with less confidence than this is reported unreadable, never
#: used: a ruling line read as a "1" beside a 0 gives "10" at confidence 0.62, while every right value
#: of the scanned samples read at 0.70 or more (measured on those scans: a development figure).
OCR_MIN_CONFIDENCE = 0.65
