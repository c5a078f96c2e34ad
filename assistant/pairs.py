"""Two (body, year) pairs compared ("平潭综合实验区2025年…比平潭管委会办公室2023年多多少件？",
understanding/pairs.py): the reports of those pairs only, and when one pair's figure is not
there, which one and why (the other given as an input), never another body's or year's figure.
"""

from __future__ import annotations

import re

from index.models import Fact, ReportRecord

from .aggregate import Result
from .findings import NoChange
from .scope import Scope
from .understanding import Metric, Query


def paired_report(s: Scope, report: ReportRecord, pairs: list[tuple[str, int]]) -> bool:
    """Whether the report is one of the pairs written (a renamed body's too)."""
    name = lambda body: e.name if (e := s.gazetteer.entity_of(body)) else body  # noqa: E731
    return (name(report.body), report.year) in {(name(b), y) for b, y in pairs}


def pair_missing(q: Query, metric: Metric, facts: list[Fact], absent: list[ReportRecord],
                 not_read: list[ReportRecord]) -> NoChange | None:
    """The difference of the pairs cannot be computed: each pair whose figure is missing and why."""
    at = {f.year: f for f in facts}
    missing = []
    for _, year in q.pairs:
        fact = at.get(year)
        if fact is None:
            why = "absent" if any(r.year == year for r in absent) else \
                "not_read" if any(r.year == year for r in not_read) else "no_report"
            missing.append((year, why))
        elif not fact.readable or fact.value is None:
            missing.append((year, "unreadable" if not fact.readable else "blank"))
    if not missing:
        return None
    have = [f for f in facts if f.readable and f.value is not None]
    return NoChange(metric, q.pairs[0][0], (q.pairs[0][1], q.pairs[1][1]), have, missing, list(q.pairs))


_SENTENCE = re.compile(r"[^？?。；;！!]+")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def compared_with_top(text: str, gap_asked: re.Pattern, result: Result) -> list[Fact]:
    """The two figures a gap asked after a most/least is of: the one year the gap's own sentence
    names against the top ("哪一年最多？2025年比那一年少了多少条": 2025's figure, then the top's) when
    the years compared differ and it is not the runner-up, else the top and the one next to it
    ("which had more, and by how many?", "2024年洪泽区和淮安市，哪家更多，多几件")."""
    winner = result.winners[0]
    for sentence in _SENTENCE.findall(text):
        if gap_asked.search(sentence.lower()):
            years = {int(y) for y in _YEAR.findall(sentence)}
            named = [f for f in result.facts if f.year in years and f is not winner]
            if len(named) == 1 and named[0] is not result.runner_up and len({f.year for f in result.facts}) > 1:
                return [named[0], winner]
    return [winner, result.runner_up]
