"""A figure of a list of items is the one whose item the question names (fresh16/fresh15 class),
checked on other reports and wordings than the set's: "共梳理出现全区权力清单事项2917项、公共服务清单
事项240项" asked of 公共服务清单事项 is 240, never the first item whose clause says the list's verb;
a follow-up naming one item ("公共服务清单事项呢？") after another's figure takes its own item's
figure, however often the sentence repeats the item's words (assistant/prose_items.py)."""

from __future__ import annotations

import pytest

REAL = ("pingtan_2015_syq.txt", "pingtan_2016_syq.txt")


@pytest.mark.parametrize(("question", "figure", "not_figure"), [
    ("平潭综合实验区2015年共梳理出现多少项公共服务清单事项？", "240项", "2917"),
    ("平潭综合实验区2016年完成梳理的公共服务事项有多少项？", "281项", "3646"),
    ("平潭综合实验区2016年梳理的多部门监管责任事项有几项？", "41项", "4635"),
])
def test_the_item_named_gives_the_figure(qa, question, figure, not_figure):
    answer = qa.ask(question)
    assert f"**{figure}**" in answer.text and f"**{not_figure}" not in answer.text, answer.text


def test_a_follow_up_naming_another_item(qa):
    chat = qa.chat()
    first = chat.ask("平潭综合实验区2015年梳理出多少项权力清单事项？")
    assert "2917项" in first.text, first.text
    then = chat.ask("公共服务清单事项呢？")
    assert "**240项**" in then.text and "答案" in then.text, then.text
