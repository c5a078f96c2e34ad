"""The routes: each takes the Query, a Scope and the previous Answer and returns a finding
(assistant.findings) with no text. Routes are tried in order; the first whose `applies` is
true answers. A new kind of question is a new entry in ROUTES and a new finding."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from ..answer import Answer
from ..named_rows import rows_total
from ..prose_category import category_found
from ..prose_total import parts_total
from ..scope import Scope
from ..understanding import Query
from .categories import over_categories, run_categories
from .checks import run_checks
from .clauses import office_asked, run_office
from .corpus import (
    missing_year,
    run_corpus,
    run_count,
    run_empty,
    run_identity,
    run_impossible_year,
    run_missing_year,
    run_source,
    run_unknown_body,
    unknown_body,
)
from .facts import run_facts
from .prose import from_previous, run_passages, run_summary


@dataclass
class Route:
    name: str
    applies: Callable[[Query, Scope], bool]
    run: Callable[[Query, Scope, Answer | None], object]


def found_route(name: str, find: Callable[[Query, Scope], object]) -> Route:
    """A route whose test is its finding (None when it does not apply): found once a question, in
    the test, and handed to the run that follows it for the same query and scope (per thread)."""
    last = threading.local()

    def applies(q: Query, s: Scope) -> bool:
        last.found = (q, s, find(q, s))
        return last.found[2] is not None

    def run(q: Query, s: Scope, previous: Answer | None):
        kept = getattr(last, "found", None)
        last.found = None
        return kept[2] if kept is not None and kept[0] is q and kept[1] is s else find(q, s)

    return Route(name, applies, run)


ROUTES: list[Route] = [
    Route("empty", lambda q, s: not s.reports, run_empty),
    Route("corpus", lambda q, s: q.intent == "corpus" and not q.metrics, run_corpus),
    Route("count", lambda q, s: q.intent == "count_reports", run_count),
    Route("source", lambda q, s: q.intent in ("source", "why"), run_source),
    Route("identity", lambda q, s: q.intent == "identity" and bool(q.bodies), run_identity),
    Route("unknown_body", unknown_body, run_unknown_body),
    Route("impossible_year", lambda q, s: bool(q.impossible_years), run_impossible_year),
    Route("missing_year", missing_year, run_missing_year),
    Route("summary", lambda q, s: q.intent == "summary", run_summary),
    # "三类加起来等于它说的总数吗": parts the prose lists against the total it states, before the tables' checks
    found_route("prose_total", parts_total),
    # "A加上B等于C吗": named rows against a named total (a cell or the prose's figure), stored check or not
    found_route("rows_total", rows_total),
    Route("checks", lambda q, s: q.intent == "checks", run_checks),
    Route("categories", over_categories, run_categories),
    found_route("category", category_found),
    Route("office", office_asked, run_office),
    Route("facts", lambda q, s: bool(q.metrics) and q.intent != "passage", run_facts),
    Route("passages", lambda q, s: True, run_passages),
]

__all__ = ["ROUTES", "Route", "from_previous"]
