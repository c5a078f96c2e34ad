"""An index directory: the SQLite catalog, the Chroma vectors and the BM25 index of passages.

Layout of DIR:
    catalog.sqlite   reports, facts, checks, passages, page texts (source of truth)
    chroma/          Chroma persistent collection of passage vectors with metadata
    bm25/            jieba-tokenized BM25 over the passages, rebuilt when the catalog changes
    files/           copies of uploaded files (used by the web page)

Writing one report: vectors are added first under new content-addressed ids, then the catalog
is replaced in one transaction, then vectors no longer referenced are deleted. A process killed
at any point leaves the catalog with whole reports only; vectors it does not reference are
removed the next time the index is opened for writing.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from . import config
from .catalog import Catalog
from .extract import ExtractedReport, try_extract
from .forms import accepted_suffixes
from .models import Fact, ReportRecord


class IndexOpenError(Exception):
    """The index directory cannot be used as asked; the message says why and what to do."""


@dataclass
class FileResult:
    path: str
    status: str  # indexed | replaced | unchanged | failed
    reason: str = ""
    report: str = ""
    pages: int = 0
    passages: int = 0
    facts: int = 0
    checks_failed: int = 0
    unreadable: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status != "failed"


@dataclass
class IngestSummary:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0

    def _sum(self, attr: str) -> int:
        return sum(getattr(r, attr) for r in self.results if r.status in ("indexed", "replaced"))

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if not r.ok]

    @property
    def ok(self) -> bool:
        return not self.failed

    def format(self) -> str:
        done = [r for r in self.results if r.status in ("indexed", "replaced")]
        unchanged = [r for r in self.results if r.status == "unchanged"]
        lines = [
            f"reports: {len(done)} indexed ({sum(r.status == 'replaced' for r in done)} replaced), "
            f"{len(unchanged)} unchanged, {len(self.failed)} skipped",
            f"pages: {self._sum('pages')}  passages: {self._sum('passages')}  facts: {self._sum('facts')}"
            f"  checks failed: {self._sum('checks_failed')}",
        ]
        lines += [f"skipped {r.path}: {r.reason}" for r in self.failed]
        for r in self.results:
            if r.status in ("indexed", "replaced") and r.facts == 0:
                lines.append(f"no statistic read from {r.path}" + (f": {r.problems[0]}" if r.problems else ""))
            elif r.status in ("indexed", "replaced") and r.unreadable:
                lines.append(f"{r.path}: {r.unreadable} table cells unreadable (see `reportqa facts --unreadable`)")
        lines.append(f"seconds: {self.seconds:.1f}")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {"results": [r.__dict__ for r in self.results], "seconds": self.seconds}


def _worker_init() -> None:
    """Each ingest worker uses one core; BLAS threads on top would oversubscribe the machine."""
    os.environ["REPORTQA_EMBED_THREADS"] = "1"
    os.environ["OMP_NUM_THREADS"] = "1"
    os.environ["OPENBLAS_NUM_THREADS"] = "1"


def _sha256(path: Path) -> str:
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


class ReportIndex:
    """One index directory. Open with `ReportIndex.open`; the Chroma, BM25 and embedder parts
    load lazily, so listing reports and facts stays fast."""

    def __init__(self, directory: Path, embedder: str, catalog: Catalog):
        self.directory = directory
        self.embedder_spec = embedder
        self.catalog = catalog
        self._vectors = None
        self._bm25 = None
        self._embed_model = None

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, directory: str | Path, embedder: str | None = None, create: bool = False) -> ReportIndex:
        from .embeddings import embedder_id

        directory = Path(directory)
        path = directory / "catalog.sqlite"
        if not path.exists() and not create:
            raise IndexOpenError(f"no index at {directory}: run `reportqa ingest PATH --index {directory}` first")
        directory.mkdir(parents=True, exist_ok=True)
        catalog = Catalog(path)
        stored_version = catalog.get_meta("schema_version")
        stored_embedder = catalog.get_meta("embedder")
        if stored_version is None:
            spec = embedder or config.DEFAULT_EMBEDDER
            catalog.set_meta("schema_version", str(config.SCHEMA_VERSION))
            catalog.set_meta("embedder", spec)
            catalog.set_meta("embedder_id", embedder_id(spec))
            return cls(directory, spec, catalog)
        if int(stored_version) != config.SCHEMA_VERSION:
            catalog.close()
            raise IndexOpenError(
                f"index {directory} has schema version {stored_version}, this ReportQA reads version "
                f"{config.SCHEMA_VERSION}: re-ingest the reports into a new index directory"
            )
        if embedder and embedder_id(embedder) != catalog.get_meta("embedder_id"):
            catalog.close()
            raise IndexOpenError(
                f"index {directory} was built with embedder {stored_embedder!r}, not {embedder!r}: "
                f"use --embedder {stored_embedder} or ingest into a new --index directory"
            )
        return cls(directory, stored_embedder, catalog)

    def close(self) -> None:
        self.catalog.close()

    # --- lazy parts -------------------------------------------------------------------------

    @property
    def embed_model(self):
        if self._embed_model is None:
            from .embeddings import make_embedder

            self._embed_model = make_embedder(self.embedder_spec)
        return self._embed_model

    @property
    def vectors(self):
        if self._vectors is None:
            from .vectors import VectorStore

            self._vectors = VectorStore(self.directory / "chroma")
        return self._vectors

    def bm25(self):
        """The BM25 retriever, rebuilt from the catalog when the catalog has changed."""
        from .bm25 import JiebaBM25

        folder = self.directory / "bm25"
        stamp = folder / "generation.json"
        generation = self.catalog.generation
        if self._bm25 is not None and self._bm25[0] == generation:
            return self._bm25[1]
        retriever = None
        if stamp.exists() and json.loads(stamp.read_text()).get("generation") == generation:
            try:
                retriever = JiebaBM25.load(folder)
            except Exception:  # a damaged or partial folder is rebuilt below
                retriever = None
        if retriever is None:
            retriever = JiebaBM25.build(self.catalog.passages())
            tmp = self.directory / "bm25.tmp"
            shutil.rmtree(tmp, ignore_errors=True)
            retriever.persist(tmp)
            (tmp / "generation.json").write_text(json.dumps({"generation": generation}))
            shutil.rmtree(folder, ignore_errors=True)
            tmp.rename(folder)
        self._bm25 = (generation, retriever)
        return retriever

    # --- reading ----------------------------------------------------------------------------

    def reports(self) -> list[ReportRecord]:
        return self.catalog.reports()

    def facts(self, body: str | None = None, year: int | None = None, metric: str | None = None) -> list[Fact]:
        return self.catalog.facts(body=body, year=year, metric=metric)

    # --- writing ----------------------------------------------------------------------------

    def reconcile(self) -> int:
        """Drop vectors of half-written reports (a killed ingest); returns how many."""
        stray = self.vectors.ids() - self.catalog.passage_ids()
        if stray:
            self.vectors.delete(sorted(stray))
        return len(stray)

    def remove(self, report: str) -> bool:
        ids = {p.id for p in self.catalog.passages(report)}
        found = self.catalog.remove_report(report)
        if ids:
            self.vectors.delete(sorted(ids))
        return found

    def ingest(
        self,
        paths: Iterable[str | Path],
        progress: Callable[[FileResult], None] | None = None,
        workers: int = 1,
    ) -> IngestSummary:
        """Index files and folders. Bad files are skipped with a reason; the batch goes on."""
        start = time.perf_counter()
        summary = IngestSummary()
        self.reconcile()
        files = expand_paths(paths)
        for path, extracted in self._extract_all(files, workers):
            result = self._store(path, extracted)
            summary.results.append(result)
            if progress:
                progress(result)
        summary.seconds = time.perf_counter() - start
        return summary

    def _extract_all(self, files: list[Path], workers: int):
        """Yield (path, ExtractedReport | failure reason | FileResult for an unchanged file)."""
        todo: list[Path] = []
        for path in files:
            same = self.catalog.report_by_hash(_sha256(path)) if path.is_file() else None
            if same is not None:
                yield path, FileResult(str(path), "unchanged", f"already indexed as {same}", report=same)
            else:
                todo.append(path)
        if workers <= 1 or len(todo) < 2:
            for path in todo:
                yield path, try_extract(str(path))
            return
        # Extraction (pdfplumber) is CPU-bound Python: worker processes use the other cores
        # while this process embeds and writes.
        # "spawn": forking a process that holds Chroma's and torch's threads is not safe.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_init) as pool:
            futures = [(p, pool.submit(try_extract, str(p), self.embedder_spec)) for p in todo]
            for path, future in futures:
                yield path, future.result()

    def _store(self, path: Path, extracted: ExtractedReport | FileResult | str) -> FileResult:
        if isinstance(extracted, FileResult):
            return extracted
        if isinstance(extracted, str):
            return FileResult(str(path), "failed", extracted)
        report = extracted.report
        replaced = self.catalog.report(report) is not None
        old_ids = {p.id for p in self.catalog.passages(report)}
        vectors = extracted.embeddings
        if vectors is None:
            texts = [p.text for p in extracted.passages]
            vectors = self.embed_model.get_text_embedding_batch(texts) if texts else []
        self.vectors.add(extracted.passages, vectors)
        record = self._record(extracted)
        self.catalog.replace_report(record, extracted.sections(), extracted.facts, extracted.checks,
                                    extracted.passages, extracted.doc.pages)
        stale = old_ids - {p.id for p in extracted.passages}
        if stale:
            self.vectors.delete(sorted(stale))
        return FileResult(str(path), "replaced" if replaced else "indexed", "", report,
                          record.pages, record.passages, record.facts, record.checks_failed,
                          record.unreadable, record.problems)

    @staticmethod
    def _record(x: ExtractedReport) -> ReportRecord:
        return ReportRecord(
            report=x.report, path=x.doc.path, sha256=x.doc.sha256, kind=x.doc.kind, body=x.meta.body,
            region=x.meta.region, year=x.meta.year, template=x.meta.template, title=x.meta.title,
            pages=len(x.doc.pages), passages=len(x.passages), facts=sum(f.readable for f in x.facts),
            checks_failed=sum(not c.passed for c in x.checks),
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
            short_names=x.meta.short_names, unreadable=len(x.unreadable), problems=x.problems,
        )
