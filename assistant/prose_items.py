"""A figure of a list of items is the one whose item the question names.

"完成梳理行政权力事项3646项、公共服务事项281项，责任事项4635项，多部门监管责任事项41项": asked
"梳理了多少项责任事项", the answer is 4635, the item named 责任事项 whole, never the first item
(whose clause says 梳理, the verb that opens the list) nor 41 (多部门监管责任事项 only ends in it).
An item's name is what its own list item says before its figure; a question names an item as far as
the longest ending of that name it says, and whole beats an ending.
"""

from __future__ import annotations

import re

from .typed import Span, clause_of, measures_asked

_NAME = re.compile(r"[\u4e00-\u9fff]+$")
_MEASURE = re.compile(r"[\d.,\s]")
#: An ending of an item's name shorter than this tells no item (事项 alone is every item's).
MIN_NAMED = 3


def item_name(sentence: str, span: Span) -> str:
    """The Chinese words right before a figure in its own list item ("责任事项" of "责任事项4635项")."""
    item = clause_of(sentence, span.start, span.end, items=True)
    at = item.find(span.text)
    found = _NAME.search(item[:at]) if at > 0 else None
    return found.group() if found else ""


def named_in(question: str, name: str) -> tuple[int, bool]:
    """(the longest ending of the name said, the whole name said): the verb that opens a list is
    no part of its first item's name ("完成梳理行政权力事项" is named by 行政权力事项)."""
    ending = next((n for n in range(len(name), 0, -1) if name[-n:] in question), 0)
    return ending, name in question


def items_named(question: str, sentence: str, spans: list[Span]) -> list[Span]:
    """Of figures in a list, those whose item the question names best; all of them when it names
    none apart (each item's ending said alike, or none long enough)."""
    # a list of like things, each counted in one measure ("A事项3646项、B事项281项"), not a thing and
    # what it did ("微信公众号41个,共发布信息3404条": 3404 is the accounts' posts, no item of its own)
    measures = {_MEASURE.sub("", s.text) for s in spans}
    asked = [m for m in measures_asked(question) if m in measures]
    if len(measures) > 1 and len(asked) != 1:
        return spans
    listed = [s for s in spans if len(measures) == 1 or _MEASURE.sub("", s.text) == asked[0]]
    if len(listed) < 2:
        return spans
    score = {id(s): named_in(question, item_name(sentence, s)) for s in listed}
    best = max(score.values())
    whole = [v for v in score.values() if v[1] and v[0] >= MIN_NAMED]
    # one item named whole ("责任事项"), never an ending alone ("…主动公开政府信息" of "多少条政府信息")
    if len(whole) != 1 or best != whole[0] or all(v == best for v in score.values()):
        return spans
    return [s for s in spans if score.get(id(s), best) == best]


def item_said(question: str, sentence: str, span: Span) -> bool:
    """The question says the figure's item name whole ("责任事项呢" of "责任事项4635项"): the figure
    is tied to it, however often the sentence repeats the name's words (责任清单, 监管责任事项)."""
    name = item_name(sentence, span)
    return len(name) >= MIN_NAMED and name in question
