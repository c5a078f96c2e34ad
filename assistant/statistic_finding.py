"""One statistic asked, found from the facts of the reports in scope (`find_metric`): a lookup,
an aggregate, a change between two years, or what is not known and why (the template lacks the
cell, the fact was not read, the cell is unreadable), the prose read when no table holds it.
The facts route (routes/facts.py) combines these findings; ratios.py computes shares of them."""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon.questions import (
    ASKS_SAME,
    BASE_YEAR,
)
from index.lexicon.units import AMOUNT_UNIT
from index.models import Fact, ReportRecord

from .aggregate import AGGREGATES, rounded
from .changes import item_change
from .coverage import Coverage, gather
from .findings import (
    Aggregate,
    Incomplete,
    NoChange,
    NotInTemplate,
    Several,
    Unreadable,
)
from .linking.statistics import asked_words
from .pairs import pair_missing
from .passages import best_passage, terms_beyond_names
from .prose_instead import from_prose, prose_instead
from .scope import Scope
from .typed import NO_CELL_KINDS, expected_kind
from .understanding import INTENT_CUES, Metric, Query
from .understanding.intent_rules import asks_extreme
from .understanding.shares import asks_with_verb

#: Aggregates whose result would change if an unread report had been read.
EXACT_AGGREGATES = ("most", "least", "ranking", "total", "average", "difference")
#: Bodies whose changes between two years one answer gives.
MAX_CHANGES = 4
_ASKS_SAME = re.compile(ASKS_SAME)
_BASE_YEAR = re.compile(BASE_YEAR)
_ASKS_MORE = re.compile("|".join(f"{zh}|{en}" for intent, zh, en in INTENT_CUES if intent == "most"))
_ASKS_FEWER = re.compile("|".join(f"{zh}|{en}" for intent, zh, en in INTENT_CUES if intent == "least"))


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
    if intent == "lookup" and q.threshold is not None and len(result.facts) == 1 \
            and (not q.threshold.only or tuple(metric.keys) == q.threshold.only):
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
