"""Uploaded reports: safe names, a size cap, kept under `<index>/files/`, ingested as one batch.

A file that fails to ingest leaves nothing behind: its copy is deleted and, when it replaced an
earlier upload of the same name, that file is put back (the index keeps the earlier report).
"""

from __future__ import annotations

import contextlib
import re
import shutil
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.api import Assistant
from index import config
from index.pipeline import FileResult, file_sha256

MAX_NAME_CHARS = 120
#: The one answer to a file reference that is not an upload of this page (whether or not
#: something exists at that path: no existence oracle).
NOT_AN_UPLOAD = ("上传的文件无效，请重新选择文件上传。 / The upload is not valid; choose the files and upload "
                 "them again.")


def page_upload(path: str | Path, uploaded: set[str], folder: str | Path) -> bool:
    """Whether `path` is a file Gradio stored for an upload to this server: one its upload
    route returned (`uploaded`, Blocks.upload_file_set), still a regular file (no link) inside
    Gradio's upload folder. The handler is given paths by the client, which could name any
    file the server can read."""
    path = Path(path)
    try:
        inside = path.resolve(strict=True).is_relative_to(Path(folder).resolve())
        return str(path) in uploaded and inside and not path.is_symlink() and path.is_file()
    except (OSError, RuntimeError):
        return False


def discard_uploads(paths: list[str], uploaded: set[str]) -> None:
    """Gradio's stored copies of ingested uploads, removed (ours are under files/)."""
    for name in paths:
        uploaded.discard(name)
        path = Path(name)
        path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # Gradio's per-upload folder, when now empty


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
class UploadRow:
    file: str  # the sanitized name (the report's id when indexed)
    status: str  # indexed | replaced | merged | unchanged | failed | pending
    reason: str = ""
    body: str = ""
    year: int | str = ""
    pages: int = 0
    facts: int = 0

    def as_list(self) -> list:
        return [self.file, self.status, self.reason, self.body, self.year, self.pages, self.facts]


UPLOAD_COLUMNS = ["file", "status", "reason", "body", "year", "pages", "facts"]


def ingest_uploads(assistant: Assistant, files: list[str | Path], files_dir: Path,
                   progress: Callable[[int, int, str], None] | None = None,
                   max_bytes: int = config.MAX_FILE_BYTES, processes: bool = False,
                   ocr: str | None = None, pages: Callable[[str, int, int], None] | None = None) -> list[UploadRow]:
    """Copy each upload under files_dir with a sanitized name and ingest them; one row per file."""
    files_dir = files_dir.resolve()
    files_dir.mkdir(parents=True, exist_ok=True)
    rows: dict[str, UploadRow] = {}
    staged: dict[Path, Path | None] = {}  # copy -> backup of the file it replaced
    for source in map(Path, files):
        name = sanitize_name(source.name)
        if name in rows:
            rows[name + f" ({len(rows)})"] = UploadRow(name, "failed", "same file name twice in one upload")
            continue
        try:
            size = source.stat().st_size
        except OSError:
            rows[name] = UploadRow(name, "failed", "the upload could not be read")
            continue
        if size == 0:
            rows[name] = UploadRow(name, "failed", "empty file")
            continue
        if size > max_bytes:
            rows[name] = UploadRow(name, "failed", f"file too large ({size / 2**20:.1f} MB > {max_bytes / 2**20:.0f} MB)")
            continue
        dest = files_dir / name
        backup = None
        if dest.exists() and file_sha256(dest) != file_sha256(source):
            # another report uploaded under this name before: both are kept, never overwritten
            stem, dot, suffix = name.rpartition(".")
            tag = file_sha256(source)[:8]
            dest = files_dir / (f"{stem}~{tag}.{suffix}" if dot else f"{name}~{tag}")
            name = dest.name
        elif dest.exists():
            backup = dest.with_name(f".{name}.{uuid.uuid4().hex[:8]}.bak")
            dest.replace(backup)
        shutil.copyfile(source, dest)
        staged[dest] = backup
        rows[name] = UploadRow(name, "pending")

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
        reports = {r.report: r for r in assistant.reports()}
        for dest, backup in staged.items():
            result = results.get(dest)
            row = rows[dest.name]
            if result is None or not result.ok:
                row.status, row.reason = "failed", result.reason if result else "ingest did not finish"
                dest.unlink(missing_ok=True)
                if backup is not None:
                    backup.replace(dest)
                continue
            if backup is not None:
                backup.unlink(missing_ok=True)
            row.status, row.reason = result.status, result.reason
            record = reports.get(result.report or dest.name)
            if result.status == "unchanged" and dest.name not in reports:
                dest.unlink(missing_ok=True)  # the same content is indexed under another name
            if record is not None:
                row.body, row.year, row.pages, row.facts = record.body, record.year, record.pages, record.facts
    return list(rows.values())
