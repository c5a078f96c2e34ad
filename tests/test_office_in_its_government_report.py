"""Issue 19, class 1: an office named inside its government's report ("平潭实验区2018年年报中管委会
办公室的电话"). The words about the report before the office are no part of a body's name, and a
year the office has no report of is answered from its government's report of that year (whose
contact line the office signs), the answer saying which report it used.

Real reports: 平潭综合实验区管委会 2016 and 2018; its 管委会办公室 has reports of 2023 only here."""

from __future__ import annotations

import pytest

from assistant.understanding import understand

from .conftest import gazetteer_of

REAL = ("pingtan_2016_syq.txt", "pingtan_2018_syq.txt", "pingtan_gwhbgs_2023.txt")
OFFICE, COMMITTEE = "平潭综合实验区管委会办公室", "平潭综合实验区管委会"


@pytest.fixture(scope="module")
def gazetteer(real_reports):
    return gazetteer_of(real_reports / name for name in REAL)


@pytest.mark.parametrize("question", ["平潭2023年年度报告里管委会办公室的联系地址在哪", "平潭实验区2023年的报告中管委会办公室电话多少",
                                      "平潭实验区2023年报表里管委会办公室的邮编"])
def test_words_about_the_report_are_no_part_of_the_body_named_after_them(gazetteer, question):
    query = understand(question, gazetteer)
    assert query.unknown_bodies == [] and query.bodies == [OFFICE]


@pytest.mark.parametrize("question, year, value", [
    ("平潭综合实验区2016年年报中管委会办公室的电话是多少", 2016, "23165327"),
    ("平潭实验区2018年年度报告里管委会办公室的联系地址在哪", 2018, "金井湾"),
])
def test_an_office_inside_its_government_report_is_answered_from_that_report(qa, question, year, value):
    answer = qa.ask(question)
    assert value in answer.text and "没有该年的年报" in answer.text and COMMITTEE in answer.text
    assert [(c.body, c.year) for c in answer.citations] == [(COMMITTEE, year)]


def test_an_office_of_a_year_it_has_no_report_of_named_alone_is_still_missing(qa):
    answer = qa.ask("平潭实验区2018年管委会办公室的地址")
    assert "没有" in answer.text and not answer.citations
