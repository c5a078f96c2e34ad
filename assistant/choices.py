"""The candidates of a question asked back, typed for the skins (issue 19, item 8): the page's
buttons and the terminal's numbered lines come from `Answer.choices`, never from the text.

A reply that is one of the labels offered (a button's text, with the English name in English),
a candidate's own name or its English name picks that candidate; everything else ("是",
"第二个", "2", a name that links to one candidate) is read by `understanding.chosen`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.lexicon.bodynames import REPLY_FILLER_EN

from .answer import Choice
from .render import LANGUAGES
from .render.writer import _bare
from .understanding import Query
from .understanding.hygiene import normalize

__all__ = ["Choice", "as_offered", "offered"]

_WORD = re.compile(r"[a-z0-9]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ENDS = re.compile(r"^[\s\"'“”‘’「」]+|[\s\"'“”‘’「」。.!！?？,，;；]+$")


def offered(query: Query, english_name: Callable[[str], str | None]) -> list[Choice]:
    """The candidates the next reply picks among, as the asking-back text numbers them: the
    bodies of the first name asked about, else the cells closest to a statistic narrowed in
    words no cell matched. [] when the query asks nothing back."""
    if query.clarify:
        lang = LANGUAGES[query.language]
        return [Choice(lang.body_name(body, english_name), body, "body", english_name(body) or "")
                for body in query.clarify[0][1]]
    if query.narrowed is None or not query.metrics:
        return []
    near = query.narrowed.near
    labels = [_bare(m.name(query.language)) for m in near]
    if len(set(labels)) < len(labels):  # two cells bare alike: their full names tell them apart
        labels = [m.name(query.language) for m in near]
    return [Choice(label, m.name(query.language), "statistic", m.en) for label, m in zip(labels, near, strict=True)]


def as_offered(reply: str, choices: list[Choice]) -> str:
    """`reply` as the position it picks ("2") when it is a choice's label, own name or English
    name (case, width and end punctuation aside); otherwise `reply` unchanged."""
    said = _key(reply)
    for number, choice in enumerate(choices, 1):
        if said and said in {_key(choice.label), _key(choice.value), _key(choice.english)}:
            return str(number)
    return _by_english_words(reply, choices) or reply


def _by_english_words(reply: str, choices: list[Choice]) -> str | None:
    """"the county government", "the zone committee": a reply whose words (fillers aside) are all
    words of one candidate's English name, and not all of any other's, picks that candidate. A
    new question has words no name has ("how many requests …"), so it picks nothing."""
    said = set(_WORD.findall(reply.casefold())) - set(REPLY_FILLER_EN)
    if not said or _CJK.search(reply):
        return None
    fits = [n for n, c in enumerate(choices, 1) if c.english and said <= set(_WORD.findall(c.english.casefold()))]
    return str(fits[0]) if len(fits) == 1 else None


def _key(text: str) -> str:
    return _ENDS.sub("", normalize(text or "")).casefold()
