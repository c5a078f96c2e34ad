"""From one file to everything the index stores about it, without touching the index.

Pure and picklable, so several files can be extracted in worker processes while the main
process embeds and writes.

    file -> forms.load_document -> Document (pages: text, prose blocks, grids)
         -> metadata (body, year, template, sections)
         -> reader.read_tables (facts, unreadable cells) -> checks -> chunks (passages)
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass, field

from . import config, deadline
from .checks import run_checks
from .chunks import make_passages, with_vectors
from .clean import clean_document
from .contradictions import Contradiction, find_contradictions
from .document import Document
from .forms import LoadError, load_document
from .metadata import MetadataError, extract_metadata
from .models import CheckResult, Fact, Passage, ReportMeta
from .reader import read_tables

_EMBEDDERS: dict[str, object] = {}


def _embedder(spec: str):
    """One embedder per process and spec (models load once per worker)."""
    if spec not in _EMBEDDERS:
        from .embeddings import make_embedder

        _EMBEDDERS[spec] = make_embedder(spec)
    return _EMBEDDERS[spec]


class ExtractError(Exception):
    """A file that cannot become a report; str() is the one-line reason shown to users."""


@dataclass
class ExtractedReport:
    doc: Document
    meta: ReportMeta
    facts: list[Fact]
    checks: list[CheckResult]
    passages: list[Passage]
    problems: list[str] = field(default_factory=list)
    embeddings: list[list[float]] | None = None  # of with_vectors(passages), when embedded by a worker
    contradictions: list[Contradiction] = field(default_factory=list)  # prose restating a cell otherwise

    @property
    def report(self) -> str:
        return self.doc.name

    @property
    def unreadable(self) -> list[Fact]:
        return [f for f in self.facts if f.status == "unreadable"]

    def sections(self) -> list[dict]:
        return [asdict(s) for s in self.meta.sections]


def extract_report(path: str, seconds: float | None = None, ocr_mode: str | None = None) -> ExtractedReport:
    from .forms import ocr

    try:
        with deadline.limit(seconds or config.MAX_FILE_SECONDS), ocr.mode(ocr_mode or ocr.current_mode()):
            return _extract(path)
    except deadline.FileTimeout as err:
        raise ExtractError(str(err)) from err


def _extract(path: str) -> ExtractedReport:
    doc = None
    try:
        doc = load_document(path)
        deadline.check()
        clean = clean_document(doc)
        meta = extract_metadata(doc, clean)
    except (LoadError, MetadataError) as err:
        scanned = doc is not None and doc.pages and all(p.ocr for p in doc.pages)
        raise ExtractError(("scanned, read by OCR: " if scanned else "") + str(err)) from err
    deadline.check()
    read = read_tables(doc, meta)
    _ocr_provenance(doc, read.facts)
    deadline.check()
    checks = run_checks(read.facts, meta.template)
    # Passage ids are content-addressed, so a changed file never reuses its old ids; this is
    # what lets the store add new vectors before dropping old ones (see store.ReportIndex).
    key = doc.sha256[:16]
    passages = make_passages(doc.name, key, meta, clean, [f for f in read.facts if f.readable])
    problems = list(read.problems)
    if not any(f.value is not None for f in read.facts):
        problems.insert(0, "no statistic of the national tables could be read from this report")
    contradictions = find_contradictions(doc.name, meta, clean.text, clean.page_at, read.facts)
    return ExtractedReport(doc, meta, read.facts, checks, passages, problems, contradictions=contradictions)


def _ocr_provenance(doc: Document, facts: list[Fact]) -> None:
    """Facts read from a recognised page say so, with the box and confidence of their word."""
    from index.templates import table_of

    from .forms.ocr import locate
    from .models import show_number

    for fact in facts:
        page = doc.pages[fact.page - 1] if fact.page and fact.page <= len(doc.pages) else None
        if page is None or not page.ocr:
            continue
        cell = table_of(fact.metric)
        keys = [c.key for c in cell[1].columns] if cell else []
        position = (keys.index(cell[3].key), len(keys)) if cell and cell[3].key in keys else (None, None)
        shown = show_number(fact.value) if fact.value is not None else None
        fact.box, fact.confidence = locate(page.ocr, fact.source_text, shown, *position)
        fact.origin = "ocr"
        if fact.value is not None and (fact.confidence or 0) < config.OCR_MIN_CONFIDENCE:
            fact.note = (f"OCR read {shown} with confidence {fact.confidence or 0:.2f} "
                         f"(below {config.OCR_MIN_CONFIDENCE}): check the scan")
            fact.value, fact.status = None, "unreadable"


#: In an ingest worker process: where recognised pages are counted for the parent's progress bar.
_PAGE_QUEUE = None


def set_page_queue(queue) -> None:
    global _PAGE_QUEUE
    _PAGE_QUEUE = queue


def try_extract(path: str, embedder: str | None = None, ocr_mode: str | None = None) -> ExtractedReport | str:
    """extract_report for worker processes: a failure comes back as its reason. With an
    embedder spec, the passages are embedded here too, so workers share that work."""
    from .forms import ocr

    pages = _PAGE_QUEUE  # set in worker processes: OCR'd pages reported to the parent as they come
    hook = (lambda done, total: pages.put((path, done, total))) if pages is not None else None  # noqa: E731
    try:
        with ocr.on_page(hook) if hook else contextlib.nullcontext():
            extracted = extract_report(path, ocr_mode=ocr_mode)
        if embedder is not None and extracted.passages:
            extracted.embeddings = _embedder(embedder).get_text_embedding_batch(
                [p.text for p in with_vectors(extracted.passages)])
        return extracted
    except ExtractError as err:
        return str(err)
    except Exception as err:  # a bug or a file nobody foresaw must not stop the batch
        return f"unexpected error while reading ({type(err).__name__}: {err})"
