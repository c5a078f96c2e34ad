"""A question that names the report it asks of ("according to the Pingtan Comprehensive
Experimental Zone 2014 report", "in X's report", "据X2014年年报"): the body of that report is the
body asked, even when the thing asked is an office inside it ("Pingtan's administrative service
centre"); the other names of its region say where the office is, not another body to answer for.
Pure: mentions and text in, bodies out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.lexicon.prose_en import (
    CHANNEL_BEFORE_EN,
    OFFICE_HEADS_EN,
    REPORT_AFTER_EN,
    REPORT_AFTER_ZH,
    REPORT_NAMED_EN,
    REPORT_NAMED_ZH,
)
from index.lexicon.questions import REPORT_WORDS
from index.lexicon.units_inside import CHANNEL_BEFORE_ZH, OFFICE_HEADS_ZH, ON_CHANNEL_ZH

from .gazetteer import Gazetteer, Mention
from .metrics import Metric

_BEFORE_EN = re.compile(REPORT_NAMED_EN)
_AFTER_EN = re.compile(REPORT_AFTER_EN)
_BEFORE_ZH = re.compile(REPORT_NAMED_ZH)
_AFTER_ZH = re.compile(rf"{REPORT_AFTER_ZH}(?:{'|'.join(REPORT_WORDS)})")


def report_named(text: str, mention: Mention) -> bool:
    """Is this name the report's ("according to the X 2014 report", "据X2014年年报")?"""
    before, after = text[:mention.start].lower(), text[mention.end:].lower()
    return bool(_BEFORE_EN.search(before) and _AFTER_EN.match(after)
                or _BEFORE_ZH.search(before) and _AFTER_ZH.match(after))


def bodies_of_report_named(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[str] | None:
    """The bodies of the report a question names, when it names one and its other names are of
    the same place (an office inside that body: "Pingtan's … centre", "平潭行政服务中心"); None
    otherwise (the question is read as before)."""
    named = [m for m in mentions if m.kind in ("body", "region") and m.values and report_named(text, m)]
    if len(named) != 1:
        return None
    m = named[0]
    others = [n for n in mentions if n is not m and n.kind in ("body", "region", "unknown", "ambiguous")]
    if not all(_same_place(n.text, m.text) for n in others):
        return None
    return list(m.values) if m.kind == "body" else gazetteer.region_bodies(m.text, m.values)


def _same_place(a: str, b: str) -> bool:
    """Two names that start alike ("Pingtan's", "Pingtan Comprehensive Experimental Zone";
    平潭行政服务中心, 平潭综合实验区): the first word, or the first two characters."""
    a, b = (re.sub(r"'s\b", "", x.lower()).strip() for x in (a, b))
    if re.match(r"[a-z]", a):
        return a.split()[:1] == b.split()[:1]
    return len(a) >= 2 and a[:2] == b[:2]


# a word of the sentence, not of code pasted into it ("onerror=window.__pwned" names no window)
_OFFICE_HEAD = re.compile(rf"(?<![\w=./])(?:{'|'.join(OFFICE_HEADS_EN)})s?(?![\w=.(/])")
_CHANNEL_EN = re.compile(CHANNEL_BEFORE_EN)
_OFFICE_HEAD_ZH = re.compile("|".join(map(re.escape, OFFICE_HEADS_ZH)))
_CHANNEL_ZH = re.compile(CHANNEL_BEFORE_ZH)
_ON_BEFORE, _ON_AFTER = (re.compile(p) for p in ON_CHANNEL_ZH)
_RUN_GAP = 4  # characters between two heads of one unit's name ("12345便民服务平台")


def office_named(text: str, language: str, mentions: list[Mention], metrics: Sequence[Metric] = ()) -> bool:
    """A question about a unit inside a body that no name of the corpus took ("Pingtan's
    administrative service centre", "平潭综合实验区行政服务中心", "12345热线"): its work is not
    counted in the body's tables, nor is it a part of a table's statistic to ask back about."""
    return bool(units_named(text, language, mentions, metrics))


def units_named(text: str, language: str, mentions: list[Mention], metrics: Sequence[Metric] = ()) -> list[str]:
    """The heads of the units a question names as the doer (see office_named). A unit said as
    the channel ("通过网站申请"), or whose head the statistic's own name holds
    (政府网站公开政府信息数), is the body's statistic: none."""
    text = text.lower()
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.kind in ("body", "region", "bureau"):
            text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    if language == "en":
        return [head.group() for head in _OFFICE_HEAD.finditer(text) if not _CHANNEL_EN.search(text, 0, head.start())]
    named = " ".join(m.zh for m in metrics)
    heads = list(_OFFICE_HEAD_ZH.finditer(text))
    # one unit's heads run together ("微信公众号"): the statistic naming one of them names the unit
    runs: list[list[re.Match[str]]] = []
    for head in heads:
        if runs and head.start() - runs[-1][-1].end() <= _RUN_GAP:
            runs[-1].append(head)
        else:
            runs.append([head])
    return [h.group() for run in runs if not any(h.group() in named for h in run)
            and not _channel(text, run[0].start(), run[-1].end()) for h in run]


def _channel(text: str, start: int, end: int) -> bool:
    before, after = text[:start], text[end:]
    return bool(_CHANNEL_ZH.search(before) or (_ON_BEFORE.search(before) and _ON_AFTER.match(after)))
