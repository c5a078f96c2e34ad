"""Issue 19, fresh8: the words of people talking, read (pure: no index). Other wordings than the
failing questions (fresh8 q030, q036, q037, q090); the answers are in test_dialog_earlier.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.counted import asked_measure
from assistant.understanding.categories import breakdown_family
from assistant.understanding.followups import earlier_computation
from assistant.understanding.typos import statistic_typos

QUESTIONS = Path(__file__).resolve().parent.parent / "eval" / "questions"


@pytest.mark.parametrize("question, read", [
    ("二者合计？", ("total", 2, True)),
    ("这三项一共是多少", ("total", 3, True)),
    ("以上都加起来", ("total", 0, True)),
    ("那哪个更多？", ("compare", 2, False)),
    ("前者是后者的几倍", ("ratio", 2, True)),
    ("这两个差多少", ("difference", 2, True)),
    ("What do the two come to combined?", ("total", 2, True)),
    ("Which of the two is larger?", ("compare", 2, True)),
    ("2021年呢？", None),
    ("Both bodies?", None),
])
def test_what_a_follow_up_computes_over_earlier_answers(question, read):
    assert earlier_computation(question.lower()) == read


@pytest.mark.parametrize("question, typed", [
    ("海原县卫生健康局2020年行政许克有多少？", [("行政许克", "行政许可")]),
    ("西夏区2023年处法几起", [("处法", "处罚")]),
    ("灵武市2021年依申清公开多少件", [("依申清公开", "依申请公开")]),
    ("灵武市2021年行政复义有几件", [("行政复义", "行政复议")]),
])
def test_a_statistic_word_typed_wrongly_is_found(question, typed):
    assert [(t.typed, t.word) for t in statistic_typos(question)] == typed


@pytest.mark.parametrize("question", [
    "灵武市2021年有没有收到行政复议申请？几份",  # 议申请 cuts across 行政复议: no 依申请 typed wrongly
    "西夏区卫生健康局2023年的公安机关有几个",  # 公安 is a word of its own
    "海原县卫生健康局2020年处分了几个人",  # 处分 is a word, not 处罚 typed wrongly
])
def test_a_real_word_is_never_read_as_a_typo(question):
    assert statistic_typos(question) == []


@pytest.mark.slow
def test_no_question_of_the_development_sets_is_read_as_a_typo_but_typos():
    """The guard measured: over every turn of the development sets, only typed-wrong words are read."""
    hits = []
    for path in sorted(QUESTIONS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            for turn in item.get("turns") or [item.get("question")]:
                if isinstance(turn, str) and (found := statistic_typos(turn)):
                    hits += [(t.typed, t.word) for t in found]
    assert set(hits) <= {("处法", "处罚"), ("行政许克", "行政许可")}, hits  # both real typos (fresh11 q002)


@pytest.mark.parametrize("question, measure", [
    ("采购了几笔，花了多少钱？", "笔"),
    ("一共多少宗", "宗"),
    ("处罚几起、许可多少件", None),  # two measures: none is the question's
    ("收费多少万元", None),
    ("多少单位公开了", None),  # 单位 is no measure 单
])
def test_the_count_measure_asked(question, measure):
    assert asked_measure(question) == measure


@pytest.mark.parametrize("question, keys, family", [
    ("被申请行政复议几件，结果怎样？", ["行政复议.总计"], "reconsideration"),
    ("行政诉讼输赢如何", ["行政诉讼.未经复议直接起诉.总计", "行政诉讼.复议后起诉.总计"], "lawsuit"),
    ("how did the reconsiderations end?", ["行政复议.总计"], "reconsideration"),
    ("收到的申请结果怎样", ["政府信息公开申请.本年新收.总计"], None),  # the requests' outcomes are no appeals'
])
def test_the_outcome_asked_of_appeals_is_their_breakdown(question, keys, family):
    assert breakdown_family(question.lower(), keys) == family
