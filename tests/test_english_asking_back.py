"""Issue 19, class 8 in English: an English name that fits two indexed bodies about equally well
(the linker's own scores: both within its margin, neither by a full name of its own) is asked
back in English with the candidates' English names beside the Chinese, and the reply (a number,
"the second", "yes", a name in English or Chinese, the words of one name) answers for the body
picked. A name that clearly fits one body, or a year only one of them has a report of, is
answered at once, the body taken said.

Real reports: 平潭县人民政府 has reports of 2011-2013, 平潭综合实验区管委会 of 2011-2025."""

from __future__ import annotations

import pytest

from assistant import Choice
from assistant.choices import as_offered
from assistant.understanding import understand

from .conftest import chat

COUNTY, COMMITTEE = "平潭县人民政府", "平潭综合实验区管委会"
COUNTY_EN, COMMITTEE_EN = "Pingtan County Government", "Pingtan Comprehensive Experimental Zone Administrative Committee"
REAL = ("pingtan_2013_county.txt", "pingtan_2013_syq.txt", "pingtan_2025_syq.txt")
ASKED = "How many requests did the Pingtan government receive in 2013?"


@pytest.mark.parametrize("question, said", [
    (ASKED, "Pingtan government"),
    ("What did the Pingtan government's 2012 report say about fees?", "Pingtan government's"),
    ("In 2011, how many applications did Pingtan's government get?", "Pingtan's government"),
    ("How many requests did the Pingtan government receive?", "Pingtan government"),  # no year to decide
])
def test_an_english_name_two_bodies_fit_alike_is_asked_back(pingtan_gazetteer, question, said):
    query = understand(question, pingtan_gazetteer)
    assert query.clarify == [(said, [COUNTY, COMMITTEE])] and query.bodies == []


@pytest.mark.parametrize("question, body", [
    ("How many requests did the Pingtan County government receive in 2013?", COUNTY),
    ("How many requests did Pingtan's administrative committee receive in 2013?", COMMITTEE),
    ("How many requests did the Pingtan government receive in 2015?", COMMITTEE),  # only it has 2015
    ("How many requests did Pingtan's finance bureau receive in 2020?", "平潭综合实验区财政金融局"),
])
def test_an_english_name_that_fits_one_body_is_answered_at_once(pingtan_gazetteer, question, body):
    query = understand(question, pingtan_gazetteer)
    assert query.clarify == [] and query.bodies == [body]


@pytest.mark.parametrize("question, body", [
    ("How many requests did Pingtan's tourism bureau receive in 2024?", "平潭综合实验区旅游与文化体育局"),
    ("What did the Pingtan culture and sports bureau report in 2024?", "平潭综合实验区旅游与文化体育局"),
    ("How many penalties did Pingtan's law enforcement bureau report in 2021?", "平潭综合实验区综合执法与应急管理局"),
    ("How many requests did the Pingtan emergency management bureau get in 2024?", "平潭综合实验区综合执法与应急管理局"),
])
def test_a_bureau_of_several_fields_named_by_one_of_them_in_english(pingtan_gazetteer, question, body):
    query = understand(question, pingtan_gazetteer)  # as 执法局 names 综合执法与应急管理局 in Chinese
    assert query.bodies == [body] and query.clarify == []


def test_a_chinese_typo_still_asks_and_a_follow_up_in_english_asks_too(pingtan_gazetteer):
    assert understand("平谭政府2013年收到多少申请？", pingtan_gazetteer).clarify[0][1] == [COUNTY, COMMITTEE]
    follow = chat(pingtan_gazetteer, "How many requests did the Lingwu health bureau receive in 2013?",
                  "And the Pingtan government?")
    assert follow.clarify and follow.clarify[0][1] == [COUNTY, COMMITTEE]


CHOICES = [Choice(f"{COUNTY} ({COUNTY_EN})", COUNTY, "body", COUNTY_EN),
           Choice(f"{COMMITTEE} ({COMMITTEE_EN})", COMMITTEE, "body", COMMITTEE_EN)]


@pytest.mark.parametrize("reply, picked", [
    ("the county government", "1"), ("The County one.", "1"), ("I mean the committee", "2"),
    ("the zone committee", "2"), ("administrative committee", "2"),
])
def test_the_words_of_one_english_name_pick_it(reply, picked):
    assert as_offered(reply, CHOICES) == picked


@pytest.mark.parametrize("reply", ["Pingtan", "the government of Lingwu", "How many requests did the county get?",
                                   "平潭县"])
def test_words_that_fit_both_names_or_none_pick_nothing(reply):
    assert as_offered(reply, CHOICES) == reply  # left to the reply reader, or a new question


# --- the real index: asked back in English, the reply answers ----------------------------------------

def test_the_question_back_is_english_with_both_names_of_each_candidate(qa):
    asked = qa.chat().ask(ASKED)
    assert asked.route == "clarify" and asked.language == "en"
    assert asked.text.startswith('Which body do you mean by "Pingtan government"?')
    assert f"1. {COUNTY} ({COUNTY_EN})" in asked.text and f"2. {COMMITTEE} ({COMMITTEE_EN})" in asked.text
    assert [c.value for c in asked.choices] == [COUNTY, COMMITTEE] and not asked.citations


@pytest.mark.parametrize("reply, body", [
    ("2", COMMITTEE), ("the second", COMMITTEE), ("yes", COUNTY), ("the county government", COUNTY),
    (COMMITTEE, COMMITTEE), (COMMITTEE_EN, COMMITTEE), ("I mean the committee", COMMITTEE),
])
def test_the_reply_answers_for_the_body_picked(qa, reply, body):
    conversation = qa.chat()
    conversation.ask(ASKED)
    answer = conversation.ask(reply)
    assert answer.route == "facts" and conversation.choices() == []
    assert {(c.body, c.year) for c in answer.citations} == {(body, 2013)}
    assert answer.text.startswith(f'Taking "Pingtan government" as {body}')


def test_a_year_only_one_body_has_is_answered_saying_the_body_taken(qa):
    answer = qa.ask("How many requests did the Pingtan government receive in 2025?")
    assert answer.route == "facts" and {c.body for c in answer.citations} == {COMMITTEE}
    assert answer.text.startswith(f'Taking "Pingtan government" as {COMMITTEE}')


@pytest.mark.parametrize("first, follow_up", [
    ("How many requests did Pingtan's administrative committee receive in 2025?", "And the Pingtan government?"),
    ("平潭管委会2025年收到多少申请？", "平谭政府呢？"),
])
def test_the_years_a_follow_up_carries_over_decide_like_years_said(qa, first, follow_up):
    conversation = qa.chat()
    conversation.ask(first)
    answer = conversation.ask(follow_up)
    assert answer.route == "facts" and {(c.body, c.year) for c in answer.citations} == {(COMMITTEE, 2025)}


def test_carried_over_years_both_have_still_ask_back(qa):
    conversation = qa.chat()
    conversation.ask("How many requests did Pingtan's administrative committee receive in 2013?")
    assert conversation.ask("And the Pingtan government?").route == "clarify"


@pytest.mark.parametrize("question, body", [
    ("How many visits did Pingtan zone's government information disclosure column get in 2013?", COMMITTEE),
    ("What did the Pingtan Zone government report about fees in 2012?", COMMITTEE),
    ("In 2011, how many applications did the Pingtan pilot zone's government get?", COMMITTEE),
])
def test_a_word_only_one_candidates_name_has_separates_them(pingtan_gazetteer, question, body):
    """"zone" is the 综合实验区's word (Comprehensive Experimental Zone), never the county's: no tie."""
    query = understand(question, pingtan_gazetteer)
    assert query.clarify == [] and query.bodies == [body]


@pytest.mark.parametrize("question", [
    "At the end of 2025, how many normative documents of the Pingtan administrative committee (office) were in force?",
    "How many requests did the Pingtan management committee (general office) receive in 2023?",
])
def test_an_english_bracket_after_a_name_qualifies_it_as_the_chinese_one_does(pingtan_gazetteer, question):
    """"the Pingtan administrative committee (office)" is the committee's office, as 平潭管委会（办公室） is."""
    query = understand(question, pingtan_gazetteer)
    assert query.clarify == [] and query.bodies == ["平潭综合实验区管委会办公室"]
