"""Routes about the corpus itself, refusals of what it lacks, and follow-ups on sources."""

from __future__ import annotations

from index.models import ReportRecord

from ..answer import Answer, Citation
from ..findings import (
    CorpusListing,
    Identity,
    ImpossibleYear,
    MissingYear,
    NothingIndexed,
    ReportCount,
    Sources,
    UnknownBody,
)
from ..scope import Scope
from ..understanding import Query


def run_empty(q: Query, s: Scope, prev: Answer | None) -> NothingIndexed:
    return NothingIndexed()


def _chosen(q: Query, s: Scope):
    bodies = s.bodies_of(q)
    return [r for r in s.reports if (not bodies or r.body in bodies) and (not q.years or r.year in q.years)]


#: Reports a listing cites one by one (each by its title line); a longer listing names them only.
MAX_CITED = 60


def _cited(s: Scope, chosen: list[ReportRecord]) -> dict[tuple[str, int], Citation]:
    """Each report of a short listing cited by the first line of its text (its title)."""
    if len(chosen) > MAX_CITED:
        return {}
    out = {}
    for r in chosen:
        pages = s.catalog.pages(r.report)
        page = next((p for p in pages if p.text.strip()), None)
        if page is not None:
            line = next(x.strip() for x in page.text.splitlines() if x.strip())
            out[(r.body, r.year)] = Citation(r.report, r.body, r.year, page.number, "", line)
    return out


def run_corpus(q: Query, s: Scope, prev: Answer | None) -> CorpusListing:
    chosen = _chosen(q, s)
    by_body: dict[str, list[int]] = {}
    for r in chosen:
        by_body.setdefault(r.body, []).append(r.year)
    return CorpusListing([(b, sorted(ys)) for b, ys in sorted(by_body.items())], len(chosen), _cited(s, chosen))


def run_count(q: Query, s: Scope, prev: Answer | None) -> ReportCount:
    chosen = _chosen(q, s)
    return ReportCount([(r.body, r.year) for r in chosen], _cited(s, chosen))


def unknown_body(q: Query, s: Scope) -> bool:
    """A body the corpus lacks, named with nothing more than its region ("Huaiyin District
    (Huai'an)"): the region does not stand in for it."""
    return bool(q.unknown_bodies) and not any(m.kind == "body" for m in q.mentions)


def run_unknown_body(q: Query, s: Scope, prev: Answer | None) -> UnknownBody:
    return UnknownBody(list(q.unknown_bodies), list(q.years), sorted({r.body for r in s.reports}))


def run_impossible_year(q: Query, s: Scope, prev: Answer | None) -> ImpossibleYear:
    return ImpossibleYear(list(q.impossible_years), s.years_of([]))


def missing_year(q: Query, s: Scope) -> bool:
    return bool(q.years) and not set(q.years) & set(s.years_of(s.bodies_of(q)))


def run_missing_year(q: Query, s: Scope, prev: Answer | None) -> MissingYear:
    return MissingYear(list(q.bodies), list(q.years), s.years_of(s.bodies_of(q)))


def run_source(q: Query, s: Scope, prev: Answer | None) -> Sources:
    if prev is None or not prev.citations:
        return Sources(q.intent == "why", [], [])
    return Sources(q.intent == "why", list(prev.citations), list(prev.facts))


def run_identity(q: Query, s: Scope, prev: Answer | None) -> Identity:
    entities = {s.gazetteer.entity_of(b) for b in q.bodies}
    if len(q.bodies) < 2:
        names = [b for entity in entities if entity for b in entity.bodies] or list(q.bodies)
        verdict = "same" if any(entity and len(entity.bodies) > 1 for entity in entities) else "one_name"
        shown = False
    else:
        names, shown = list(q.bodies), True
        verdict = "same" if len(entities) == 1 and None not in entities else "different"
    bodies = [b for entity in entities if entity for b in entity.bodies] or q.bodies
    return Identity(verdict, names, shown, s.years_of(bodies))
