"""Issue 19, the frame of a question in a conversation: a demonstrative ("这个数", "that figure")
takes the previous turn's statistic; a contact question after a count asks about the body, not
the count; a renaming said in passing does not turn a count into "are they the same body?";
words in brackets after a body's name qualify it; "保留一位小数" / "to one decimal place" sets
the precision of a computed number. None of these questions is a development-set question."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant
from assistant.aggregate import ratio
from assistant.typed import asked_parts
from assistant.understanding import understand
from assistant.understanding.precision import asked_decimals

from .conftest import chat, index_of_samples_and, metric_keys

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real-reports"




# --- a demonstrative points back at the previous turn's statistic ------------------------------------

@pytest.mark.parametrize("follow_up", [
    "海原县卫生健康局同样的数字2020年是多少？",
    "海原县卫生健康局2020年这一数据是多少",
    "What was that figure for the Haiyuan health bureau in 2020?",
    "And the same number for Haiyuan in 2020?",
])
def test_a_demonstrative_takes_the_previous_statistic_for_the_body_it_names(samples_gazetteer, follow_up):
    query = chat(samples_gazetteer, "灵武市卫生健康局2020年收到多少政府信息公开申请？", follow_up)
    assert query.bodies == ["海原县卫生健康局"] and query.years == [2020]
    assert "政府信息公开申请.本年新收.总计" in metric_keys(query) and query.intent == "lookup"


def test_a_demonstrative_with_another_body_and_year(pingtan_gazetteer):
    query = chat(pingtan_gazetteer, "平潭综合实验区管委会2014年主动公开了多少条政府信息？", "平潭县人民政府2012年的这个数字是多少？")
    assert query.bodies == ["平潭县人民政府"] and query.years == [2012]
    assert "主动公开情况.主动公开政府信息数" in metric_keys(query)


@pytest.mark.parametrize("follow_up", ["海原县卫生健康局2020年这一项工作的联系电话是多少？", "海原县卫生健康局2020年这一项工作谁负责？"])
def test_a_demonstrative_of_work_names_no_statistic(samples_gazetteer, follow_up):
    query = chat(samples_gazetteer, "灵武市卫生健康局2020年收到多少政府信息公开申请？", follow_up)
    assert not query.metrics


def test_a_question_naming_its_own_statistic_keeps_it(samples_gazetteer):
    query = chat(samples_gazetteer, "灵武市卫生健康局2020年收到多少政府信息公开申请？", "海原县卫生健康局2020年这个指标里行政处罚是多少？")
    assert "行政处罚.处理决定数量" in metric_keys(query) and "政府信息公开申请.本年新收.总计" not in metric_keys(query)


# --- a contact question after a count -------------------------------------------------------------

@pytest.mark.parametrize("follow_up", ["他们的联系电话是多少", "那他们单位地址在哪里？", "What is their e-mail address?"])
def test_a_contact_question_keeps_the_body_not_the_count(samples_gazetteer, follow_up):
    query = chat(samples_gazetteer, "海原县卫生健康局2020年行政处罚多少件", follow_up)
    assert query.bodies == ["海原县卫生健康局"] and query.years == [2020]
    assert not query.metrics and query.intent == "passage"


# --- a renaming said in passing --------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "灵武市卫生和计划生育局改名为灵武市卫生健康局以后，2020年行政处罚有多少件？",
    "After the Lingwu health and family planning bureau was renamed the Lingwu health bureau, how many "
    "administrative penalties did it decide in 2020?",
])
def test_a_renaming_said_in_passing_asks_the_count(samples_gazetteer, question):
    query = understand(question, samples_gazetteer)
    assert query.intent == "lookup" and "行政处罚.处理决定数量" in metric_keys(query)


def test_the_same_body_question_is_still_asked(samples_gazetteer):
    assert understand("灵武市卫生和计划生育局和灵武市卫生健康局是同一个机构吗？", samples_gazetteer).intent == "identity"


def test_a_count_of_procurement_projects_is_the_projects_column(samples_gazetteer):
    query = understand("灵武市卫生健康局2020年政府集中采购了几个项目？", samples_gazetteer)
    assert metric_keys(query) == {"政府集中采购.采购项目数量"}


# --- words in brackets after a body's name ----------------------------------------------------------

@pytest.mark.parametrize("question", ["平潭管委会（办公室）2023年收到多少申请？", "平潭管委会(办公室)2023年行政复议几件"])
def test_a_bracketed_word_qualifies_the_name_before_it(pingtan_gazetteer, question):
    query = understand(question, pingtan_gazetteer)
    assert query.bodies == ["平潭综合实验区管委会办公室"] and not query.clarify


@pytest.mark.parametrize("question, body", [("平潭管委会（财政局）2022年收到多少申请？", "平潭综合实验区财政金融局"),
                                            ("平潭（经发局）2024年行政许可多少件", "平潭综合实验区经济发展局")])
def test_a_bureau_in_brackets_after_its_parent_is_the_body(pingtan_gazetteer, question, body):
    assert understand(question, pingtan_gazetteer).bodies == [body]


def test_a_parent_region_in_brackets_names_no_second_body(samples_gazetteer):
    query = understand("西夏区卫生健康局（银川市）2023年行政处罚多少件", samples_gazetteer)
    assert query.bodies == ["西夏区卫生健康局"] and not query.unknown_bodies


# --- the precision asked of a computed number --------------------------------------------------------

@pytest.mark.parametrize("question, decimals", [
    ("是洪泽区的多少倍？保留一位小数", 1), ("占比多少，精确到小数点后两位", 2), ("比例是多少？请取整", 0),
    ("保留2位小数", 2), ("精确到百分位", 2), ("What share was refused? One decimal place.", 1),
    ("How many times larger, to two decimal places?", 2), ("rounded to the nearest whole number", 0),
    ("to the nearest tenth", 1), ("2024年收到多少申请", None), ("How many requests in 2021?", None),
])
def test_the_precision_asked(question, decimals):
    assert asked_decimals(question) == decimals


def test_a_ratio_is_rounded_half_up_to_the_precision_asked():
    assert ratio(3119, 95, share=False) == 32.83  # the default: a multiple to two decimals
    assert ratio(3119, 95, share=False, decimals=1) == 32.8
    assert ratio(1, 8, share=True, decimals=1) == 12.5 and ratio(1, 8, share=True, decimals=0) == 13
    assert ratio(1, 3, share=True) == 33.3


@pytest.fixture(scope="module")
def qa(tmp_path_factory, real_reports):
    names = ("pingtan_2011_county.txt", "pingtan_2012_county.txt", "pingtan_2014_syq.txt", "pingtan_gwhbgs_2023.txt",
             "pingtan_2025_syq.txt", "pingtan_gwhbgs_2025.txt", "pingtan_czj_2022.txt", "hongze_2024.pdf",
             "huaian_2024.pdf")
    assistant = Assistant.open(index_of_samples_and(tmp_path_factory, real_reports, names))
    yield assistant
    assistant.close()


@pytest.mark.slow
def test_a_conversation_answers_in_the_frame_asked(qa):
    chat = qa.chat()
    chat.ask("平潭综合实验区管委会2014年收到多少政府信息公开申请？")
    figure = chat.ask("平潭县人民政府2012年的这个数是多少？")
    assert figure.route == "facts" and figure.citations[0].report == "pingtan_2012_county.txt"
    chat = qa.chat()
    chat.ask("西夏区卫生健康局2023年行政复议几件？")
    contact = chat.ask("他们的电子邮箱是什么？")
    assert "xxqwsj@163.com" in contact.text
    office = qa.ask("平潭管委会（办公室）2025年行政复议有几件？")
    assert office.citations and {c.report for c in office.citations} == {"pingtan_gwhbgs_2025.txt"}


@pytest.mark.slow
def test_a_ratio_keeps_the_decimals_asked(qa):
    asked = qa.ask("2024年淮安市政府行政复议的件数是洪泽区的多少倍？保留一位小数")
    default = qa.ask("2024年淮安市政府行政复议的件数是洪泽区的多少倍？")
    assert asked.route == default.route == "facts" and asked.computed and default.computed
    value = default.computed[0].value
    assert asked.computed[0].value == round(value, 1) and f"{asked.computed[0].value:.1f}倍" in asked.text
    whole = qa.ask("What share of the requests Huai'an's government handled in 2024 were disclosed in full? "
                   "Round to the nearest whole number.")
    assert whole.computed and isinstance(whole.computed[0].value, int) and f"{whole.computed[0].value}%" in whole.text


# --- a part named in a follow-up scoped to the earlier statistic ---------------------------------------

@pytest.mark.parametrize("follow_up", ["其中规范性文件有几条？", "这些信息里规范性文件是多少条"])
def test_a_scoped_follow_up_takes_the_part_row_of_the_earlier_statistic(pingtan_gazetteer, follow_up):
    query = chat(pingtan_gazetteer, "平潭综合实验区管委会2016年主动公开了多少条政府信息？", follow_up)
    assert query.bodies == ["平潭综合实验区管委会"] and query.years == [2016]
    assert metric_keys(query) == {"主动公开情况.主动公开规范性文件数"}  # the year's column, not 历年累计 too


def test_a_statistic_named_without_scope_is_itself(pingtan_gazetteer):
    query = chat(pingtan_gazetteer, "平潭综合实验区管委会2016年主动公开了多少条政府信息？", "平潭综合实验区管委会2025年现行有效的规范性文件有几件？")
    assert "主动公开情况.主动公开规范性文件数" not in metric_keys(query)


# --- what something is about ------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["What were the requests about?", "What was that request about?",
                                      "What topics did those requests cover?"])
def test_what_it_was_about_is_asked_of_the_text(pingtan_gazetteer, question):
    query = chat(pingtan_gazetteer, "How many disclosure requests did Pingtan's finance bureau receive in 2022?", question)
    assert query.intent == "passage" and query.bodies == ["平潭综合实验区财政金融局"] and query.years == [2022]


# --- two asks in one question ------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "How many disclosure requests did the Pingtan county government receive in 2012, and through what channels?",
    "平潭县人民政府2012年收到多少政府信息公开申请？都是通过什么途径提交的？",
])
def test_a_count_and_its_breakdown_asked_together(pingtan_gazetteer, question):
    query = understand(question, pingtan_gazetteer)
    assert query.intent == "lookup" and query.breakdown and query.family == "channel"


def test_a_count_alone_asks_no_breakdown(pingtan_gazetteer):
    assert not understand("平潭县人民政府2012年收到多少政府信息公开申请？", pingtan_gazetteer).breakdown


@pytest.mark.parametrize("question, asks", [
    ("How many accounts did they run in 2018, and how many of them were Weibo accounts?", 2),
    ("How many items were posted; who signed the report?", 2),
    ("How many requests did Pingtan's Tourism, Culture and Sports Bureau receive in 2024?", 0),
    ("How many posts, and which accounts?", 0),  # the second part asks no count, date or person
])
def test_english_asks_are_split_like_chinese_ones(question, asks):
    assert len(asked_parts(question, "en")) == asks


@pytest.mark.slow
def test_a_count_and_its_channels_are_both_answered(qa):
    a = qa.ask("How many disclosure requests did the Pingtan county government receive in 2012, and through what channels?")
    assert "21 requests" in a.text and "requests in person: 18 requests" in a.text
    assert "most frequent" not in a.text  # a breakdown asked, not a superlative
    assert {c.report for c in a.citations} == {"pingtan_2012_county.txt"} and len(a.citations) >= 3


# --- a statistic with a table reading and a prose reading -------------------------------------------

@pytest.mark.parametrize("question, readings", [
    ("平潭财政金融局2022年依申请公开了多少条信息？", ["on_request_items"]),
    ("How many items of information did Pingtan's finance bureau disclose on request in 2022?", ["on_request_items"]),
    ("平潭财政金融局2022年收到多少申请？", []),
    ("How many requests did Pingtan's finance bureau grant in full in 2022?", []),
])
def test_items_disclosed_on_request_have_two_readings(pingtan_gazetteer, question, readings):
    assert understand(question, pingtan_gazetteer).readings == readings


@pytest.mark.slow
def test_both_readings_are_answered_each_cited(qa):
    zh = qa.ask("平潭财政金融局2022年依申请公开了多少条信息？")
    assert "1件[1]" in zh.text and "245条[2]（正文）" in zh.text
    en = qa.ask("How many items of information did the Pingtan county government disclose on request in 2012?")
    assert "21 requests[1]" in en.text and "46 items[2] (from the report's text)" in en.text
    assert {c.report for c in en.citations} == {"pingtan_2012_county.txt"}


@pytest.mark.slow
def test_a_share_of_two_bodies_is_the_part_over_the_whole_named_after_its_word(qa):
    zh = qa.ask("2024年洪泽区的行政复议占淮安市政府的百分之几？")
    assert "2件[1] ÷ 351件[2]" in zh.text
    en = qa.ask("What share of Huai'an's 2024 reconsiderations did Hongze District have?")
    assert "2 cases[1] ÷ 351 cases[2]" in en.text
    times = qa.ask("2024年淮安市政府的行政复议是洪泽区的多少倍？")
    assert "351件[1] ÷ 2件[2]" in times.text
    district = qa.ask("2024年洪泽区的行政复议是淮安市政府的多少倍？")
    assert "2件[1] ÷ 351件[2]" in district.text
