"""Word (.docx) through python-docx: paragraphs and tables in document order, merged cells
expanded, pages split at explicit page and section breaks.

A .docx is a zip holding word/document.xml; that is what the sniffer looks for, so a Word file
with another name still loads and another zip named .docx does not.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..document import DocPage, Grid
from . import Loader, LoadError, PageBuilder, register

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _is_docx(head: bytes, suffix: str) -> bool:
    # Word writes [Content_Types].xml first; "word/" appears within the first entries.
    return head[:4] == b"PK\x03\x04" and (b"word/" in head or b"[Content_Types].xml" in head and suffix == ".docx")


#: What a .docx may inflate to, in all (a zip bomb of 1.5 MB can declare, or hold, 1.5 GB),
#: and the compression ratio past which a large member is refused without inflating it.
MAX_INFLATED_BYTES = 200 * 1024 * 1024
MAX_RATIO, RATIO_FROM_BYTES = 100, 10 * 1024 * 1024
_CHUNK = 1024 * 1024


def check_inflated_size(data: bytes, limit: int = MAX_INFLATED_BYTES) -> None:
    """Refuse a zip that inflates past `limit` or at a bomb's ratio, before anything reads it
    whole: the sizes its directory declares first, then the bytes each member really inflates
    to, streamed a chunk at a time (a directory can lie)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            declared = sum(m.file_size for m in members)
            if declared > limit:
                raise LoadError(f"the Word file inflates to {declared / 2**20:.0f} MB, more than "
                                f"{limit / 2**20:.0f} MB: refused (zip bomb?)")
            for m in members:
                if m.file_size > RATIO_FROM_BYTES and m.file_size > MAX_RATIO * max(m.compress_size, 1):
                    raise LoadError(f"the Word file's {m.filename[:60]} is compressed {m.file_size // max(m.compress_size, 1)}:1, "
                                    "more than any document: refused (zip bomb?)")
            total = 0
            for m in members:
                with archive.open(m) as member:
                    while chunk := member.read(_CHUNK):
                        total += len(chunk)
                        if total > limit:
                            raise LoadError(f"the Word file inflates to more than {limit / 2**20:.0f} MB: "
                                            "refused (zip bomb?)")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError) as err:
        raise LoadError(f"broken Word file ({type(err).__name__}: {str(err)[:80]})") from err


def load_docx(path: Path, data: bytes) -> list[DocPage]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_inflated_size(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        raise LoadError(f"broken Word file ({type(err).__name__}: {str(err)[:80]})") from err
    except Exception as err:  # python-docx raises several types on files that are not Word
        raise LoadError(f"not a readable Word .docx file ({type(err).__name__})") from err
    pages = [PageBuilder(1)]
    for child in document.element.body.iterchildren():
        if child.tag == _W + "p":
            paragraph = Paragraph(child, document)
            if paragraph.text.strip():
                pages[-1].add_block(paragraph.text)
            if _breaks_page(child):
                pages.append(PageBuilder(len(pages) + 1))
        elif child.tag == _W + "tbl":
            grid = _grid(Table(child, document), pages[-1].number)
            if grid is not None:
                pages[-1].add_grid(grid)
    return [p.build() for p in pages if p.parts]


def _breaks_page(p) -> bool:
    """A page break in the paragraph or a section break after it."""
    for br in p.iter(_W + "br"):
        if br.get(_W + "type") == "page":
            return True
    ppr = p.find(_W + "pPr")
    return ppr is not None and ppr.find(_W + "sectPr") is not None


def _grid(table, page: int) -> Grid | None:
    """python-docx returns the same cell object at every position a merged cell covers; those
    positions become covered cells carrying the anchor's text."""
    rows: list[list[str | None]] = []
    # cell element -> its first (anchor) position; keyed by the element itself, which keeps it
    # alive (an id() of a freed lxml proxy can be reused by the next one)
    first: dict[object, tuple[int, int]] = {}
    anchors: dict[tuple[int, int], tuple[int, int]] = {}
    for i, row in enumerate(table.rows):
        texts: list[str | None] = []
        for j, cell in enumerate(row.cells):
            key = cell._tc
            if key in first:
                anchors[(i, j)] = first[key]
                texts.append(None)
            else:
                first[key] = (i, j)
                texts.append("\n".join(p.text for p in cell.paragraphs).strip())
        rows.append(texts)
    if not rows or max(sum(1 for c in r if c) for r in rows) < 2:
        return None
    return Grid.from_texts(rows, page, "docx", anchors=anchors)


register(Loader("docx", 90, _is_docx, load_docx, (".docx",)))
