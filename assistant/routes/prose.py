"""Routes answered from the reports' prose: a typed span, a describing sentence, or a digest.

- A question of a kind (a date, a phone number, an amount, a count…) is answered with a span
  of that kind tied to its terms (assistant.typed), or "not found".
- Any other question gets the sentence that answers it, never a number as "the answer".
- "总结/概括/summarize" gets an extractive digest: each section's opening sentence and the
  report's main statistics, every line cited.
"""

from __future__ import annotations

import re

from index.chunks import sentences
from index.lexicon.kinds import LABELLED
from index.lexicon.prose import SHARE_ASKING_WORDS
from index.models import Fact, ReportRecord
from index.templates import concept_keys, headline_concepts

from ..aggregate import select
from ..answer import Answer, Citation
from ..extracts import content_terms, glossary_terms, typed_span
from ..findings import Digest, NoSummary, PassageFound, Summary
from ..passages import best_passage
from ..quotes import cited_clause, find_in_pages, sentence_around
from ..scope import NO_BODY, Scope
from ..typed import candidates, clause_of, expected_kind
from ..understanding import Query

#: Sections a digest quotes, and how long a quoted sentence may be.
SUMMARY_SECTIONS, SUMMARY_SENTENCE_CHARS = 6, 160
#: Reports one summary covers; a section's opening sentence is at least this long.
SUMMARY_REPORTS, MIN_OPENING_CHARS = 3, 12
_HAN = re.compile("[\u4e00-\u9fff]")
_NUMBER = re.compile(r"\d")
_SHARE_ASKING = re.compile(SHARE_ASKING_WORDS)


def run_passages(q: Query, s: Scope, prev: Answer | None):
    return best_passage(q, s)


def from_previous(q: Query, prev: Answer | None, s: Scope | None = None) -> PassageFound | None:
    """"其中建议类几件？" / "and requests for help?" after a prose answer: the sentence just
    quoted usually holds the answer; a span there tied to the question answers it."""
    if prev is None or prev.route != "passages" or not prev.citations or not q.inherited:
        return None
    if q.metrics and "metrics" not in q.inherited:  # a table statistic named anew ("它那年罚了多少起"): the table's
        return None
    kind = expected_kind(q.text) or _previous_kind(prev)
    before = expected_kind(prev.question)
    if kind is None or (before in LABELLED and kind != before):
        return None  # another kind than the labelled value just quoted (a count after a phone): its line holds none
    cited = prev.citations[0]
    pages = [(p.number, p.text) for p in s.catalog.pages(cited.report)] if s is not None else []
    whole = sentence_around(pages, cited.page, cited.quote) or cited.quote  # the quote is cut to its figure's clause
    sentence = re.sub(r"\s*\n\s*", "", whole)  # the quote as the page wraps it
    extra = glossary_terms(q.text) if q.language == "en" else ""
    terms = content_terms(q.text, extra, q.drop_terms)
    span = typed_span(sentence, kind, q.text, terms, overlap=0.0)
    if span is None and not any(t in sentence for t in terms) and all(_SHARE_ASKING.fullmatch(t) for t in terms if _HAN.search(t)):
        span = _beside_last(sentence, kind, q.text, cited.highlight or "")  # "占比多少？" names nothing else
    if span is None or span.text == cited.highlight:
        return None
    citation = cited_clause(Citation(cited.report, cited.body, cited.year, cited.page, cited.section, whole,
                                     highlight=span.text), sentence)
    return PassageFound(citation, sentence, span.text)


def _beside_last(sentence: str, kind: str, question: str, last: str):
    """"占比多少？" after "1638条" quoted from "各乡镇…1638条，占47%": a follow-up naming nothing the
    sentence says asks of what was just answered; the one span of its kind in that answer's clause."""
    at = sentence.find(last) if last else -1
    if at < 0:
        return None
    spans = [c for c in candidates(sentence, kind, question)
             if c.text != last and last in clause_of(sentence, c.start, c.end)]
    return spans[0] if len(spans) == 1 else None


def _previous_kind(prev: Answer) -> str | None:
    """The kind the previous answer gave ("409件" is a count): a follow-up asks for the same."""
    return "count" if _NUMBER.search(prev.citations[0].highlight or "") else None


def run_summary(q: Query, s: Scope, prev: Answer | None) -> Summary | NoSummary:
    reports = s.in_scope(q)
    if not q.years and reports:  # "总结一下X的年报": its newest report
        newest = max(r.year for r in reports)
        reports = [r for r in reports if r.year == newest]
    if not reports or not (q.bodies or q.years or len(reports) == 1):
        return NoSummary([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years))
    return Summary([Digest(r, _openings(s, r), _headline_facts(s, r)) for r in reports[:SUMMARY_REPORTS]])


def _openings(s: Scope, report: ReportRecord) -> list[tuple[str, int | None, str, str]]:
    """(section, page, sentence, verbatim quote): the first sentence of each section's prose."""
    pages = [(p.number, p.text) for p in s.catalog.pages(report.report)]
    seen, out = set(), []
    for passage in s.catalog.passages(report.report):
        if passage.kind != "passage" or passage.section in seen or not passage.section:
            continue
        body = passage.text.split("\n", 1)[-1]
        first = next((x for x in sentences(body) if len(x) >= MIN_OPENING_CHARS and _HAN.search(x)), None)
        if first is None:
            continue
        first = first[:SUMMARY_SENTENCE_CHARS]
        found = find_in_pages(pages, first)
        if not found:
            continue
        seen.add(passage.section)
        out.append((passage.section, found[0], first, found[1]))
        if len(out) >= SUMMARY_SECTIONS:
            break
    return out


def _headline_facts(s: Scope, report: ReportRecord) -> list[tuple[str, Fact]]:
    facts = s.catalog.facts(report=report.report)
    out = []
    for concept_id in headline_concepts(report.template):
        keys = concept_keys(concept_id)
        chosen = select([f for f in facts if f.metric in keys], keys)
        if chosen:
            out.append((concept_id, chosen[0]))
    return out
