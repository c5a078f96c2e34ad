"""What the reports in a question's scope hold for one statistic: its facts (readable, blank or
unreadable), the reports whose template prints the cell but whose fact was not read, and those
whose template has no such cell. Gathered once a question (Scope.gathered): the unit guard and
the facts route read the same coverage."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from index.models import Fact, ReportRecord
from index.templates import mandatory

from .aggregate import select
from .pairs import paired_report
from .scope import Scope
from .understanding import Metric, Query

#: Bodies named one by one in a fact query; a wider scope is asked by its years alone.
MAX_LISTED = 50


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
