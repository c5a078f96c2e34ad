"""Issue 19, the understanding side: bodies linked by the names people use (the body taken is
said), a question asked back when a name is ambiguous, and the reply that resolves it."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.understanding import Gazetteer, chosen, understand
from index.extract import extract_report
from tests.test_understand import SAMPLES, record

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real-reports"
PINGTAN = sorted(REAL.glob("pingtan_20*_*.txt"))


@pytest.fixture(scope="module")
def samples() -> Gazetteer:
    return Gazetteer(record(extract_report(str(p))) for p in sorted(SAMPLES.glob("*.txt")))


@pytest.fixture(scope="module")
def pingtan() -> Gazetteer:
    return Gazetteer(record(extract_report(str(p))) for p in PINGTAN)


@pytest.mark.parametrize("question, body", [
    ("西厦区卫健局2023年收到多少申请", "西夏区卫生健康局"),  # 厦 for 夏: same sound
    ("灵武市卫健委的行政复议", "灵武市卫生健康局"),  # 局 said as 委
])
def test_a_name_not_the_bodys_own_is_taken_and_said(samples, question, body):
    query = understand(question, samples)
    assert query.bodies == [body] and not query.unknown_bodies
    assert [(t, b) for t, b, _ in query.took] == [(question[:len(t)], body) for t, _, _ in query.took]


def test_an_exact_name_takes_nothing_to_say(samples):
    assert understand("海原县卫生健康局2020年的行政处罚", samples).took == []


def test_a_renamed_body_misspelt_is_both_its_names(samples):
    query = understand("灵舞卫生局2020年的行政处罚", samples)
    assert set(query.bodies) == {"灵武市卫生健康局", "灵武市卫生和计划生育局"} and not query.clarify


def test_an_ambiguous_name_is_asked_back(pingtan):
    query = understand("平谭政府2024年收到多少申请", pingtan)
    assert query.clarify == [("平谭政府", ["平潭县人民政府", "平潭综合实验区管委会"])]
    assert query.bodies == []


def test_a_body_the_corpus_lacks_with_no_near_name_is_no_question_back(pingtan):
    query = understand("平潭公安局2024年收到几件信息公开申请？", pingtan)
    assert query.unknown_bodies == ["平潭公安局"] and query.clarify == []


@pytest.mark.parametrize("reply, picked", [
    ("是", "A局"), ("对的！", "A局"), ("yes", "A局"), ("第二个", "B委"), ("2", "B委"), ("the second one", "B委"),
    ("第3个", None), ("B委", "B委"), ("灵武市2020年的行政处罚是多少件呢请问一下", None), ("不知道", None),
])
def test_a_reply_picks_a_candidate(reply, picked):
    assert chosen(reply, ["A局", "B委"]) == picked


@pytest.mark.slow
def test_the_question_asked_back_is_answered_after_the_reply(tmp_path):
    qa = Assistant.build([p for p in PINGTAN if "county" in p.name or p.name.endswith(("2013_syq.txt", "2025_syq.txt"))],
                         tmp_path)
    try:
        # only the committee has a 2025 report: it is taken, and said (issue 19, the dialog round)
        taken = qa.ask("平谭政府2025年收到多少申请")
        assert taken.route == "facts" and taken.text.startswith("按“平谭政府”理解为平潭综合实验区管委会")
        chat = qa.chat()
        asked = chat.ask("平谭政府2013年收到多少申请")  # both have a 2013 report: asked back
        assert asked.route == "clarify" and "1. 平潭县人民政府" in asked.text and "2. 平潭综合实验区管委会" in asked.text
        answer = chat.ask("第二个")
        assert answer.route == "facts" and answer.citations
        assert answer.text.startswith("按“平谭政府”理解为平潭综合实验区管委会")
        # a change asked without years, after two turns on two years: between those years
        chat = qa.chat()
        chat.ask("平潭县2011年主动公开了多少条政府信息？")
        chat.ask("2012年呢？")
        change = chat.ask("增加了多少？")
        assert "2011" in change.text and "2012" in change.text and len(change.citations) == 2
    finally:
        qa.close()


# --- statistics through the linker (issue 19, item 3) -------------------------------------------


def _keys(query) -> list[tuple[str, ...]]:
    return [m.keys for m in query.metrics]


def test_a_year_the_carry_over_names_is_not_the_year_asked(samples):
    query = understand("海原县卫生健康局2020年结转到2021年继续办的申请有多少", samples)
    assert query.years == [2020]
    assert _keys(query)[0][0] == "政府信息公开申请.结转下年度.总计"


def test_a_sum_said_equal_to_another_asks_the_check(samples):
    # "是否等于办结加结转下年" asks the table's equation (routes.checks), never one sum of all four rows
    query = understand("海原县卫生健康局2020年本年新收加上年结转一共多少件？是否等于办结加结转下年？", samples)
    assert query.intent == "checks" and ("政府信息公开申请.本年新收.总计",) in _keys(query)


def test_a_check_question_that_says_add_up_is_no_sum(samples):
    query = understand("Does Haiyuan's 2020 report's section 4 add up?", samples)
    assert all(len(k) < 4 for k in _keys(query))


def test_petitions_alone_are_not_requests_refused_as_petitions(samples):
    assert _keys(understand("海原县卫生健康局2020年处理了多少信访投诉", samples)) == []
    assert _keys(understand("海原县卫生健康局2020年信访举报投诉类申请有多少", samples))[0][0] == \
        "政府信息公开申请.不予处理.信访举报投诉类申请.总计"


def test_a_decrease_between_two_years_is_their_difference_not_the_change_column(samples):
    query = understand("海原县卫生健康局的行政处罚从2019年到2020年减少了多少？", samples)
    assert query.intent in ("difference", "trend") and "行政处罚.处理决定数量" in _keys(query)[0]


def test_a_printed_column_the_linker_used_stays_with_the_linker(samples):
    # 纠正 is a printed column of 四; the linker put it in its request (复议后起诉 · 结果纠正)
    query = understand("海原县卫生健康局2020年先复议再起诉的官司，法院判纠正的有几件", samples)
    assert _keys(query) == [("行政诉讼.复议后起诉.结果纠正",)]


def test_a_sum_is_named_by_its_parts(samples):
    query = understand("海原县卫生健康局2020年企业和各类组织（不算个人）一共新提了多少个申请？", samples)
    assert query.metrics[0].zh.startswith("本年新收 (商业企业 + 科研机构")


def test_an_older_template_answers_an_appeal_by_its_own_cell(samples):
    query = understand("灵武市卫生健康局的行政复议2016年到2020年有变化吗？", samples)
    assert _keys(query) == [("行政复议.总计", "行政复议数量")]


def test_information_processing_fees_are_the_fees_for_requests(samples):
    query = understand("How much did Haiyuan's health bureau charge in information processing fees in 2020?", samples)
    assert _keys(query) == [("依申请公开信息收取的费用",)]
