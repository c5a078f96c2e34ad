"""Checks that tests/pdfgen.py produces PDFs that pdfplumber reads as real reports do."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.utils.exceptions import PdfminerException
from pypdf import PdfReader

from eval.pdfgen import (
    ENCRYPTED_PASSWORD,
    Heading,
    Paragraph,
    ReportSpec,
    Table,
    fake_bold_text,
    spec_for,
    spec_tables,
    write_binary_junk,
    write_empty,
    write_encrypted_pdf,
    write_fake_pdf,
    write_html_report,
    write_report_pdf,
    write_sample_pdfs,
    write_scanned_pdf,
    write_unrelated_pdf,
)
from eval.sample_specs import SECTION_HEADINGS

NAMES = ["000", "001", "004"]
Rows = list[list[str | None]]


def squash(text: str) -> str:
    """Drop all whitespace: wrapping inserts newlines anywhere, even inside numbers' rows."""
    return re.sub(r"\s+", "", text)


def squash_rows(table: Rows) -> Rows:
    """Squash every cell, keeping None (a cell covered by a merged cell)."""
    return [[None if c is None else squash(c) for c in row] for row in table]


@dataclass
class Extracted:
    """What pdfplumber gives for one generated PDF, page by page."""

    raw_texts: list[str]  # without dedupe_chars
    texts: list[str]  # after dedupe_chars
    tables: list[list[Rows]]  # per page, after dedupe_chars, cells as extracted

    def page_of(self, text: str) -> int:
        """Index of the first page whose (deduped) text contains ``text``."""
        return next(i for i, t in enumerate(self.texts) if squash(text) in squash(t))


def extract(path: Path) -> Extracted:
    """Open ``path`` with pdfplumber and pull text and ruled tables from every page."""
    with pdfplumber.open(path) as pdf:
        raw = [p.extract_text() for p in pdf.pages]
        deduped = [p.dedupe_chars() for p in pdf.pages]
        return Extracted(raw, [p.extract_text() for p in deduped],
                         [p.extract_tables() for p in deduped])


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample report PDFs, written once."""
    return write_sample_pdfs(tmp_path_factory.mktemp("reports"))


@pytest.fixture(scope="module")
def extracted(pdfs: dict[str, Path]) -> dict[str, Extracted]:
    """pdfplumber's view of each sample PDF."""
    return {name: extract(path) for name, path in pdfs.items()}


def join_continued(expected: list[Table], found: list[Rows]) -> list[Rows]:
    """Glue tables split over pages (continuations have no header) to match ``expected``."""
    out: list[Rows] = []
    queue = list(found)
    for table in expected:
        rows = queue.pop(0)
        while len(rows) < len(table.rows) and queue:
            rows = rows + queue.pop(0)
        out.append(rows)
    return out


# ---------------------------------------------------------------- specs

def test_spec_for_accepts_names_and_copies() -> None:
    assert spec_for("000").body == "灵武市卫生健康局"
    assert spec_for("001_1d0da56432dcd010").year == 2021
    assert spec_for("004_4d59d41fb80560b1.txt").template == "old"
    spec = spec_for("000")
    spec.blocks.clear()
    assert spec_for("000").blocks
    with pytest.raises(KeyError):
        spec_for("999")


@pytest.mark.parametrize("name", ["000", "001"])
def test_new_templates_keep_six_sections(name: str) -> None:
    headings = [b.text for b in spec_for(name).blocks if isinstance(b, Heading) and b.level == 1]
    assert headings == SECTION_HEADINGS


def test_spec_tables_have_rectangular_rows() -> None:
    for name in NAMES:
        for table in spec_tables(spec_for(name)):
            assert len({len(r) for r in table.rows}) == 1
            for r0, c0, r1, c1 in table.spans:
                covered = [table.rows[r][c] for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]
                assert covered[0] is not None and all(c is None for c in covered[1:])


# ---------------------------------------------------------------- report PDFs

@pytest.mark.parametrize("name", NAMES)
def test_report_has_pages_body_year(name: str, extracted: dict[str, Extracted]) -> None:
    spec, ex = spec_for(name), extracted[name]
    assert len(ex.texts) >= 3
    text = squash("".join(ex.texts))
    assert spec.body in text and f"{spec.year}年" in text
    assert ex.texts[-1].strip().endswith(f"- {len(ex.texts)} -")  # page-number footer


@pytest.mark.parametrize(("name", "fact"), [
    ("000", "拥有粉丝 2144 人"),
    ("000", "“银川 12345便民服务中心管理平台”受理各类投诉和咨询件共计 162件"),
    ("001", "微信关注量 725，发布信息 504条"),
    ("004", "填报人：周嘉蕊"),
])
def test_prose_facts_survive(name: str, fact: str, extracted: dict[str, Extracted]) -> None:
    assert squash(fact) in squash("".join(extracted[name].texts))


@pytest.mark.parametrize(("name", "row"), [
    ("000", ["行政处罚", "33", "0", "33"]),
    ("000", ["政府集中采购", "9", "2074万元"]),
    ("001", ["行政许可", "137"]),
    ("001", ["行政事业性收费", "600.72"]),
    ("004", ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "149"]),
    ("004", ["1.当面申请数", "件", ""]),  # a blank cell stays blank, not 0
])
def test_statistic_rows_extracted(name: str, row: list[str], extracted: dict[str, Extracted]) -> None:
    rows = [r for page in extracted[name].tables for t in page for r in squash_rows(t)]
    assert row in rows


@pytest.mark.parametrize("name", NAMES)
def test_every_table_round_trips(name: str, extracted: dict[str, Extracted]) -> None:
    expected = spec_tables(spec_for(name))
    found = [t for page in extracted[name].tables for t in page]
    got = join_continued(expected, found)
    assert [squash_rows(t) for t in got] == [t.rows for t in expected]


@pytest.mark.parametrize("name", ["000", "001"])
def test_tables_start_on_their_section_pages(name: str, extracted: dict[str, Extracted]) -> None:
    ex = extracted[name]
    sec2, sec3 = ex.page_of(SECTION_HEADINGS[1]), ex.page_of(SECTION_HEADINGS[2])
    assert sec2 > 0 and sec3 > sec2
    captions = [t[0][0] for t in ex.tables[sec2]]
    assert all(c.startswith("第二十条第") for c in captions) and len(captions) >= 4
    matrix = ex.tables[sec3][0]
    assert len(matrix[0]) == 10 and squash(matrix[0][3]) == "申请人情况"
    review = ex.tables[ex.page_of(SECTION_HEADINGS[3])][-1]
    assert review[-1] == ["0"] * 15


def test_wrapped_cells_come_back_with_newlines(extracted: dict[str, Extracted]) -> None:
    header = extracted["000"].tables[extracted["000"].page_of(SECTION_HEADINGS[2])][0][2]
    assert any(c and "\n" in c for c in header)  # e.g. "社会公\n益组织"
    assert squash_rows([header])[0][6] == "社会公益组织"


def test_old_appendix_splits_over_pages(extracted: dict[str, Extracted]) -> None:
    ex = extracted["004"]
    pages = [i for i, tables in enumerate(ex.tables) if tables]
    assert len(pages) == 2 and pages[1] == pages[0] + 1
    assert ex.tables[pages[0]][0][0] == ["统计指标", "单位", "统计数"]
    assert ex.tables[pages[1]][0][0][0] != "统计指标"  # no repeated header


@pytest.mark.parametrize("name", NAMES)
def test_fake_bold_heading_doubles_until_deduped(name: str, extracted: dict[str, Extracted]) -> None:
    heading = fake_bold_text(spec_for(name))
    doubled = "".join(c * 2 for c in heading)
    page = extracted[name].page_of(heading)
    assert doubled in extracted[name].raw_texts[page]
    assert heading in extracted[name].texts[page]
    assert doubled not in extracted[name].texts[page]


def test_rendering_is_deterministic(tmp_path: Path) -> None:
    first = write_report_pdf(spec_for("001"), tmp_path / "a.pdf").read_bytes()
    assert write_report_pdf(spec_for("001"), tmp_path / "b.pdf").read_bytes() == first
    assert write_scanned_pdf(tmp_path / "s1.pdf").read_bytes() == \
        write_scanned_pdf(tmp_path / "s2.pdf").read_bytes()


def test_no_fake_bold_when_disabled(tmp_path: Path) -> None:
    spec = spec_for("000")
    path = write_report_pdf(spec, tmp_path / "plain.pdf", fake_bold_heading=False)
    with pdfplumber.open(path) as pdf:
        text = pdf.pages[0].extract_text()
    assert fake_bold_text(spec) in text and "一一、、" not in text


def test_custom_spec_renders(tmp_path: Path) -> None:
    spec = ReportSpec("x", "x.txt", "某某县卫生健康局", 2022, "2021", ["某某县卫生健康局2022年报告"],
                      [Heading("一、总体情况"), Paragraph("正文<含尖括号>&符号。"),
                       Table([["信息内容", "本年处理决定数量"], ["行政处罚", "12"]])])
    ex = extract(write_report_pdf(spec, tmp_path / "x.pdf"))
    assert "正文<含尖括号>&符号。" in ex.texts[0]
    assert ex.tables[0] == [[["信息内容", "本年处理决定数量"], ["行政处罚", "12"]]]


# ---------------------------------------------------------------- bad inputs

def test_empty_fake_and_junk_are_not_pdfs(tmp_path: Path) -> None:
    empty = write_empty(tmp_path / "empty.pdf")
    fake = write_fake_pdf(tmp_path / "fake.pdf")
    junk = write_binary_junk(tmp_path / "junk.pdf")
    assert empty.stat().st_size == 0
    assert fake.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert junk.read_bytes() == write_binary_junk(tmp_path / "junk2.pdf").read_bytes()
    for path in (empty, fake, junk):
        assert not path.read_bytes().startswith(b"%PDF")
        with pytest.raises(PdfminerException), pdfplumber.open(path) as pdf:
            _ = pdf.pages


def test_encrypted_pdf_needs_password(tmp_path: Path) -> None:
    path = write_encrypted_pdf(tmp_path / "enc.pdf")
    assert PdfReader(path).is_encrypted
    with pytest.raises(PdfminerException), pdfplumber.open(path) as pdf:
        _ = pdf.pages
    with pdfplumber.open(path, password=ENCRYPTED_PASSWORD) as pdf:
        assert "灵武市卫生健康局" in pdf.pages[0].dedupe_chars().extract_text()


def test_scanned_pdf_has_pages_but_no_text(tmp_path: Path) -> None:
    path = write_scanned_pdf(tmp_path / "scan.pdf")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) >= 3
        assert all(not p.chars and not (p.extract_text() or "").strip() for p in pdf.pages)
        assert all(len(p.images) == 1 for p in pdf.pages)


def test_unrelated_pdf_is_chinese_but_not_a_report(tmp_path: Path) -> None:
    with pdfplumber.open(write_unrelated_pdf(tmp_path / "notice.pdf")) as pdf:
        text = "".join(p.extract_text() for p in pdf.pages)
    assert "会议" in text and "政府信息公开" not in text and "年度报告" not in text


class _TableParser(HTMLParser):
    """Collects <h1> text and <table> rows of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.h1, self.tables, self._in = "", [], None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag == "td":
            self.tables[-1][-1].append("")
        self._in = tag if tag in ("h1", "td") else self._in

    def handle_endtag(self, tag: str) -> None:
        self._in = None if tag in ("h1", "td") else self._in

    def handle_data(self, data: str) -> None:
        if self._in == "h1":
            self.h1 += data
        elif self._in == "td":
            self.tables[-1][-1][-1] += data


@pytest.mark.parametrize(("name", "row"), [
    ("000", ["行政处罚", "33", "0", "33"]),
    ("001", ["行政事业性收费", "600.72"]),
    ("004", ["（三）从事政府信息公开工作人员数", "人", "2"]),
])
def test_html_report_parses(name: str, row: list[str], tmp_path: Path) -> None:
    spec = spec_for(name)
    path = write_html_report(spec, tmp_path / f"{name}.html")
    parser = _TableParser()
    parser.feed(path.read_text(encoding="utf-8"))
    assert parser.h1 == "".join(spec.title_lines)
    assert len(parser.tables) == len(spec_tables(spec))
    assert row in [r for t in parser.tables for r in t]
    paragraphs = [b.text for b in spec.blocks if isinstance(b, Paragraph)]
    assert all(p in html.unescape(path.read_text(encoding="utf-8")) for p in paragraphs)
