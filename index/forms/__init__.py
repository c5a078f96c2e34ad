"""Input forms: one loader per form, chosen by the file's content, in explicit priority order.

Built-in forms register through the same hook as extensions (like datasette's DEFAULT_PLUGINS):
each module in `DEFAULT_FORMS` calls `register(Loader(...))` when imported, and installed
packages may add modules under the entry-point group ``reportqa.forms``. A new input form is
one new module here plus its name in DEFAULT_FORMS.

`load_document(path)` tries the loaders by descending priority; the first whose `sniff`
accepts the leading bytes reads the file. `ACCEPTED_SUFFIXES` (the union of the loaders'
suffixes) is the one list folder ingest, the CLI and the page's upload accept.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path

from .. import config
from ..document import DocPage, Document


class LoadError(Exception):
    """A file that cannot be read as a report; the message is a one-line reason for users."""


@dataclass
class Loaded:
    """What a loader returns: pages, and the capture header where the form has one."""

    pages: list[DocPage]
    header: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Loader:
    kind: str
    priority: int  # higher is tried first
    sniff: Callable[[bytes, str], bool]  # (leading bytes, lower-case suffix) -> is it mine?
    load: Callable[[Path, bytes], Loaded | list[DocPage]]
    suffixes: tuple[str, ...] = ()  # suffixes a folder walk picks up for this form


LOADERS: list[Loader] = []

#: Built-in forms, imported at first use (each registers its loader).
DEFAULT_FORMS = (
    "index.forms.pdf",
    "index.forms.office",
    "index.forms.html",
    "index.forms.markdown",
    "index.forms.text",
)

#: Forms a user may have that no loader reads: suffix -> what to do instead.
UNSUPPORTED = {
    ".doc": "legacy Word .doc file: save it as .docx or PDF and ingest that",
    ".wps": "WPS document: save it as .docx or PDF and ingest that",
    ".et": "WPS spreadsheet: not a report form ReportQA reads",
    ".xls": "spreadsheet: not a report form ReportQA reads",
    ".xlsx": "spreadsheet: not a report form ReportQA reads",
}

_loaded = False


def register(loader: Loader) -> Loader:
    LOADERS[:] = sorted([x for x in LOADERS if x.kind != loader.kind] + [loader], key=lambda x: -x.priority)
    return loader


def _ensure_loaded() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in DEFAULT_FORMS:
        importlib.import_module(module)
    for entry in entry_points(group="reportqa.forms"):
        entry.load()


def loaders() -> list[Loader]:
    _ensure_loaded()
    return list(LOADERS)


def accepted_suffixes() -> set[str]:
    """Every suffix a folder walk, the CLI and the upload accept (UNSUPPORTED ones included, so
    that the user hears why they are refused)."""
    return {s for loader in loaders() for s in loader.suffixes} | set(UNSUPPORTED)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def size_refusal(size: int, limit: int | None = None) -> str:
    """Why a file of `size` bytes is not read ("" when it may be): the one rule for files given
    to an ingest and for uploads (`limit`: config.MAX_FILE_BYTES unless a caller lowers it)."""
    limit = config.MAX_FILE_BYTES if limit is None else limit
    if size == 0:
        return "empty file"
    if size > limit:
        return f"file too large ({size / 1e6:.1f} MB > {limit / 1e6:.0f} MB)"
    return ""


def load_document(path: str | Path, digest: str | None = None) -> Document:
    """Load any supported file; raises LoadError with a user-facing reason."""
    path = Path(path)
    if path.is_dir():
        raise LoadError("a folder, not a file")
    if not path.is_file():
        raise LoadError("not a file")
    if refusal := size_refusal(path.stat().st_size):
        raise LoadError(refusal)
    data = path.read_bytes()
    head = data[:8192]
    suffix = path.suffix.lower()
    for loader in loaders():
        if loader.sniff(head, suffix):
            loaded = loader.load(path, data)
            if not isinstance(loaded, Loaded):
                loaded = Loaded(loaded)
            if not any(p.text.strip() or p.grids for p in loaded.pages):
                raise LoadError("no text in file")
            chars = sum(len(p.text) for p in loaded.pages)
            if chars > config.MAX_TEXT_CHARS:
                raise LoadError(f"{chars:,} characters of text, more than any annual report "
                                f"(limit {config.MAX_TEXT_CHARS:,}): not indexed")
            return Document(str(path), path.name, digest or sha256_bytes(data), loader.kind, loaded.pages,
                            loaded.header)
    if suffix in UNSUPPORTED:
        raise LoadError(UNSUPPORTED[suffix])
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise LoadError("legacy Office file (.doc/.wps): save it as .docx or PDF and ingest that")
    if suffix == ".pdf":
        raise LoadError("not a PDF despite its name, and not text, HTML, Markdown or Word")
    raise LoadError("unsupported file type (binary data, not PDF, Word, HTML, Markdown or text)")


@dataclass
class TextDecoding:
    text: str
    encoding: str


def decode_text(data: bytes, partial: bool = False) -> TextDecoding | None:
    """Decode UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030 text. `partial`
    tolerates a character cut at the end (sniffing reads only the first bytes)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            if not (partial and err.start >= len(data) - 4):
                continue
            text = data[: err.start].decode(encoding, errors="strict")
        # Control characters other than whitespace mean binary data decoded by luck.
        bad = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
        if bad <= 2:
            return TextDecoding(text, encoding)
    return None


@dataclass
class PageBuilder:
    """Collects the text of a page from blocks and grid rows, recording block offsets, so that
    every loader produces page text in which its cells and paragraphs are verbatim."""

    number: int
    parts: list[str] = field(default_factory=list)
    page: DocPage = field(init=False)

    def __post_init__(self) -> None:
        self.page = DocPage(self.number, "")
        self._length = 0

    def add_block(self, text: str) -> None:
        from ..document import Block

        text = text.strip()
        if not text:
            return
        self.page.blocks.append(Block(text, self._length))
        self._append(text)

    def add_grid(self, grid) -> None:
        """The grid, and one line of page text per row (cells joined by tabs), whose span is
        kept in `grid.row_spans` so that a row's quote is exactly that line."""
        self.page.grids.append(grid)
        grid.row_spans = []
        for row in grid.rows:
            cells = [c.text.replace("\n", " ").strip() if not c.covered else "" for c in row]
            line = "\t".join(cells).rstrip("\t") or "\t"
            grid.row_spans.append((self._length, self._length + len(line)))
            self._append(line)

    def _append(self, line: str) -> None:
        self.parts.append(line)
        self._length += len(line) + 1

    def build(self) -> DocPage:
        self.page.text = "\n".join(self.parts) + ("\n" if self.parts else "")
        return self.page
