"""fresh13 follow-ups (other bodies, years and wordings than q087, q096, q097, q092, q103, q105, q102).

1. "哪个更多 / 哪年多 / which year was higher?" after one statistic answered for two years (or two
   bodies) compares THOSE answers, never a ranking of every body of the last year; after two
   answers read from the prose, their two figures (each cited again), never a number read anew.
2. "2016年呢" after an answer read from the prose asks the topic question of that year; "增加了多少"
   then is the change between the two prose figures.
3. "淮安市政府2024年呢" after another body's prose answer asks the topic of the body named: its
   report's figure, never the one answered before.
4. "How many?" / "how many projects?" after an amount asks the count column of the same row
   (采购项目数量), never the amount again; "carried over into 2026" / "结转到2026年" names the
   destination of the carry-over: the report asked is the year before, its 结转下年度 row.
"""

from __future__ import annotations

import pytest

REAL = ("pingtan_2014_syq.txt", "pingtan_czj_2020.txt", "hongze_2023.pdf", "pingtan_2025_syq.txt", "pingtan_2015_syq.txt", "pingtan_2016_syq.txt", "hongze_2024.pdf", "huaian_2024.pdf",
        "pingtan_czj_2025.txt", "pingtan_nyncj_2024.txt", "pingtan_zfyjj_2024.txt",
        "pingtan_jjfzj_2024.txt", "pingtan_lywtj_2024.txt")
PT14, PT15 = "pingtan_2014_syq.txt", "pingtan_2015_syq.txt"
CZJ20, HONGZE23, PT25 = "pingtan_czj_2020.txt", "hongze_2023.pdf", "pingtan_2025_syq.txt"
PT16, HONGZE, HUAIAN = "pingtan_2016_syq.txt", "hongze_2024.pdf", "huaian_2024.pdf"
NYNCJ, ZFYJJ = "pingtan_nyncj_2024.txt", "pingtan_zfyjj_2024.txt"


def _ask(qa, *turns: str):
    chat = qa.chat()
    return [chat.ask(t) for t in turns][-1]


# --- 1. which of the earlier answers is larger -----------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("turns", [
    ("How many government information disclosure requests did Pingtan receive in 2014?", "And in 2015?",
     "Which year had more?"),
    ("平潭综合实验区2014年收到多少件政府信息公开申请", "2015年呢", "哪年多"),
    ("平潭综合实验区2015年收到多少件政府信息公开申请", "那2014年的呢", "哪个更多"),
])
def test_which_is_larger_compares_the_two_years_answered(qa, turns):
    answer = _ask(qa, *turns)
    assert answer.route == "facts" and {c.report for c in answer.citations} == {PT14, PT15}
    assert answer.text.index("2014") < answer.text.index("2015")  # 2014's one request is the more


@pytest.mark.slow
@pytest.mark.parametrize("turns", [
    ("平潭农业农村局2024年行政处罚多少件", "综合执法与应急管理局呢", "哪个更多"),
    ("How many administrative penalties did the Pingtan Agriculture and Rural Affairs Bureau make in 2024?",
     "And the Pingtan Comprehensive Law Enforcement and Emergency Management Bureau?", "Which was higher?"),
])
def test_which_is_larger_compares_the_two_bodies_answered(qa, turns):
    answer = _ask(qa, *turns)
    assert {c.report for c in answer.citations} == {NYNCJ, ZFYJJ}
    assert "545" in answer.text and "57" in answer.text


@pytest.mark.slow
@pytest.mark.parametrize("turns, first, reports", [
    (("洪泽区2024年收取的信息处理费是多少", "淮安市政府2024年呢", "哪个更多"), "3940", {HONGZE, HUAIAN}),
    (("平潭综合实验区2016年政府信息公开专栏访问量多少", "2015年的呢", "哪年多"), "162103", {PT15, PT16}),
])
def test_which_is_larger_compares_the_two_prose_figures_answered(qa, turns, first, reports):
    answer = _ask(qa, *turns)
    assert {c.report for c in answer.citations} == reports and len(answer.citations) == 2
    assert answer.text.splitlines()[0].count(first) == 1


# --- 2. a year asked again of a prose topic, and the change between the two ------------------------

@pytest.mark.slow
def test_a_year_after_a_prose_answer_asks_the_topic_of_that_year(qa):
    chat = qa.chat()
    chat.ask("平潭综合实验区2015年政府信息公开专栏访问量多少")
    again = chat.ask("2016年呢")
    assert "162103" in again.text and {c.report for c in again.citations} == {PT16}
    change = chat.ask("增加了多少")
    assert "28213" in change.text and {c.report for c in change.citations} == {PT15, PT16}


# --- 3. a body asked again of a prose topic -------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("turns, said, report", [
    (("洪泽区2024年收取的信息处理费是多少", "淮安市政府2024年呢"), "3940", HUAIAN),
    (("平潭财政金融局2025年收取的信息处理费是多少", "洪泽区2024年呢"), "0元", HONGZE),
])
def test_a_body_after_a_prose_answer_asks_the_topic_of_that_body(qa, turns, said, report):
    answer = _ask(qa, *turns)
    assert said in answer.text and {c.report for c in answer.citations} == {report}


# --- 4. the sibling measure, and the year a carry-over goes to ---------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("turns, said, report", [
    (("How much did the Pingtan Finance Bureau spend on centralized government procurement in 2020?", "How many?"),
     "2 projects", CZJ20),
    (("What was the total amount of centralized procurement by the Lingwu Health Bureau in 2020?",
      "And the number of projects?"), "9 projects", "000_5fdff1f93ec53c39.txt"),
])
def test_a_count_after_an_amount_is_the_rows_count(qa, turns, said, report):
    answer = _ask(qa, *turns)
    assert said in answer.text and "万元" not in answer.text and {c.report for c in answer.citations} == {report}


@pytest.mark.slow
@pytest.mark.parametrize("turns, said, report", [
    (("How many requests did Hongze District receive in 2023?", "How many did it carry forward into 2024?"),
     "carried over to the next year", HONGZE23),
    (("平潭综合实验区有多少件申请结转到2026年继续办理",), "6件", PT25),
    (("How many disclosure requests did Pingtan carry over into 2026?",), "6 requests", PT25),
])
def test_the_year_a_carry_over_goes_to_asks_the_report_before_it(qa, turns, said, report):
    answer = _ask(qa, *turns)
    assert said in answer.text and {c.report for c in answer.citations} == {report}
