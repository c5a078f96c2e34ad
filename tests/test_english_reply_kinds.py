"""English follow-ups and asks about what the replies said: "How many of them were granted?" after
a count of requests received is the requests granted disclosure (the outcome of those requests,
never administrative licences, which "granted" names elsewhere); "How many replies agreed to
disclose…" asks the replies of that kind alone, never every reply beside them. Checked on other
bodies and years than the sets'.
"""

from __future__ import annotations

import pytest

from .conftest import chat, metric_keys

REAL = ("pingtan_2014_syq.txt",)

ZONE = "平潭综合实验区管委会"
RECEIVED = "How many disclosure requests did the Pingtan zone committee receive in 2014?"


GRANTED = {"政府信息公开申请.予以公开.总计", "依申请公开情况.同意公开答复数"}
PARTLY = {"政府信息公开申请.部分公开.总计", "依申请公开情况.同意部分公开答复数"}


@pytest.mark.parametrize("follow_up,keys", [
    ("How many of them were granted?", GRANTED),
    ("Of those, how many were released?", GRANTED),
    ("And how many of them were partly disclosed?", PARTLY),
])
def test_outcome_verb_after_requests_received(pingtan_gazetteer, follow_up, keys):
    query = chat(pingtan_gazetteer, RECEIVED, follow_up)
    assert metric_keys(query) == keys and query.bodies == [ZONE], (metric_keys(query), query.bodies)


@pytest.mark.parametrize("question,kind", [
    ("How many replies agreed to disclose did the Pingtan zone committee give in 2014?", "同意公开答复数"),
    ("In 2014, how many replies of the Pingtan zone committee agreed to disclose in part?", "同意部分公开答复数"),
])
def test_replies_of_a_kind_are_that_kind_alone(pingtan_gazetteer, question, kind):
    keys = metric_keys(chat(pingtan_gazetteer, question))
    assert f"依申请公开情况.{kind}" in keys and "依申请公开情况.申请答复数" not in keys, keys


def test_replies_alone_are_every_reply(pingtan_gazetteer):
    keys = metric_keys(chat(pingtan_gazetteer, "How many replies did the Pingtan zone committee give in 2014?"))
    assert keys == {"依申请公开情况.申请答复数"}, keys


def test_granted_follow_up_answered(qa):
    conversation = qa.chat()
    conversation.ask(RECEIVED)
    answer = conversation.ask("How many of them were granted?")
    assert answer.route == "facts" and "granted (agreed to disclose)" in answer.text, answer.text
    assert "licen" not in answer.text, answer.text
