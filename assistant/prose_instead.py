"""The prose where no table holds the cell asked: a report whose template lacks the statistic
but whose prose states it (coverage.gather's coverage, `from_prose`), and, when no table of
the reports asked has the cell at all, the prose sentence that answers instead (`prose_instead`),
only when it speaks of the statistic asked (`names_statistic`)."""

from __future__ import annotations

import re

from index.lexicon import statwords
from index.templates import CONCEPTS, concept_keys

from .findings import Aggregate, NotInTemplate, PassageFound, PassageInstead, Several
from .passages import best_passage
from .prose_facts import prose_figures
from .prose_measured import heading_title, measured_text, names_any, names_of
from .prose_series import is_prose_series
from .scope import Scope
from .understanding import SYNONYMS, Metric, Query


def from_prose(s: Scope, coverage, metric: Metric, asked: str = "") -> None:
    """Reports whose template lacks the statistic, whose prose states it: the prose figures
    (assistant.prose_facts.prose_figures), each marked as such."""
    found, otherwise = prose_figures(s, coverage.absent, metric, asked)
    coverage.otherwise = otherwise
    coverage.facts = sorted(coverage.facts + found, key=lambda f: (f.year, f.body))
    said = {f.report for f in found + otherwise}
    coverage.absent = [r for r in coverage.absent if r.report not in said]


def prose_instead(q: Query, s: Scope, metric: Metric, absent: NotInTemplate):
    """No table of these reports has the cell: what the prose says is the answer, if it says it
    with a span tied to the question; else where the statistic is reported (`absent`)."""
    prose = best_passage(q, s)
    if isinstance(prose, PassageFound) and prose.highlight and names_statistic(prose, metric, s):
        return PassageInstead(absent, prose)
    if isinstance(prose, Aggregate) and not prose.table and is_prose_series(prose.metric):
        return prose  # one phrase each year's prose states, compared: each year cited (once, see _facts_found)
    if isinstance(prose, Several) and prose.parts and all(isinstance(p, PassageFound) for p in prose.parts) \
            and names_statistic(prose.parts[0], metric, s):
        # each thing the question joins, from one sentence: the first said instead of the cell
        return Several([PassageInstead(absent, prose.parts[0]), *prose.parts[1:]])
    return absent


def names_statistic(found: PassageFound | str, metric: Metric, s: Scope | None = None) -> bool:
    """Does the figure found speak of the statistic asked? A count found near other words
    ("60个单位" for penalties, "2428条" for press conferences, "访问量24745人次" for requests)
    answers another question (assistant.prose_measured)."""
    concept = next((c.id for c in CONCEPTS if concept_keys(c.id)[:1] == metric.keys[:1]), None)
    names = {*SYNONYMS.get(metric.key, ()), *statwords.CONCEPTS.get(concept or "", ()), metric.zh,
             *re.split(r"[.\s]", metric.zh)}
    if isinstance(found, str):  # a sentence alone, its figure anywhere in it
        return names_any(names_of(names), found)
    c = found.citation
    page = next((p.text for p in s.catalog.pages(c.report) if p.number == c.page), "") if s is not None else ""
    return names_any(names_of(names), measured_text(found.sentence, found.highlight) + " " + heading_title(page, c.quote))
