"""PDF with a text layer, through pdfplumber: page text, and tables as grids with cell boxes.

Ruled tables come from pdfplumber's line strategy; a page whose text looks tabular but has no
ruled table is tried with its text strategy. A table that runs on at the top of the next page
with the same number of columns is joined to the one that ended the page before, and a header
row repeated at the top of the continuation is dropped. A page without a text layer, or whose
layer decodes to glyph ids ("(cid:N)", fonts without a Unicode map), is read by OCR (ocr.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from .. import config, deadline
from ..document import DocPage, Grid
from . import Loader, LoadError, register

# A line ending in two or more numbers: the text of a table row.
_NUMERIC_LINE = re.compile(r"(?:\s[+-]?\d[\d,]*(?:\.\d+)?){2,}\s*$")
_TEXT_STRATEGY = {"vertical_strategy": "text", "horizontal_strategy": "text"}


def _is_pdf(head: bytes, suffix: str) -> bool:
    return head.lstrip()[:5] == b"%PDF-"


def load_pdf(path: Path, data: bytes) -> list[DocPage]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(path)
    except Exception as err:  # pdfminer raises many types on damaged files
        raise pdf_error(err) from err
    with pdf:
        if len(pdf.pages) > config.MAX_PDF_PAGES:
            raise LoadError(f"PDF has {len(pdf.pages)} pages (limit {config.MAX_PDF_PAGES})")
        try:
            pages = []
            for i, page in enumerate(pdf.pages, start=1):
                deadline.check()
                pages.append(read_page(i, page))
        except LoadError:
            raise
        except Exception as err:
            raise pdf_error(err) from err
    if not pages:
        raise LoadError("PDF has no pages")
    pages = _with_ocr(path, data, pages)
    if all(needs_ocr(p) for p in pages):
        raise LoadError(_unreadable(pages))
    join_continued_tables(pages)
    return pages


def _unreadable(pages: list[DocPage]) -> str:
    """Why no page of a PDF could be read, saying what was tried (OCR only where it ran)."""
    from . import ocr

    n = f"{len(pages)} page" + ("s" if len(pages) > 1 else "")
    garbled = any(garbled_text(p.text) for p in pages)
    layer = "its text layer cannot be decoded (fonts without a Unicode map)" if garbled else "no text layer"
    if ocr.current_mode() == "never":
        return f"{'PDF whose' if garbled else 'scanned PDF with'} {layer}: ingest it with --ocr auto to read it by OCR"
    skipped = [p.ocr["skipped"] for p in pages if p.ocr and p.ocr.get("skipped")]
    return (f"no text could be read from its {n}, by its text layer or by OCR"
            + (f" ({skipped[0]}{f', and {len(skipped) - 1} more' if len(skipped) > 1 else ''})" if skipped else ""))


def _with_ocr(path: Path, data: bytes, pages: list[DocPage]) -> list[DocPage]:
    """Pages without a text layer (or every page, with --ocr always) read by OCR instead."""
    from . import ocr

    chosen = ocr.current_mode()
    if chosen == "never":
        return pages
    wanted = [p.number for p in pages if chosen == "always" or needs_ocr(p)]
    if not wanted:
        return pages
    read = ocr.ocr_pdf_pages(path, data, wanted)
    return [read.get(p.number, p) for p in pages]


def is_scanned(page: DocPage) -> bool:
    return len(page.text.strip()) < config.MIN_TEXT_CHARS_PER_PAGE


# pdfminer writes a glyph its font maps to no character as "(cid:NNNN)".
_CID = re.compile(r"\(cid:\d+\)")
#: Share of a page's glyphs that may be undecodable before its text layer is taken for garbage.
GARBLED_SHARE = 0.3


def garbled_text(text: str) -> bool:
    """Is this text layer mostly glyphs without characters: "(cid:NNNN)" runs, private-use or
    replacement characters (a font without a ToUnicode map)? Such a page is read by OCR."""
    packed = re.sub(r"\s+", "", text)
    cids = len(_CID.findall(packed))
    rest = _CID.sub("", packed)
    bad = cids + sum(1 for ch in rest if "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd" or ch < " ")
    glyphs = cids + len(rest)
    return glyphs > 0 and bad / glyphs >= GARBLED_SHARE


def needs_ocr(page: DocPage) -> bool:
    """No text layer, or one that decodes to garbage."""
    return is_scanned(page) or garbled_text(page.text)


def pdf_error(err: Exception) -> LoadError:
    """A one-line reason; pdfplumber wraps pdfminer's errors in PdfminerException."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    inner = err.args[0] if err.args and isinstance(err.args[0], Exception) else err
    if isinstance(inner, PDFPasswordIncorrect) or "password" in str(inner).lower():
        return LoadError("encrypted PDF (password required)")
    return LoadError(f"broken PDF ({type(inner).__name__}: {str(inner)[:80]})")


def _repeated_chars(chars: list[dict], tolerance: float = 1.0) -> set[int]:
    """ids of the characters a fake-bold font drew again within `tolerance` of an earlier one
    (the same glyph at nearly the same place). One pass: pdfplumber's dedupe_chars sorts every
    character of the page, which cost more than reading it."""
    seen: dict[tuple[str, int], list[float]] = {}
    repeated = set()
    for ch in chars:
        key = (ch["text"], round(ch["top"]))
        xs = seen.setdefault(key, [])
        if any(abs(ch["x0"] - x) <= tolerance for x in xs):
            repeated.add(id(ch))
        else:
            xs.append(ch["x0"])
    return repeated


def read_page(number: int, page) -> DocPage:
    # Fake-bold fonts draw each glyph several times at a tiny offset; dedupe_chars merges them.
    # It sorts every character, so it runs only on pages that have such repeats.
    repeated = _repeated_chars(page.chars)
    if repeated:
        page = page.filter(lambda obj: id(obj) not in repeated)
    text = page.extract_text() or ""
    grids = [g for g in (_grid(t, number) for t in page.find_tables()) if g is not None]
    if not grids and sum(bool(_NUMERIC_LINE.search(line)) for line in text.splitlines()) >= 3:
        grids = [g for g in (_grid(t, number) for t in page.find_tables(_TEXT_STRATEGY)) if g is not None]
    out = DocPage(number, text + ("\n" if text and not text.endswith("\n") else ""))
    out.grids = grids
    out.blocks = _blocks(out.text)
    return out


def _grid(table, number: int) -> Grid | None:
    """A pdfplumber table as a Grid; None for a frame drawn around prose (one column)."""
    rows = table.rows  # a property pdfplumber computes anew on every access: read it once
    texts = _cell_texts(table, rows)
    if not texts or max(sum(1 for c in r if c not in (None, "")) for r in texts) < 2:
        return None
    boxes = [list(row.cells) for row in rows]
    grid = Grid.from_texts(texts, number, "pdf", boxes, _anchors(rows, boxes))
    grid.top, grid.bottom = table.bbox[1], table.bbox[3]  # for joining across pages
    grid.page_height = table.page.height
    return grid


def _cell_texts(table, rows) -> list[list[str | None]]:
    """What pdfplumber's Table.extract() returns (a char belongs to the cell holding its
    centre), without testing every character of the page against every row: the page's
    characters are narrowed to the table's box first, each with its centre computed once."""
    from pdfplumber.utils import extract_text

    x0, top, x1, bottom = table.bbox
    centred = [((ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2, ch) for ch in table.page.chars]
    inside = [c for c in centred if x0 <= c[0] < x1 and top <= c[1] < bottom]  # rows lie in the table's box
    out = []
    for row in rows:
        rx0, rtop, rx1, rbottom = row.bbox
        in_row = [c for c in inside if rx0 <= c[0] < rx1 and rtop <= c[1] < rbottom]
        cells: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            chars = [ch for h, v, ch in in_row if cx0 <= h < cx1 and ctop <= v < cbottom]
            cells.append(extract_text(chars) if chars else "")
        out.append(cells)
    return out


def _anchors(rows, boxes) -> dict[tuple[int, int], tuple[int, int]]:
    """pdfplumber leaves None where a merged cell covers a position; the covering cell is the
    one up and to the left whose box contains the position's centre."""
    width = max(len(r) for r in boxes)
    xs = [next(((b[0] + b[2]) / 2 for r in boxes if j < len(r) and (b := r[j])), None) for j in range(width)]
    out = {}
    for i, row in enumerate(boxes):
        y = (rows[i].bbox[1] + rows[i].bbox[3]) / 2
        for j, box in enumerate(row):
            if box is not None or xs[j] is None:
                continue
            for ai in range(i, -1, -1):
                hit = next((aj for aj in range(min(j, len(boxes[ai]) - 1), -1, -1)
                            if (b := boxes[ai][aj]) and b[0] <= xs[j] <= b[2] and b[1] <= y <= b[3]), None)
                if hit is not None:
                    out[(i, j)] = (ai, hit)
                    break
    return out


def _blocks(text: str):
    from ..document import Block

    blocks, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(line, offset))
        offset += len(line) + 1
    return blocks


def join_continued_tables(pages: list[DocPage]) -> None:
    """A table ending near the foot of a page and one starting near the head of the next, with
    the same number of columns, are one table: the second is appended to the first (its rows
    keep their own page numbers), without a header row it repeats."""
    for prev, page in zip(pages, pages[1:], strict=False):
        if not prev.grids or not page.grids:
            continue
        last, first = prev.grids[-1], page.grids[0]
        if len(last.rows[0]) != len(first.rows[0]):
            continue
        near_foot = getattr(last, "bottom", 0) > 0.7 * getattr(last, "page_height", 1)
        near_head = getattr(first, "top", 1e9) < 0.3 * getattr(first, "page_height", 1)
        if not (near_foot and near_head):
            continue
        rows = first.rows
        header = [c.text for c in last.rows[0]]
        if rows and [c.text for c in rows[0]] == header:
            rows = rows[1:]
        last.rows.extend(rows)
        last.row_pages.extend(first.row_pages[len(first.rows) - len(rows):])
        page.grids.pop(0)


register(Loader("pdf", 100, _is_pdf, load_pdf, (".pdf",)))
