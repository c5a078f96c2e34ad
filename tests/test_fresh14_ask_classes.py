"""Question shapes the fresh14 set found answered with the wrong statistic, fixed by class and
checked here on other reports and wordings than the set's:

- a statistic's word inside a phrase that makes it another thing: who does the work ("monitored
  by a third party", "third-party assessment", "委托第三方监测", "第三方评估") is no statistic, so
  the ask is the prose's, never the request table's row withheld to protect third parties
  (保护第三方合法权益), which the same word still names when the ask is about withholding.
"""

from __future__ import annotations

import pytest

from .conftest import chat, metric_keys

REAL = ("pingtan_2018_syq.txt", "pingtan_gwhbgs_2025.txt")

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
