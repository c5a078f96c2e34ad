"""Which family of categories of one report a superlative asks over ("处理结果里哪种情况最多":
the outcome rows), from the words of index.lexicon.families. Pure: text in, family id out."""

from __future__ import annotations

import re

from index.lexicon import families as words

_WHICH = re.compile(words.WHICH_CATEGORY)
_FAMILIES = [(family, re.compile(zh), re.compile(en)) for family, zh, en, _ in words.FAMILIES]
#: The cells of each family, as a pattern over canonical keys.
FAMILY_KEYS = {family: re.compile(keys) for family, _, _, keys in words.FAMILIES}
SUMMED_BY_OUTCOME = words.SUMMED_BY_OUTCOME


def category_family(lowered: str) -> str | None:
    """The family a question asks "which one" of, or None (it asks about bodies or years)."""
    if not _WHICH.search(lowered):
        return None
    return next((family for family, zh, en in _FAMILIES if zh.search(lowered) or en.search(lowered)), None)


_OUTCOME_ASKED = re.compile(words.OUTCOME_ASKED)
_CHANNEL_ASKED = re.compile(words.CHANNEL_ASKED)


def breakdown_family(lowered: str, metric_keys: list[str]) -> str | None:
    """"…收到多少申请，通过什么渠道？" / "…, and through what channel?": the family whose breakdown
    of the statistic asked is asked beside its count (no superlative), or None. "被申请行政复议几件，
    结果怎样？" / "what was the outcome?" asks the outcomes of the reconsiderations (or lawsuits) asked;
    "是咋递交的" / "how were they submitted" the requests' channels."""
    family = category_family(lowered) or outcome_family(lowered, metric_keys) \
        or ("channel" if _CHANNEL_ASKED.search(lowered) else None)
    wholes = words.BREAKDOWN_OF.get(family or "", ())
    return family if any(k in wholes for k in metric_keys) else None


def outcome_family(lowered: str, metric_keys: list[str]) -> str | None:
    """The appeals family ("reconsideration", "lawsuit") whose outcomes "结果怎样" / "how did they
    end" asks, of the statistic asked (a follow-up's carried-over one included); None otherwise."""
    if not _OUTCOME_ASKED.search(lowered):
        return None
    return next((f for f in words.OUTCOME_FAMILIES if any(k in words.BREAKDOWN_OF[f] for k in metric_keys)), None)


def breakdown_said(lowered: str, family: str | None) -> list[tuple[int, int]]:
    """The spans of the words asking a breakdown ("what were the outcomes", "通过什么渠道"): its cue,
    not a part of the statistic the question failed to read."""
    cues = [_OUTCOME_ASKED, _CHANNEL_ASKED, *(p for f, zh, en in _FAMILIES if f == family for p in (zh, en))]
    return [m.span() for cue in cues for m in cue.finditer(lowered)]
