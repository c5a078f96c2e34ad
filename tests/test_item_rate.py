"""Changes no cell holds, computed from what the reports print (issue 19, round 6c):

- a row's item count against the year before, in percent, from the one report whose table prints
  both the items of the year before (上一年项目数量) and this year's change (本年增/减): change ÷
  base, both cells cited; never a difference of two reports' 上一年项目数量 (each the year before
  its own), never the decisions (处理决定数量) set against items;
- a share's difference in percentage points between two years, each year's share from its own
  report's prose (stated, marked 正文), then the difference, said in the frame asked.

A real index of the samples and some real Pingtan reports; no development-set question here."""

from __future__ import annotations

import pytest

# Samples: 海原县卫生健康局 2020 (2019 template): 行政处罚 66 / -22 / 44, 行政许可 118 / +28 / 146;
# 灵武市卫生健康局 2020: 行政处罚 33 / 0; no 2019 report of either is indexed.
# pingtan_czj_2020: 行政许可 0 / +1. Pingtan county 2011 / 2013 prose: 行政许可类信息 占1.9% / 占0.8%;
# Pingtan zone 2011 / 2013 prose: 各乡镇主动公开政府信息 占28.7% / 占21%.
# hongze 2023 / 2024 tables: 予以公开 0 of 21 handled / 50 of 95; 行政复议 2024: 结果纠正 1 of 2.
# pingtan_czj 2020 / 2022 prose: 制作、获取政府信息总数425条 / 473条，其中…依申请公开信息数182条 / 245条，
# 不予公开信息数95条 / 105条 (no share stated of either).
REAL = ("pingtan_czj_2020.txt", "pingtan_czj_2022.txt", "pingtan_2011_county.txt", "pingtan_2013_county.txt",
        "pingtan_2011_syq.txt", "pingtan_2013_syq.txt", "hongze_2023.pdf", "hongze_2024.pdf")


@pytest.mark.parametrize("question", [
    "海原县卫健局2020年行政处罚事项数较上年下降了百分之几",
    "海原县卫健局行政处罚项目数2020年比2019年减少了百分之几",
])
def test_items_against_the_year_before_come_from_one_reports_two_cells(qa, question):
    a = qa.ask(question)
    assert "减少了33.3%" in a.text and "-22项[1]" in a.text and "66项[2]" in a.text
    assert "缺少2019年" not in a.text


def test_items_in_english(qa):
    a = qa.ask("By what percentage did the number of administrative penalty items at the Haiyuan health bureau "
               "fall in 2020 compared with the previous year?")
    assert "down 33.3%" in a.text and "66 items[2]" in a.text and "44 decisions" not in a.text


def test_items_that_did_not_change_say_so(qa):
    a = qa.ask("灵武市卫生健康局2020年行政处罚项目数比上一年减少了百分之几？")
    assert "持平" in a.text and "0项[1]" in a.text and "33项[2]" in a.text


def test_items_over_a_base_of_zero_are_no_percent(qa):
    a = qa.ask("平潭综合实验区财政金融局2020年行政许可项目数比上年增长了百分之几？")
    assert "无法计算" in a.text and "为0项[2]" in a.text and "增长了" not in a.text


def test_decisions_asked_are_never_set_against_items(qa):
    a = qa.ask("海原县卫健局2020年行政处罚比上年减少了百分之几")
    assert "33.3%" not in a.text and "缺少2019年" in a.text


def test_a_stated_share_in_two_years_gives_their_points(qa):
    a = qa.ask("平潭综合实验区管委会乡镇主动公开的信息占比，2013年比2011年下降了几个百分点？")
    assert "下降了7.7个百分点" in a.text and "21%[1]（正文）" in a.text and "28.7%[2]（正文）" in a.text
    assert {c.report for c in a.citations} == {"pingtan_2013_syq.txt", "pingtan_2011_syq.txt"}


def test_points_asked_in_the_other_direction_say_how_it_went(qa):
    a = qa.ask("平潭县人民政府行政许可类信息所占比例2013年比2011年上升了多少个百分点")
    assert "并未上升，而是下降了1.1个百分点" in a.text and "0.8%[1]" in a.text and "1.9%[2]" in a.text



def test_a_tables_share_in_two_years_gives_their_points(qa):
    a = qa.ask("What share of Hongze's requests were granted in full: by how many percentage points did it "
               "change from 2023 to 2024?")
    assert "rose by 52.63 percentage points" in a.text and "50 requests[1]" in a.text and "95 requests[2]" in a.text
    assert "21 requests[4]" in a.text


def test_points_asked_are_never_one_years_figure_over_the_others(qa):
    a = qa.ask("洪泽区2024年行政复议纠错率比2023年高了几个百分点")
    assert "（2023）" not in a.text  # no multiple of 2024's figure over 2023's
    assert "2024年的行政复议纠错率为50%" in a.text and "百分点" not in a.text


def test_a_share_the_prose_splits_in_two_years_gives_their_points(qa):
    a = qa.ask("平潭财政金融局依申请公开信息占的比例，2022年比2020年下降了多少个百分点？")
    assert "并未下降，而是上升了8.98个百分点" in a.text and "51.8%" in a.text and "42.82%" in a.text
    assert "245条[1]（正文）" in a.text and "473条[2]（正文）" in a.text and "主动公开" not in a.text


def test_the_year_compared_follows_the_last_comparison_word(qa):
    a = qa.ask("平潭财政金融局不予公开的信息占比2022年比2020年少了几个百分点")
    assert "2022年比2020年下降了0.15个百分点（22.2% − 22.35%）" in a.text
