"""An index directory: the SQLite catalog, the Chroma vectors and the BM25 index of passages.

Layout of DIR:
    catalog.sqlite   reports, facts, checks, passages, page texts (source of truth)
    chroma/          Chroma persistent collection of passage vectors with metadata
    bm25/            jieba-tokenized BM25 over the passages, rebuilt when the catalog changes
    files/           copies of uploaded files (used by the web page)

Writing one report: vectors are added first under new content-addressed ids, then the catalog
is replaced in one transaction, then vectors no longer referenced are deleted. A process killed
at any point leaves the catalog with whole reports only; vectors it does not reference are
dropped the next time the vectors are opened (a question, an ingest), under the write lock that
every writer holds from its first vector write to its catalog commit (index.guard). A full disk
stops the batch with a one-line DiskFullError; an index that cannot be written is read.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from . import config, identity, opening
from .catalog import Catalog
from .chunks import VECTOR_KINDS, with_vectors
from .extract import ExtractedReport, try_extract
from .forms import accepted_suffixes
from .guard import WriteLock, disk_full, printable, readable_copy
from .models import Fact, ReportRecord
from .opening import DiskFullError, IndexOpenError, ReadOnlyIndexError, Stores
from .workers import Relay as _Relay
from .workers import worker_init as _worker_init


@dataclass
class FileResult:
    path: str
    status: str  # indexed | replaced | merged (another form of an indexed report) | unchanged | failed
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
    workers: int = 0  # worker processes that read the files (0: read in this process)
    ray: str = ""  # the Ray cluster that read them, when one did

    def _sum(self, attr: str) -> int:
        return sum(getattr(r, attr) for r in self.results if r.status in ("indexed", "replaced")
                   or r.status == "merged" and r.pages)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if not r.ok]

    @property
    def ok(self) -> bool:
        return not self.failed

    def format(self) -> str:
        done = [r for r in self.results if r.status in ("indexed", "replaced")]
        unchanged = [r for r in self.results if r.status == "unchanged"]
        merged = [r for r in self.results if r.status == "merged"]
        lines = [
            f"reports: {len(done)} indexed ({sum(r.status == 'replaced' for r in done)} replaced), "
            f"{len(merged)} another form of an indexed report, {len(unchanged)} unchanged, {len(self.failed)} skipped",
            f"pages: {self._sum('pages')}  passages: {self._sum('passages')}  facts: {self._sum('facts')}"
            f"  checks failed: {self._sum('checks_failed')}",
        ]
        # names and reasons are shown escaped: a file name with a newline stays on its line
        lines += [printable(f"skipped {r.path}: {r.reason}") for r in self.failed]
        # replacements, merged forms and same-name files are said aloud, never silently done
        lines += [printable(f"{r.path}: {r.reason}") for r in self.results
                  if r.ok and r.reason and r.status != "unchanged"]
        for r in self.results:
            if r.status in ("indexed", "replaced") and r.facts == 0:
                lines.append(printable(f"no statistic read from {r.path}" + (f": {r.problems[0]}" if r.problems else "")))
            elif r.status in ("indexed", "replaced") and r.unreadable:
                lines.append(printable(f"{r.path}: {r.unreadable} table cells unreadable")
                             + " (see `reportqa facts --unreadable`)")
        lines.append(f"seconds: {self.seconds:.1f}" + (f"  worker processes: {self.workers}" if self.workers else "")
                     + (f"  read on Ray ({self.ray})" if self.ray else ""))
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {"results": [r.__dict__ for r in self.results], "seconds": self.seconds}


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


class ReportIndex:
    """One index directory. Open with `ReportIndex.open`; the Chroma, BM25 and embedder parts
    load lazily, so listing reports and facts stays fast."""

    def __init__(self, directory: Path, embedder: str, catalog: Catalog, stores: Stores | None = None):
        self.stores = stores  # server stores, or None for the embedded ones
        self.directory = directory
        self.read_only = catalog.read_only  # read where it lies; a change is refused
        self.lock = WriteLock(directory)
        self._scratch: Path | None = None  # a read-only index's private copy of its vectors
        self.embedder_spec = embedder
        self.catalog = catalog
        self._vectors = None
        self._bm25 = None
        self._embed_model = None
        self.notices: list[str] = []  # what opening had to repair, for the CLI and the page to say
        self._seen_generation: int | None = catalog.generation

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, directory: str | Path, embedder: str | None = None, create: bool = False,
             catalog: str | None = None, chroma: str | None = None) -> ReportIndex:
        """Open (or with `create`, make) the index in `directory`. `catalog` (postgresql://…)
        and `chroma` (http://HOST:PORT) put the catalog and the vectors on servers; a new index
        records them in stores.json, so it reopens the same way without the flags."""
        directory = Path(directory)
        if directory.exists() and not directory.is_dir():
            raise IndexOpenError(f"{directory} is a file, not an index directory: give --index a folder")
        stores = Stores.read(directory)
        if stores is not None and (catalog and catalog != stores.catalog or chroma and chroma != stores.chroma):
            raise IndexOpenError(f"index {directory} keeps its stores at {stores.describe()}: open it without "
                                 "--catalog / --chroma-url, or use another --index directory")
        if stores is None and (catalog or chroma):
            if not create and (directory / "catalog.sqlite").exists():
                raise IndexOpenError(f"index {directory} is embedded: build a new index for server stores")
            stores = Stores(catalog or "", chroma or "", f"reportqa-{uuid.uuid4().hex[:12]}")
        path = directory / "catalog.sqlite"
        remote = stores is not None and bool(stores.catalog)
        if not remote and not path.exists() and not create and stores is None:
            raise IndexOpenError(f"no index at {directory}: run `reportqa ingest PATH --index {directory}` first")
        if not remote and path.exists() and path.stat().st_size == 0:
            raise IndexOpenError(f"{path} is empty (a damaged index): remove {directory} and ingest the reports again")
        new_spec = new_id = None
        if create and not remote and not path.exists():  # check the embedder before anything is created
            new_spec = embedder or config.DEFAULT_EMBEDDER
            new_id = opening.checked_embedder_id(new_spec)
        elif create and remote:
            new_spec = embedder or config.DEFAULT_EMBEDDER
            new_id = opening.checked_embedder_id(new_spec)
        opened = opening.open_catalog(directory, stores.catalog if remote else path, create)
        stored_version, stored_embedder = opened.get_meta("schema_version"), opened.get_meta("embedder")
        if stores is not None and not opened.read_only:
            stores.write(directory)
        opening.check_version(opened, directory, stored_version)
        if stored_version is None:
            spec = new_spec or embedder or config.DEFAULT_EMBEDDER
            opened.set_meta("schema_version", str(config.SCHEMA_VERSION))
            opened.set_meta("embedder", spec)
            opened.set_meta("embedder_id", new_id if new_spec else opening.checked_embedder_id(spec))
            return cls(directory, spec, opened, stores)
        if embedder and opening.checked_embedder_id(embedder) != opened.get_meta("embedder_id"):
            opened.close()
            raise IndexOpenError(
                f"index {directory} was built with embedder {stored_embedder!r}, not {embedder!r}: "
                f"use --embedder {stored_embedder} or ingest into a new --index directory"
            )
        return cls(directory, stored_embedder, opened, stores)

    def close(self) -> None:
        if self._vectors is not None:  # Chroma keeps a path's database open until its last client closes
            self._vectors.close()
            self._vectors = None
        self.catalog.close()
        if self._scratch is not None:
            from .vectors import forget

            forget(self._scratch / "chroma")
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    # --- lazy parts -------------------------------------------------------------------------

    @property
    def embed_model(self):
        if self._embed_model is None:
            from .embeddings import make_embedder

            self._embed_model = make_embedder(self.embedder_spec)
        return self._embed_model

    @property
    def vectors(self):
        """The Chroma store, rebuilt from the catalog when its folder is missing, foreign or
        holds other vectors than the catalog's passages (a message says so in `notices`)."""
        if self._vectors is None:
            self._vectors = self._open_vectors()
        return self._vectors

    def _open_vectors(self):
        from .vectors import VectorStore

        if self.stores is not None and self.stores.chroma:
            try:
                return VectorStore(collection=self.stores.collection, url=self.stores.chroma)
            except Exception as err:
                raise IndexOpenError(f"the Chroma server at {self.stores.chroma} cannot be used "
                                     f"({type(err).__name__}: {err}): is `chroma run` serving there?") from err
        folder = self.directory / "chroma"
        if self.read_only:
            try:
                self._scratch = readable_copy(folder).parent
                folder = self._scratch / "chroma"
            except OSError as err:  # no room for the copy: the keyword half of the search only
                self.notices.append(f"the index at {self.directory} is read-only and its vectors could not be "
                                    f"copied to read them ({err}): answers use keyword search only")
                return VectorStore()
        expected = self.catalog.passage_count(VECTOR_KINDS)
        problem = ""
        if not folder.exists() and expected:
            problem = "the chroma/ folder is missing"
        else:
            try:
                store = VectorStore(folder)
                problem = "the chroma/ folder holds no vectors" if store.count() == 0 and expected else ""
            except Exception as err:  # a foreign or damaged folder: set it aside, rebuild
                from .vectors import forget

                forget(folder)
                problem = f"the chroma/ folder cannot be read ({type(err).__name__}: {err})"
                aside = folder.with_name(f"chroma.unreadable-{int(time.time())}")
                if folder.exists():
                    folder.rename(aside)
                    problem += f"; moved to {aside.name}"
            if not problem:
                self._reconcile_on_open(store)
                return store
        store = VectorStore(folder)
        passages = with_vectors(self.catalog.passages())
        for start in range(0, len(passages), 256):
            batch = passages[start:start + 256]
            store.add(batch, self.embed_model.get_text_embedding_batch([p.text for p in batch]))
        self.notices.append(f"{problem}: rebuilt the vector store from the catalog ({len(passages)} passages)")
        return store

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
            if not self.read_only:  # a read-only index keeps it in memory
                tmp = self.directory / "bm25.tmp"
                shutil.rmtree(tmp, ignore_errors=True)
                try:
                    retriever.persist(tmp)
                    (tmp / "generation.json").write_text(json.dumps({"generation": generation}))
                    shutil.rmtree(folder, ignore_errors=True)
                    tmp.rename(folder)
                except OSError:  # a full disk: answer from memory, save it another time
                    shutil.rmtree(tmp, ignore_errors=True)
        self._bm25 = (generation, retriever)
        return retriever

    # --- changes by others ------------------------------------------------------------------

    def refresh_if_changed(self) -> bool:
        """Has the index changed since last asked (this process through another connection, the
        CLI, another server)? Vectors written by another process are only seen after Chroma
        is reopened, so then it is."""
        generation = self.catalog.generation
        if generation == self._seen_generation:
            return False
        writer = self.catalog.get_meta("writer")
        if self._seen_generation is not None and writer not in (None, str(os.getpid())) and self._vectors is not None:
            from .vectors import reopen

            self._vectors = reopen(self._vectors)
        self._seen_generation = generation
        return True

    # --- reading ----------------------------------------------------------------------------

    def reports(self) -> list[ReportRecord]:
        return self.catalog.reports()

    def facts(self, body: str | None = None, year: int | None = None, metric: str | None = None) -> list[Fact]:
        return self.catalog.facts(body=body, year=year, metric=metric)

    # --- writing ----------------------------------------------------------------------------

    def reconcile(self) -> int:
        """Drop the vectors no report references (left by a killed ingest or remove, or a full
        disk); returns how many. Waits for a writer in its vectors-to-commit window."""
        if self.read_only:
            return 0
        with self.lock.hold():
            return self._drop_orphans(self.vectors)

    def _drop_orphans(self, store) -> int:
        stray = store.ids() - self.catalog.passage_ids()
        if stray:
            store.delete(sorted(stray))
        return len(stray)

    def _reconcile_on_open(self, store) -> None:
        """Orphans are dropped when the vectors are opened, if no writer is in its window (a
        count equal to the catalog's says there are none, without reading every id)."""
        if self.read_only or store.count() == self.catalog.passage_count(VECTOR_KINDS):
            return
        try:
            with self.lock.hold(wait=False) as held:
                dropped = self._drop_orphans(store) if held else 0
        except Exception as err:  # on a full disk they wait for the next open
            if not disk_full(err, self.directory):
                raise
            dropped = 0
        if dropped:
            self.notices.append(f"dropped {dropped} vectors that no report references (left by an "
                                "interrupted ingest or remove)")

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyIndexError(f"the index at {self.directory} is read-only: it can be read and asked, "
                                     "not changed")

    def remove(self, report: str) -> bool:
        self._writable()
        try:
            with self.lock.hold():
                ids = {p.id for p in self.catalog.passages(report)}
                found = self.catalog.remove_report(report)
                if ids:
                    self.vectors.delete(sorted(ids))
        except Exception as err:
            if disk_full(err, self.directory):
                raise DiskFullError(f"the disk is full: {printable(report)} was not removed; free space and run "
                                    "the command again") from err
            raise
        return found

    def ingest(
        self,
        paths: Iterable[str | Path],
        progress: Callable[[FileResult], None] | None = None,
        workers: int = 1,
        processes: bool = False,
        ocr: str | None = None,
        pages: Callable[[str, int, int], None] | None = None,
        ray: str | None = None,
    ) -> IngestSummary:
        """Index files and folders. Bad files are skipped with a reason; the batch goes on.
        `workers` processes read and embed files in parallel; `processes` uses worker processes
        even for one (a server keeps reading PDFs off the process that answers). `pages(file,
        done, total)` is called as scanned pages are recognised."""
        start = time.perf_counter()
        self._writable()
        summary = IngestSummary(workers=max(1, workers) if processes or workers > 1 else 0, ray=ray or "")
        if self.stores is not None and self.stores.chroma:
            self.reconcile()  # an embedded store is reconciled as it opens
        files = expand_paths(paths)
        for path, extracted in self._extract_all(files, workers, processes, ocr, pages, ray):
            try:
                with self.lock.hold():  # decided and written while no other writer is
                    result = _unchanged(path, extracted, self.catalog) or self._store(path, extracted)
            except Exception as err:
                if not disk_full(err, self.directory):
                    raise
                done = sum(r.status in ("indexed", "replaced", "merged") for r in summary.results)
                raise DiskFullError(f"the disk is full: {done} report{' was' if done == 1 else 's were'} indexed, "
                                    f"{len(files) - len(summary.results)} not; free space and run the command again"
                                    ) from err
            summary.results.append(result)
            if progress:
                progress(result)
        if any(r.status in ("indexed", "replaced") for r in summary.results):
            self.catalog.optimize()
        summary.seconds = time.perf_counter() - start
        return summary

    def _extract_all(self, files: list[Path], workers: int, processes: bool = False, ocr: str | None = None,
                     pages: Callable[[str, int, int], None] | None = None, ray: str | None = None):
        """Yield (path, ExtractedReport | failure reason | FileResult for an unchanged file):
        read here, in local worker processes, or on a Ray cluster (`ray`: auto or an address)."""
        todo: list[Path] = []
        for path in files:
            sha256 = file_sha256(path) if path.is_file() else ""
            same = self.catalog.source(sha256) if sha256 else None
            if same is not None:
                self._relocate(sha256, same[1], path)
                yield path, FileResult(str(path), "unchanged", f"already indexed as {same[0]}", report=same[0])
            else:
                todo.append(path)
        if ray is not None:
            from .distributed import extract_on_ray

            yield from extract_on_ray(todo, ray, self.embedder_spec, ocr)
            return
        if not processes and (workers <= 1 or len(todo) < 2):
            from .forms import ocr as ocr_pages

            for path in todo:
                hook = (lambda done, total, name=str(path): pages(name, done, total)) if pages else None
                with ocr_pages.on_page(hook):
                    yield path, try_extract(str(path), ocr_mode=ocr)
            return
        workers = max(1, workers)
        # Extraction (pdfplumber) is CPU-bound Python: worker processes use the other cores
        # while this process embeds and writes.
        # "spawn": forking a process that holds Chroma's and torch's threads is not safe.
        context = multiprocessing.get_context("spawn")
        manager = context.Manager() if pages else None
        queue = manager.Queue() if manager else None
        relay = _Relay(queue, pages) if queue is not None else None
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_init,
                                     initargs=(queue,)) as pool:
                futures = [(p, pool.submit(try_extract, str(p), self.embedder_spec, ocr)) for p in todo]
                try:
                    for path, future in futures:
                        yield path, future.result()
                finally:  # a batch stopped (a full disk) does not wait for files it will not write
                    pool.shutdown(cancel_futures=True)
        finally:
            if relay is not None:
                relay.stop()
            if manager is not None:
                manager.shutdown()

    def _relocate(self, sha256: str, stored: str, path: Path) -> None:
        """An unchanged file stored by a relative path (older indexes), or by a path where it no
        longer is, is recorded at its absolute path: the cited page is then found from anywhere."""
        here = str(path.resolve())
        if stored != here and (not Path(stored).is_absolute() or not Path(stored).is_file()):
            self.catalog.move_source(sha256, here)

    def _own_report(self, extracted: ExtractedReport, path: Path) -> ReportRecord | None:
        """The report this very file was stored as: an edited file is a new version of itself,
        whatever report shares its name or its figures. Older indexes stored the path as given."""
        own = self.catalog.report_at(str(path.resolve()), str(path))
        if own is not None and own != extracted.report:
            rename(extracted, own)
        return self.catalog.report(extracted.report)

    def _store(self, path: Path, extracted: ExtractedReport | FileResult | str) -> FileResult:
        """Write one extracted file. A report is what it says, not its file name: the same
        report in another form is one report with several sources (the better-read form's
        facts, counted once); another file with a name already taken is kept under a new id;
        a new version of the same file replaces the old one, and the result says so."""
        if isinstance(extracted, FileResult):
            return extracted
        if isinstance(extracted, str):
            return FileResult(str(path), "failed", extracted)
        extracted.doc.path = str(Path(path).resolve())  # a relative path means nothing to a server elsewhere
        same_name = self._own_report(extracted, Path(path))
        renamed = ""
        if (same_name is not None and same_name.path not in (extracted.doc.path, str(path))
                and same_name.sha256 != extracted.doc.sha256):
            renamed = extracted.report
            rename(extracted, _distinct_id(extracted.report, extracted.doc.sha256))
            same_name = None
        twin = identity.twin(extracted, self.catalog) if same_name is None else None
        if twin is not None and not identity.better(extracted, twin, self.catalog):
            self.catalog.add_source(twin.report, extracted.doc.sha256, extracted.doc.path, extracted.doc.kind, _now())
            return FileResult(str(path), "merged", f"the same report as {twin.report} ({twin.body} {twin.year}): "
                              "kept as another source of it, its facts counted once", twin.report)
        merged = [twin.report] if twin is not None else []
        result = self._write(extracted, merged)
        if twin is not None:
            result.status = "merged"
            result.reason = (f"the same report as {twin.report} ({twin.body} {twin.year}), read better from this "
                             f"form: {twin.report} is now another source of it, the facts counted once")
        elif renamed:
            result.reason = (f"another file named {renamed} ({self.catalog.report(renamed).path}) is indexed: "
                             f"both kept, this one as {extracted.report}")
        elif same_name is not None:
            result.status = "replaced"
            result.reason = f"a new version of {same_name.report} (same file, new content) replaced the old one"
        else:
            others = [r for r in self.catalog.reports(body=extracted.meta.body, year=extracted.meta.year)
                      if r.report != extracted.report]
            if others:
                result.reason = (f"another report of {extracted.meta.body} {extracted.meta.year} ({others[0].report}) "
                                 "has different content: both kept")
        return result

    def _write(self, extracted: ExtractedReport, merged: list[str]) -> FileResult:
        report = extracted.report
        old_ids = {p.id for r in [report, *merged] for p in self.catalog.passages(r)}
        embedded = with_vectors(extracted.passages)
        vectors = extracted.embeddings
        if vectors is None:
            texts = [p.text for p in embedded]
            vectors = self.embed_model.get_text_embedding_batch(texts) if texts else []
        self.vectors.add(embedded, vectors)
        record = self._record(extracted)
        self.catalog.replace_report(record, extracted.sections(), extracted.facts, extracted.checks,
                                    extracted.passages, extracted.doc.pages, merged_from=merged,
                                    contradictions=extracted.contradictions)
        stale = old_ids - {p.id for p in extracted.passages}
        if stale:
            self.vectors.delete(sorted(stale))
        return FileResult(extracted.doc.path, "indexed", "", report, record.pages, record.passages, record.facts,
                          record.checks_failed, record.unreadable, record.problems)

    @staticmethod
    def _record(x: ExtractedReport) -> ReportRecord:
        return _record(x)


def _unchanged(path: Path, extracted, catalog: Catalog) -> FileResult | None:
    """A file indexed since it was read (by another process): unchanged, not a new version."""
    if isinstance(extracted, ExtractedReport):
        same = catalog.report_by_hash(extracted.doc.sha256)
        if same is not None:
            return FileResult(str(path), "unchanged", f"already indexed as {same}", report=same)
    return None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _distinct_id(name: str, sha256: str) -> str:
    """report.txt -> report~1a2b3c4d.txt: another file of the same name keeps its own id."""
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}~{sha256[:8]}.{suffix}" if dot else f"{name}~{sha256[:8]}"


def rename(x: ExtractedReport, report: str) -> None:
    """Give an extracted file another report id (in every record that names it)."""
    x.doc.name = report
    for fact in x.facts:
        fact.report = report
    for passage in x.passages:
        passage.report = report


def _record(x: ExtractedReport) -> ReportRecord:
    return ReportRecord(
        report=x.report, path=x.doc.path, sha256=x.doc.sha256, kind=x.doc.kind, body=x.meta.body,
        region=x.meta.region, year=x.meta.year, template=x.meta.template, title=x.meta.title,
        pages=len(x.doc.pages), passages=len(x.passages), facts=sum(f.readable for f in x.facts),
        checks_failed=sum(not c.passed for c in x.checks), ingested_at=_now(),
        short_names=x.meta.short_names, unreadable=len(x.unreadable), problems=x.problems,
    )
