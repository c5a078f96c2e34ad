"""Uploads ingested in the background, so that answering never waits for them.

One worker thread takes upload jobs in order. Each job opens the index through its own
connection (readers keep seeing the last committed state) and reads the files in a worker
process (pdfplumber and the embedder stay off the process that answers); the page polls
`status()` for per-file progress. When a job commits, the answering engine notices the new
generation of the catalog at its next question and reloads (assistant.Engine.sync).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from assistant.api import Assistant
from assistant.uploads import UploadResult

from .uploads import discard_uploads

log = logging.getLogger("reportqa.ui.jobs")


@dataclass
class Job:
    id: str
    files: list[str]
    state: str = "queued"  # queued | running | done | failed
    done: int = 0
    current: str = ""
    rows: list[UploadResult] = field(default_factory=list)
    error: str = ""
    started: float = 0.0
    temporary: bool = False  # the files are Gradio's stored uploads, removed once ingested
    finished: float = 0.0

    @property
    def total(self) -> int:
        return len(self.files)


class IngestJobs:
    """The background ingest queue of one index directory."""

    def __init__(self, index_dir: Path, files_dir: Path, processes: bool = True, ocr: str | None = None,
                 uploaded: set[str] | None = None):
        self.ocr = ocr
        self.uploaded = uploaded if uploaded is not None else set()  # Gradio's record of its uploads
        self.index_dir = Path(index_dir)
        self.files_dir = Path(files_dir)
        self.processes = processes
        self.jobs: dict[str, Job] = {}
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="reportqa-ingest", daemon=True)
        self._thread.start()

    def submit(self, files: list[str], temporary: bool = False) -> Job:
        job = Job(uuid.uuid4().hex[:12], list(files), temporary=temporary)
        with self._lock:
            self.jobs[job.id] = job
        self._queue.put(job)
        return job

    def status(self, job_id: str | None) -> Job | None:
        with self._lock:
            return self.jobs.get(job_id or "")

    def busy(self) -> bool:
        with self._lock:
            return any(j.state in ("queued", "running") for j in self.jobs.values())

    def wait(self, job_id: str, timeout: float = 600) -> Job | None:
        """Block until a job is finished (tests and scripts; the page polls instead)."""
        until = time.monotonic() + timeout
        while time.monotonic() < until:
            job = self.status(job_id)
            if job is None or job.state in ("done", "failed"):
                return job
            time.sleep(0.1)
        return self.status(job_id)

    def close(self) -> None:
        self._queue.put(None)

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            job.state, job.started = "running", time.monotonic()
            try:
                self._ingest(job)
                job.state = "done"
            except Exception as err:  # the job fails; the server and the index go on
                log.exception("ingest job %s failed", job.id)
                job.state, job.error = "failed", f"{type(err).__name__}: {err}"
            if job.temporary:
                discard_uploads(job.files, self.uploaded)
            job.finished = time.monotonic()

    def _ingest(self, job: Job) -> None:
        def step(done: int, total: int, name: str) -> None:
            job.done, job.current = done, name

        def page(name: str, done: int, total: int) -> None:  # scanned pages, as OCR reads them
            job.current = f"{Path(name).name} · OCR {done}/{total}"

        with Assistant.open(self.index_dir) as writer:
            job.rows = writer.add_uploads(job.files, self.files_dir, progress=step, processes=self.processes,
                                          ocr=self.ocr, pages=page)
        job.done = job.total
