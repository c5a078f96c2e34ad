"""Ingest bugs of the second hardening battery (issue 17): inputs that lost a report's text or a
table row silently. Each test fails without its fix."""

from __future__ import annotations

import re

from eval import pdfgen
from index.extract import extract_report

from .conftest import SAMPLES


def _sample(prefix: str):
    return next(SAMPLES.glob(f"{prefix}_*.txt"))


def _html_report(tmp_path, name: str = "002"):
    path = pdfgen.write_html_report(pdfgen.spec_for(name), tmp_path / "base.html")
    return path.read_text(encoding="utf-8")


def _values(facts):
    return {f.metric: f.value for f in facts if f.readable}


def test_html_with_a_large_inline_image_keeps_its_text(tmp_path):
    """#17: a 12 MB data: URI in an <img> made lxml drop everything after it (0 facts)."""
    page = _html_report(tmp_path)
    base = extract_report(str(tmp_path / "base.html"))
    image = '<img alt="封面" src="data:image/png;base64,' + "iVBORw0KGgo" * (12 * 1024 * 1024 // 11) + '">'
    path = tmp_path / "image.html"
    path.write_text(page.replace('<div class="article">', '<div class="article">' + image, 1), encoding="utf-8")
    report = extract_report(str(path))
    assert len(base.facts) > 150
    assert _values(report.facts) == _values(base.facts)


def test_html_nested_deeper_than_the_parser_limit_keeps_its_text(tmp_path):
    """#18: a report wrapped in 300 (or 100,000) <div>s lost its text past libxml2's depth limit."""
    page = _html_report(tmp_path)
    base = extract_report(str(tmp_path / "base.html"))
    for depth in (300, 20_000):
        deep = page.replace('<div class="article">', "<div>" * depth + '<div class="article">', 1)
        deep = deep.replace("</body>", "</div>" * depth + "</body>", 1)
        path = tmp_path / f"deep{depth}.html"
        path.write_text(deep, encoding="utf-8")
        report = extract_report(str(path))
        assert _values(report.facts) == _values(base.facts), depth


def test_markdown_row_starting_with_a_tab_is_read(tmp_path):
    """#22: the text report saved as .md with a title line: a tab-indented row after a blank line
    is an indented code block in Markdown, and its cells were lost (not even unreadable)."""
    text = _sample("002").read_text(encoding="utf-8")
    assert re.search(r"\n\n\t8\.属于行政查询事项", text)  # the row the bug lost
    path = tmp_path / "narrow.md"
    path.write_text("# 海原县卫生健康局年度报告\n\n" + text, encoding="utf-8")
    want = extract_report(str(_sample("002")))
    got = extract_report(str(path))
    row = [m for m in _values(want.facts) if "属于行政查询事项" in m]
    assert len(row) == 7
    assert _values(got.facts) == _values(want.facts)
