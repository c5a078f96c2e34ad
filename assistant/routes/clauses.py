"""A statistic asked of an office inside a body ("how many applications did Pingtan's
administrative service centre accept"): the body's tables count the body's disclosure work, not
the office's; the prose clause that states the office's figure answers, or nothing does."""

from __future__ import annotations

from ..answer import Answer
from ..findings import NotStated
from ..prose_clauses import asked_words, english_clause
from ..scope import NO_BODY, Scope
from ..understanding import Query
from ..understanding.report_named import office_named


def office_asked(q: Query, s: Scope) -> bool:
    return bool(q.metrics) and office_named(q.normalized, q.language, q.mentions)


def run_office(q: Query, s: Scope, prev: Answer | None):
    found = english_clause(q, s)
    if found is not None:
        return found
    return NotStated([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years), None, " ".join(asked_words(q)))
