"""Statistics that stand in the reports' prose, not in a table (issue 19, "from table to
prose"): one body's prose statement over years compared and trended; several bodies' compared
only when the same words and measure word state each (the others named, cited, not compared);
a share from a sentence giving a whole and its parts; each value cited and marked 正文. A real
index of the samples and some real reports."""

from __future__ import annotations

import pytest

from .conftest import assert_quotes_verbatim

pytestmark = pytest.mark.slow  # the module builds an index of 13 reports

#: One body over three years (its prose states the column's visits each year), four bureaus of
#: one year (three of them word their proactively disclosed items differently), one more year.
REAL = ("pingtan_2011_county.txt", "pingtan_2012_county.txt", "pingtan_2013_county.txt", "pingtan_jjfzj_2024.txt",
        "pingtan_lywtj_2024.txt", "pingtan_nyncj_2024.txt", "pingtan_zfyjj_2024.txt", "pingtan_zfyjj_2021.txt")


_verbatim = assert_quotes_verbatim


# --- one body over years ----------------------------------------------------------------------------

def test_a_prose_statistic_of_one_body_is_compared_across_years_each_value_cited(qa):
    a = qa.ask("平潭县人民政府2011年到2013年政府信息公开专栏的访问量变化了多少？")
    first = a.text.splitlines()[0]
    assert "增加了7903人次" in first and "19363人次[1]（正文）" in first and "11460人次[2]（正文）" in first, a.text
    assert [c.report for c in a.citations] == ["pingtan_2013_county.txt", "pingtan_2011_county.txt"]
    assert "同一说法“政府信息公开专栏访问量……人次”" in a.text
    _verbatim(qa, a)
    trend = qa.ask("平潭县政府2011至2013年信息公开专栏访问量逐年是多少？").text
    assert "- 2012: 24745人次[2]（正文）" in trend and "减少5382人次" in trend, trend
    en = qa.ask("In which year between 2011 and 2013 did the Pingtan County Government's disclosure column have "
                "the most visits?")
    assert "(2012) had the most" in en.text and "24745 person-times[1] (from the report's text)" in en.text, en.text
    assert "same words" in en.text


def test_the_thing_asked_before_a_question_mark_or_a_measure_word_is_still_found(qa):
    """"访问量最高？是多少？" and "访问量…多了多少人次" ask of the visits though no family follows the
    asking word (typed.family_named)."""
    a = qa.ask("平潭县政府2011到2013年哪一年政府信息公开专栏访问量最高？是多少？")
    assert "平潭县人民政府（2012），为24745人次[1]（正文）" in a.text.splitlines()[0], a.text
    b = qa.ask("平潭县人民政府2013年政府信息公开专栏的访问量比2012年少了多少人次？")
    assert "少5382人次" in b.text.splitlines()[0], b.text


def test_a_prose_change_the_statements_do_not_give_is_refused(qa):
    """No year's prose counts a 公众号's posts: nothing is computed from another count of posts."""
    a = qa.ask("平潭县人民政府2011年到2013年公众号发布的文章数增加了多少？")
    assert a.route == "refusal" and not a.citations, a.text


def test_a_prose_change_with_one_year_unreported_names_the_year_and_gives_the_other_as_input(qa):
    """No 2023 report of the bureau: its 2024 followers are an input, never the change's answer."""
    a = qa.ask("平潭农业农村局2023年到2024年公众号关注用户增加了多少？")
    first = a.text.splitlines()[0]
    assert a.route == "refusal" and "缺少2023年的数据" in first, a.text
    assert "2118人[1]（正文）" in a.text and not first.startswith("答案"), a.text
    en = qa.ask("How much did the Pingtan Agriculture and Rural Affairs Bureau's WeChat followers grow from 2023 "
                "to 2024?")
    assert "cannot be computed" in en.text and "2118 people[1] (from the report's text)" in en.text, en.text


# --- several bodies: the same words, or named apart -----------------------------------------------------

def test_bodies_are_compared_on_the_same_prose_words_the_others_named_and_cited(qa):
    a = qa.ask("2024年平潭经发局、旅文体局、农业农村局和执法应急局谁主动公开的政府信息最多？")
    first = a.text.splitlines()[0]
    # the same words: 124 (经发局) first; counting "主动公开380份" of another wording, 执法应急局: both said
    assert "只比较正文说法相同的数字" in first and "经济发展局，为124条" in first, a.text
    assert "若计入正文说法不同的数字" in first and "综合执法与应急管理局，为380份" in first, a.text
    assert "未参与比较" in a.text and "“主动公开380份”" in a.text and "政府门户网站主动公开政府信息110条”" in a.text
    assert {c.report for c in a.citations} == {"pingtan_jjfzj_2024.txt", "pingtan_lywtj_2024.txt",
                                              "pingtan_nyncj_2024.txt", "pingtan_zfyjj_2024.txt"}
    _verbatim(qa, a)
    least = qa.ask("Of Pingtan's Economic Development, Tourism Culture and Sports, Agriculture and Rural Affairs and "
                   "Law Enforcement and Emergency Management bureaus, which proactively disclosed the fewest items "
                   "in 2024?")
    head = next(line for line in least.text.splitlines() if "fewest" in line)
    assert "Tourism Culture and Sports Bureau" in head and "23 items[1] (from the report's text)" in head, least.text
    assert "Counting the figures worded otherwise" not in least.text  # 23 is least either way


def test_the_rest_of_a_whole_is_no_statement_of_it(qa):
    """"其他应主动公开政府信息6条" is a kind of item: the year's figure is the 23 stated before it."""
    a = qa.ask("平潭旅文体局2024年主动公开了多少条政府信息？")
    assert "23条[1]（正文）" in a.text and a.route == "facts", a.text


# --- a share from a whole and its parts ----------------------------------------------------------------

def test_a_share_is_computed_from_the_whole_and_the_part_one_sentence_states(qa):
    a = qa.ask("西夏区卫健局2023年12345平台工单中建议类占多大比例？")
    assert "建议类占12345平台工单的4.2%（17件[1]（正文） ÷ 409件[2]（正文））" in a.text, a.text
    _verbatim(qa, a)
    en = qa.ask("What share of the 12345 work orders of the Xixia District Health Bureau in 2023 were consultations?")
    assert "26.2%" in en.text and "107 items[1] (from the report's text)" in en.text, en.text
    made = qa.ask("平潭经发局2024年制发的政府信息里主动公开的比例是多少")
    assert "35.5%（124条[1]（正文） ÷ 349条[2]（正文））" in made.text, made.text


def test_a_share_of_a_whole_the_question_does_not_name_is_not_computed(qa):
    a = qa.ask("西夏区卫健局2023年投诉类占比多少？")  # of the work orders? of the complaints? not said
    assert "%" not in a.text and "61.4" not in a.text, a.text
    # "…中X占多少？" asks a share: no sentence splits the 1527 items made into parts, so no share,
    # and never the part's own count as if it were the answer
    b = qa.ask("平潭旅文体局2024年制作的政务信息中主动公开的占多少？")
    assert b.intent == "ratio" and "无法计算" in b.text and "23条" not in b.text, b.text
