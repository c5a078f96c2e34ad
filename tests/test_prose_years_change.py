"""Issue 19, one body's prose figure across two years' reports: a change asked with the verb between
its comparison word and "how many" ("多发了几期", "少发了几期"), a comparison word glued to the thing
("简报比2015年"), and a change asked in percent ("增长了百分之多少", "by what percentage"): the two
cited figures, their difference and, when asked, the percent of the earlier year's.

Real reports: the Pingtan zone's 2014-2016 reports ("政府信息公开专栏访问量达69598 / 133890 / 162103
人次"; "共发布了25期 / 40期安全生产信息简报" in 2015 / 2016: the thing printed after the figure)."""

from __future__ import annotations

import pytest

from assistant.understanding import topic
from assistant.understanding.query import parse

from .conftest import gazetteer_of

REAL = ("pingtan_2014_syq.txt", "pingtan_2015_syq.txt", "pingtan_2016_syq.txt")


def _cited(answer) -> set[str]:
    return {c.report for c in answer.citations}


@pytest.mark.parametrize("question", [
    "平潭综合实验区2016年的安全生产信息简报比2015年多发了几期？",
    "平潭实验区2015年安全生产信息简报比2016年少发了多少期？",
])
def test_a_change_with_its_verb_between_is_the_two_years_difference(qa, question):
    answer = qa.ask(question)
    first = answer.text.splitlines()[0]
    assert "15期" in first and "40期" in first and "25期" in first, answer.text
    assert _cited(answer) == {"pingtan_2015_syq.txt", "pingtan_2016_syq.txt"}


@pytest.mark.parametrize("question, percent, base", [
    ("平潭综合实验区政府信息公开专栏访问量2015年比2014年增长了百分之多少？", "92.4%", "69598"),
    ("平潭综合实验区2016年的安全生产信息简报比2015年增长了百分之几？", "60%", "25"),
    ("By what percentage did visits to the Pingtan zone's government information column rise from 2015 to 2016?",
     "21.1%", "133890"),
])
def test_a_change_in_percent_of_a_prose_figure(qa, question, percent, base):
    answer = qa.ask(question)
    assert percent in answer.text and base in answer.text, answer.text
    assert len(_cited(answer)) == 2 and all(c.highlight for c in answer.citations)


@pytest.mark.parametrize("question, thing", [
    ("平潭综合实验区2016年的安全生产信息简报比2015年多发了几期？", "安全生产信息简报"),
    ("平潭综合实验区2016年政府信息公开专栏访问量较上年增加了多少？", "政府信息公开专栏访问量"),
])
def test_the_comparison_word_is_no_part_of_the_topic(real_reports, question, thing):
    q = parse(question, gazetteer_of([real_reports / r for r in REAL]))
    assert topic(q) == thing
