"""Reports from any converter: HTML tables inside Markdown and text, `|` tables of web extractors,
text whose columns came apart; and (slow tier) the samples and a real PDF through the real
converters of eval/converters.py, gold-checked: 0 wrong values, 0 silently absent cells."""

from __future__ import annotations

import shutil

import pytest

from eval import converters, pdfgen
from index.extract import extract_report

from .conftest import REAL_REPORTS, SAMPLES


def _text_facts(name: str):
    return extract_report(str(next(SAMPLES.glob(f"{name}_*.txt")))).facts


def _values(facts):
    return {f.metric: f.value for f in facts if f.readable}


def _mineru_markdown(name: str) -> str:
    """The sample as MinerU / pandoc write Markdown: headings, prose in blockquotes, and every
    table as an HTML <table> with rowspan/colspan."""
    spec = pdfgen.spec_for(name)
    parts = ["# " + "".join(spec.title_lines)]
    for block in spec.blocks:
        if isinstance(block, pdfgen.Heading):
            parts.append("## " + block.text)
        elif isinstance(block, pdfgen.Paragraph):
            parts.append("> " + block.text)
        else:
            parts.append(pdfgen._html_table(block))
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("name", ["000", "003", "004"])
def test_html_tables_inside_markdown_are_read(tmp_path, name):
    path = tmp_path / f"{name}.md"
    path.write_text(_mineru_markdown(name), encoding="utf-8")
    report = extract_report(str(path))
    assert report.doc.kind == "markdown"
    assert _values(report.facts) == _values(_text_facts(name))


def test_html_tables_inside_text_are_read(tmp_path):
    text = _mineru_markdown("003").replace("# ", "").replace("## ", "").replace("> ", "")
    path = tmp_path / "003.txt"
    path.write_text(text, encoding="utf-8")
    report = extract_report(str(path))
    assert report.doc.kind == "text"
    assert _values(report.facts) == _values(_text_facts("003"))


def test_pipe_rows_without_rule_or_outer_pipes_and_a_cell_broken_over_lines(tmp_path):
    """html2text's tables: no outer pipes, merged cells dropped (rows wider than the header), a
    merged label cell broken one character per line, the table continued after a page number."""
    facts = _values(_text_facts("003"))
    spec = pdfgen.spec_for("003")
    lines = ["# " + "".join(spec.title_lines)]
    for block in spec.blocks:
        if isinstance(block, pdfgen.Heading):
            lines.append(block.text)
        elif isinstance(block, pdfgen.Table):
            rows = ["| ".join(c for c in row if c) for row in block.rows]
            rows = [r.replace("三、本年度办理结果", "三、本\n年\n度\n办\n理\n结\n果", 1) for r in rows]
            lines += [rows[0], "---|---", *rows[1:8], "", "- 3 -", "", *rows[8:]]
    path = tmp_path / "003.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = extract_report(str(path))
    got = _values(report.facts)
    assert not {m: (v, got.get(m)) for m, v in facts.items() if m in got and got[m] != v}  # nothing wrong
    assert got.keys() >= {m for m in facts if m.startswith("政府信息公开申请.")}


def _labels_then_values(rows: list[tuple[str, list[str]]]) -> str:
    """A table as text extracted column by column: every label, then every value."""
    return "\n\n".join([r[0] for r in rows] + [v for r in rows for v in r[1]])


def _replace_table(text: str, start: str, end: str, body: str) -> str:
    """The sample's text with the lines from `start` up to `end` replaced by `body`."""
    a = text.index(start)
    return text[:a] + body + "\n\n" + text[text.index(end, a):]


def test_labels_printed_before_their_values_are_never_placed_by_guess(tmp_path):
    """pdfminer's order: "行政处罚 行政强制 4119 195". One value column, as many values as labels:
    read in order. A wider table whose values follow all its labels: unreadable, never shifted."""
    source = next(SAMPLES.glob("003_*.txt")).read_text(encoding="utf-8")
    path = tmp_path / "order.txt"
    body = "第二十条第（六）项\n\n信息内容\n\n本年处理决定数量\n\n" + _labels_then_values(
        [("行政处罚", ["4119"]), ("行政强制", ["195"])])
    path.write_text(_replace_table(source, "第二十条第（六）", "第二十条第（八）", body), encoding="utf-8")
    facts = {f.metric: f for f in extract_report(str(path)).facts}
    assert (facts["行政处罚.处理决定数量"].value, facts["行政强制.处理决定数量"].value) == (4119, 195)
    body = "第二十条第（一）项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n" + _labels_then_values(
        [("规章", ["1", "2", "3"]), ("行政规范性文件", ["4", "5", "6"])])
    path.write_text(_replace_table(source, "第二十条第（一）", "第二十条第（五）", body), encoding="utf-8")
    facts = {f.metric: f for f in extract_report(str(path)).facts}
    cells = [facts[f"{r}.{c}"] for r in ("规章", "规范性文件") for c in ("本年制发件数", "本年废止件数", "现行有效件数")]
    assert all(not f.readable and f.note for f in cells), [(f.metric, f.value, f.note) for f in cells]


# --- the real converters (slow) -------------------------------------------------------------------

#: A subset of the development converters, one or two of each kind; the full matrix is
#: `python -m eval.converters`.
SUBSET = ("pdftotext-layout", "pymupdf-text", "pandoc-docx-gfm", "mammoth-md", "docx2python",
          "pandoc-html-gfm", "html2text", "trafilatura-txt", "html-text")


@pytest.fixture(scope="module")
def sources(tmp_path_factory, sample_forms):
    """Three samples in the PDF, Word and HTML forms of the session (made once, by the converters
    of eval/forms.py); what the converters here write goes to a folder of this module."""
    folder = tmp_path_factory.mktemp("converters")
    return folder, [converters.sample_source(n, folder, sample_forms) for n in ("000", "003", "004")]


@pytest.mark.slow
@pytest.mark.parametrize("name", SUBSET)
def test_development_converters_give_no_wrong_and_no_silently_absent_cell(sources, name):
    if shutil.which("pandoc") is None and name.startswith("pandoc") or shutil.which("pdftotext") is None \
            and name.startswith("pdftotext"):
        pytest.skip("pandoc / poppler-utils not installed (make system-deps)")
    folder, made = sources
    converter = next(c for c in converters.REGISTRY if c.name == name)
    assert not converter.held_out
    total = converters.Score()
    for source in made:
        total.add(converters.convert_and_score(converter, source, folder))
    assert not total.errors, total.errors
    assert total.wrong == 0 and total.missing == 0, total.details[:20]
    assert total.right >= 0.9 * total.total, (total.right, total.total)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["pdftotext-layout", "pymupdf-text"])
def test_a_real_pdf_through_text_converters(tmp_path, real_reports, name):
    pdf = REAL_REPORTS / "huaian_2024.pdf"
    converter = next(c for c in converters.REGISTRY if c.name == name)
    source = converters.Source(pdf.name, {"pdf": pdf}, converters._gold_of_tsv(converters.GOLD / f"{pdf.name}.tsv"))
    result = converters.convert_and_score(converter, source, tmp_path)
    assert result.wrong == 0 and result.missing == 0, result.details[:20]
    assert result.right >= 0.9 * result.total


def test_held_out_converters_are_declared():
    held = [c.name for c in converters.REGISTRY if c.held_out]
    assert len(held) == 2 and not set(held) & set(SUBSET)


@pytest.mark.slow
def test_a_value_moved_away_from_its_row_leaves_no_blank_that_may_have_lost_it(sources):
    """Plain pdftotext (reading order) moves one "0" of sample 004's appendix past a page break
    ("统计数 0 8.告知…办理数 件"): the rows printed without a value in that table may be the one
    that lost it, so none of them is read as blank (收到申请数 was read blank: a wrong value)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed (make system-deps)")
    folder, made = sources
    converter = next(c for c in converters.REGISTRY if c.name == "pdftotext")
    source = next(s for s in made if s.name.startswith("004"))
    result = converters.convert_and_score(converter, source, folder)
    assert result.wrong == 0 and result.missing == 0, result.details[:20]
    text = next(folder.glob("004*.pdftotext.txt"))
    facts = {f.metric: f for f in extract_report(str(text)).facts}
    received = facts["依申请公开情况.收到申请数"]
    assert received.status == "unreadable" and "stands apart" in received.note, (received.value, received.note)
