"""What the requests were about, asked beside their count ("收到几件信息公开申请，主要问的啥",
"how many requests did it receive, and what were they about?"): after the table's count, the
clause of the same report's prose stating their content ("…申请1件，主要涉及政府债务数据方面"),
quoted and cited; said as not stated when no sentence says it. The content is the prose's words,
never a figure of the tables."""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon import request_topics as words
from index.lexicon.families import BREAKDOWN_OF

from .answer import Citation
from .findings import NotStated, PassageFound
from .quotes import with_ocr
from .scope import NO_BODY, Scope
from .understanding import Intent, Query

_ASKED = re.compile(words.ASKED, re.I)
_STATED = re.compile(words.STATED)
_SENTENCE_END = re.compile(r"[。！？!?]")
_CLAUSE_END = re.compile(r"[，,；;。！？!?]")
_REQUESTS = words.REQUESTS
#: The statistics whose requests' content may be asked: the requests received.
REQUEST_COUNTS = set(BREAKDOWN_OF["applicant"])
TOPIC = words.TOPIC


def asks_request_topic(q: Query) -> bool:
    """Whether the question asks, beside the requests' count, what the requests were about."""
    return (bool(REQUEST_COUNTS & set(q.metric_keys)) and "metrics" not in q.inherited  # its own count, not a follow-up's
            and not q.breakdown and bool(_ASKED.search(q.normalized)))


def counted_first(q: Query) -> Query:
    """A question asking the requests' count and what they were about is a count (its "什么" / "what"
    asks the content, answered beside it by `request_topic`), never a passage search for both."""
    return replace(q, intent=Intent.LOOKUP) if q.intent == Intent.PASSAGE and asks_request_topic(q) else q


def request_topic(q: Query, s: Scope) -> PassageFound | NotStated | None:
    """The clause stating the requests' content in the one report asked; None when not asked."""
    if not asks_request_topic(q):
        return None
    reports = s.in_scope(q)
    if len(reports) != 1:
        return None
    report = reports[0]
    for page in s.catalog.pages(report.report):
        found = stated(page.text)
        if found is not None:
            sentence, clause = found
            citation = Citation(report.report, report.body, report.year, page.number, "", sentence, highlight=clause)
            return PassageFound(with_ocr(s, citation), _squeezed(sentence), clause)
    return NotStated([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years), None,
                     TOPIC["en" if q.language == "en" else "zh"])


def stated(text: str) -> tuple[str, str] | None:
    """(the sentence, its clause of content) of the first sentence naming the requests (申请) shortly
    before a content marker (主要涉及, 集中在, 侧重…); None when no sentence does."""
    for marker in _STATED.finditer(text):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, marker.start())), default=0)
        named = text.rfind(_REQUESTS, start, marker.start())
        if named < 0 or marker.start() - named > words.REQUESTS_REACH:
            continue
        end = next((m.start() for m in _CLAUSE_END.finditer(text, marker.end())), len(text))
        clause = text[marker.start():end].strip()
        if len(clause) <= len(marker.group()):
            continue
        close = next((m.end() for m in _SENTENCE_END.finditer(text, end)), len(text))
        return text[start:close].strip(), clause
    return None


def _squeezed(text: str) -> str:
    return re.sub(r"\s*\n\s*", "", text)
