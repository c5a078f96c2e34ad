"""Ingestion as a pipeline: files in, one status per file, reports written through the store.

    pipeline = IngestPipeline(store)                       # store: an opened index.store.ReportIndex
    summary = pipeline.run(["reports/"], workers=2)        # IngestSummary: a FileResult per file

As llama-index's IngestionPipeline takes its docstore, vector store and embedding and a
`DocstoreStrategy`, this takes the store (the catalog and the vectors), the embedder and a
`DedupStrategy`; as docling's ConversionStatus, each file ends in one `IngestStatus`, with the
reason apart. Files are read beside the store (index.workers: here, in worker processes or on
Ray); the identity of each one is decided and its report written while the store's write lock
is held, so two ingests at once decide against what the other has committed.

Identity (DedupStrategy.FORMS, the default), in this order:
  the same bytes indexed already                 -> UNCHANGED
  the file at a stored path, with new content    -> REPLACED (same file, new version)
  another file under a name already taken        -> KEPT_APART (under name~hash)
  the same report in another form (its figures)  -> ANOTHER_FORM (one report, facts counted once)
  another report of a body and year indexed      -> KEPT_APART
  anything else read                              -> INDEXED; a file that cannot be read -> SKIPPED
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from . import identity
from .extract import ExtractedReport
from .forms import accepted_suffixes
from .guard import disk_full
from .opening import DiskFullError
from .store import ReportIndex
from .workers import read_files


class IngestStatus(StrEnum):
    """What became of one file (the value is what JSON, CSV and the page's table show)."""

    INDEXED = "indexed"  # a new report
    REPLACED = "replaced"  # a new version of a file indexed before; the old version is gone
    KEPT_APART = "kept_apart"  # its own report beside one it could be taken for (same name, body and year)
    ANOTHER_FORM = "another_form"  # the same report as an indexed one in another form: facts counted once
    UNCHANGED = "unchanged"  # these very bytes are indexed already
    SKIPPED = "skipped"  # not indexed; the reason says why

    @property
    def new_report(self) -> bool:
        """A report was written under its own id (not merged into another)."""
        return self in (IngestStatus.INDEXED, IngestStatus.REPLACED, IngestStatus.KEPT_APART)


class DedupStrategy(StrEnum):
    """Which files are one report. The same bytes are always indexed once, and a file at the
    path it was indexed from is always a new version of itself."""

    FORMS = "forms"  # also: the same report in another form (a PDF and its web page) is one report
    FILES = "files"  # every other file is its own report, whatever it says


@dataclass
class FileResult:
    path: str
    status: IngestStatus
    reason: str = ""  # why it was skipped, or what was decided (a replacement, a merge) in words
    report: str = ""
    pages: int = 0
    passages: int = 0
    facts: int = 0
    checks_failed: int = 0
    unreadable: int = 0
    problems: list[str] = field(default_factory=list)
    written: bool = False  # this file's reading was written (its counts are in the index)

    @property
    def ok(self) -> bool:
        return self.status is not IngestStatus.SKIPPED

    def to_dict(self) -> dict:
        return {**self.__dict__, "status": self.status.value}


@dataclass
class IngestSummary:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    workers: int = 0  # worker processes that read the files (0: read in this process)
    ray: str = ""  # the Ray cluster that read them, when one did

    def count(self, *statuses: IngestStatus) -> int:
        return sum(r.status in statuses for r in self.results)

    def total(self, attr: str) -> int:
        """Pages, passages, facts … of the files whose reading was written."""
        return sum(getattr(r, attr) for r in self.results if r.written)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if not r.ok]

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict:
        return {"results": [r.to_dict() for r in self.results], "seconds": self.seconds}


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the report-like files inside folders (recursively, sorted)."""
    suffixes = accepted_suffixes()
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                          and p.suffix.lower() in suffixes)
        else:
            out.append(path)
    return out


class IngestPipeline:
    """Reads files and writes their reports through `store`. `embedder` embeds the passages a
    worker did not embed (default: the store's own, loaded on first use)."""

    def __init__(self, store: ReportIndex, dedup: DedupStrategy = DedupStrategy.FORMS, embedder=None):
        self.store = store
        self.catalog = store.catalog
        self.dedup = DedupStrategy(dedup)
        self._embedder = embedder

    @property
    def embedder(self):
        return self._embedder if self._embedder is not None else self.store.embed_model

    def run(self, paths: Iterable[str | Path], progress: Callable[[FileResult], None] | None = None,
            workers: int = 1, processes: bool = False, ocr: str | None = None,
            pages: Callable[[str, int, int], None] | None = None, ray: str | None = None) -> IngestSummary:
        """Index files and folders. Bad files are skipped with a reason; the batch goes on.
        `workers` processes read and embed files in parallel; `processes` uses worker processes
        even for one (a server keeps reading PDFs off the process that answers); `ray` reads them
        on a Ray cluster (auto or an address). `pages(file, done, total)` is called as scanned
        pages are recognised."""
        start = time.perf_counter()
        self.store.check_writable()
        summary = IngestSummary(workers=max(1, workers) if processes or workers > 1 else 0, ray=ray or "")
        if self.store.stores is not None and self.store.stores.chroma:
            self.store.reconcile()  # an embedded store is reconciled as it opens
        files = expand_paths(paths)
        for path, read in self._read(files, workers, processes, ocr, pages, ray):
            try:
                with self.store.lock.hold():  # decided and written while no other writer is
                    result = self._decide(path, read)
            except Exception as err:
                if not disk_full(err, self.store.directory):
                    raise
                done = sum(r.written or r.status is IngestStatus.ANOTHER_FORM for r in summary.results)
                raise DiskFullError(f"the disk is full: {done} report{' was' if done == 1 else 's were'} indexed, "
                                    f"{len(files) - len(summary.results)} not; free space and run the command again"
                                    ) from err
            summary.results.append(result)
            if progress:
                progress(result)
        if any(r.status.new_report for r in summary.results):
            self.catalog.optimize()
        summary.seconds = time.perf_counter() - start
        return summary

    # --- reading ----------------------------------------------------------------------------

    def _read(self, files: list[Path], workers: int, processes: bool, ocr: str | None,
              pages: Callable[[str, int, int], None] | None, ray: str | None) -> Iterator[tuple]:
        """(path, ExtractedReport | failure reason | FileResult of a file indexed already)."""
        todo: list[Path] = []
        for path in files:
            sha256 = file_sha256(path) if path.is_file() else ""
            same = self.catalog.source(sha256) if sha256 else None
            if same is not None:
                self._relocate(sha256, same[1], path)
                yield path, FileResult(str(path), IngestStatus.UNCHANGED, f"already indexed as {same[0]}",
                                       report=same[0])
            else:
                todo.append(path)
        yield from read_files(todo, self.store.embedder_spec, workers=workers, processes=processes, ocr=ocr,
                              pages=pages, ray=ray)

    def _relocate(self, sha256: str, stored: str, path: Path) -> None:
        """An unchanged file stored by a relative path (older indexes), or by a path where it no
        longer is, is recorded at its absolute path: the cited page is then found from anywhere."""
        here = str(path.resolve())
        if stored != here and (not Path(stored).is_absolute() or not Path(stored).is_file()):
            self.catalog.move_source(sha256, here)

    # --- identity ---------------------------------------------------------------------------

    def _decide(self, path: Path, x: ExtractedReport | FileResult | str) -> FileResult:
        """Write one file read, as what it is. A report is what it says, not its file name."""
        if isinstance(x, FileResult):
            return x
        if isinstance(x, str):
            return FileResult(str(path), IngestStatus.SKIPPED, x)
        same = self.catalog.report_by_hash(x.doc.sha256)
        if same is not None:  # indexed by another process since it was read
            return FileResult(str(path), IngestStatus.UNCHANGED, f"already indexed as {same}", report=same)
        x.doc.path = str(Path(path).resolve())  # a relative path means nothing to a server elsewhere
        own = self._own_report(x, Path(path))
        renamed = ""
        if own is not None and own.path not in (x.doc.path, str(path)) and own.sha256 != x.doc.sha256:
            renamed = x.report
            rename(x, distinct_name(x.report, x.doc.sha256))
            own = None
        twin = identity.twin(x, self.catalog) if own is None and self.dedup is DedupStrategy.FORMS else None
        if twin is not None and not identity.better(x, twin, self.catalog):
            self.store.add_source(twin.report, x, _now())
            return FileResult(str(path), IngestStatus.ANOTHER_FORM, f"the same report as {twin.report} "
                              f"({twin.body} {twin.year}): kept as another source of it, its facts counted once",
                              twin.report)
        result = self._write(x, [twin.report] if twin is not None else [])
        if twin is not None:
            result.status = IngestStatus.ANOTHER_FORM
            result.reason = (f"the same report as {twin.report} ({twin.body} {twin.year}), read better from this "
                             f"form: {twin.report} is now another source of it, the facts counted once")
        elif renamed:
            result.status = IngestStatus.KEPT_APART
            result.reason = (f"another file named {renamed} ({self.catalog.report(renamed).path}) is indexed: "
                             f"both kept, this one as {x.report}")
        elif own is not None:
            result.status = IngestStatus.REPLACED
            result.reason = f"a new version of {own.report} (same file, new content) replaced the old one"
        elif others := [r for r in self.catalog.reports(body=x.meta.body, year=x.meta.year) if r.report != x.report]:
            result.status = IngestStatus.KEPT_APART
            result.reason = (f"another report of {x.meta.body} {x.meta.year} ({others[0].report}) "
                             "has different content: both kept")
        return result

    def _own_report(self, x: ExtractedReport, path: Path):
        """The report this very file was stored as: an edited file is a new version of itself,
        whatever report shares its name or its figures. Older indexes stored the path as given."""
        own = self.catalog.report_at(str(path.resolve()), str(path))
        if own is not None and own != x.report:
            rename(x, own)
        return self.catalog.report(x.report)

    def _write(self, x: ExtractedReport, merged: list[str]) -> FileResult:
        vectors = x.embeddings
        if vectors is None:
            from .chunks import with_vectors

            texts = [p.text for p in with_vectors(x.passages)]
            vectors = self.embedder.get_text_embedding_batch(texts) if texts else []
        r = self.store.write(x, vectors, merged, _now())
        return FileResult(x.doc.path, IngestStatus.INDEXED, "", r.report, r.pages, r.passages, r.facts,
                          r.checks_failed, r.unreadable, r.problems, written=True)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def distinct_name(name: str, sha256: str) -> str:
    """report.txt -> report~1a2b3c4d.txt: another file of the same name keeps its own id (and
    an upload its own copy)."""
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}~{sha256[:8]}.{suffix}" if dot else f"{name}~{sha256[:8]}"


def rename(x: ExtractedReport, report: str) -> None:
    """Give an extracted file another report id (in every record that names it)."""
    x.doc.name = report
    for fact in x.facts:
        fact.report = report
    for passage in x.passages:
        passage.report = report
