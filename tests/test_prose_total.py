"""Parts the prose lists checked against the total it states (assistant.prose_total): "A、B、C三类
加起来等于它说的总数吗" / "do the A, B and C counts add up to the stated total?" is the parts' sum
against the whole stated before 其中, the verdict first, each figure cited from the prose; a
telephone listed with other channels before the counted noun asks a count, never a phone number.
"""

from __future__ import annotations

import pytest

from assistant.typed import expected_kind

REAL = ("pingtan_2012_county.txt", "pingtan_2013_county.txt", "pingtan_jjfzj_2024.txt", "pingtan_nyncj_2024.txt",
        "pingtan_2016_syq.txt", "pingtan_zfyjj_2024.txt", "huaian_2024.pdf")


@pytest.mark.parametrize("question,verdict,figures", [
    ("平潭县2013年主动公开、依申请公开和不予公开的信息加起来，等于报告说的信息总数吗？", "一致",
     ("1853条", "107条", "1658条", "3618条")),
    ("平潭县2012年主动公开、依申请公开、不予公开三项之和与信息总数一致吗？", "不一致",
     ("2026条", "46条", "1854条", "3926条", "3978条", "52条")),
    ("平潭经济发展局2024年主动公开、依申请公开和不予公开加在一起等于它制发的总数吗？", "一致",
     ("124条", "173条", "52条", "349条")),
    ("Pingtan County 2013: do the proactively disclosed, on-request and withheld items add up to the stated total?",
     "Yes, they add up", ("1853", "107", "1658", "3618")),
    ("Pingtan Agriculture and Rural Affairs Bureau 2024: do the policy, safety and licensing counts add up to the"
     " stated total?", "No, they do not add up", ("9 items", "110 items", "101 items")),
])
def test_parts_listed_in_the_prose_against_the_total_it_states(qa, question, verdict, figures):
    answer = qa.ask(question)
    assert answer.text.startswith(verdict), answer.text
    assert all(f in answer.text for f in figures), answer.text
    assert "勾稽" not in answer.text and len(answer.citations) >= 3


@pytest.mark.parametrize("question", [
    "Pingtan Local Taxation Bureau 2013: do the on-site, telephone and online consultation counts add up?",
    "How many telephone, on-site and online enquiries were there?",
    "How many phone or online requests were received?",
    "电话和网上咨询各多少人次？",
    "现场、电话、网上咨询共多少人次？",
    "电话和来访各多少件？",
])
def test_a_telephone_before_a_count_noun_asks_a_count(question):
    assert expected_kind(question) != "phone"


@pytest.mark.parametrize("question", ["联系电话是多少？", "办公室电话是多少", "电话号码有几个？", "What is the phone number of the office?",
                                      "What phone number should I call with questions about the report?"])
def test_a_phone_number_is_still_asked_as_one(question):
    assert expected_kind(question) == "phone"


@pytest.mark.parametrize("question,verdict,figures", [
    # a figure the asker gives for the sum; the whole ends the sentence before "。其中，", the list runs on
    ("平潭实验区2016年区直部门和乡镇主动公开的条数加起来等于3500吗？", "不等于",
     ("1822条", "1638条", "3460条", "3500条", "40条")),
    ("平潭实验区2016年区直部门和乡镇主动公开的条数加起来等不等于3460？", "等于", ("1822条", "1638条", "3460条")),
    # "A加上B，等于…总数吗", the asker's figures beside the parts, one list item naming two parts asked
    ("平潭执法应急局2024年主动公开380份加上依申请公开及不予公开319份，等于发布信息的总数吗？", "不一致",
     ("380份", "319份", "607条")),
])
def test_parts_against_a_figure_given_or_a_total_stated_in_the_sentence_before(qa, question, verdict, figures):
    answer = qa.ask(question)
    assert answer.text.startswith(verdict), answer.text
    assert all(f in answer.text for f in figures), answer.text
    assert "勾稽" not in answer.text and len(answer.citations) >= 3


def test_a_clause_counting_another_statistic_never_answers_the_check():
    """The prose lists the lawsuits' outcomes after their total: a question on the reconsiderations'
    outcomes is never checked against them (the table's reconsideration check answers)."""
    import re

    from index.lexicon.prose import CONTRARY_MEASURES

    reconsideration, _ = CONTRARY_MEASURES
    said = lambda text, name: any(m.group(name) for m in re.finditer(reconsideration, text))  # noqa: E731
    assert said("行政复议的结果维持", "reconsideration") and not said("行政复议的结果维持", "lawsuit")
    assert said("复议后起诉", "lawsuit") and not said("未经复议直接起诉", "reconsideration")


def test_reconsideration_outcomes_are_not_read_from_the_lawsuits_clause(qa):
    answer = qa.ask("淮安市2024年行政复议的结果维持、结果纠正和尚未审结三项加起来等不等于总数？")
    assert "正文" not in answer.text and "25件" not in answer.text, answer.text
    assert "351" in answer.text, answer.text


@pytest.mark.parametrize("question,figures", [
    # the whole named by a word the tokenizer cuts ("全部制发信息") while the part's words hold its
    # other words (主动公开政府信息 of 制发政府信息): two characters the question and the whole's
    # words share, and the part's words lack, name it
    ("平潭经发局2024年主动公开政府信息占全部制发信息的几成？", ("35.5%", "124条", "349条")),
    ("平潭经发局2024年不予公开的信息占全部制发信息的比例？", ("14.9%", "52条", "349条")),
])
def test_a_share_of_two_prose_figures_whose_whole_the_table_lacks(qa, question, figures):
    answer = qa.ask(question)
    assert all(f in answer.text for f in figures), answer.text
    assert len(answer.citations) == 2
