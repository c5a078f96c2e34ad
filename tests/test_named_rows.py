"""Named rows of one table (helper brief r4; other reports and wordings than fresh14 q087, q060, q022
and fresh15 q061).

- One row's count and its outcomes ("复议后起诉的有几件？结果分别怎样？", "…, and what were the
  outcomes?"): that row's outcome columns, each with its figure, never both rows' summed, and no
  note that the outcome words were not understood.
- The requests' count and what they were about ("收到多少申请，主要涉及哪些方面？", "…, and what were
  they mostly about?"): the table's count, then the prose's clause of their content quoted and
  cited; said as not stated when the report's prose has none.
"""

from __future__ import annotations

import pytest

from assistant.understanding.categories import breakdown_family

REAL = ("pingtan_2025_syq.txt", "pingtan_gwhbgs_2023.txt")
PINGTAN = "pingtan_2025_syq.txt"


@pytest.mark.parametrize("question, family", [
    ("未经复议直接起诉的有几件？结果分别如何？", "lawsuit"),
    ("行政复议几件，结果各是什么", "reconsideration"),
    ("复议后起诉的结果都怎么样", "lawsuit"),
])
def test_outcomes_asked_each_are_the_breakdown(question, family):
    keys = {"lawsuit": ["行政诉讼.未经复议直接起诉.总计"], "reconsideration": ["行政复议.总计"]}[family]
    assert breakdown_family(question.lower(), keys) == family


# --- one row's outcomes ---------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "平潭综合实验区2025年行政诉讼里，未经复议直接起诉的有几件？结果分别如何？",
    "平潭综合实验区2025年未经复议直接起诉的行政诉讼几件，结果各是什么？",
])
def test_one_rows_outcomes_are_its_own(qa, question):
    answer = qa.ask(question)
    assert "6件" in answer.text
    assert "结果维持" in answer.text and "3件" in answer.text and "结果纠正" in answer.text
    assert "结果维持）：3件" in answer.text and "结果维持：6件" not in answer.text  # never both rows' summed
    assert {c.report for c in answer.citations} == {PINGTAN}


@pytest.mark.slow
def test_one_rows_outcomes_in_english(qa):
    answer = qa.ask("Pingtan zone 2025: how many information-disclosure lawsuits were filed directly, without "
                    "reconsideration, and what were the outcomes?")
    assert "6 cases" in answer.text and "upheld: 3 cases" in answer.text and "corrected: 3 cases" in answer.text
    assert "upheld: 6" not in answer.text
    assert "match no item" not in answer.text  # "the outcomes" is the breakdown's cue, understood


# --- what the requests were about ------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "平潭管委会办公室2023年收到多少信息公开申请，主要涉及哪些方面？",
    "平潭管委会办公室2023年收到几件信息公开申请 申请的都是啥",
    "How many disclosure requests did the Pingtan zone office receive in 2023, and what were they mostly about?",
])
def test_the_requests_content_follows_their_count(qa, question):
    answer = qa.ask(question)
    assert "21" in answer.text and "征地拆迁" in answer.text and "统计信息" in answer.text
    assert {c.report for c in answer.citations} == {"pingtan_gwhbgs_2023.txt"} and len(answer.citations) == 2
    assert any(c.highlight and "征地拆迁" in c.highlight for c in answer.citations)  # the clause, cited


@pytest.mark.slow
def test_the_requests_content_under_its_heading(qa):
    answer = qa.ask("灵武市卫生和计划生育局2016年收到几件依申请公开的申请？主要是关于什么的？")
    assert "工作动态" in answer.text and "物价" in answer.text


@pytest.mark.slow
def test_the_requests_content_not_stated_is_said(qa):
    answer = qa.ask("平潭综合实验区2025年收到几件信息公开申请？主要是关于什么的？")
    assert "154件" in answer.text and "未提及" in answer.text
