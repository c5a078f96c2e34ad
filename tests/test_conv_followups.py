"""fresh13 follow-ups (other bodies, years and wordings than q087, q096, q097, q092, q103, q105, q102).

1. "哪个更多 / 哪年多 / which year was higher?" after one statistic answered for two years (or two
   bodies) compares THOSE answers, never a ranking of every body of the last year.
"""

from __future__ import annotations

import pytest

REAL = ("pingtan_2014_syq.txt", "pingtan_2015_syq.txt", "pingtan_nyncj_2024.txt", "pingtan_zfyjj_2024.txt",
        "pingtan_jjfzj_2024.txt", "pingtan_lywtj_2024.txt")
PT14, PT15 = "pingtan_2014_syq.txt", "pingtan_2015_syq.txt"
NYNCJ, ZFYJJ = "pingtan_nyncj_2024.txt", "pingtan_zfyjj_2024.txt"


def _ask(qa, *turns: str):
    chat = qa.chat()
    return [chat.ask(t) for t in turns][-1]


# --- 1. which of the earlier answers is larger -----------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("turns", [
    ("How many government information disclosure requests did Pingtan receive in 2014?", "And in 2015?",
     "Which year had more?"),
    ("平潭综合实验区2014年收到多少件政府信息公开申请", "2015年呢", "哪年多"),
    ("平潭综合实验区2015年收到多少件政府信息公开申请", "那2014年的呢", "哪个更多"),
])
def test_which_is_larger_compares_the_two_years_answered(qa, turns):
    answer = _ask(qa, *turns)
    assert answer.route == "facts" and {c.report for c in answer.citations} == {PT14, PT15}
    assert answer.text.index("2014") < answer.text.index("2015")  # 2014's one request is the more


@pytest.mark.slow
@pytest.mark.parametrize("turns", [
    ("平潭农业农村局2024年行政处罚多少件", "综合执法与应急管理局呢", "哪个更多"),
    ("How many administrative penalties did the Pingtan Agriculture and Rural Affairs Bureau make in 2024?",
     "And the Pingtan Comprehensive Law Enforcement and Emergency Management Bureau?", "Which was higher?"),
])
def test_which_is_larger_compares_the_two_bodies_answered(qa, turns):
    answer = _ask(qa, *turns)
    assert {c.report for c in answer.citations} == {NYNCJ, ZFYJJ}
    assert "545" in answer.text and "57" in answer.text
