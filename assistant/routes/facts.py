"""Statistics answered from facts, and only from facts.

A number of the national tables is answered from the fact read from that report's table, or not
at all: a sentence of prose holding a number is never "the answer" to a question about a table.
What is not known is found, and why:

- the template has no such cell (2016's appendix has no 行政处罚 row): which reports have it;
- the template prints the cell but the reader found no fact in this report: not read there;
- the cell exists but its value could not be settled (status unreadable): the reason.

An aggregate (most, least, ranking, total, average, difference) over reports of which some could
not be read is not computed without them: the finding names them and holds what was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from index.lexicon import statwords
from index.lexicon.questions import (
    ASKS_SAME,
    BASE_YEAR,
    GAP_ASKED,
    PRIOR_YEAR_GAP,
    RATIO_TIMES,
    SHARE_OF,
    UNIT_ASKED,
    WHOLE,
)
from index.lexicon.rates import LAWSUIT_TOTALS, OUTSIDE_OUTCOMES, TO_HANDLE_ROWS
from index.lexicon.units import AMOUNT_UNIT
from index.models import Fact, ReportRecord
from index.templates import mandatory

from ..aggregate import AGGREGATES, clean, combine, ratio, rounded, select, whole_keys
from ..answer import Answer
from ..changes import item_change, points_change
from ..contradicted import with_contradictions
from ..counted import in_measure_asked
from ..findings import (
    Aggregate,
    Incomplete,
    MetricDifference,
    MetricSum,
    NoChange,
    NoRatio,
    NotInTemplate,
    NotMoney,
    NotStated,
    Outcomes,
    Ratio,
    Several,
    Unreadable,
)
from ..linking.parts import asks_each
from ..linking.statistics import asked_times, asked_words, clauses_of
from ..pairs import compared_with_top, pair_missing, paired_report
from ..passages import best_passage, content_terms, glossary_terms, terms_beyond_names
from ..prose_gap import affirms, asks_gap, remainder_verb
from ..prose_instead import from_prose, prose_instead
from ..prose_share import prose_share
from ..prose_unread import prose_beside_unread
from ..scope import NO_BODY, Scope
from ..share_sums import rates_of, share_of_sums
from ..tested import tested
from ..typed import NO_CELL_KINDS, expected_kind
from ..understanding import INTENT_CUES, METRICS, Metric, Query
from ..understanding.cells import cell_metric as cells_named
from ..understanding.query import asks_extreme
from ..understanding.shares import asks_with_verb

#: Aggregates whose result would change if an unread report had been read.
EXACT_AGGREGATES = ("most", "least", "ranking", "total", "average", "difference")
#: Statistics answered from one question ("行政处罚、行政许可和行政强制").
MAX_METRICS = 3
#: Reports whose shares one answer lists.
MAX_RATIOS = 6
#: Bodies whose changes between two years one answer gives.
MAX_CHANGES = 4
#: Bodies named one by one in a fact query; a wider scope is asked by its years alone.
MAX_LISTED = 50

_ASKS_SAME = re.compile(ASKS_SAME)
_BASE_YEAR = re.compile(BASE_YEAR)
_UNITS_ASKED = [(name, re.compile(pattern), units) for name, pattern, units in UNIT_ASKED]
_TIMES = re.compile(RATIO_TIMES)
_SHARE_OF = re.compile(SHARE_OF)
_ASKS_GAP = re.compile(GAP_ASKED)
_ASKS_PRIOR_GAP = re.compile(PRIOR_YEAR_GAP)
_ASKS_TOTAL = re.compile("|".join(f"{zh}|{en}" for intent, zh, en in INTENT_CUES if intent == "total"))
_ASKS_TREND = re.compile("|".join(f"{zh}|{en}" for intent, zh, en in INTENT_CUES if intent == "trend"))
_ASKS_DIFFERENCE = re.compile("|".join(f"{zh}|{en}" for intent, zh, en in INTENT_CUES if intent == "difference"))
_ASKS_MORE = re.compile("|".join(f"{zh}|{en}" for intent, zh, en in INTENT_CUES if intent == "most"))
_ASKS_FEWER = re.compile("|".join(f"{zh}|{en}" for intent, zh, en in INTENT_CUES if intent == "least"))
#: Years a range must span for "how did it change" to be more than the difference of its ends.
TREND_YEARS = 3


@dataclass
class Coverage:
    """What the reports in a question's scope hold for one statistic."""

    facts: list[Fact]  # one per (body, year): readable, blank or unreadable
    not_read: list[ReportRecord] = field(default_factory=list)  # template prints it, no fact found
    absent: list[ReportRecord] = field(default_factory=list)  # template has no such cell
    otherwise: list[Fact] = field(default_factory=list)  # prose figures that measure another thing


def gather(q: Query, s: Scope, metric: Metric) -> Coverage:
    """What the question's reports hold for the statistic; gathered once a question (the unit
    guard's look at its units and the route's answer read the same coverage)."""
    # "A 2025年…比B 2023年": the reports of the (body, year) pairs written, never every body's every year
    reports = [r for r in s.in_scope(q) if not q.pairs or paired_report(s, r, q.pairs)]
    key = (tuple(r.report for r in reports), metric.keys, metric.prefix)
    if s.gathered is not None and key in s.gathered:
        # a copy, of the facts too: the route adds the prose's figures to its own, and the
        # writer numbers a citation by its fact (each part of an answer cites its own, as before)
        kept = s.gathered[key]
        return Coverage([replace(f) for f in kept.facts], list(kept.not_read), list(kept.absent),
                        list(kept.otherwise))
    coverage = _gathered(s, reports, metric)
    if s.gathered is not None:
        s.gathered[key] = Coverage(list(coverage.facts), list(coverage.not_read), list(coverage.absent),
                                   list(coverage.otherwise))
    return coverage


def _gathered(s: Scope, reports: list[ReportRecord], metric: Metric) -> Coverage:
    names = {r.report for r in reports}
    # Ask the catalog for the scope only (its years, and its bodies when they are few): a lookup
    # must not read every report's fact of the key.
    scope: dict = {"years": {r.year for r in reports}}
    bodies = {r.body for r in reports}
    if len(bodies) <= MAX_LISTED:
        scope["bodies"] = bodies
    candidates: list[Fact] = []
    for key in metric.keys:
        candidates += [f for f in s.catalog.facts(metric=key, prefix=metric.prefix, **scope) if f.report in names]
    facts = select(candidates, metric.keys, prefix=metric.prefix)
    have = {f.report for f in facts}
    coverage = Coverage(facts)
    for r in reports:
        if r.report in have:
            continue
        printed = any(mandatory(r.template, key) for key in metric.keys)
        (coverage.not_read if printed else coverage.absent).append(r)
    return coverage


def run_facts(q: Query, s: Scope, prev: Answer | None):
    """What the facts found, its counts said in the measure word asked ("几笔": assistant.counted)."""
    return tested(in_measure_asked(prose_beside_unread(q, s, _facts_found(q, s, prev)), q.text), q.threshold)


def _facts_found(q: Query, s: Scope, prev: Answer | None):
    """One finding per statistic asked ("行政处罚和行政许可"); a ratio or a sum of different
    statistics computed from their cells; money asked of a count refused."""
    metrics = q.metrics[:MAX_METRICS]
    for name, asked, units in _UNITS_ASKED:
        if asked.search(q.normalized.lower()) and all(m.unit and m.unit not in units for m in metrics):
            # money or days asked of a count: the tables do not hold it
            return NotMoney(metrics[0], [b for b in s.bodies_of(q) if b != NO_BODY], list(q.years), name)
    if q.rates:  # "办结率", "哪年公开率最高": each report's rate as the rate table defines it, inputs cited
        return points_change(q, s, rates_of(q, s), run_facts) if q.intent == "ratio" else rates_of(q, s)
    if (verb := remainder_verb(q)) is not None:
        # "还有几条没同意公开": the whole less the part done (two figures of one sentence, else a
        # cell and its table's whole); never the part done itself
        if isinstance(prose := best_passage(q, s), MetricDifference) or (  # (a share asked with it: both)
                isinstance(prose, Several) and any(isinstance(p, MetricDifference) for p in prose.parts)):
            return prose
        if (done := next((m for m in metrics if affirms(m.zh, verb)), None)) is not None:
            return _remainder(q, s, done) or NotStated([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years),
                                                       None, q.topic or q.text)
    if q.outcomes:
        handled = outcomes_of(q, s)
        if handled is not None:
            return handled
    parts = [find_metric(q, s, metric) for metric in metrics]
    if q.intent in ("most", "least") and len(parts) == 1 and _ASKS_TOTAL.search(q.normalized.lower()):
        # "which was lowest, and what is the total?": both, each from the same facts
        return Several([find_metric(replace(q, intent="total"), s, metrics[0]), parts[0]])
    if q.intent in ("most", "least") and len(parts) == 1 and _ASKS_PRIOR_GAP.search(q.normalized.lower()) \
            and isinstance(parts[0], Aggregate) and len(parts[0].result.winners) == 1:
        # "哪年最多？比上一年增加了多少": the top year's figure less the year before's, never the runner-up's
        return Several([with_contradictions(s, parts[0]), with_contradictions(s, _gap_to_year_before(q, s, parts[0]))])
    if q.intent in ("most", "least") and len(parts) == 1 and _ASKS_GAP.search(q.normalized.lower()):
        # "which had more, and by how many?": the gap too, of the two compared
        top = parts[0]
        if isinstance(top, Aggregate) and len(top.result.winners) == 1 and top.result.runner_up is not None:
            pair = compared_with_top(q.normalized, _ASKS_GAP, top.result)
            return Several([top, Aggregate(top.metric, AGGREGATES["difference"](pair), top.years, table=False)])
    if q.intent == "ratio":  # "占的比例…下降了多少个百分点": each year's share, then their points
        return points_change(q, s, ratio_of(q, s, parts), run_facts)
    if q.intent in ("difference", "trend") and len(parts) == 1 and _asks_trend_and_gap(q):
        # "怎么变化的？2016年比2014年多了多少？": every year of the range, then the gap asked
        trend = find_metric(replace(q, intent="trend"), s, metrics[0])
        gap = parts[0] if q.intent == "difference" else find_metric(replace(q, intent="difference"), s, metrics[0])
        return Several([trend, gap])
    if q.intent == "total" and len(parts) >= 2 and _each_then_sum(q.normalized):
        listed = _listed_and_summed(q, s, metrics)
        if listed is not None:
            return with_contradictions(s, listed)
    singles = [_single_fact(p) for p in parts]
    if q.intent == "total" and len(parts) >= 2 and all(singles) and len({f.report for f in singles}) == 1 \
            and all(f.value is not None and f.readable for f in singles) and asked_times(q.normalized) <= 1 \
            and not asks_each(q.normalized):
        # different statistics are added only when one ask says so; two asks, or "各几件", are two answers
        return MetricSum(singles, list(metrics), clean(sum(f.value for f in singles)))
    if (q.intent == "difference" or asks_gap(q)) and len(parts) == 2 and all(isinstance(p, NotInTemplate) for p in parts) \
            and isinstance(prose := best_passage(q, s), MetricDifference):
        return prose  # the template lacks both: the gap of the two figures one sentence of the prose states
    if q.intent == "difference" and len(parts) == 2 and all(_single_fact(p) for p in parts):
        (a, b), (ma, mb) = [_single_fact(p) for p in parts], q.metrics[:2]
        if a.value is not None and b.value is not None:
            return with_contradictions(s, MetricDifference(a, b, (ma, mb), clean(a.value - b.value)))
    # a group asked as a whole: the sum of its parts, each cited; one prose series found twice: once
    parts = [_as_parts(s, p) for i, p in enumerate(parts) if p not in parts[:i] or not isinstance(p, Aggregate)]
    return points_change(q, s, with_contradictions(s, parts[0] if len(parts) == 1 else Several(parts)))


def _gap_to_year_before(q: Query, s: Scope, top: Aggregate):
    """The top's figure less its body's figure of the year before (both cited); when no report of
    that year holds it, the lookup of that year says why."""
    winner = top.result.winners[0]
    before = next((f for f in top.result.facts if f.body == winner.body and f.year == winner.year - 1), None)
    if before is None:
        found = find_metric(replace(q, intent="lookup", years=[winner.year - 1], year_range=None, bodies=[winner.body]),
                            s, top.metric)
        before = _single_fact(found)
        if before is None:
            return found
    return Aggregate(top.metric, AGGREGATES["difference"]([winner, before]), sorted({winner.year, before.year}),
                     table=False)


def _remainder(q: Query, s: Scope, done: Metric) -> MetricDifference | None:
    """One report's cell of the part done less the cell of its whole, both cited; None when
    either is not one readable cell."""
    part = _single_fact(find_metric(replace(q, intent="lookup"), s, done))
    whole = _whole(s, part) if part is not None and part.value is not None and part.readable else None
    if whole is None or whole[0].value is None:
        return None
    return MetricDifference(whole[0], part, (whole[1], done), clean(whole[0].value - part.value))


def _each_then_sum(text: str) -> bool:
    """"A和B各多少件，合计多少件" / "…, respectively, and what is their total?": one clause asks each
    part, a later one asks their sum (a question word of its own)."""
    clauses = clauses_of(text)
    each = next((i for i, c in enumerate(clauses) if asks_each(c)), None)
    return each is not None and any(
        not asks_each(c) and any(w in c for w in statwords.SUM_WORDS)
        and any(w in c for w in (*statwords.QUESTION_WORDS, "what")) for c in clauses[each + 1:])


def _listed_and_summed(q: Query, s: Scope, metrics: list[Metric]):
    """Each statistic of one report, cited, then their sum; None unless each is one readable cell
    of the same report."""
    looked = [find_metric(replace(q, intent="lookup"), s, m) for m in metrics]
    singles = [_single_fact(p) for p in looked]
    if not all(singles) or len({f.report for f in singles}) != 1 \
            or not all(f.value is not None and f.readable for f in singles):
        return None
    return Several([*looked, MetricSum(singles, list(metrics), clean(sum(f.value for f in singles)))])


def _as_parts(s: Scope, finding):
    """One report's value of a group (a lookup or total of one combined fact) as its parts."""
    if isinstance(finding, Aggregate) and finding.result.intent in ("lookup", "total") \
            and len(finding.result.facts) == 1 and not finding.not_read:
        return _parts(s, finding.result.facts[0], finding.metric) or finding
    return finding


def _parts(s: Scope, fact: Fact, metric: Metric) -> MetricSum | None:
    """A fact combined from cells of one report (a group printed without a total row or column)
    as the sum of its parts, each read and cited; None for one cell, or when a part is blank or
    unreadable (the combined fact then says blank or unknown)."""
    keys = fact.metric.split("+")
    if len(keys) < 2 or fact.value is None or not fact.readable:
        return None
    cells = [next((f for f in s.catalog.facts(metric=k, report=fact.report, prefix=False)), None) for k in keys]
    if any(c is None or c.value is None or not c.readable for c in cells):
        return None
    return MetricSum(cells, [cells_named(c.metric, Metric) for c in cells], fact.value, whole=metric)


def _asks_trend_and_gap(q: Query) -> bool:
    """Two asks over a range of years: one how it changed (a clause with a trend word and no
    comparison), another by how much (a gap word)."""
    if len(q.years) < TREND_YEARS:
        return False
    clauses = clauses_of(q.normalized)
    trend = any(_ASKS_TREND.search(c) and not _ASKS_DIFFERENCE.search(c) for c in clauses)
    return trend and any(_ASKS_GAP.search(c) or _ASKS_DIFFERENCE.search(c) for c in clauses)


def outcomes_of(q: Query, s: Scope):
    """"最后是怎么处理的？": the 办理结果 rows of one report, with the count also asked before
    them; None when they are not all cells of one report (the rows are then answered one by one)."""
    asked, rows = q.metrics[:-q.outcomes], q.metrics[-q.outcomes:]
    lookup = replace(q, intent="lookup")
    found = [(m, _single_fact(find_metric(lookup, s, m))) for m in rows]
    facts = [f for _, f in found if f is not None]
    if not facts or len({f.report for f in facts}) != 1:
        return None
    shown = [(m, f) for m, f in found if f is not None and f.readable and f.value]
    zero = [(m, f) for m, f in found if f is not None and f.readable and f.value == 0]
    blank = [m for m, f in found if f is not None and (not f.readable or f.value is None)]
    handled = Outcomes(shown, zero, blank)
    counts = [find_metric(lookup, s, m) for m in asked[:MAX_METRICS - 1]]
    return with_contradictions(s, Several([*counts, handled]) if counts else handled)


def ratio_of(q: Query, s: Scope, parts: list):
    """A share or a multiple: two statistics of one report (the part over the whole), one
    statistic of two reports (the subject over the other), or one cell over the whole its table
    gives it ("结果纠正" over 行政复议 总计). Nothing is computed from a prose number."""
    share = not _TIMES.search(q.normalized.lower())
    if q.share_parts:  # "复议占复议和诉讼的比例": a side adds several statistics
        found = share_of_sums(q, s, parts if len(parts) == len(q.metrics) else [find_metric(q, s, m) for m in q.metrics],
                              lambda f: _whole(s, f))
        return (isinstance(found, NoRatio) and _share_in_prose(q, s, share)) or found
    if not all(isinstance(p, Aggregate) for p in parts):
        refused = next(p for p in parts if not isinstance(p, Aggregate))
        return _share_in_prose(q, s, share) or refused
    facts = [f for p in parts for f in p.result.facts]
    metrics = [p.metric for p in parts for _ in p.result.facts]
    # two bodies named, by their names or their regions ("洪泽区…占淮安市政府的"), or two years
    named = sum(m.kind in ("body", "region") for m in q.mentions) >= 2 or len(q.years) >= 2
    if len(parts) == 2 and len(facts) > 2 and share:
        # the part and the whole named in words, in several reports: each report's own share
        wholes = {f.report: f for f in parts[1].result.facts}
        found = [_share(f, wholes[f.report], (parts[0].metric, parts[1].metric), q.decimals)
                 for f in parts[0].result.facts if f.report in wholes]
        if found and len(found) <= MAX_RATIOS:
            return found[0] if len(found) == 1 else Several(found)
    if len(facts) == 2 and (len(parts) == 2 or named or not share):
        if len(parts) == 1:
            facts = _whole_last(q, _as_named(q, facts)) if share else _as_named(q, facts)
        elif share and all(f.value is not None for f in facts) and facts[0].value > facts[1].value:
            facts, metrics = facts[::-1], metrics[::-1]  # a share is the part over the whole
        num, den = facts
        return Ratio(num, den, (metrics[0], metrics[1]), ratio(num.value, den.value, share, q.decimals), share,
                     q.decimals)
    # no whole linked: a sentence of the prose naming the question's whole (制作、获取的政府信息) with
    # the part comes first; else each report's cell over the whole its table gives it
    if len(parts) == 1 and (prose := _share_in_prose(q, s, share)) is not None:
        return prose
    found = [Ratio(f, w[0], (m, w[1]), ratio(f.value, w[0].value, share, q.decimals), share, q.decimals)
             for f, m in zip(facts, metrics, strict=True) if (w := _whole(s, f)) is not None]
    if found and len(found) == len(facts) <= MAX_RATIOS:
        return found[0] if len(found) == 1 else Several(found)
    return _share_in_prose(q, s, share) or NoRatio(parts[0].metric, [b for b in s.bodies_of(q) if b != NO_BODY],
                                                   list(q.years))


def _share_in_prose(q: Query, s: Scope, share: bool) -> Ratio | Several | None:
    """A share the tables cannot give, from a sentence of the report's prose that states the
    whole and its parts ("共制发…349条，其中，主动公开…124条")."""
    if not share:
        return None
    extra = glossary_terms(q.text) if q.language == "en" else ""
    return prose_share(q, s, content_terms(q.text, extra, q.drop_terms), extra)


def _as_named(q: Query, facts: list[Fact]) -> list[Fact]:
    """A ratio's two facts in the order the question names them: of two bodies, by their names or
    a region naming one body ("洪泽区的申请是淮安市政府的多少倍"); of two years, as `framed`."""
    if len(facts) != 2 or facts[0].body == facts[1].body:
        return framed(q, facts)
    order = q.named_at()
    return sorted(facts, key=lambda f: order.get(f.body, len(q.normalized)))


def _whole_last(q: Query, facts: list[Fact]) -> list[Fact]:
    """A share of two bodies' figures: the body named right after the whole's word ("占淮安市的",
    "what share of Huai'an's requests") is the denominator, whichever body is named first."""
    marker = _SHARE_OF.search(q.normalized.lower())
    if marker is None or len(facts) != 2 or facts[0].body == facts[1].body:
        return facts
    after = [m for m in q.mentions if m.start >= marker.end()
             and (m.kind == "body" or (m.kind == "region" and len(m.values) == 1))]
    whole = after[0].values if after else ()
    return facts[::-1] if facts[0].body in whole and facts[1].body not in whole else facts


def _share(a: Fact, b: Fact, metrics: tuple[Metric, Metric], decimals: int | None) -> Ratio:
    """The share of the smaller of two cells of one report in the larger (the part over the whole)."""
    if a.value is not None and b.value is not None and a.value > b.value:
        a, b, metrics = b, a, metrics[::-1]
    return Ratio(a, b, metrics, ratio(a.value, b.value, True, decimals), True, decimals)


def _whole(s: Scope, part: Fact) -> tuple[Fact, Metric] | None:
    """The fact of the cell holding the whole of a part, in the same report, and its statistic;
    of a sum of cells ("直接起诉和复议后起诉的结果纠正"), the sum of their wholes."""
    cells = {f.metric: f for f in s.catalog.facts(report=part.report)}
    row = part.metric.split(".")
    to_handle = len(row) == 3 and row[2] == WHOLE and row[1] in OUTSIDE_OUTCOMES and row[1] != TO_HANDLE_ROWS[0]
    if to_handle or part.metric in LAWSUIT_TOTALS:
        # "结转下年度的占比": of the requests to handle (本年新收 + 上年结转), never of the outcomes' total;
        # "直接起诉的占多少": of the lawsuits (both groups' totals)
        keys = [".".join([row[0], r, row[2]]) for r in TO_HANDLE_ROWS] if to_handle else list(LAWSUIT_TOTALS)
        if all(k in cells and cells[k].readable for k in keys):
            fact = combine([cells[k] for k in keys])
            named = [cells_named(k, Metric) for k in keys]
            return fact, Metric((fact.metric,), " + ".join(m.zh for m in named), " + ".join(m.en for m in named), fact.unit)
    if "+" in part.metric:
        wholes = [next((cells[k] for k in whole_keys(key) if k in cells and cells[k].readable), None)
                  for key in part.metric.split("+")]
        if len({w.metric for w in wholes if w is not None}) == 1 and None not in wholes:
            wholes = wholes[:1]  # columns of one row ("法人或其他组织"): the row's one total
        if any(w is None for w in wholes) or len({w.metric for w in wholes}) < len(wholes):
            return None
        named = [cells_named(w.metric, Metric) for w in wholes]
        fact = combine(wholes)
        return fact, Metric((fact.metric,), " + ".join(m.zh for m in named), " + ".join(m.en for m in named), fact.unit)
    for key in whole_keys(part.metric):
        if key in cells and cells[key].readable:
            fact = cells[key]
            metric = next((m for m in METRICS.values() if m.keys and m.keys[0] == key), None)
            return fact, metric or cells_named(key, Metric)
    return None


def _single_fact(finding) -> Fact | None:
    """The one fact a part answers with (a lookup of one report), else None."""
    facts = finding.result.facts if isinstance(finding, Aggregate) else \
        finding.listing.facts if isinstance(finding, Incomplete) else []
    return facts[0] if len(facts) == 1 else None


def find_metric(q: Query, s: Scope, metric: Metric):
    if expected_kind(q.text) in NO_CELL_KINDS:  # "哪个网站下载" names the website, asks no count of it
        return best_passage(q, s)
    if q.relative and (items := item_change(q, s, metric)) is not None:  # "项目数比上一年增长了百分之几"
        return items
    coverage = gather(q, s, metric) if metric.keys else Coverage([])
    # "哪两天…主动公开" asks a date, not the statistic; "谁…最多" asks which body
    if expected_kind(q.text) in (None, "count") or q.intent in ("most", "least", "ranking"):
        from_prose(s, coverage, metric, q.text + " ".join(terms_beyond_names(q)))
    facts = coverage.facts
    if not facts and coverage.absent and q.prior and q.before and metric not in q.before:
        # "比上年减少了多少" of a report whose template prints no change column: the previous year's report
        base = q.before[min(q.metrics.index(metric) if metric in q.metrics else 0, len(q.before) - 1)]
        return find_metric(replace(q, intent="difference", years=[q.years[0] - 1, q.years[0]], before=[]), s, base)
    if not facts and not coverage.not_read:
        return prose_instead(q, s, metric, _absent(q, s, metric))
    intent = q.intent if q.intent in AGGREGATES else "list" if q.intent == "corpus" else "lookup"
    if intent == "lookup" and len(facts) + len(coverage.not_read) > 1 and not q.bodies:
        intent = "list"
    if intent in ("lookup", "list") and coverage.not_read and not facts:
        return Unreadable(metric, _by_year(coverage.not_read))
    units = {f.unit for f in facts if f.value is not None}
    if len(units) > 1 and intent not in ("lookup", "list"):
        # Templates count this row in different columns (项 vs 万元): compare like with like.
        keep = AMOUNT_UNIT if AMOUNT_UNIT in units else max(units, key=lambda u: sum(f.unit == u for f in facts))
        facts = [f for f in facts if f.unit == keep]
    if intent == "difference" and not q.pairs and (change := _change(q, s, metric, coverage, facts)) is not None:
        return change
    if intent == "difference" and q.pairs and (gap := pair_missing(q, metric, facts, coverage.absent,
                                                                    coverage.not_read)) is not None:
        return gap
    unsure = [f for f in facts if not f.readable]
    if intent in EXACT_AGGREGATES and (unsure or coverage.not_read):
        unread = [r for r in s.reports if r.report in {f.report for f in unsure}] + coverage.not_read
        years = sorted({f.year for f in facts} | {r.year for r in coverage.not_read})
        return Incomplete(metric, intent, unread, years, AGGREGATES["list"](facts))
    if intent == "difference":
        facts = framed(q, facts)
    result = AGGREGATES[intent](facts).in_percent(q.relative, q.decimals).as_change(asks_with_verb(q.text))
    if result.average is not None and q.decimals is not None:
        result.average = rounded(sum(f.value for f in result.known) / len(result.known), q.decimals)
    finding = Aggregate(metric, result, sorted({f.year for f in facts}), table=intent != "lookup",
                        not_read=_by_year(coverage.not_read),
                        absent=_by_year(coverage.absent) if intent != "lookup" and facts else [],
                        otherwise=coverage.otherwise)
    if intent in ("most", "least") and coverage.otherwise:
        # the statements worded otherwise may measure the same thing after all: when counting
        # them changes who comes first, both answers are given, each said for what it is
        wider = AGGREGATES[intent](facts + coverage.otherwise)
        if {f.report for f in wider.winners} != {f.report for f in result.winners}:
            finding.wider = wider
    if intent == "difference" and _ASKS_SAME.search(q.normalized.lower()):
        # "一样吗?" is answered yes or no when a difference (or a combined cell's sum) was computed
        differs = result.pair is not None and result.difference != 0
        if differs or any("+" in f.metric and f.value is not None for f in result.facts):
            finding.same = not differs
    if intent == "lookup" and q.threshold is not None and len(result.facts) == 1:
        finding.threshold = q.threshold  # "超过五百次了吗": yes or no before the figure
    return finding


def _change(q: Query, s: Scope, metric: Metric, coverage: Coverage, facts: list[Fact]):
    """A change of one body between two years ("2021年到2024年下降了多少"): the later (or the
    year compared) minus the other, the years between left out; when an end year's figure is
    not there, which one and why, with the one found as an input. None: not such a question."""
    ends = _end_years(q)
    reports = s.in_scope(q)
    entities: dict[str, set[str]] = {}
    for r in reports:
        entities.setdefault(e.name if (e := s.gazetteer.entity_of(r.body)) else r.body, set()).add(r.body)
    if ends is None or not reports or (len(entities) > 1 and (not q.bodies or len(entities) > MAX_CHANGES)):
        return None
    if len(entities) > 1:  # "洪泽区和淮安市…分别下降了多少" asked as one: each body's own change
        return Several([find_metric(replace(q, bodies=sorted(b), entities=[e for e in q.entities if set(e.bodies) & b],
                                            bureaus=[]), s, metric) for b in entities.values()])
    at = {f.year: f for f in facts}
    missing = []
    for year in ends:
        fact = at.get(year)
        if fact is None:
            why = "absent" if any(r.year == year for r in coverage.absent) else \
                "not_read" if any(r.year == year for r in coverage.not_read) else "no_report"
            missing.append((year, why))
        elif not fact.readable or fact.value is None:
            missing.append((year, "unreadable" if not fact.readable else "blank"))
    if missing:
        have = [at[y] for y in ends if y in at and at[y].readable and at[y].value is not None]
        return NoChange(metric, reports[0].body if not have else have[0].body, ends, have, missing)
    pair = framed(q, [at[y] for y in ends])
    change = Aggregate(metric, AGGREGATES["difference"](pair).in_percent(q.relative, q.decimals).as_change(
        asks_with_verb(q.text)), sorted(ends), table=True)
    return _with_years_between(q, metric, at, ends, change)


_YEAR_WRITTEN = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _with_years_between(q: Query, metric: Metric, at: dict[int, Fact], ends: tuple[int, int], change: Aggregate):
    """"2014, 2015 and 2016 - which was highest, and the growth from 2014 to 2016": a change whose
    question names years between its ends lists each year named, and says the highest (or lowest)
    when asked, before the change; the change alone otherwise."""
    named = sorted({int(y) for y in _YEAR_WRITTEN.findall(q.text)} & set(q.years))  # not a range's years between
    if len(named) <= 2 or any(at.get(y) is None or at[y].value is None or not at[y].readable for y in named):
        return change
    facts = [at[y] for y in named]
    parts = [Aggregate(metric, AGGREGATES["trend"](facts), named, table=False)]
    if (extreme := asks_extreme(q.text)) is not None:
        parts.append(Aggregate(metric, AGGREGATES[extreme](facts), named, table=True))  # its table: every year's
    return Several([*parts, replace(change, table=False) if len(parts) > 1 else change])


def _end_years(q: Query) -> tuple[int, int] | None:
    """The two years a change runs between: a range's ends, or the two years named."""
    if q.year_range is not None:
        return q.year_range
    return (q.years[0], q.years[-1]) if len(q.years) == 2 else None


def framed(q: Query, facts: list[Fact]) -> list[Fact]:
    """Two facts in the question's frame, its subject first: of one body in two years, the year
    compared against ("2024年比2023年", "from 2023 to 2024") second, else the later year first
    (a change over time); of two bodies, the one named first first. A question asking which had
    more ("哪家更多，相差多少") has its answer for subject: the larger first (the smaller for fewer)."""
    if len(facts) != 2:
        return facts
    a, b = facts
    if q.pairs:  # "A 2025年…比B 2023年": the pairs in the order written
        return sorted(facts, key=lambda f: next((i for i, (_, y) in enumerate(q.pairs) if y == f.year), 0))
    lowered = q.normalized.lower()
    which = _ASKS_MORE.search(lowered) or _ASKS_FEWER.search(lowered)
    if which and a.value is not None and b.value is not None:
        return sorted(facts, key=lambda f: f.value, reverse=_ASKS_MORE.search(lowered) is not None)
    if a.body == b.body and a.year != b.year:
        match = _BASE_YEAR.search(lowered)
        base = int(match.group("y") or match.group("y2")) if match else min(a.year, b.year)
        return [b, a] if a.year == base else [a, b]
    if a.year == b.year and a.body != b.body:
        order = q.named_at()
        return sorted(facts, key=lambda f: order.get(f.body, len(q.normalized)))
    return facts


def _by_year(reports: list[ReportRecord]) -> list[ReportRecord]:
    return sorted(reports, key=lambda r: (r.year, r.body))


def _absent(q: Query, s: Scope, metric: Metric) -> NotInTemplate:
    """No report in scope has the cell: where the statistic is reported instead."""
    bodies = s.bodies_of(q)
    return NotInTemplate(metric, bodies, list(q.years or s.years_of(bodies)), _available(s, metric, bodies),
                         asked_words(q.text, metric.keys))


def _available(s: Scope, metric: Metric, bodies: list[str]) -> list[tuple[str, list[int]]]:
    """The reports that do have the statistic: of the bodies asked about, else of any body (when
    few have it)."""
    have: dict[str, set[int]] = {}
    for key in metric.keys:
        for body, year in s.catalog.bodies_years(key):
            have.setdefault(body, set()).add(year)
    mine = {b: ys for b, ys in have.items() if b in bodies}
    chosen = mine or (have if len(have) <= 3 else {})
    return [(b, sorted(ys)) for b, ys in sorted(chosen.items())]
