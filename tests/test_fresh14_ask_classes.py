"""Question shapes the fresh14 set found answered with the wrong statistic, fixed by class and
checked here on other reports and wordings than the set's:

- a statistic's word inside a phrase that makes it another thing: who does the work ("monitored
  by a third party", "third-party assessment", "委托第三方监测", "第三方评估") is no statistic, so
  the ask is the prose's, never the request table's row withheld to protect third parties
  (保护第三方合法权益), which the same word still names when the ask is about withholding.
- two Chinese asks with only a space between ("收了多少件 结转到下一年几件"): the space is a clause
  break like a comma, so both are answered, each its own statistic; a space inside one ask
  ("平潭综合实验区 2025年 收到多少件申请") is still dropped.
- a procurement count asked by its measure word ("多少笔", "几宗", "how many transactions") beside
  its amount ("总金额多少元"): the count column and the amount column, both, never the amount alone.
"""

from __future__ import annotations

import pytest

from .conftest import chat, metric_keys

REAL = ("pingtan_2018_syq.txt", "pingtan_gwhbgs_2025.txt", "pingtan_czj_2020.txt")

THIRD_PARTY_ROW = "保护第三方合法权益"


@pytest.mark.parametrize("question", [
    "平潭综合实验区2018年行政服务质量第三方评估是怎么开展的？",
    "平潭综合实验区管委会办公室2025年委托第三方监测了多少个政府网站？",
    "How many websites did the Pingtan zone office have checked by an independent third party in 2025?",
    "Did Pingtan zone commission a third-party assessment of its service centre in 2018?",
])
def test_third_party_as_who_does_the_work_is_no_statistic(pingtan_gazetteer, question):
    query = chat(pingtan_gazetteer, question)
    assert not any(THIRD_PARTY_ROW in k for k in metric_keys(query)), metric_keys(query)


@pytest.mark.parametrize("question", [
    "平潭综合实验区管委会办公室2025年因保护第三方合法权益不予公开多少件？",
    "How many of the Pingtan zone office's 2025 requests were withheld to protect third parties?",
])
def test_third_party_withheld_still_the_row(pingtan_gazetteer, question):
    keys = metric_keys(chat(pingtan_gazetteer, question))
    assert keys and all(THIRD_PARTY_ROW in k for k in keys), keys


def test_third_party_monitoring_answered_from_prose(qa):
    answer = qa.ask("平潭综合实验区管委会办公室2025年通过第三方监测服务监管了多少个政务新媒体？")
    assert "29" in answer.text and THIRD_PARTY_ROW not in answer.text, answer.text


RECEIVED = {"政府信息公开申请.本年新收.总计", "依申请公开情况.收到申请数"}
CARRIED = {"政府信息公开申请.结转下年度.总计"}
DONE = {"政府信息公开申请.总计.总计", "依申请公开情况.申请办结数"}


@pytest.mark.parametrize("question,asked", [
    ("海原县卫健局2020年收到多少件政府信息公开申请 结转下年度几件", [RECEIVED, CARRIED]),
    ("灵武市卫生健康局2021年一共收到几件申请  办结了几件", [RECEIVED, DONE]),
    ("西夏区卫健局2023年申请办结了多少件 结转到2024年的有几件", [DONE, CARRIED]),
])
def test_two_asks_a_space_apart_are_both_asked(samples_gazetteer, question, asked):
    assert [set(m.keys) for m in chat(samples_gazetteer, question).metrics] == asked


def test_a_space_inside_one_ask_is_dropped():
    from assistant.understanding.hygiene import normalize

    assert normalize("平潭综合实验区 2025年 收到 多少件申请") == "平潭综合实验区 2025年收到多少件申请"
    assert normalize("收了多少件 结转几件") == "收了多少件,结转几件"


COUNT, AMOUNT = {"政府集中采购.采购项目数量"}, {"政府集中采购.采购总金额"}


@pytest.mark.parametrize("question,asked", [
    ("海原县卫健局2020年政府集中采购多少笔？总金额多少元？", [COUNT, AMOUNT]),
    ("西夏区卫健局2023年政府集中采购了多少宗，一共多少万元", [COUNT, AMOUNT]),
    ("灵武市卫生健康局2021年政府集中采购多少笔", [COUNT]),
    ("How many procurement transactions did Haiyuan health bureau make in 2020, and for what total amount?",
     [COUNT, AMOUNT]),
])
def test_procurement_count_by_its_measure_word(samples_gazetteer, question, asked):
    assert [set(m.keys) for m in chat(samples_gazetteer, question).metrics] == asked


def test_procurement_count_and_amount_answered(qa):
    answer = qa.ask("平潭综合实验区财政金融局2020年政府集中采购多少笔？总金额多少元？")
    assert "2笔" in answer.text and "984361" in answer.text, answer.text
