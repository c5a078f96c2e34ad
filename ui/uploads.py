"""The page's side of uploads: which files are uploads of this page, Gradio's copies removed
once ingested, and the results table. What an upload may be (safe names, the size cap, a taken
name kept apart) and its ingest are the API's: `Assistant.add_uploads` (assistant/uploads.py).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from assistant.uploads import UploadResult

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


UPLOAD_COLUMNS = ["file", "status", "reason", "body", "year", "pages", "facts"]


def upload_row(r: UploadResult) -> list:
    """One row of the results table (the status as its value: indexed, another_form …)."""
    status = r.status.value if r.status is not None else "pending"
    return [r.file, status, r.reason, r.body, r.year, r.pages, r.facts]
