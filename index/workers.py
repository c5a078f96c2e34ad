"""Where the files of an ingest are read: in this process, in local worker processes, or on a
Ray cluster (index.distributed). Beside the store, not in it: reading (extraction, OCR, the
embedding of passages) needs no index, and the pipeline writes what comes back.

    for path, extracted in read_files(files, "use", workers=2):   # ExtractedReport | reason
        ...
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import multiprocessing
import os
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import config
from .extract import ExtractedReport, try_extract


def read_files(files: list[Path], embedder: str, workers: int = 1, processes: bool = False,
               ocr: str | None = None, pages: Callable[[str, int, int], None] | None = None,
               ray: str | None = None) -> Iterator[tuple]:
    """Yield (path, ExtractedReport | failure reason) per file: here (one worker, no
    `processes`), in `workers` local processes (embedding there too), or on Ray (`ray`: auto
    or an address). `pages(file, done, total)` hears of scanned pages as OCR reads them."""
    if ray is not None:
        from .distributed import extract_on_ray

        yield from extract_on_ray(files, ray, embedder, ocr)
        return
    from .forms import ocr as ocr_pages

    if not processes and (workers <= 1 or len(files) < 2) and not _long_scan(files, workers, ocr):
        for path in files:
            hook = (lambda done, total, name=str(path): pages(name, done, total)) if pages else None
            with ocr_pages.on_page(hook):
                yield path, try_extract(str(path), ocr_mode=ocr)
        return
    yield from _in_processes(files, embedder, max(1, workers), ocr, pages)


#: Files handed to the pool ahead of the one being yielded, per worker: enough that a worker
#: never waits while this process writes a file, few enough that a file is written soon after
#: it is read (not after the whole batch).
AHEAD_PER_WORKER = 2
#: Where two workers' time goes, traced task by task on the samples as scans (23 pages, load 6-9):
#: the two workers run tasks back to back (no gap over 0.1 s), the last pages end within 1.3 s of
#: each other, so neither handing out long pages first (their cost is known only once read: 0.4-4.9
#: CPU s) nor loading the OCR models as a worker starts (its first task is a page, given at once)
#: would shorten the run. What the trace showed was the embedder loaded by each worker for the
#: passages of a scan (2.7 CPU s): see OCR_WORKERS_EMBED. Before the first task: the ingest's own
#: start-up and each worker importing the CLI's main module again (the spawn start method): 1.8-2.6
#: CPU s a worker while the CLI imported the API at the top; 0.06 since it imports it in its commands
#: (assistant/cli.py, assistant/__init__.py; tests/test_ocr.py checks what the module loads).


def _long_scan(files: list[Path], workers: int, ocr: str | None) -> bool:
    """One file with pages enough to OCR that several workers share them (page by page) sooner
    than one process reads them (its model threads gain little on small line images)."""
    from .forms import ocr as ocr_pages

    return workers > 1 and len(files) == 1 and len(ocr_pages.pages_to_read(files[0], ocr)) >= 2 * workers


def _in_processes(files: list[Path], embedder: str, workers: int, ocr: str | None,
                  pages: Callable[[str, int, int], None] | None) -> Iterator[tuple]:
    # Extraction (pdfplumber) is CPU-bound Python: worker processes use the other cores
    # while this process embeds and writes.
    # "spawn": forking a process that holds Chroma's and torch's threads is not safe.
    context = multiprocessing.get_context("spawn")
    manager = context.Manager() if pages else None
    queue = manager.Queue() if manager else None
    relay = Relay(queue, pages) if queue is not None else None
    memos = tempfile.TemporaryDirectory(prefix="reportqa-memo-") if workers > 1 else None
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=worker_init,
                                 initargs=(queue, memos.name if memos else None)) as pool:
            feed = Feed(pool, embedder, ocr, pages, workers)
            ahead: deque[tuple[Path, Future]] = deque()
            rest = iter(files)
            try:
                while True:
                    while len(ahead) < workers * AHEAD_PER_WORKER and (path := next(rest, None)) is not None:
                        ahead.append((path, feed.read(path)))
                    if not ahead:
                        return
                    path, future = ahead.popleft()
                    yield path, future.result()
            finally:  # a batch stopped (a full disk) does not wait for files it will not write
                pool.shutdown(cancel_futures=True)
    finally:
        if relay is not None:
            relay.stop()
        if manager is not None:
            manager.shutdown()
        if memos is not None:
            memos.cleanup()


class Feed:
    """Hands files to a process pool; a PDF with pages to OCR page by page. Each scanned page is
    a task of its own (ocr.read_pages), so the workers share a long scan to its last page instead
    of one of them reading it alone; the file's extraction follows, given the pages read. The pool
    is given a task only as a worker is free (one waiting), the earliest file's extraction first,
    then pages in file order: a file is written as soon as it is read, not after the batch."""

    def __init__(self, pool: ProcessPoolExecutor, embedder: str, ocr: str | None,
                 pages: Callable[[str, int, int], None] | None, workers: int):
        self.pool, self.embedder, self.ocr, self.pages = pool, embedder, ocr, pages
        self.limit, self.busy, self.files = workers + 1, 0, itertools.count()
        self.queued: list = []
        self.order = itertools.count()
        self.lock = threading.Lock()

    def read(self, path: Path) -> Future:
        """A future of (ExtractedReport | failure reason) for this file."""
        from .forms import ocr as ocr_pages

        rank = next(self.files)
        numbers = ocr_pages.pages_to_read(path, self.ocr)
        if len(numbers) < 2:  # nothing to share
            return self._later((0, rank), try_extract, str(path), self.embedder, self.ocr)
        result: Future = Future()
        state = _Pages(path, numbers, rank)
        for number in numbers:
            part = self._later((1, rank), ocr_pages.read_pages, str(path), [number])
            state.parts.append(part)
            part.add_done_callback(lambda part: self._page_read(state, part, result))
        return result

    def _later(self, rank: tuple, fn, *args) -> Future:
        """fn(*args) in the pool when its turn comes (the lowest rank first)."""
        future: Future = Future()
        with self.lock:
            heapq.heappush(self.queued, (rank, next(self.order), fn, args, future))
        self._pump()
        return future

    def _pump(self) -> None:
        while True:
            with self.lock:
                if self.busy >= self.limit or not self.queued:
                    return
                _, _, fn, args, future = heapq.heappop(self.queued)
                self.busy += 1
            try:
                if not future.set_running_or_notify_cancel():
                    raise LookupError  # cancelled while queued
                inner = self.pool.submit(fn, *args)
            except (LookupError, RuntimeError) as err:  # RuntimeError: the pool was shut down
                with self.lock:
                    self.busy -= 1
                if isinstance(err, RuntimeError):
                    future.set_exception(err)
                continue
            inner.add_done_callback(lambda inner, future=future: self._done(inner, future))

    def _done(self, inner: Future, future: Future) -> None:
        with self.lock:
            self.busy -= 1
        _copy(inner, future)
        self._pump()

    def _page_read(self, state: _Pages, part: Future, result: Future) -> None:
        with state.lock:
            if not part.cancelled() and part.exception() is None:
                read, seconds = part.result()
                state.read.update(read)
                state.seconds += seconds
            state.left -= 1
            done, left, late = len(state.numbers) - state.left, state.left, state.seconds > config.MAX_FILE_SECONDS
        if late:  # as one process reading the file would have been stopped (deadline.check)
            for other in state.parts:
                other.cancel()
        if self.pages is not None:
            with contextlib.suppress(Exception):
                self.pages(str(state.path), done, len(state.numbers))
        if left:
            return
        if late:
            result.set_result(f"reading took longer than {config.MAX_FILE_SECONDS:.0f} s: skipped "
                              "(raise config.MAX_FILE_SECONDS for files this slow)")
            return
        extraction = self._later((0, state.rank), extract_given, str(state.path), self.embedder, self.ocr, state.read)
        extraction.add_done_callback(lambda f: _copy(f, result))


@dataclass
class _Pages:
    """The page tasks of one file: what they read, how long they took, how many are left."""

    path: Path
    numbers: list[int]
    rank: int
    parts: list[Future] = field(default_factory=list)
    read: dict = field(default_factory=dict)
    seconds: float = 0.0
    left: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.left = len(self.numbers)


def _copy(source: Future, target: Future) -> None:
    if source.cancelled():  # the batch stopped: whoever waits hears of it
        target.set_exception(CancelledError())
    elif source.exception() is not None:
        target.set_exception(source.exception())
    else:
        target.set_result(source.result())


def extract_given(path: str, embedder: str, ocr_mode: str | None, read: dict) -> ExtractedReport | str:
    """try_extract in a worker, with the pages other workers have read by OCR already. Its passages
    are embedded here only by a worker that has loaded the embedder already (for a file with a text
    layer); else the process writing the index embeds them (see OCR_WORKERS_EMBED)."""
    from .extract import _EMBEDDERS
    from .forms import ocr as ocr_pages

    with ocr_pages.given(read):
        return try_extract(path, embedder if OCR_WORKERS_EMBED or embedder in _EMBEDDERS else None, ocr_mode)


#: Whether a worker that has only read scans loads the embedder for the passages of a scan (a few
#: dozen). Not: loading it costs each worker 2.0 CPU s (1.1 for the OCR models), and the process
#: writing the index loads it once for the scans of all workers, while they read (0.1-0.2 CPU s a
#: file to embed). Traced on the samples as scans, 2 workers, load 6-9 (task CPU s): each worker's
#: first extraction 2.7, the others 0.1-0.2; OCR pages 0.8-4.8 (1.1 of a worker's first page is the
#: models). So two workers cost more than one: each loads the models.
OCR_WORKERS_EMBED = False


def worker_init(pages=None, memos: str | None = None) -> None:
    """Each ingest worker uses one core; BLAS threads on top would oversubscribe the machine.
    Workers run at a lower priority: a server answering questions goes first. `pages`: a
    queue for the OCR'd page counts of the parent's progress bar; `memos`: the folder where the
    workers of this batch share their memos of recognised lines (index/forms/ocr_memo.Shared)."""
    from .extract import set_page_queue
    from .forms import ocr_memo

    set_page_queue(pages)
    ocr_memo.SHARED = Path(memos) if memos else None
    with contextlib.suppress(OSError, AttributeError):
        os.nice(10)
    os.environ["REPORTQA_EMBED_THREADS"] = "1"
    os.environ["OMP_NUM_THREADS"] = "1"
    os.environ["OPENBLAS_NUM_THREADS"] = "1"


class Relay:
    """Hands the page counts worker processes put on a queue to a callback, in a thread."""

    def __init__(self, queue, callback: Callable[[str, int, int], None]):
        import threading

        self.queue, self.callback = queue, callback
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            item = self.queue.get()
            if item is None:
                return
            with contextlib.suppress(Exception):
                self.callback(*item)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.queue.put(None)
        self.thread.join(5)

