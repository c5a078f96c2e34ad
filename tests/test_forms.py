"""Every form a report reaches users in gives the same facts: the samples as PDF, converter
Markdown (pymupdf4llm), Word (pdf2docx), HTML (mammoth, inside a site's page) and crawler
text, and the real PDFs converted the same way, against their hand-read gold."""

from __future__ import annotations

import csv

import pytest

from index.document import Cell
from index.extract import ExtractError, extract_report
from index.forms import accepted_suffixes, load_document, loaders
from index.pipeline import expand_paths

from .conftest import GOLD

FORMS = ("pdf", "md", "docx", "html", "page.txt")


def _values(facts) -> dict[str, object]:
    return {f.metric: f.value for f in facts if f.readable}


@pytest.mark.slow
@pytest.mark.parametrize("form", FORMS)
def test_every_form_gives_the_facts_of_the_text(sample_forms, text_facts, form):
    for name, path in sample_forms[form].items():
        report = extract_report(str(path))
        want = _values(text_facts[name])
        got = _values(report.facts)
        assert got == want, (form, name, {m: (want.get(m), got.get(m)) for m in set(want) | set(got)
                                          if want.get(m, "∅") != got.get(m, "∅")})
        assert not report.unreadable, (form, name, [(f.metric, f.note) for f in report.unreadable])
        reference = text_facts[name][0]
        assert (report.meta.body, report.meta.year, report.meta.template) == \
            (reference.body, reference.year, reference.template)


@pytest.mark.slow
def test_forms_are_read_by_their_own_loader(sample_forms):
    kinds = {"pdf": "pdf", "md": "markdown", "docx": "docx", "html": "html", "page.txt": "text"}
    for form, files in sample_forms.items():
        for path in files.values():
            doc = load_document(path)
            assert doc.kind == kinds[form], (path, doc.kind)
            if form in ("pdf", "md", "docx", "html"):
                assert doc.grids, f"{path}: no table grid"
    page = load_document(sample_forms["page.txt"]["000"])
    assert page.header["发布机构"] == "灵武市卫生健康局" and "发布时间" in page.header
    assert "2021-03-05" not in page.text  # the capture header is not page text


@pytest.mark.slow
def test_html_report_is_found_inside_the_site(sample_forms):
    doc = load_document(sample_forms["html"]["000"])
    assert "首页" not in doc.text and "版权所有" not in doc.text and "ICP" not in doc.text
    assert doc.text.lstrip().startswith("灵武市卫生健康局")
    assert doc.header["标题"].startswith("灵武市卫生健康局")


@pytest.mark.slow
@pytest.mark.parametrize("pdf", ["hongze_2023.pdf", "hongze_2024.pdf", "huaian_2024.pdf"])
def test_real_pdfs_converted_to_other_forms_give_their_gold(real_reports, tmp_path, pdf):
    from eval.forms import to_docx, to_html, to_markdown

    gold = {r["metric"]: float(r["value"]) for r in csv.DictReader(
        (GOLD / "real-reports" / f"{pdf}.tsv").open(encoding="utf-8"), delimiter="\t") if r["status"] == "ok"}
    source = real_reports / pdf
    docx = to_docx(source, tmp_path / "r.docx")
    for path in (to_markdown(source, tmp_path / "r.md"), docx, to_html(docx, tmp_path / "r.html", "x", pdf)):
        got = _values(extract_report(str(path)).facts)
        assert {m: got.get(m) for m in gold} == gold, path.suffix


# --- loaders in small --------------------------------------------------------------------------


def test_html_rowspan_colspan_and_nbsp(tmp_path):
    path = tmp_path / "t.html"
    path.write_text(
        "<html><body><div>XX县卫生健康局2021年政府信息公开工作年度报告</div><table>"
        "<tr><td rowspan='2'>第二十条第（六）项</td><td colspan='2'>信息内容</td></tr>"
        "<tr><td>行政处罚</td><td>&nbsp;</td></tr></table></body></html>", encoding="utf-8")
    grid = load_document(path).grids[0]
    assert [c.text for c in grid.rows[0]] == ["第二十条第（六）项", "信息内容", "信息内容"]
    assert grid.rows[0][2].covered and grid.rows[1][0].covered and grid.rows[1][0].text == "第二十条第（六）项"
    assert grid.rows[1][2].blank and not grid.rows[1][2].covered


def test_markdown_repairs(tmp_path):
    path = tmp_path / "t.md"
    path.write_text(
        "# XX县卫生健康局2021年政府信息公开工作年度报告\n\n"
        "|数据1|数据2|数据3|\n|---|---|---|\n|行政处罚||12|\n|1、申请人无正当理由逾期不补|||\n|正、行政机关不再处理|3|3|\n",
        encoding="utf-8")
    rows = load_document(path).grids[0].texts()
    assert rows[0] == ["行政处罚", "", "12"]  # the generic header 数据1… names nothing: dropped
    assert rows[1] == ["1、申请人无正当理由逾期不补正、行政机关不再处理", "3", "3"]  # a label split over two lines


def test_legacy_office_files_get_a_clear_message(tmp_path):
    for suffix, data in ((".doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), (".wps", b"binary\0\0data")):
        path = tmp_path / f"report{suffix}"
        path.write_bytes(data)
        with pytest.raises(ExtractError, match="save it as .docx or PDF"):
            extract_report(str(path))


def test_one_list_of_suffixes(tmp_path):
    suffixes = accepted_suffixes()
    assert {".pdf", ".docx", ".html", ".htm", ".md", ".txt", ".doc", ".wps"} <= suffixes
    for suffix in (".pdf", ".docx", ".md", ".html", ".txt", ".doc", ".png"):
        (tmp_path / f"a{suffix}").write_text("x")
    found = {p.suffix for p in expand_paths([tmp_path])}
    assert found == {".pdf", ".docx", ".md", ".html", ".txt", ".doc"}  # a .doc is tried, to say why not


def test_loaders_in_priority_order():
    kinds = [loader.kind for loader in loaders()]
    assert kinds == ["pdf", "docx", "html", "markdown", "text"]
    priorities = [loader.priority for loader in loaders()]
    assert priorities == sorted(priorities, reverse=True)


def test_covered_cell_is_not_blank():
    assert Cell("", covered=True).blank is False and Cell(" ").blank


def test_table_continued_on_the_next_page_is_joined_without_its_repeated_header(tmp_path):
    """A ruled table split over pages with its header row printed again on the second page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus import Table as RLTable

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    header = ["统计指标", "单位", "统计数"]
    rows = [header] + [[f"第{i}项统计", "件", str(i)] for i in range(1, 61)]
    table = RLTable(rows, repeatRows=1, style=[("FONT", (0, 0), (-1, -1), "STSong-Light", 10),
                                               ("GRID", (0, 0), (-1, -1), 0.5, "black")])
    path = tmp_path / "long.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    doc = load_document(path)
    assert len(doc.pages) >= 2
    grids = doc.grids
    assert len(grids) == 1, [len(g.rows) for g in grids]
    texts = grids[0].texts()
    assert texts[0] == header and [r for r in texts if r == header] == [header]
    assert [r[2] for r in texts[1:]] == [str(i) for i in range(1, 61)]
    assert grids[0].page_of(len(texts) - 1) == doc.pages[-1].number


@pytest.mark.slow
def test_harness_scores_facts_per_form(sample_forms, text_facts, tmp_path):
    import shutil

    from eval.forms import write_gold
    from eval.harness import run_eval

    # Each sample in a different form: the same report in two forms is one report with two
    # sources (identity), so a corpus of every sample in every form would keep one form each.
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    names = sorted(text_facts)
    chosen = {form: {names[i]: files[names[i]]} for i, (form, files) in enumerate(sorted(sample_forms.items()))}
    for files in chosen.values():
        for path in files.values():
            shutil.copy(path, corpus / path.name)
    gold = write_gold(chosen, text_facts, tmp_path / "gold.tsv")
    result = run_eval(None, corpus_dir=corpus, gold_facts=gold, out_dir=tmp_path / "out", progress=False)
    facts = result.facts
    assert set(facts["by_form"]) == {"pdf", "markdown", "docx", "html", "text"}
    assert all(f["precision"] == 1.0 and f["recall"] == 1.0 for f in facts["by_form"].values()), facts["by_form"]
    assert not facts["wrong"] and facts["gold"] == sum(len(v) for v in text_facts.values())
    assert not facts["not_indexed"]
    assert "| markdown |" in result.files["report"].read_text(encoding="utf-8")
