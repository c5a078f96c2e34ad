"""Of an English question's clauses in one report, the whole over a part the question does not name
(fresh16 class), checked on other wordings than the set's: "今年我局共受理审批事项117件" answers how many
tax approval matters the bureau accepted, never "受理审批个人出售自有住房减免税共计7件" (a part, its
qualifier unasked), and no longer a refusal for two close clauses; asked of the part by its qualifier,
the part answers (assistant/prose_whole_en.py)."""

from __future__ import annotations

import pytest

REAL = ("pingtan_2013_dishui.txt",)
#: English clauses are placed by the index's multilingual embedder (the fast tier's hash embedder
#: places none): these run with the real one.
pytestmark = pytest.mark.slow


def test_the_whole_answers_the_general_ask(qa):
    answer = qa.ask("How many tax approval matters did Pingtan's local taxation bureau accept in 2013?")
    assert "**117件**" in answer.text and "**7件**" not in answer.text, answer.text


def test_the_part_answers_when_its_qualifier_is_asked(qa):
    answer = qa.ask("In the 2013 Pingtan local tax bureau report, how many tax reductions for individuals selling "
                    "their own homes were accepted?")
    assert "**7件**" in answer.text, answer.text
