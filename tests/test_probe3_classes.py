"""Question shapes the third probe set (eval/questions/probe3.jsonl) found answered wrong, fixed
by class and checked here on other reports and wordings than the set's:

- requests put off into the next year in everyday words ("拖到明年", "顺延到下年度答复",
  "deferred to the next year"): the 结转下年度 row, never the requests received.
- a rating asked of a count ("申请人满意度", "好评率", "satisfaction", "score"): no table holds a
  rating, so the answer says so, never the count of requests or decisions.
- a follow-up naming its year relative to the last turn's ("那前一年呢", "次年呢", "and the year
  before?", "the following year?"): the year before or after the one kept, never the same year;
  the carried-over rows and a year compared against are no such year.
"""

from __future__ import annotations

import pytest

from .conftest import chat, metric_keys

REAL = ("pingtan_czj_2022.txt", "pingtan_2013_county.txt")

CARRIED_ON = "政府信息公开申请.结转下年度.总计"


@pytest.mark.parametrize("question", [
    "海原县卫健局2020年有几件申请拖到明年办",
    "灵武市卫生健康局2020年顺延到下年度答复的申请有多少",
    "沙坡头区卫健局2021年推迟到下一年处理的申请几件",
    "How many of Haiyuan health bureau's 2020 requests were deferred to the next year?",
    "Lingwu health bureau 2020: requests postponed until next year?",
])
def test_requests_put_off_into_the_next_year(samples_gazetteer, question):
    assert metric_keys(chat(samples_gazetteer, question)) == {CARRIED_ON}


@pytest.mark.parametrize("first,follow,year", [
    ("How many requests did Pingtan County receive in 2013?", "And the year before?", 2012),
    ("How many requests did Pingtan County receive in 2012?", "and the following year?", 2013),
    ("平潭县2013年收到几条申请", "那前一年呢", 2012),
    ("平潭县2012年收到几条申请", "次年呢", 2013),
    ("平潭县2012年收到几条申请", "那后一年的呢？", 2013),
])
def test_a_year_named_relative_to_the_last_turn(pingtan_gazetteer, first, follow, year):
    assert chat(pingtan_gazetteer, first, follow).years == [year]


@pytest.mark.parametrize("follow", ["结转到下一年的呢", "那上一年结转的呢", "And how many were carried over from the year before?",
                                    "and how many were carried over to the next year?"])
def test_carried_over_rows_keep_the_year(samples_gazetteer, follow):
    assert chat(samples_gazetteer, "海原县卫健局2020年收到多少申请", follow).years == [2020]


@pytest.mark.parametrize("question,body", [
    ("海原县卫健局2020年申请人的满意度是多少", "海原县"),
    ("平潭财政局2022年信息公开的好评率多少", "平潭"),
    ("What satisfaction rating did the Pingtan finance bureau get on its 2022 disclosure requests?", "Pingtan"),
    ("Lingwu health bureau 2020 penalties: what was the score?", "Lingwu"),
])
def test_a_rating_asked_of_a_count_is_not_in_the_tables(qa, question, body):
    answer = qa.ask(question)
    assert answer.route == "refusal" and body in answer.text, answer.text
    assert not any(ch.isdigit() for ch in answer.text.split("\n")[0].replace("2020", "").replace("2022", ""))
