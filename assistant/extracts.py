"""The sentences of retrieved passages that answer a question (`extract_answer`), best first,
each with the span of the kind asked (`typed_span`: a count, an amount, a date, a phone…) tied
to the question's terms in its own clause or list item, and the terms a sentence is scored by
(`content_terms`, `glossary_terms` for an English question, `head_terms`). passages.py picks
the passage that answers and cites it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.bm25 import tokenize
from index.chunks import sentences
from index.lexicon import questions as lexicon
from index.lexicon.asked import (
    ASPECT_MARKER,
    BEFORE_ASKING,
    MIN_NOUN_CHARS,
)
from index.lexicon.glossary import GLOSSARY
from index.lexicon.units import MEASURES, MONEY

from .prose_items import item_said, items_named
from .prose_scope import by_scope
from .prose_statements import item_before, part_unasked, qualified_otherwise
from .quotes import find_in_pages
from .retrieve import HybridRetriever, ScoredPassage
from .typed import (
    MIN_TIE,
    THING_WEIGHT,
    Asked,
    Span,
    answers,
    asked_noun,
    asked_thing,
    binds,
    binds_kind,
    candidates,
    clause_of,
    expected_kind,
    in_measure_asked,
    is_thing,
    measure_asked,
    measures_asked,
    names,
    names_part_asked,
    said_as,
    same_family,
    search_words,
    sites_asked,
    tie,
)
from .unsummed import part_for_whole

QUESTION_WORDS = lexicon.QUESTION_WORDS
QUANTITY_CUES = re.compile(lexicon.QUANTITY_CUES, re.I)
_YEARS = re.compile(lexicon.YEAR_WORDS)
_DATES = re.compile(lexicon.YEAR_OR_DATE)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?%?")
_ASPECT_END = re.compile(lexicon.ASPECT_END)
_ASKING_TERM = re.compile(lexicon.ASKING_TERM)
_TOPIC_ASKED = re.compile(lexicon.ABOUT_ASKED, re.I)
_TOPIC_SAID = re.compile(lexicon.ABOUT_SAID)
_TITLES = re.compile(r"《[^》]*》")  # a document's title: its 关于 names no topic of the sentence


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
    also: str | None = None  # the same thing's figure of the other scope, when the question says neither


def glossary_terms(question: str) -> str:
    lower = question.lower()
    return " ".join(zh for en, zh in GLOSSARY.items() if en in lower)


def content_terms(question: str, extra: str = "", drop: set[str] | None = None) -> set[str]:
    """Terms a answering sentence should contain. An English question is matched through the
    Chinese glossary words only (English words never occur in the reports' sentences)."""
    # CJK words quoted in an English question ("健康西夏") count as they are.
    source = (extra + " " + "".join(re.findall(r"[\u4e00-\u9fff]+", question))) if extra else question
    source = _YEARS.sub(" ", source)  # "2024年共制发" is not a word 年共制
    terms = {_ASPECT_END.sub("", t) for t in tokenize(source)} - QUESTION_WORDS - (drop or set())
    # A year says which report, not which sentence; one-character words say little.
    return {t for t in terms if len(t) > 1 and not (t.isdigit() and len(t) == 4) and not _ASKING_TERM.match(t)}


def best_sentences(question: str, hits: list[ScoredPassage], extra: str = "", drop: set[str] | None = None,
                   limit: int = 2, thing: Asked | None = None) -> list[tuple[float, ScoredPassage, str]]:
    terms = content_terms(question, extra, drop)
    wants_number = bool(QUANTITY_CUES.search(question))
    wants_topic = bool(_TOPIC_ASKED.search(question))
    if wants_topic:  # "哪些方面" only asks: no sentence says it
        terms = {t for t in terms if not _TOPIC_ASKED.fullmatch(t)}
    scored = []
    for rank, hit in enumerate(hits):
        body = hit.text.split("\n", 1)[-1]  # drop the header line
        for sentence in sentences(body):
            asked = said_as(thing, terms, sentence)
            words = set(tokenize(sentence)) | (asked - terms)  # the family's word is in the sentence
            if wants_topic:  # a title's 关于 names no topic; a sentence naming one says 关于 its own way (涉及)
                words = _topic_words(sentence, terms) | (asked - terms)
            weight = {t: len(t) * (THING_WEIGHT if is_thing(thing, t) else 1) for t in asked}
            overlap = sum(weight[t] for t in asked & words) / max(1, sum(weight.values()))
            if wants_number and not _has_quantity(sentence):
                overlap *= 0.4  # a question of quantity is not answered by a sentence without one
            if wants_topic and not _TOPIC_SAID.search(_TITLES.sub("", sentence)):
                overlap *= 0.4  # nor what a request was about by a sentence that names no topic
            if thing is not None and not names(thing, sentence):
                overlap *= 0.4  # nor a count of fans by a sentence that never says 粉丝
            score = overlap + 0.1 * hit.score - 0.02 * rank
            scored.append((score, overlap, hit, sentence))
    scored.sort(key=lambda x: -x[0])
    return [(overlap, hit, sentence) for _, overlap, hit, sentence in scored[:limit]]


def _topic_words(sentence: str, terms: set[str]) -> set[str]:
    """The words of a sentence, its documents' titles left out, with the question's words asking
    a topic (关于, 涉及…) when the sentence names one ("主要涉及征地拆迁等方面")."""
    text = _TITLES.sub("", sentence)
    said = {t for t in terms if t in lexicon.ABOUT_ASKING} if _TOPIC_SAID.search(text) else set()
    return set(tokenize(text)) | said


def _has_quantity(sentence: str) -> bool:
    """A number that is not a year or a date ("2020 年", "12 月 31 日")."""
    stripped = _DATES.sub("", sentence)
    return bool(_NUMBER.search(stripped))


def extract_answer(retriever: HybridRetriever, question: str, pages_of, language: str,
                   drop: set[str] | None = None, context: str = "", kind: str | None = None,
                   more: list[ScoredPassage] | None = None) -> list[Extract]:
    """The sentences that answer, best first. `context` (the topic of a follow-up) helps find
    the passage; the sentence and its span are chosen by the question itself ("按时回复率是多少？"
    after a question on 12345 cases). A question of a kind (a date, a phone number, a count…)
    is answered by a span of that kind tied to its terms; an Extract without one is context."""
    extra = glossary_terms(question) if language == "en" else ""
    kind = kind or expected_kind(question)
    thing = asked_thing(question) if kind in QUANTITY_KINDS else None
    wanted = search_words(thing) if thing is not None else ""
    hits = retriever.search(f"{context} {question}".strip(),
                            extra_terms=f"{extra} {glossary_terms(context)} {wanted}")
    seen = {h.id for h in hits}
    hits += [m for m in more or [] if m.id not in seen]  # passages naming the thing, missed by the search
    terms = content_terms(question, extra, drop)
    out = []
    for overlap, hit, sentence in best_sentences(question, hits, extra, drop, limit=SENTENCES, thing=thing):
        span = typed_span(sentence, kind, question, terms, overlap) if kind else None
        found = find_in_pages(pages_of(hit.metadata["report"]), sentence)
        page, quote = found if found else (hit.metadata.get("page"), sentence)
        out.append(Extract(hit, sentence, overlap, span.text if span else None, page, quote, kind,
                           span.tie if span else 0.0, span.also.text if span and span.also else None))
    # A sentence with the span asked for beats a closer sentence without one; a count in the very
    # measure word asked beats one in another word of its family ("多少篇": 138篇, not 171条).
    exact = kind == "count" and any(in_measure_asked(question, x.highlight) for x in out)
    # a part of a whole stated before it, its qualifier not asked ("电话咨询3200人次" after "约4900人次…其中")
    part = {id(x): x.highlight is not None and part_unasked(x.passage.text, x.sentence, x.highlight, question)
            for x in out}
    return sorted(out, key=lambda x: (x.highlight is None, part[id(x)], exact and not in_measure_asked(question, x.highlight),
                                      -x.tie, -x.overlap)) if kind else out


#: Sentences considered for an answer.
SENTENCES = 8


def typed_span(sentence: str, kind: str, question: str, terms: set[str], overlap: float) -> Span | None:
    """The best span of the kind asked, if it is tied to the question: a quantity by its own
    clause (MIN_TIE), a date, phone or address by its sentence (MIN_SENTENCE_TIE)."""
    spans = candidates(sentence, kind, question)
    if kind == "url":  # "which bureau website": the body's own site, not its government's portal
        spans = sites_asked(sentence, spans, question)
    noun = None
    if kind in CLAUSE_KINDS:
        # the unit asked ("多少万元") says which kind of number, not which number: the clause must
        # name what is asked in other words
        terms = {t for t in terms if t not in MONEY and t not in _MEASURE_WORDS}
    thing = asked_thing(question) if kind in QUANTITY_KINDS else None
    if thing is not None:  # "多少粉丝", "budget", "政务微博有多少个": the number's clause names it
        spans = [s for s in spans if answers(thing, sentence, s)]
    spans = [s for s in spans if names_part_asked(question, clause_of(sentence, s.start, s.end, items=True))]
    spans = items_named(question, sentence, spans)  # "多少项责任事项" of "A事项3646项、…责任事项4635项"
    if kind == "count":
        spans = _nearest_head_en(question, sentence, spans)
    if kind in CLAUSE_KINDS and (thing is None or not thing.key):  # what is counted, said after 多少
        heads = head_terms(question)
        spans = [s for s in spans if not heads or any(h in clause_of(sentence, s.start, s.end) for h in heads)]
        noun = asked_noun(question) if kind == "count" and not heads else None
        # one category asked by its name ("投诉类和咨询类" are two things: each bound apart below)
        category = _CATEGORY.search(noun) if noun is not None and noun.count(lexicon.CATEGORY_MARK) == 1 else None
        if category is not None:  # "为民办实事类信息主动公开": the category's own name is the thing,
            noun = _CATEGORY_START.split(category.group())[-1]  # said whole in the number's own item
            spans = [s for s in spans if _names_category(noun, clause_of(sentence, s.start, s.end, items=True))]
        if noun is not None and category is None:  # "投诉类的多少件": only a number whose own item names 投诉类
            bound = []
            if noun + ASPECT_MARKER in question and len(noun) > MIN_NOUN_CHARS:
                # "政策解读发了多少篇", "疫情防控类信息公开了几条": the verb ends the noun; the thing first
                for verb in (2, 1):  # a verb of two characters (公开) or one (发)
                    thing_only = _BEFORE_ASKING.sub("", noun[:-verb])
                    bound = bound_spans(sentence, spans, thing_only) if len(thing_only) >= MIN_NOUN_CHARS else []
                    if bound:
                        noun = thing_only
                        break
            bound = bound or bound_spans(sentence, spans, noun)
            spans = bound
    if not spans:
        return None
    measure = thing.measure if thing is not None and thing.measure else measure_asked(question)
    if kind == "count":  # "多少人" is not answered by "4 次"
        asked = [measure] if thing is not None and thing.measure else measures_asked(question)
        spans = [s for s in spans if not asked or any(same_family(m, s.text) for m in asked)]
        if not spans:
            return None
    # a quantity's own list item, else its clause, must name what the question asks (the
    # shared words of "市长热线、市民热线等问题6件" come before the item); its sentence helps
    said = {id(span): said_as(thing, terms, _naming_clause(sentence, span, thing)) for span in spans}
    items = any(tie(sentence, span, said[id(span)], thing=thing) > 0 for span in spans)
    for span in spans:
        own = tie(sentence, span, said[id(span)], items=items, thing=thing)
        span.tie = (0.6 * own + 0.4 * overlap if own > 0 else 0.0) if kind in CLAUSE_KINDS else overlap
    tied = [s for s in spans if s.tie >= (MIN_TIE if kind in CLAUSE_KINDS else MIN_SENTENCE_TIE)]
    if kind == "count" and any(in_measure_asked(question, s.text) for s in tied):
        spans = [s for s in tied if in_measure_asked(question, s.text)]  # the word asked wins (above)
    best = max(spans, key=lambda s: (s.tie, bool(measure) and s.text.endswith(measure),
                                     bool(re.search(r"\D$", s.text)), -s.start))
    best = by_scope(sentence, spans, best, question, SCOPE_CLOSE)  # the year's own, or the running total
    item = clause_of(sentence, best.start, best.end, items=True)
    if noun is not None and (noun in item or binds_kind(noun, item, sentence[:best.start])):
        best.tie = max(best.tie, MIN_TIE)  # its own item says the whole thing asked (or its kind of the whole): tied
    if kind == "count" and item_said(question, sentence, best):  # "责任事项呢" of "…,责任事项4635项,…"
        best.tie = max(best.tie, MIN_TIE)
    needed = MIN_TIE if kind in CLAUSE_KINDS else MIN_SENTENCE_TIE
    if kind == "count" and part_for_whole(question, clause_of(sentence, best.start, best.end)):
        return None  # "一共梳理了多少项" of "共梳理出A 2917项、B 240项": the whole has no figure
    if kind == "count" and qualified_otherwise(item_before(sentence, best.start), question + " ".join(terms)):
        return None  # "关停…运维不及时的政府网站1个" counts no websites the question asks of
    return best if best.tie >= needed else None


_MEASURE_WORDS = set(MEASURES.split("|"))


_CATEGORY = re.compile(lexicon.INFO_CATEGORY)


_CATEGORY_START = re.compile(f"[{lexicon.BEFORE_CATEGORY}]")


_BEFORE_ASKING = re.compile(rf"{BEFORE_ASKING}$")


_HEAD_ZH = re.compile(lexicon.COUNTED_AFTER_ASKING)


_HEAD_EN = re.compile(r"\bhow many ([a-z][a-z -]{1,40}?)(?= did| do| does| were| was| are| is| has| have| had| in\b| for\b|\?|$)")


def _names_category(category: str, item: str) -> bool:
    """Does a listing's item name the category asked ("重大建设项目类" in "重大建设项目、为民办实事类信息
    272条": a name joined by 、 names each piece's category), never only its ending (项目类)?"""
    name = category.removesuffix(lexicon.CATEGORY_MARK)
    at = item.find(name)
    return at >= 0 and lexicon.CATEGORY_MARK in item[at + len(name):]


def _naming_clause(sentence: str, span: Span, thing: Asked | None) -> str:
    """The span's own list item when it names the thing ("…产生的信息公开费用1万元" says 费用,
    though its clause opened with 支出), else its clause."""
    item = clause_of(sentence, span.start, span.end, items=True)
    named = thing is not None and thing.clause is not None and thing.clause.search(item)
    return item if named else clause_of(sentence, span.start, span.end)


def bound_spans(sentence: str, spans: list[Span], noun: str) -> list[Span]:
    """The spans whose own list item names most of the thing asked (its head at least): "投诉类
    251件" for 投诉类, never "微博投诉件 8件" nor a number of another clause; [] when none does."""
    bound = [(binds(noun, item := clause_of(sentence, s.start, s.end, items=True))
              or binds_kind(noun, item, sentence[:s.start]), s) for s in spans]  # "投诉类工单": 投诉类 of 工单
    most = max((n for n, _ in bound), default=0)
    return [s for n, s in bound if n == most] if most else []


def _nearest_head_en(question: str, sentence: str, spans: list[Span]) -> list[Span]:
    """"how many government new-media accounts": an English noun phrase's head comes last, so of
    figures whose own items name different words of it ("2个政府网站、29个政务新媒体"), the one naming
    the latest word (新媒体, not 政府) counts what is asked; the spans as they are otherwise."""
    en = _HEAD_EN.search(question.lower())
    if en is None or len(spans) < 2:
        return spans
    for word in reversed(en.group(1).split()):
        zh = glossary_terms(word).split()
        named = [s for s in spans if any(z in clause_of(sentence, s.start, s.end, items=True) for z in zh)]
        if named:
            return named
    return spans


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


#: How much less closely tied a figure of the other scope (year's own / running total) may be and still rival.
SCOPE_CLOSE = 0.15


#: Kinds asked of a thing counted or priced (lexicon.asked): a count or an amount.
QUANTITY_KINDS = ("count", "amount")


#: Share of the question's terms the sentence of a date, phone, email… must hold.
MIN_SENTENCE_TIE = 0.3
