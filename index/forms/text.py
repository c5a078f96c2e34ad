"""Plain text: text exported from PDFs, and a web page's text saved by a crawler or a browser.

A crawler's capture header ("标题: …", "发布时间: …", "发布机构: …", "原文链接: …", then a
separator line such as "==== 正文 ====") becomes `Document.header` and is not page text.
Pages of PDF-exported text are split at form feeds, at runs of blank lines, or at a line that
starts with a single space (what pdftotext-style exports leave at a page break). Tables stay in
the page text; the template reader recovers their grid from it (index/recover.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..document import Block, DocPage, Grid
from . import Loaded, Loader, LoadError, decode_text, register

_PAGE_BREAK = re.compile(r"\f|\n[ \t]*\n[ \t]*\n[ \t]*\n+|\n(?= \S)")
_HEADER_LINE = re.compile(r"^\s*(标题|题目|发布时间|发文日期|成文日期|文号|发布机构|发文机关|来源|栏目|"
                          r"原文链接|网址|链接|本地目录|索引号|主题分类|关键词|页面链接)\s*[:：]\s*(.*)$")
_SEPARATOR = re.compile(r"^\s*[=\-*#_]{5,}.*$")
# A table row written with `|` between cells, with or without the outer pipes ("规章| 0| 0| 0").
_HTML_TABLE = re.compile(r"<table\b.*?</table\s*>", re.I | re.S)
_PIPE_LINE = re.compile(r"^[^\n|]*\|[^\n]*$")
_BROKEN_CELL = re.compile(r"^[ \t]*[^\s|\d][^|\d]{0,11}[ \t]*$")
_BORDER = re.compile(r"^\s*\+[-=:+]{3,}\+\s*$")
_ROW_END = "\0"  # a border line in a block (not text)
_RULE_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")


def _is_text(head: bytes, suffix: str) -> bool:
    utf16 = head[:2] in (b"\xff\xfe", b"\xfe\xff")
    return (utf16 or b"\x00" not in head) and decode_text(head, partial=True) is not None


def split_header(text: str) -> tuple[dict[str, str], str]:
    """(capture header fields, the text after the header). No header: ({}, text)."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    end = 0
    for i, line in enumerate(lines[:20]):
        match = _HEADER_LINE.match(line)
        if match:
            fields.setdefault(match.group(1), match.group(2).strip())
            end = i + 1
        elif _SEPARATOR.match(line) and fields:
            end = i + 1
            break
        elif line.strip() and fields and not line.startswith((" ", "\t")):
            if i - end > 1:
                break
    if len(fields) < 2:  # one "标题:" line is prose, not a capture header
        return {}, text
    return fields, "\n".join(lines[end:])


def load_text(path: Path, data: bytes) -> Loaded:
    decoded = decode_text(data)
    if decoded is None:
        raise LoadError("text in an unknown encoding")
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    header, body = split_header(text)
    chunks = [c for c in _PAGE_BREAK.split(body) if c.strip()]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        if _HTML_TABLE.search(chunk):
            pages.append(_with_html_tables(chunk, number))
            continue
        page = DocPage(number, chunk)
        offset = 0
        for line in chunk.split("\n"):
            if line.strip():
                page.blocks.append(Block(line, offset))
            offset += len(line) + 1
        page.grids = pipe_grids(chunk, number, "text")
        pages.append(page)
    return Loaded(pages, header)


def _with_html_tables(chunk: str, number: int) -> DocPage:
    """Text holding HTML tables (a converter's output pasted into text): the tables are read as
    HTML (merged cells expanded), the lines around them as text."""
    from . import PageBuilder
    from .html import render_fragment

    page = PageBuilder(number)
    at = 0
    for match in _HTML_TABLE.finditer(chunk):
        for line in chunk[at:match.start()].split("\n"):
            page.add_block(line)
        render_fragment(match.group(), page)
        at = match.end()
    for line in chunk[at:].split("\n"):
        page.add_block(line)
    built = page.build()
    built.grids += pipe_grids(built.text, number, "text") if not built.grids else []
    return built


def pipe_grids(text: str, page: int, origin: str) -> list[Grid]:
    """Tables written as `|` lines (a web extractor's or converter's text of a table, with or
    without the outer pipes and a `|---|` rule row; a row whose merged cells were dropped is
    shorter, and is padded at its end: its label cells come first, its values last): each block of two or more such lines is a grid, its rows'
    spans kept so that a row's quote is its line. Cells are as printed ("" is a blank cell)."""
    grids: list[Grid] = []
    block: list[tuple[int, int, str]] = []  # (start, end, the row's text)
    pending: list[tuple[int, str]] = []  # short lines inside a block: a cell broken over lines
    offset = 0
    for line in text.split("\n") + [""]:
        if _BORDER.match(line):
            if block:  # a grid table's border (pandoc): the lines since the last one are one row
                block.append((offset, offset, _ROW_END))
            pending = []
        elif _PIPE_LINE.match(line):
            start = pending[0][0] if pending else offset
            block.append((start, offset + len(line), "".join(t.strip() for _, t in pending) + line))
            pending = []
        elif block and len(pending) < 12 and _BROKEN_CELL.match(line):
            pending.append((offset, line))
        else:
            grid = _pipe_grid(block, page, origin)
            if grid is not None:
                grids.append(grid)
            block, pending = [], []
        offset += len(line) + 1
    return grids


def _pipe_grid(block: list[tuple[int, int, str]], page: int, origin: str) -> Grid | None:
    rows, spans = [], []
    if any(line == _ROW_END for _, _, line in block):
        block = _grid_table_rows(block)
    for start, end, line in block:
        stripped = line.strip()
        stripped = stripped[1:] if stripped.startswith("|") else stripped
        stripped = stripped[:-1] if stripped.endswith("|") else stripped
        cells = [c.strip() for c in stripped.split("|")]
        if all(_RULE_CELL.match(c) for c in cells):
            continue
        rows.append(cells)
        spans.append((start, end))
    if len(rows) < 2 or max(sum(1 for c in r if c) for r in rows) < 2:
        return None
    width = max(len(r) for r in rows)
    grid = Grid.from_texts([r + [""] * (width - len(r)) for r in rows], page, origin)
    grid.row_spans = spans
    return grid


def _grid_table_rows(block: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A grid table's rows may take several lines between two borders: their cells are joined
    column by column into one row."""
    out: list[tuple[int, int, str]] = []
    group: list[tuple[int, int, str]] = []
    for item in block + [(0, 0, _ROW_END)]:
        if item[2] != _ROW_END:
            group.append(item)
            continue
        if group:
            split = [line.strip().strip("|").split("|") for _, _, line in group]
            width = max(len(c) for c in split)
            joined = ["".join(c[k].strip() for c in split if k < len(c)) for k in range(width)]
            out.append((group[0][0], group[-1][1], "|" + "|".join(joined) + "|"))
        group = []
    return out


register(Loader("text", 10, _is_text, load_text, (".txt", ".text", "")))
