"""A table cell that prints its own unit or measure word (index/cellunits.py): an amount printed in
another money unit than its column's is stored in the column's unit, converted exactly, with the
cell as printed kept; a unit of another kind makes the cell unreadable; a count's measure word is
fine. Real data: the real report that prints "984361元" under 采购总金额 (万元), and a sample of
the 2019 template with its amount cell printed otherwise, in each form the tests build."""

from __future__ import annotations

import pytest

from eval import forms, pdfgen
from index.extract import extract_report

from .conftest import SAMPLES, assert_quotes_verbatim

REAL = ("pingtan_czj_2020.txt",)
COUNT, AMOUNT = "政府集中采购.采购项目数量", "政府集中采购.采购总金额"
SAMPLE = next(SAMPLES.glob("000_*.txt"))  # 2019 template: "政府集中采购 9 2074 万元"


def _report_printing(tmp_path, count: str, amount: str, pdf: bool = False) -> dict[str, object]:
    """Sample 000 with its 政府集中采购 cells printed as given, in the text forms (crawler page
    text, the HTML page) and, with `pdf`, as a ruled PDF and that PDF's Word and HTML forms."""
    spec = pdfgen.spec_for("000")
    row = next(r for t in pdfgen.spec_tables(spec) for r in t.rows if r and r[0] == "政府集中采购")
    row[1:] = [count, amount]
    text = SAMPLE.read_text(encoding="utf-8")
    assert "政府集中采购 9 2074 万元" in text
    source = tmp_path / SAMPLE.name
    source.write_text(text.replace("政府集中采购 9 2074 万元", f"政府集中采购 {count} {amount}"), encoding="utf-8")
    title = "".join(spec.title_lines)
    made = {"text": source, "crawler": forms.to_page_text(source, tmp_path / "r.page.txt", spec.body, title),
            "html": pdfgen.write_html_report(spec, tmp_path / "r.html")}
    if pdf:
        made["pdf"] = pdfgen.write_report_pdf(spec, tmp_path / "r.pdf")
        made["md"] = forms.to_markdown(made["pdf"], tmp_path / "r.md")
        docx = forms.to_docx(made["pdf"], tmp_path / "r.docx")
        made["docx"] = docx
        made["site"] = forms.to_html(docx, tmp_path / "site.html", spec.body, title)
    return {form: {f.metric: f for f in extract_report(str(path)).facts} for form, path in made.items()}


def _cell(facts, metric):
    f = facts[metric]
    return f.value, f.unit, f.status


@pytest.mark.slow
def test_an_amount_printed_in_yuan_is_stored_in_wan_yuan_in_every_form(tmp_path):
    for form, facts in _report_printing(tmp_path, "9", "20740000元", pdf=True).items():
        assert _cell(facts, AMOUNT) == (2074, "万元", "ok"), form
        assert facts[AMOUNT].printed == "20740000元", form
        assert "20740000元" in facts[AMOUNT].note, form
        assert "20740000" in facts[AMOUNT].source_text, form
        assert _cell(facts, COUNT) == (9, "项", "ok"), form


@pytest.mark.parametrize("amount, value, printed", [
    ("20,740千元", 2074, "20740千元"),
    ("0.2074亿元", 2074, "0.2074亿元"),
    ("984361元", 98.4361, "984361元"),
    ("20740000 元", 2074, "20740000元"),  # the unit after a space is the cell's
    ("2,074.00万元", 2074, ""),  # the column's own unit, separators and decimals: as printed
    ("2074", 2074, ""),
])
def test_money_printed_in_any_unit_converts_exactly(tmp_path, amount, value, printed):
    for form, facts in _report_printing(tmp_path, "9", amount).items():
        assert _cell(facts, AMOUNT) == (value, "万元", "ok"), (form, amount)
        assert facts[AMOUNT].printed == printed, (form, amount)


@pytest.mark.parametrize("count, amount, bad, reason", [
    ("9元", "2074", COUNT, "an amount's unit in a cell counted in 项"),
    ("9", "2074件", AMOUNT, "a count's measure word in a cell counted in 万元"),
    ("9", "3%", AMOUNT, "a percentage in a cell counted in 万元"),
])
def test_a_unit_of_another_kind_makes_the_cell_unreadable_never_a_number(tmp_path, count, amount, bad, reason):
    for form, facts in _report_printing(tmp_path, count, amount).items():
        assert _cell(facts, bad)[::2] == (None, "unreadable"), form
        assert reason in facts[bad].note, form
        other = COUNT if bad == AMOUNT else AMOUNT
        assert facts[other].status == "ok", form


@pytest.mark.parametrize("count", ["9笔", "9件", "9宗", "9项"])
def test_a_counts_measure_word_keeps_reading(tmp_path, count):
    for form, facts in _report_printing(tmp_path, count, "2074万元").items():
        assert _cell(facts, COUNT) == (9, "项", "ok"), (form, count)
        assert _cell(facts, AMOUNT) == (2074, "万元", "ok"), (form, count)


@pytest.mark.slow
def test_a_dash_in_a_grid_cell_is_a_printed_blank_not_a_lost_cell(tmp_path):
    """pymupdf4llm writes the row with an empty cell before the count ("政府集中采购||9|-"): the
    dash, dropped, let the empty cell take the count's place and the count the amount's."""
    made = _report_printing(tmp_path, "9", "-", pdf=True)
    for form in ("html", "md", "docx", "site"):
        assert _cell(made[form], COUNT) == (9, "项", "ok"), form
        assert _cell(made[form], AMOUNT) == (None, "万元", "blank"), form
        assert "no figure" in made[form][AMOUNT].note, form
    for form in ("text", "crawler", "pdf"):  # a dash in text is no cell: which one is blank is not known
        assert made[form][AMOUNT].value is None and made[form][COUNT].value in (None, 9), form


@pytest.mark.parametrize("header, cell, value, printed", [
    ("本年收费金额（单位：元）", "6007200", 600.72, "6007200元"),  # the header's unit is the cell's
    ("本年收费金额（单位：元）", "600.72万元", 600.72, ""),  # a cell's own unit wins over the header's
    ("本年收费金额（单位：万元）", "600.72", 600.72, ""),
])
def test_a_header_declaring_another_money_unit_converts_its_cells(tmp_path, header, cell, value, printed):
    """Sample 001 (2021 template) prints "本年收费金额（单位：万元）"; a publisher printing its fees in 元
    says so in the header, and the cells print bare numbers."""
    national, fee = "本年收费金额（单位：万元）", "行政事业性收费.收费金额"
    sample = next(SAMPLES.glob("001_*.txt"))
    spec = pdfgen.spec_for("001")
    for row in (r for t in pdfgen.spec_tables(spec) for r in t.rows):
        row[:] = [header if c == national else c for c in row]
        if row and row[0] == "行政事业性收费":
            row[1:] = [cell]
    text = sample.read_text(encoding="utf-8")
    assert national in text and "行政事业性收费 600.72" in text
    source = tmp_path / sample.name
    source.write_text(text.replace(national, header).replace("行政事业性收费 600.72", f"行政事业性收费 {cell}"),
                      encoding="utf-8")
    made = {"text": source, "crawler": forms.to_page_text(source, tmp_path / "r.page.txt", spec.body, "t"),
            "html": pdfgen.write_html_report(spec, tmp_path / "r.html")}
    for form, path in made.items():
        facts = {f.metric: f for f in extract_report(str(path)).facts}
        assert _cell(facts, fee) == (value, "万元", "ok"), form
        assert facts[fee].printed == printed, form


def test_the_real_report_printing_yuan_under_wan_yuan(real_reports):
    facts = {f.metric: f for f in extract_report(str(real_reports / REAL[0])).facts}
    assert _cell(facts, AMOUNT) == (98.4361, "万元", "ok")
    assert facts[AMOUNT].printed == "984361元"
    assert "984361元" in facts[AMOUNT].source_text
    assert _cell(facts, COUNT) == (2, "项", "ok")  # printed "2笔"


@pytest.mark.parametrize("question, shown", [
    ("平潭综合实验区财政金融局2020年政府集中采购总金额是多少？", "98.4361万元（表中印作984361元）"),
    ("What was the government procurement amount of 平潭综合实验区财政金融局 in 2020?",
     "98.4361 万元 (ten-thousand yuan) (printed as 984361元)"),
    ("2020年各单位政府集中采购总金额合计多少？", "98.4361万元（表中印作984361元）"),
    ("2020年哪个单位的政府集中采购总金额最高？", "98.4361万元（表中印作984361元）"),
])
def test_an_answer_shows_a_converted_amount_in_both_forms_with_its_quote(qa, question, shown):
    """Both forms, the quote verbatim, and the converted value a computed number whose input is
    the cited cell (every number of an answer is cited or computed from cited inputs)."""
    from eval.scoring import uncited_numbers

    a = qa.ask(question)
    assert shown in a.text, a.text
    assert "984361万元" not in a.text and "984361 万元" not in a.text
    assert any("984361元" in c.quote for c in a.citations)
    assert_quotes_verbatim(qa, a)
    assert not uncited_numbers(a.to_dict(), range(2000, 2030)), a.text
    cell = next(i for i, c in enumerate(a.citations, 1) if "984361元" in c.quote)
    assert any(c.value == 98.4361 and c.inputs == [cell] for c in a.computed)
