"""Named rows of one table (helper brief r4; other reports and wordings than fresh14 q087, q060, q022
and fresh15 q061).

- One row's count and its outcomes ("复议后起诉的有几件？结果分别怎样？", "…, and what were the
  outcomes?"): that row's outcome columns, each with its figure, never both rows' summed, and no
  note that the outcome words were not understood.
- The requests' count and what they were about ("收到多少申请，主要涉及哪些方面？", "…, and what were
  they mostly about?"): the table's count, then the prose's clause of their content quoted and
  cited; said as not stated when the report's prose has none.
- Named rows of a table against a named total, stored check or not ("网站公开加政府公报公开，等于主动
  公开总数吗？"): the rows' sum, the total, 等于 / 不等于 with the difference, each input cited; a
  total the question says is the text's ("跟正文说的行政诉讼总数一致吗") is the prose's figure.
"""

from __future__ import annotations

import pytest

from assistant.understanding.categories import breakdown_family

REAL = ("pingtan_2025_syq.txt", "pingtan_gwhbgs_2023.txt", "pingtan_2012_county.txt")
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


# --- named rows against a named total -------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "平潭县2012年网站公开加政府公报公开，等于主动公开总数吗？",
    "平潭县2012年的统计表中，网站公开数与政府公报公开数之和是否等于主动公开信息数？",
])
def test_named_rows_against_a_named_total_of_the_table(qa, question):
    answer = qa.ask(question)
    assert answer.text.startswith("不等于") and "1795" in answer.text and "2026" in answer.text
    assert "231" in answer.text  # the difference
    assert {c.report for c in answer.citations} == {"pingtan_2012_county.txt"} and len(answer.citations) == 3


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "平潭综合实验区2025年未经复议直接起诉和复议后起诉两项加起来，和正文里说的行政诉讼数一致吗？",
    "平潭综合实验区2025年，直接起诉的加上复议后起诉的，跟报告文字里写的行政诉讼总数对得上吗？",
])
def test_table_rows_against_the_total_the_prose_states(qa, question):
    answer = qa.ask(question)
    assert answer.text.startswith("一致") and "6件" in answer.text and "3件" in answer.text and "9起" in answer.text
    quotes = [c.quote for c in answer.citations]
    assert len(quotes) == 3 and any("行政诉讼9起" in q for q in quotes)  # the prose's figure, cited
