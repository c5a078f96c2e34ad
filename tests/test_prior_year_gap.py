"""A most / least and the gap to the year before in one message ("哪年最多？比上一年增加了多少",
"which year was highest, and how much higher was it than the previous year"): the top year's
figure, then that figure less its body's figure of the year before, both cited — never the gap to
the runner-up, and never the top alone. When no report of the year before holds the statistic,
the answer says so.

A real index of the samples and real reports; the expected values are read from the index's
own cells. None of these is a question-set question (other bodies and wordings)."""

from __future__ import annotations

import pytest

# pingtan zone committee 2014 / 2015 / 2016 / 2018 proactive items; pingtan county 2011-2013 requests
REAL = ("pingtan_2014_syq.txt", "pingtan_2015_syq.txt", "pingtan_2016_syq.txt", "pingtan_2018_syq.txt",
        "pingtan_2011_county.txt", "pingtan_2012_county.txt", "pingtan_2013_county.txt")
PROACTIVE, RECEIVED = "主动公开情况.主动公开政府信息数", "依申请公开情况.收到申请数"


def _value(qa, report: str, key: str) -> int:
    return int(qa.index.catalog.facts(metric=key, report=report, prefix=False)[0].value)


def _gap_line(answer) -> str:
    return [line for line in answer.text.splitlines() if "−" in line][-1]


@pytest.mark.parametrize("question", [
    "Between 2014 and 2016, which year did the Pingtan zone committee proactively disclose the most items, "
    "and how much higher was that than the previous year?",
    "平潭综合实验区管委会2014到2016年哪一年主动公开的信息最多？较上年增长了多少？",
])
def test_the_top_year_is_compared_with_the_year_before_it(qa, question):
    top, before = _value(qa, "pingtan_2016_syq.txt", PROACTIVE), _value(qa, "pingtan_2015_syq.txt", PROACTIVE)
    a = qa.ask(question)
    gap = _gap_line(a)
    assert str(top) in a.text.splitlines()[0] and "2016" in a.text.splitlines()[0], a.text
    assert f"{top - before}" in gap and "2015" in gap, a.text


def test_the_year_before_is_not_the_runner_up(qa):
    """County requests: 2012 is the top, 2013 the runner-up, 2011 the year before."""
    top, before = _value(qa, "pingtan_2012_county.txt", RECEIVED), _value(qa, "pingtan_2011_county.txt", RECEIVED)
    runner = _value(qa, "pingtan_2013_county.txt", RECEIVED)
    assert top - before != top - runner
    a = qa.ask("平潭县政府哪年收到的依申请公开最多？比前一年多了多少？")
    gap = _gap_line(a)
    assert f"多{top - before}" in gap and "2011" in gap and "2013" not in gap, a.text


def test_a_year_before_with_no_report_is_said(qa):
    a = qa.ask("Which year did the Pingtan zone committee proactively disclose the fewest items from 2014 to 2018, "
               "and by how much did it change over the year before?")
    assert "2018" in a.text.splitlines()[0] and "2017" in a.text, a.text
