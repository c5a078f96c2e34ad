"""Issue 19, two asks in one question: "how many …, and how many of those …?" / "…多少？其中…多少？".
The part is read from its own clause; the whole is the amount that part is a breakdown of (the
amount before 其中 in the part's sentence) when the whole found first is smaller than the part or
is itself one of the breakdown's items. A whole stated apart and larger than the part stays.

Real reports: the Pingtan local tax bureau's 2013 report ("2013年有约4900人次…咨询…，其中现场咨询
1600人次…；电话咨询3200人次…，网上咨询100人次", and elsewhere "解答纳税人咨询达3000多人次") and the
zone's 2018 report (70 new-media accounts, 41 of them WeChat)."""

from __future__ import annotations

import re

import pytest

REAL = ("pingtan_2013_dishui.txt", "pingtan_2018_syq.txt")


def _answers(text: str) -> list[str]:
    """The amount of each "Answer:" / "答案：" line, in order."""
    return re.findall(r"(?:Answer: |答案：)(\d[\d,]*)", text)


@pytest.mark.parametrize("question, whole, part", [
    ("How many taxpayer inquiries did the Pingtan Local Taxation Bureau handle in 2013, and how many of those "
     "came by phone?", "4900", "3200"),  # the whole found first (3000多) is smaller than the part
    ("How many inquiries did Pingtan's local taxation bureau answer in 2013, and how many of those were by telephone?",
     "4900", "3200"),
    ("2013年平潭地税局一共接待了多少人次咨询？其中网上咨询多少？", "4900", "100"),  # found first: 3200, an item
    ("2013年平潭地税局共有多少人次咨询？其中现场咨询多少人次？", "4900", "1600"),
])
def test_the_whole_is_the_amount_the_part_is_a_breakdown_of(qa, question, whole, part):
    answer = qa.ask(question)
    assert _answers(answer.text) == [whole, part], answer.text
    assert {c.report for c in answer.citations} == {"pingtan_2013_dishui.txt"}
    assert whole in answer.citations[0].quote and part in answer.citations[1].quote


def test_a_whole_stated_apart_and_larger_than_the_part_stays(qa):
    answer = qa.ask("平潭综合实验区2018年各部门开了多少个新媒体账号？其中微信公众号几个？")
    assert _answers(answer.text) == ["70", "41"]


@pytest.mark.parametrize("question", [
    "平潭综合实验区2018年各部门开了多少个新媒体账号？其中微博和微信各几个？",
    "2018年平潭各部门一共有多少个新媒体？其中微博、微信公众号分别多少个？",
])
def test_a_part_asking_the_same_of_two_things_answers_each(qa, question):
    answer = qa.ask(question)
    assert _answers(answer.text) == ["70", "29", "41"], answer.text
    assert [c.highlight for c in answer.citations] == ["70个", "29个", "41个"]


@pytest.mark.parametrize("question, figures", [
    ("平潭综合实验区2018年各部门一共开了多少个新媒体？其中微博几个、微信公众号几个？", ["70", "29", "41"]),
    ("2013年平潭地税局共有多少人次咨询？其中现场咨询多少人次、电话咨询多少人次？", ["4900", "1600", "3200"]),
])
def test_parts_asked_in_a_list_are_each_answered(qa, question, figures):
    """"其中微博几个、微信公众号几个": a list of asks, each with its own asking word, is split at 、."""
    answer = qa.ask(question)
    assert _answers(answer.text) == figures, answer.text
