"""Issue 19, conversations: a follow-up keeps the conversation's body and the statistic it scopes
("其中…" / "of those"), everyday words for the appeal outcomes, and a body taken by the reports
it has (the one candidate with a report of the year asked; each item of a list of bodies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.linking.statistics import link_statistics
from assistant.understanding import understand
from tests.conftest import chat, metric_keys

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real-reports"




# --- 1. follow-up context ----------------------------------------------------------------------

@pytest.mark.parametrize("follow_up, key", [
    ("其中还在审理的有几件", "行政复议.尚未审结"),
    ("这些复议里被推翻的有几件？", "行政复议.结果纠正"),
    ("Of those, how many are still under review?", "行政复议.尚未审结"),
])
def test_a_scoped_follow_up_picks_the_column_of_the_earlier_statistic(pingtan_gazetteer, follow_up, key):
    query = chat(pingtan_gazetteer, "平潭经发局2024年因信息公开被申请行政复议几件？", follow_up)
    assert query.bodies == ["平潭综合实验区经济发展局"] and query.years == [2024]
    assert key in metric_keys(query) and "行政复议.总计" not in metric_keys(query)


def test_a_turn_restating_the_year_keeps_the_body(samples_gazetteer):
    query = chat(samples_gazetteer, "海原县卫生健康局2020年收到多少政府信息公开申请？", "2020年这些申请里企业提的有几件？",
                  "2020年被行政复议后维持原决定的有几件？")
    assert query.bodies == ["海原县卫生健康局"] and query.years == [2020]
    assert "行政复议.结果维持" in metric_keys(query)


def test_the_all_of_a_statistic_name_is_no_all_bodies(samples_gazetteer):
    query = chat(samples_gazetteer, "灵武市卫生健康局2021年收到多少政府信息公开申请？", "2021年有多少件申请最后是全部公开的呀？")
    assert query.bodies == ["灵武市卫生健康局"]
    assert "政府信息公开申请.予以公开.总计" in metric_keys(query)


def test_a_question_across_bodies_after_one_body_stays_across(samples_gazetteer):
    query = chat(samples_gazetteer, "灵武市卫生健康局2021年收到多少政府信息公开申请？", "2021年哪个机关收到的申请最多？")
    assert query.bodies != ["灵武市卫生健康局"]


# --- 2. everyday words for the appeal outcomes ---------------------------------------------------

@pytest.mark.parametrize("question, key", [
    ("复议案件还在审理中的有多少", "行政复议.尚未审结"),
    ("how many reconsideration cases are not yet decided", "行政复议.尚未审结"),
    ("复议决定被撤销的有几件", "行政复议.结果纠正"),
    ("how many reconsiderations were set aside", "行政复议.结果纠正"),
    ("how many reconsiderations were affirmed", "行政复议.结果维持"),
    ("复议以其他方式结案的有几件", "行政复议.其他结果"),
])
def test_outcome_families(question, key):
    assert any(key in keys for r in link_statistics(question) for keys in r.keys.values())


# --- 4. bodies by the reports they have ----------------------------------------------------------

@pytest.mark.parametrize("question", ["平谭政府2014年收到多少申请？", "How many requests did Pingtan's government get in 2016?"])
def test_the_one_candidate_with_a_report_of_the_year_is_taken_and_said(pingtan_gazetteer, question):
    query = understand(question, pingtan_gazetteer)
    assert query.bodies == ["平潭综合实验区管委会"] and not query.clarify
    assert [b for _, b, _ in query.took] == ["平潭综合实验区管委会"]


def test_candidates_without_the_year_are_still_asked_back(pingtan_gazetteer):
    assert understand("平谭政府2024年收到多少申请", pingtan_gazetteer).clarify


def test_each_item_of_a_list_of_bodies_is_its_own_body(pingtan_gazetteer):
    for question in ("2025年平潭的几份年报（实验区、财政金融局）各收到多少申请？",
                     "2025年平潭实验区、财政金融局和管委会办公室的新收申请各是多少？"):
        query = understand(question, pingtan_gazetteer)
        assert {"平潭综合实验区管委会", "平潭综合实验区财政金融局"} <= set(query.bodies), question
        assert not query.unknown_bodies


def test_a_change_between_two_years_after_one_body_is_no_change_column(samples_gazetteer):
    query = chat(samples_gazetteer, "海原县卫生健康局2021年作出多少行政处罚决定？", "那2020年是多少？", "从2020年到2021年增加了多少？")
    assert query.bodies == ["海原县卫生健康局"] and query.years == [2020, 2021]
    assert not any("本年增" in k for k in metric_keys(query))


# --- 3. how the requests were handled ------------------------------------------------------------

def test_how_it_was_handled_asks_for_every_outcome_row(samples_gazetteer):
    query = understand("海原县卫健局2020年的申请最后是如何答复的？", samples_gazetteer)
    rows = {k.split(".")[1] for k in metric_keys(query) if k.count(".") >= 2}
    assert query.outcomes and {"予以公开", "部分公开", "不予公开", "无法提供", "不予处理"} <= rows
    assert "本年新收" not in rows  # the requests are the subject, not a second question
    follow = chat(samples_gazetteer, "灵武市卫生健康局2021年收到几件申请？", "How were they dealt with?")
    assert follow.outcomes and follow.bodies == ["灵武市卫生健康局"] and follow.years == [2021]


def test_the_outcome_of_a_reconsideration_is_not_the_requests_handling(samples_gazetteer):
    query = understand("海原县卫健局2020年行政复议的结果如何？", samples_gazetteer)
    assert not query.outcomes and all(k.startswith("行政复议") for k in metric_keys(query))


def test_one_outcome_named_beside_the_word_result_asks_that_outcome(samples_gazetteer):
    query = understand("灵武市卫生健康局2021年的处理结果中，部分公开的有几件？", samples_gazetteer)
    # (with the older appendix's row of the same meaning, for a report of that template)
    assert not query.outcomes and metric_keys(query) == {"政府信息公开申请.部分公开.总计", "依申请公开情况.同意部分公开答复数"}


@pytest.mark.slow
def test_the_handling_answer_cites_the_outcomes_with_requests_and_sums_up_the_zeros(tmp_path):
    from assistant.api import Assistant

    qa = Assistant.build([REAL / "pingtan_jjfzj_2024.txt", REAL / "pingtan_zfyjj_2021.txt"], tmp_path)
    try:
        answer = qa.ask("平潭经发局2024年收到的那些申请，最后都是怎么处理的？")
        assert answer.route == "facts" and "无法提供：本机关不掌握相关政府信息 3件[1]" in answer.text
        assert "予以公开 0" not in answer.text and "予以公开[" in answer.text  # a zero is named, cited, not listed
        assert "不予公开[4][5][6][7][8][9][10][11]" in answer.text  # a group's rows at zero: the group, each cited
        assert len(answer.citations) >= 5 and all(c.body == "平潭综合实验区经济发展局" for c in answer.citations)
        english = qa.ask("How many requests did Pingtan's law enforcement and emergency bureau get in 2021, "
                         "and how were they handled?")
        assert "Every outcome" in english.text and "is 0" in english.text
    finally:
        qa.close()


@pytest.mark.parametrize("follow_up", ["是怎么答复的？全部公开了吗", "最后如何处理的，是不是全部予以公开了"])
def test_asking_whether_every_request_had_one_outcome_asks_the_whole_handling(samples_gazetteer, follow_up):
    """"全部公开了吗" is a yes/no the breakdown answers: every outcome row, not 予以公开 alone."""
    follow = chat(samples_gazetteer, "灵武市卫生健康局2021年收到几件申请？", follow_up)
    rows = {k.split(".")[1] for k in metric_keys(follow) if k.count(".") >= 2}
    assert follow.outcomes and {"部分公开", "不予公开", "无法提供"} <= rows and follow.bodies == ["灵武市卫生健康局"]


@pytest.mark.parametrize("question", ["海原县卫健局2020年收到的申请都公开了吗", "灵武市卫健局2021年的申请是不是都给公开了？"])
def test_asking_whether_all_were_disclosed_needs_no_handling_word(samples_gazetteer, question):
    """"都公开了吗" alone (no 怎么处理) asks the whole breakdown too, in one question."""
    query = understand(question, samples_gazetteer)
    rows = {k.split(".")[1] for k in metric_keys(query) if k.count(".") >= 2}
    assert query.outcomes and {"予以公开", "部分公开", "不予公开"} <= rows


def test_asking_whether_all_were_completed_is_no_disclosure_breakdown(samples_gazetteer):
    assert not understand("海原县卫健局2020年收到的申请都办结了吗", samples_gazetteer).outcomes


@pytest.mark.slow
def test_a_new_body_with_de_ne_after_a_contact_question_asks_the_same_detail(tmp_path):
    """"那灵武市卫健局2020年的呢？" after a phone question asks the phone again, of the new body."""
    from assistant.api import Assistant

    qa = Assistant.build([REAL / "pingtan_2016_syq.txt", REAL / "pingtan_2018_syq.txt",
                          REAL / "pingtan_2013_county.txt"], tmp_path)
    try:
        chat_ = qa.chat()
        chat_.ask("平潭综合实验区2016年年报上的联系电话是多少")
        answer = chat_.ask("那平潭县2013年的呢？")
        assert "24336243" in answer.text and [(c.body, c.year) for c in answer.citations] == [("平潭县人民政府", 2013)]
        chat_ = qa.chat()
        chat_.ask("平潭县2013年年报里的传真号码是多少")
        answer = chat_.ask("那平潭综合实验区2018年的呢？")
        assert "23165255" in answer.text and [c.year for c in answer.citations] == [2018]
    finally:
        qa.close()


@pytest.mark.parametrize("follow_up", ["跟2022年比呢？", "比2022年呢", "compared with 2022?"])
def test_a_follow_up_comparing_with_another_year_asks_both_as_a_difference(pingtan_gazetteer, follow_up):
    """"比2022年呢" after a figure compares it with that year's: both years, a difference."""
    query = chat(pingtan_gazetteer, "平潭财金局2025年收到几件申请？", follow_up)
    assert query.years == [2022, 2025] and query.intent == "difference"
    assert query.bodies == ["平潭综合实验区财政金融局"]


def test_a_follow_up_comparing_with_another_body_asks_both(pingtan_gazetteer):
    query = chat(pingtan_gazetteer, "平潭农业农村局2024年行政处罚多少件？", "跟平潭经发局比呢")
    assert set(query.bodies) == {"平潭综合实验区农业农村局", "平潭综合实验区经济发展局"} and query.intent == "difference"


def test_and_another_year_alone_is_no_comparison(pingtan_gazetteer):
    query = chat(pingtan_gazetteer, "平潭财金局2025年收到几件申请？", "那2022年呢")
    assert query.years == [2022] and query.intent == "lookup"
