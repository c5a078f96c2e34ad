"""Follow-ups and asks the fresh15 set (and older sets) found answered with the wrong thing, fixed
by class and checked here on other reports and wordings than the sets':

- a follow-up naming only a column of the last answer's row ("上一年的项目数量是多少？", "What was
  the previous year's number of items?") keeps its body, year and row: that column of the row,
  never another report's prose; an English column word with a possessive ("previous year's")
  matches as the question's text is matched (its "'s" blanked).
- a follow-up naming another channel after a prose answer about one ("微博呢，发了多少条" after
  "…微信发了多少条信息") is the topic question asked of that channel; "X呢？<ask>" is a follow-up.
- a yes/no ask whether there was any at all ("Did X get any requests?", "是否有行政处罚？") opens
  with yes or no, then the cited figure.
- a statistic asked of a body's disclosure office (公开办, "disclosure office") is the office's
  own figure from the prose, never the body's table total.
- the old appendix's replies said by what they said ("2 granted (agreed to disclose)").
"""

from __future__ import annotations

import pytest

from .conftest import chat, metric_keys

REAL = ("pingtan_2018_syq.txt", "pingtan_2012_county.txt", "pingtan_2013_county.txt")

LINGWU = "灵武市卫生健康局"


# --- a column of the last answer's row ----------------------------------------------------------

@pytest.mark.parametrize("turns,asked", [
    (("灵武市卫生健康局2020年行政强制的处理决定数量是多少？", "上一年的项目数量是多少？"), "行政强制.上一年项目数量"),
    (("How many administrative licensing decisions did Lingwu Health Bureau make in 2020?",
      "What was the previous year's number of items?"), "行政许可.上一年项目数量"),
    (("How many administrative penalty decisions did Lingwu Health Bureau make in 2020?",
      "and last year's items?"), "行政处罚.上一年项目数量"),
])
def test_column_of_the_last_row_keeps_body_year_and_row(samples_gazetteer, turns, asked):
    query = chat(samples_gazetteer, *turns)
    assert metric_keys(query) == {asked} and query.bodies == [LINGWU] and query.years == [2020], \
        (metric_keys(query), query.bodies, query.years)


def test_column_of_another_table_is_no_column_of_the_last_row(samples_gazetteer):
    query = chat(samples_gazetteer, "灵武市卫生健康局2020年收到多少件政府信息公开申请？", "上一年的项目数量是多少？")
    assert "metrics" not in query.inherited and not metric_keys(query), (query.inherited, metric_keys(query))


def test_column_of_the_last_row_answered_from_its_cell(qa):
    conversation = qa.chat()
    conversation.ask("灵武市卫生健康局2020年行政处罚的处理决定数量是多少？")
    answer = conversation.ask("上一年的项目数量是多少？")
    assert answer.route == "facts" and "33项" in answer.text and LINGWU in answer.text, answer.text


# --- another channel after a prose answer -------------------------------------------------------

@pytest.mark.parametrize("turns,figure", [
    (("海原县卫健局2020年通过微信公众号发布信息多少条？", "微博呢，发了多少条"), "1000"),
    (("平潭综合实验区2018年微博共发布了多少条信息？", "微信公众号呢？发了多少条"), "3404"),
])
def test_another_channel_is_the_topic_asked_of_it(qa, turns, figure):
    conversation = qa.chat()
    for question in turns:
        answer = conversation.ask(question)
    assert answer.route == "passages" and f"**{figure}" in answer.text, answer.text


@pytest.mark.parametrize("follow_up,expected", [
    ("微博呢，发了多少条", "海原县卫健局2020年通过微博发布信息多少条？"),
    ("微博呢", None),  # a bare follow-up: the topic is its context already
    ("微博呢，粉丝有多少", None),  # another thing asked
    ("微博呢，发了多少篇", None),  # another measure
])
def test_rechanneled(follow_up, expected):
    from assistant.understanding.reasked import rechanneled

    topic = "海原县卫健局2020年通过微信公众号发布信息多少条？"
    said = rechanneled((follow_up, []), topic)
    assert said == expected, said


# --- whether there was any ------------------------------------------------------------------------

@pytest.mark.parametrize("question,opens", [
    ("Did Haiyuan health bureau receive any disclosure requests in 2020?", "No, none: 0 requests"),
    ("Did Xixia health bureau impose any administrative penalties in 2023?", "Yes: 31 decisions"),
    ("西夏区卫健局2023年是否有行政处罚？", "有：31件"),
    ("沙坡头区卫健局2021年有没有行政复议？", "没有：0件"),
])
def test_any_at_all_answered_yes_or_no(qa, question, opens):
    answer = qa.ask(question)
    assert answer.text.startswith(opens), answer.text


def test_any_across_bodies_gives_no_verdict(samples_gazetteer):
    assert chat(samples_gazetteer, "Did any bureau receive disclosure requests in 2021?").threshold is None


# --- a disclosure office's own figure -----------------------------------------------------------

@pytest.mark.parametrize("question,figure,whole", [
    ("How many items did the Pingtan County government's disclosure office proactively publish on the internet "
     "in 2012?", "1795", "2026"),
    ("2013年平潭县政府公开办在互联网上主动公开了多少条信息？", "1713", None),
])
def test_disclosure_office_figure_from_the_prose(qa, question, figure, whole):
    answer = qa.ask(question)
    assert answer.route == "passages" and f"**{figure}" in answer.text, answer.text
    assert whole is None or whole not in answer.text, answer.text


# --- the old appendix's replies -----------------------------------------------------------------

def test_old_reply_kinds_said_by_what_they_said():
    from assistant.render.en import number

    assert number("2", "条", "依申请公开情况.同意公开答复数") == "2 granted (agreed to disclose)"
    assert number("1", "条", "依申请公开情况.不同意公开答复数") == "1 refused (did not agree to disclose)"
    assert number("3", "条", "依申请公开情况.申请答复数") == "3 replies"


def test_granted_replies_worded_in_the_answer(qa):
    conversation = qa.chat()
    conversation.ask("How many disclosure requests did Pingtan County government receive in 2012?")
    answer = conversation.ask("How many agreed to disclose?")
    assert "17 granted (agreed to disclose)" in answer.text, answer.text
