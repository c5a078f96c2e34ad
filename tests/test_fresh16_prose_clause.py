"""Question shapes the fresh16 set found answered from a clause that measures something else,
fixed by class and checked here on other reports and wordings than the set's:

- a channel of requests of the old appendix (当面 / 网络 / 信函 / 传真 / 电子邮件申请数) asked in
  everyday words ("亲自跑去申请", "写信申请", "发邮件申请", "在线提交申请"), beside a count of people
  ("有几个人"): the channel's row is asked, as its printed label would be (index/lexicon/statwords.py).
- where no table holds the statistic asked, the prose answers instead only with a figure said of it:
  "专栏访问量达72065人次" or "汇集了60个单位" is no count of people who requested, and the words every
  report says of everything (信息公开) tell no statistic (assistant/prose_measured.py).
"""

from __future__ import annotations

import pytest

from .conftest import chat, metric_keys

REAL = ("pingtan_2012_syq.txt", "pingtan_2013_syq.txt")


@pytest.mark.parametrize(("question", "row"), [
    ("平潭综合实验区2013年有几个人是亲自跑去申请的？", "依申请公开情况.当面申请数"),
    ("平潭综合实验区2013年写信申请的有几件？", "依申请公开情况.信函申请数"),
    ("平潭综合实验区2013年有多少人发邮件申请公开？", "依申请公开情况.电子邮件申请数"),
    ("平潭综合实验区2013年在线提交申请的有几件？", "依申请公开情况.网络申请数"),
    ("平潭综合实验区2013年有几个人上门来申请？", "依申请公开情况.当面申请数"),
])
def test_channel_in_everyday_words(pingtan_gazetteer, question, row):
    assert row in metric_keys(chat(pingtan_gazetteer, question))


def test_requests_received_stay_the_whole(pingtan_gazetteer):
    keys = metric_keys(chat(pingtan_gazetteer, "平潭综合实验区2013年收到多少件申请？"))
    assert not any("当面" in k or "信函" in k for k in keys)


@pytest.mark.parametrize("question", ["平潭综合实验区2012年有几个人申请信息公开？",
                                      "平潭综合实验区2012年有几个自然人来申请信息公开？"])
def test_prose_figure_of_another_measure_is_no_answer(qa, question):
    answer = qa.ask(question)
    for other in ("72065", "60个", "1288", "10659"):
        assert other not in answer.text, answer.text



def test_figure_under_a_heading_of_the_statistic_still_answers(qa):
    """"2.公众查阅点 指定…。目前已汇集了60个单位": the numbered heading says what the figure is of."""
    answer = qa.ask("平潭综合实验区2012年公众查阅点汇集了多少个单位的信息？")
    assert "60个" in answer.text, answer.text
