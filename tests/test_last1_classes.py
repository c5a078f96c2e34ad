"""Classes of round 8e (fresh12), each over reports and wordings other than the failing questions':

- a sum of three or more things whose last is joined by 和/及/以及/与 ("A、B和C一共…"): it counts like
  the 、 things, all added from the prose; a thing (or its figure) the sentence lacks is said as not
  found, never a partial sum of the others.
- a same-year follow-up ("那一年新制发了几件？", "同一年废止的呢？") whose words name another column of
  the last turn's statistic (本年制发 of 规范性文件 after 现行有效) asks that column, for the same body
  and year; never a topic of its own words.
"""

from __future__ import annotations

import pytest

from .conftest import chat, metric_keys

# pingtan 2012 (syq) prose: "…保障性住房信息7条；食品安全信息1条；环境保护信息3条；招投标信息19条…".
# huaian 2024 规范性文件: 本年制发 8, 本年废止 26, 现行有效 66.
REAL = ("pingtan_2012_syq.txt", "pingtan_2011_syq.txt", "huaian_2024.pdf")


@pytest.mark.parametrize("question", [
    "平潭综合实验区2012年保障性住房、食品安全和环境保护信息一共公开了多少条？",
    "平潭综合实验区2012年环境保护、保障性住房以及食品安全信息一共多少条",
    "平潭综合实验区2012年保障性住房、食品安全、环境保护信息一共公开了多少条？",
])
def test_the_thing_after_the_last_joiner_counts_like_the_listed_ones(qa, question):
    a = qa.ask(question)
    assert "11条" in a.text and all(f in a.text for f in ("7条[", "1条[", "3条[")), a.text


@pytest.mark.parametrize("question", [
    "平潭综合实验区2012年交通运输、保障性住房与食品安全信息一共公开了多少条？",
    "平潭综合实验区2012年保障性住房、交通运输和食品安全信息一共公开了多少条？",
    "平潭综合实验区2012年保障性住房、食品安全和交通运输信息一共公开了多少条？",
])
def test_a_sum_never_drops_a_thing_it_cannot_find(qa, question):
    a = qa.ask(question)
    assert "“交通运输" in a.text and "没有找到" in a.text, a.text
    assert "8条" not in a.text and "合计" not in a.text, a.text  # 7 + 1 is no answer


@pytest.mark.parametrize(("follow_up", "key"), [
    ("那一年新制发了几件？", "规范性文件.本年制发件数"),
    ("那年废止了多少件", "规范性文件.本年废止件数"),
    ("同一年新制发的有几件？", "规范性文件.本年制发件数"),
])
def test_a_same_year_follow_up_naming_a_column_asks_that_column(pingtan_gazetteer, follow_up, key):
    query = chat(pingtan_gazetteer, "平潭财政金融局2022年现行有效的规范性文件有多少件？", follow_up)
    assert metric_keys(query) == {key} and query.years == [2022], (metric_keys(query), query.topic)


def test_a_same_year_follow_up_naming_a_column_is_answered(qa):
    chat_ = qa.chat()
    assert "66件[1]" in chat_.ask("淮安市政府2024年现行有效的规范性文件有多少件？").text
    answer = chat_.ask("那一年新制发了几件？")
    assert "8件[1]" in answer.text and "66" not in answer.text, answer.text


def test_a_same_year_follow_up_naming_another_tables_cell_is_a_new_thing(pingtan_gazetteer):
    query = chat(pingtan_gazetteer, "平潭财政金融局2022年收到多少件信息公开申请？", "那一年制发了多少条政府信息？")
    assert not any(k.startswith("政府信息公开申请") for k in metric_keys(query)), metric_keys(query)
