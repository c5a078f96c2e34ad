"""A difference of two consecutive years' running totals (历年累计) said equal to the later year's
own figure (assistant.running_gap): the difference as found, then the verdict with the year's own
cell cited; a gap the year's own figure differs from is said not to match."""

from __future__ import annotations

import pytest

REAL = ("pingtan_2011_county.txt", "pingtan_2012_county.txt", "pingtan_2012_syq.txt", "pingtan_2013_syq.txt")


@pytest.mark.parametrize("question,figures,verdict", [
    ("平潭县统计表里历年累计的主动公开信息数，2012年比2011年多多少？与2012年度的数相等吗？", ("2026条",), "一致："),
    ("平潭实验区历年累计的主动公开信息数，2013年比2012年多多少？跟2013年度数一样吗？", ("72065条", "72804条"), "不一致："),
    ("By how much did Pingtan County's cumulative proactively disclosed items grow from 2011 to 2012, and does it"
     " match the 2012 annual figure?", ("2026 items",), "Yes, it matches"),
])
def test_a_running_totals_gap_against_the_years_own_figure(qa, question, figures, verdict):
    answer = qa.ask(question)
    assert verdict in answer.text and all(f in answer.text for f in figures), answer.text
    assert len(answer.citations) == 3
