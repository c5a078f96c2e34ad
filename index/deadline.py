"""A time limit on reading one file (config.MAX_FILE_SECONDS), checked at page and table steps.

    with deadline.limit(seconds):   # around one file's extraction
        ...
        deadline.check()            # raises FileTimeout once the time is up
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager

_local = threading.local()


class FileTimeout(Exception):
    """Reading the file took longer than its limit."""


@contextmanager
def limit(seconds: float):
    previous = getattr(_local, "until", None)
    _local.until = time.monotonic() + seconds
    _local.seconds = seconds
    try:
        yield
    finally:
        _local.until = previous


def check() -> None:
    until = getattr(_local, "until", None)
    if until is not None and time.monotonic() > until:
        raise FileTimeout(f"reading took longer than {_local.seconds:.0f} s: skipped (raise config.MAX_FILE_SECONDS "
                          "for files this slow)")
