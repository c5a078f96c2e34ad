"""The Python API of ReportQA. The CLI and the web page are thin layers over this class.

    from assistant import Assistant
    qa = Assistant.build(["data/sample-reports"], ".reportqa/index")
    qa.reports()
    qa.facts(body="海原县卫生健康局", year=2020, metric="行政处罚")
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from index import config
from index.contradictions import Contradiction
from index.models import CheckResult, Fact, ReportRecord
from index.pipeline import (
    DedupStrategy,
    FileResult,
    IngestPipeline,
    IngestStatus,
    IngestSummary,
    expand_paths,
    file_sha256,
)
from index.store import DiskFullError, IndexOpenError, ReportIndex

from .answer import Choice
from .understanding.hygiene import MAX_QUESTION_CHARS

__all__ = ["Assistant", "Choice", "CitedPage", "DedupStrategy", "DiskFullError", "FileResult", "IndexOpenError", "IngestStatus",
           "IngestSummary"]


@dataclass
class CitedPage:
    kind: str  # the form the report was read from: pdf, docx, html, markdown, text
    path: str  # where it was indexed from
    file: Path | None  # that file (or its uploaded copy) when it still holds the indexed content
    text: str | None  # the cited page's indexed text


class Assistant:
    def __init__(self, index: ReportIndex):
        self.index = index
        self.last_ingest: IngestSummary | None = None
        self._engine = None

    @property
    def engine(self):
        """The answering engine, built on first use (models and retrievers load once)."""
        if self._engine is None:
            from .engine import Engine

            self._engine = Engine(self.index)
        return self._engine

    #: Questions longer than this many characters are refused before any work.
    MAX_QUESTION_CHARS = MAX_QUESTION_CHARS

    @staticmethod
    def question_problem(text: str) -> str | None:
        """Why `text` cannot be asked (empty, too long, no words), said in its language; None
        when it can be asked. Cheap: skins check it before keeping or sending a question."""
        from .render import problem_text
        from .understanding import check_question, detect_language

        problem = check_question(text)
        return None if problem is None else problem_text(problem, detect_language(text[:MAX_QUESTION_CHARS]))

    def ask(self, question: str):
        """Answer one question on its own; returns an `Answer` (text, citations, facts, route...)."""
        return self.chat().ask(question)

    def chat(self):
        """A `Conversation` whose `.ask(question)` uses the earlier turns for follow-ups. When an
        answer asks back which body (or item) is meant, `answer.choices` (and the conversation's
        `.choices()` until the reply) holds the candidates as `Choice`s: sending one's `label`,
        its number or "是" / "yes" as the next question picks it."""
        from .conversation import Conversation

        return Conversation(self.engine)

    def warm_up(self) -> None:
        """Load the embedder, BM25, Chroma and the question reader's phrase tables now rather
        than at the first question."""
        from index.lexicon import pinyin

        from . import understanding

        _ = self.engine
        understanding.prepare()
        pinyin.load()
        self.index.bm25()
        self.index.embed_model.get_query_embedding("warm up")
        self.index.vectors.count()

    @classmethod
    def open(cls, index_dir: str | Path = config.DEFAULT_INDEX_DIR, embedder: str | None = None) -> Assistant:
        """Open an existing index (embedded, or on the servers its stores.json names); raises
        IndexOpenError with a user-facing message."""
        return cls(ReportIndex.open(index_dir, embedder=embedder))

    @classmethod
    def build(
        cls,
        paths: Iterable[str | Path],
        index_dir: str | Path = config.DEFAULT_INDEX_DIR,
        embedder: str | None = None,
        progress: Callable[[FileResult], None] | None = None,
        workers: int = 1,
        ocr: str | None = None,
        pages: Callable[[str, int, int], None] | None = None,
        catalog: str | None = None,
        chroma: str | None = None,
        ray: str | None = None,
        dedup: DedupStrategy = DedupStrategy.FORMS,
    ) -> Assistant:
        """Ingest files and folders into index_dir (created if needed), then return it opened.
        The ingest summary (with per-file reasons for skipped files) is `.last_ingest`.
        `workers` processes read the files in parallel; `dedup` says which files are one report."""
        assistant = cls(ReportIndex.open(index_dir, embedder=embedder, create=True, catalog=catalog, chroma=chroma))
        assistant.add(paths, progress=progress, workers=workers, ocr=ocr, pages=pages, ray=ray, dedup=dedup)
        return assistant

    def add(self, paths: Iterable[str | Path], progress: Callable[[FileResult], None] | None = None,
            workers: int = 1, processes: bool = False, ocr: str | None = None,
            pages: Callable[[str, int, int], None] | None = None, ray: str | None = None,
            dedup: DedupStrategy = DedupStrategy.FORMS) -> IngestSummary:
        """Ingest more files (index.pipeline); `processes` reads them in worker processes even
        when one; `ocr` is auto (scanned pages), always or never (default: config.OCR_MODE);
        `dedup` FORMS takes the same report in another form as one report, FILES keeps every
        file apart. Each result has an `IngestStatus` and its reason."""
        pipeline = IngestPipeline(self.index, dedup=dedup)
        self.last_ingest = pipeline.run(paths, progress=progress, workers=workers, processes=processes, ocr=ocr,
                                        pages=pages, ray=ray)
        self._refresh()
        return self.last_ingest

    def add_uploads(self, files: Iterable[str | Path], files_dir: str | Path | None = None,
                    progress: Callable[[int, int, str], None] | None = None,
                    max_bytes: int = config.MAX_FILE_BYTES, processes: bool = False, ocr: str | None = None,
                    pages: Callable[[str, int, int], None] | None = None) -> list:
        """Ingest files a person uploaded: each copied under `files_dir` (default: the index's
        files/) by a safe name, by the upload rules of assistant.uploads (size cap, a name
        taken kept as name~hash), then ingested as one batch; one `UploadResult` per file.
        `progress(done, total, name)` is called per file ingested."""
        from .uploads import ingest_uploads

        folder = Path(files_dir) if files_dir is not None else self.directory / "files"
        return ingest_uploads(self, list(files), folder, progress=progress, max_bytes=max_bytes,
                              processes=processes, ocr=ocr, pages=pages)

    @staticmethod
    def accepted_suffixes() -> list[str]:
        """The file suffixes an ingest or an upload takes (one list for the CLI, folders and the page)."""
        from index.forms import accepted_suffixes

        return sorted(s for s in accepted_suffixes() if s)

    @staticmethod
    def files_in(paths: Iterable[str | Path]) -> list[Path]:
        """The files an ingest of `paths` reads: files as given, report-like files in folders."""
        return expand_paths(paths)

    def remove(self, report: str) -> bool:
        """Delete one report (by its file name) and everything extracted from it."""
        removed = self.index.remove(report)
        self._refresh()
        return removed

    def _refresh(self) -> None:
        if self._engine is not None:
            self._engine.refresh()

    def reports(self) -> list[ReportRecord]:
        return self.index.reports()

    def report(self, name: str) -> ReportRecord | None:
        """One indexed report by its id (file name), or None."""
        return self.index.catalog.report(name)

    def facts(self, body: str | None = None, year: int | None = None, metric: str | None = None,
              report: str | None = None) -> list[Fact]:
        """Fact records; `body` matches the full name or region, `metric` a key or its prefix,
        `report` one report's id."""
        return self.index.catalog.facts(body=body, year=year, metric=metric, report=report)

    def checks(self, report: str | None = None) -> list[tuple[str, CheckResult]]:
        return self.index.catalog.checks(report)

    def contradictions(self, body: str | None = None, year: int | None = None,
                       metric: str | None = None) -> list[Contradiction]:
        """Where a report's text states a statistic of its table with another number; `body`
        and `year` as for facts, `metric` a key the contradiction touches."""
        reports = {r.report for r in self.index.reports() if (body is None or body in (r.body, r.region, *r.short_names))
                   and (year is None or r.year == year)}
        return [c for c in self.index.catalog.contradictions(metric=metric) if c.report in reports]

    # --- what the skins show beside answers ---------------------------------------------------

    @property
    def directory(self) -> Path:
        """The index directory (uploaded copies are kept under its files/)."""
        return Path(self.index.directory)

    @property
    def embedder(self) -> str:
        """The embedder spec the index was built with ('use', 'st:NAME')."""
        return self.index.embedder_spec

    @property
    def notices(self) -> list[str]:
        """What opening the index had to repair or could not (one line each), to be said."""
        return list(self.index.notices)

    @property
    def generation(self) -> int:
        """A number that changes whenever any process changes the index."""
        return self.index.catalog.generation

    def changed(self) -> bool:
        """Has the index changed (an upload, the CLI, another server) since last asked? The
        answering engine then reloads the corpus."""
        if not self.index.refresh_if_changed():
            return False
        self._refresh()
        return True

    def page_text(self, report: str, page: int | None) -> str | None:
        """The text of one page of a report as indexed; with no page, the whole report's."""
        if page:
            return self.index.catalog.page_text(report, page)
        pages = self.index.catalog.pages(report)
        return "".join(p.text for p in pages) if pages else None

    def cited_page(self, citation) -> CitedPage | None:
        """What the page view of a citation shows: the report's form, its original file when
        still there, and the page's indexed text; None when the report is no longer indexed."""
        record = self.report(citation.report)
        if record is None:
            return None
        return CitedPage(record.kind, record.path, self.source_file(citation.report),
                         self.page_text(citation.report, citation.page) if citation.page else None)

    def source_file(self, report: str) -> Path | None:
        """The report's original file, when it is still what was indexed: its recorded path,
        else the uploaded copy under the index (a file changed since is not shown as its page)."""
        record = self.report(report)
        if record is None:
            return None
        for candidate in (Path(record.path), self.directory / "files" / report):
            if candidate.is_file() and _same_content(candidate, record.sha256):
                return candidate
        return None

    def search(self, text: str, language: str | None = None, top_k: int = 5) -> list:
        """Passages for `text` by the hybrid (BM25 + vector) search answers use, best first;
        each has `.id`, `.text`, `.metadata` (report, body, year, page …) and `.score`.
        `language` (zh, en) weighs the two searches; by default the text's own."""
        from .retrieve import HybridRetriever
        from .understanding import detect_language

        language = language or detect_language(text)

        return HybridRetriever(self.index.bm25(), self.index.vectors, self.index.embed_model,
                               language=language, top_k=top_k).search(text)

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> Assistant:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _same_content(path: Path, sha256: str) -> bool:
    """Is the file at `path` the content with this hash? (computed again only when it changed)"""
    stat = path.stat()
    return _cached_sha256(str(path.resolve()), stat.st_mtime_ns, stat.st_size) == sha256


@functools.lru_cache(maxsize=256)
def _cached_sha256(path: str, mtime_ns: int, size: int) -> str:
    return file_sha256(Path(path))
