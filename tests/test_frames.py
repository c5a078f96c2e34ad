"""Answers in the frame the question asks (issue 19): a change between two years is their
difference, or says which input is missing; "which outcome / reason / kind is most" is over the
categories of one report; a share whose whole is named in words (or is a sum of totals); how
many reports of a year, and which years of a body. A real index of the samples and some real
reports; none of these questions is a development-set question."""

from __future__ import annotations

import re

import pytest

from assistant.understanding import Gazetteer, understand

from .test_understand import SAMPLES, record

REAL = ("pingtan_zfyjj_2021.txt", "pingtan_zfyjj_2024.txt", "hongze_2023.pdf", "hongze_2024.pdf", "huaian_2024.pdf",
        "pingtan_2014_syq.txt", "pingtan_2015_syq.txt", "pingtan_2016_syq.txt")


def _head(answer) -> str:
    return answer.text.splitlines()[0]


def _numbers(line: str) -> list[str]:
    """The numbers a line states, years and citation markers left out."""
    line = re.sub(r"\[\d+\]|(?:19|20)\d\d", " ", line)
    return re.findall(r"\d+(?:\.\d+)?", line)


# --- a change between two years of one body --------------------------------------------------------

def test_a_change_asked_with_any_verb_is_the_difference_of_the_two_years(qa):
    a = qa.ask("平潭综合执法与应急管理局的行政许可从2021年到2024年增加了多少？")
    assert "增加了32件" in _head(a) and "185件[1] − 153件[2]" in _head(a)
    assert [c.label for c in a.computed] == ["difference"] and a.computed[0].inputs == [1, 2]
    # asked as a fall, it rose: the answer says which way, with both inputs
    en = qa.ask("By how much did Hongze District's administrative licensing decisions drop from 2023 to 2024?")
    assert "increased by 8937" in en.text and "(9487 decisions[1] − 550 decisions[2])" in en.text
    both = qa.ask("洪泽区2024年的行政强制和2023年比，是多了还是少了？")
    assert "少111件" in _head(both) and "84件[1] − 195件[2]" in _head(both)


def test_a_change_over_a_range_runs_between_its_end_years(qa):
    a = qa.ask("How much did the Pingtan pilot zone's proactively disclosed items rise between 2014 and 2016?")
    assert "917" in a.text and "3460 items[1] − 2543 items[2]" in a.text
    assert len(a.citations) == 2  # 2015 lies between: not an input


def test_each_years_values_asked_apart_are_not_one_change(qa):
    a = qa.ask("平潭执法应急局2021年和2024年的行政处罚分别是多少？")
    assert "836件" in a.text and "545件" in a.text and not a.computed


def test_a_change_with_one_year_missing_says_which_and_gives_the_other_as_an_input(qa):
    a = qa.ask("灵武市卫生健康局2016年到2020年行政处罚减少了多少？")
    head = _head(a)
    assert "无法计算" in head and "缺少2016年" in head and _numbers(head) == []
    assert "已有的输入" in a.text and "33件[1]" in a.text and len(a.citations) == 1
    en = qa.ask("How much did the Lingwu health bureau's administrative penalties fall from 2016 to 2020?")
    assert "cannot be computed" in _head(en) and "2016" in _head(en) and _numbers(_head(en)) == []


# --- a superlative over one report's categories ------------------------------------------------------

def test_which_reason_for_refusing_is_most_is_a_category_of_the_report(qa):
    a = qa.ask("淮安市2024年不予公开的理由中，哪一类最多？")
    assert "“属于行政查询事项”，为105件[1]" in _head(a)
    assert a.citations[0].row and "行政查询" in a.citations[0].row


def test_which_outcome_is_most_in_english_and_kinds_of_decision_least(qa):
    en = qa.ask("Which outcome was the most common for requests the Huai'an city government handled in 2024?")
    assert "“disclosed”: 1362 requests[1]" in _head(en)
    least = qa.ask("洪泽区2024年行政处罚、行政许可和行政强制里，哪一类最少？")
    assert "行政强制" in _head(least) and "84件" in _head(least) and "2776件" not in _head(least)


def test_tied_categories_are_all_named(qa):
    a = qa.ask("淮安市2024年的申请人里哪类最少？")
    assert "并列最少" in _head(a) and "科研机构" in _head(a) and "社会公益组织" in _head(a)


# --- shares whose whole is named in words ----------------------------------------------------------

def test_a_share_of_the_requests_handled_divides_by_the_handled_total(qa):
    a = qa.ask("洪泽区2024年办结的申请里，予以公开的占比是多少？")
    assert "52.6%" in _head(a) and "50件[1] ÷ 95件[2]" in _head(a)
    assert [(c.label, c.inputs) for c in a.computed] == [("ratio", [1, 2])]
    # "全部公开" names the outcome (fully disclosed), not every body of the city
    city = qa.ask("淮安市2024年办结的信息公开申请，全部公开的占百分之多少？")
    assert "44.7%" in _head(city) and "1362件[1] ÷ 3050件[2]" in _head(city) and "洪泽" not in city.text


def test_a_share_of_two_groups_summed_is_the_sum_of_parts_over_the_sum_of_totals(qa):
    a = qa.ask("洪泽区2024年行政诉讼（直接起诉与复议后起诉合计）中结果维持的占多少比例？")
    assert "75%" in _head(a) and "3件[1] ÷ 4件[2]" in _head(a)


# --- the corpus ----------------------------------------------------------------------------------------

def test_how_many_reports_of_a_year_lists_and_cites_each(qa):
    a = qa.ask("你这儿有几份2021年度的年报？")
    have = [r for r in qa.index.reports() if r.year == 2021]
    assert f"共{len(have)}份" in _head(a)
    assert sorted(c.report for c in a.citations) == sorted(r.report for r in have)
    assert all(c.quote in "\n".join(p.text for p in qa.index.catalog.pages(c.report)) for c in a.citations)


def test_which_years_a_body_has_reports_for(qa):
    a = qa.ask("平潭综合实验区管委会的年报有哪几年的？")
    assert "2014[1]、2015[2]、2016[3]" in a.text and len(a.citations) == 3


# --- understanding (pure) ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    from index.extract import extract_report

    return Gazetteer(record(extract_report(str(p))) for p in sorted(SAMPLES.glob("*.txt")))


@pytest.mark.parametrize("question", [
    "海原县卫生健康局2019年到2020年行政处罚下降了多少？", "灵武市卫健局行政许可2016年到2020年变化多少",
    "What was the change in administrative penalties of the Haiyuan health bureau between 2019 and 2020?",
    "How much did Lingwu's administrative penalties grow from 2016 to 2020?",
])
def test_a_change_asked_between_two_years_is_a_difference(gaz, question):
    assert understand(question, gaz).intent == "difference"


@pytest.mark.parametrize("question, family", [
    ("海原县卫生健康局2020年的申请，哪种处理结果最多？", "outcome"),
    ("In 2020, what kind of applicant filed the most requests with the Haiyuan health bureau?", "applicant"),
    ("灵武市卫生健康局2020年行政处罚和行政许可哪一类最多", "decision"),
])
def test_which_category_is_most_names_a_family(gaz, question, family):
    q = understand(question, gaz)
    assert q.family == family and q.intent == "most"
    assert understand("海原县卫生健康局和灵武市卫生健康局哪个的行政处罚最多？", gaz).family is None


def test_a_change_asked_of_two_bodies_is_each_ones_own(qa):
    a = qa.ask("平潭执法应急局和洪泽区的行政处罚2021年到2024年减少了多少？")
    parts = a.text.split("\n\n")
    assert any("减少了291件（545件[1] − 836件[2]）" in p for p in parts)
    assert any("无法计算淮安市洪泽区人民政府" in p and "缺少2021年" in p for p in parts)
    assert not any(c.label == "difference" and c.value not in (291,) for c in a.computed)


def test_more_than_the_year_before_reads_the_change_column(qa):
    a = qa.ask("海原县卫生健康局2020年行政许可的事项数比去年多了几项？")
    assert "本年增/减" in _head(a) and "28项[1]" in _head(a)


def test_outcomes_of_lawsuits_add_both_groups_and_named_kinds_narrow_the_family(qa):
    a = qa.ask("洪泽区2024年行政诉讼哪种结果最多？")
    assert "“结果维持”，为3件[1]" in _head(a)  # 0 filed directly + 3 after reconsideration
    two = qa.ask("淮安市2024年行政处罚和行政强制哪一类更多？")
    assert "行政处罚" in _head(two) and "行政许可（" not in two.text


def test_reports_from_a_year_are_that_years_not_every_later_one(qa):
    a = qa.ask("How many reports from 2023 are in your collection?")
    have = [r for r in qa.index.reports() if r.year == 2023]
    assert _head(a).startswith(f"{len(have)} matching reports") and "2021[" not in a.text
    assert sorted(c.report for c in a.citations) == sorted(r.report for r in have)


# --- a trend line says which way the figure moved, in words a reader expects ---------------------------

def test_a_trend_line_says_increased_or_decreased_by(qa):
    en = qa.ask("Pingtan pilot zone proactively disclosed items by year, 2014 to 2016?")
    assert "increased by" in en.text or "decreased by" in en.text, en.text
    assert not re.search(r"; (?:up|down) \d", en.text)
    zh = qa.ask("平潭综合实验区2014年到2016年每年主动公开的信息数量？")
    assert "增加" in zh.text or "减少" in zh.text, zh.text


# --- "which had more, and by how many" asked in Chinese everyday words ---------------------------------

@pytest.mark.parametrize("gap", ["多几件", "多了多少", "差几件", "相差多少", "差了多少"])
def test_which_had_more_with_a_gap_asked_gives_the_gap_with_both_inputs(qa, gap):
    a = qa.ask(f"2024年洪泽区和淮安市，哪家行政处罚决定更多，{gap}？")
    assert "多3982982件（3985758件[1] − 2776件[2]）" in a.text, a.text


# --- a change named as a noun in a follow-up is the change of the statistic talked about ---------------

@pytest.mark.parametrize("third", ["So what was the drop from 2023 to 2024?", "And the change between 2023 and 2024?"])
def test_a_change_noun_in_a_follow_up_takes_the_conversations_statistic(qa, third):
    chat = qa.chat()
    chat.ask("How many administrative coercive measures did Hongze District take in 2023?")
    chat.ask("What about 2024?")
    a = chat.ask(third)
    assert "111" in a.text and "84 " in a.text and "195 " in a.text, a.text
    assert any(c.label == "difference" or c.label.endswith("change") for c in a.computed)


# --- a unit the statistic is not counted in (days of a count of requests) is not held by the tables ------

@pytest.mark.parametrize("question", [
    "On average how many working days did Hongze District need to reply to a disclosure request in 2024?",
    "What was the mean number of days Huaian took to answer information requests in 2024?",
    "洪泽区2024年答复政府信息公开申请平均用了多少天？",
    "淮安市2024年办理依申请公开平均需要几个工作日？"])
def test_days_asked_of_a_count_of_requests_are_refused_naming_the_days(qa, question):
    a = qa.ask(question)
    assert ("not contain the number of days" in a.text) or ("没有天数" in a.text), a.text
    assert not _numbers(a.text), a.text


# --- a lawsuit group named with the full name of reconsideration keeps its outcome column -------------

@pytest.mark.parametrize("question, group", [
    ("How many lawsuits following administrative reconsideration were undecided in Huaian in 2024?",
     "after reconsideration"),
    ("How many lawsuits filed without administrative reconsideration were still pending in Huaian in 2024?",
     "without prior reconsideration")])
def test_a_lawsuit_group_with_administrative_reconsideration_keeps_the_pending_column(qa, question, group):
    a = qa.ask(question)
    assert f"{group}: pending" in _head(a), a.text
