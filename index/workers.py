"""Helpers of the worker processes that read files for an ingest (moved out of index.store)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable


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
