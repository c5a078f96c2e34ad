"""The one rule of an amount of change asked of a follow-up's one kept year (understanding.
amount_change, beside percent_change): whether it is one, then a difference once the
conversation has filled the earlier turns' years. Pure: the question reader only."""

from __future__ import annotations

from dataclasses import replace

from assistant.understanding import amount_change

from .conftest import chat


def test_an_amount_of_change_of_one_kept_year_becomes_a_difference(pingtan_gazetteer):
    query = chat(pingtan_gazetteer, "平潭综合实验区2014年主动公开了多少条政府信息", "2015年呢", "增加了多少？")
    assert amount_change(query, years_to_come=True)
    filled = replace(query, years=[2014, 2015])
    assert amount_change(filled) and filled.intent == "difference"


def test_a_value_asked_again_is_no_amount_of_change(pingtan_gazetteer):
    query = chat(pingtan_gazetteer, "平潭综合实验区2014年主动公开了多少条政府信息", "2015年呢")
    assert not amount_change(query, years_to_come=True)
    assert not amount_change(replace(query, years=[2015])) and query.intent != "difference"
