"""What a person asks when one message holds several asks, a change in percent, or everyday
words (issue 19): every part of a listing of asks is answered or named, never dropped nor
answered from a neighbouring cell; a percent change (增长率 / 降幅 / 下降了百分之几 / "by what
percentage", "in percent") is the change over the base figure, both inputs cited, rounded as
asked and said in the frame asked; a change of one year against the year before is computed
from the previous year's report where the template prints no change column, or said unknown;
收到 reaches the received requests of whichever template; "reviews" and "taken to court" are
行政复议 and 行政诉讼; a possessive is no part of a name said back. A real index of the samples
and some real reports; none of these questions is a development-set question."""

from __future__ import annotations

import pytest

from tests.conftest import chat, metric_keys

# hongze 2023 / 2024 (2021 template: no 本年增/减 column): 行政许可 550 -> 9487, 行政强制 195 -> 84;
# hongze 2024: 本年新收 95, 办结 95; huaian 2024 (no 2023 report indexed): 行政处罚 3985758.
# Samples: 灵武市卫生健康局 2020 政府集中采购 9 项, 2074 万元.
REAL = ("hongze_2023.pdf", "hongze_2024.pdf", "huaian_2024.pdf")


# --- understanding (pure) ------------------------------------------------------------------------

def test_a_listing_of_asks_on_one_row_is_each_of_its_columns(samples_gazetteer):
    query = chat(samples_gazetteer, "海原县卫健局2020年政府集中采购了几个项目、金额是多少？")
    assert {"政府集中采购.采购项目数量", "政府集中采购.采购总金额"} <= metric_keys(query)
    assert len(query.metrics) == 2


def test_a_part_of_a_listing_no_statistic_is_read_in_is_named(samples_gazetteer):
    query = chat(samples_gazetteer, "灵武市卫健局2020年政府采购几个项目、采购了几个工程类项目？")
    assert query.narrowed is not None and query.narrowed.listed
    assert "工程类" in query.narrowed.words


@pytest.mark.parametrize(("question", "frame", "years"), [
    ("海原县卫健局2020年行政许可比上年增长了百分之几？", "rise", [2019, 2020]),
    ("灵武市卫健局行政处罚2019到2020年的降幅是多少", "fall", [2019, 2020]),
    ("By what percentage did the Haiyuan health bureau's administrative penalties drop between 2019 and 2020?",
     "fall", [2019, 2020]),
    ("What was the growth rate of Lingwu's administrative licences from 2019 to 2020?", "rise", [2019, 2020]),
])
def test_a_change_in_percent_is_a_difference_over_the_base(samples_gazetteer, question, frame, years):
    query = chat(samples_gazetteer, question)
    assert query.intent == "difference" and query.relative == frame and query.years == years
    assert query.metrics and not any(k.endswith(".本年增减") for k in metric_keys(query))


def test_a_rate_of_a_statistic_stays_a_share(samples_gazetteer):
    query = chat(samples_gazetteer, "西夏区卫健局2023年申请的办结率是多少？")
    assert query.intent == "ratio" and not query.relative
    points = chat(samples_gazetteer, "灵武市卫健局2020年的办结率比2019年下降了多少个百分点？")
    assert not points.relative  # points of a rate are its difference, no percent change


@pytest.mark.parametrize(("question", "key"), [
    ("How many reviews did the Xixia District health bureau face in 2023?", "行政复议.总计"),
    ("How many times were the Xixia District health bureau's decisions taken to court in 2023?",
     "行政诉讼.未经复议直接起诉.总计"),
])
def test_everyday_english_for_reviews_and_lawsuits(samples_gazetteer, question, key):
    query = chat(samples_gazetteer, question)
    assert key in metric_keys(query) and query.intent != "ratio"


# --- answers ---------------------------------------------------------------------------------------

def test_a_growth_rate_is_rounded_as_asked_with_both_inputs_cited(qa):
    a = qa.ask("洪泽区行政许可从2023年到2024年的增长率是多少？保留两位小数")
    assert "1624.91%" in a.text and "9487件[1]" in a.text and "550件[2]" in a.text
    assert "1724.9" not in a.text  # never the ratio of the two figures


def test_a_fall_asked_of_a_rise_says_it_rose(qa):
    a = qa.ask("洪泽区2024年行政许可比2023年下降了百分之几？")
    assert "并未下降" in a.text and "1624.9%" in a.text


def test_a_fall_in_percent_in_english(qa):
    a = qa.ask("By what percentage did Hongze District's administrative coercive measures drop from 2023 to "
               "2024? One decimal place.")
    assert "a fall of 56.9%" in a.text and "84 decisions[1]" in a.text and "195 decisions[2]" in a.text
    assert "Hongze District's\"" not in a.text  # the name said back without its possessive


@pytest.mark.parametrize("turns, said", [
    (("洪泽区2023年行政许可有多少件？", "2024年的呢？", "增长幅度是多少？"), "1624.9%"),
    (("Hongze District administrative coercive measures in 2023?", "And in 2024?",
      "By what percentage did they drop?"), "a fall of 56.9%"),
])
def test_a_percent_change_asked_after_two_years_is_between_them(qa, turns, said):
    """The rate of change asked as a follow-up is between the years of the earlier turns (it
    was the later year's figure again, or a trend without the percent)."""
    conversation = qa.chat()
    for turn in turns:
        a = conversation.ask(turn)
    assert said in a.text and "[2]" in a.text


def test_a_change_over_the_year_before_from_the_previous_report(qa):
    a = qa.ask("洪泽区2024年行政强制比上年减少了多少？")
    assert "减少了111件" in a.text and "84件[1]" in a.text and "195件[2]" in a.text


def test_a_change_over_the_year_before_without_that_report_is_unknown(qa):
    a = qa.ask("淮安市2024年行政处罚比上年多了多少？")
    assert "缺少2023年的数据" in a.text and "本年增/减" not in a.text


def test_received_reaches_the_newer_templates_row_in_a_listing(qa):
    a = qa.ask("洪泽区2024年收到了多少件申请、办结了多少件？")
    assert "申请为95件[1]" in a.text and "申请办结为95件[2]" in a.text and "收到申请数" not in a.text


def test_several_asks_of_one_row_are_each_answered(qa):
    a = qa.ask("灵武市卫健局2020年政府集中采购办了几个项目、花了多少钱？")
    assert "9项" in a.text and "2074万元" in a.text and "没有金额" not in a.text
    en = qa.ask("How many procurement projects did the Lingwu health bureau run in 2020, and how much did they cost?")
    assert "9 projects" in en.text and "2074" in en.text


def test_a_percent_between_two_bodies_is_more_or_less_than_the_one_compared_with(qa):
    a = qa.ask("In 2024, by what percentage were Hongze's administrative reconsiderations lower than Huai'an's?")
    assert "That is 99.4% less (349 ÷ 351 cases[2])" in a.text and "2 cases[1]" in a.text


def test_a_multiple_of_two_bodies_follows_the_order_named_when_a_region_names_its_government(qa):
    a = qa.ask("How many times more administrative licences did Huai'an issue than Hongze in 2024?")
    assert "47.14 times" in a.text and "447228 decisions[1] ÷ 9487 decisions[2]" in a.text
    zh = qa.ask("2024年洪泽区的行政复议比淮安市少多少？")
    assert "少349件（2件[1] − 351件[2]）" in zh.text
