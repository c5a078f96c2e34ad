"""A computed answer whose input the report's own text states otherwise ("全年共受理申请32件" beside a
table total of 34): the finding with a note for each such input, and, for a computed number,
the same computation from the text's figures, so that neither reading is picked silently."""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon.prose import COUNT_MEASURES
from index.models import Fact

from .aggregate import AGGREGATES, clean, ratio
from .answer import Citation
from .findings import Aggregate, Incomplete, MetricDifference, Outcomes, Ratio, Several
from .scope import Scope

#: Contradicted cells named in one answer (a list over many reports names the first ones).
MAX_CONTRADICTIONS = 5


def with_contradictions(s: Scope, finding):
    """The finding, with a note for each cited fact whose report's text states it otherwise."""
    from .findings import Contradicted, ProseDiffers
    from .quotes import find_in_pages

    facts = _finding_facts(finding)
    notes: list[ProseDiffers] = []
    for fact in facts:
        keys = set(fact.metric.split("+"))
        for c in s.catalog.contradictions(report=fact.report):
            if keys & set(c.metrics) and len(notes) < MAX_CONTRADICTIONS:
                pages = [(p.number, p.text) for p in s.catalog.pages(fact.report)]
                page, quote = find_in_pages(pages, c.quote) or (c.page, c.quote)
                citation = Citation(fact.report, fact.body, fact.year, page, fact.section, quote,
                                    highlight=str(c.prose_value))
                notes.append(ProseDiffers(fact, c.prose_value, citation, _measure(c.quote, c.prose_value)))
    if not notes:
        return finding
    return Contradicted(finding, notes, _text_reading(finding, notes))


def _measure(quote: str, value: int) -> str | None:
    """The measure word right after the number in the text's sentence (1份 of 收到1份…申请)."""
    hit = re.search(rf"(?<!\d){value}\s*({'|'.join(COUNT_MEASURES)})", quote)
    return hit.group(1) if hit else None


#: Aggregates whose first line states a computed number (a lookup, a list or a ranking shows its inputs).
COMPUTED = ("most", "least", "total", "average", "difference")


def _text_reading(finding, notes: list) -> object | None:
    """The computed finding again, each contradicted input replaced by the number its report's
    text states (cited to that sentence, marked as the text's): both readings are answers the
    reports support, so neither is picked silently. None for a finding that computes nothing."""
    readings = {id(n.fact): replace(n.fact, value=n.prose_value, origin="prose", page=n.citation.page,
                                    source_text=n.citation.quote, section=n.citation.section, table="", column="") for n in notes}
    read = lambda f: readings.get(id(f), f)  # noqa: E731
    if isinstance(finding, MetricDifference):
        a, b = read(finding.first), read(finding.second)
        return replace(finding, first=a, second=b, delta=clean(a.value - b.value))
    if isinstance(finding, Ratio):
        a, b = read(finding.numerator), read(finding.denominator)
        return replace(finding, numerator=a, denominator=b, value=ratio(a.value, b.value, finding.share))
    if isinstance(finding, Aggregate) and finding.result.intent in COMPUTED:
        facts = list(finding.result.pair) if finding.result.pair else finding.result.facts
        result = AGGREGATES[finding.result.intent]([read(f) for f in facts]).as_change(finding.result.changed)
        return replace(finding, result=result, table=False)
    return None


def _finding_facts(finding) -> list[Fact]:
    if isinstance(finding, Several):
        return [f for part in finding.parts for f in _finding_facts(part)]
    if isinstance(finding, MetricDifference):
        return [finding.first, finding.second]
    if isinstance(finding, Aggregate):
        return list(finding.result.facts)
    if isinstance(finding, Incomplete):
        return list(finding.listing.facts)
    if isinstance(finding, Outcomes):
        return [x for _, x in (*finding.shown, *finding.zero)]
    return []
