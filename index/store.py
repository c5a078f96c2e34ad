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

The store opens, reads and writes; which files become which reports is decided by the ingest
pipeline (index.pipeline), which writes through `ReportIndex.write`.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import opening
from .catalog import Catalog
from .chunks import VECTOR_KINDS, with_vectors
from .guard import WriteLock, disk_full, printable, readable_copy
from .models import Fact, ReportRecord
from .opening import DiskFullError, IndexOpenError, ReadOnlyIndexError, Stores

if TYPE_CHECKING:
    from .extract import ExtractedReport

__all__ = ["DiskFullError", "IndexOpenError", "ReadOnlyIndexError", "ReportIndex"]


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
        opened, spec, stores = opening.open_parts(directory, embedder, create, catalog, chroma)
        return cls(directory, spec, opened, stores)

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

    def check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyIndexError(f"the index at {self.directory} is read-only: it can be read and asked, "
                                     "not changed")

    def remove(self, report: str) -> bool:
        self.check_writable()
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

    def write(self, x: ExtractedReport, vectors: list[list[float]], merged: list[str], ingested_at: str) -> ReportRecord:
        """Store one extracted report (`vectors`: of its passages that have vectors), replacing
        the reports in `merged` (other forms of it). Vectors first under new ids, then the
        catalog in one transaction, then the vectors no longer referenced; the caller holds
        the write lock."""
        report = x.report
        old_ids = {p.id for r in [report, *merged] for p in self.catalog.passages(r)}
        self.vectors.add(with_vectors(x.passages), vectors)
        record = _record(x, ingested_at)
        self.catalog.replace_report(record, x.sections(), x.facts, x.checks, x.passages, x.doc.pages,
                                    merged_from=merged, contradictions=x.contradictions)
        stale = old_ids - {p.id for p in x.passages}
        if stale:
            self.vectors.delete(sorted(stale))
        return record

    def add_source(self, report: str, x: ExtractedReport, ingested_at: str) -> None:
        """Record the file `x` was read from as another source of `report` (nothing else of it is kept)."""
        self.catalog.add_source(report, x.doc.sha256, x.doc.path, x.doc.kind, ingested_at)


def _record(x: ExtractedReport, ingested_at: str) -> ReportRecord:
    return ReportRecord(
        report=x.report, path=x.doc.path, sha256=x.doc.sha256, kind=x.doc.kind, body=x.meta.body,
        region=x.meta.region, year=x.meta.year, template=x.meta.template, title=x.meta.title,
        pages=len(x.doc.pages), passages=len(x.passages), facts=sum(f.readable for f in x.facts),
        checks_failed=sum(not c.passed for c in x.checks), ingested_at=ingested_at,
        short_names=x.meta.short_names, unreadable=len(x.unreadable), problems=x.problems,
    )
