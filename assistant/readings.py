"""The prose reading of a statistic (index.lexicon.readings): "how many items were disclosed on
request?" may mean the request table's cell or the pieces of information the prose counts
("依申请公开信息1504条"). This finds the second: each report's prose figure, cited, marked as
read from the prose; the engine answers it after the table's reading."""

from __future__ import annotations

from dataclasses import replace

from index.lexicon.readings import PROSE_READINGS

from .aggregate import AGGREGATES
from .findings import Aggregate, NotStated, PassageFound
from .passages import best_passage
from .prose_facts import prose_fact
from .scope import NO_BODY, Scope
from .understanding import Intent, Metric, Query

#: Reports whose prose figures one answer lists.
MAX_REPORTS = 6


def prose_reading(q: Query, s: Scope, reading: str) -> Aggregate | None:
    """The prose figures of the reading in the question's reports, or None when no prose states it."""
    _, _, _, words, zh, en, unit = next(r for r in PROSE_READINGS if r[0] == reading)
    metric = Metric((zh,), zh, en, unit)
    reports = s.in_scope(q)
    if not reports or len(reports) > MAX_REPORTS:
        return None
    facts = [f for r in reports if (f := prose_fact(s, r, metric, words)) is not None]
    if not facts:
        return None
    intent = "lookup" if len(facts) == 1 else "list"
    return Aggregate(metric, AGGREGATES[intent](facts), sorted({f.year for f in facts}), table=len(facts) > 1)


def prose_part(q: Query, s: Scope) -> PassageFound | NotStated:
    """The part a message asks after its total ("how many of them came from the townships"), from
    the prose of the same reports; not stated (its words said) when no sentence gives it."""
    text = q.prose_part
    part = replace(q, text=text, normalized=text, topic=text, intent=Intent.PASSAGE, metrics=[], mentions=[],
                   prose_part="", narrowed=None, readings=[])
    found = best_passage(part, s)
    if isinstance(found, PassageFound | NotStated):
        return found
    return NotStated([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years), None, text)
