"""A table cell that could not be read (blank, or digits run together) beside a prose clause that
measures the same statistic with the question's own words (fresh16 class), on another wording than
the set's: the note on the cell, then the prose clause's figure, both cited (assistant/prose_unread.py);
a question in the cell's own words (现行有效) keeps the cell's note alone."""

from __future__ import annotations

REAL = ("pingtan_gwhbgs_2023.txt",)


def test_prose_clause_said_beside_an_unread_cell(qa):
    answer = qa.ask("平潭管委会办公室2023年梳理了历年印发的多少份行政规范性文件？")
    assert "228份" in answer.text, answer.text


def test_the_cells_own_words_keep_the_note_alone(qa):
    answer = qa.ask("平潭管委会办公室2023年现行有效的规范性文件有多少件？")
    assert "228" not in answer.text, answer.text
