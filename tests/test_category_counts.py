"""The count of one category of the information a body published ("公开的行政许可类信息有多少条"):
the prose's clause of that category ("行政许可类7条"), never the total the sentence opens with
(主动公开政府信息110条), whatever the question's word order; a share of the category is no count.

Real reports: the agriculture bureau 2024 (2021 template: no row per category), the zone 2012 (the
categories with 类信息 and a share), and a sample (沙坡头 2021, 疫情防控类信息)."""

from __future__ import annotations

import pytest

from .conftest import assert_quotes_verbatim

REAL = ("pingtan_nyncj_2024.txt", "pingtan_2012_syq.txt")

ASKED = [
    ("平潭农业农村局2024年主动公开了多少条行政许可类信息", "pingtan_nyncj_2024.txt", "7条"),
    ("平潭农业农村局2024年门户网站公开的行政许可类信息有多少条", "pingtan_nyncj_2024.txt", "7条"),
    ("平潭农业农村局2024年主动公开行政许可类信息多少条", "pingtan_nyncj_2024.txt", "7条"),
    ("平潭农业农村局2024年公开的安全生产、应急管理类信息有多少条", "pingtan_nyncj_2024.txt", "1条"),
    ("平潭农业农村局2024年公开了几条其他类信息", "pingtan_nyncj_2024.txt", "101条"),
    ("平潭综合实验区2012年主动公开了多少条规划计划类信息", "pingtan_2012_syq.txt", "12条"),
    ("沙坡头区卫健局2021年公开疫情防控类信息多少条", "001_1d0da56432dcd010.txt", "72条"),
]


@pytest.mark.parametrize("question, report, figure", ASKED)
def test_a_category_named_is_answered_by_its_own_clause(qa, question, report, figure):
    answer = qa.ask(question)
    cited = answer.citations[0]
    assert (cited.report, cited.highlight) == (report, figure), answer.text
    name = question.split("类")[0][-2:]  # the category's name ends the quoted words before its figure
    assert "".join(cited.quote.split(figure)[0].split()).rstrip("信息").endswith(name + "类"), cited.quote
    assert "110" not in answer.text.split("[1]")[0]
    assert_quotes_verbatim(qa, answer)


def test_a_category_s_share_is_not_its_count(qa):
    answer = qa.ask("平潭农业农村局2024年其他类信息占比多少")
    assert answer.route != "passages" or "%" in answer.text, answer.text


def test_a_category_asked_beside_the_whole_is_each_part(qa):
    """"一共多少件？其中投诉类多少件？": the whole and the category, each from its own clause."""
    answer = qa.ask("西夏区卫健局2023年12345工单一共多少件？其中投诉类多少件？")
    assert [c.highlight for c in answer.citations][:2] == ["409件", "251件"], answer.text

