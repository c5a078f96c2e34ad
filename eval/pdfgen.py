"""Generate real PDFs (and bad inputs) for the test suite.

Reports are rendered with reportlab from the hand-transcribed specs in
``eval.sample_specs.py`` (format documented there), using the built-in CID font
``STSong-Light`` (not embedded; pdfminer/pdfplumber map it back to Unicode). Tables are real
ruled tables (GRID lines), so ``page.extract_tables()`` finds them; merged cells come back
as ``None``, exactly as in ``Table.rows``.

Public functions:
    write_report_pdf(spec, path, *, fake_bold_heading=True, page_numbers=True) -> Path
    report_pdf_bytes(spec, *, fake_bold_heading=True, page_numbers=True) -> bytes
    spec_for(name) -> ReportSpec          name: "000", "000_5fdff1f93ec53c39" or "...txt"
    write_sample_pdfs(dir) -> dict[name, Path]
    fake_bold_text(spec) -> str           the heading drawn twice
    spec_tables(spec) -> list[Table]
    write_empty, write_fake_pdf, write_encrypted_pdf, write_scanned_pdf,
    write_binary_junk, write_unrelated_pdf, write_html_report
"""

from __future__ import annotations

import copy
import html
import io
import random
from pathlib import Path
from xml.sax.saxutils import escape

import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from eval.sample_specs import SPECS, Heading, Paragraph, ReportSpec, Table

__all__ = [
    "ENCRYPTED_PASSWORD", "FONT", "Heading", "Paragraph", "ReportSpec", "Table",
    "fake_bold_text", "report_pdf_bytes", "spec_for", "spec_tables", "write_binary_junk",
    "write_empty", "write_encrypted_pdf", "write_fake_pdf", "write_html_report",
    "write_report_pdf", "write_sample_pdfs", "write_scanned_pdf", "write_unrelated_pdf",
]

FONT = "STSong-Light"
ENCRYPTED_PASSWORD = "reportqa-user"
FAKE_BOLD_OFFSET = 0.3
MARGIN = 56.0
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


# ---------------------------------------------------------------- fonts and styles

def _register_font() -> None:
    """Register the built-in CID font once."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _style(size: float, align: str = "justify", *, space_before: float = 0,
           keep_with_next: bool = False) -> ParagraphStyle:
    """A CJK-wrapping paragraph style in the report font."""
    return ParagraphStyle(
        f"s{size}{align}{space_before}", fontName=FONT, fontSize=size, leading=size * 1.6,
        alignment=_ALIGN[align], wordWrap="CJK", spaceBefore=space_before, spaceAfter=size * 0.4,
        keepWithNext=int(keep_with_next), firstLineIndent=0,
    )


class FakeBoldLine(Flowable):
    """One line drawn ``copies`` times, each shifted by ``offset`` pt (fake-bold font)."""

    def __init__(self, text: str, size: float = 14, offset: float = FAKE_BOLD_OFFSET,
                 copies: int = 2) -> None:
        super().__init__()
        self.text, self.size, self.offset, self.copies = text, size, offset, copies
        self.keepWithNext = 1
        self.spaceBefore = size * 0.6

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Take the full width and one line of height."""
        self.width = avail_width
        return avail_width, self.size * 1.8

    def draw(self) -> None:
        """Draw the string several times with a tiny horizontal shift."""
        self.canv.setFont(FONT, self.size)
        for i in range(self.copies):
            self.canv.drawString(i * self.offset, self.size * 0.5, self.text)


# ---------------------------------------------------------------- spec -> flowables

def _para(text: str, style: ParagraphStyle) -> RLParagraph:
    """A platypus Paragraph of plain text (XML-escaped)."""
    return RLParagraph(escape(text), style)


def _table_flowable(table: Table, width: float) -> RLTable:
    """A ruled platypus Table with wrapped cells and the spec's merged cells."""
    cell_style = _style(8.5, "center")
    cell_style.spaceAfter, cell_style.leading = 0, 11
    data = [[_para(c, cell_style) if c else "" for c in row] for row in table.rows]
    weights = table.col_widths or [1.0] * len(table.rows[0])
    widths = [width * w / sum(weights) for w in weights]
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in table.spans]
    return RLTable(data, colWidths=widths, style=TableStyle(commands), repeatRows=0)


def fake_bold_text(spec: ReportSpec) -> str:
    """The heading that ``write_report_pdf`` draws twice: the first level-1 heading."""
    return next(b.text for b in spec.blocks if isinstance(b, Heading) and b.level == 1)


def _heading(block: Heading, fake_bold: bool) -> Flowable:
    """A heading flowable: the fake-bold double line or a keep-with-next paragraph."""
    size = 14 if block.level == 1 else 12
    if fake_bold:
        return FakeBoldLine(block.text, size)
    return _para(block.text, _style(size, block.align, space_before=size * 0.6,
                                    keep_with_next=True))


def _flowables(spec: ReportSpec, fake_bold_heading: bool, width: float) -> list[Flowable]:
    """Title lines then every block, with page breaks where the spec asks."""
    out: list[Flowable] = [_para(t, _style(18, "center")) for t in spec.title_lines]
    out.append(Spacer(1, 12))
    bold_target = fake_bold_text(spec) if fake_bold_heading else None
    prev: Heading | Paragraph | Table | None = None
    for block in spec.blocks:
        if isinstance(block, Heading):
            if block.page_break:
                out.append(PageBreak())
            out.append(_heading(block, block.text == bold_target))
            bold_target = None if block.text == bold_target else bold_target
        elif isinstance(block, Paragraph):
            out.append(_para(block.text, _style(11, block.align)))
        else:  # a heading directly above a table moves to the next page with it
            lead = [out.pop()] if isinstance(prev, Heading) else []
            out.append(KeepTogether([*lead, _table_flowable(block, width), Spacer(1, 10)]))
        prev = block
    return out


def _page_number(canv: rl_canvas.Canvas, doc: SimpleDocTemplate) -> None:
    """Footer "- n -", the page-number artifact of real reports."""
    canv.setFont(FONT, 9)
    canv.drawCentredString(A4[0] / 2, MARGIN / 2, f"- {doc.page} -")


def report_pdf_bytes(spec: ReportSpec, *, fake_bold_heading: bool = True,
                     page_numbers: bool = True) -> bytes:
    """Render ``spec`` to PDF bytes (A4, STSong-Light, ruled tables); byte-identical per spec."""
    _register_font()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=" ".join(spec.title_lines), author=spec.body, invariant=1)
    on_page = _page_number if page_numbers else (lambda c, d: None)
    doc.build(_flowables(spec, fake_bold_heading, doc.width), onFirstPage=on_page,
              onLaterPages=on_page)
    return buf.getvalue()


def write_report_pdf(spec: ReportSpec, path: str | Path, *, fake_bold_heading: bool = True,
                     page_numbers: bool = True) -> Path:
    """Write ``spec`` as a real multi-page report PDF at ``path``."""
    path = Path(path)
    path.write_bytes(report_pdf_bytes(spec, fake_bold_heading=fake_bold_heading,
                                      page_numbers=page_numbers))
    return path


# ---------------------------------------------------------------- samples

def spec_for(name: str) -> ReportSpec:
    """A deep copy of a sample's spec, by "000", "000_5fdff1f93ec53c39" or "...txt"."""
    key = Path(name).name.split("_")[0].removesuffix(".txt")
    if key not in SPECS:
        raise KeyError(f"no spec for {name!r}; have {sorted(SPECS)}")
    return copy.deepcopy(SPECS[key])


def write_sample_pdfs(directory: str | Path) -> dict[str, Path]:
    """Write every sample spec as ``<source stem>.pdf`` in ``directory``; keyed by name."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    return {name: write_report_pdf(spec, directory / Path(spec.source).with_suffix(".pdf").name)
            for name, spec in SPECS.items()}


def spec_tables(spec: ReportSpec) -> list[Table]:
    """The spec's tables in document order."""
    return [b for b in spec.blocks if isinstance(b, Table)]


# ---------------------------------------------------------------- bad inputs

def write_empty(path: str | Path) -> Path:
    """A 0-byte file."""
    path = Path(path)
    path.write_bytes(b"")
    return path


def write_fake_pdf(path: str | Path) -> Path:
    """A .pdf name holding an HTML error page, as crawlers often save."""
    path = Path(path)
    path.write_text(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>404 页面不存在</title></head>\n"
        "<body><h1>404 Not Found</h1><p>您访问的页面不存在或已被删除。</p></body></html>\n",
        encoding="utf-8",
    )
    return path


def write_encrypted_pdf(path: str | Path, spec: ReportSpec | None = None,
                        password: str = ENCRYPTED_PASSWORD) -> Path:
    """A real report PDF encrypted (AES-128) with a user password."""
    path = Path(path)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(report_pdf_bytes(spec or spec_for("000")))))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-128")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def write_binary_junk(path: str | Path, size: int = 4096, seed: int = 1234) -> Path:
    """``size`` random bytes from a seeded ``random.Random`` (never starts with %PDF)."""
    path = Path(path)
    data = random.Random(seed).randbytes(size)
    path.write_bytes(b"\x00" + data[1:] if data.startswith(b"%PDF") else data)
    return path


UNRELATED_NOTICE = [
    "关于召开2021年度安全生产工作会议的通知",
    "各乡镇卫生院、局属各单位：",
    "为认真贯彻落实上级关于安全生产工作的部署要求，经研究，决定召开2021年度安全生产工作会议。现将有关事项通知如下：",
    "一、会议时间：2021年3月15日上午9:00。",
    "二、会议地点：局三楼会议室。",
    "三、参会人员：各单位主要负责人及安全生产分管领导。",
    "请各单位高度重视，准时参会，不得缺席。",
]


def write_unrelated_pdf(path: str | Path) -> Path:
    """A real Chinese-text PDF that is not a disclosure report (a meeting notice)."""
    _register_font()
    path = Path(path)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            invariant=1)
    story = [_para(UNRELATED_NOTICE[0], _style(18, "center"))]
    story += [_para(t, _style(11)) for t in UNRELATED_NOTICE[1:]]
    doc.build(story)
    return path


def _html_table(table: Table) -> str:
    """A <table> with rowspan/colspan for merged cells; covered cells are omitted."""
    spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in table.spans}
    lines = ['<table border="1" cellspacing="0" cellpadding="4">']
    for r, row in enumerate(table.rows):
        cells = []
        for c, cell in enumerate(row):
            if cell is None:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<td{attrs}>{html.escape(cell)}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def _html_block(block: Heading | Paragraph | Table) -> str:
    """One block as published on a government site: <p>, <p><strong> or <table>."""
    if isinstance(block, Heading):
        return f'<p style="text-align:{block.align}"><strong>{html.escape(block.text)}</strong></p>'
    if isinstance(block, Paragraph):
        return f'<p style="text-indent:2em">{html.escape(block.text)}</p>'
    return _html_table(block)


def write_html_report(spec: ReportSpec, path: str | Path) -> Path:
    """The same report as a UTF-8 HTML page: <h1> title, <p> prose, <table><tr><td> tables."""
    path = Path(path)
    title = html.escape("".join(spec.title_lines))
    body = "\n".join(_html_block(b) for b in spec.blocks)
    path.write_text(
        f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>'
        f'</head>\n<body><div class="article"><h1>{title}</h1>\n{body}\n</div></body></html>\n',
        encoding="utf-8",
    )
    return path


def _draw_pseudo_glyphs(img: Image.Image, chars: list[dict], scale: float) -> None:
    """Paint CJK characters as deterministic stroke blobs (no CJK font to render them here)."""
    draw = ImageDraw.Draw(img)
    for ch in chars:
        if ord(ch["text"][0]) < 0x2E80:
            continue
        x0, y0, x1, y1 = (v * scale for v in (ch["x0"], ch["top"], ch["x1"], ch["bottom"]))
        rnd = random.Random(ord(ch["text"][0]))
        for _ in range(3 + ord(ch["text"][0]) % 4):
            pts = [(rnd.uniform(x0 + 1, x1 - 1), rnd.uniform(y0 + 1, y1 - 1)) for _ in range(2)]
            draw.line(pts, fill=0, width=max(1, int(scale)))


def _page_images(pdf_bytes: bytes, scale: float) -> list[Image.Image]:
    """Render each page to a grayscale bitmap, as a scanner would deliver it."""
    images = []
    doc = pdfium.PdfDocument(pdf_bytes)
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as plumb:
        for page, ppage in zip(doc, plumb.pages, strict=True):
            img = page.render(scale=scale, grayscale=True).to_pil().convert("L")
            _draw_pseudo_glyphs(img, ppage.dedupe_chars().chars, scale)
            images.append(img)
    doc.close()
    return images


def write_scanned_pdf(path: str | Path, spec: ReportSpec | None = None,
                      scale: float = 1.4) -> Path:
    """A PDF whose pages are only bitmaps of a report (no text layer), drawn with drawImage."""
    path = Path(path)
    images = _page_images(report_pdf_bytes(spec or spec_for("000")), scale)
    canv = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for img in images:
        canv.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
        canv.showPage()
    canv.save()
    return path
