"""Statistics answered from facts, and only from facts.

A number of the national tables is answered from the fact read from that report's table, or not
at all: a sentence of prose holding a number is never "the answer" to a question about a table.
What is not known is found, and why:

- the template has no such cell (2016's appendix has no 行政处罚 row): which reports have it;
- the template prints the cell but the reader found no fact in this report: not read there;
- the cell exists but its value could not be settled (status unreadable): the reason.

An aggregate (most, least, ranking, total, average, difference) over reports of which some could
not be read is not computed without them: the finding names them and holds what was read.

Where each part lives: this route combines the findings of the statistics asked (a sum, a gap
asked beside a top, a remainder, the outcomes of requests); one statistic's finding is
assistant/statistic_finding.py (`find_metric`), what the reports hold for it
assistant/coverage.py (`gather`), shares and multiples assistant/ratios.py (`ratio_of`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon import statwords
from index.lexicon.questions import (
    GAP_ASKED,
    PRIOR_YEAR_GAP,
    UNIT_ASKED,
)
from index.models import Fact

from ..aggregate import AGGREGATES, clean
from ..answer import Answer
from ..changes import points_change
from ..contradicted import with_contradictions
from ..counted import in_measure_asked
from ..findings import (
    Aggregate,
    MetricDifference,
    MetricSum,
    NotInTemplate,
    NotMoney,
    NotStated,
    Outcomes,
    Several,
)
from ..linking.parts import asks_each
from ..linking.statistics import asked_times, clauses_of
from ..pairs import compared_with_top
from ..passages import best_passage
from ..prose_gap import affirms, asks_gap, remainder_verb
from ..prose_unread import prose_beside_unread
from ..ratios import _whole, ratio_of
from ..scope import NO_BODY, Scope
from ..share_sums import rates_of
from ..statistic_finding import _single_fact, find_metric
from ..tested import tested
from ..understanding import INTENT_CUES, Metric, Query
from ..understanding.cells import cell_metric as cells_named

#: Statistics answered from one question ("行政处罚、行政许可和行政强制").
MAX_METRICS = 3

_UNITS_ASKED = [(name, re.compile(pattern), units) for name, pattern, units in UNIT_ASKED]
_ASKS_GAP = re.compile(GAP_ASKED)
_ASKS_PRIOR_GAP = re.compile(PRIOR_YEAR_GAP)
_ASKS_TOTAL = re.compile("|".join(f"{zh}|{en}" for intent, zh, en in INTENT_CUES if intent == "total"))
_ASKS_TREND = re.compile("|".join(f"{zh}|{en}" for intent, zh, en in INTENT_CUES if intent == "trend"))
_ASKS_DIFFERENCE = re.compile("|".join(f"{zh}|{en}" for intent, zh, en in INTENT_CUES if intent == "difference"))
#: Years a range must span for "how did it change" to be more than the difference of its ends.
TREND_YEARS = 3


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


