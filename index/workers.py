"""Where the files of an ingest are read: in this process, in local worker processes, or on a
Ray cluster (index.distributed). Beside the store, not in it: reading (extraction, OCR, the
embedding of passages) needs no index, and the pipeline writes what comes back.

    for path, extracted in read_files(files, "use", workers=2):   # ExtractedReport | reason
        ...
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .extract import try_extract


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
    if not processes and (workers <= 1 or len(files) < 2):
        from .forms import ocr as ocr_pages

        for path in files:
            hook = (lambda done, total, name=str(path): pages(name, done, total)) if pages else None
            with ocr_pages.on_page(hook):
                yield path, try_extract(str(path), ocr_mode=ocr)
        return
    yield from _in_processes(files, embedder, max(1, workers), ocr, pages)


def _in_processes(files: list[Path], embedder: str, workers: int, ocr: str | None,
                  pages: Callable[[str, int, int], None] | None) -> Iterator[tuple]:
    # Extraction (pdfplumber) is CPU-bound Python: worker processes use the other cores
    # while this process embeds and writes.
    # "spawn": forking a process that holds Chroma's and torch's threads is not safe.
    context = multiprocessing.get_context("spawn")
    manager = context.Manager() if pages else None
    queue = manager.Queue() if manager else None
    relay = Relay(queue, pages) if queue is not None else None
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=worker_init,
                                 initargs=(queue,)) as pool:
            futures = [(p, pool.submit(try_extract, str(p), embedder, ocr)) for p in files]
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


def worker_init(pages=None) -> None:
    """Each ingest worker uses one core; BLAS threads on top would oversubscribe the machine.
    Workers run at a lower priority: a server answering questions goes first. `pages`: a
    queue for the OCR'd page counts of the parent's progress bar."""
    from .extract import set_page_queue

    set_page_queue(pages)
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
