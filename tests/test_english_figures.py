"""An English answer's line says a figure of the prose in English words: the measure word that
counts whatever it is put to (个, 份, 家…) takes the noun its clause counts ("微信公众号41个" is
"41 WeChat accounts"), other measure words their own English ("活动5场" "5 sessions"), money its
multiple of yuan; a measure no noun explains is set apart ("7 (个)"), never glued to the figure
(fresh16 found "Answer: 95个."). The quote keeps the report's words.
"""

from __future__ import annotations

import pytest

from assistant.render.counted_en import english_figure

REAL = ("pingtan_2018_syq.txt",)


@pytest.mark.parametrize("span,sentence,said", [
    ("41个", "开通微信公众号41个，发布信息3404条", "41 WeChat accounts"),
    ("60个", "全区共有60个单位开设专栏", "60 bodies"),
    ("2个", "对全区2个政府网站、9个政务新媒体开展监管", "2 websites"),
    ("9个", "对全区2个政府网站、9个政务新媒体开展监管", "9 government new-media accounts"),
    ("1个", "新建查阅点1个", "1 access point"),
    ("12场", "组织召开新闻发布会12场", "12 press conferences"),
    ("5场", "开展宣传活动5场", "5 sessions"),
    ("300余个", "各部门共开设网站300余个", "more than 300 websites"),
    ("3.5万元", "全年经费3.5万元", "3.5 万元 (ten-thousand yuan)"),
    ("7个", "共有7个，均已办结", "7 (个)"),
    ("2个", "开设栏目12个，新增网站2个", "2 websites"),  # the figure itself, not the end of 12个
    ("4份", "收到意见4份", "4 (份)"),
    ("平潭县", "平潭县", "平潭县"),  # no figure: the span as written
])
def test_english_figure(span, sentence, said):
    assert english_figure(span, sentence) == said


def test_the_noun_nearest_before_the_figure_counts():
    said = english_figure("9个", "门户网站开设专题栏目，其中政务新媒体平台9个")
    assert said == "9 platforms", said


def test_english_answer_line_has_no_glued_measure(qa):
    answer = qa.chat().ask("How many WeChat official accounts were run in Pingtan zone in 2018?")
    line = answer.text.splitlines()[0] if answer.text.startswith("Answer") else answer.text
    assert "41 WeChat accounts" in answer.text and "41个." not in line, answer.text
    assert "微信公众号" in answer.text  # the quote keeps the report's words
