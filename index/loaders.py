"""Turn a file into pages of raw text, choosing the loader by the file's content.

Each loader is registered with a sniffing function; the first whose sniffer accepts the
leading bytes wins, so a PDF named .txt or an HTML page named .pdf still loads right.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from . import config
from .models import LoadedDocument, Page


class LoadError(Exception):
    """A file that cannot be read as a report; the message is a one-line reason for users."""


@dataclass
class Loader:
    kind: str
    sniff: Callable[[bytes, str], bool]
    load: Callable[[Path, bytes], list[Page]]


LOADERS: list[Loader] = []


def register(kind: str, sniff: Callable[[bytes, str], bool]):
    def wrap(fn: Callable[[Path, bytes], list[Page]]):
        LOADERS.append(Loader(kind, sniff, fn))
        return fn

    return wrap


def load_document(path: str | Path) -> LoadedDocument:
    """Load any supported file; raises LoadError with a user-facing reason."""
    path = Path(path)
    if not path.is_file():
        raise LoadError("not a file")
    size = path.stat().st_size
    if size == 0:
        raise LoadError("empty file")
    if size > config.MAX_FILE_BYTES:
        raise LoadError(f"file too large ({size // 1_000_000} MB > {config.MAX_FILE_BYTES // 1_000_000} MB)")
    data = path.read_bytes()
    head = data[:4096]
    suffix = path.suffix.lower()
    for loader in LOADERS:
        if loader.sniff(head, suffix):
            pages = loader.load(path, data)
            if not any(p.text.strip() for p in pages):
                raise LoadError("no text in file")
            digest = hashlib.sha256(data).hexdigest()
            return LoadedDocument(str(path), path.name, digest, loader.kind, pages)
    if suffix == ".pdf":
        raise LoadError("not a PDF despite its name, and not text or HTML")
    raise LoadError("unsupported file type (binary data, not PDF, text or HTML)")


# --- PDF ---------------------------------------------------------------------------------


def _is_pdf(head: bytes, suffix: str) -> bool:
    return head.lstrip()[:5] == b"%PDF-"


@register("pdf", _is_pdf)
def load_pdf(path: Path, data: bytes) -> list[Page]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(path)
    except Exception as err:  # pdfminer raises many types on damaged files
        raise _pdf_error(err) from err
    with pdf:
        try:
            pages = [_pdf_page(i, page) for i, page in enumerate(pdf.pages, start=1)]
        except Exception as err:
            raise _pdf_error(err) from err
    if not pages:
        raise LoadError("PDF has no pages")
    chars = sum(len(p.text.strip()) for p in pages)
    if chars < config.MIN_TEXT_CHARS_PER_PAGE * len(pages):
        raise LoadError("scanned PDF with no text layer (OCR it first)")
    return pages


def _has_repeated_chars(chars: list[dict]) -> bool:
    seen: set[tuple] = set()
    for ch in chars:
        key = (ch["text"], round(ch["x0"]), round(ch["top"]))
        if key in seen:
            return True
        seen.add(key)
    return False


def _pdf_error(err: Exception) -> LoadError:
    """A one-line reason; pdfplumber wraps pdfminer's errors in PdfminerException."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    inner = err.args[0] if err.args and isinstance(err.args[0], Exception) else err
    if isinstance(inner, PDFPasswordIncorrect) or "password" in str(inner).lower():
        return LoadError("encrypted PDF (password required)")
    return LoadError(f"broken PDF ({type(inner).__name__}: {str(inner)[:80]})")


def _pdf_page(number: int, page) -> Page:
    # Fake-bold fonts draw each glyph several times at a tiny offset; dedupe_chars merges them.
    # It sorts every character, so it runs only on pages that have such repeats.
    if _has_repeated_chars(page.chars):
        page = page.dedupe_chars()
    text = page.extract_text() or ""
    tables = page.extract_tables() or []
    return Page(number, text, tables)


# --- HTML --------------------------------------------------------------------------------

_HTML_MARK = re.compile(rb"<\s*(!doctype\s+html|html|head|body|table|p|div)\b", re.I)


def _is_html(head: bytes, suffix: str) -> bool:
    return bool(_HTML_MARK.search(head[:2048])) and _decode(head, partial=True) is not None


class _HTMLText(HTMLParser):
    """Flattens HTML to text: block tags become line breaks, table cells become tabs."""

    BLOCKS = {"p", "div", "br", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "section"}
    SKIP = {"script", "style", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tables: list[list[list[str | None]]] = []
        self._skip = 0
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            cell = "".join(self._cell).strip()
            self._row.append(cell)
            self.parts.append(cell.replace("\n", " ") + "\t")
            self._cell = None
        elif tag == "tr" and self._row is not None and self.tables:
            self.tables[-1].append(self._row)
            self._row = None
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._skip:
            return
        if self._cell is not None:
            self._cell.append(data)
        else:
            self.parts.append(data)


@register("html", _is_html)
def load_html(path: Path, data: bytes) -> list[Page]:
    text = _decode(data)
    if text is None:
        raise LoadError("HTML in an unknown encoding")
    parser = _HTMLText()
    parser.feed(text)
    body = html.unescape("".join(parser.parts))
    body = re.sub(r"[ \t]+\n", "\n", body)
    body = re.sub(r"\n{3,}", "\n\n", body)
    return [Page(1, body.strip() + "\n", [t for t in parser.tables if t])]


# --- plain text --------------------------------------------------------------------------


def _decode(data: bytes, partial: bool = False) -> str | None:
    """Decode UTF-8 or GB18030 text; `partial` tolerates a character cut at the end."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            if not (partial and err.start >= len(data) - 4):
                continue
            text = data[: err.start].decode(encoding, errors="strict")
        # Control characters other than whitespace mean binary data decoded by luck.
        bad = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
        if bad <= 2:
            return text
    return None


def _is_text(head: bytes, suffix: str) -> bool:
    return b"\x00" not in head and _decode(head, partial=True) is not None


# Text exported from PDFs marks page breaks with a form feed, with two or more empty lines,
# or with a line that starts with one space (seen in the samples); pages matter for citations.
_PAGE_BREAK = re.compile(r"\f|\n[ \t]*\n[ \t]*\n[ \t]*\n+|\n(?= \S)")


@register("text", _is_text)
def load_text(path: Path, data: bytes) -> list[Page]:
    text = _decode(data)
    if text is None:
        raise LoadError("text in an unknown encoding")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    chunks = [c for c in _PAGE_BREAK.split(text) if c.strip()]
    return [Page(i, chunk, []) for i, chunk in enumerate(chunks, start=1)]
