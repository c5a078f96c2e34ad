"""Two changes no cell holds, each computed from what the reports print, every input cited.

- A row's item count against the year before, in percent ("行政许可的项目数比上一年增长了百分之几"):
  a table that prints the items of the year before and this year's change (上一年项目数量,
  本年增/减) gives it in one report, change ÷ base. Comparing 上一年项目数量 across two reports
  would compare the years before each; the decisions (处理决定数量) are no items.
- A share's difference in percentage points between two years ("占的比例，2022年比2020年下降了
  多少个百分点"): each year's share from that year's report (stated in its prose, "占34.82%", or
  the part over the whole its prose gives, or its table's two cells), then the difference; two
  shares of different wholes are not compared, and the answer says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from index.lexicon import statwords
from index.lexicon.changes import (
    DECISIONS_COLUMN,
    ITEM_COUNT,
    PART_FILLERS,
    POINTS_ASKED,
    SHARE_MARK,
    STATED_SHARE,
)
from index.lexicon.prose import CLAUSE_PUNCTUATION, LINK_AT_END, STATEMENT_OPENERS
from index.lexicon.questions import BASE_YEAR, CHANGE_FRAMES, YEAR_WORDS
from index.lexicon.units import MEASURES
from index.models import Fact, ReportRecord

from .aggregate import ratio, rounded
from .extracts import glossary_terms
from .findings import ItemChange, NoRatio, PointsChange, Ratio, Several, SumShare, YearShare
from .prose_share import whole_and_parts as split_wholes
from .prose_statements import statement_fact as split_fact
from .scope import Scope
from .understanding import METRICS, Metric, Query

_ITEMS = re.compile(ITEM_COUNT)
_POINTS = re.compile(POINTS_ASKED)
_STATED = re.compile(STATED_SHARE)
_SHARE_MARK = re.compile(SHARE_MARK)
_BASE_YEAR = re.compile(BASE_YEAR)
_FRAMES = [(frame, re.compile(pattern)) for frame, pattern in CHANGE_FRAMES]
_CLAUSE = re.compile(CLAUSE_PUNCTUATION)
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_COUNTED = re.compile(rf"\d[\d,.]*\s*(?:{MEASURES})?|{YEAR_WORDS}")
_OPENERS, _LINK_END, _FILLERS = re.compile(STATEMENT_OPENERS), re.compile(LINK_AT_END), re.compile(PART_FILLERS)
_HAN = re.compile(r"[\u4e00-\u9fff]")
PRIOR, CHANGE = f".{statwords.PRIOR_COLUMN}", f".{statwords.CHANGE_COLUMN}"
DECISIONS = f".{DECISIONS_COLUMN}"
#: Decimals a share is computed to before two are subtracted (34.82% − 26%).
SHARE_DECIMALS = 2
#: Characters a stated share's part must name, at least.
MIN_COMMON = 2
#: Of the question's part, the share of two-character runs a stated part must say.
MIN_COVERED = 0.6


# --- a row's items against the year before ---------------------------------------------------------

def item_change(q: Query, s: Scope, metric: Metric) -> ItemChange | None:
    """The items of a row in the later of two consecutive years against the earlier, in percent,
    from the later year's report when its table prints both the items of the year before and the
    change; None when not asked of items, or the report prints no such columns."""
    if not q.relative or len(q.years) != 2 or q.years[1] - q.years[0] != 1 or not metric.keys:
        return None
    key = metric.keys[0]
    if not (key.endswith(PRIOR) or key.endswith(DECISIONS) and _ITEMS.search(q.normalized.lower())):
        return None  # the decisions asked are no items (and never set against them)
    reports = s.in_scope(replace(q, years=[q.years[1]]))
    if len(reports) != 1 or _base_year(q, (q.years[0], q.years[1])) != q.years[0]:
        return None  # "2019年比2020年少了百分之几" is over the later year's items: not this report's
    row = key.rsplit(".", 1)[0]
    cells = {f.metric: f for f in s.catalog.facts(report=reports[0].report, prefix=False)}
    base, change = cells.get(row + PRIOR), cells.get(row + CHANGE)
    if base is None or change is None:
        return None
    percent = None
    if base.readable and change.readable and base.value and change.value is not None:
        percent = rounded(change.value / base.value * 100, 1 if q.decimals is None else q.decimals)
    named = next((m for m in METRICS.values() if m.keys and m.keys[0] == row + DECISIONS), metric)
    return ItemChange(named, base, change, percent, q.relative)


# --- a share's difference in percentage points --------------------------------------------------

def points_change(q: Query, s: Scope, found, again: Callable | None = None):
    """The difference in points of a share between the two years asked, of one body; `found`
    (the share route's finding) when points are not asked or a year's share is not there.
    `again(query, scope, None)` answers the share of one year (the share route)."""
    ends = q.year_range or (tuple(q.years) if len(q.years) == 2 else None)
    if not _POINTS.search(q.normalized.lower()) or ends is None or q.intent not in ("ratio", "difference"):
        return found
    reports = {r.year: r for r in s.in_scope(q) if r.year in ends}
    if set(reports) != set(ends) or len({r.body for r in reports.values()}) != 1:
        return found
    base = _base_year(q, ends)
    years = [y for y in ends if y != base] + [base]
    each = [again(replace(q, years=[y], year_range=None), s, None) for y in years] if again else []
    shares = _table_shares(found, years) or _each_year(each) or _prose_shares(q, s, [reports[y] for y in years])
    if shares is None and isinstance(found, Ratio) and found.numerator.year != found.denominator.year:
        # one year's figure over the other's is no share: each year's own, as the table gives it
        prose = any(isinstance(x, Ratio) and "prose" in (x.numerator.origin, x.denominator.origin) for x in each)
        return Several(each) if each and not prose else NoRatio(found.metrics[0], [reports[base].body], list(ends))
    if shares is None:
        return found
    first, second = shares
    points = None
    if first.whole == second.whole:
        points = rounded(first.value - second.value, SHARE_DECIMALS if q.decimals is None else q.decimals)
    part = first.facts[0].row or second.facts[0].row
    return PointsChange(part, first, second, points, _frame(q.normalized.lower()))


def _base_year(q: Query, ends: tuple[int, int]) -> int:
    """The year compared against ("比2020年", "from 2020"), else the earlier."""
    # the last "比YEAR": "占比2022年比2020年" holds a 比 of its share word first
    match = ([None] + list(_BASE_YEAR.finditer(q.normalized.lower())))[-1]
    year = int(match.group("y") or match.group("y2")) if match else min(ends)
    return year if year in ends else min(ends)


def _frame(lowered: str) -> str:
    found = [frame for frame, pattern in _FRAMES if pattern.search(lowered)]
    return found[0] if len(found) == 1 else "change"


def _table_shares(found, years: list[int]) -> list[YearShare] | None:
    """Each year's share of a table's cells (one Ratio or SumShare per report), when the share
    route gave them."""
    shares = found.parts if isinstance(found, Several) else []
    by_year = {y.facts[0].year: y for y in map(_of_table, shares) if y is not None}
    if len(shares) != 2 or set(by_year) != set(years):
        return None
    return [by_year[y] for y in years]


def _each_year(found: list) -> list[YearShare] | None:
    """Each year's share asked of that year alone (a cell over the whole its table gives it), not
    a multiple of one year's figure over the other's."""
    shares = [_of_table(x) for x in found]
    return shares if found and all(shares) and len({x.facts[0].body for x in shares}) == 1 else None


def _of_table(found) -> YearShare | None:
    if isinstance(found, Ratio) and found.share and found.numerator.report == found.denominator.report:
        parts, wholes, metrics = [found.numerator], [found.denominator], list(found.metrics)
    elif isinstance(found, SumShare) and len({f.report for f in [*found.parts, *found.wholes]}) == 1:
        parts, wholes, metrics = found.parts, found.wholes, [*found.part_metrics, *found.whole_metrics]
    else:
        return None
    if any(f.value is None or not f.readable for f in [*parts, *wholes]):
        return None
    value = ratio(sum(f.value for f in parts), sum(f.value for f in wholes), True, SHARE_DECIMALS)
    if value is None:
        return None
    return YearShare(value, [*parts, *wholes], "+".join(f.metric for f in wholes), len(parts), metrics,
                     getattr(found, "rate", ""))


def _prose_shares(q: Query, s: Scope, reports: list[ReportRecord]) -> list[YearShare] | None:
    """Each report's share as its prose states it, else as its prose's whole and part give it;
    None when a year has neither."""
    words = _asked_words(q)
    stated = [_stated(s, r, words) for r in reports]
    if all(stated):
        return stated
    computed = [_split(s, r, words) for r in reports]
    if all(computed):
        return computed
    mixed = [a or b for a, b in zip(stated, computed, strict=True)]
    return mixed if all(mixed) else None


def _split(s: Scope, report: ReportRecord, words: str) -> YearShare | None:
    """The share of the part the question names in a whole the prose splits ("总数425条，其中主动公开
    政府信息148条…"): part ÷ whole, both cited; None when no part or two sentences' answers differ."""
    found: dict[float, tuple[float, YearShare]] = {}
    for page in s.catalog.pages(report.report):
        for whole, parts, quote in split_wholes(page.text):
            for part in parts:
                score = _covered(words, _FILLERS.sub("", part.words))
                value = ratio(part.value, whole.value, True, SHARE_DECIMALS)
                if score >= MIN_COVERED and value is not None:
                    facts = [split_fact(report, part, page.number, quote), split_fact(report, whole, page.number, quote)]
                    found[value] = max(found.get(value, (0.0, None)), (score, YearShare(value, facts, whole.words)),
                                       key=lambda x: x[0])
    if not found:
        return None
    best = max(score for score, _ in found.values())
    top = [share for score, share in found.values() if score == best]
    return top[0] if len(top) == 1 else None


def _asked_words(q: Query) -> str:
    """The words naming the share's part: a Chinese question's words right before 占 (or 比例) in
    their clause, without the bodies and years named; an English question's glossary words."""
    if q.language == "en":
        return glossary_terms(q.text)
    text = q.normalized
    for m in q.mentions:
        if m.kind != "metric" and text[m.start:m.end] == m.text:
            text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    text = _COUNTED.sub(" ", text)
    mark = _SHARE_MARK.search(text)
    if mark is None:
        return text
    before = _CLAUSE.split(text[:mark.start()])[-1]
    return _FILLERS.sub("", before.split()[-1]) if before.split() else text


def _stated(s: Scope, report: ReportRecord, words: str) -> YearShare | None:
    """The share the report's prose states of the thing the question names most closely ("主动公开的
    政府信息占34.82%"); None when none is named, or two as closely with different values."""
    found: dict[tuple[str, float], tuple[int, YearShare]] = {}
    for page in s.catalog.pages(report.report):
        for m in _STATED.finditer(page.text):
            part = _part_words(page.text, m.start())
            score = _covered(words, part)
            if score < MIN_COVERED:
                continue
            start = max((e.end() for e in _SENTENCE_END.finditer(page.text, 0, m.start())), default=0)
            end = next((e.end() for e in _SENTENCE_END.finditer(page.text, m.end())), len(page.text))
            value = float(m.group("pct"))
            fact = Fact(report.report, report.body, report.year, report.template, "", "", part, "%",
                        f"prose:{part}", part, int(value) if value.is_integer() else value, "%", page.number,
                        page.text[start:end].strip(), origin="prose", note=m.group(0))
            found.setdefault((part, value), (score, YearShare(value, [fact], m.group("whole") or "")))
    if not found:
        return None
    best = max(score for score, _ in found.values())
    top = [share for score, share in found.values() if score == best]
    return top[0] if len({x.value for x in top}) == 1 else None


def _part_words(text: str, at: int) -> str:
    """What a stated share is of: the words of its clause before 占, or of the clause before it
    ("各乡镇主动公开政府信息122条，占28.7%"), without numbers, years, openers and links."""
    breaks = [b for b in _CLAUSE.finditer(text, max(0, at - 200), at)]
    ends = [b.start() for b in breaks] + [at]
    starts = [max(0, at - 200)] + [b.end() for b in breaks]
    for start, end in list(zip(starts, ends, strict=True))[::-1][:2]:
        words = _LINK_END.sub("", _OPENERS.sub("", _COUNTED.sub("", text[start:end]).strip(), count=1))
        words = _FILLERS.sub("", re.sub(r"\s", "", words))
        if len(_HAN.findall(words)) >= MIN_COMMON:
            return words
    return ""


def _covered(asked: str, part: str) -> float:
    """How much of the question's part a stated part says: the share of the question's
    two-character runs in it ("依申请公开信息" is not covered by "主动公开政府信息")."""
    runs = {asked[i:i + 2] for i in range(len(asked) - 1) if _HAN.match(asked[i]) and _HAN.match(asked[i + 1])}
    return len({r for r in runs if r in part}) / len(runs) if runs else 0.0
