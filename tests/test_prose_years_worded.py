"""One body's prose figure across two years' reports worded differently, asked in English too
("how many more/fewer … than in 2015": a change, like 多了多少): compared only when the two wordings
name one measure (they end with one noun of the question's, their head, and share most of its
words), each figure cited and both wordings said; never across two measures.

Real reports: the Pingtan zone's 2015 / 2016 reports ("公共服务清单事项240项" / "公共服务事项281项",
"全区权力清单事项2917项" / "行政权力事项3646项"), the Pingtan finance bureau's 2020 / 2022 reports
("财税相关政策及解读共3条" / "财税金融等政策及解读共8条")."""

from __future__ import annotations

import pytest

from assistant.prose_years import _same_measure
from assistant.understanding.intent_rules import asks_change
from assistant.understanding.query import parse

from .conftest import REAL_REPORTS, gazetteer_of

REAL = ("pingtan_2015_syq.txt", "pingtan_2016_syq.txt", "pingtan_czj_2020.txt", "pingtan_czj_2022.txt")
ZONE = [REAL_REPORTS / n for n in REAL[:2]]


def _cited(answer) -> set[str]:
    return {c.report for c in answer.citations}


@pytest.mark.parametrize("question", [
    "How many more administrative power items did Pingtan list in 2016 than in 2015?",
    "How many fewer items did Pingtan's 2015 list of public services hold than in 2016?",
])
def test_an_english_comparative_of_two_years_asks_a_change(question):
    assert asks_change(parse(question, gazetteer_of(ZONE)))


def test_an_english_change_of_a_prose_figure_worded_two_ways(qa):
    answer = qa.ask("How many fewer public service items did Pingtan list in 2015 than in 2016?")
    assert "41" in answer.text.splitlines()[0] and "281" in answer.text and "240" in answer.text, answer.text
    assert "公共服务清单事项" in answer.text and "公共服务事项" in answer.text, answer.text  # both wordings
    assert _cited(answer) == {"pingtan_2015_syq.txt", "pingtan_2016_syq.txt"}


def test_both_wordings_said_in_chinese(qa):
    answer = qa.ask("平潭财政局发布的财税政策及解读，2022年比2020年多了几条？")
    assert "财税相关政策及解读" in answer.text and "财税金融等政策及解读" in answer.text, answer.text


def test_no_change_across_a_measure_one_year_does_not_state(qa):
    answer = qa.ask("How many fewer responsibility items did Pingtan list in 2015 than in 2016?")
    assert "4635" not in answer.text.splitlines()[0], answer.text


POWER, POLICY = {"行政", "权力", "事项"}, {"财税", "政策", "解读"}


@pytest.mark.parametrize("first, second, atoms, same", [
    ("梳理出现全区权力清单事项", "完成梳理行政权力事项", POWER, True),  # head 事项, 权力 both
    ("财税相关政策及解读", "财税金融等政策及解读", POLICY, True),
    ("行政权力清单", "完成梳理行政权力事项", POWER, False),  # a list, not the items listed
    ("公共服务事项", "完成梳理行政权力事项", POWER, False),  # one head, other things
])
def test_one_measure_is_one_head_and_most_words_shared(first, second, atoms, same):
    assert _same_measure(first, second, atoms) is same
