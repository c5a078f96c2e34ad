"""Answers from prose: retrieve passages, pick the sentence that answers, quote it verbatim.

No language model runs offline, so the answer is extractive: the best sentence (or two) of the
best passages, the answering number highlighted, cited with the raw quote from the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.bm25 import tokenize
from index.chunks import sentences
from index.lexicon import questions as lexicon
from index.lexicon.asked import (
    ASPECT_MARKER,
    BEFORE_ASKING,
    BEFORE_HEADCOUNT,
    HEADCOUNT,
    HEADCOUNT_ASKED,
    HEADCOUNT_ENDINGS,
    HEADCOUNT_OF_PEOPLE,
    MIN_NOUN_CHARS,
    PEOPLE_HEADS,
)
from index.lexicon.glossary import GLOSSARY
from index.lexicon.kinds import CONTACT_NAMED, LABELLED
from index.lexicon.questions import SIGNED
from index.lexicon.units import MEASURES, MONEY

from .answer import Citation
from .findings import AcrossReports, Aggregate, MetricSum, NotStated, PassageFound, Ratio, Several
from .labelled import SCAN_FIRST, labelled_value, signing_date
from .prose_breakdown import continued, whole_of_breakdown
from .prose_clauses import english_clause, quote_asked
from .prose_gap import asks_gap, gives_part_done, prose_gap, without_gap
from .prose_items import item_said, items_named
from .prose_parts_en import english_parts
from .prose_scope import by_scope
from .prose_series import prose_change_percent, prose_series
from .prose_share import part_asked, prose_share
from .prose_statements import item_before, number_of, part_unasked, qualified_otherwise
from .prose_sum import asks_sum, each_thing, prose_each, prose_sum
from .prose_twice import restated
from .quotes import cited_clause, find_in_pages, with_ocr
from .retrieve import HybridRetriever, ScoredPassage
from .scope import NO_BODY, Scope
from .typed import (
    MIN_TIE,
    THING_WEIGHT,
    Asked,
    Span,
    answers,
    asked_noun,
    asked_parts,
    asked_thing,
    binds,
    binds_kind,
    candidates,
    clause_of,
    expected_kind,
    expected_kinds,
    family_named,
    in_measure_asked,
    is_thing,
    measure_asked,
    measures_asked,
    names,
    names_part_asked,
    person_label,
    said_as,
    same_family,
    search_words,
    sites_asked,
    tie,
)
from .understanding import Query, topic
from .understanding.query import asks_change
from .understanding.topic import without_names
from .unsummed import part_for_whole

QUESTION_WORDS = lexicon.QUESTION_WORDS
#: Kinds a question asking several things at once is split for (a count, a date, a name).
PART_KINDS = ("count", "date", "person")
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


# --- the passage that answers a question ------------------------------------------------------------

#: A describing sentence needs at least this share of the question's content terms.
MIN_PASSAGE_OVERLAP = 0.5
#: What a sentence cannot answer across reports: one report's prose holds one report's number.
ACROSS_REPORTS = ("most", "least", "ranking", "total", "average", "trend", "difference")
#: Passages retrieved for a question.
TOP_PASSAGES = 5
_SIGNED = re.compile(SIGNED)


def best_passage(q: Query, s: Scope) -> PassageFound | AcrossReports | NotStated | Several | Aggregate | Ratio \
        | MetricSum:
    """The sentence of the reports in scope that answers the question, with the span that
    answers when the question asks for a kind of span (a date, a count…). A question asking
    several labelled values ("邮编和电子邮箱") gets each, or "not found" for each."""
    several = len(s.in_scope(q)) > 1
    if several and (change := prose_change_percent(q, s, family_named(q.text), terms_beyond_names(q))):
        return change  # "访问量2015年比2014年增长了百分之多少": the difference of two cited figures, in percent
    if q.asked in ACROSS_REPORTS and (several or asks_change(q)):
        # one phrase of the prose stated by every report needed is compared; else refused (a
        # change of one report's year: the year missing said, when its statement is clear)
        extra = glossary_terms(q.text) if q.language == "en" else ""
        series = prose_series(q, s, family_named(q.text), content_terms(q.text, extra, q.drop_terms))
        if series is not None or several:
            return series if series is not None else AcrossReports(topic(q))
    # "那灵武市卫健局2020年的呢？" after a phone question asks no kind of its own: the phone again
    carried = q.inherited and q.topic not in ("", q.text) and not expected_kinds(q.text)
    asked = q.topic if carried and set(expected_kinds(q.topic)) <= set(LABELLED) and expected_kinds(q.topic) else q.text
    kinds = expected_kinds(asked)
    if len(kinds) > 1:
        return Several([typed_passage(q, s, kind) for kind in kinds])
    kind = expected_kind(asked)
    parts = asked_parts(q.normalized, q.language) if kind in PART_KINDS else []
    if parts:  # "一共多少个新媒体？其中微信公众号几个？": each count from its own clause, each cited
        parts, queries = _each_apart(q, parts)
        found = [_in_english(part, s, typed_passage(part, s, expected_kind(part.text) or kind)) for part in queries]
        if q.language == "en" and any(isinstance(f, NotStated) for f in found):
            found = _with_companions(found, english_parts(q, s))
        if len(parts) >= 2 and _SCOPED_PART.search(q.normalized, *parts[1]):
            # "约4900人次…，其中…电话咨询3200人次": the whole is the one the part found is an item of
            found[0] = whole_of_breakdown(s, found[1]) or found[0]
        for i in range(1, len(found)):  # "开了多少个微信公众号，发了多少条信息": the first's thing's own
            found[i] = continued(found[i - 1], queries[i]) or found[i]
        if kind == "count" and isinstance(found[0], PassageFound):  # the whole stated twice: both totals
            found[0] = restated(queries[0], s, found[0], terms_beyond_names(queries[0]))
        if not _part_exceeds_whole(q.normalized, parts, found):
            return Several(found)
    found = typed_passage(without_gap(q) if kind == "count" and asks_gap(q) else q, s, kind)
    if isinstance(found, NotStated) and q.language == "en":
        # an English question shares no word with the Chinese prose: the clause the embedder
        # and the bilingual words place nearest it, when it is near enough and unambiguous
        found = clause if isinstance(clause := english_clause(q, s), PassageFound) else found
    if kind == "count" and isinstance(found, PassageFound | Several) and asks_gap(q):
        # "还有多少件没办结", "收件和办结相差多少件": two figures of the sentence, one less the other
        found = prose_gap(q, s, found) or (NotStated([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years), None,
                                                     asked_topic(q, None)) if gives_part_done(q, found) else found)
    elif kind in QUANTITY_KINDS and isinstance(found, PassageFound) and asks_sum(q):
        # "微信和微博一共多少条": the things joined, each from the sentence; never one of them as the sum
        found = prose_sum(q, s, found) or found
    elif kind in QUANTITY_KINDS and asks_sum(q):
        # no sentence answers the things joined at once: one thing's sentence may state both
        alone = (typed_passage(one, s, kind) for one in each_thing(q))
        found = next((summed for one in alone if isinstance(one, PassageFound)
                      and isinstance(summed := prose_sum(q, s, one), MetricSum)), found)
    elif kind == "count" and isinstance(found, PassageFound):
        # "多少个政府网站和政务新媒体": each thing joined, its own figure from the sentence; else the
        # same thing stated once more elsewhere with another figure: both, never one silently
        found = prose_each(q, s, found) or restated(q, s, found, terms_beyond_names(q))
    if isinstance(found, NotStated) and ("ratio" in (q.asked, q.intent) or part_asked(q.text) is not None):
        # no sentence states the share: a sentence of its whole and parts may give it (a rate
        # named by the question, "收到的咨询投诉件办结率", though no table's statistic was linked)
        extra = glossary_terms(q.text) if q.language == "en" else ""
        share = prose_share(q, s, content_terms(q.text, extra, q.drop_terms), extra)
        if share is not None and asks_gap(q) and isinstance(count := typed_passage(without_gap(q), s, "count"),
                                                          PassageFound) and (gap := prose_gap(q, s, count)):
            return Several([share, gap])  # "办结率是多少？还有多少件没办结？": the remainder asked too
        return share if share is not None else found
    return found


_SCOPED_PART = re.compile(lexicon.SCOPED, re.I)


def _in_english(q: Query, s: Scope, found):
    """An English ask no sentence shares a word with: the clause nearest it, as for a single ask."""
    if isinstance(found, NotStated) and q.language == "en" and isinstance(clause := english_clause(q, s), PassageFound):
        return clause
    return found


def _with_companions(found: list, companions: Several | None) -> list:
    """An English ask's parts not stated by their own clause, taken from the figures said on in the
    first part's sentence (prose_parts_en), when that sentence is the first part's own, or all of
    them when none was found: never a companion of another sentence beside a part found elsewhere."""
    if companions is None or len(companions.parts) != len(found):
        return found
    first, own = found[0], companions.parts[0]
    if isinstance(first, PassageFound) and (first.citation.report, first.sentence) != (own.citation.report, own.sentence):
        return found
    return [c if isinstance(f, NotStated) else f for f, c in zip(found, companions.parts, strict=True)]


def _part_exceeds_whole(text: str, parts: list[tuple[int, int]], found: list) -> bool:
    """"how many …, and how many of those …?": a part ("of those", 其中) found larger than the whole
    found first says the whole was another figure (3000 answered vs 4900 asked): not answered apart."""
    def value(finding) -> float | None:
        return number_of(finding.highlight) if isinstance(finding, PassageFound) else None
    whole = value(found[0])
    return whole is not None and any(_SCOPED_PART.search(text, a, b) and (v := value(f)) is not None and v > whole
                                     for (a, b), f in zip(parts[1:], found[1:], strict=True))


_BREAKDOWN = re.compile(lexicon.SCOPED)


_EACH_OF_TWO = re.compile(lexicon.EACH_OF_TWO)
_ASKING = re.compile(lexicon.PART_ASKING, re.I)


def _each_apart(q: Query, parts: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[Query]]:
    """The queries of the parts, a part asking the same of two things ("其中微博和微信各几个") as two
    ("其中微博几个", "其中微信几个"), each with its part's span."""
    spans, out = [], []
    for span, part in zip(parts, _parts_of(q, parts), strict=True):
        lead = _BREAKDOWN.match(part.text.strip())
        head = lead.group() if lead else ""
        pair = _EACH_OF_TWO.fullmatch(part.text.strip()[len(head):])
        if pair is None or not _ASKING.search(pair.group("ask")):
            spans.append(span)
            out.append(part)
            continue
        for thing in (pair.group("a"), pair.group("b")):
            text = head + thing + pair.group("ask")
            spans.append(span)
            out.append(replace(part, text=text, normalized=text, topic=text, mentions=[]))
    return spans, out


def _parts_of(q: Query, parts: list[tuple[int, int]]) -> list[Query]:
    """A query per question asked at once, with the bodies and years of the whole question and
    the names said in its own part."""
    out = []
    for start, end in parts:
        text = q.normalized[start:end]
        mentions = [replace(m, start=m.start - start, end=m.end - start) for m in q.mentions
                    if start <= m.start and m.end <= end]
        out.append(replace(q, text=text, normalized=text, mentions=mentions, topic=text, message=q.message or q.text))
    return out


def typed_passage(q: Query, s: Scope, kind: str | None) -> PassageFound | NotStated:
    if kind == "date" and _SIGNED.search(q.text.lower()):
        signed = signing_date(q, s)
        if signed is not None:
            return signed
    if kind in SCAN_FIRST and (labelled := labelled_value(q, s, kind)) is not None:
        return labelled
    filters = {"body": s.bodies_of(q) or None, "year": q.years or None, "kind": "passage"}
    retriever = s.retriever(q.language, filters)
    pages = lambda report: [(p.number, p.text) for p in s.catalog.pages(report)]  # noqa: E731
    context = q.topic if q.topic not in ("", q.text) else ""
    extracts = extract_answer(retriever, q.text, pages, q.language, drop=q.drop_terms, context=context, kind=kind,
                              more=naming_passages(q, s, kind))
    if kind:
        extracts = [x for x in extracts if x.highlight]
    else:
        extracts = [x for x in extracts if x.overlap >= MIN_PASSAGE_OVERLAP]
    if not extracts:
        # a labelled value, a name by its label, or the web address the report gives ("本报告在
        # 海原县人民政府网（http://…）公布" shares no word with "在哪个网站下载")
        scan = kind in LABELLED and kind not in SCAN_FIRST or kind == "person" and person_label(q.text) or kind == "url"
        labelled = labelled_value(q, s, kind) if scan else None
        thing = asked_thing(q.text) if kind in QUANTITY_KINDS else None
        said = kind if thing is None or thing.clause is None else None  # "no budget", not "no amount"
        return labelled or NotStated([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years), said,
                                     asked_topic(q, thing))
    best = extracts[0]
    meta = best.passage.metadata
    highlights = [best.highlight, *([best.also] if best.also else [])]
    # one contact value answered of several the question names: its line whole shows the others
    cut = not (len(highlights) == 1 and len(set(re.findall(CONTACT_NAMED, q.text.lower()))) > 1)
    asked = quote_asked(q)
    found = [PassageFound(with_ocr(s, cited_clause(Citation(meta["report"], meta["body"], meta["year"], best.page,
                                                            meta.get("section", ""), best.quote, highlight=h),
                                                   best.sentence, asked) if cut else
                                   Citation(meta["report"], meta["body"], meta["year"], best.page,
                                            meta.get("section", ""), best.quote, highlight=h)),
                          best.sentence, h, cut=cut, asked=asked)
             for h in highlights]
    return found[0] if len(found) == 1 else Several(found)


#: Words an English topic may have to be said as it is ("followers", "government Weibo posts").
EN_TOPIC_WORDS = 4


def asked_topic(q: Query, thing: Asked | None) -> str:
    """What a "not found" names: the thing asked and what it is asked of ("微信公众号粉丝",
    "budget"), never the asking verb ("微信公众号有"); a count of people names their number
    ("专职做公开工作的有多少人": 专职做公开工作的人数), not only who they are."""
    named = _thing_named(q, thing)
    if q.language == "en" or not _HEADCOUNT_ASKED.search(q.text):
        return named
    if named.endswith(HEADCOUNT_ENDINGS):
        return named
    named = named.rstrip(BEFORE_HEADCOUNT)
    return named + (HEADCOUNT_OF_PEOPLE if named.endswith(PEOPLE_HEADS) else HEADCOUNT)


def _thing_named(q: Query, thing: Asked | None) -> str:
    """The thing asked and what it is asked of, as the question names it."""
    general = topic(q)
    if thing is None or thing.clause is None:
        noun = asked_noun(without_names(q)) if q.language != "en" else None
        # "专栏的访问量是多少人次": the head nearest the asking word (访问量) with what it is of
        return noun if noun and general in noun else general
    if q.language == "en":
        fits = thing.word in general.lower() and len(general.split()) <= EN_TOPIC_WORDS
        return general if fits else thing.word
    return (thing.subject.word if thing.subject is not None else "") + thing.word


def terms_beyond_names(q: Query) -> set[str]:
    """The question's content terms, the bodies and years it names left out."""
    extra = glossary_terms(q.text) if q.language == "en" else ""
    return content_terms(without_names(q), extra, q.drop_terms)


_HEADCOUNT_ASKED = re.compile(HEADCOUNT_ASKED)

#: Reports whose every passage naming the thing asked is read (a body's report of a year or two).
NAMING_REPORTS = 2


def naming_passages(q: Query, s: Scope, kind: str | None) -> list[ScoredPassage]:
    """The passages of the reports asked that name the thing counted ("兼职人员1人" for "几个
    兼职做信息公开的人"): a short report section the search ranks below longer ones is still read."""
    thing = asked_thing(q.text) if kind in QUANTITY_KINDS else None
    reports = s.in_scope(q)
    if thing is None or not q.years or not reports or len(reports) > NAMING_REPORTS:
        return []
    return [ScoredPassage(p.id, p.text, {"report": p.report, "body": p.body, "year": p.year, "page": p.page,
                                         "section": p.section}, 0.0)
            for r in reports for p in s.catalog.passages(r.report) if p.kind == "passage" and names(thing, p.text)]
