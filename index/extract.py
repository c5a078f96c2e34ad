"""From one file to everything the index stores about it, without touching the index.

Pure and picklable, so several files can be extracted in worker processes while the main
process embeds and writes.

    file -> forms.load_document -> Document (pages: text, prose blocks, grids)
         -> metadata (body, year, template, sections)
         -> reader.read_tables (facts, unreadable cells) -> checks -> chunks (passages)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from . import config, deadline
from .checks import run_checks
from .chunks import make_passages
from .clean import clean_document
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
    embeddings: list[list[float]] | None = None  # of the passages, when embedded by a worker

    @property
    def report(self) -> str:
        return self.doc.name

    @property
    def unreadable(self) -> list[Fact]:
        return [f for f in self.facts if f.status == "unreadable"]

    def sections(self) -> list[dict]:
        return [asdict(s) for s in self.meta.sections]


def extract_report(path: str, seconds: float | None = None) -> ExtractedReport:
    try:
        with deadline.limit(seconds or config.MAX_FILE_SECONDS):
            return _extract(path)
    except deadline.FileTimeout as err:
        raise ExtractError(str(err)) from err


def _extract(path: str) -> ExtractedReport:
    try:
        doc = load_document(path)
        deadline.check()
        clean = clean_document(doc)
        meta = extract_metadata(doc, clean)
    except (LoadError, MetadataError) as err:
        raise ExtractError(str(err)) from err
    deadline.check()
    read = read_tables(doc, meta)
    deadline.check()
    checks = run_checks(read.facts, meta.template)
    # Passage ids are content-addressed, so a changed file never reuses its old ids; this is
    # what lets the store add new vectors before dropping old ones (see store.ReportIndex).
    key = doc.sha256[:16]
    passages = make_passages(doc.name, key, meta, clean, [f for f in read.facts if f.readable])
    problems = list(read.problems)
    if not any(f.value is not None for f in read.facts):
        problems.insert(0, "no statistic of the national tables could be read from this report")
    return ExtractedReport(doc, meta, read.facts, checks, passages, problems)


def try_extract(path: str, embedder: str | None = None) -> ExtractedReport | str:
    """extract_report for worker processes: a failure comes back as its reason. With an
    embedder spec, the passages are embedded here too, so workers share that work."""
    try:
        extracted = extract_report(path)
        if embedder is not None and extracted.passages:
            extracted.embeddings = _embedder(embedder).get_text_embedding_batch(
                [p.text for p in extracted.passages])
        return extracted
    except ExtractError as err:
        return str(err)
    except Exception as err:  # a bug or a file nobody foresaw must not stop the batch
        return f"unexpected error while reading ({type(err).__name__}: {err})"
