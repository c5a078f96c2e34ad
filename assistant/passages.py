"""Answers from prose: retrieve passages, pick the sentence that answers, quote it verbatim.

No language model runs offline, so the answer is extractive: the best sentence (or two) of the
best passages, the answering number highlighted, cited with the raw quote from the page.

Where each part lives: this module picks the passage that answers a question (`best_passage`,
`typed_passage`: several asks apart, a gap, a sum, a share; "not found" naming what was looked
for); the sentences of the retrieved passages and their spans are scored in extracts.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon import questions as lexicon
from index.lexicon.asked import (
    BEFORE_HEADCOUNT,
    HEADCOUNT,
    HEADCOUNT_ASKED,
    HEADCOUNT_ENDINGS,
    HEADCOUNT_OF_PEOPLE,
    PEOPLE_HEADS,
)
from index.lexicon.kinds import CONTACT_NAMED, LABELLED
from index.lexicon.questions import SIGNED

from .answer import Citation
from .extracts import (
    QUANTITY_KINDS,
    content_terms,
    extract_answer,
    glossary_terms,
)
from .findings import AcrossReports, Aggregate, MetricSum, NotStated, PassageFound, Ratio, Several
from .labelled import SCAN_FIRST, labelled_value, signing_date
from .prose_breakdown import continued, whole_of_breakdown
from .prose_clauses import english_clause, quote_asked
from .prose_gap import asks_gap, gives_part_done, prose_gap, without_gap
from .prose_parts_en import english_parts
from .prose_series import prose_change_percent, prose_series
from .prose_share import part_asked, prose_share
from .prose_statements import number_of
from .prose_sum import asks_sum, each_thing, prose_each, prose_sum
from .prose_twice import restated
from .quotes import cited_clause, with_ocr
from .retrieve import ScoredPassage
from .scope import NO_BODY, Scope
from .typed import (
    Asked,
    asked_noun,
    asked_parts,
    asked_thing,
    expected_kind,
    expected_kinds,
    family_named,
    names,
    person_label,
)
from .understanding import Query, topic
from .understanding.intent_rules import asks_change
from .understanding.topic import without_names

#: Kinds a question asking several things at once is split for (a count, a date, a name).
PART_KINDS = ("count", "date", "person")


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
