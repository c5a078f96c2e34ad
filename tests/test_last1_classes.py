"""Classes of round 8e (fresh12), each over reports and wordings other than the failing questions':

- a sum of three or more things whose last is joined by 和/及/以及/与 ("A、B和C一共…"): it counts like
  the 、 things, all added from the prose; a thing (or its figure) the sentence lacks is said as not
  found, never a partial sum of the others.
"""

from __future__ import annotations

import pytest

# pingtan 2012 (syq) prose: "…保障性住房信息7条；食品安全信息1条；环境保护信息3条；招投标信息19条…".
REAL = ("pingtan_2012_syq.txt", "pingtan_2011_syq.txt")


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
