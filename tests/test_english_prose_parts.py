"""An English question asking two figures the Chinese prose states in one sentence ("how many
applications had the centre received, and how many were completed?"): the first from its
clause, the second from the same sentence's clause that says the later part's word; and
applications a report counts as items received (收件) are applications.

Slow tier: the real multilingual embedder places the English question near the Chinese clause.
Real reports."""

from __future__ import annotations

import pytest

from assistant import prose_clauses
from assistant.findings import NotStated, PassageFound
from assistant.prose_parts_en import english_parts
from assistant.understanding import understand

from .conftest import assert_quotes_verbatim

REAL = ("pingtan_2012_syq.txt", "pingtan_2013_dishui.txt", "pingtan_2014_syq.txt")


def test_applications_are_said_as_items_received(pingtan_gazetteer):
    query = understand("How many applications did the Pingtan administrative service centre receive in 2012?",
                       pingtan_gazetteer)
    said = prose_clauses.chinese_of(prose_clauses.counted_words(query))
    assert any("收件" in group for group in said)


TWO_ASKED = [
    ("How many applications did the Pingtan administrative service centre and the China Pingtan website receive "
     "together in 2012, and how many were completed?", "pingtan_2012_syq.txt", ["9898件", "9542件"]),
    ("How many approval matters did the Pingtan local taxation bureau accept in 2013, and how many did it "
     "complete?", "pingtan_2013_dishui.txt", ["117件", "171件"]),
]


@pytest.mark.slow
@pytest.mark.parametrize("question, report, figures", TWO_ASKED)
def test_each_figure_asked_is_its_own_clause_of_the_sentence(qa, question, report, figures):
    answer = qa.ask(question)
    assert [(c.report, c.highlight) for c in answer.citations] == [(report, f) for f in figures], answer.text
    assert_quotes_verbatim(qa, answer)


@pytest.mark.slow
def test_an_application_count_said_as_items_received_is_answered(qa):
    answer = qa.ask("By 14 December 2012, how many applications had the Pingtan administrative service center "
                    "received?")
    assert [(c.report, c.highlight) for c in answer.citations] == [("pingtan_2012_syq.txt", "9898件")], answer.text


@pytest.mark.slow
def test_a_later_part_its_sentence_does_not_answer_is_not_stated(qa):
    """"how many were rejected": the sentence of the first figure says no rejection; no other figure."""
    query = understand("How many approval matters did the Pingtan local taxation bureau accept in 2013, and how "
                       "many were rejected?", qa.engine.gazetteer)
    first, later = english_parts(query, qa.engine.scope).parts
    assert isinstance(first, PassageFound) and first.highlight == "117件"
    assert isinstance(later, NotStated)
