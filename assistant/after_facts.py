"""What follows the facts route's finding: the steps the engine runs, in order, on what the facts
route found for a question. A step is a small function

    (query, scope, previous answer, finding) -> finding or None

that returns the finding to answer with (mostly the facts route's finding and a part after it),
or None when the question asks nothing of it. A new step after the facts route is one more
entry in AFTER_FACTS, with a comment saying why it is there; `Engine.find` only runs the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .answer import Answer
from .earlier import not_added
from .findings import Several
from .readings import prose_part, prose_reading
from .request_topics import request_topic
from .routes.categories import run_categories
from .routes.facts import run_facts
from .running_gap import running_gap
from .scope import Scope
from .understanding import Intent, Query


@dataclass(frozen=True)
class Step:
    run: Callable[[Query, Scope, Answer | None, object], object | None]
    final: bool = False  # what it finds is the whole answer: the steps after it do not run


def _apart(q: Query, s: Scope, previous: Answer | None, finding):
    """A sum of statistics in different units, each figure looked up (earlier.not_added)."""
    return not_added(q, run_facts(replace(q, intent=Intent.LOOKUP), s, previous))


def _running_gap(q: Query, s: Scope, previous: Answer | None, finding):
    return running_gap(q, s, finding)


def _breakdown(q: Query, s: Scope, previous: Answer | None, finding):
    """The count asked, then its breakdown by the family asked, from the same reports' cells."""
    if not q.breakdown:
        return None
    parts = run_categories(replace(q, intent=Intent.MOST), s, previous)
    parts = [replace(p, breakdown=True) for p in (parts.parts if isinstance(parts, Several) else [parts])]
    return Several([finding, *parts])


def _readings(q: Query, s: Scope, previous: Answer | None, finding):
    """The table's cell, then what the prose counts under the same words (readings.prose_reading)."""
    if not q.readings or q.intent != Intent.LOOKUP:
        return None
    said = [f for r in q.readings if (f := prose_reading(q, s, r)) is not None]
    return Several([finding, *said]) if said else None


def _request_topic(q: Query, s: Scope, previous: Answer | None, finding):
    """The count of requests, then the prose's clause on what they were about (request_topics)."""
    topic = request_topic(q, s)
    return Several([finding, topic]) if topic is not None else None


def _prose_part(q: Query, s: Scope, previous: Answer | None, finding):
    """The total from its table, then the part a second ask names, from the prose."""
    return Several([finding, prose_part(q, s)]) if q.prose_part else None


AFTER_FACTS: list[Step] = [
    # "采购项目数量和总金额加起来": 9项 and 2074万元 are never one sum: each figure, and why
    Step(_apart, final=True),
    # "…比2014年多了多少？和2015年度数一致吗？": the gap checked against the later year's own figure
    Step(_running_gap),
    # "how many requests …, and through what channel?": the second ask is the breakdown of the
    # count by the family asked
    Step(_breakdown),
    # "how many items were disclosed on request": the table's cell, then what the prose counts
    Step(_readings),
    # "收到几件申请，主要问的啥": the count, then the prose's clause of the requests' content
    Step(_request_topic),
    # "…, and how many of them came from the townships?": the part the prose states
    Step(_prose_part),
]


def after_facts(q: Query, s: Scope, previous: Answer | None, finding):
    """The facts route's finding after every step of AFTER_FACTS, in order."""
    for step in AFTER_FACTS:
        found = step.run(q, s, previous, finding)
        if found is not None:
            if step.final:
                return found
            finding = found
    return finding
