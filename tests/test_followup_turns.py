"""Issue 19, fresh9: follow-ups that name a new statistic or a year to compare against.

- A follow-up naming a table statistic of its own ("它那年罚了多少起") after a prose answer (a phone
  number) asks that statistic: never a number read again from the quoted sentence.
- "和2023年相比，…少了多少？" / "How does that compare with 2023?" after a figure of one body keeps
  the body and compares the year named with the last answer's year (it compared every body).

Other reports and wordings than the failing questions (fresh9 q086, q088).
"""

from __future__ import annotations

import pytest

from assistant.understanding import Intent
from tests.conftest import chat

REAL = ("pingtan_zfyjj_2024.txt",)


def test_a_new_statistic_after_a_phone_number_is_the_tables(qa):
    conversation = qa.chat()
    first = conversation.ask("平潭综合执法应急局2024年的联系电话是多少？")
    assert "86177916" in first.text
    a = conversation.ask("那它那一年行政处罚了多少起？")
    assert "86177916" not in a.text and "行政处罚" in a.text and a.citations


@pytest.mark.parametrize("turns", [
    ("海原县卫健局2020年行政处罚多少件？", "和2019年相比，行政处罚少了多少？"),
    ("海原县卫健局2020年行政处罚多少件？", "与2019年比较，行政许可呢？多了还是少了"),
    ("Haiyuan health bureau administrative penalties in 2020?", "How does that compare with 2019?"),
])
def test_a_year_compared_against_keeps_the_body(samples_gazetteer, turns):
    q = chat(samples_gazetteer, *turns)
    assert q.bodies == ["海原县卫生健康局"] and q.years == [2019, 2020] and q.intent == Intent.DIFFERENCE
