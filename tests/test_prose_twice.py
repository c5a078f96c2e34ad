"""Issue 19: one thing a report's prose states twice with different figures is answered with both,
each quoted, the one the question's wording fits first; never one silently. A part (after 其中)
or a narrower kind (电话咨询) is no second statement of the whole.

Real report: the Pingtan local tax bureau's 2013 report states its consultations as "2013年有约4900
人次通过各种方式…咨询涉税信息…，其中现场咨询1600人次…；电话咨询3200人次…" and, in another
section, "解答纳税人咨询达3000多人次"."""

from __future__ import annotations

import re

import pytest

REAL = ("pingtan_2013_dishui.txt", "pingtan_2016_syq.txt", "pingtan_2012_syq.txt")


def _headline(text: str) -> str:
    return text.splitlines()[0]


@pytest.mark.parametrize("question, first, second", [
    ("Roughly how many taxpayer consultations did the Pingtan Local Taxation Bureau receive in 2013?", "4900", "3000"),
    ("About how many consultations did Pingtan's local tax bureau handle in 2013?", "4900", "3000"),
    ("2013年平潭地税局大约接受了多少人次的纳税咨询？", "4900", "3000"),
    ("平潭地税局2013年纳税人咨询大概有多少人次？", "4900", "3000"),
    ("平潭地税局2013年解答纳税人咨询超过多少人次？", "3000", "4900"),  # "more than": the floor first
    ("平潭综合实验区地方税务局2013年解答纳税人咨询多少人次？", "3000", "4900"),  # its own words first
])
def test_both_figures_each_quoted_the_fitting_one_first(qa, question, first, second):
    answer = qa.ask(question)
    line = _headline(answer.text)
    assert re.findall(r"\d{4}", line) == [first, second], answer.text
    assert [number for c in answer.citations for number in re.findall(r"\d{4}", c.highlight or "")] == [first, second]
    assert {c.report for c in answer.citations} == {"pingtan_2013_dishui.txt"}
    assert all(c.highlight and c.highlight.lstrip("约") in c.quote for c in answer.citations)


def test_a_part_of_the_whole_is_no_second_statement(qa):
    answer = qa.ask("平潭地税局2013年网上咨询多少人次？")
    assert "100" in _headline(answer.text) and not re.search(r"4900|3000|3200|1600", _headline(answer.text)), answer.text


@pytest.mark.parametrize("question, figure, other", [
    # "共发布4期季度性…监测情况" counts another thing than "共发布了40期安全生产信息简报": its clause
    # says the verb but not the thing the question's figure counts after its measure
    ("平潭综合实验区2016年发布了多少期安全生产信息简报？", "40期", "4期"),
    # a part of the body's figure (各乡镇) is no restatement of the whole body's (主动公开1913条)
    ("平潭综合实验区2012年各乡镇主动公开了多少条政府信息？", "534", "1913"),
])
def test_another_thing_or_a_narrower_scope_is_no_second_statement(qa, question, figure, other):
    line = _headline(qa.ask(question).text)
    assert figure in line and other not in line, line
