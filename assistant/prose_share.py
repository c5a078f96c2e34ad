"""A share the prose gives the parts of, not the share itself: "12345平台工单共计409件，其中，投诉类
251件、咨询类107件…" answers "工单中投诉类占比多少" with 251 ÷ 409, both numbers cited to that
sentence and marked as read from the prose.

Only a whole and its parts in one sentence count: a whole ("…共计409件") right before 其中, the
parts listed after it up to the sentence's end, each counted in the whole's measure family,
together no more than the whole. The part is the item the question names (its own words, else the most
of the question's words); the whole must be named too, by a word the part does not say. Two
items as close to the question, or a whole the question does not name: nothing is computed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon.questions import PARTS_JOINED
from index.models import ReportRecord

from .aggregate import ratio
from .findings import Ratio, Several
from .linking.parts import asks_each
from .prose_statements import Statement, statement_fact, wholes
from .scope import Scope
from .understanding import Metric, Query

_JOINER = re.compile(PARTS_JOINED)


def prose_share(q: Query, s: Scope, terms: set[str], words: str) -> Ratio | Several | None:
    """The share asked, from one report's sentence of a whole and its parts; None when the
    question is not about one report or no sentence names both. `words` are the question's
    words in Chinese (an English question's glossary words)."""
    reports = s.in_scope(q)
    if len(reports) != 1:
        return None
    report = reports[0]
    if asks_each(q.text):
        return _each_share(q, s, report, terms, words)
    found = []
    for page in s.catalog.pages(report.report):
        for whole, parts, quote in whole_and_parts(page.text):
            chosen = _part_asked(parts, q.text, terms)
            if chosen is not None and _named(whole.words, terms, words, chosen.words):
                found.append((page.number, quote, whole, chosen))
    if len({(w.value, p.value) for _, _, w, p in found}) != 1:
        return None  # none, or two sentences giving two answers
    page, quote, whole, part = found[0]
    num, den = statement_fact(report, part, page, quote), statement_fact(report, whole, page, quote)
    metrics = (Metric((num.metric,), part.words, part.words, part.measure),
               Metric((den.metric,), whole.words, whole.words, whole.measure))
    return Ratio(num, den, metrics, ratio(part.value, whole.value, True), True)


def _each_share(q: Query, s: Scope, report: ReportRecord, terms: set[str], words: str) -> Several | None:
    """"主动公开和依申请公开各占多少": each part the question joins, from one sentence, over its
    whole; None unless every joined piece of the question names a part of its own."""
    pieces = [p for p in _JOINER.split(q.text) if p.strip()]
    if len(pieces) < 2:
        return None
    found = {}
    for page in s.catalog.pages(report.report):
        for whole, parts, quote in whole_and_parts(page.text):
            chosen = [_part_asked(parts, piece, terms) for piece in pieces]
            if all(c is not None for c in chosen) and len({id(c) for c in chosen}) == len(chosen) \
                    and _named(whole.words, terms, words, " ".join(c.words for c in chosen)):
                found[tuple(c.value for c in chosen)] = (page.number, quote, whole, chosen)
    if len(found) != 1:
        return None  # none, or two sentences giving two answers
    page, quote, whole, chosen = next(iter(found.values()))
    den = statement_fact(report, whole, page, quote)
    out = []
    for part in chosen:
        num = statement_fact(report, part, page, quote)
        metrics = (Metric((num.metric,), part.words, part.words, part.measure),
                   Metric((den.metric,), whole.words, whole.words, whole.measure))
        out.append(Ratio(num, den, metrics, ratio(part.value, whole.value, True), True))
    return Several(out)


def whole_and_parts(text: str):
    """(whole, parts, sentence) of the text's statements of a whole and its parts, each part
    named by its own list item."""
    for whole, parts, quote in wholes(text):
        yield whole, [_as_item(p) for p in parts], quote


def _as_item(part: Statement) -> Statement:
    """A part as what its own list item counts ("投诉类" of "其中，投诉类251件、…")."""
    return replace(part, words=part.item)


def _part_asked(parts: list[Statement], question: str, terms: set[str]) -> Statement | None:
    """The item the question names: the longest run of its own words the question says, then
    the most of the question's words; None when two are as close."""
    score = lambda p: (_common(p.words, question), sum(len(t) for t in terms if t in p.words))  # noqa: E731
    ranked = sorted(parts, key=score, reverse=True)
    if not ranked or score(ranked[0]) == (0, 0) or len(ranked) > 1 and score(ranked[0]) == score(ranked[1]):
        return None
    best = ranked[0]
    return best if score(best)[0] >= 2 or score(best)[1] > 0 else None


def _common(a: str, b: str) -> int:
    """The length of the longest run of characters two texts share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = j - i
    return best


def _named(whole: str, terms: set[str], words: str, part: str) -> bool:
    """The whole is named by a word of the question (two characters at least) the part's words
    do not hold ("工单" of "12345工单中投诉类…"; "制发" of "produced")."""
    said = {w for w in terms | set(words.split()) if len(w) >= 2 and w not in part}
    return any(w in whole for w in said)
