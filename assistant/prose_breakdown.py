"""The figures of a question's second ask read from the first's answer (assistant.passages, the
asks answered apart): the whole a part found is a breakdown of ("…2069条。其中，区直…1592条。各乡镇
…477条": 其中 may open an earlier sentence of the list of parts), and a second ask naming no thing
of its own that goes on asking of the first's thing ("开了多少个微信公众号，发了多少条信息")."""

from __future__ import annotations

import re
from dataclasses import replace

from index.bm25 import tokenize
from index.lexicon import questions as lexicon

from .answer import Citation
from .findings import PassageFound
from .quotes import locate, with_ocr
from .scope import Scope
from .typed import asked_thing, measure_asked
from .understanding import Query
from .understanding.body_parts import body_parts_named

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?%?")
_BREAKDOWN = re.compile(lexicon.SCOPED)
_SCOPED_PART = re.compile(lexicon.SCOPED, re.I)
_SENTENCE_END = re.compile(r"[。！？!?]")


def whole_of_breakdown(s: Scope, part) -> PassageFound | None:
    """The whole a part found is a breakdown of ("of those" / 其中 point at it, whatever other total
    a sentence elsewhere states): in the part's own sentence, the last amount in the part's unit
    before the breakdown word (其中) that precedes the part ("2013年有约4900人次…咨询…，其中现场咨询
    1600人次…；电话咨询3200人次"). None when the part stands in no such sentence."""
    if not isinstance(part, PassageFound) or not part.highlight or (number := _NUMBER.search(part.highlight)) is None:
        return None
    unit, cited = part.highlight[number.end():].strip(), part.citation
    page = next((p.text for p in s.catalog.pages(cited.report) if p.number == cited.page), "")
    found = locate(page, part.sentence) if unit else None
    if found is None:
        return None
    inside = locate(page[found[0]:found[1]], part.highlight)
    at = found[0] + (inside[0] if inside else 0)  # the part's amount: its breakdown word may open its sentence
    start = max((m.end() for m in _SENTENCE_END.finditer(page, 0, at)), default=0)
    breakdown = list(_BREAKDOWN.finditer(page, start, at)) or _opening_breakdown(page, start)
    if breakdown and breakdown[-1].start() < start:  # the whole: the sentence before the one 其中 opens
        start = max((m.end() for m in _SENTENCE_END.finditer(page, 0, breakdown[-1].start() - 1)), default=0)
    amounts = list(re.finditer(r"\d[\d,]*(?:\.\d+)?\s*" + re.escape(unit), page[start:breakdown[-1].start()])) \
        if breakdown else []
    if not amounts:
        return None
    sentence = page[start:breakdown[-1].start()].strip().rstrip("，,；;")
    highlight = amounts[-1].group()
    citation = with_ocr(s, Citation(cited.report, cited.body, cited.year, cited.page, cited.section, sentence,
                                    highlight=highlight))
    return PassageFound(citation, sentence, highlight)


_CLAUSE_RUN_END = re.compile(r"[；;。！？!?]")


def continued(before, part: Query) -> PassageFound | None:
    """A second ask naming no thing of its own, no part and no 其中 ("开了多少个微信公众号，发了多少条
    信息") asks on of the first's thing: the figure in its measure said on in the first figure's
    clauses ("微信公众号41个，共发布信息3404条"); None when the first's sentence says none."""
    measure = measure_asked(part.text)
    if not isinstance(before, PassageFound) or not before.highlight or measure is None \
            or asked_thing(part.text) is not None or _SCOPED_PART.search(part.text) or body_parts_named(part.text):
        return None
    at = before.sentence.find(before.highlight)
    end = _CLAUSE_RUN_END.search(before.sentence, at) if at >= 0 else None
    run = before.sentence[at + len(before.highlight):end.start() if end else len(before.sentence)] if at >= 0 else ""
    said = re.search(r"\d[\d,]*(?:\.\d+)?\s*" + re.escape(measure), run)
    if said is None or said.group() == before.highlight or not _said_on(part.text, run[:said.start()], measure):
        return None
    return PassageFound(replace(before.citation, highlight=said.group()), before.sentence, said.group())


#: Sentences back a list of parts may run from the breakdown word (其中) that opens it.
PARTS_RUN = 2


def _opening_breakdown(page: str, start: int) -> list[re.Match]:
    """The breakdown word opening an earlier sentence of a list of parts told sentence by sentence
    ("…2069条。其中，区直各部门…1592条。各乡镇…477条"); [] when none opens one of the last PARTS_RUN."""
    ends = [m.end() for m in _SENTENCE_END.finditer(page, 0, max(start - 1, 0))][-PARTS_RUN:]
    for end in reversed(ends):
        opener = _BREAKDOWN.match(page, end + len(page[end:]) - len(page[end:].lstrip()))
        if opener is not None:
            return [opener]
    return []



_ASKING = re.compile(lexicon.PART_ASKING, re.I)


def _said_on(ask: str, run: str, measure: str) -> bool:
    """Whether every word the ask says is said on in the first's clauses before the figure (a
    character of it: "共发布了多少条信息" in "共发布信息"); "电话咨询多少人次" names a thing of its own."""
    return all(any(ch in run for ch in word) for word in tokenize(_ASKING.sub(" ", ask))
               if _HAN.match(word) and word not in measure)


_HAN = re.compile(r"[\u4e00-\u9fff]")
