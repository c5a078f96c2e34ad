"""0 silently absent cells: rows and a page's table removed from a report, in each form (text,
HTML, Markdown, Word, PDF, made with the real converters of eval.forms), and every cell they
held is listed as unreadable with the reason, while every other cell keeps its value."""

from __future__ import annotations

import pytest

from eval import forms, pdfgen
from index.completeness import ROW_MISSING, TABLE_MISSING
from index.extract import extract_report
from index.templates import by_id, mandatory

from .conftest import SAMPLES

REMOVED_ROWS = ("4.保护第三方合法权益", "8.属于行政查询事项")
TRUNCATE_AT = {"2021": "2.申请人逾期未按收费", "2019": "（六）其他处理"}  # the matrix ends before this row
REMOVED_TABLE = "结果维持"  # section 四's table, as if its page were lost


def _cut_spec(name: str):
    """The sample's spec with two rows of the matrix, the last row of a section 二 table, the
    matrix's tail and section 四's table removed."""
    spec = pdfgen.spec_for(name)
    cut_at = TRUNCATE_AT[spec.template]
    blocks = []
    for block in spec.blocks:
        if isinstance(block, pdfgen.Table):
            texts = ["".join(c or "" for c in row) for row in block.rows]
            if any(REMOVED_TABLE in t for t in texts):
                continue
            drop = {i for i, t in enumerate(texts) if any(r in t for r in REMOVED_ROWS) or t.startswith("行政强制")}
            end = next((i for i, t in enumerate(texts) if cut_at in t), len(texts))
            drop |= set(range(end, len(texts)))
            block = _without_rows(block, drop)
        blocks.append(block)
    spec.blocks = blocks
    return spec


def _without_rows(table, drop: set[int]):
    """The table without the rows `drop` (none of them a merged cell's anchor), spans adjusted."""
    keep = [i for i in range(len(table.rows)) if i not in drop]
    new_index = {old: new for new, old in enumerate(keep)}
    spans = []
    for r0, c0, r1, c1 in table.spans:
        if r0 in drop:
            continue
        r1 = max(k for k in keep if k <= r1)
        spans.append((new_index[r0], c0, new_index[r1], c1))
    return pdfgen.Table([table.rows[i] for i in keep], spans, table.col_widths)


def _cut_text(name: str, tmp_path):
    """The text form with the same rows and table removed (lines deleted)."""
    source = next(SAMPLES.glob(f"{name}_*.txt"))
    template = pdfgen.spec_for(name).template
    lines = source.read_text(encoding="utf-8").split("\n")
    out, skipping = [], False
    for line in lines:
        if TRUNCATE_AT[template] in line:
            skipping = True
        if line.startswith("五、"):
            skipping = False
        if skipping or any(r in line for r in REMOVED_ROWS) or line.startswith("行政强制"):
            continue
        out.append(line)
    path = tmp_path / f"{name}_cut.txt"
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def _removed(facts, template_id: str) -> set[str]:
    """The required cells of the removed rows and table."""
    template = by_id(template_id)
    rows = {"不予公开.保护第三方合法权益", "不予公开.属于行政查询事项", "行政强制"}
    tail = False
    out = set()
    for table in template.tables:
        for row in table.rows:
            tail = tail or table.key == "三" and any(k in row.label for k in ("逾期未按收费", "（六）其他处理"))
            for column in table.columns:
                metric = table.metric(row, column)
                if (row.key in rows or tail and table.key == "三" or table.single_row) \
                        and mandatory(template_id, metric):
                    out.add(metric)
    return out & {f.metric for f in facts}  # the cells the complete report has


def _check(path, original):
    report = extract_report(str(path))
    template = original[0].template
    removed = _removed(original, template)
    by_metric = {f.metric: f for f in report.facts}
    missing = [m for m in removed if m not in by_metric or by_metric[m].readable]
    assert not missing, (path.name, "silently absent or wrongly read", sorted(missing))
    for metric in removed:
        note = by_metric[metric].note
        assert note in (ROW_MISSING, TABLE_MISSING) or note.startswith("table ends after row"), (metric, note)
    table_four = [f for f in report.facts if f.metric.startswith("行政复议.")]
    assert table_four and all(f.note == TABLE_MISSING for f in table_four)
    kept = {f.metric: f.value for f in original if f.metric not in removed}
    got = {m: by_metric[m].value for m in kept if m in by_metric and by_metric[m].readable}
    assert got == kept, (path.name, {m: (kept[m], got.get(m, "∅")) for m in kept if got.get(m, "∅") != kept[m]})
    assert any("cells not found" in p for p in report.problems)
    return report


@pytest.fixture(scope="module")
def originals():
    return {n: extract_report(str(next(SAMPLES.glob(f"{n}_*.txt")))).facts for n in ("000", "003")}


def test_text_with_rows_and_a_table_removed_lists_every_missing_cell(tmp_path, originals):
    _check(_cut_text("003", tmp_path), originals["003"])


@pytest.mark.parametrize("name", ["000", "003"])
def test_html_with_rows_and_a_table_removed_lists_every_missing_cell(tmp_path, originals, name):
    path = pdfgen.write_html_report(_cut_spec(name), tmp_path / f"{name}_cut.html")
    _check(path, originals[name])


def test_complete_reports_list_nothing_missing(originals):
    for name, facts in originals.items():
        assert not [f for f in facts if f.origin == "missing"], name


def test_a_row_printed_blank_is_blank_not_missing(tmp_path, originals):
    spec = pdfgen.spec_for("003")
    for block in pdfgen.spec_tables(spec):
        for row in block.rows:
            if row and row[0] == "行政强制":
                row[1:] = [""] * (len(row) - 1)
    report = extract_report(str(pdfgen.write_html_report(spec, tmp_path / "blank.html")))
    cell = next(f for f in report.facts if f.metric == "行政强制.处理决定数量")
    assert (cell.status, cell.value) == ("blank", None)


@pytest.mark.slow
def test_converted_forms_with_rows_and_a_table_removed_list_every_missing_cell(tmp_path, originals):
    spec = _cut_spec("003")
    pdf = pdfgen.write_report_pdf(spec, tmp_path / "cut.pdf")
    docx = forms.to_docx(pdf, tmp_path / "cut.docx")
    made = [pdf, forms.to_markdown(pdf, tmp_path / "cut.md"), docx,
            forms.to_html(docx, tmp_path / "cut.html", spec.body, "".join(spec.title_lines))]
    for path in made:
        _check(path, originals["003"])


def test_old_appendix_printed_but_unread_lists_its_national_rows(tmp_path):
    """Before 2019 the appendix's rows vary by publisher: a partly read appendix lists nothing,
    but one whose title and header are printed and none of whose rows is read lists the rows of
    the national form; a report that prints no appendix lists none (tests/test_real_reports)."""
    from index.completeness import TABLE_UNREAD

    text = next(SAMPLES.glob("004_*.txt")).read_text(encoding="utf-8")
    head = text[:text.index("统 计 指 标")]
    path = tmp_path / "004_cut.txt"
    path.write_text(head + "统 计 指 标 单位 统计数\n\n（表格见附件）\n", encoding="utf-8")
    report = extract_report(str(path))
    listed = [f for f in report.facts if f.origin == "missing"]
    template = by_id(report.meta.template)
    # headings too: some publishers print a total on a heading ("八、机构建设和保障经费情况 —— 0")
    national = [r for t in template.tables for r in t.rows if not r.local]
    assert any(r.unit is None for r in national)
    assert len(listed) == len(national) and all(f.note == TABLE_UNREAD for f in listed)
