"""A difference of two running totals said equal to the later year's own figure: "历年累计主动公开数，
2015年比2014年多了多少？和2015年度数一致吗？" is 81916 − 78967 = 2949 against the 2015 column's 2949,
equal; the difference found (the facts route's), then the verdict with the year's own cell cited.

Only two consecutive years' running totals: their difference is what the later year added,
which is that year's own figure when both are right.
"""

from __future__ import annotations

import re

from index.lexicon.prose import RUNNING_SAID
from index.lexicon.questions import EQUAL_ASKED, OWN_YEAR_ASKED
from index.models import Fact

from .findings import Aggregate, RunningGap
from .scope import Scope
from .understanding import Query

_EQUAL = re.compile(EQUAL_ASKED, re.I)
_OWN_YEAR = re.compile(OWN_YEAR_ASKED, re.I)
_RUNNING = re.compile(RUNNING_SAID)


def running_gap(q: Query, s: Scope, finding) -> RunningGap | None:
    """The difference found checked against the later year's own figure, when the question asks
    it equal to that; None otherwise."""
    result = getattr(finding, "result", None) if isinstance(finding, Aggregate) else None
    if result is None or result.difference is None or not result.pair \
            or not (_EQUAL.search(q.normalized) and _OWN_YEAR.search(q.normalized)):
        return None
    earlier, later = sorted(result.pair, key=lambda f: f.year)
    if later.year - earlier.year != 1 or later.metric != earlier.metric or not _running(later):
        return None
    own = _own(s, later)
    return RunningGap(finding, own, later.value - earlier.value) if own is not None else None


def _running(fact: Fact) -> bool:
    return bool(fact.column) and bool(_RUNNING.search(fact.column)) and fact.metric.endswith("." + fact.column)


def _own(s: Scope, fact: Fact) -> Fact | None:
    """The same row's cell of the year's own column in the same report."""
    metric = fact.metric.removesuffix("." + fact.column)
    return next((f for f in s.catalog.facts(report=fact.report) if f.metric == metric and f.value is not None), None)
