"""An English question about a figure the Chinese prose states: the clause that says it.

The reports' sentences are Chinese; an English question shares no word with them. The
multilingual embedder (the index's, USE v3 by default) places the question's words near the
Chinese clause that says the same, and a small bilingual word list of the reports' common nouns
(index/lexicon/prose_en.py) checks it. The unit of choice is the CLAUSE, not the passage: a
passage holds many figures, a clause one or two. The figure answering is the one of the clause
whose measure word counts what is asked (units -> 套, applications -> 件, an amount -> 元…).

A wrong number is far worse than none: below the threshold, or with a second clause as close
holding another figure, the answer is "not stated" naming the question's words.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from index.chunks import sentences
from index.lexicon.prose_en import (
    MEASURE_NOUNS,
    MONEY_ASKED,
    NOUNS,
    QUESTION_FILLERS,
)
from index.lexicon.questions import ASKING_COUNT
from index.lexicon.units import ASKED_MEASURES, MONEY, UNIT_NOUNS_EN
from index.models import ReportRecord

from .answer import Citation
from .findings import NotStated, PassageFound
from .prose_whole_en import wholes_first
from .quotes import cited_clause, find_in_pages
from .scope import NO_BODY, Scope
from .typed import Span, answers, asked_thing, candidates, expected_kind, same_family
from .understanding import Query

#: Reports one question's clauses are read from (a body's report of a year or two).
MAX_REPORTS = 2
#: The score a clause needs to answer, and how far ahead of a clause holding another figure.
#: Measured on the development questions (docs/answering.md): right clauses scored 0.41-0.92,
#: the closest clause of a question the reports do not answer 0.30; two clauses of one word
#: ("briefings": 16期, 40期) 0.05 apart.
THRESHOLD = 0.4
MARGIN = 0.06
#: What a word counts when only the clause's context (the sentence before) says it.
CONTEXT_WEIGHT = 0.25
#: Weight of the bilingual words' coverage beside the embedder's cosine.
WORD_WEIGHT = 0.5
#: Clause vectors kept in memory: a report's clauses are embedded once.
CACHED_CLAUSES = 20000

_CLAUSE_BREAK = re.compile(r"(?<=[，,；;：:])")
_ITEM_BREAK, _DIGIT = re.compile(r"(?<=、)"), re.compile(r"\d")
_EN_WORD = re.compile(r"[a-z][a-z'-]*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_HOW_MANY = re.compile(r"\bhow many\s+([a-z][a-z' -]{1,60}?)(?= did\b| do\b| does\b| were\b| was\b| are\b| is\b| has\b"
                       r"| have\b| had\b| in\b| for\b| from\b| by\b| at\b| on\b|,|\?|$)")
_HOW_MUCH = re.compile(r"\b(?:how much|what(?: was| is)?(?: the)?)\s+([a-z][a-z' -]{1,60}?)(?= amount\b| sum\b| did\b"
                       r"| do\b| does\b| were\b| was\b| is\b| in\b| for\b| from\b| by\b| to\b| on\b|\?|$)")
_MONEY = re.compile(MONEY_ASKED)
_QUANTITY = re.compile(r"\bhow (?:many|much)\b|\bwhat (?:was |is )?(?:the )?(?:total |overall )?(?:number|amount|sum|count)\b"
                       r"|\bwhat total\b|\bwhat (?:\w+ ){0,3}(?:amount|number)\b")


@dataclass
class Candidate:
    """A clause of a report's prose holding a figure of the kind asked."""

    report: ReportRecord
    section: str
    sentence: str
    window: str  # the clause with the one before it: what the figure is of is often said there
    clause: str
    context: str  # the sentence before and this one up to the clause: who or what it is about
    span: Span
    score: float = 0.0


def asks_quantity(q: Query) -> str | None:
    """"amount" for money asked, "count" for a count, None when the question asks no figure."""
    text = q.normalized.lower()
    if not _QUANTITY.search(text) or expected_kind(q.text) not in (None, "count", "amount"):
        return None  # "what phone number", "on which day … and how many": another kind's span
    return "amount" if _MONEY.search(text) else "count"


def asked_words(q: Query) -> list[str]:
    """The question's own words: names of bodies, years and asking words left out."""
    text = q.normalized.lower()
    for m in sorted(q.mentions, key=lambda m: -m.start):
        if m.kind not in ("metric", "cell"):
            text = text[:m.start] + " " + text[m.end:]
    text = _YEAR.sub(" ", text)
    words = (re.sub(r"'s$", "", w).strip("'") for w in _EN_WORD.findall(text))
    return [w for w in words if w not in QUESTION_FILLERS and len(w) > 1]


def measure_of(q: Query) -> str | None:
    """The measure word the thing counted is counted in ("how many public rental housing units": 套)."""
    for word in reversed(counted_words(q)):  # the head of an English noun phrase comes last
        stem = word.rstrip("s") if word not in ("people", "persons") else word
        if stem in MEASURE_NOUNS:
            return MEASURE_NOUNS[stem]
    return None


def counted_words(q: Query) -> list[str]:
    """The noun phrase of what is asked, up to its verb: after "how many" ("public rental housing
    units"), "how much" ("tax relief") or "what … amount" ("total tax relief")."""
    text = q.normalized.lower()
    match = _HOW_MANY.search(text) or _HOW_MUCH.search(text)
    return [w for w in match.group(1).split() if w not in QUESTION_FILLERS] if match else []


def quote_asked(q: Query) -> tuple[str, ...]:
    """The words a question says, as a report says them (every two characters of a Chinese
    question, the Chinese words of an English one's): a clause of the answer's sentence saying
    one is asked too, and its quote keeps it (quotes.figure_clauses). Of the whole message, when
    the question is one of several asked at once ("收到多少？办结了多少？")."""
    text = q.message or q.text
    if q.language == "zh":
        runs = _HAN_RUNS.findall(text)
        measures = _MEASURE_ASKED.findall(text)  # "发了多少条": 条, a figure counted in it is asked
        return tuple(dict.fromkeys([*(r[i:i + 2] for r in runs for i in range(len(r) - 1)), *measures]))
    words = [w for w in _EN_WORD.findall(text.lower()) if w not in QUESTION_FILLERS and len(w) > 1]
    return tuple(dict.fromkeys(w for said in chinese_of(words) for w in said))


_HAN_RUNS = re.compile("[\u4e00-\u9fff]{2,}")
_MEASURE_ASKED = re.compile(f"(?:{ASKING_COUNT})([{ASKED_MEASURES}])")
_STEMS = sorted(NOUNS.items(), key=lambda x: -len(x[0]))  # the longest stem a word starts with says it


def chinese_of(words: list[str]) -> list[tuple[str, ...]]:
    """The Chinese words each English word of the list says (words the lexicon lacks left out)."""
    out = []
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]  # "open day", "press conference"
    for word in pairs + words:
        said = next((zh for stem, zh in _STEMS if word.startswith(stem)), None)
        if said is not None and said not in out:
            out.append(said)
    return out


def english_clause(q: Query, s: Scope, within: tuple[str, ...] = ()) -> PassageFound | NotStated | None:
    """The figure of the one report asked that answers an English question about its prose;
    NotStated when no clause is close enough or two close clauses differ; None when the
    question is not such a question (not English, no figure asked, no single report). With
    `within`, only a clause whose sentence so far (or the one before) says one of those words:
    the unit asked of ("公开办"), whose figure is its own, never the body's whole."""
    kind = asks_quantity(q) if q.language == "en" else None
    reports = s.in_scope(q)
    words = asked_words(q)
    if kind is None or not reports or len(reports) > MAX_REPORTS or len(words) < 2:
        return None
    measure = measure_of(q) if kind == "count" else None
    found = [c for r in reports for c in _candidates(s, r, kind, q.text, measure)
             if not within or any(w in c.context for w in within)]
    # "how much funding", "how many followers": a family the typed spans know, when it is the thing
    # counted (not "for the people" said after it), is answered only by a clause naming it
    thing = asked_thing(q.text)
    if thing is not None and thing.word in counted_words(q):
        found = [c for c in found if answers(thing, c.sentence, c.span)]
    refused = NotStated([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years), None, " ".join(words))
    if not found:
        return refused
    # "how many items" counted in 条: the measure's own English noun says no more than the measure
    counted = chinese_of([w for w in counted_words(q) if w not in UNIT_NOUNS_EN.get(measure or "", ())])
    found = [c for c in found if not counted or any(_says(c.window, g) for g in counted)]  # its clause says what is counted
    if not found:
        return refused
    _score(s, found, " ".join(words), chinese_of(words), len(words))
    found.sort(key=lambda c: -c.score)
    found = wholes_first(found, chinese_of(words))  # "今年我局共受理审批事项117件", not "受理审批个人…7件"
    best = found[0]
    rival = next((c for c in found[1:] if _figure(c) != _figure(best)), None)
    if best.score < THRESHOLD or (rival is not None and best.score - rival.score < MARGIN):
        return refused
    return _found(s, best, quote_asked(q))


def _items(clause: str) -> list[str]:
    """A clause listing things each with its own figure ("行政权力事项3646项、公共服务事项281项"):
    each item on its own, so that its figure is told from the others; else the clause whole."""
    items = _ITEM_BREAK.split(clause)
    return items if len(items) > 1 and all(_DIGIT.search(i) for i in items) else [clause]


def _figure(c: Candidate) -> str:
    return re.sub(r"[^\d.]", "", c.span.text)


def _candidates(s: Scope, report: ReportRecord, kind: str, question: str, measure: str | None) -> list[Candidate]:
    """Each clause of the report's prose with a figure of the kind (and the measure's family)."""
    out = []
    for passage in s.catalog.passages(report.report):
        if passage.kind != "passage":
            continue
        said = sentences(passage.text.split("\n", 1)[-1])
        for n, sentence in enumerate(said):
            clauses = [item for c in _CLAUSE_BREAK.split(sentence) if c.strip() for item in _items(c)]
            at = 0
            for i, clause in enumerate(clauses):
                spans = [sp for sp in candidates(clause, kind, question)
                         if (kind == "amount" and sp.text.endswith(MONEY))
                         or (kind == "count" and same_family(measure, sp.text) and not sp.text.endswith(MONEY))]
                if len({re.sub(r"[^\d.]", "", sp.text) for sp in spans}) == 1:  # two figures: which is unknown
                    span = spans[0]
                    span = Span(span.text, at + span.start, at + span.end, 0.0)
                    window = "".join(clauses[max(0, i - 1):i + 1])
                    context = (said[n - 1] if n else "") + "".join(clauses[:i + 1])
                    out.append(Candidate(report, passage.section, sentence, window, clause, context, span))
                at += len(clause)
    return out


_VECTORS: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()


def _score(s: Scope, found: list[Candidate], question: str, said: list[tuple[str, ...]], words: int) -> None:
    """Each candidate's score: the cosine of the question's words with its clause and with its
    window (the embedder), plus the share of the question's words its clause says (half for a
    word its window says only, a quarter for one of its context), a word many clauses say
    weighing less than a rare one."""
    model = s.retriever("en", {}).embed_model
    asked = np.asarray(model.get_query_embedding(question), dtype=np.float32)
    vectors = _vectors(model, [t for c in found for t in (c.clause, c.window)])
    weight = [1 / (1 + math.log(max(1, sum(_says(c.window, g) for c in found)))) for g in said]
    for c in found:
        cosine = 0.5 * float(vectors[c.clause] @ asked) + 0.5 * float(vectors[c.window] @ asked)
        covered = sum(w * (1.0 if _says(c.clause, g) else 0.5 if _says(c.window, g) else
                           CONTEXT_WEIGHT if _says(c.context, g) else 0.0)
                      for g, w in zip(said, weight, strict=True))
        c.score = cosine + WORD_WEIGHT * covered / max(1, words)


def _says(text: str, group: tuple[str, ...]) -> bool:
    return any(zh in text for zh in group)


def _vectors(model, texts: list[str]) -> dict[str, np.ndarray]:
    """The texts' vectors, each embedded once (a report asked again costs no embedding)."""
    name = f"{type(model).__name__}:{getattr(model, 'model_name', '')}"  # another index's embedder: other vectors
    missing = [t for t in dict.fromkeys(texts) if (name, t) not in _VECTORS]
    if missing:
        for text, vector in zip(missing, model.get_text_embedding_batch(missing), strict=True):
            _VECTORS[(name, text)] = np.asarray(vector, dtype=np.float32)
    out = {t: _VECTORS[(name, t)] for t in texts}
    while len(_VECTORS) > CACHED_CLAUSES:
        _VECTORS.popitem(last=False)
    return out


def _found(s: Scope, best: Candidate, asked: tuple[str, ...] = ()) -> PassageFound:
    """The answer: the figure, in its sentence quoted verbatim from the page, cited."""
    r = best.report
    pages = [(p.number, p.text) for p in s.catalog.pages(r.report)]
    located = find_in_pages(pages, best.sentence)
    page, quote = located if located else (None, best.sentence)
    citation = cited_clause(Citation(r.report, r.body, r.year, page, best.section, quote, highlight=best.span.text),
                            best.sentence, asked)
    return PassageFound(citation, best.sentence, best.span.text, asked=asked)

