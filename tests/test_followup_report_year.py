"""A follow-up that names only another year of the last answer's report, in words that point at
the report ("报告里", "the 2025 report") and restate the value asked ("哪个号码", "which number"),
asks the same thing of that year's report of the same body (fresh16 found the body lost: "哪个"
read as "every body"). Checked on other bodies and wordings than the set's.
"""

from __future__ import annotations

import pytest

from .conftest import chat

REAL = ("pingtan_czj_2022.txt", "pingtan_czj_2025.txt", "pingtan_zfyjj_2021.txt", "pingtan_zfyjj_2024.txt")

FINANCE = "平潭综合实验区财政金融局"


@pytest.mark.parametrize("follow_up", [
    "那2021年的报告里留的是哪个号码？",
    "2021年年报里写的是哪个电话号码？",
    "Which number does the 2021 report give?",
    "Which phone number is in the 2021 report?",
])
def test_which_value_keeps_the_body(samples_gazetteer, follow_up):
    query = chat(samples_gazetteer, "灵武市卫生健康局2020年的联系电话是多少？", follow_up)
    assert query.bodies == ["灵武市卫生健康局"] and query.years == [2021], (query.bodies, query.years)


def test_which_bureau_still_asks_across_bodies(samples_gazetteer):
    query = chat(samples_gazetteer, "灵武市卫生健康局2020年的联系电话是多少？", "2021年哪个局收到的申请最多？")
    assert query.bodies != ["灵武市卫生健康局"], query.bodies


@pytest.mark.parametrize("follow_up,expected", [
    ("那2025年的报告里留的是哪个号码？", "平潭财政金融局2025年的传真号码是多少?"),
    ("2025年年报上写的号码呢？", "平潭财政金融局2025年的传真号码是多少?"),
    ("那2025年的报告里的办公地址呢？", None),  # another thing asked
])
def test_restated_value_is_no_word_of_its_own(pingtan_gazetteer, follow_up, expected):
    from assistant.understanding.reasked import reasked
    from assistant.understanding.years import find_years

    topic = chat(pingtan_gazetteer, "平潭财政金融局2022年的传真号码是多少？")
    query = chat(pingtan_gazetteer, "平潭财政金融局2022年的传真号码是多少？", follow_up)
    said = reasked((query.normalized, query.mentions, find_years(query.normalized.lower()).spans, query.years),
                   (topic.normalized, topic.mentions, topic.years), "zh")
    assert said == expected, said


@pytest.mark.parametrize("turns,report,number", [
    (("平潭财政金融局2022年的传真号码是多少？", "那2025年的报告里留的是哪个号码？"), "pingtan_czj_2025.txt", "23"),
    (("What phone number did the Pingtan emergency management bureau give in its 2021 report?",
      "Which number does the 2024 report give?"), "pingtan_zfyjj_2024.txt", "86177916"),
])
def test_the_other_years_report_answers(qa, turns, report, number):
    conversation = qa.chat()
    for question in turns:
        answer = conversation.ask(question)
    assert answer.route == "passages" and number in answer.text, answer.text
    assert {c.report for c in answer.citations} == {report}, [c.report for c in answer.citations]
