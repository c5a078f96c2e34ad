"""Issue 19, fresh7: the unit a question asks in is evidence, and follow-ups keep what they say.

- A measure word of another kind than the statistic linked ("多少人次" after a count in 条, "涉及
  多少人" of penalty decisions in 件) means that statistic is not what was asked: the prose is
  read for the question's own words, never the table's number answered.
- A change asked in the unit a prose statistic is counted in ("依申请公开信息数…多少条") is
  computed from that statistic, not from the request table (件) its words also link to.
- "同一年" / "同年" / "in the same year" keep the body and year; they ask no renaming.
- "其中" / "这当中" start no body's name; "其中各乡镇…" counts parts of the last answer's whole,
  read from the prose, never the whole's number again.

Other reports and wordings than the failing questions (fresh7 q062, q084, q087, q094).
"""

from __future__ import annotations

import pytest

from assistant.understanding import Intent
from assistant.understanding.metrics import Metric
from assistant.unit_guard import asked_unit, counts_asked
from tests.conftest import chat, metric_keys

REAL = ("pingtan_2012_syq.txt", "pingtan_2014_syq.txt", "pingtan_2018_syq.txt", "pingtan_czj_2020.txt", "pingtan_czj_2025.txt")

ZONE = "平潭综合实验区管委会"


# --- the measure word asked ------------------------------------------------------------------------

@pytest.mark.parametrize("question, unit", [
    ("那一年有多少人次访问了专栏？", "人次"),
    ("依申请公开信息数多了多少条？", "条"),
    ("有几个人专职做这项工作？", "人"),
    ("How many people visited the disclosure column?", "人"),
    ("比上年下降了几个百分点？", None),  # a percentage point is no count
    ("把这几份年报排个序", None),  # "这几份" asks nothing
    ("行政处罚几起、行政许可多少人？", None),  # two asks, two units: none is the question's
])
def test_the_measure_word_a_count_is_asked_in(question, unit):
    assert asked_unit(question) == unit


def test_people_never_count_items_but_may_count_requests():
    items = Metric(("主动公开情况.主动公开政府信息数",), "主动公开政府信息数", "items disclosed", "条")
    penalties = Metric(("行政处罚.处理决定数量",), "行政处罚", "administrative penalties", "件")
    requests = Metric(("政府信息公开申请.本年新收.总计",), "政府信息公开申请", "requests", "件")
    assert not counts_asked("人次", items, {"条"}) and not counts_asked("人", penalties, {"件"})
    assert counts_asked("人", requests, {"件"})  # "有多少人申请公开信息" counts the requests
    assert counts_asked("份", requests, {"件"}) and counts_asked("次", penalties, {"件"})  # said loosely
    assert counts_asked("个", requests, {"件"}) and not counts_asked("个", items, {"条"})  # 个 counts things


# --- follow-ups: the same year, the parts of the last whole -----------------------------------------

@pytest.mark.parametrize("follow_up, key", [
    ("同一年行政强制呢？", "行政强制.处理决定数量"),
    ("同年的行政许可有多少件？", "行政许可.处理决定数量"),
    ("同一年度行政强制是多少？", "行政强制.处理决定数量"),
    ("And administrative licences in the same year?", "行政许可.处理决定数量"),
])
def test_the_same_year_keeps_body_and_year_and_asks_no_renaming(samples_gazetteer, follow_up, key):
    query = chat(samples_gazetteer, "海原县卫生健康局2020年行政处罚多少件？", follow_up)
    assert query.intent != Intent.IDENTITY
    assert query.bodies == ["海原县卫生健康局"] and query.years == [2020] and key in metric_keys(query)


def test_same_is_still_asked_of_two_names(samples_gazetteer):
    query = chat(samples_gazetteer, "灵武市卫生和计划生育局和灵武市卫生健康局是同一个单位吗？")
    assert query.intent == Intent.IDENTITY


@pytest.mark.parametrize("follow_up", ["其中乡镇公开的占多少？", "这当中乡镇公开的有多少条？", "其中各乡镇公开了几条？"])
def test_a_scoping_word_starts_no_body_and_a_part_is_no_cell(pingtan_gazetteer, follow_up):
    query = chat(pingtan_gazetteer, "平潭实验区2014年一共主动公开了多少条政府信息？", follow_up)
    assert not query.unknown_bodies and query.bodies == [ZONE] and query.years == [2014]
    assert query.metrics == []  # the whole's cell never answers its part


def test_a_scoped_follow_up_naming_a_column_still_picks_it(samples_gazetteer):
    query = chat(samples_gazetteer, "海原县卫生健康局2020年因信息公开被申请行政复议几件？", "其中结果被纠正的有几件？")
    assert "行政复议.结果纠正" in metric_keys(query) and query.bodies == ["海原县卫生健康局"]


@pytest.mark.parametrize("question", ["平潭管委会办2025年收到几件政府信息公开申请？", "平潭实验区管委会办2025年的联系电话是多少？"])
def test_an_office_said_with_its_short_suffix_is_the_office(pingtan_gazetteer, question):
    # 管委会办 is 管委会办公室 (as 政府办 is 政府办公室): the longer name is not cut to the
    # committee, even where the committee is the one loose candidate with a report of the year
    assert chat(pingtan_gazetteer, question).bodies == ["平潭综合实验区管委会办公室"]


# --- answers --------------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_part_of_the_last_whole_is_read_from_the_prose(qa):
    chat_ = qa.chat()
    assert "2543条" in chat_.ask("平潭实验区2014年一共主动公开了多少条政府信息？").text
    part = chat_.ask("这当中乡镇公开的有多少条？")
    assert "856条" in part.text and "2543" not in part.text
    assert [c.report for c in part.citations] == ["pingtan_2014_syq.txt"]
    share = qa.chat()
    share.ask("平潭综合实验区2018年全区主动公开政府信息多少条？")
    answer = share.ask("其中乡镇公开的占多少？")
    assert "23.1%" in answer.text and "76.9%" not in answer.text and "2069" not in answer.text


@pytest.mark.slow
def test_a_part_naming_the_wholes_statistic_again_is_no_whole(qa):
    chat_ = qa.chat()
    chat_.ask("平潭综合实验区2012年主动公开政府信息多少条？")
    part = chat_.ask("其中各乡镇主动公开的信息有多少条？")
    assert "534条" in part.text and "739" not in part.text and "1913" not in part.text


@pytest.mark.slow
def test_a_bare_share_after_a_quoted_part_is_that_parts_share(qa):
    chat_ = qa.chat()
    chat_.ask("平潭综合实验区2018年全区主动公开政府信息多少条？")
    assert "477条" in chat_.ask("其中各乡镇公开了几条？").text
    answer = chat_.ask("占比是多少？")
    assert "23.1%" in answer.text and "76.9%" not in answer.text


@pytest.mark.slow
def test_a_new_thing_in_people_after_a_count_of_items_is_not_that_count(qa):
    chat_ = qa.chat()
    chat_.ask("平潭综合实验区2018年全区主动公开政府信息多少条？")
    answer = chat_.ask("同年有多少人次访问了信息公开专栏？")
    assert "108932人次" in answer.text and "2069" not in answer.text
    assert [c.report for c in answer.citations] == ["pingtan_2018_syq.txt"]


@pytest.mark.slow
def test_a_measure_word_mismatch_never_returns_the_table_number(qa):
    answer = qa.ask("海原县卫生健康局2020年的行政处罚涉及多少人？")
    penalties = qa.ask("海原县卫生健康局2020年行政处罚多少件？")
    number = penalties.text.split("为", 1)[1].split("件", 1)[0]  # the table's count, as answered
    assert number.isdigit() and number not in answer.text and answer.route != "facts"


@pytest.mark.slow
def test_things_counted_in_ge_are_no_items_of_information(qa):
    items = qa.ask("平潭实验区2014年通过政府网站公开了多少条信息？")
    assert "2543条" in items.text  # the table's count of items published on the website
    answer = qa.ask("平潭实验区2014年一共开设了多少个政府网站？")
    assert "2543" not in answer.text and answer.route != "facts"


@pytest.mark.slow
def test_a_change_asked_in_the_prose_statistics_unit_is_computed_from_the_prose(qa):
    answer = qa.ask("平潭财金局的依申请公开信息数，2025年的报告比2020年的多多少条？")
    assert "64条" in answer.text and "246条" in answer.text and "182条" in answer.text
    assert "件" not in answer.text.split("\n")[0]  # never the request table's 2件 − 0件
    assert {c.report for c in answer.citations} == {"pingtan_czj_2020.txt", "pingtan_czj_2025.txt"}


@pytest.mark.slow
def test_the_unit_guard_and_the_route_read_the_statistics_cells_once(qa, monkeypatch):
    """"…行政处罚多少件？" asks in a measure word: the guard looks at the units the statistic is
    counted in, the route answers from the same coverage; the catalog is read for it once."""
    catalog, asked = qa.engine.index.catalog, []
    read = catalog.facts

    def counted(*args, **kw):
        asked.append(kw.get("metric"))
        return read(*args, **kw)

    monkeypatch.setattr(catalog, "facts", counted)
    answer = qa.ask("海原县卫生健康局2020年行政处罚多少件？")
    assert answer.route == "facts" and answer.facts and "件" in answer.text
    penalties = [m for m in asked if m and m.startswith("行政处罚")]
    assert penalties and len(penalties) == len(set(penalties)), asked
