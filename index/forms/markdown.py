"""Markdown (what PDF-to-Markdown and OCR tools write), through markdown-it-py.

Pipe tables become grids. Converters break them in known ways; what can be repaired here is:
- a header row with fewer or more cells than the body rows: rows are padded to one width;
- one small table per sub-item: kept as separate grids (the template reader matches rows by
  label, so it does not need them joined);
- generic headers (数据1 … 数据6, Col1, Unnamed): dropped as headers, since they name nothing;
- a row split over two lines (its label on one, its numbers on the next): the label-only row
  and the numbers-only row below it are merged.
Anything else reaches the reader as it is; rows it cannot place go to text recovery, which
sees the same cells in the page text.

Pages: converters separate pages with a rule line ("-----") or a form feed.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..document import DocPage, Grid
from . import Loader, LoadError, PageBuilder, decode_text, register
from .html import render_fragment
from .text import pipe_grids

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$", re.M)
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$", re.M)
_HEADING = re.compile(r"^#{1,6}\s+\S", re.M)
_PAGE_SPLIT = re.compile(r"\f|\n\s*-{5,}\s*\n")
_GENERIC_HEADER = re.compile(r"^(?:数据|列|col(?:umn)?|unnamed|field)\s*[:_-]?\s*\d*$", re.I)
_NUMBERISH = re.compile(r"^[\s+\-\d.,%]*$")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_TABLE_OPEN = re.compile(r"<table\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>")


def _is_markdown(head: bytes, suffix: str) -> bool:
    decoded = decode_text(head, partial=True)
    if decoded is None:
        return False
    text = decoded.text
    if _PIPE_ROW.search(text) and _PIPE_RULE.search(text):
        return True
    return suffix in (".md", ".markdown") or len(_HEADING.findall(text)) >= 2


def load_markdown(path: Path, data: bytes) -> list[DocPage]:
    from markdown_it import MarkdownIt

    decoded = decode_text(data)
    if decoded is None:
        raise LoadError("Markdown in an unknown encoding")
    parser = MarkdownIt("commonmark").enable("table")
    pages = []
    for number, chunk in enumerate((c for c in _PAGE_SPLIT.split(decoded.text) if c.strip()), start=1):
        page = PageBuilder(number)
        _render(parser.parse(chunk), chunk, page)
        pages.append(page.build())
    return pages


def _render(tokens, source: str, page: PageBuilder) -> None:
    i = 0
    lines = source.split("\n")
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "table_open":
            j = next(k for k in range(i, len(tokens)) if tokens[k].type == "table_close")
            grid = _grid(tokens[i:j + 1], page.number)
            wider = _wider_rows(lines[tok.map[0]:tok.map[1]], page.number, grid) if tok.map else None
            grid = wider or grid
            if grid is not None:
                page.add_grid(grid)
            i = j + 1
            continue
        if tok.type == "html_block" and tok.map:
            # HTML in Markdown (pandoc's tables with merged cells, MinerU's every table): read as
            # HTML. A table with blank lines inside is several html_blocks: taken whole.
            end = _html_end(lines, *tok.map)
            render_fragment("\n".join(lines[tok.map[0]:end]), page)
            while i + 1 < len(tokens) and (tokens[i + 1].map is None or tokens[i + 1].map[0] < end):
                i += 1
        elif tok.type in ("code_block", "fence") and tok.map:
            # An indented line (a table row starting with a tab, after a blank line) is a code
            # block in Markdown; in a report it is text like any other.
            for line in lines[tok.map[0]:tok.map[1]]:
                if not line.lstrip().startswith(("```", "~~~")):
                    page.add_block(line)
        elif tok.type == "inline" and tok.map is None and tok.content.strip():
            page.add_block(_plain(tok.content))
        elif tok.type == "inline" and tok.map and _pipe_paragraph(lines[tok.map[0]:tok.map[1]], page):
            pass  # `|` lines without a rule row: a table all the same
        elif tok.type == "inline" and tok.content.strip():
            # A paragraph keeps its source lines: hard-wrapped prose is joined later, as for text.
            start, end = tok.map if tok.map else (0, 0)
            block = "\n".join(_plain(line) for line in lines[start:end]) if tok.map else tok.content
            for line in block.split("\n"):
                page.add_block(line)
        i += 1


def _wider_rows(lines: list[str], page: int, grid: Grid | None) -> Grid | None:
    """Markdown cuts a table's rows to its header's width; a converter whose header row lost its
    merged cells (html2text: "自然人| 法人或其他组织| 总计" over 7 values) prints wider rows. The
    source lines read as `|` rows keep every cell."""
    width = max((len(r) for r in grid.rows), default=0) if grid is not None else 0
    grids = pipe_grids("\n".join(lines), page, "markdown")
    if len(grids) != 1 or max(len(r) for r in grids[0].rows) <= width:
        return None
    for row in grids[0].rows:
        for cell in row:
            cell.text = _plain(cell.text)
    return grids[0]


def _pipe_paragraph(lines: list[str], page: PageBuilder) -> bool:
    """`|` rows in a paragraph, with no `|---|` rule row (Markdown does not call them a table;
    the writer meant one): each block of them is a grid, the other lines text."""
    grids = pipe_grids("\n".join(lines), page.number, "markdown")
    if not grids:
        return False
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)

    def line_of(offset: int) -> int:
        return max(k for k in range(len(lines)) if starts[k] <= offset)

    done = 0
    for grid in grids:
        first, last = line_of(grid.row_spans[0][0]), line_of(max(b for _, b in grid.row_spans))
        for line in lines[done:first]:
            page.add_block(_plain(line))
        for row in grid.rows:
            for cell in row:
                cell.text = _plain(cell.text)
        page.add_grid(grid)
        done = max(done, last + 1)
    for line in lines[done:]:
        page.add_block(_plain(line))
    return True


def _html_end(lines: list[str], start: int, end: int) -> int:
    """The line after the one that closes every <table> opened from `start` on."""
    depth, k = 0, start
    while k < len(lines):
        depth += len(_TABLE_OPEN.findall(lines[k])) - len(_TABLE_CLOSE.findall(lines[k]))
        k += 1
        if k >= end and depth <= 0:
            break
    return max(k, end)


def _plain(text: str) -> str:
    """Markdown emphasis and links removed, the words kept."""
    text = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+", "", text)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"<br\s*/?>", " ", text)  # a line break inside a cell: numbers stay apart
    text = _ESCAPE.sub(r"\1", text)  # "600\.72", "1\.当面申请数", "\+28": escaped by the writer
    return _TAG.sub("", text).strip()


def _grid(tokens, page: int) -> Grid | None:
    rows: list[list[str]] = []
    header_rows = 0
    current: list[str] | None = None
    for tok in tokens:
        if tok.type == "tr_open":
            current = []
        elif tok.type in ("th_open", "td_open") and current is not None:
            current.append("")
        elif tok.type == "inline" and current is not None and current:
            current[-1] = _plain(tok.content)
        elif tok.type == "tr_close" and current is not None:
            rows.append(current)
            current = None
        elif tok.type == "thead_close":
            header_rows = len(rows)
    if header_rows and all(_GENERIC_HEADER.match(c) or not c for c in rows[0]):
        rows = rows[1:]  # 数据1 | 数据2 ...: a header that names nothing
    rows = _merge_split_rows(rows)
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if not rows or max(sum(1 for c in r if c) for r in rows) < 2:
        return None
    return Grid.from_texts(rows, page, "markdown")


def _merge_split_rows(rows: list[list[str]]) -> list[list[str]]:
    """A row split over two lines: a label-only row followed by a numbers-only row, or a row
    whose label broke off ("1、申请人无正当理由逾期不补" with empty cells, then "正、行政机关…"
    with the numbers). The label parts are joined in the first cell."""
    out: list[list[str]] = []
    for row in rows:
        filled = [c for c in row if c.strip()]
        if out and filled and all(_NUMBERISH.match(c) for c in filled) and _label_only(out[-1]):
            label = [c for c in out[-1] if c.strip()]
            values = row[len(label):] if row[: len(label)] == [""] * len(label) else filled
            out[-1] = label + values
            continue
        if out and _broken_label(out[-1]) and row and row[0].strip() and not _NUMBERISH.match(row[0]) \
                and any(c.strip() and _NUMBERISH.match(c) for c in row[1:]):
            out[-1] = [out[-1][0].strip() + row[0].strip(), *row[1:]]
            continue
        out.append(row)
    return out


def _broken_label(row: list[str]) -> bool:
    """Text in the first cell only, every other cell empty: the start of a label whose row goes on
    on the next line."""
    return bool(row) and bool(row[0].strip()) and not _NUMBERISH.match(row[0]) and len(row) >= 3 \
        and not any(c.strip() for c in row[1:])


def _label_only(row: list[str]) -> bool:
    """A row label printed alone (one or two cells), not a header row of many column names."""
    filled = [c for c in row if c.strip()]
    return 0 < len(filled) <= 2 and not any(_NUMBERISH.match(c) for c in filled)


register(Loader("markdown", 60, _is_markdown, load_markdown, (".md", ".markdown")))
