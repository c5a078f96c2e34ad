"""The unit a question asks in is evidence of what it asks. "那一年有多少人次咨询涉税信息？" after
a question on 主动公开 (条) asks a new thing in 人次: the statistic carried over is not it.
"平潭财政金融局的依申请公开信息数，2022年比2020年多了多少条？" counts items of information (条), a
figure the prose states; the table's request count (件) its words also link to is another one.

The engine answers another query when the statistics linked (by the question or carried from
the last turn) cannot be what was asked (index/lexicon/units.py, ASKED_UNIT_KINDS):
- a count of people asked of statistics that count no people nor people's acts: the question
  without the statistics, from the prose (a count tied to its own words, or "not found"
  naming them);
- a measure word none of the reports' cells is counted in, that a prose reading of the
  question's words is counted in (index/lexicon/readings.py): a change, a total or a ranking
  is computed from that reading, from the prose (a lookup gives both readings, each named).
Never the neighbouring number.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon.questions import ASKING_COUNT
from index.lexicon.units import (
    ASKED_AS,
    ASKED_IN_MEASURE,
    ASKED_UNIT_KINDS,
    COUNT_ASKED_EN,
    COUNT_MEASURES_ASKED,
    COUNTED_THINGS,
    NOT_A_COUNT_AFTER,
    NOT_ASKING_BEFORE,
    PEOPLE_ACTS,
    PEOPLE_ASKED_EN,
    PEOPLE_MEASURE,
    YUAN,
)
from index.templates import table_of

from .coverage import gather
from .scope import Scope
from .understanding import Intent, Metric, Query, cells
from .understanding.metrics import METRICS
from .understanding.readings import reading_metric

_MEASURES = sorted({m for _, asked, _ in ASKED_UNIT_KINDS for m in asked}, key=len, reverse=True)
_UNIT_ASKED = re.compile(rf"(?<!{NOT_ASKING_BEFORE})(?:{ASKING_COUNT})\s*({'|'.join(_MEASURES)})"
                         rf"(?!{NOT_A_COUNT_AFTER})")
_PEOPLE_EN = re.compile(PEOPLE_ASKED_EN)
#: Frames whose number is no count in the measure asked (a share, a multiple), and prose.
NOT_COUNTED = (Intent.RATIO, Intent.PASSAGE)


def asked_unit(text: str) -> str | None:
    """The measure word the question asks its count in ("多少条" -> 条, "how many people" -> 人);
    None when it asks none, or asks in several (one per statistic: "处罚几起、许可多少人")."""
    lowered = text.lower()
    found = {ASKED_AS.get(m.group(1), m.group(1)) for m in _UNIT_ASKED.finditer(lowered)}
    if _PEOPLE_EN.search(lowered):
        found.add(PEOPLE_MEASURE)
    return found.pop() if len(found) == 1 else None


_COUNTED = {m: counted for _, said, counted in ASKED_UNIT_KINDS for m in said}
_KNOWN = {u for _, _, counted in ASKED_UNIT_KINDS for u in counted}
#: The measure words of any thing ("几个申请"), and those of people ("有多少人申请").
_ANY_THING = {m for kind, said, _ in ASKED_UNIT_KINDS if kind == "thing" for m in said}


def counts_asked(asked: str, metric: Metric, units: set[str]) -> bool:
    """Whether the statistic, counted in `units`, can be a count asked in `asked`: a count of
    that kind (a unit no kind knows, money aside, is not judged), or a count of people's acts
    asked as people ("有多少人申请") or as things ("收到几个申请" of a table that prints 条 for
    requests: the publisher's measure word, not another statistic)."""
    counted = _COUNTED.get(asked)
    if counted is None or not units or any(u in counted or u not in _KNOWN for u in units):
        return True
    return (counted == _COUNTED[PEOPLE_MEASURE] or asked in _ANY_THING) and any(
        w in key for key in metric.keys for w in PEOPLE_ACTS)


_COUNT_ASKED = re.compile(ASKED_IN_MEASURE.format(
    measures="|".join(sorted(map(re.escape, COUNT_MEASURES_ASKED), key=len, reverse=True))))
_COUNT_ASKED_EN = re.compile(COUNT_ASKED_EN)


def count_not_money(q: Query, s: Scope) -> Query | None:
    """"政府集中采购做了多少单": a count asked of statistics counted in money is the count column of
    the same row ("采购项目数量"); a row with no count column has no such figure (prose then, or
    "not found"), never the amount. None when no count is asked of money only."""
    if not q.metrics or q.intent in NOT_COUNTED or not (
            _COUNT_ASKED.search(q.normalized) or _COUNT_ASKED_EN.search(q.normalized.lower())):
        return None
    # the reports' own figures say money (a report whose template lacks the row is the route's to say)
    if not all((units := {f.unit for f in gather(q, s, m).facts if f.unit}) and units <= set(YUAN) for m in q.metrics):
        return None
    counts = [c for m in q.metrics if (c := _count_column(m)) is not None]
    if counts:
        return replace(q, metrics=list({c.keys: c for c in counts}.values()))
    return replace(q, metrics=[], intent=Intent.PASSAGE, readings=[], narrowed=None, outcomes=0, share_parts=0)


def _count_column(metric: Metric) -> Metric | None:
    """The count column of each template's row of a money statistic, as one statistic."""
    keys = []
    for key in metric.keys:
        cell = table_of(key)
        if cell is None:
            continue
        _, table, row, column = cell
        keys += [table.metric(row, c) for c in table.columns
                 if c.key != column.key and (c.unit or row.unit) in COUNTED_THINGS]
    if not keys:
        return None
    keys = list(dict.fromkeys(keys))
    return next((m for m in METRICS.values() if list(m.keys) == keys), None) or cells._metric(keys, Metric)


def guarded(q: Query, s: Scope) -> Query:
    """The query to answer: `q`, or the one its measure word asks when its statistics cannot be it."""
    if (counted := count_not_money(q, s)) is not None:
        return counted
    asked = asked_unit(q.normalized)
    if asked is None or not q.metrics or q.intent in NOT_COUNTED:
        return q
    units = {m.keys: _units(q, s, m) for m in q.metrics}
    if not any(counts_asked(asked, m, units[m.keys]) for m in q.metrics):
        return replace(q, metrics=[], intent=Intent.PASSAGE, readings=[], narrowed=None, outcomes=0, share_parts=0)
    counted = {u for found in units.values() for u in found}
    readings = [m for r in q.readings if (m := reading_metric(r)).unit == asked]
    # "依申请公开信息数…多了多少条": computed from the prose's items, not the table's requests (a
    # lookup answers both readings, each named and cited: the engine adds the prose's)
    if readings and counted and asked not in counted and q.intent != Intent.LOOKUP:
        return replace(q, metrics=readings[:1], readings=[], narrowed=None, outcomes=0, share_parts=0)
    return q


def _units(q: Query, s: Scope, metric: Metric) -> set[str]:
    """The units the question's reports count the statistic in (its facts'), else its own."""
    found = {f.unit for f in gather(q, s, metric).facts if f.unit}
    return found or ({metric.unit} if metric.unit else set())
