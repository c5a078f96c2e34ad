"""Question shapes the fresh13 set found answered with the wrong statistic, fixed by class and
checked here on other reports and wordings than the set's:

- a stem word of the old appendix's rows (收到 of 收到申请数, what tells it from its siblings
  当面申请数 …) said beside another statistic ("收到过…行政复议申请吗", "收到了行政诉讼吗") only
  narrows a sibling row of its own: the appeals asked stay the appeals, never the requests
  received (行政复议数量 is no sibling of 收到申请数).
- two asks in one message, requests received then handled ("收到多少件申请？办结多少？"): 收到
  belongs to the first ask only, so the second is 办结 (the request table's total of results,
  the old appendix's 申请办结数), never the received requests again.
- a count the prose says before the statistic ("收到1份有关政府信息公开行政复议申请") beside a table
  that prints another number: the answer on the cell says the text's number too, in the text's
  own measure word (1份, 3份), both cited.
- a percent change of an item count "relative to the previous year" ("相对于上一年", "relative to
  the previous year's item count"): the 2019/2020 row's 本年增/减 over its 上一年项目数量, as
  "比上一年" asks it, never a share of the decisions.
- a remainder asked of a thing the prose counts ("还有多少件咨询投诉没办结") where the sentence's
  search finds both its figures at once (共收到15564件…，已办结15042件): the whole less the part
  done, both cited, never the two figures side by side.
- an English question about items a clause lists each with its own figure ("行政权力事项3646项、
  公共服务事项281项"; power lists, public-service items: index/lexicon/prose_en.py): each item
  is a clause of its own, so its figure is told from the other's; and two English asks in one
  message each get the clause nearest them, as a single ask does.
"""

from __future__ import annotations

import pytest

from .conftest import chat, metric_keys

REAL = ("pingtan_2013_syq.txt", "pingtan_nyncj_2024.txt", "pingtan_2018_syq.txt", "pingtan_2015_syq.txt",
        "pingtan_2016_syq.txt")

APPEALS = {"行政复议.总计", "行政复议数量"}
LAWSUITS = {"行政诉讼.未经复议直接起诉.总计", "行政诉讼.复议后起诉.总计", "行政诉讼数量"}
RECEIVED = {"政府信息公开申请.本年新收.总计", "依申请公开情况.收到申请数"}
DONE = {"政府信息公开申请.总计.总计", "依申请公开情况.申请办结数"}


@pytest.mark.parametrize("question,keys", [
    ("平潭县2012年收到过信息公开方面的行政复议申请吗？几份？", APPEALS),
    ("平潭综合实验区2014年收到了几份行政复议申请", APPEALS),
    ("平潭县2013年收到行政诉讼了吗", LAWSUITS),
])
def test_received_said_of_appeals_keeps_the_appeals(pingtan_gazetteer, question, keys):
    assert metric_keys(chat(pingtan_gazetteer, question)) == keys


@pytest.mark.parametrize("question", [
    "海原县卫健局2020年收到多少件政府信息公开申请？办结多少？",
    "灵武市卫生健康局2021年一共收到几件申请，办结了几件？",
])
def test_received_then_done_asks_both(samples_gazetteer, question):
    query = chat(samples_gazetteer, question)
    assert [set(m.keys) for m in query.metrics] == [RECEIVED, DONE]


def test_a_stem_in_a_clause_of_its_own_narrows_the_ask_before(pingtan_gazetteer):
    query = chat(pingtan_gazetteer, "平潭县2012年全县收到了几条信息公开申请？通过传真来申请的有几条")
    assert "依申请公开情况.传真申请数" in metric_keys(query)


@pytest.mark.parametrize("question,text,table", [
    ("平潭综合实验区2013年行政复议有几件？", "正文写作1份", "0件"),
    ("平潭综合实验区农业农村局2024年收到几件申请", "正文写作3份", "0件"),
])
def test_the_texts_count_beside_the_cell_in_its_own_measure_word(qa, question, text, table):
    answer = qa.ask(question)
    assert text in answer.text and table in answer.text, answer.text
    assert len(answer.citations) == 2


@pytest.mark.parametrize("question,percent", [
    ("By what percentage did the number of administrative penalty items of Haiyuan County Health Bureau "
     "change in 2020 relative to the previous year?", "%"),
    ("海原县卫健局2020年行政许可项目数量相对于上一年增长了百分之几？", "23.7%"),
    ("In percent, how much did Lingwu health bureau's penalty items change in 2020 relative to the prior year's count?",
     "%"),
])
def test_a_percent_change_relative_to_the_previous_year(qa, question, percent):
    answer = qa.ask(question)
    assert percent in answer.text and "÷" in answer.text and len(answer.citations) == 2, answer.text


@pytest.mark.parametrize("question", [
    "平潭综合实验区2018年12345便民服务平台还剩多少件咨询投诉没有办结",
    "平潭12345平台在2018年的年报里有多少件咨询投诉件尚未办结？",
])
def test_a_remainder_of_two_figures_found_at_once(qa, question):
    answer = qa.ask(question)
    assert "522件" in answer.text and len(answer.citations) == 2, answer.text


# English asks find the Chinese prose's clause through the multilingual embedder: the slow tier,
# where the real one embeds (the fast tier's hash embedder knows no English word's Chinese)
@pytest.mark.slow
@pytest.mark.parametrize("question,figures", [
    ("How many administrative power items did Pingtan list in 2016?", ["3646"]),
    ("How many public service items did Pingtan's 2016 report list?", ["281"]),
    ("According to Pingtan's 2016 report, how many administrative power items were listed, and how many "
     "public service items?", ["3646", "281"]),
    ("In its 2015 report, how many items were on Pingtan's power list, and how many public-service items?",
     ["2917", "240"]),
])
def test_english_asks_of_items_listed_with_their_figures(qa, question, figures):
    answer = qa.ask(question)
    marked = [f for f in figures if f"**{f}项**" in answer.text]
    assert marked == figures and len(answer.citations) == len(figures), answer.text
