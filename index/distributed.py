"""Reading files on a Ray cluster: `reportqa ingest --ray auto|ADDRESS`.

Extraction (and OCR, and the embedding of passages) is the work that grows with a corpus; each
file is one Ray task running the same `try_extract` the local worker processes run. Results
come back as tasks finish; the caller writes each report in its own transaction, as it does
for local workers, so progress, failures and crash safety are unchanged.

    for path, extracted in extract_on_ray(files, "auto", embedder="use", ocr="auto"):
        ...
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

#: Files in flight per CPU of the cluster (a bounded queue: memory stays flat on big batches).
IN_FLIGHT_PER_CPU = 2


def _init(address: str) -> None:
    import ray

    if ray.is_initialized():
        return
    if address in ("", "auto", "local"):
        # "auto": a running cluster's address when there is one, else a local cluster
        try:
            ray.init(address="auto", ignore_reinit_error=True, log_to_driver=False)
        except (ConnectionError, RuntimeError):
            ray.init(ignore_reinit_error=True, log_to_driver=False, include_dashboard=False)
    else:
        ray.init(address=address, ignore_reinit_error=True, log_to_driver=False)


def extract_on_ray(files: list[Path], address: str, embedder: str | None, ocr: str | None) -> Iterator[tuple]:
    """Yield (path, ExtractedReport | failure reason) for each file, in completion order."""
    import ray

    _init(address)
    task = ray.remote(num_cpus=1)(_extract_task)
    limit = max(1, int(ray.cluster_resources().get("CPU", 1)) * IN_FLIGHT_PER_CPU)
    pending: dict = {}
    todo = list(files)
    while todo or pending:
        while todo and len(pending) < limit:
            path = todo.pop(0)
            pending[task.remote(str(path), embedder, ocr)] = path
        done, _ = ray.wait(list(pending), num_returns=1)
        for ref in done:
            path = pending.pop(ref)
            try:
                yield path, ray.get(ref)
            except Exception as err:  # a lost worker or node: this file fails, the batch goes on
                yield path, f"the Ray task failed ({type(err).__name__}: {err})"


def _extract_task(path: str, embedder: str | None, ocr: str | None):
    import os

    os.environ.setdefault("REPORTQA_EMBED_THREADS", "1")
    from .extract import try_extract

    return try_extract(path, embedder, ocr)
