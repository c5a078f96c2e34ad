"""The one document model every input form is read into.

A loader (index/forms/) turns a file into a `Document`: pages, each with its raw text (what
quotes are taken from), prose blocks, and tables as `Grid`s of cells. Merged cells are expanded
(the covered positions carry the anchor's text and `covered=True`), empty cells stay blank
(""), and a cell keeps its box on the page where the form has one (PDF). Everything after the
loaders (metadata, the template reader, passages) works on this model only, whatever the form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points


@dataclass
class Cell:
    text: str  # as printed ("" for an empty cell)
    box: Box | None = None
    covered: bool = False  # a position covered by a merged cell; `text` is the anchor's

    @property
    def blank(self) -> bool:
        return not self.covered and not self.text.strip()


@dataclass
class Grid:
    """A table as rows of cells; every row has the same number of cells."""

    rows: list[list[Cell]]
    page: int  # the page the table starts on
    origin: str  # pdf | html | docx | markdown | text | ocr
    row_pages: list[int] = field(default_factory=list)  # page of each row (tables span pages)
    row_spans: list[tuple[int, int]] = field(default_factory=list)  # each row's line in its page text

    def page_of(self, row: int) -> int:
        return self.row_pages[row] if row < len(self.row_pages) else self.page

    @classmethod
    def from_texts(cls, rows: list[list[str | None]], page: int, origin: str,
                   boxes: list[list[Box | None]] | None = None,
                   anchors: dict[tuple[int, int], tuple[int, int]] | None = None) -> Grid:
        """Rows of strings; None marks a position covered by a merged cell. `anchors` maps a
        covered position to the cell that covers it, where the form knows; otherwise the cell
        to the left is taken, or the one above in the first column."""
        width = max((len(r) for r in rows), default=0)
        out: list[list[Cell]] = []
        for i, row in enumerate(rows):
            cells = []
            for j in range(width):
                text = row[j] if j < len(row) else None
                box = boxes[i][j] if boxes and i < len(boxes) and j < len(boxes[i]) else None
                if text is None:
                    ai, aj = (anchors or {}).get((i, j), (i, j - 1) if j else (i - 1, j))
                    source = cells[aj] if ai == i and 0 <= aj < len(cells) else \
                        out[ai][aj] if 0 <= ai < len(out) else None
                    cells.append(Cell(source.text if source else "", box, covered=True))
                else:
                    cells.append(Cell(text, box))
            out.append(cells)
        return cls(out, page, origin, [page] * len(out))

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


@dataclass
class Block:
    """A prose paragraph (or heading) of a page, with its offset in the page text."""

    text: str
    start: int = 0


@dataclass
class DocPage:
    number: int
    text: str  # the raw text of the page: quotes are verbatim substrings of it
    blocks: list[Block] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    ocr: dict[str, Any] | None = None  # set by the OCR loader: engine, confidence, word boxes


@dataclass
class Document:
    path: str
    name: str
    sha256: str
    kind: str  # the loader that read it: pdf | html | docx | markdown | text
    pages: list[DocPage]
    header: dict[str, str] = field(default_factory=dict)  # a crawler's capture header (标题, 发布机构 ...)
    notes: list[str] = field(default_factory=list)  # what the loader noticed (pages skipped ...)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    @property
    def grids(self) -> list[Grid]:
        return [g for p in self.pages for g in p.grids]
