"""An English question about the prose asking two figures at once ("how many applications had
the centre received, and how many were completed?"): the first part is answered by its clause
(prose_clauses.english_clause); a later part, which names only what differs ("completed"), by
a clause of the same sentence after the first figure that says that word, in the same measure.

The sentence the first figure stands in is where a report states its companions ("累计收件9898件，
累计办结9542件"): another sentence of the report would be a guess, so a later part that this
sentence does not answer is not stated.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .findings import NotStated, PassageFound, Several
from .prose_clauses import asked_words, chinese_of, english_clause
from .quotes import cited_clause, find_in_pages
from .scope import NO_BODY, Scope
from .typed import asked_parts, candidates, same_family
from .understanding import Query

_CLAUSE_BREAK = re.compile(r"(?<=[，,；;：:])")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def english_parts(q: Query, s: Scope) -> Several | None:
    """Each part's figure when an English question asks two or more figures of the prose and
    its first part's clause is found; None when it asks one, or the first is not found."""
    parts = asked_parts(q.normalized, q.language) if q.language == "en" else []
    if len(parts) < 2:
        return None
    first = english_clause(_part(q, *parts[0]), s)
    if not isinstance(first, PassageFound) or not first.highlight:
        return None
    return Several([first, *(_companion(_part(q, *p), s, first) for p in parts[1:])])


def _part(q: Query, start: int, end: int) -> Query:
    """The query of one part: its own text and names, the whole question's bodies and years."""
    text = q.normalized[start:end]
    mentions = [replace(m, start=m.start - start, end=m.end - start) for m in q.mentions
                if start <= m.start and m.end <= end]
    return replace(q, text=text, normalized=text, mentions=mentions, topic=text)


def _companion(part: Query, s: Scope, first: PassageFound) -> PassageFound | NotStated:
    """The figure of the first figure's sentence, after it, whose clause says the part's words."""
    words = asked_words(part)
    said = chinese_of(words)
    measure = _FIGURE.sub("", first.highlight).strip() or None
    at = first.sentence.find(first.highlight)
    clauses = [c for c in _CLAUSE_BREAK.split(first.sentence[at + len(first.highlight):]) if c.strip()] if at >= 0 else []
    for clause in clauses:
        spans = [sp for sp in candidates(clause, "count", part.text) if same_family(measure, sp.text)]
        if len(spans) == 1 and said and any(zh in clause for group in said for zh in group):
            return _cited(s, first, spans[0].text)
    return NotStated([b for b in s.bodies_of(part) if b != NO_BODY], list(part.years), None, " ".join(words))


def _cited(s: Scope, first: PassageFound, figure: str) -> PassageFound:
    """The companion figure in the first figure's sentence, quoted from the page and cited."""
    pages = [(p.number, p.text) for p in s.catalog.pages(first.citation.report)]
    located = find_in_pages(pages, first.sentence)
    page, quote = located if located else (first.citation.page, first.sentence)
    citation = cited_clause(replace(first.citation, page=page, quote=quote, highlight=figure), first.sentence)
    return PassageFound(citation, first.sentence, figure)
