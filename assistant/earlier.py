"""A follow-up that computes over the conversation's earlier answers, not only the last one:
"行政许可有多少？" / "行政处罚呢？" / "两者加起来是多少？" adds both findings; "相差多少？",
"哪个多？", "是几倍？" and "add them up" / "which of the two is larger?" likewise.

The earlier answers are read from the turns the conversation keeps (each turn's query and its
answer's facts). The follow-up is answered by the routes as if it had named every input
(each input then cited, as a one-question "A和B加起来" is), or refused with the reason:
- inputs in different units (件 and 万元) are never added, subtracted or compared;
- inputs that differ in more than one of statistic, body and year (one body's 行政许可 of 2023
  and another's 行政处罚 of 2024) make no meaningful sum.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.lexicon import questions as question_words
from index.lexicon.earlier import (
    BODY_PART_PHRASE,
    EACH_WORD,
    FOLLOW_UP_CLAUSE,
    MAX_EARLIER,
    SCOPE_CARRIED,
)
from index.models import Fact

from .findings import NotCombined
from .sibling_row import thing_said
from .understanding import Intent, Metric, Query
from .understanding.followups import earlier_computation, scoped

#: The routes' intent for each operation ("which is larger" is answered by the difference).
INTENTS = {"total": Intent.TOTAL, "difference": Intent.DIFFERENCE, "compare": Intent.DIFFERENCE,
           "ratio": Intent.RATIO}


@dataclass
class Input:
    """One earlier finding: the statistic, body and year asked, and the facts that answered it."""

    metric: Metric
    bodies: tuple[str, ...]
    years: tuple[int, ...]
    entities: tuple[str, ...]
    facts: list[Fact]

    @property
    def subject(self) -> tuple:
        return self.metric.keys, self.bodies, self.years


def earlier_inputs(turns: list, count: int) -> list[Input]:
    """The last `count` findings (0: up to MAX_EARLIER) of the turns answered from the reports'
    figures, oldest first; a turn that itself combined earlier answers is not one."""
    found: list[Input] = []
    for turn in reversed(turns):
        query, answer = turn.query, turn.answer
        if query is None or turn.combined:
            continue
        if answer.route != "facts" or not query.metrics or len({f.report for f in answer.facts}) != 1:
            break  # no figure of one report (moved on, a ranking, no answer): nothing further back is "these"
        for metric in reversed(query.metrics):
            keys = set(metric.keys)
            facts = [f for f in answer.facts if f.metric in keys] or (answer.facts if len(query.metrics) == 1 else [])
            one = Input(metric, tuple(query.bodies), tuple(query.years), tuple(query.entities), facts)
            if facts and one.subject not in {i.subject for i in found}:
                found.append(one)
        if len(found) >= (count or MAX_EARLIER):
            break
    return list(reversed(found[:count or MAX_EARLIER]))


def over_earlier(query: Query, turns: list) -> tuple[Query | None, NotCombined | None]:
    """The query that computes the follow-up over the earlier answers (or the refusal, with why);
    (None, None) when the follow-up is no such computation."""
    asked = earlier_computation(query.normalized.lower())
    if asked is None or "metrics" not in query.inherited:
        return None, None
    op, count, pointed = asked
    if not pointed and any(getattr(query, slot) and slot not in query.inherited for slot in ("bodies", "years")):
        return None, None  # "相差多少？" naming a body or a year is a comparison of its own
    inputs = earlier_inputs(turns, count)
    if len(inputs) < 2 or (op != "total" and len(inputs) != 2):
        return None, None
    metrics = {i.metric.keys for i in inputs}
    if len(metrics) == 1 and not pointed:
        return None, None  # one statistic of several bodies or years: the comparison of subjects
    units = list(dict.fromkeys(f.unit for i in inputs for f in i.facts if f.unit))
    facts = [f for i in inputs for f in i.facts]
    names = [i.metric for i in inputs for _ in i.facts]
    if len(units) > 1:
        return None, NotCombined(op, "units", facts, names, units)
    varying = sum(len({getattr(i, part) for i in inputs}) > 1 for part in ("bodies", "years")) + (len(metrics) > 1)
    if varying > 1:
        return None, NotCombined(op, "subjects", facts, names, units)
    return _combined(query, op, inputs), None


def compared_subjects(query: Query, turns: list) -> bool:
    """"哪个更多？" / "哪年多？" / "which year was higher?" after one statistic answered for two years
    (or two bodies): the question compares THOSE answers, so it is asked of their bodies and years
    (a ranking of every body of the last year is not what was asked). Whether it applied."""
    asked = earlier_computation(query.normalized.lower())
    if asked is None or asked[0] != "compare" or "metrics" not in query.inherited:
        return False
    if any(getattr(query, slot) and slot not in query.inherited for slot in ("bodies", "years")):
        return False  # "哪个更多，2023年？" names what it compares
    inputs = earlier_inputs(turns, 2)
    if len(inputs) != 2 or len({i.metric.keys for i in inputs}) != 1:
        return False
    # a turn whose body was found past its query ("综合执法与应急管理局呢"): its facts' body
    query.bodies = list(dict.fromkeys(b for i in inputs for b in i.bodies or [f.body for f in i.facts]))
    # the entities narrow the bodies: kept only when every input was asked by one
    every = all(i.entities for i in inputs)
    query.entities = list(dict.fromkeys(e for i in inputs for e in i.entities)) if every else []
    query.bureaus = []
    query.years = sorted({y for i in inputs for y in i.years})
    return True


def _combined(query: Query, op: str, inputs: list[Input]) -> Query:
    """The query naming every input: one summed statistic, or the two statistics compared, of
    the inputs' bodies and years."""
    metrics = list({i.metric.keys: i.metric for i in inputs}.values())
    if op == "total" and len(metrics) > 1:
        metrics = [Metric(tuple(k for m in metrics for k in m.keys), " + ".join(m.zh for m in metrics),
                          " + ".join(m.en for m in metrics), metrics[0].unit)]
    query.metrics = metrics
    query.bodies = list(dict.fromkeys(b for i in inputs for b in i.bodies))
    query.entities = list(dict.fromkeys(e for i in inputs for e in i.entities))
    query.years = sorted({y for i in inputs for y in i.years})
    query.intent = INTENTS[op]
    query.family, query.breakdown, query.narrowed = None, False, None
    return query


_FOLLOW_UP = re.compile(f"{question_words.FOLLOW_UP}|{FOLLOW_UP_CLAUSE}")


def sibling_part(question: str, query: Query, turns: list) -> tuple[str, object] | None:
    """"那乡镇呢，占比多少？" after "全区主动公开多少条？" and "其中区直部门公开了多少？": a follow-up
    naming no statistic, body or year after a part of a whole asks another part of that whole.
    The text to read (the scoping word carried over) and the turn that asked the whole, whose
    query and answer it is read after (never the part just answered: its sentence is the other
    part's); None when the question is no such follow-up."""
    lowered = question.lower().strip()
    if len(turns) < 2 or scoped(lowered) or not _FOLLOW_UP.search(lowered):
        return None
    if (query.metrics and "metrics" not in query.inherited) or any(
            getattr(query, slot) and slot not in query.inherited for slot in ("bodies", "years")):
        return None
    last = turns[-1]
    if last.query is None or not scoped(last.question.lower()):
        return None
    whole = next((t for t in reversed(turns[:-1]) if t.query is not None and t.query.metrics
                  and not scoped(t.question.lower())), None)
    if whole is None or whole.answer.route != "facts":
        return None
    return _measure_again(question, last.question) or SCOPE_CARRIED[query.language] + question, whole


_PART_PHRASE = re.compile(BODY_PART_PHRASE)


def _measure_again(question: str, last: str) -> str | None:
    """"那乡镇呢？" after "其中县直各单位占多少？": the last question with the part named now in place
    of its own part, so that its measure (a share, a count) is asked again of the new part, not
    the whole's sentence; None when either names no part of a body, or the same one, or the
    question says more than the part ("那各乡镇的占比呢": its own measure)."""
    said = thing_said(question)
    new, old = _PART_PHRASE.fullmatch(said), _PART_PHRASE.search(last)
    if new is None or old is None or new.group().lstrip(EACH_WORD) == old.group().lstrip(EACH_WORD):
        return None
    return last[:old.start()] + new.group() + last[old.end():]


def not_added(query: Query, finding) -> NotCombined | None:
    """A one-question sum of statistics in different units ("采购项目数量和总金额加起来"), found
    figure by figure (`finding`, the lookup of each): never added, each figure cited, the
    reason said. None when the units agree or no figure was found."""
    units = list(dict.fromkeys(m.unit for m in query.metrics if m.unit))
    if query.intent != Intent.TOTAL or len(units) < 2:
        return None
    parts = getattr(finding, "parts", [finding])
    pairs = [(p.metric, f) for p in parts if getattr(p, "metric", None) is not None
             for f in getattr(getattr(p, "result", None), "facts", [])]
    found = list(dict.fromkeys(f.unit for _, f in pairs if f.unit))
    if len(found) < 2:
        return None  # a statistic its template lacks: the route's own answer says so
    return NotCombined("total", "units_asked", [f for _, f in pairs], [m for m, _ in pairs], found)
