"""A part of a statistic asked in people's own words (issue 19): the cells of the request table
named by everyday words (carried over from last year, only partly released, information not
held), and a whole narrowed by words no cell was linked by is asked back about, never answered
with the whole's number. A real index of the samples and three real reports; none of these
questions is a development-set question."""

from __future__ import annotations

import re

from assistant.linking.english import english_mentions
from assistant.understanding.residue import unmatched_words

REAL = ("hongze_2023.pdf", "hongze_2024.pdf", "huaian_2024.pdf")


def _numbers(text: str) -> list[str]:
    """The numbers a text states, years, citation markers and the numbering of offered items
    left out."""
    text = re.sub(r"\[\d+\]|(?:19|20)\d\d|^\d+\. ", " ", text, flags=re.M)
    return re.findall(r"\d+(?:\.\d+)?", text)


# --- everyday words for the request table's cells ---------------------------------------------------

def test_carried_over_said_from_the_receiving_year_is_the_carry_over(qa):
    zh = qa.ask("淮安市政府2024年的申请里，有几件是上一年遗留下来的？")
    assert "34件" in zh.text and "3119" not in zh.text
    en = qa.ask("How many of Huai'an's 2024 disclosure requests were held over from 2023?")
    assert "34" in _numbers(en.text) and "3119" not in en.text
    # the year the requests came from is not a year asked: one value, of 2024
    assert len(en.citations) == 1


def test_only_part_released_is_partial_disclosure(qa):
    en = qa.ask("How many of Hongze District's 2024 requests ended with only part of the information being released?")
    assert _numbers(en.text.splitlines()[-1]) == ["9"] and "95" not in en.text
    zh = qa.ask("洪泽区2023年的申请中，只给了一部分信息的有几件？")
    assert "4件" in zh.text and "21件" not in zh.text


def test_information_the_body_does_not_have_is_not_held(qa):
    zh = qa.ask("洪泽区2024年有几件申请因为政府手头没有相关信息没法提供？")
    assert "31件" in zh.text and "95件" not in zh.text
    en = qa.ask("How many 2024 requests could Hongze District not answer because it didn't have the information?")
    assert "31" in _numbers(en.text) and "95" not in en.text


# --- a whole narrowed by words no cell was linked by ------------------------------------------------

def test_a_whole_narrowed_by_unmatched_words_is_asked_back_without_a_number(qa):
    zh = qa.ask("洪泽区2024年有多少件申请是申请人后来自己撤回的？")
    assert zh.route == "clarify" and "撤回" in zh.text and _numbers(zh.text) == [] and not zh.citations
    assert "您是指" in zh.text
    en = qa.ask("How many of the requests Hongze District received in 2024 were withdrawn by the applicants?")
    assert en.route == "clarify" and "withdrawn" in en.text and _numbers(en.text) == []
    assert "Did you mean" in en.text


def test_a_reply_picks_the_cell_offered(qa):
    chat = qa.chat()
    asked = chat.ask("洪泽区2024年有多少件申请是申请人后来自己撤回的？")
    first = next(line for line in asked.text.splitlines() if line.startswith("1. "))
    picked = chat.ask("1")
    assert picked.route != "clarify" and picked.citations and first[3:9] in picked.text


def test_the_whole_asked_plainly_is_still_answered(qa):
    assert "95件" in qa.ask("洪泽区2024年收到了多少件政府信息公开申请？").text
    assert "21" in _numbers(qa.ask("How many disclosure requests did Hongze District receive in 2023?").text)
    # the question's own verb after the noun ("did … accept") starts no clause on it
    plain = qa.ask("How many disclosure requests did Hongze District accept in 2024 according to its statistics table?")
    assert plain.route != "clarify" and "95" in _numbers(plain.text)
    # a statistic word before 的 and the noun is no residue ("收到的申请")
    assert "95件" in qa.ask("洪泽区2024年收到的申请有多少件？").text


def test_the_bodies_asked_across_are_no_residue(qa):
    # "哪个机关的…申请" / "各单位的…申请" / "which bureau …" name who, not a part of the requests
    for question in ("2024年哪个机关的新收政府信息公开申请最多？", "2024年各单位的政府信息公开申请合计多少件？",
                     "Which body received the most disclosure requests in 2024?"):
        answer = qa.ask(question)
        assert answer.route != "clarify" and "3119" in _numbers(answer.text), answer.text


def test_the_residue_is_what_no_linker_consumed():
    text = "某区2022年有几个申请是因为材料缺失被退回的"
    anchor = (text.index("申请"), text.index("申请") + 2)
    consumed = [(0, 2), (2, 7)]
    assert unmatched_words(text, consumed, anchor) == "因为材料缺失被退回"
    # nothing after the noun but its question: no residue
    plain = "某区2022年收到几个申请？"
    assert unmatched_words(plain, [(0, 2), (2, 7), (7, 9)], (plain.index("申请"), plain.index("申请") + 2)) == ""
    en = "How many of the requests the bureau got in 2022 were sent back for missing papers?"
    start = en.index("requests")
    assert unmatched_words(en, [], (start, start + 8)) == "sent back missing papers"  # "bureau" names who


# --- a list of bureaus after their common noun ------------------------------------------------------

PINGTAN = ("平潭综合实验区管委会", "平潭综合实验区管委会办公室", "平潭综合实验区财政金融局", "平潭综合实验区经济发展局",
           "平潭综合实验区农业农村局", "平潭综合实验区旅游与文化体育局", "平潭综合实验区地方税务局")


def test_each_item_of_a_list_of_bureaus_is_its_bureau():
    question = ("Which of Pingtan's bureaus (Finance; Economic Development; Agriculture and Rural Affairs) "
                "handled the most requests in 2023?")
    found = english_mentions(question, PINGTAN)
    named = {question[a:b]: max(m, key=lambda body: m[body][0]) for (a, b), m in found}
    assert named.get("Finance") == "平潭综合实验区财政金融局"
    assert named.get("Economic Development") == "平潭综合实验区经济发展局"
    assert named.get("Agriculture and Rural Affairs") == "平潭综合实验区农业农村局"
    assert "平潭综合实验区旅游与文化体育局" not in {b for _, m in found for b in m}
