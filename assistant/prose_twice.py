"""One thing a report's prose states twice, with different figures.

"解答纳税人咨询达3000多人次" in one section and "2013年有约4900人次通过各种方式…咨询涉税信息" in
another count the same consultations of the same year: giving one of them silently answers a
question the report itself answers two ways. The figure found is kept, and another statement of
its report is its rival when it is counted in the same measure word, its clause names every word
of the question the found figure's clause names (the thing asked), and it is none of what a
figure beside it is without being a restatement:
- a part (after 其中 in its sentence: "其中现场咨询1600人次"; or of the body's towns, streets…:
  "各乡镇主动公开856条" beside the whole body's "主动公开2543条"),
- a running total (累计, 截至…: prose_scope decides),
- a change or comparison ("比上年增加300人次"), or a figure of another year,
- a narrower kind (its own words before the number hold a word neither the question nor the
  found clause says: "电话咨询3200人次" is the phone consultations only), or another thing: the
  question's words after the found figure ("40期安全生产信息简报") missing from its clause.
Exactly one other figure must be stated so; then both are given, each quoted, the one whose
wording the question's fits first ("roughly"/约 ↔ "约4900", "more than"/超过 ↔ "3000多").

    restated(q, s, found, terms)   # found, or ProseTwice(first, second)
"""

from __future__ import annotations

import re

from index.bm25 import tokenize
from index.lexicon.prose import (
    CHANGE_IN_CLAUSE,
    FLOOR_ASKED,
    FLOOR_BEFORE,
    PARTS_OPENER,
    ROUGH_AFTER,
    ROUGH_ASKED,
    ROUGH_BEFORE,
    YEAR_NAMED,
)

from .answer import Citation
from .findings import PassageFound, ProseTwice
from .prose_clauses import chinese_of, counted_words
from .prose_statements import Statement, number_of, read
from .quotes import cited_clause, with_ocr
from .scope import Scope
from .understanding import Query
from .understanding.body_parts import body_parts_named

_CLAUSE_BREAK = re.compile(r"[，,。；;！？!?：:]")
_FULL_STOP = re.compile(r"[。！？!?]")
_CHANGE = re.compile(CHANGE_IN_CLAUSE)
_YEAR = re.compile(YEAR_NAMED)
_ROUGH_BEFORE, _ROUGH_AFTER = re.compile(ROUGH_BEFORE), re.compile(ROUGH_AFTER)
_FLOOR_BEFORE = re.compile(FLOOR_BEFORE)
_ROUGH_ASKED, _FLOOR_ASKED = re.compile(ROUGH_ASKED, re.I), re.compile(FLOOR_ASKED, re.I)
_HAN = re.compile("[\u4e00-\u9fff]")
#: Characters of a figure's words that say how it is given, not what it counts.
_HOW_GIVEN = re.compile(f"{ROUGH_BEFORE.rstrip('$')}|{FLOOR_BEFORE.rstrip('$')}")


def _flat(text: str) -> str:
    return re.sub(r"\s", "", text)


def restated(q: Query, s: Scope, found: PassageFound, terms: set[str]) -> PassageFound | ProseTwice:
    """`found`, or both figures when its report's prose states the thing asked once more with
    another figure (module doc)."""
    if not found.highlight or number_of(found.highlight) is None:
        return found
    if q.language == "en":  # "taxpayer consultations": the Chinese of the thing counted is the question's too
        terms = terms | {zh for group in chinese_of(counted_words(q)) for zh in group}
    c = found.citation
    pages = [(p.number, p.text) for p in s.catalog.pages(c.report)]
    statements = [(number, text, st) for number, text in pages for st in read(text)]
    # the found sentence may be its statement's sentence cut before a breakdown ("…咨询…，其中…")
    mine = next(((n, t, st) for n, t, st in statements if n == c.page and st.value == number_of(found.highlight)
                 and (_flat(st.quote) in _flat(found.sentence) + _flat(c.quote)
                      or _flat(found.sentence) in _flat(st.quote))), None)
    if mine is None:
        return found
    if _a_part(mine[1], mine[2]):
        return found  # a part of a whole: the whole is another thing, no restatement
    clause = _clause(mine[1], mine[2])
    head = _head(clause, mine[2], terms)
    if head is None:
        return found
    allowed = _flat(clause) + "".join(terms)
    counted = _after(clause, mine[2], terms)
    rivals = [(n, t, st) for n, t, st in statements if _rival(t, st, mine[2], (head, *counted), allowed, c.year)]
    if len({st.value for _, _, st in rivals}) != 1:
        return found
    number, text, st = rivals[0]
    other = _passage(s, c, number, text, st)
    if _fits(q.text, text, st) and not _fits(q.text, mine[1], mine[2]):
        return ProseTwice(other, found)
    return ProseTwice(found, other)


def _head(clause: str, st: Statement, terms: set[str]) -> str | None:
    """The question's word that names what a figure counts: of the question's words its clause
    holds, the one nearest before the figure (else the first after it)."""
    flat, at = _figure_at(clause, st)
    said = sorted((flat.find(t), t) for t in terms if _HAN.search(t) and t in flat)
    before = [t for i, t in said if i + len(t) <= at]
    after = [t for i, t in said if i >= at]
    return before[-1] if before else (after[0] if after else None)


def _after(clause: str, st: Statement, terms: set[str]) -> list[str]:
    """The question's words a figure's clause says after it: the thing it counts when the noun
    follows the measure ("发布了40期安全生产信息简报"), which a restatement must say too ("发布4期
    …监测情况" counts another thing)."""
    flat, at = _figure_at(clause, st)
    return [t for t in terms if _HAN.search(t) and len(t) >= 2 and t in flat[at:]]


def _figure_at(clause: str, st: Statement) -> tuple[str, int]:
    """A clause without its spaces, and where its figure stands in it."""
    flat = _flat(clause)
    return flat, flat.find(_flat(st.quote[st.at:st.at + len(str(st.value))]))


def _rival(text: str, st: Statement, mine: Statement, said: tuple[str, ...], allowed: str, year: int) -> bool:
    """Whether a statement states what `mine` does with another figure (module doc); `said`: the
    words its clause must say too (what names mine's thing, and the thing after mine's measure)."""
    if st.measure != mine.measure or st.value == mine.value or st.running or _flat(st.quote) == _flat(mine.quote):
        return False
    if _a_part(text, st):
        return False
    clause = _flat(_clause(text, st))
    if any(w not in clause for w in said) or _CHANGE.search(clause):
        return False
    if any(int(y) != year for y in _YEAR.findall(clause)):
        return False
    words = _HOW_GIVEN.sub("", _flat(st.item))  # a narrower kind says a word neither the question nor mine does
    return all(t in allowed for t in tokenize(words) if len(t) >= 2 and _HAN.search(t))


def _a_part(text: str, st: Statement) -> bool:
    """Whether a figure is a part of a whole: 其中 before it in its sentence (a list of parts may
    run on past a semicolon)."""
    opened = max((m.end() for m in _FULL_STOP.finditer(text, 0, st.start)), default=0)
    # "各乡镇主动公开政府信息674条": a part of the body, its item naming the part
    return PARTS_OPENER in text[opened:st.start] or bool(body_parts_named(st.item))


def _clause(text: str, st: Statement) -> str:
    """The clause a figure stands in: back to the last clause break, on to the next."""
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, st.start)), default=0)
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(text, st.end)), len(text))
    return text[left:right]


def _said(text: str, st: Statement) -> str:
    """The figure as printed, with a rough word before it ("约4900人次")."""
    before = _ROUGH_BEFORE.search(text, max(0, st.start - 2), st.start) if st.start else None
    return (before.group() if before else "") + text[st.start:st.end]


def _fits(question: str, text: str, st: Statement) -> bool:
    """Whether the question's wording fits how the figure is given: a rough question a rough
    figure ("约", "左右"), a "more than" question a floor ("3000多", "超过3000")."""
    rough = bool(_ROUGH_BEFORE.search(text[max(0, st.start - 2):st.start]) or _ROUGH_AFTER.match(text[st.end:]))
    floor = st.approximate or bool(_FLOOR_BEFORE.search(text[max(0, st.start - 2):st.start]))
    if _ROUGH_ASKED.search(question):
        return rough
    return floor if _FLOOR_ASKED.search(question) else False


def _passage(s: Scope, cited: Citation, page: int, text: str, st: Statement) -> PassageFound:
    """The rival figure's sentence, cited to its page and marked."""
    highlight = _said(text, st)
    citation = Citation(cited.report, cited.body, cited.year, page, cited.section, st.quote, highlight=highlight)
    return PassageFound(with_ocr(s, cited_clause(citation, st.quote)), st.quote, highlight)
