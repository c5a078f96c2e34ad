"""A share one of whose sides names several statistics ("行政复议占行政复议和行政诉讼的比例",
"予以公开和部分公开占办结总数的多少", "what share of reviews and lawsuits combined were reviews"):
each side is linked on its own, so the whole is the sum of the statistics it joins (and the part
the sum of its), never the one statistic left after the repeated name was merged away. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.lexicon import statwords
from index.lexicon.questions import (
    CHANGE_ASKED,
    CHANGE_FRAMES,
    CHANGE_IN_PERCENT,
    CHANGE_NOUN,
    CHANGE_RATE,
    CHANGE_VERBS,
    RATE_ASKED,
    RATIO_TIMES,
    SHARE_AMONG,
    SHARE_AMONG_ZH,
    SHARE_EITHER,
    SHARE_LEAD_FILLERS,
    SHARE_OF,
    SHARE_PART_AFTER,
    SHARE_WHOLE_AFTER,
)
from index.lexicon.rates import (
    NEW,
    OTHER_SUBJECTS,
    RATES,
    REQUEST_TABLES,
    SCOPE_BEFORE,
    SCOPE_CUT,
    Rate,
)
from index.lexicon.residue import ZH_FILLERS, ZH_FRAME_FILLERS

from ..linking import parts as joins
from ..linking.statistics import CellRequest, link_statistics
from .cells import cell_metric
from .metrics import Metric

Span = tuple[int, int]
_SHARE_OF = re.compile(SHARE_OF)
_TIMES = re.compile(RATIO_TIMES)
_RATE = re.compile(RATE_ASKED)
_CHANGE_RATE, _IN_PERCENT = re.compile(CHANGE_RATE), re.compile(CHANGE_IN_PERCENT)
_CHANGE_ASKED, _CHANGE_NOUN = re.compile(CHANGE_ASKED), re.compile(CHANGE_NOUN)
_FRAMES = [(frame, re.compile(pattern)) for frame, pattern in CHANGE_FRAMES]
_WHOLE_AFTER = re.compile(SHARE_WHOLE_AFTER)
_PART_AFTER = re.compile(SHARE_PART_AFTER)
_AMONG, _AMONG_ZH = re.compile(SHARE_AMONG), re.compile(SHARE_AMONG_ZH)
#: A clause break (read backwards from a share word: the words before it are only breaks and blanks).
_CLAUSE_BREAK = re.compile(r"[，,？?；;。！!]")
_EITHER = re.compile(SHARE_EITHER)
_CLAUSES = re.compile(r"\s*[，,？?；;。！!]\s*")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
#: Words naming no subject of a rate (question words, frame words), the longer first.
_FILLERS = sorted({*ZH_FILLERS, *ZH_FRAME_FILLERS}, key=len, reverse=True)
#: The statistics a share may add up on its two sides (the answerer reads this many).
MAX_STATISTICS = 3


def share_sides(text: str, exclude: list[Span], metric_of) -> tuple[list[Metric], int] | None:
    """The part's statistics then the whole's, and how many are the part, when one side joins
    two or more ("A和B"); None for a share of one statistic over one (or no share at all).
    `exclude`: spans that name no statistic (bodies); `metric_of`: request -> Metric."""
    lowered = text.lower()
    if _TIMES.search(lowered):
        return None
    # a side links only words the whole question's linking read too: "the requests <body> handled"
    # alone is no statistic of its own (the parts' table gives the whole), never 本年新收
    read = [p for r in link_statistics(text, exclude=exclude) for p in (r.span, *r.parts)]
    for part, whole, leading in _sides(lowered):
        got = _side(text, exclude, part, read), _side(text, exclude, whole, read)
        if got[0] is None or got[1] is None or not got[0] or (len(got[0]) < 2 and len(got[1]) < 2) \
                or len(got[0]) + len(got[1]) > MAX_STATISTICS:
            continue
        if not all(_leads(lowered, exclude, side.start, found[0]) for side, found in zip((part, whole), got, strict=True)
                   if side in leading and found):
            continue  # "share of X in 2024": a cut opens a side's list of statistics, or is no cut
        numerator, denominator = got
        if denominator and {k for r in denominator for k in r.metric_keys} < {k for r in numerator for k in r.metric_keys}:
            numerator, denominator = denominator, numerator  # "Of A and B, what share were A": a part holds no whole
        return [*map(metric_of, numerator), *map(metric_of, denominator)], len(numerator)
    return None


@dataclass(frozen=True)
class _Side:
    start: int
    end: int


def _sides(lowered: str) -> list[tuple[_Side, _Side, tuple[_Side, ...]]]:
    """Where the part and the whole may stand, likeliest first, and which of them must open with
    their statistics: "WHOLE中PART占" and "of WHOLE, what share were PART"; before and after "占" /
    "as a share of"; "share of PART in WHOLE" and "share of WHOLE were PART"."""
    end = len(lowered)
    out = []
    among = _AMONG_ZH.search(lowered)
    if among is not None:
        whole, part = _Side(among.start("whole"), among.end("whole")), _Side(among.start("part"), among.end("part"))
        out.append((part, whole, (whole, part)))
    among = _AMONG.search(lowered)
    if among is not None and (cut := _PART_AFTER.search(lowered, among.end())) is not None:
        whole, part = _Side(among.start("whole"), among.end("whole")), _Side(cut.end(), end)
        out.append((part, whole, (whole, part)))
    marker = _SHARE_OF.search(lowered)
    if marker is not None:
        out.append((_Side(0, marker.start()), _Side(marker.end(), end), ()))
        opened = _CLAUSES.match(lowered[::-1], len(lowered) - marker.start())
        if opened is not None and marker.start() - opened.end() > 0:
            # "予以公开和部分公开一共多少件？占办结总数多少？": 占 opens its clause, the part is the clause before
            close = len(lowered) - opened.end()
            start = max((m.end() for m in _CLAUSE_BREAK.finditer(lowered, 0, close)), default=0)
            out.append((_Side(start, close), _Side(marker.end(), end), ()))
        for pattern, part_first in ((_WHOLE_AFTER, True), (_PART_AFTER, False)):
            cut = pattern.search(lowered, marker.end())
            if cut is not None:
                first, second = _Side(marker.end(), cut.start()), _Side(cut.end(), end)
                out.append((first, second, (first, second)) if part_first else (second, first, (first, second)))
    return out


def _leads(lowered: str, exclude: list[Span], start: int, first: CellRequest) -> bool:
    """Only filler words ("the", "all"), a body's name and a year stand between a side's start
    and its first statistic."""
    gap = list(lowered[start:first.span[0]])
    for a, b in exclude:
        for i in range(max(a, start), min(b, first.span[0])):
            gap[i - start] = " "
    return not re.sub(SHARE_LEAD_FILLERS, " ", "".join(gap)).strip()


def _side(text: str, exclude: list[Span], side: _Side, read: list[Span]) -> list[CellRequest] | None:
    """The statistics one side names, each on its own; None when they are not one list joined
    by "和" / "与" / "plus" / a sum word (two statistics in other words are no sum)."""
    blanked = [*exclude, (0, side.start), (side.end, len(text))]
    requests = link_statistics(text, exclude=[(a, b) for a, b in blanked if b > a])
    requests = [r for r in requests if side.start <= r.span[0] < side.end
                and any(a < r.span[1] and r.span[0] < b for a, b in read)]
    if len(requests) == 1 and requests[0].summed:
        return list(requests[0].summed)  # "A与B之和": the sum word merged them
    # "fully or partly disclosed": on a share's side, "or" joins the parts it counts together
    if any(not joins.joined(text, a.span, b.span) and not _EITHER.fullmatch(text[a.span[1]:b.span[0]].lower())
           for a, b in zip(requests, requests[1:], strict=False)):
        return None
    unique = {r.metric_keys: r for r in requests}
    return list(unique.values())



def rate_sides(text: str, exclude: list[Span], metric_of) -> tuple[list[Metric], int] | None:
    """A rate ("办结率是多少", "the handling rate"): the statistic the rate word names is the part,
    what else the question names is the whole (the requests to handle, new and carried over, when
    it names none); None when the rate word names no statistic, or no whole is known."""
    lowered = text.lower()
    changes = [m.span() for m in _CHANGE_RATE.finditer(lowered)]
    for match in _RATE.finditer(lowered):
        if any(a < match.end() and match.start() < b for a, b in changes):
            continue  # "增长率" / "growth rate": a change in percent (change_in_percent), no share
        group = "zh" if match.group("zh") else "en"
        a, b = match.span(group)
        # the shortest words before the rate word that name a statistic ("申请办结率" is 办结's)
        starts = range(b - 1, a - 1, -1) if group == "zh" else (a,)
        part = next((found for i in starts if (found := link_statistics(text, exclude=[*exclude, (0, i), (b, len(text))]))),
                    []) or link_statistics(statwords.RATE_NOUNS.get(lowered[a:b].split()[-1], ""))
        if part and part[0].span[1] <= b:  # words before the rate's statistic may name the whole
            a = min(a, *(r.span[0] for r in part)) if group == "en" else part[0].span[0]
        if not part:
            continue
        keys = {k for r in part for k in r.metric_keys}
        rest = [r for r in link_statistics(text, exclude=[*exclude, (a, match.end())]) if not set(r.metric_keys) & keys]
        requests = any(k.startswith(statwords.REQUESTS + ".") for k in keys)
        if requests and not any(w in lowered for w in statwords.RATE_RECEIVED):  # the bare 申请: those to handle
            rest = [r for r in rest if not any(k.startswith(statwords.REQUESTS + ".") for k in r.metric_keys)]
        if not rest and requests:
            rest = [r for w in statwords.RATE_WHOLE for r in link_statistics(w)]
        if not rest or len(part) + len(rest) > MAX_STATISTICS:
            return None
        return [*map(metric_of, part), *map(metric_of, rest)], len(part)
    return None


def asks_with_verb(text: str) -> bool:
    """Whether a change is asked with a verb of change ("变化了多少", "增长了多少", "how much did it
    grow"): its answer says the direction with a verb, not as "more" or "fewer"."""
    return bool(re.search(CHANGE_VERBS, text.lower()))


def change_in_percent(text: str) -> str | None:
    """A change asked as a percent of the base figure ("增长率", "降幅", "下降了百分之几", "by how much
    did they fall, in percent?"): the frame the question asks it in (fall | rise | change); None
    when no such change is asked. A rate of change is one, never a share of a statistic."""
    lowered = text.lower()
    frames = {frame for frame, pattern in _FRAMES if pattern.search(lowered)}
    if not (_CHANGE_RATE.search(lowered) or (_IN_PERCENT.search(lowered) and (
            _CHANGE_ASKED.search(lowered) or _CHANGE_NOUN.search(lowered) or frames))):
        return None
    return frames.pop() if len(frames) == 1 else "change"


def change_words(lowered: str) -> list[Span]:
    """Where the question says a change or its percent ("下降了百分之几", "fall … in percent"):
    words of the question's frame, never a statistic's."""
    patterns = (_CHANGE_RATE, _IN_PERCENT, _CHANGE_ASKED, *(p for _, p in _FRAMES))
    return [m.span() for p in patterns for m in p.finditer(lowered)]


@dataclass(frozen=True)
class RatesAsked:
    """The rates a question names (index/lexicon/rates.py), and statistics standing for their
    sides (the part's first, `parts` of them) for what reads a Query's statistics."""

    names: tuple[str, ...]
    metrics: list[Metric]
    parts: int


def asked_rates(text: str, named_spans: list[Span] | None = None) -> RatesAsked | None:
    """"办结率", "公开率最高的一年", "the disclosure rate", "纠错率" (of reconsiderations and of
    lawsuits unless one is named): the rate table's rates the question names; None when none.
    `named_spans`: the bodies and years the question names (no subject of a rate)."""
    lowered = text.lower()
    taken = [m.span() for m in _CHANGE_RATE.finditer(lowered)]  # "增长率": a change's rate, no rate here
    named: list[tuple[int, Rate]] = []
    for rate in RATES:  # the more specific words first: "全部公开率" is never also 公开率
        found = [m.span() for p in (rate.zh_words, rate.en_words) for m in re.finditer(p, lowered)]
        found = [(a, b) for a, b in found if not any(x < b and a < y for x, y in taken)]
        if not found or (rate.of_requests and any(_of_another_subject(lowered, a, named_spans or []) for a, _ in found)):
            continue  # or the rate of another thing ("12345热线的办结率")
        taken += found
        named += [(a, rate) for a, _ in found]
    if not named:
        return None
    chosen: list[Rate] = []  # "全部公开率和部分公开率": each, in the order asked
    for at, rate in sorted(named, key=lambda x: x[0]):
        family = [r for r in RATES if r.family == rate.family] if rate.family else [rate]
        # the group named right before the rate word ("行政复议纠错率"), else anywhere ("rate of lawsuits")
        before = re.split(SCOPE_CUT, lowered[max(0, at - SCOPE_BEFORE):at])[-1]
        scoped = [r for r in family if r.scope and re.search(r.scope, before)] \
            or [r for r in family if r.scope and re.search(r.scope, lowered)]
        chosen += [r for r in (scoped if len(scoped) == 1 else family) if r not in chosen]
    return RatesAsked(tuple(r.name for r in chosen), *_standing(chosen[0]))


def names_request_rate(lowered: str) -> bool:
    """Does the question say a request table's rate ("办理结果里，予以公开占总计的比例"), whatever
    its subject? Then it asks that rate, never the outcomes one by one."""
    return any(re.search(p, lowered) for r in RATES if r.of_requests for p in (r.zh_words, r.en_words))


def _of_another_subject(lowered: str, at: int, named_spans: list[Span]) -> bool:
    """Is a request table's rate named at `at` the rate of another thing ("热线工单的办结率",
    "网上审批办件的按时办结率")? Its subject is the words before it in its clause, less the bodies
    and years named and the words that qualify nothing: the request table's when they link to
    its statistic or are none; another thing when they link to another table's statistic or to
    none. The words the structure cannot tell (a hotline's number, English) are a family."""
    if re.search(OTHER_SUBJECTS, lowered):
        return True
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(lowered, 0, at)), default=0)
    subject = "".join(" " if any(a <= i < b for a, b in named_spans) else c
                      for i, c in enumerate(lowered[start:at], start))
    linked = {key.split(".")[0] for r in link_statistics(subject) for key in r.metric_keys}
    if linked:
        return not linked & set(REQUEST_TABLES)
    for filler in _FILLERS:
        subject = subject.replace(filler, " ")
    return any(len(w) >= 2 for w in _CJK.findall(subject))


def _standing(rate: Rate) -> tuple[list[Metric], int]:
    sides = rate.sides.get(NEW[-1]) or next(iter(rate.sides.values()))
    return [cell_metric(i[0], Metric) for i in (*sides.part, *sides.whole)], len(sides.part)
