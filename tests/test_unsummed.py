"""A whole asked whose own clause gives no figure of it, only its parts ("共梳理出A 2917项、B 240项"
asked "一共梳理了多少项"): no part answers the whole; a part named by its own words still does.

Over a real report (the Pingtan zone committee's 2015 list of powers and services) and, for the
rule itself, clauses written here in other words; no question-set question."""

from __future__ import annotations

import pytest

from assistant.unsummed import part_for_whole

REAL = ("pingtan_2015_syq.txt",)


@pytest.mark.parametrize("question, clause, part", [
    ("去年一共受理了多少件？", "共受理咨询件120件、投诉件30件", True),
    ("咨询件共受理多少件？", "共受理咨询件120件、投诉件30件", False),
    ("投诉和咨询合计多少件？", "共受理咨询件120件、投诉件30件", True),
    ("一共受理了多少件？", "共受理各类诉求150件", False),  # the whole has its figure
    ("一共受理了多少件？", "受理咨询件120件、投诉件30件", False),  # no whole word: not this rule
])
def test_a_part_never_answers_a_whole_its_clause_gives_no_figure(question, clause, part):
    assert part_for_whole(question, clause) is part


@pytest.mark.slow
def test_the_whole_of_a_listed_review_is_not_its_first_part(qa):
    a = qa.ask("平潭综合实验区管委会2015年共梳理出多少项事项？")
    assert "2917" not in a.text and "240项" not in a.text, a.text
    b = qa.ask("平潭综合实验区管委会2015年共梳理出公共服务清单事项多少项？")
    assert "240项" in b.text.splitlines()[0], b.text


@pytest.mark.parametrize("question", [
    "权力清单事项和公共服务清单事项各多少项",  # the 共 of 公共 asks no whole
    "咨询件和投诉件分别受理了多少件？",  # each part asked
])
def test_each_part_asked_or_a_word_holding_gong_is_no_whole(question):
    assert part_for_whole(question, "共受理权力清单事项120件、公共服务清单事项30件") is False
