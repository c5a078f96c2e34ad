"""A bare follow-up naming another row of the last statistic's table: "信访举报投诉类的呢？" after
"…不予处理的申请里，重复申请有几件？" asks that row of the same body and year, as the last question
would have asked it with the row's words in place of its own statistic's words. Read the thing
alone and it names no statistic ("信访举报投诉类" without its table's words): the last question's
words around it supply the table."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.lexicon import questions as question_words
from index.lexicon.earlier import FOLLOW_UP_HEAD, FOLLOW_UP_TAIL

from .understanding import Query
from .understanding.followups import scoped

_FOLLOW_UP = re.compile(question_words.FOLLOW_UP)
_HEAD = re.compile(FOLLOW_UP_HEAD, re.I)
_TAIL = re.compile(FOLLOW_UP_TAIL)
_STATISTIC_MENTIONS = ("metric", "cell")


def _tables(query: Query) -> set[str]:
    return {key.split(".", 1)[0] for key in query.metric_keys}


def thing_said(question: str) -> str:
    """The thing a bare follow-up names, its cue words taken off ("信访举报投诉类" of "那信访举报投诉类的呢？")."""
    return _HEAD.sub("", _TAIL.sub("", question.strip())).strip()


def sibling_row(question: str, query: Query, turns: list, read: Callable[[str, Query], Query]) -> Query | None:
    """The question read as the last question with the thing it names in place of the last
    statistic's words, when that names another statistic of the same table for the same bodies
    and years (and the words taken out alone would not name it); None for any other question.
    `read(text, previous)` understands a text."""
    lowered = question.lower().strip()
    if not turns or scoped(lowered) or not _FOLLOW_UP.search(lowered):
        return None
    if not {"metrics", "bodies", "years"} <= set(query.inherited):
        return None
    last = turns[-1].query
    if last is None or not last.metrics or not last.bodies:
        return None
    said = thing_said(question)
    if not said or said.lower() == lowered:
        return None
    text = last.normalized
    for mention in reversed([m for m in last.mentions if m.kind in _STATISTIC_MENTIONS]):
        head, tail = text[:mention.start], text[mention.end:]
        again = read(head + said + tail, last)
        if not again.metrics or again.metric_keys == last.metric_keys or _tables(again) != _tables(last):
            continue
        if again.bodies != last.bodies or again.years != last.years:
            continue
        if read(head + tail, last).metric_keys == again.metric_keys:
            continue  # the words taken out alone name it: the thing said did not
        return again
    return None
