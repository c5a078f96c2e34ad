"""Figures the prose states, picked and quoted right (issue 19, round 7). Other reports, sentences
and wordings than the dev failures they came from:

- a running total (截至…共计, 累计) and the year's own figure (…年度, 全年) of one thing in one
  sentence: a question about the year takes the year's, one about the stock the running total,
  one saying neither gets both (assistant/prose_scope.py);
- a prose figure is quoted with its clause(s), not a sentence full of other figures; a part with
  its whole; a short sentence whole (assistant/quotes.py, the one span rule);
- a rate over two figures of one sentence, one nested in the other ("累计收件9898件，累计办结9542件":
  办结率), and never a part larger than its whole (assistant/prose_share.py);
- one body's prose figure in two years' reports worded differently: their difference, each cited
  (assistant/prose_years.py).
A real index of the samples and real reports; the readers themselves on sentences of them.
"""

from __future__ import annotations

import re

import pytest

from assistant.prose_scope import asked_scope, by_scope, scope_of
from assistant.prose_share import _nested_pairs, part_asked
from assistant.quotes import clause_quote, cut_quote, shown
from assistant.typed import Span

from .conftest import REAL_REPORTS, assert_quotes_verbatim

REAL = ("pingtan_2012_syq.txt", "pingtan_2016_syq.txt", "pingtan_czj_2020.txt", "pingtan_czj_2022.txt",
        "pingtan_2013_dishui.txt", "pingtan_2025_syq.txt")


def _sentence(report: str, marker: str) -> str:
    text = (REAL_REPORTS / report).read_text(encoding="utf-8")
    at = text.index(marker)
    start = max(text.rfind(c, 0, at) for c in "。；") + 1
    return text[start:text.index("。", at) + 1]


# --- a figure's scope --------------------------------------------------------------------------------

RUNNING_AND_YEAR = "截至2023年底本中心累计受理热线工单5200件，2023年度共受理热线工单860件，其中投诉类310件。"


def test_a_running_total_and_the_years_figure_are_told_apart():
    at = RUNNING_AND_YEAR.index
    assert scope_of(RUNNING_AND_YEAR, at("5200")) == "running"
    assert scope_of(RUNNING_AND_YEAR, at("860")) == "year"  # 年度 makes it the year's, 截至 or not
    assert scope_of(RUNNING_AND_YEAR, at("310")) is None


@pytest.mark.parametrize(("question", "scope"), [
    ("热线工单2023年受理了多少件？", "year"),
    ("那年新增了几件工单？", "year"),
    ("截至去年底总共到了多少件？", "stock"),
    ("热线开通以来累计受理多少件？", "stock"),
    ("How many hotline cases were received during 2023?", "year"),
    ("How many cases has the hotline handled in total as of 2023?", "stock"),
    ("热线工单是多少件？", None),
])
def test_the_question_says_which_scope_it_asks(question, scope):
    assert asked_scope(question) == scope


def test_a_question_saying_neither_gets_both_the_years_first():
    running = Span("5200件", RUNNING_AND_YEAR.index("5200"), RUNNING_AND_YEAR.index("5200") + 5, 0.8)
    year = Span("860件", RUNNING_AND_YEAR.index("860"), RUNNING_AND_YEAR.index("860") + 4, 0.8)
    assert by_scope(RUNNING_AND_YEAR, [running, year], running, "2023年受理了多少件热线工单", 0.15) is year
    assert by_scope(RUNNING_AND_YEAR, [running, year], year, "累计受理了多少件热线工单", 0.15) is running
    both = by_scope(RUNNING_AND_YEAR, [running, year], running, "热线工单是多少件", 0.15)
    assert both is year and both.also is running


@pytest.mark.slow
@pytest.mark.parametrize(("question", "figure", "other"), [
    ("灵武市卫健局截至2020年底累计发过多少条微博？", "3759", "1968"),
    ("How many Weibo posts did the Lingwu Health Bureau publish during 2020?", "1968", "3759"),
])
def test_the_scope_asked_picks_the_figure_each_quoted_with_its_clause(qa, question, figure, other):
    a = qa.ask(question)
    assert figure in a.text.splitlines()[0] and other not in a.text
    assert figure in a.citations[0].quote and other not in a.citations[0].quote
    assert_quotes_verbatim(qa, a)


# --- the one span rule of a prose figure's quote ---------------------------------------------------------

@pytest.mark.slow
def test_an_answer_from_a_long_list_shows_its_own_clause(qa):
    a = qa.ask("平潭综合实验区2016年公开的安全生产、应急管理类信息有多少条？")
    assert "226条" in a.text.splitlines()[0]
    assert "612" not in a.text and "1796" not in a.text and "…" in a.text
    assert a.citations[0].quote.replace(" ", "") == "安全生产、应急管理类信息226条"
    assert_quotes_verbatim(qa, a)


def test_a_figure_of_a_long_list_is_quoted_with_its_own_clause(real_reports):
    sentence = _sentence("pingtan_2016_syq.txt", "机构职能类信息612条")
    quoted = shown(sentence, "223条", "**")
    assert "**223条**" in quoted and "612" not in quoted and "1796" not in quoted
    assert quoted.startswith("…") and quoted.endswith("…")  # cut on both sides, said so
    assert "政策、规范性文件类信息" in quoted  # the 、 inside an item's name is no break


def test_a_part_is_quoted_from_its_qizhong_and_a_short_sentence_whole(real_reports):
    sentence = _sentence("pingtan_czj_2022.txt", "共收到政府信息公开申请")
    # three quantities at most: the sentence is kept whole (it says what other parts ask: 债务)
    assert shown(sentence, "1件") == sentence
    text = "2023年，本局共发放各类补贴资金1250万元，惠及群众5600人，其中低保户320人、特困人员45人、残疾人88人。"
    # a part named by its own words: from its 其中, the whole (5600) only when asked (tests/test_quote_neighbours.py)
    assert clause_quote(text, text.index("320人"), text.index("320人") + 4) == "其中低保户320人"
    assert cut_quote("共发放补贴资金1250万元，惠及群众5600人，其中低保户320人、特困人员45人。", "1250万元") == \
        "共发放补贴资金1250万元"


def test_a_postcode_or_phone_is_quoted_with_its_label():
    line = "地址：某路1号，邮编：755200，电话：0951-1234567，受理件数12件，办结11件，回复10件。"
    assert shown(line, "755200") == "…邮编：755200…"
    assert cut_quote(line, "0951-1234567") == "电话：0951-1234567"


# --- a rate over two figures one nested in the other -----------------------------------------------------

def test_the_part_a_rate_is_asked_of():
    assert part_asked("网上审批的办结率是多少") == "办结"
    assert part_asked("收到的留言里已回复的占多少比例") == "已回复"
    assert part_asked("行政处罚的比率是多少") is None


def test_a_part_larger_than_its_whole_is_no_share(real_reports):
    sentence = _sentence("pingtan_2013_dishui.txt", "共受理审批事项")
    assert list(_nested_pairs(sentence, "办结", "审批事项的办结率")) == []  # 办结171 > 受理117


@pytest.mark.slow
def test_a_rate_over_two_running_figures_of_one_sentence(qa):
    a = qa.ask("平潭综合实验区2012年网上审批收件的办结率是多少？")
    assert "96.4%" in a.text and "9542" in a.text and "9898" in a.text
    assert {c.report for c in a.citations} == {"pingtan_2012_syq.txt"}
    assert_quotes_verbatim(qa, a)


# --- one body's prose figure across two years ---------------------------------------------------------

@pytest.mark.slow
def test_a_prose_figure_worded_two_ways_is_compared_across_two_years(qa):
    a = qa.ask("平潭财政局发布的财税政策及解读，2022年比2020年多了几条？")
    assert re.search(r"多\s*5\s*条", a.text) and "8条" in a.text and "3条" in a.text
    assert {c.report for c in a.citations} == {"pingtan_czj_2022.txt", "pingtan_czj_2020.txt"}
    assert_quotes_verbatim(qa, a)


@pytest.mark.slow
def test_no_difference_when_a_year_states_no_figure_of_the_words(qa):
    a = qa.ask("平潭财政局发布的政府债券发行公告，2022年比2020年多了几条？")
    assert not re.search(r"多\s*\d+\s*条", a.text)


@pytest.mark.slow
def test_a_follow_up_naming_another_part_asks_its_share_not_the_one_quoted(qa):
    """"那各乡镇的占比呢？" after the 区直部门's figure quoted with its share beside it: the 乡镇's
    share (47%), never the share just quoted (53%)."""
    conversation = qa.chat()
    conversation.ask("平潭综合实验区2016年一共主动公开多少条政府信息？")
    assert "1822" in conversation.ask("其中区直各部门公开的有多少条？").text
    third = conversation.ask("那各乡镇的占比呢？").text.splitlines()[0]
    assert "47%" in third and "53%" not in third


def test_a_clause_another_ask_of_the_question_names_is_quoted_too():
    """"how many did it produce, and how many were disclosed": the clause of 制发 goes with the
    disclosed figure's; a question asking only the disclosed gets that figure's clause alone."""
    text = "2024年，我局共制发政府信息349条，主动公开124条，依申请公开173条，不予公开52条。"
    at = text.index("124条")
    assert clause_quote(text, at, at + 4) == "主动公开124条"
    assert clause_quote(text, at, at + 4, also=("制发",)) == "我局共制发政府信息349条，主动公开124条"
