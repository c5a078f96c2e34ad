"""A reply to a question asked back ("您是指…吗？"): which of the candidates it picks, if any.
Pure: the reply's words and the candidates offered, nothing else."""

from __future__ import annotations

import re

from index.lexicon import bodynames as words

from ..linking.bodies import link_bodies
from .hygiene import normalize

_ORDINAL = re.compile(words.ORDINAL_REPLY, re.IGNORECASE)
_TRIM = re.compile(words.REPLY_TRIM, re.IGNORECASE)
#: A reply naming a candidate may add a few characters ("就是灵武那个"), not a new question.
_SLACK = 6


def chosen(reply: str, candidates: list[str]) -> str | None:
    """The candidate a reply picks: "是" / "yes" (the one offered, or the first), "第二个" /
    "2" / "the second one" (by position), or a name that links to one candidate."""
    text, before = normalize(reply).lower().strip(), None
    while text != before:  # "yes, please!" -> "yes, please" -> "yes,"  -> "yes"
        text, before = _TRIM.sub("", text).strip(), text
    if not text or not candidates:
        return None
    if text in words.YES_REPLIES:
        return candidates[0]
    ordinal = _ORDINAL.match(text)
    if ordinal:
        n = words.ORDINALS[ordinal.group(1).lower()]
        return candidates[n - 1] if n <= len(candidates) else None
    if len(text) > max(len(c) for c in candidates) + _SLACK:
        return None  # a new question, not a pick
    named = [b for b in candidates if text in b.lower() or b.lower() in text]
    if len(named) == 1:
        return named[0]
    linked = [m.body for m in link_bodies(reply, candidates) if m.body]
    return linked[0] if len(set(linked)) == 1 else None
