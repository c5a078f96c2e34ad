"""Prose restating a table statistic with another number (index/contradictions.py), over the real
reports: found where the report's text and table disagree (each case read by hand in the
report), not where they agree; stored with the report's facts and removed with it; listed by
`reportqa facts --contradictions`; said in an answer on the cell, both numbers cited."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache

import pytest

from assistant import Assistant
from index.catalog import Catalog
from index.extract import extract_report

from .conftest import REAL_REPORTS, ROOT

#: Every contradiction in the real reports, read by hand: (statistic, table value, prose value).
#: hongze_2024: 受理政府信息公开申请 17 件 (p.1) vs 本年新收 总计 95; gwhbgs_2025: 共受理公开申请34件 vs
#: 32; 2012/2013 syq: 主动公开政府信息1913条 / 4970条 vs the appendix's 主动公开信息数 739 / 72804;
#: nyncj_2024 and zfyjj_2024: 共收到政府信息公开申请3份 / 4件 vs a table whose 总计 prints 0;
#: 2013 syq, the count said first: 收到1份有关政府信息公开行政复议申请 vs the appendix's 行政复议数 0.
EXPECTED = {
    "hongze_2024.pdf": [("政府信息公开申请", 95, 17)],
    "pingtan_gwhbgs_2025.txt": [("政府信息公开申请", 32, 34)],
    "pingtan_2012_syq.txt": [("主动公开政府信息数", 739, 1913)],
    "pingtan_2013_syq.txt": [("主动公开政府信息数", 72804, 4970), ("行政复议", 0, 1)],
    "pingtan_nyncj_2024.txt": [("政府信息公开申请", 0, 3)],
    "pingtan_zfyjj_2024.txt": [("政府信息公开申请", 0, 4)],
}
#: Reports whose prose restates a statistic with the table's own number (must not be flagged).
AGREEING = ["hongze_2023.pdf", "huaian_2024.pdf", "pingtan_2025_syq.txt",
            "pingtan_czj_2022.txt", "pingtan_jjfzj_2024.txt", "pingtan_2014_syq.txt", "pingtan_2016_syq.txt"]


def _names() -> list[str]:
    if not REAL_REPORTS.exists():
        return []
    return sorted(p.name for p in REAL_REPORTS.iterdir() if p.suffix in (".pdf", ".txt"))


@cache
def _extract(name: str):
    return extract_report(str(REAL_REPORTS / name))


@pytest.mark.parametrize("name", _names())
def test_contradictions_of_each_real_report(real_reports, name):
    found = [(c.label, c.table_value, c.prose_value) for c in _extract(name).contradictions]
    assert found == EXPECTED.get(name, []), name
    for c in _extract(name).contradictions:
        assert str(c.prose_value) in c.quote.replace(" ", "") and c.page == 1 and c.report == name


def _found(name: str, change) -> list:
    """The contradictions of a report with its facts changed by `change` (copies)."""
    from dataclasses import replace

    from index.clean import clean_document
    from index.contradictions import find_contradictions

    extracted = _extract(name)
    clean = clean_document(extracted.doc)
    facts = [change(replace(f)) for f in extracted.facts]
    return find_contradictions(extracted.report, extracted.meta, clean.text, clean.page_at, facts)


def _plus_one(fact):
    if fact.value is not None:
        fact.value += 1
    return fact


@pytest.mark.parametrize("name", AGREEING)
def test_agreeing_sentences_are_read_and_match(real_reports, name):
    """These reports restate a statistic with the table's own number: nothing is flagged, and
    with the table's numbers one higher the same sentences are."""
    assert _extract(name).contradictions == []
    changed = _found(name, _plus_one)
    assert changed and all(c.table_value - c.prose_value == len(c.metrics) for c in changed), changed


def test_a_blank_cell_is_compared_with_nothing(real_reports):
    def blank(fact):
        if fact.metric == "政府信息公开申请.本年新收.总计":
            fact.value, fact.status = None, "blank"
        return fact

    assert _found("pingtan_gwhbgs_2025.txt", lambda f: f) and _found("pingtan_gwhbgs_2025.txt", blank) == []


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    if not (REAL_REPORTS / "index.tsv").exists():
        pytest.skip("the real reports are not beside the repository")
    directory = tmp_path_factory.mktemp("contra") / "index"
    Assistant.build([REAL_REPORTS / "hongze_2024.pdf", REAL_REPORTS / "pingtan_gwhbgs_2025.txt",
                     REAL_REPORTS / "pingtan_czj_2022.txt", REAL_REPORTS / "hongze_2023.pdf"], directory).close()
    return directory


def test_stored_with_the_report_and_removed_with_it(index_dir, tmp_path):
    import shutil

    copy = tmp_path / "index"
    shutil.copytree(index_dir, copy)
    with Assistant.open(copy) as qa:
        listed = sorted((c.report, c.table_value, c.prose_value) for c in qa.contradictions())
        assert listed == [("hongze_2024.pdf", 95, 17), ("pingtan_gwhbgs_2025.txt", 32, 34)]
        assert [c.report for c in qa.contradictions(year=2025)] == ["pingtan_gwhbgs_2025.txt"]
        assert qa.contradictions(metric="行政处罚.处理决定数量") == []
        assert qa.remove("hongze_2024.pdf")
        assert [c.report for c in qa.contradictions()] == ["pingtan_gwhbgs_2025.txt"]


def test_an_older_catalog_has_none_until_reingested(index_dir, tmp_path):
    import shutil

    copy = tmp_path / "index"
    shutil.copytree(index_dir, copy)
    catalog = Catalog(copy / "catalog.sqlite")
    catalog.db.execute("DROP TABLE contradictions")  # a catalog written before they were stored
    catalog.db.close()
    read_only = Catalog(copy / "catalog.sqlite", read_only=True)
    assert read_only.contradictions() == []
    read_only.db.close()
    reopened = Catalog(copy / "catalog.sqlite")  # created when a writable catalog opens
    assert reopened.contradictions() == [] and "report" in reopened.db.columns("contradictions")
    reopened.db.close()


def test_an_answer_on_the_cell_says_so_with_both_numbers_cited(index_dir):
    with Assistant.open(index_dir) as qa:
        a = qa.ask("宿迁市洪泽区2024年收到多少政府信息公开申请？")
        assert "95" in a.text and "注意" in a.text and "17件" in a.text, a.text
        quotes = {c.quote for c in a.citations}
        prose = next(c for c in a.citations if c.highlight == "17")
        assert "17" in prose.quote and prose.page == 1
        assert any("95" in q for q in quotes - {prose.quote})
        page = next(p.text for p in qa.index.catalog.pages("hongze_2024.pdf") if p.number == 1)
        assert prose.quote in page  # verbatim
        en = qa.ask("How many information disclosure requests did Hongze receive in 2024?")
        assert "Note:" in en.text and "says 17" in en.text and "95" in en.text, en.text
        agreeing = qa.ask("平潭综合实验区财政金融局2022年收到多少政府信息公开申请？")
        assert "注意" not in agreeing.text, agreeing.text


def test_a_computed_answer_gives_both_readings_each_with_its_inputs(index_dir):
    """洪泽 2024's table says 95 requests, its text 17; 2023 agrees (21): a change or a total over
    them is computed from both readings on the first line, each labelled and cited, never one
    picked silently."""
    with Assistant.open(index_dir) as qa:
        a = qa.ask("洪泽区2024年收到的政府信息公开申请比2023年多了多少？")
        first = a.text.splitlines()[0]
        assert "按统计表" in first and "多74件" in first and "按报告正文" in first and "少4件" in first, a.text
        text_cite = next(i for i, c in enumerate(a.citations, 1) if c.highlight in ("17", None) and "17" in c.quote
                         and "95" not in c.quote)
        assert f"17件[{text_cite}]（正文）" in first, a.text
        assert a.text.count(f"[{text_cite}]") == 2  # the note on the contradiction cites the same sentence
        total = qa.ask("洪泽区2023年和2024年一共收到多少政府信息公开申请？").text.splitlines()[0]
        assert "116件" in total and "38件" in total, total
        en = qa.ask("How much did Hongze's information disclosure requests change from 2023 to 2024?").text
        assert "From the tables" in en and "increased by 74" in en and "From the numbers in the reports' text" in en \
            and "decreased by 4" in en, en
        lookup = qa.ask("洪泽区2024年收到多少政府信息公开申请？").text
        assert "按统计表" not in lookup  # a lookup computes nothing: the table's figure and the note


@pytest.mark.slow
def test_cli_lists_contradictions(index_dir):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = [sys.executable, "-m", "assistant.cli", "facts", "--contradictions", "--index", str(index_dir)]
    out = subprocess.run([*run, "--format", "json"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [(r["report"], r["table_value"], r["prose_value"]) for r in rows] == [
        ("hongze_2024.pdf", 95, 17), ("pingtan_gwhbgs_2025.txt", 32, 34)]
    table = subprocess.run(run, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert table.returncode == 0 and "prose_value" in table.stdout and "34" in table.stdout
    csv = subprocess.run([*run, "--format", "csv", "--year", "2024"], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=300)
    assert csv.returncode == 0 and csv.stdout.count("\n") == 2 and "hongze_2024.pdf" in csv.stdout
