"""Source cards and the cited page: what the chat tab shows under each answer.

A card lists one citation (body, year, report file, page, section, the table cell when there is
one) and its quote with the answering number or name marked. The page view renders a PDF page
with the quoted lines boxed (pdfplumber locates them) or, for a text or HTML source, the text
around the quote with the quote marked.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.answer import Citation
from assistant.api import CitedPage

#: Characters of page text shown before and after the quote of a text source.
TEXT_BEFORE_CHARS = 300
TEXT_AFTER_CHARS = 900

#: Resolution (dpi) of a rendered PDF page, lowered for a large page so that the image stays
#: within MAX_PAGE_PIXELS whatever size the page declares (a 200-inch MediaBox would
#: otherwise render 400 Mpx, GBs of memory, for one click).
PAGE_DPI = 100
MAX_PAGE_PIXELS = 4_000_000


def page_resolution(width_pt: float, height_pt: float) -> float:
    """The dpi that renders a page of this size (in points) within MAX_PAGE_PIXELS."""
    area = max(width_pt, 1.0) * max(height_pt, 1.0) / 72**2  # square inches
    return min(PAGE_DPI, (MAX_PAGE_PIXELS / area) ** 0.5)

QUOTE_BOX = {"stroke": (230, 120, 0), "fill": (255, 200, 0, 50), "stroke_width": 2}
HIGHLIGHT_BOX = {"stroke": (220, 0, 0), "fill": (255, 0, 0, 25), "stroke_width": 2}

CARD_STYLE = ("border:1px solid #d0d7de;border-radius:8px;padding:8px 12px;margin:6px 0;"
              "background:#fafbfc;cursor:pointer;color:#1f2328")
META_STYLE = "font-size:0.85em;color:#57606a"
QUOTE_STYLE = ("white-space:pre-wrap;font-family:inherit;margin:6px 0 0 0;padding:6px 8px;"
               "border-left:3px solid #f0b429;background:#fff")
MARK_STYLE = "background:#ffd33d;color:#000;font-weight:bold;padding:0 2px"
QUOTE_MARK_STYLE = "background:#fff3b0;color:#000"


@dataclass
class PageView:
    """What the page view shows: an image (PDF) or HTML text, and a one-line caption."""

    caption: str
    image: object | None = None  # PIL image
    html: str | None = None


def _highlight_pattern(highlight: str) -> re.Pattern:
    """A number matches only as a whole number ("44" not inside "144"); a name matches anywhere."""
    escaped = re.escape(highlight)
    if re.fullmatch(r"[-+]?[\d.,]+%?", highlight):
        return re.compile(rf"(?<![\d.]){escaped}(?![\d.])")
    return re.compile(escaped)


_NUMBER_TOKEN = re.compile(r"(?<![\d.])[-+]?\d[\d,]*(?:\.\d+)?%?(?![\d.])")


def answering_spans(text: str, highlight: str | None, cell: int | None = None,
                    cells: int | None = None) -> list[tuple[int, int]]:
    """Where the answer is in a quote: for a table row whose values are all there, only the
    answering cell ("行政强制 0 0 0" marks one 0, not three); else each occurrence."""
    if not highlight:
        return []
    found = [m.span() for m in _highlight_pattern(highlight).finditer(text)]
    if len(found) > 1 and cell is not None and cells:
        numbers = [m.span() for m in _NUMBER_TOKEN.finditer(text)]
        if len(numbers) >= cells:
            span = numbers[len(numbers) - cells + cell]  # the row's values come after its label
            return [span] if span in found else found[:1]
        return found[:1]
    return found


def mark_html(text: str, highlight: str | None, style: str = MARK_STYLE, cell: int | None = None,
              cells: int | None = None) -> str:
    """`text` escaped for HTML with the answer (`answering_spans`) wrapped in <mark>."""
    out, last = [], 0
    for start, end in answering_spans(text, highlight, cell, cells):
        out += [html.escape(text[last:start]), f'<mark style="{style}">{html.escape(text[start:end])}</mark>']
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def citation_label(i: int, c: Citation) -> str:
    page = f"p.{c.page}" if c.page else "—"
    return f"[{i + 1}] {c.body} {c.year} · {c.report} · {page}"


def cards_html(citations: list[Citation], picker_id: str = "source-pick") -> str:
    """One card per citation; clicking a card selects it in the radio with id `picker_id`."""
    if not citations:
        return ""
    cards = []
    for i, c in enumerate(citations):
        page = f"第{c.page}页 / p.{c.page}" if c.page else "页码未知 / page unknown"
        cell = ""
        if c.table:
            cell = f" · {html.escape(c.table)} / {html.escape(c.row or '')} / {html.escape(c.column or '')}"
        if c.origin == "ocr":
            cell += (" · OCR 识别 / read by OCR" + (f"，置信度 / confidence {c.confidence:.2f}"
                                                     if c.confidence is not None else ""))
        click = f"document.querySelectorAll('#{picker_id} input')[{i}]?.click()"
        cards.append(
            f'<div class="source-card" data-index="{i}" style="{CARD_STYLE}" onclick="{click}" '
            f'title="查看原文页面 / show the cited page">'
            f"<div><b>[{i + 1}] {html.escape(c.body)}</b> · {c.year}年</div>"
            f'<div style="{META_STYLE}">{html.escape(c.report)} · {page} · {html.escape(c.section or "")}{cell}</div>'
            f'<pre style="{QUOTE_STYLE}">{mark_html(c.quote.strip(), c.highlight, cell=c.cell, cells=c.cells)}</pre>'
            "</div>"
        )
    return ('<div class="source-cards"><div style="font-weight:bold;margin-top:4px">'
            "来源 / Sources</div>" + "".join(cards) + "</div>")


def _flexible(text: str) -> re.Pattern | None:
    """`text` as a regex that ignores whitespace (extraction and layout break lines differently)."""
    chars = [ch for ch in text if not ch.isspace()]
    if len(chars) < 2:
        return None
    return re.compile(r"\s*".join(re.escape(ch) for ch in chars))


def text_view(page_text: str, quote: str, highlight: str | None) -> str:
    """The text around the quote, quote marked and the highlight marked strongly inside it."""
    quote = quote.strip()
    start = page_text.find(quote) if quote else -1
    end = start + len(quote)
    if start < 0 and (pattern := _flexible(quote)) is not None:
        m = pattern.search(page_text)
        if m:
            start, end = m.span()
    box = "white-space:pre-wrap;max-height:480px;overflow:auto;padding:8px;border:1px solid #d0d7de;background:#fff;color:#1f2328"
    if start < 0:
        shown = page_text[: TEXT_BEFORE_CHARS + TEXT_AFTER_CHARS]
        return (f'<div style="{META_STYLE}">引文未在该页文本中逐字找到 / the quote was not found verbatim on this page</div>'
                f'<div class="page-text" style="{box}">{html.escape(shown)}</div>')
    lo, hi = max(0, start - TEXT_BEFORE_CHARS), min(len(page_text), end + TEXT_AFTER_CHARS)
    before = ("…" if lo else "") + page_text[lo:start]
    after = page_text[end:hi] + ("…" if hi < len(page_text) else "")
    marked = (f'<mark style="{QUOTE_MARK_STYLE}">{mark_html(page_text[start:end], highlight)}</mark>')
    return f'<div class="page-text" style="{box}">{html.escape(before)}{marked}{html.escape(after)}</div>'


def _char_boxes(chars: list[dict], highlight: str, cell: int | None = None,
                cells: int | None = None) -> list[tuple[float, float, float, float]]:
    """Bounding boxes of `highlight` inside the characters of one search match."""
    # Search results carry no space characters: a visible gap between two glyphs becomes a
    # space again, so "33 0 33" does not read as "33033".
    text, owner = "", []
    for i, ch in enumerate(chars):
        if i and (ch["x0"] - chars[i - 1]["x1"] > 1.0 or abs(ch["top"] - chars[i - 1]["top"]) > 2):
            text += " "
            owner.append(None)
        text += ch["text"]
        owner += [i] * len(ch["text"])
    boxes = []
    for start, end in answering_spans(text, highlight, cell, cells):
        run = [chars[i] for i in sorted({owner[k] for k in range(start, end) if owner[k] is not None})]
        if run:
            boxes.append((min(c["x0"] for c in run) - 2, min(c["top"] for c in run) - 2,
                          max(c["x1"] for c in run) + 2, max(c["bottom"] for c in run) + 2))
    return boxes


def pdf_page_image(path: Path, number: int, quote: str, highlight: str | None, cell: int | None = None,
                   cells: int | None = None, box: tuple[float, float, float, float] | None = None):
    """The rendered page with the quoted lines boxed (orange) and the highlight boxed (red).
    Returns (PIL image, boxes found)."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        if not 1 <= number <= len(pdf.pages):
            raise ValueError(f"page {number} is not in {path.name} ({len(pdf.pages)} pages)")
        page = pdf.pages[number - 1]
        searchable = page.dedupe_chars()
        matches = []
        for line in quote.splitlines():
            pattern = _flexible(line)
            if pattern is not None:
                matches += searchable.search(pattern, regex=True, return_chars=True)
        image = page.to_image(resolution=page_resolution(float(page.width), float(page.height)))
        if box is not None and not matches:  # a scanned page: the box OCR gave the cell
            x0, top, x1, bottom = box
            image.draw_rects([(x0 - 2, top - 2, x1 + 2, bottom + 2)], **HIGHLIGHT_BOX)
            return image.annotated.convert("RGB"), 1
        if matches:
            image.draw_rects(matches, **QUOTE_BOX)
        if highlight:
            marks = [box for m in matches for box in _char_boxes(m.get("chars", []), highlight, cell, cells)]
            if marks:
                image.draw_rects(marks, **HIGHLIGHT_BOX)
        return image.annotated.convert("RGB"), len(matches)


def page_view(citation: Citation, page: CitedPage | None) -> PageView:
    """The cited page (`Assistant.cited_page`): an image for a PDF whose file is still there,
    otherwise the page text."""
    c = citation
    where = f"{c.body} {c.year} · {c.report} · " + (f"第{c.page}页 / p.{c.page}" if c.page else "页码未知 / no page")
    if page is None:
        return PageView(f"{where} — 该报告已不在索引中 / this report is no longer indexed",
                        html=f'<pre style="{QUOTE_STYLE}">{mark_html(c.quote, c.highlight)}</pre>')
    notice = ""
    page_text = page.text
    if page.kind == "pdf" and c.page:
        if page.file is not None:
            image, found = pdf_page_image(page.file, c.page, c.quote, c.highlight, c.cell, c.cells, c.box)
            note = "" if found else " — 引文未能在页面上定位 / the quote could not be located on the page"
            return PageView(where + note, image=image)
        notice = (f'<div style="{META_STYLE}">原文件已不存在（{html.escape(page.path or c.report)}），'
                  f"以下为索引中保存的该页文本 / the original file is gone; showing the indexed page text</div>")
    if page_text is None:
        return PageView(where, html=notice + f'<pre style="{QUOTE_STYLE}">{mark_html(c.quote, c.highlight)}</pre>')
    return PageView(where, html=notice + text_view(page_text, c.quote, c.highlight))
