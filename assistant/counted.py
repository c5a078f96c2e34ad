"""The measure word a count is asked in ("政府集中采购了几笔", "一共多少宗"): when it counts the same
things as the cells' unit (index/lexicon/units.py SAID_COUNT_FAMILIES), the findings that say the
cells' figures carry it (findings.Measure), and the renderer says each figure in the person's
word with the table's unit beside it. Pairs that count different things (条 and 件, people and
cases) are never said one for the other."""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon.units import ASKED_IN_MEASURE, GENERIC_MEASURE, SAID_COUNT_FAMILIES
from index.models import Fact

from .findings import (
    Aggregate,
    Contradicted,
    Incomplete,
    Measure,
    MetricDifference,
    MetricSum,
    Outcomes,
    Several,
)

_FAMILY = {m: family for family in SAID_COUNT_FAMILIES for m in family}
_ASKED = re.compile(ASKED_IN_MEASURE.format(measures="|".join(sorted(_FAMILY, key=len, reverse=True))))


def asked_measure(question: str) -> str | None:
    """The one count measure the question asks in ("几笔" -> 笔); None when none or several."""
    found = {m.group(1) for m in _ASKED.finditer(question)}
    return found.pop() if len(found) == 1 else None


def in_measure_asked(finding, question: str):
    """The finding with the measure asked set on what says its cells' figures; unchanged when no
    measure is asked, the generic 个 is, or a figure is already counted in the word asked (the
    others then answer other asks: "多少件，…项目数增加了多少")."""
    asked = asked_measure(question)
    if asked is None or asked == GENERIC_MEASURE:
        return finding
    facts = _facts(finding)
    if any(f.unit == asked for f in facts):
        return finding
    measure = Measure(asked, _FAMILY[asked])
    return _with(finding, measure) if any(measure.says(f.unit) for f in facts if f.value is not None) else finding


def _facts(finding) -> list[Fact]:
    """The cells a finding cites."""
    if isinstance(finding, Contradicted):
        return _facts(finding.finding)
    if isinstance(finding, Several):
        return [f for part in finding.parts for f in _facts(part)]
    if isinstance(finding, Aggregate):
        return list(finding.result.facts)
    if isinstance(finding, Incomplete):
        return list(finding.listing.facts)
    if isinstance(finding, MetricDifference):
        return [finding.first, finding.second]
    if isinstance(finding, Outcomes):
        return [x for _, x in (*finding.shown, *finding.zero)]
    return list(finding.facts) if isinstance(finding, MetricSum) else []


def _with(finding, measure: Measure):
    if isinstance(finding, Contradicted):
        return replace(finding, finding=_with(finding.finding, measure))
    if isinstance(finding, Several):
        return replace(finding, parts=[_with(p, measure) for p in finding.parts])
    return replace(finding, measure=measure) if isinstance(finding, (Aggregate, MetricSum)) else finding
