"""What a route may see: the reports, the catalog's read methods and a passage retriever.

Routes get this, not the Engine: they cannot run SQL of their own, call another route or
write text. `Scope.in_scope(q)` is which reports a question is about.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from index.models import CheckResult, Fact, Page, Passage, ReportRecord

from .retrieve import HybridRetriever
from .understanding import Gazetteer, Query


class CatalogReader(Protocol):
    """The catalog's read methods the routes use (index.catalog.Catalog has them)."""

    def facts(self, report: str | None = None, body: str | None = None, year: int | None = None,
              metric: str | None = None, **kw: Any) -> list[Fact]: ...
    def bodies_years(self, metric: str) -> list[tuple[str, int]]: ...
    def checks(self, report: str | None = None) -> list[tuple[str, CheckResult]]: ...
    def passages(self, report: str | None = None) -> list[Passage]: ...
    def pages(self, report: str) -> list[Page]: ...
    def page_ocr(self, report: str, number: int) -> dict | None: ...
    def contradictions(self, report: str | None = None, metric: str | None = None) -> list: ...


@dataclass
class Scope:
    reports: list[ReportRecord]
    gazetteer: Gazetteer
    catalog: CatalogReader
    retriever: Callable[[str, dict], HybridRetriever]  # (language, filters) -> a passage retriever
    # One question's coverages of a statistic (coverage.gather), by (reports, keys, prefix):
    # what the unit guard gathered the route does not gather again. None: not kept (a shared Scope).
    gathered: dict[tuple, Any] | None = None

    def for_question(self) -> Scope:
        """This scope for one question: what is gathered for it is kept for it alone."""
        return replace(self, gathered={})

    def years_of(self, bodies: list[str]) -> list[int]:
        return sorted({r.year for r in self.reports if not bodies or r.body in bodies})

    def bodies_of(self, q: Query) -> list[str]:
        """The bodies a question is about: named bodies with their renamed predecessors and
        successors, narrowed by a bureau ("哪个卫生健康局"); [] means every body."""
        bodies = [b for entity in q.entities for b in entity.bodies] or list(q.bodies)
        if q.bureaus:
            pool = bodies or sorted({r.body for r in self.reports})
            bodies = [b for b in pool if any(b.endswith(bureau) for bureau in q.bureaus)] or [NO_BODY]
        return list(dict.fromkeys(bodies))

    def in_scope(self, q: Query) -> list[ReportRecord]:
        """The reports a question is about (each body's newest when it asks for the latest)."""
        bodies = self.bodies_of(q)
        chosen = [r for r in self.reports if (not bodies or r.body in bodies) and (not q.years or r.year in q.years)
                  and (not q.template or r.template == q.template)]
        if q.latest:
            newest: dict[str, ReportRecord] = {}
            for r in chosen:
                if r.body not in newest or r.year > newest[r.body].year:
                    newest[r.body] = r
            chosen = list(newest.values())
        return chosen


#: The body a bureau filter leaves when no body of the scope has that bureau: matches no report.
NO_BODY = "∅"
