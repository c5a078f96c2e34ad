"""Question shapes the third probe set (eval/questions/probe3.jsonl) found answered wrong, fixed
by class and checked here on other reports and wordings than the set's:

- requests put off into the next year in everyday words ("拖到明年", "顺延到下年度答复",
  "deferred to the next year"): the 结转下年度 row, never the requests received.
- a rating asked of a count ("申请人满意度", "好评率", "satisfaction", "score"): no table holds a
  rating, so the answer says so, never the count of requests or decisions.
- a follow-up naming its year relative to the last turn's ("那前一年呢", "次年呢", "and the year
  before?", "the following year?"): the year before or after the one kept, never the same year;
  the carried-over rows and a year compared against are no such year.
- the fees charged for requests named with a general money question ("信息处理费收了多少钱",
  "处理费一共多少钱"): that fee, read from the prose when the form has no cell, never the
  行政事业性收费 beside it nor a sum of spending.
- a review or lawsuit outcome in everyday words (败诉 / 打输 / lose: 结果纠正; 驳回 / 胜诉: 结果维持,
  as the old appendix's "维持具体行政行为或者驳回原告诉讼请求数" counts a dismissed claim): that
  outcome's cells, never the appeals' total.
"""

from __future__ import annotations

import pytest

from .conftest import chat, metric_keys

REAL = ("pingtan_czj_2022.txt", "pingtan_2013_county.txt", "hongze_2024.pdf")

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


@pytest.mark.parametrize("follow", ["那上一年的项目数量呢", "那它的事项目录上一年有多少项？", "那上一年的事项数呢"])
def test_last_years_item_count_keeps_the_year(samples_gazetteer, follow):
    q = chat(samples_gazetteer, "海原县卫健局2020年罚了多少次", follow)
    assert q.years == [2020] and metric_keys(q) == {"行政处罚.上一年项目数量"}


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


@pytest.mark.parametrize("question,keys", [
    ("灵武市卫计局2016年信息处理费收了多少钱", {"依申请公开信息收取的费用"}),
    ("沙坡头区卫健局2021年信息处理费收费多少", {"依申请公开信息收取的费用"}),
    # named by its own name, the 行政事业性收费 is asked too
    ("沙坡头区卫健局2021年信息处理费和行政事业性收费各多少", {"依申请公开信息收取的费用", "行政事业性收费.收费金额"}),
])
def test_a_fee_named_takes_the_general_money_words(samples_gazetteer, question, keys):
    assert metric_keys(chat(samples_gazetteer, question)) == keys


@pytest.mark.parametrize("question,key", [
    ("信息处理费收了多少钱", "fees"),
    ("政务公开经费一共多少钱", "budget"),
    ("信息公开工作花了多少钱", "spending"),
    ("一共多少钱", "spending"),
])
def test_money_in_general_asks_the_sum_named(question, key):
    from assistant.typed import asked_thing

    assert asked_thing(question).key == key


@pytest.mark.parametrize("question", ["洪泽区2024年信息处理费收了多少钱？", "洪泽区2024年信息处理费一共多少钱"])
def test_a_fee_stated_in_the_prose_only(qa, question):
    answer = qa.ask(question)
    assert "0元" in answer.text.replace(" ", "") and "7545" not in answer.text, answer.text
    assert {c.report for c in answer.citations} == {"hongze_2024.pdf"}


@pytest.mark.parametrize("question,outcome", [
    ("平潭县2013年行政诉讼中政府败诉的有几件", "结果纠正"),
    ("灵武市卫健局2020年打输了几场官司", "结果纠正"),
    ("How many lawsuits did the Haiyuan health bureau lose in 2020?", "结果纠正"),
    ("海原县卫健局2020年行政复议被驳回的有几件", "结果维持"),
    ("沙坡头区卫健局2021年行政诉讼胜诉几件", "结果维持"),
])
def test_appeal_outcomes_in_everyday_words(samples_gazetteer, question, outcome):
    keys = metric_keys(chat(samples_gazetteer, question))
    assert keys and all(k.endswith(outcome) for k in keys), keys
