"""Issue 19, fresh8: people talking. Answers over the samples and one real report (other reports
and wordings than the failing questions: fresh8 q030, q036, q037, q090).

- A follow-up computing over earlier answers ("二者合计", "哪个更多", "add them up") takes the last
  few findings of the conversation, each input cited; different units or subjects are refused
  with why.
- "结果怎样 / 输赢如何 / how did they end" about reconsiderations or lawsuits is their outcomes.
- A count asked in the person's measure word (几笔, 几起) is said in it beside the table's unit.
- A statistic's word typed wrongly (处法) is read as the word, and the answer says so.
"""

from __future__ import annotations

import pytest

REAL = ("pingtan_2025_syq.txt", "pingtan_2014_syq.txt", "pingtan_zfyjj_2024.txt")
HAIYUAN = "002_237241b3bbe4412b.txt"


def _ask(qa, *turns: str):
    chat = qa.chat()
    return [chat.ask(t) for t in turns][-1]


# --- 1. over the earlier answers -------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("turns", [
    ("海原县卫生健康局2020年行政许可有多少？", "行政处罚呢？", "二者合计是多少？"),
    ("海原县卫生健康局2020年行政许可有多少？", "那行政处罚呢？", "这两项加起来一共多少"),
    ("How many licensing decisions did the Haiyuan County Health Bureau make in 2020?", "And penalties?",
     "Add them up."),
])
def test_a_sum_of_the_earlier_answers_adds_each_of_them(qa, turns):
    answer = _ask(qa, *turns)
    assert "190" in answer.text and answer.route == "facts"
    assert "146" in answer.text and "44" in answer.text  # each input shown, with its citation
    assert {c.report for c in answer.citations} == {HAIYUAN} and len(answer.citations) == 2
    assert answer.computed and sorted(answer.computed[-1].inputs) == [1, 2]


@pytest.mark.slow
@pytest.mark.parametrize("last, expected", [
    ("哪个更多？", "102"),
    ("Which of the two is larger?", "102"),
    ("两者相差多少", "102"),
    ("前者是后者的几倍？", "3.32"),
])
def test_a_comparison_of_the_earlier_answers_compares_them(qa, last, expected):
    answer = _ask(qa, "海原县卫生健康局2020年行政许可有多少？", "行政处罚呢？", last)
    assert expected in answer.text and {c.report for c in answer.citations} == {HAIYUAN}


@pytest.mark.slow
def test_three_earlier_answers_are_all_added(qa):
    answer = _ask(qa, "海原县卫生健康局2020年行政许可有多少？", "行政处罚呢？", "行政强制呢？", "以上都加起来是多少")
    assert "行政强制" in answer.text and len(answer.citations) == 3


@pytest.mark.slow
def test_earlier_answers_in_different_units_are_not_added(qa):
    answer = _ask(qa, "中卫市沙坡头区卫生健康局2021年行政处罚多少件？", "行政事业性收费呢？", "两者加起来是多少？")
    assert answer.route == "refusal" and "万元" in answer.text and "件" in answer.text
    assert "600.72" in answer.text and len(answer.citations) == 2  # the inputs, cited; no sum


@pytest.mark.slow
def test_different_statistics_of_different_bodies_are_not_added(qa):
    answer = _ask(qa, "海原县卫生健康局2020年行政许可有多少？", "西夏区卫生健康局2023年行政处罚呢？", "二者合计")
    assert answer.route == "refusal" and "177" not in answer.text
    assert "146" in answer.text and "31" in answer.text and len(answer.citations) == 2


# --- 2. how the appeals ended ----------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("turns", [
    ("平潭综合实验区2025年行政复议多少件，最后输赢如何？",),
    ("平潭综合实验区2025年被申请行政复议多少件？", "结果呢？"),
])
def test_the_outcome_of_reconsiderations_is_their_outcome_columns(qa, turns):
    answer = _ask(qa, *turns)
    assert "36件" in answer.text and "25件" in answer.text and "维持" in answer.text
    assert "予以公开" not in answer.text  # never the requests' outcomes
    assert all(c.report == "pingtan_2025_syq.txt" for c in answer.citations)


@pytest.mark.slow
def test_how_lawsuits_ended_asked_after_their_count(qa):
    answer = _ask(qa, "平潭综合实验区2025年行政诉讼多少件？", "怎么判的？")
    assert "9件" in answer.text and "维持" in answer.text and "纠正" in answer.text


# --- 3. the person's measure word --------------------------------------------------------------------

@pytest.mark.slow
def test_a_count_is_said_in_the_measure_word_asked(qa):
    answer = qa.ask("灵武市卫生健康局2020年政府集中采购了几笔？")
    assert "9笔" in answer.text and "9项" in answer.text  # the person's word, and the table's beside it


# --- 4. a statistic's word typed wrongly ----------------------------------------------------------------

@pytest.mark.slow
def test_a_statistic_typed_with_a_same_sound_character_is_read_and_said(qa):
    answer = qa.ask("西夏区卫生健康局2023年处法有几起？")
    assert "31" in answer.text and "按“处罚”理解“处法”" in answer.text


# --- 5. follow-ups keeping the body (fresh9 q086, q088: other bodies and wordings) --------------------

@pytest.mark.slow
def test_a_statistic_after_a_contact_line_is_read_from_the_tables(qa):
    answer = _ask(qa, "平潭综合执法与应急管理局2024年的联系电话是多少", "那一年它处罚了多少件")
    assert "545件" in answer.text and "86177916" not in answer.text and answer.route == "facts"


@pytest.mark.slow
def test_comparing_the_last_statistic_with_a_year_keeps_the_body(qa):
    answer = _ask(qa, "平潭综合实验区2025年行政诉讼多少件？", "和2018年相比，行政诉讼多了多少？")
    assert "2018" in answer.text and "2025" in answer.text
    assert {c.body for c in answer.citations} == {"平潭综合实验区管委会"}


# --- 6. a sibling part of the same whole (fresh9 q092: another year's report, other wording) ----------

@pytest.mark.slow
def test_a_sibling_part_after_a_part_is_a_part_of_the_same_whole(qa):
    answer = _ask(qa, "平潭实验区2014年一共主动公开了多少条政府信息？", "其中区管委会和区直各部门公开了几条？",
                  "乡镇的呢，占比是多少？")
    assert answer.citations[0].highlight == "34%" and "66%" not in answer.text  # never the other part's share
    assert "856" in answer.text
