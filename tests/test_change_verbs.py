"""A change between one body's two years asked with a verb of change ("变化了多少", "增减了多少",
"增长了多少", "how much did it grow"): the answer says the direction with a verb ("减少了2427条",
"增加了917条", "decreased by", "increased by"), not "少…" / "fewer"; asked as a comparison
("比…多了多少") it keeps "多" / "少". Tables, prose figures and a table figure the text contradicts alike.

Real reports: the Pingtan zone's 2013-2016 reports (主动公开 72804 (text 4970) / 2543 / 3460 条;
"政府信息公开专栏访问量达133890 / 162103人次" in 2015 / 2016)."""

from __future__ import annotations

import pytest

REAL = ("pingtan_2013_syq.txt", "pingtan_2014_syq.txt", "pingtan_2015_syq.txt", "pingtan_2016_syq.txt")


@pytest.mark.parametrize("question, said", [
    ("平潭综合实验区管委会2014年到2016年主动公开政府信息数增减了多少？", "增加了917条"),
    ("平潭综合实验区管委会2013年至2014年主动公开的政府信息变化多少条？", "减少了2427条"),
    ("平潭综合实验区政府信息公开专栏访问量2015年到2016年增长了多少？", "增加了28213人次"),
    ("How much did the Pingtan zone's proactively disclosed items change from 2014 to 2016?", "increased by 917"),
])
def test_a_change_asked_with_a_verb_is_said_with_one(qa, question, said):
    answer = qa.ask(question)
    assert said in answer.text, answer.text
    assert "少2427" not in answer.text and "more proactively" not in answer.text, answer.text


def test_a_comparison_keeps_more_or_fewer(qa):
    answer = qa.ask("平潭综合实验区管委会2016年主动公开政府信息比2014年多了多少？")
    assert "多917条" in answer.text and "增加了" not in answer.text, answer.text


@pytest.mark.parametrize("question, said, values", [
    ("平潭综合实验区2015年和2016年安全生产信息简报分别发了多少期？2016年比2015年变化多少？", "增加了15期", ("40期", "25期")),
    ("平潭实验区2015年、2016年网上竞价分别是多少条？2015年到2016年增减了多少？", "减少了30条", ("423", "453")),
    ("平潭综合实验区2015年和2016年政府信息公开专栏访问量分别多少？2015年到2016年变化了多少？", "增加了28213人次",
     ("162103", "133890")),
])
def test_each_year_then_the_change_in_one_message(qa, question, said, values):
    """"分别多少？…变化多少？": "分别" is the first ask's, the second still asks one change."""
    answer = qa.ask(question)
    assert said in answer.text and all(v in answer.text for v in values), answer.text
    assert len({c.report for c in answer.citations}) == 2, answer.text


@pytest.mark.parametrize("turns, said", [
    (("平潭综合实验区2015年政府信息公开专栏访问量多少？", "2016年呢？", "2015年至2016年增加了多少？"), "增加了28213人次"),
    (("平潭综合实验区2015年安全生产信息简报发了多少期？", "2016年呢？", "2015年到2016年变化了几期？"), "增加了15期"),
])
def test_a_change_between_the_two_answers_years_names_them(qa, turns, said):
    """After two prose answers, the change asked naming their two years compares those answers' figures."""
    chat = qa.chat()
    for text in turns:
        answer = chat.ask(text)
    assert said in answer.text, answer.text
    assert len({c.report for c in answer.citations}) == 2, answer.text


def test_other_years_than_the_answers_are_not_their_change(qa):
    chat = qa.chat()
    for text in ("平潭综合实验区2015年政府信息公开专栏访问量多少？", "2016年呢？"):
        chat.ask(text)
    answer = chat.ask("2013年到2016年增加了多少？")
    assert "28213" not in answer.text, answer.text


def test_years_named_between_a_changes_ends_are_each_listed(qa):
    """"2014年、2015年、2016年…，2014年到2016年增长了多少": every year named, then the change."""
    answer = qa.ask("平潭综合实验区管委会2014年、2015年、2016年主动公开政府信息数，2014年到2016年增长了多少？")
    assert all(v in answer.text for v in ("2543条", "2949条", "3460条", "增加了917条")), answer.text
    assert len({c.report for c in answer.citations}) == 3


@pytest.mark.slow
def test_a_panel_of_three_years_says_the_highest_and_the_growth(qa):
    answer = qa.ask("Give me a panel of the Pingtan zone's proactively disclosed items for 2014, 2015 and 2016: "
                    "which year was highest, and by how much did it grow from 2014 to 2016?")
    assert all(v in answer.text for v in ("2543", "2949", "3460", "increased by 917", "had the most")), answer.text
    assert len({c.report for c in answer.citations}) == 3
