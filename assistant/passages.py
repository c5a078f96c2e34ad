"""Answers from prose: retrieve passages, pick the sentence that answers, quote it verbatim.

No language model runs offline, so the answer is extractive: the best sentence (or two) of the
best passages, the answering number highlighted, cited with the raw quote from the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.bm25 import tokenize
from index.chunks import sentences
from index.lexicon import questions as lexicon
from index.lexicon.glossary import GLOSSARY
from index.lexicon.questions import FULL_DATE, SIGNED

from .answer import Citation
from .findings import AcrossReports, NotStated, PassageFound
from .quotes import find_in_pages
from .retrieve import HybridRetriever, ScoredPassage
from .scope import NO_BODY, Scope
from .typed import MIN_TIE, Span, candidates, clause_of, expected_kind, measure_asked, tie
from .understanding import Query, topic

QUESTION_WORDS = lexicon.QUESTION_WORDS
QUANTITY_CUES = re.compile(lexicon.QUANTITY_CUES, re.I)
_YEARS = re.compile(lexicon.YEAR_WORDS)
_DATES = re.compile(lexicon.YEAR_OR_DATE)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?%?")



@dataclass
class Extract:
    passage: ScoredPassage
    sentence: str
    overlap: float
    highlight: str | None  # the typed span that answers, if any
    page: int | None
    quote: str
    kind: str | None = None  # what the question asks for (typed.KINDS), None for a description
    tie: float = 0.0  # how closely the span is tied to the question's terms


def glossary_terms(question: str) -> str:
    lower = question.lower()
    return " ".join(zh for en, zh in GLOSSARY.items() if en in lower)


def content_terms(question: str, extra: str = "", drop: set[str] | None = None) -> set[str]:
    """Terms a answering sentence should contain. An English question is matched through the
    Chinese glossary words only (English words never occur in the reports' sentences)."""
    # CJK words quoted in an English question ("健康西夏") count as they are.
    source = (extra + " " + "".join(re.findall(r"[\u4e00-\u9fff]+", question))) if extra else question
    source = _YEARS.sub(" ", source)  # "2024年共制发" is not a word 年共制
    terms = set(tokenize(source)) - QUESTION_WORDS - (drop or set())
    # A year says which report, not which sentence; one-character words say little.
    return {t for t in terms if len(t) > 1 and not (t.isdigit() and len(t) == 4)}


def best_sentences(question: str, hits: list[ScoredPassage], extra: str = "", drop: set[str] | None = None,
                   limit: int = 2) -> list[tuple[float, ScoredPassage, str]]:
    terms = content_terms(question, extra, drop)
    wants_number = bool(QUANTITY_CUES.search(question))
    scored = []
    for rank, hit in enumerate(hits):
        body = hit.text.split("\n", 1)[-1]  # drop the header line
        for sentence in sentences(body):
            words = set(tokenize(sentence))
            overlap = sum(len(t) for t in terms & words) / max(1, sum(len(t) for t in terms))
            if wants_number and not _has_quantity(sentence):
                overlap *= 0.4  # a question of quantity is not answered by a sentence without one
            score = overlap + 0.1 * hit.score - 0.02 * rank
            scored.append((score, overlap, hit, sentence))
    scored.sort(key=lambda x: -x[0])
    return [(overlap, hit, sentence) for _, overlap, hit, sentence in scored[:limit]]


def _has_quantity(sentence: str) -> bool:
    """A number that is not a year or a date ("2020 年", "12 月 31 日")."""
    stripped = _DATES.sub("", sentence)
    return bool(_NUMBER.search(stripped))


def extract_answer(retriever: HybridRetriever, question: str, pages_of, language: str,
                   drop: set[str] | None = None, context: str = "") -> list[Extract]:
    """The sentences that answer, best first. `context` (the topic of a follow-up) helps find
    the passage; the sentence and its span are chosen by the question itself ("按时回复率是多少？"
    after a question on 12345 cases). A question of a kind (a date, a phone number, a count…)
    is answered by a span of that kind tied to its terms; an Extract without one is context."""
    extra = glossary_terms(question) if language == "en" else ""
    hits = retriever.search(f"{context} {question}".strip(), extra_terms=extra + " " + glossary_terms(context))
    kind = expected_kind(question)
    terms = content_terms(question, extra, drop)
    out = []
    for overlap, hit, sentence in best_sentences(question, hits, extra, drop, limit=SENTENCES):
        span = typed_span(sentence, kind, question, terms, overlap) if kind else None
        found = find_in_pages(pages_of(hit.metadata["report"]), sentence)
        page, quote = found if found else (hit.metadata.get("page"), sentence)
        out.append(Extract(hit, sentence, overlap, span.text if span else None, page, quote, kind,
                           span.tie if span else 0.0))
    # A sentence with the span asked for beats a closer sentence without one.
    return sorted(out, key=lambda x: (x.highlight is None, -x.tie, -x.overlap)) if kind else out


#: Sentences considered for an answer.
SENTENCES = 8


def typed_span(sentence: str, kind: str, question: str, terms: set[str], overlap: float) -> Span | None:
    """The best span of the kind asked, if it is tied to the question: a quantity by its own
    clause (MIN_TIE), a date, phone or address by its sentence (MIN_SENTENCE_TIE)."""
    spans = candidates(sentence, kind, question)
    if kind in CLAUSE_KINDS:  # "多少粉丝": the thing counted must be in the clause counted
        heads = head_terms(question)
        spans = [s for s in spans if not heads or any(h in clause_of(sentence, s.start, s.end) for h in heads)]
    if not spans:
        return None
    measure = measure_asked(question)
    # a quantity's own list item, else its clause, must name what the question asks (the
    # shared words of "市长热线、市民热线等问题6件" come before the item); its sentence helps
    items = any(tie(sentence, span, terms) > 0 for span in spans)
    for span in spans:
        own = tie(sentence, span, terms, items=items)
        span.tie = (0.6 * own + 0.4 * overlap if own > 0 else 0.0) if kind in CLAUSE_KINDS else overlap
    best = max(spans, key=lambda s: (s.tie, bool(measure) and s.text.endswith(measure),
                                     bool(re.search(r"\D$", s.text)), -s.start))
    needed = MIN_TIE if kind in CLAUSE_KINDS else MIN_SENTENCE_TIE
    return best if best.tie >= needed else None


_HEAD_ZH = re.compile(lexicon.COUNTED_AFTER_ASKING)
_HEAD_EN = re.compile(r"\bhow many ([a-z][a-z -]{1,40}?)(?= did| do| does| were| was| are| is| has| have| had| in\b| for\b|\?|$)")


def head_terms(question: str) -> set[str]:
    """What a quantity counts, when the question says it after 多少 / "how many": 粉丝 of
    "有多少粉丝", 发布 of "how many posts". Empty when it does not (12345平台工单一共多少件)."""
    lower = question.lower()
    zh = _HEAD_ZH.search(lower)
    if zh:
        words = {t for t in tokenize(zh.group(1)) if len(t) >= 2} - QUESTION_WORDS
        return words
    en = _HEAD_EN.search(lower)
    if en:
        return {t for t in tokenize(glossary_terms(en.group(1))) if len(t) >= 2}
    return set()


#: Kinds whose span is tied to the question by its own clause; the others by their sentence.
CLAUSE_KINDS = ("count", "amount", "percent")
#: Share of the question's terms the sentence of a date, phone, email… must hold.
MIN_SENTENCE_TIE = 0.3


# --- the passage that answers a question ------------------------------------------------------------

#: A describing sentence needs at least this share of the question's content terms.
MIN_PASSAGE_OVERLAP = 0.5
#: What a sentence cannot answer across reports: one report's prose holds one report's number.
ACROSS_REPORTS = ("most", "least", "ranking", "total", "average", "trend", "difference")
#: Passages retrieved for a question.
TOP_PASSAGES = 5
_SIGNED = re.compile(SIGNED)
_FULL_DATE = re.compile(FULL_DATE)
#: How much of a report's end is where it is signed.
SIGNATURE_CHARS = 400


def best_passage(q: Query, s: Scope) -> PassageFound | AcrossReports | NotStated:
    """The sentence of the reports in scope that answers the question, with the span that
    answers when the question asks for a kind of span (a date, a count…)."""
    if q.asked in ACROSS_REPORTS and len(s.in_scope(q)) > 1:
        return AcrossReports(topic(q))
    filters = {"body": s.bodies_of(q) or None, "year": q.years or None, "kind": "passage"}
    retriever = s.retriever(q.language, filters)
    pages = lambda report: [(p.number, p.text) for p in s.catalog.pages(report)]  # noqa: E731
    context = q.topic if q.topic not in ("", q.text) else ""
    kind = expected_kind(q.text)
    if kind == "date" and _SIGNED.search(q.text.lower()):
        signed = signing_date(q, s)
        if signed is not None:
            return signed
    extracts = extract_answer(retriever, q.text, pages, q.language, drop=q.drop_terms, context=context)
    if kind:
        extracts = [x for x in extracts if x.highlight]
    else:
        extracts = [x for x in extracts if x.overlap >= MIN_PASSAGE_OVERLAP]
    if not extracts:
        return NotStated([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years), kind, topic(q))
    best = extracts[0]
    meta = best.passage.metadata
    citation = with_ocr(s, Citation(meta["report"], meta["body"], meta["year"], best.page, meta.get("section", ""),
                                    best.quote, highlight=best.highlight))
    return PassageFound(citation, best.sentence, best.highlight)


def signing_date(q: Query, s: Scope) -> PassageFound | None:
    """The last full date of the report's text, as it is signed at its end."""
    reports = s.in_scope(q)
    if len(reports) != 1:
        return None
    report = reports[0]
    for page in reversed(s.catalog.pages(report.report)):
        tail = page.text[-SIGNATURE_CHARS:]
        dates = list(_FULL_DATE.finditer(tail))
        if dates:
            date = dates[-1].group()
            line = next((ln for ln in tail.splitlines() if date in ln), date)
            citation = Citation(report.report, report.body, report.year, page.number, "", line.strip(), highlight=date)
            return PassageFound(citation, line.strip(), date, marked=False)
        break  # only the end of the report is where it is signed
    return None


def with_ocr(s: Scope, citation: Citation) -> Citation:
    """A quote from a recognised page says so, with the box and confidence of its line."""
    if not citation.page:
        return citation
    layout = s.catalog.page_ocr(citation.report, citation.page)
    if layout:
        from index.forms.ocr import locate

        first = citation.quote.strip().splitlines()[0] if citation.quote.strip() else ""
        citation.box, citation.confidence = locate(layout, first, None)
        citation.origin = "ocr"
    return citation
