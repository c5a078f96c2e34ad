"""Uploads: files a person hands over (through the page, or any caller of
`Assistant.add_uploads`), copied under the index's files/ and ingested as one batch.

The rules of what an upload may be live here and in the index, once: a safe base name; the
size cap and the empty file (index.forms.size_refusal, the loaders' own rule); another file
under a name already taken is kept as name~hash (index.pipeline.distinct_name, the rule the
pipeline names reports by). A file that fails to ingest leaves nothing behind: its copy is
deleted and, when it replaced an earlier upload of the same name, that file is put back (the
index keeps the earlier report).
"""

from __future__ import annotations

import re
import shutil
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from index import config
from index.forms import size_refusal
from index.models import ReportRecord
from index.pipeline import FileResult, IngestStatus, IngestSummary, distinct_name, file_sha256


class Assistant(Protocol):
    """What an upload needs of assistant.api.Assistant (named here so that api imports this
    module, not the other way round)."""

    def add(self, paths: list[Path], **options) -> IngestSummary: ...

    def reports(self) -> list[ReportRecord]: ...

MAX_NAME_CHARS = 120


def sanitize_name(name: str) -> str:
    """The base name only (no folders, no "..", no leading dot), word characters (CJK included),
    dots, dashes and underscores; anything else becomes "_"."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name or ""))[-1]
    base = re.sub(r"[^\w.\-]", "_", base, flags=re.UNICODE)
    base = re.sub(r"\.{2,}", ".", base).lstrip(".-_ ")
    if len(base) > MAX_NAME_CHARS:
        stem, dot, suffix = base.rpartition(".")
        keep = suffix if dot and len(suffix) <= 8 else ""
        base = base[: MAX_NAME_CHARS - len(keep) - 1].rstrip(".") + ("." + keep if keep else "")
    return base or "upload"


@dataclass
class UploadResult:
    file: str  # the sanitized name (the report's id when indexed)
    status: IngestStatus | None = None  # None while the batch is being ingested
    reason: str = ""
    body: str = ""
    year: int | str = ""
    pages: int = 0
    facts: int = 0

    @property
    def ok(self) -> bool:
        return self.status is not None and self.status is not IngestStatus.SKIPPED


def _refusal(source: Path, max_bytes: int) -> str:
    try:
        return size_refusal(source.stat().st_size, max_bytes)
    except OSError:
        return "the upload could not be read"


def stage(files: list[str | Path], files_dir: Path, max_bytes: int
          ) -> tuple[dict[str, UploadResult], dict[Path, Path | None]]:
    """Copy each upload under files_dir by its safe name: (a result per name, copy -> backup
    of the earlier upload of that name it replaced)."""
    rows: dict[str, UploadResult] = {}
    staged: dict[Path, Path | None] = {}
    for source in map(Path, files):
        name = sanitize_name(source.name)
        if name in rows:
            rows[name + f" ({len(rows)})"] = UploadResult(name, IngestStatus.SKIPPED,
                                                          "same file name twice in one upload")
            continue
        if refusal := _refusal(source, max_bytes):
            rows[name] = UploadResult(name, IngestStatus.SKIPPED, refusal)
            continue
        dest, backup = files_dir / name, None
        if dest.exists() and file_sha256(dest) != file_sha256(source):
            # another report uploaded under this name before: both are kept, never overwritten
            dest = files_dir / distinct_name(name, file_sha256(source))
            name = dest.name
        elif dest.exists():
            backup = dest.with_name(f".{name}.{uuid.uuid4().hex[:8]}.bak")
            dest.replace(backup)
        shutil.copyfile(source, dest)
        staged[dest] = backup
        rows[name] = UploadResult(name)
    return rows, staged


def ingest_uploads(assistant: Assistant, files: list[str | Path], files_dir: Path,
                   progress: Callable[[int, int, str], None] | None = None,
                   max_bytes: int = config.MAX_FILE_BYTES, processes: bool = False,
                   ocr: str | None = None, pages: Callable[[str, int, int], None] | None = None
                   ) -> list[UploadResult]:
    """Copy each upload under files_dir with a sanitized name and ingest them; one result per file."""
    files_dir = Path(files_dir).resolve()
    files_dir.mkdir(parents=True, exist_ok=True)
    rows, staged = stage(files, files_dir, max_bytes)
    done = 0

    def step(result: FileResult) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, len(staged), Path(result.path).name)

    results: dict[Path, FileResult] = {}
    try:
        if staged:
            summary = assistant.add(list(staged), progress=step, processes=processes, ocr=ocr, pages=pages)
            results = {Path(r.path): r for r in summary.results}
    finally:
        _settle(assistant, rows, staged, results)
    return list(rows.values())


def _settle(assistant: Assistant, rows: dict[str, UploadResult], staged: dict[Path, Path | None],
            results: dict[Path, FileResult]) -> None:
    """Each copy kept with its result, or removed (its backup put back) when it was not indexed."""
    reports = {r.report: r for r in assistant.reports()}
    for dest, backup in staged.items():
        result = results.get(dest)
        row = rows[dest.name]
        if result is None or not result.ok:
            row.status, row.reason = IngestStatus.SKIPPED, result.reason if result else "ingest did not finish"
            dest.unlink(missing_ok=True)
            if backup is not None:
                backup.replace(dest)
            continue
        if backup is not None:
            backup.unlink(missing_ok=True)
        row.status, row.reason = result.status, result.reason
        record = reports.get(result.report or dest.name)
        if result.status is IngestStatus.UNCHANGED and dest.name not in reports:
            dest.unlink(missing_ok=True)  # the same content is indexed under another name
        if record is not None:
            row.body, row.year, row.pages, row.facts = record.body, record.year, record.pages, record.facts
