"""The 25 real reports of ../shared/real-reports, read in place, against gold read by hand
(eval/gold): every readable cell found with its value, no wrong value, every cell the gold
judges ambiguous reported as unreadable with a reason, body and year right for every file."""

from __future__ import annotations

import csv
from functools import cache

import pytest

from index.extract import extract_report
from index.lexicon.units import YUAN

from .conftest import GOLD, REAL_REPORTS


def _meta() -> list[dict]:
    return list(csv.DictReader((GOLD / "real-reports-meta.tsv").open(encoding="utf-8"), delimiter="\t"))


@cache
def _extract(name: str):
    return extract_report(str(REAL_REPORTS / name))


def _gold(name: str) -> list[dict]:
    return list(csv.DictReader((GOLD / "real-reports" / f"{name}.tsv").open(encoding="utf-8"), delimiter="\t"))


NAMES = [row["report"] for row in _meta()]


def _in_unit(value: float, unit: str, stored: str | None) -> float:
    """A gold value (read by hand in the unit its cell printed) in the unit the fact is stored in:
    984361 元 is 98.4361 万元. A count is a count whatever its measure word (条, 件)."""
    if unit in YUAN and stored in YUAN:
        return value * YUAN[unit] / YUAN[stored]
    return value


@pytest.mark.parametrize("name", NAMES)
def test_body_year_and_template(real_reports, name):
    expected = next(r for r in _meta() if r["report"] == name)
    meta = _extract(name).meta
    assert (meta.body, meta.year, meta.template) == (expected["body"], int(expected["year"]), expected["template"])


@pytest.mark.parametrize("name", NAMES)
def test_gold_facts(real_reports, name):
    facts = {f.metric: f for f in _extract(name).facts}
    wrong, missing, guessed = [], [], []
    for row in _gold(name):
        fact = facts.get(row["metric"])
        if row["status"] == "ambiguous":
            if fact is not None and fact.status != "unreadable":
                guessed.append((row["metric"], fact.value))
            elif fact is not None:
                assert fact.note, (row["metric"], "an unreadable cell says why")
            continue
        if fact is None or fact.status == "unreadable":
            missing.append(row["metric"])
            continue
        want = None if row["status"] == "blank" else _in_unit(float(row["value"]), row["unit"], fact.unit)
        if (fact.value is None) != (want is None) or want is not None and abs(fact.value - want) > 1e-9:
            wrong.append((row["metric"], row["value"] + row["unit"], f"{fact.value}{fact.unit}"))
    assert not wrong, wrong
    assert not guessed, guessed
    assert not missing, missing


def test_reports_without_statistics_say_so(real_reports):
    report = _extract("pingtan_2013_dishui.txt")  # an old report that prints no appendix table
    assert not report.facts
    assert report.problems and "no statistic" in report.problems[0]


def test_glued_cells_are_read_only_when_one_reading_holds(real_reports):
    report = _extract("pingtan_2025_syq.txt")
    facts = {f.metric: f for f in report.facts}
    # "15130000154": 151|3|0|0|0|0|154 is the one cut whose row adds up
    assert facts["政府信息公开申请.本年新收.自然人"].value == 151
    assert facts["政府信息公开申请.本年新收.总计"].value == 154
    # "5845546" for three cells with no arithmetic between them: never guessed
    cell = facts["规范性文件.本年制发件数"]
    assert cell.status == "unreadable" and "can be read as" in cell.note
    # a decimal is one number
    assert facts["行政事业性收费.收费金额"].value == 4166.241619


def test_prose_settles_a_glued_cumulative_row(real_reports):
    facts = {f.metric: f for f in _extract("pingtan_2013_county.txt").facts}
    # "18535395": four cuts fit 本年度 <= 历年累计; the report's text says 主动公开政府信息1853条
    assert facts["主动公开情况.主动公开政府信息数"].value == 1853
    assert facts["主动公开情况.主动公开政府信息数.历年累计"].value == 5395
    assert "text" in facts["主动公开情况.主动公开政府信息数"].note


def test_failed_checks_of_real_reports_are_recorded(real_reports):
    failed = {c.name for c in _extract("hongze_2023.pdf").checks if not c.passed}
    assert failed == {"四 行政复议 总计", "四 行政诉讼.复议后起诉 总计"}
    fact = next(f for f in _extract("hongze_2023.pdf").facts if f.metric == "行政复议.总计")
    assert fact.value == 0 and fact.check_failed == "四 行政复议 总计"


def test_pdf_facts_carry_the_cell_box(real_reports):
    fact = next(f for f in _extract("huaian_2024.pdf").facts if f.metric == "行政处罚.处理决定数量")
    assert fact.value == 3985758 and fact.origin == "grid:pdf" and fact.box and fact.page == 4
    assert "3985758" in fact.source_text


def test_pdf_cell_texts_are_pdfplumbers_own(real_reports, tmp_path):
    """The PDF loader reads a table's cells without pdfplumber's Table.extract (which tests every
    character of the page against every row): the same texts, on every table of the real PDFs
    and of a generated sample (fake-bold heading, merged cells), by both table strategies."""
    import pdfplumber

    from eval.pdfgen import SPECS, spec_for, write_report_pdf
    from index.forms.pdf import _TEXT_STRATEGY, _cell_texts

    pdfs = sorted(real_reports.glob("*.pdf")) + [write_report_pdf(spec_for(sorted(SPECS)[0]), tmp_path / "s.pdf")]
    tables = 0
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                for table in page.find_tables() + page.find_tables(_TEXT_STRATEGY):
                    assert _cell_texts(table, table.rows) == table.extract(), (path.name, page.page_number)
                    tables += 1
    assert tables >= 20
