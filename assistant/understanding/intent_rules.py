"""The intent a question is answered under (`_resolve_intent`): its cue, the last turn's for a
follow-up, a change asked between years (a difference, never the two values), a percent change
(`percent_change`) or an amount of change (`amount_change`) asked of the years filled; and the
superlative and change words other readers ask about (`asks_extreme`, `asks_change`)."""

from __future__ import annotations

import re

from index.lexicon import questions as words

from .intents import METRIC_INTENTS, Intent
from .slots import Query


def percent_change(query: Query, years_to_come: bool = False) -> None:
    """"下降了百分之几" / "增长幅度是多少": the one rule of a percent change asked. It is the change
    between two years (two named, or one and the year before: "比上年增长了百分之几") or between two
    bodies, as a percent of the base: a difference. With neither it is no percent change, unless
    `years_to_come`: a follow-up keeping the last turn's years, whose years the conversation fills
    with the earlier turns' and then settles here again."""
    if not query.relative:
        return
    if len(query.years) >= 2 or query.prior or len(query.bodies) == 2:
        query.intent = Intent.DIFFERENCE
        if query.prior and len(query.years) == 1:  # this year's figure against the year before's
            query.years = [query.years[0] - 1, query.years[0]]
    elif not years_to_come:
        query.relative = ""


def amount_change(query: Query, years_to_come: bool = False) -> bool:
    """"how much did that rise?" / "增加了多少？" asked of the one year a follow-up kept (after "…2015?"
    and "And in 2016?"): the twin of percent_change for an amount, the change between the earlier
    turns' years, a difference, never that year's value. With `years_to_come` (the conversation
    has not filled the years yet): whether the question is such an amount of change. Without:
    settled, a difference once two years are filled."""
    if years_to_come:
        lowered = query.normalized.lower()
        return (query.intent in (Intent.LOOKUP, Intent.TREND) and "years" in query.inherited
                and len(query.years) == 1 and bool(_CHANGE.search(lowered)) and not _CHANGE_EACH.search(lowered))
    if len(query.years) == 2:
        query.intent = Intent.DIFFERENCE
        return True
    return False


def _resolve_intent(cue: Intent | None, query: Query, previous: Query | None) -> Intent:
    intent = cue
    if intent is None and query.inherited and previous and previous.intent in METRIC_INTENTS:
        intent = previous.intent
        query.inherited.append("intent")
        if intent in (Intent.MOST, Intent.LEAST, Intent.RANKING) and "bodies" not in query.inherited \
                and query.bodies:
            intent = Intent.LOOKUP  # "哪个最多？" then "灵武市呢？" asks for Lingwu's own number
    if intent in (None, Intent.LOOKUP, Intent.TREND, Intent.TOTAL) and _asks_change(query):
        intent = Intent.DIFFERENCE  # "2021年到2024年下降了多少": the change, not the two values
    if intent in (Intent.DIFFERENCE, Intent.TREND) and (len(query.years) < 2 or query.year_range) and _PRIOR_GAP.search(lowered := query.normalized.lower()) \
            and _SUPERLATIVE.search(lowered):
        # "which year was highest, and by how much over the year before": the top, then its gap to the year before
        intent = Intent.LEAST if _LEAST.search(lowered) else Intent.MOST
    if intent is None:
        intent = Intent.LOOKUP if query.metrics else Intent.PASSAGE
    if intent in METRIC_INTENTS and not query.metrics and query.family is None:
        intent = Intent.PASSAGE  # "哪个局的微博粉丝最多": no table has it, search the text
    return intent


_CHANGE = re.compile(words.CHANGE_ASKED)


_MOST = "|".join(f"{zh}|{en}" for intent, zh, en in words.INTENT_CUES if intent == Intent.MOST)


_LEAST = re.compile("|".join(f"{zh}|{en}" for intent, zh, en in words.INTENT_CUES if intent == Intent.LEAST))


_SUPERLATIVE = re.compile(f"{_MOST}|{_LEAST.pattern}")


_CHANGE_EACH = re.compile(words.CHANGE_EACH)


_PRIOR_GAP = re.compile(words.PRIOR_YEAR_GAP)


#: Where one ask of a message ends ("分别多少条？2016年比2015年变化多少？": "分别" is the first ask's).
_ASKS = re.compile(r"[？?。；;！!]")


def _asks_change(query: Query) -> bool:
    """A change between two years asked as one amount: two years (or a range) named, a change
    word asking "how much", and not "each one's" in the same ask."""
    lowered = query.normalized.lower()
    return len(query.years) >= 2 and any(_CHANGE.search(s) and not _CHANGE_EACH.search(s) for s in _ASKS.split(lowered))


def asks_extreme(text: str) -> str | None:
    """"Which year was highest" / "哪年最多": most (or least) asked beside another ask; None when not."""
    lowered = text.lower()
    return "least" if _LEAST.search(lowered) else "most" if re.search(_MOST, lowered) else None


#: Public for the prose series (a change asked of a statistic no table holds).
asks_change = _asks_change
