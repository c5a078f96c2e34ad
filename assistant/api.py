"""The Python API of ReportQA. The CLI and the web page are thin layers over this class.

    from assistant import Assistant
    qa = Assistant.build(["data/sample-reports"], ".reportqa/index")
    qa.reports()
    qa.facts(body="海原县卫生健康局", year=2020, metric="行政处罚")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from index import config
from index.contradictions import Contradiction
from index.models import CheckResult, Fact, ReportRecord
from index.store import FileResult, IndexOpenError, IngestSummary, ReportIndex

from .understanding.hygiene import MAX_QUESTION_CHARS

__all__ = ["Assistant", "IndexOpenError"]


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
        """A `Conversation` whose `.ask(question)` uses the earlier turns for follow-ups."""
        from .conversation import Conversation

        return Conversation(self.engine)

    def warm_up(self) -> None:
        """Load the embedder, BM25, Chroma and the question reader's phrase tables now rather
        than at the first question."""
        from . import understanding

        _ = self.engine
        understanding.prepare()
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
    ) -> Assistant:
        """Ingest files and folders into index_dir (created if needed), then return it opened.
        The ingest summary (with per-file reasons for skipped files) is `.last_ingest`.
        `workers` processes read the files in parallel."""
        assistant = cls(ReportIndex.open(index_dir, embedder=embedder, create=True, catalog=catalog, chroma=chroma))
        assistant.add(paths, progress=progress, workers=workers, ocr=ocr, pages=pages, ray=ray)
        return assistant

    def add(self, paths: Iterable[str | Path], progress: Callable[[FileResult], None] | None = None,
            workers: int = 1, processes: bool = False, ocr: str | None = None,
            pages: Callable[[str, int, int], None] | None = None, ray: str | None = None) -> IngestSummary:
        """Ingest more files; `processes` reads them in worker processes even when one; `ocr`
        is auto (scanned pages), always or never (default: config.OCR_MODE)."""
        self.last_ingest = self.index.ingest(paths, progress=progress, workers=workers, processes=processes, ocr=ocr,
                                             pages=pages, ray=ray)
        self._refresh()
        return self.last_ingest

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

    def facts(self, body: str | None = None, year: int | None = None, metric: str | None = None) -> list[Fact]:
        """Fact records; `body` matches the full name or region, `metric` a key or its prefix."""
        return self.index.facts(body=body, year=year, metric=metric)

    def checks(self, report: str | None = None) -> list[tuple[str, CheckResult]]:
        return self.index.catalog.checks(report)

    def contradictions(self, body: str | None = None, year: int | None = None,
                       metric: str | None = None) -> list[Contradiction]:
        """Where a report's text states a statistic of its table with another number; `body`
        and `year` as for facts, `metric` a key the contradiction touches."""
        reports = {r.report for r in self.index.reports() if (body is None or body in (r.body, r.region, *r.short_names))
                   and (year is None or r.year == year)}
        return [c for c in self.index.catalog.contradictions(metric=metric) if c.report in reports]

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> Assistant:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
