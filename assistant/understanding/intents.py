"""What a question asks for, from its cue words (index.lexicon.questions)."""

from __future__ import annotations

import re
from enum import StrEnum

from index.lexicon import questions as words

from .years import _LATEST_RE

# --- intent ---------------------------------------------------------------------------------------


class Intent(StrEnum):
    LOOKUP = "lookup"
    MOST = "most"
    LEAST = "least"
    TOTAL = "total"
    AVERAGE = "average"
    RANKING = "ranking"
    DIFFERENCE = "difference"
    RATIO = "ratio"  # "占多大比例" / "多少倍": one number divided by another, each cited
    TREND = "trend"
    LIST = "list"
    COUNT_REPORTS = "count_reports"
    CORPUS = "corpus"
    PASSAGE = "passage"
    SOURCE = "source"
    WHY = "why"
    IDENTITY = "identity"  # "是同一机构吗？": are two names one body across a renaming?
    SUMMARY = "summary"  # "总结一下…的年报": a cited digest of a report
    CHECKS = "checks"  # "勾稽关系对得上吗？": the consistency checks of the tables


#: Intents answered from facts: without a metric they fall back to PASSAGE.
METRIC_INTENTS = frozenset({Intent.LOOKUP, Intent.MOST, Intent.LEAST, Intent.TOTAL, Intent.AVERAGE,
                            Intent.RANKING, Intent.DIFFERENCE, Intent.TREND, Intent.LIST, Intent.RATIO})

# (intent, Chinese cue, English cue), in priority order: the first intent with a cue wins, so
# "哪个最多" is MOST although 哪 also lists, and "how many reports" is not a LOOKUP.
#: (intent, Chinese cue, English cue) in priority order, from the lexicon's question words.
INTENT_CUES = tuple((Intent(intent), zh, en) for intent, zh, en in words.INTENT_CUES)
_CUES = [(intent, re.compile(zh), re.compile(en)) for intent, zh, en in INTENT_CUES]


def detect_intent(text: str, has_metric: bool = False) -> Intent | None:
    """The intent a lower-cased normalized question states by a cue word, if any. A question
    naming a statistic asks about it, not about the corpus ("语料中各年份的行政处罚…")."""
    text = _LATEST_RE.sub(" ", text)  # "most recent" is a year, not MOST
    for intent, zh, en in _CUES:
        if has_metric and intent in (Intent.CORPUS, Intent.COUNT_REPORTS):
            continue
        found = zh.search(text) or en.search(text)
        if found and intent == Intent.IDENTITY and has_metric and _COUNT_ASKED.search(text, found.end()):
            continue  # "这个局改名为…后，2020年采购了几个项目？": the renaming says which body, a count is asked
        if found:
            return intent
    return None


_COUNT_ASKED = re.compile(words.COUNT_ASKED)


