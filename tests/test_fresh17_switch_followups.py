"""fresh17: bare follow-ups that switch the row or the part of the last question.

- "信访举报投诉类呢？" after "…不予处理的申请中，重复申请有几件？": the words name another row of the
  last statistic's table (alone they name no statistic): that row, for the same body and year,
  never the last row again.
- "乡镇呢？" after "全区主动公开多少条" and "其中区直各部门占多少？": the last question's measure (a
  part's share in the prose) asked again of the new part, never the whole's sentence quoted.

Other reports and wordings than the failing questions (fresh17 q031, q060).
"""

from __future__ import annotations

import pytest

REAL = ("pingtan_2018_syq.txt", "pingtan_2025_syq.txt", "hongze_2024.pdf")


def _ask(qa, *turns: str):
    chat = qa.chat()
    return [chat.ask(t) for t in turns][-1]


@pytest.mark.slow
def test_a_bare_follow_up_naming_another_row_asks_that_row(qa):
    answer = _ask(qa, "平潭综合实验区2025年不予处理的申请中，重复申请有几件？", "信访举报投诉类呢？")
    assert "信访举报投诉类" in answer.text and "重复申请" not in answer.text
    assert {(c.body, c.year) for c in answer.citations} == {("平潭综合实验区管委会", 2025)}


@pytest.mark.slow
def test_a_row_named_alone_still_switches(qa):
    answer = _ask(qa, "洪泽区2024年不予处理的申请中，信访举报投诉类申请有几件？", "重复申请的呢？")
    assert "重复申请" in answer.text and "信访举报投诉类" not in answer.text


@pytest.mark.slow
def test_another_part_after_a_parts_share_asks_its_share(qa):
    answer = _ask(qa, "平潭综合实验区2018年全区主动公开了多少条政府信息？", "其中区直各部门占多少？", "乡镇呢？")
    assert answer.citations[0].highlight == "23.1%" and "76.9%" not in answer.text
