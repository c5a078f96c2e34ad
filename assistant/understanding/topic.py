"""What a question asks about, in its own words: for "not found" answers and passage search."""

from __future__ import annotations

import re

from index.lexicon import questions as words

from .slots import Query

_ASKING = re.compile(words.TOPIC_ASKING)
_COMPARING = re.compile(words.TOPIC_COMPARING)
_EN_TOPIC = re.compile(words.EN_TOPIC)
_YEARS = re.compile(words.YEAR_WORDS)
_NOT_CJK = re.compile("[^\u4e00-\u9fff]+")  # the common ideographs, as topic runs were always cut
#: Characters a topic run needs to count.
MIN_TOPIC_CHARS = 2


def without_names(q: Query) -> str:
    """The question without the bodies and years it names (they say which report, not what)."""
    text = q.normalized
    for m in sorted(q.mentions, key=lambda m: -m.start):
        if m.kind not in ("metric", "cell"):
            text = text[: m.start] + " " + text[m.end:]
    return _YEARS.sub(" ", text)


def topic(q: Query) -> str:
    """The question's words without the body names, years and asking words."""
    text = without_names(q)
    if q.language == "en":
        match = _EN_TOPIC.search(text.lower())
        return match.group(1).strip() if match else text.strip(" ?")
    # the comparison word before the year compared against ("简报比2015年") names no part of the thing
    runs = [r for r in _NOT_CJK.split(_COMPARING.sub(" ", _ASKING.sub(" ", text))) if len(r) >= MIN_TOPIC_CHARS]
    return max(runs, key=len) if runs else text.strip(" ？?")
