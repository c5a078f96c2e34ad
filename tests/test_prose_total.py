"""Parts the prose lists checked against the total it states (assistant.prose_total): "A、B、C三类
加起来等于它说的总数吗" / "do the A, B and C counts add up to the stated total?" is the parts' sum
against the whole stated before 其中, the verdict first, each figure cited from the prose; a
telephone listed with other channels before the counted noun asks a count, never a phone number.
"""

from __future__ import annotations

import pytest

from assistant.typed import expected_kind

REAL = ("pingtan_2012_county.txt", "pingtan_2013_county.txt", "pingtan_jjfzj_2024.txt", "pingtan_nyncj_2024.txt")


@pytest.mark.parametrize("question,verdict,figures", [
    ("平潭县2013年主动公开、依申请公开和不予公开的信息加起来，等于报告说的信息总数吗？", "一致",
     ("1853条", "107条", "1658条", "3618条")),
    ("平潭县2012年主动公开、依申请公开、不予公开三项之和与信息总数一致吗？", "不一致",
     ("2026条", "46条", "1854条", "3926条", "3978条", "52条")),
    ("平潭经济发展局2024年主动公开、依申请公开和不予公开加在一起等于它制发的总数吗？", "一致",
     ("124条", "173条", "52条", "349条")),
    ("Pingtan County 2013: do the proactively disclosed, on-request and withheld items add up to the stated total?",
     "Yes, they add up", ("1853", "107", "1658", "3618")),
    ("Pingtan Agriculture and Rural Affairs Bureau 2024: do the policy, safety and licensing counts add up to the"
     " stated total?", "No, they do not add up", ("9 items", "110 items", "101 items")),
])
def test_parts_listed_in_the_prose_against_the_total_it_states(qa, question, verdict, figures):
    answer = qa.ask(question)
    assert answer.text.startswith(verdict), answer.text
    assert all(f in answer.text for f in figures), answer.text
    assert "勾稽" not in answer.text and len(answer.citations) >= 3


@pytest.mark.parametrize("question", [
    "Pingtan Local Taxation Bureau 2013: do the on-site, telephone and online consultation counts add up?",
    "How many telephone, on-site and online enquiries were there?",
    "How many phone or online requests were received?",
    "电话和网上咨询各多少人次？",
    "现场、电话、网上咨询共多少人次？",
    "电话和来访各多少件？",
])
def test_a_telephone_before_a_count_noun_asks_a_count(question):
    assert expected_kind(question) != "phone"


@pytest.mark.parametrize("question", ["联系电话是多少？", "办公室电话是多少", "电话号码有几个？", "What is the phone number of the office?",
                                      "What phone number should I call with questions about the report?"])
def test_a_phone_number_is_still_asked_as_one(question):
    assert expected_kind(question) == "phone"
