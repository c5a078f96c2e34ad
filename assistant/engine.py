"""From an understood question to a cited Answer: dispatch to a route, which finds; the
renderer of the question's language says what it found.

    query -> route (Query, Scope, previous Answer) -> finding -> render -> Answer

The engine builds the Scope routes see (the reports, the catalog's read methods, a passage
retriever) and adds what the question named that the answer does not cover. What follows the
facts route's finding (a breakdown, the prose's reading, …) is the list of steps in
assistant.after_facts.
"""

from __future__ import annotations

import time

from index.store import ReportIndex
from index.templates import table_of

from .after_facts import after_facts
from .answer import Answer
from .findings import Noted
from .render import render
from .request_topics import counted_first
from .retrieve import HybridRetriever
from .routes import ROUTES, Route, from_previous
from .scope import Scope
from .understanding import Gazetteer, Labels, Query
from .unit_guard import guarded

#: Passages retrieved for a question.
TOP_PASSAGES = 5
#: Intents about the corpus or the last answer: they name no body to be missing from.
NOT_ABOUT_BODIES = ("corpus", "count_reports", "source", "why", "identity")

__all__ = ["Engine", "ROUTES", "Route"]


class Engine:
    """Answers Queries over one index. Built once; `refresh()` after the corpus changes."""

    def __init__(self, index: ReportIndex):
        self.index = index
        self.refresh()

    def refresh(self) -> None:
        self.reports = self.index.reports()
        self.gazetteer = Gazetteer(self.reports)
        # Every statistic's printed label, for questions that name one the synonym table lacks.
        # Declared cells are named through the templates' words (understanding.cells); only rows
        # a publisher added to its table are found by their label.
        self.labels: Labels = {label: (metric, unit) for metric, label, unit in self.index.catalog.fact_labels()
                               if table_of(metric) is None}
        self.scope = Scope(self.reports, self.gazetteer, self.index.catalog, self._retriever)

    def _retriever(self, language: str, filters: dict) -> HybridRetriever:
        return HybridRetriever(self.index.bm25(), self.index.vectors, self.index.embed_model, language=language,
                               filters=filters, top_k=TOP_PASSAGES)

    def sync(self) -> None:
        """Pick up reports added or removed since (by an upload, the CLI or another server)."""
        if self.index.refresh_if_changed():
            self.refresh()

    def find(self, query: Query, previous: Answer | None = None):
        """What the first route that applies finds (a follow-up on a quoted sentence first)."""
        finding = from_previous(query, previous, self.scope)
        scope = self.scope.for_question()  # the statistics' coverages gathered once, for this question
        if finding is None:
            query = counted_first(guarded(query, scope))  # "多少条" never answered by a count in 件 (unit_guard)
            route = next(r for r in ROUTES if r.applies(query, scope))
            finding = route.run(query, scope, previous)
            if route.name == "facts":  # the steps after the facts route (assistant.after_facts)
                finding = after_facts(query, scope, previous, finding)
        return finding

    def answer(self, query: Query, previous: Answer | None = None) -> Answer:
        start = time.perf_counter()
        finding = self.find(query, previous)
        answer = render(finding, query.text, query.language, self.gazetteer.english_name)
        if answer.route != "refusal" and (query.unknown_bodies or self.missing_bodies(query)):
            noted = Noted(finding, list(query.unknown_bodies), self.missing_bodies(query), list(query.years))
            answer = render(noted, query.text, query.language, self.gazetteer.english_name)
        answer.elapsed_ms = (time.perf_counter() - start) * 1000
        answer.intent = answer.intent or query.intent
        return answer

    def missing_bodies(self, q: Query) -> list[tuple[str, list[int]]]:
        """Bodies the question names one by one that have no report (under any of their names)
        for the years it asks, when others do, with the years they have: they are said to be
        missing, not dropped. A region named ("平潭", "Pingtan") names no body to miss."""
        named = [m.values for m in q.mentions if m.kind == "body"]
        if not q.years or len(named) < 2 or q.intent in NOT_ABOUT_BODIES:
            return []
        have = {(r.body, r.year) for r in self.reports}
        family = {b: (e.bodies if (e := self.gazetteer.entity_of(b)) else (b,)) for values in named for b in values}
        missing = [b for values in named
                   if not any((x, y) in have for b in values for x in family[b] for y in q.years)
                   for b in values if b in q.bodies]
        return [(b, self.scope.years_of(list(family[b]))) for b in dict.fromkeys(missing)]
