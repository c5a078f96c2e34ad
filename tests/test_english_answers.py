"""Issue 19, English answers: every count says what it counts ("1 decision", "9 projects",
"2 cases"), singular for one; money keeps the report's unit; Chinese answers keep 件/条/项."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.linking.english import english_mentions
from assistant.linking.statistics import link_statistics
from assistant.prose_instead import names_statistic as _names_statistic
from assistant.render import en, zh
from assistant.understanding import METRICS, Metric

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real-reports"
REPORTS = ("pingtan_jjfzj_2024.txt", "pingtan_nyncj_2024.txt", "pingtan_2012_county.txt",
           "pingtan_2025_syq.txt", "pingtan_gwhbgs_2025.txt")


@pytest.fixture(scope="module")
def qa(tmp_path_factory):
    if not (REAL / "index.tsv").exists():
        pytest.skip(f"the real reports are not at {REAL}")
    assistant = Assistant.build([REAL / name for name in REPORTS], tmp_path_factory.mktemp("english-counts"))
    yield assistant
    assistant.close()


@pytest.mark.parametrize("shown, unit, key, said", [
    ("1", "件", "行政复议.总计", "1 case"),
    ("2", "件", "行政诉讼.复议后起诉.总计", "2 cases"),
    ("1", "件", "行政处罚.处理决定数量", "1 decision"),
    ("9", "项", "政府集中采购.采购项目数量", "9 projects"),
    ("3", "项", "行政许可.上一年项目数量", "3 items"),  # the 2019 table's licensing items, not decisions
    ("12", "件", "规范性文件.现行有效件数", "12 documents"),
    ("2", "件", "政府信息公开申请.不予处理.信访举报投诉类申请.总计", "2 requests"),
    ("1", "条", "依申请公开情况.同意部分公开答复数", "1 partly granted (agreed to disclose in part)"),  # the reply kind said
    ("5", "人", "机构建设和保障经费情况.从事政府信息公开工作人员数", "5 people"),
    ("4166.24", "万元", "行政事业性收费.收费金额", "4166.24 万元 (ten-thousand yuan)"),
])
def test_an_english_count_names_what_it_counts(shown, unit, key, said):
    assert en.number(shown, unit, key) == said
    assert zh.number(shown, unit, key) == shown + unit  # the report's own unit


@pytest.mark.parametrize("question, said", [
    ("How many licensing decisions did Pingtan's agriculture and rural affairs bureau make in 2024?",
     ": 1323 decisions[1]."),
    ("How many FOI requests did Pingtan's economic development bureau get in 2024?", "3 requests[1]"),
    ("How many administrative lawsuits did the Pingtan economic development bureau face in 2024?", ": 0 cases"),
])
def test_english_answers_give_counts_with_their_noun(qa, question, said):
    answer = qa.ask(question)
    assert answer.language == "en" and said in answer.text, answer.text


def test_chinese_answers_keep_the_reports_unit(qa):
    answer = qa.ask("平潭农业农村局2024年行政许可多少件？")
    assert "1323件[1]" in answer.text, answer.text


# --- a statistic not asked is never answered beside the one asked ---------------------------------

@pytest.mark.parametrize("question, asked", [
    ("What information processing fees did Hongze District government charge on disclosure requests in 2024?",
     "依申请公开信息收取的费用"),
    ("How much in fees was collected for all information requests by Lingwu's health bureau in 2016?",
     "行政事业性收费"),
])
def test_requests_named_after_a_preposition_qualify_the_statistic_asked(question, asked):
    linked = link_statistics(question)
    assert [r.label.split(" · ")[0] for r in linked] == [asked]


def test_two_statistics_asked_side_by_side_stay_two():
    linked = link_statistics("How many penalties and how many disclosure requests did Hongze have in 2024?")
    assert [r.label.split(" · ")[0] for r in linked] == ["行政处罚", "政府信息公开申请"]


def test_a_statistic_the_template_lacks_is_said_in_the_askers_words_and_nothing_else_answers(qa):
    answer = qa.ask("How much in information processing fees did Pingtan's economic development bureau collect "
                    "for information requests in 2024?")
    assert "does not contain “information processing fees”" in answer.text, answer.text
    assert "requests received" not in answer.text and "3 requests" not in answer.text


# --- counts the prose states, asked in everyday English ------------------------------------------

@pytest.mark.parametrize("span, said", [("111条", "111 items"), ("3份", "3 (份)"), ("60个", "60 (个)"), ("1件", "1 item"),
                                        ("9月24日", "9月24日"), ("3940元", "3940 yuan")])
def test_a_prose_count_is_said_in_english_words(span, said):
    assert en.answer_key(span) == said and zh.answer_key(span) == span


def test_a_prose_count_asked_in_everyday_english_is_found(qa):
    answer = qa.ask("What number of subsidy announcements for farmers did the Pingtan agriculture bureau put out "
                    "in 2024?")
    assert answer.text.startswith("Answer: 111 items."), answer.text
    assert answer.citations and answer.citations[0].report == "pingtan_nyncj_2024.txt"


# --- a government "and its office": two bodies ----------------------------------------------------

BODIES = ("平潭综合实验区管委会", "平潭综合实验区管委会办公室", "平潭县人民政府", "平潭综合实验区财政金融局")


@pytest.mark.parametrize("question", [
    "For the Pingtan management committee and its office, how many normative documents were still valid in 2025?",
    "What did the Pingtan administrative committee (as well as its general office) repeal in 2025?",
])
def test_a_government_and_its_office_are_both_named(question):
    named = [set(members) for _, members in english_mentions(question, BODIES)]
    assert named == [{"平潭综合实验区管委会"}, {"平潭综合实验区管委会办公室"}]


def test_a_government_without_its_office_names_one_body():
    named = [set(m) for _, m in english_mentions("How many normative documents did the Pingtan management "
                                                  "committee have in force in 2025?", BODIES)]
    assert named == [{"平潭综合实验区管委会"}]


def test_the_office_named_by_its_pronoun_is_answered_too(qa):
    answer = qa.ask("For the Pingtan management committee and its office, how many normative documents were "
                    "still valid in 2025?")
    assert "253 documents[" in answer.text, answer.text
    assert {c.report for c in answer.citations} >= {"pingtan_gwhbgs_2025.txt"}


@pytest.mark.parametrize("question, asked", [
    ("How many fines did Pingtan County's government hand out in 2012?", "does not contain “fines”"),
    ("平潭县2012年行政处罚多少件？", "不包含“行政处罚”这一项"),
])
def test_a_prose_count_of_something_else_never_answers_the_statistic(qa, question, asked):
    """The 2012 report's prose counts 60个单位 (bodies publishing): no answer to penalties."""
    answer = qa.ask(question)
    assert asked in answer.text and "60" not in answer.text, answer.text


@pytest.mark.parametrize("sentence, names", [
    ("组织召开新闻发布会12场,解读政策文件。", True),  # a long label stated in part
    ("目前已汇集了60个单位的主动公开的政府信息。", False),
    ("全年主动发布各类政府信息2428条。", False),
])
def test_a_sentence_stands_in_for_a_statistic_only_when_it_names_it(sentence, names):
    conferences = Metric(("回应解读情况.参加或举办新闻发布会总次数",), "参加或举办新闻发布会总次数", "press conferences", "次")
    assert _names_statistic(sentence, conferences) is names
    assert _names_statistic(sentence, METRICS["行政处罚.处理决定数量"]) is False
