"""The one reader of the figures the reports' prose states: a page's text -> typed statements.

"共受理12345平台工单409件，其中，投诉类251件、咨询类107件" holds three statements: 409件 (a whole:
its number ends the clause right before 其中) and its parts 251件, 107件. Each statement is read
once, here, with what it counts as printed before it (its clause's words and its list item's),
the noun printed after its measure word ("2个政府网站"), whether it is approximate ("900余篇",
"70多件": never computed with as exact), and the sentence it stands in, verbatim.

    read(text)      # every statement of a text, in order
    wholes(text)    # (whole, parts, sentence) of each "…N件，其中 a n、b m…"
    sentence_of(text, start, end)   # the sentence around a span

The share (prose_share), sum (prose_sum), series (prose_series) and difference (prose_gap)
readers and the count routes all take their figures from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from index.bm25 import tokenize
from index.lexicon.prose import (
    CLAUSE_PUNCTUATION,
    LINK_AT_END,
    PARTS_OPENER,
    RELATIVE_MARKER,
    STATEMENT_OPENERS,
)
from index.lexicon.questions import PROSE_NOT_THE_YEAR, YEAR_WORDS
from index.lexicon.units import (
    ABOUT_WORDS,
    APPROXIMATELY,
    ASKED_UNIT_KINDS,
    LEADING_NUMBER,
    MEASURE_FAMILIES,
    MEASURES,
)
from index.models import Fact, ReportRecord

from .quotes import cut_to_figure

PROSE = "prose"
#: An approximate count's word ("900余篇", "70多件"): the figure is "about", never exact.
ABOUT = re.compile(APPROXIMATELY)
ABOUT_ALTERNATIVES = "|".join(ABOUT_WORDS)
_STATEMENT = re.compile(rf"(?<![\d.])(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<about>{ABOUT_ALTERNATIVES})?(?P<m>{MEASURES})(?![\d%％])")
_CLAUSE_BREAK = re.compile(CLAUSE_PUNCTUATION)
_ITEM_BREAK = re.compile(r"[，,、；;：:。！？!?（(）)]")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_OPENERS = re.compile(STATEMENT_OPENERS)
_LINK_END = re.compile(LINK_AT_END)
_AFTER_YEAR = re.compile(YEAR_WORDS)
_NOT_THE_YEAR = re.compile(PROSE_NOT_THE_YEAR)
_LEADING_NUMBER = re.compile(LEADING_NUMBER)
_HAN = re.compile("[\u4e00-\u9fff]")
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")
_HAN_ONLY = re.compile("[\u4e00-\u9fff]{0,10}")
#: Marks that close a quoted title ("…”等新闻发布会12场"): what stands before them names no count.
_CLOSING = "”》」）)"


@dataclass
class Statement:
    """One figure of the prose, as printed."""

    value: int | float
    measure: str  # its measure word, without an approximation's 余/多
    approximate: bool  # "900余篇": about 900
    words: str  # what it counts, as its clause prints it before the number (years, openers, links left out)
    item: str  # the same, of its list item only ("投诉类" of "其中，投诉类251件")
    after: str  # the noun printed after its measure word ("政府网站" of "2个政府网站"), or ""
    start: int  # where the figure stands in the text read
    end: int
    quote: str  # its sentence, verbatim
    at: int  # where the figure stands in its quote
    running: bool = False  # a running total (累计, 截至…): not the year's own figure

    @property
    def text(self) -> str:
        return f"{self.value}{ABOUT_WORDS[0] if self.approximate else ''}{self.measure}"

    def names(self, word: str) -> bool:
        """Whether the statement says it counts `word`: before it in its list item, or right after it."""
        return bool(word) and (word in self.item or self.after.startswith(word))


def read(text: str, unit: str = "") -> list[Statement]:
    """Every figure with a measure word in a text, in order; with `unit`, figures in that unit
    too (元, 万元: a sum asked in money)."""
    out = []
    pattern = _STATEMENT if not unit or re.fullmatch(MEASURES, unit) else _with_unit(unit)
    for m in pattern.finditer(text):
        digits = m.group("n").replace(",", "")
        value = float(digits) if "." in digits else int(digits)
        start, end = sentence_of(text, m.start(), m.end())
        clause = _words_before(text, m.start(), _CLAUSE_BREAK, start)
        item = _words_before(text, m.start(), _ITEM_BREAK, start)
        after = _HAN_RUN.match(text, m.end())
        running = bool(_NOT_THE_YEAR.search(text[max((b.end() for b in _CLAUSE_BREAK.finditer(text, start, m.start())),
                                                     default=start):m.start()]))
        about = m.group("about") is not None or ABOUT.match(m.group("m")) is not None  # "500余条", "500余"
        measure = ABOUT.sub("", m.group("m")) or m.group("m")
        out.append(Statement(value, measure, about, clause, item,
                             after.group() if after else "", m.start(), m.end(), text[start:end].strip(),
                             m.start() - start - (len(text[start:end]) - len(text[start:end].lstrip())), running))
    return out


@cache
def _with_unit(unit: str) -> re.Pattern:
    return re.compile(_STATEMENT.pattern.replace("(?P<m>", f"(?P<m>{re.escape(unit)}|", 1))


def _words_before(text: str, at: int, breaks: re.Pattern, floor: int) -> str:
    """The words before a figure back to the last break: no spaces, bracketed notes, heading or
    date before a year, statement opener (其中, 共, 我局…) nor link (达, 为…)."""
    left = max((b.end() for b in breaks.finditer(text, floor, at)), default=floor)
    before = _BRACKETED.sub("", re.sub(r"\s", "", text[left:at]))
    before = _AFTER_YEAR.split(before)[-1]  # a heading or a date before the year names no count
    return _LINK_END.sub("", _OPENERS.sub("", before.removeprefix(PARTS_OPENER), count=1))


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence around a span (up to 。！？ or ；)."""
    left = max((e.end() for e in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((e.end() for e in _SENTENCE_END.finditer(text, end)), len(text))
    return left, right


def wholes(text: str) -> Iterator[tuple[Statement, list[Statement], str]]:
    """(whole, parts, sentence) of each "…N<measure>，其中 a n、b m…" of a text: the whole's number
    ends the clause right before 其中, the parts are the exact figures after it to the sentence's
    end counted in the whole's family, each no more than the whole and all together no more."""
    found = read(text)
    for opener in re.finditer(PARTS_OPENER, text):
        start, end = sentence_of(text, opener.start(), opener.end())
        before = [s for s in found if start <= s.start and s.end <= opener.start()]
        if not before or _HAN.search(text[before[-1].end:opener.start()]):
            continue  # the whole's number must end the clause right before 其中
        whole = before[-1]
        if not counts(whole):
            continue
        parts = [s for s in found if opener.end() <= s.start and s.end <= end and counts(s, item=True)
                 and same_family(whole.measure, s.text) and s.value <= whole.value]
        # parts that add up to more than the whole are no split of it (a list of other counts)
        if parts and sum(p.value for p in parts) <= whole.value:
            yield whole, parts, text[start:end].strip()


def counts(s: Statement, item: bool = False) -> bool:
    """Whether a statement is an exact figure of the year with words saying what it counts."""
    words = s.item if item else s.words
    return bool(_HAN.search(words)) and not _NOT_THE_YEAR.search(words) and not s.approximate


def item_before(sentence: str, start: int) -> str:
    """The words of a figure's list item before it."""
    return sentence[max((m.end() for m in _ITEM_BREAK.finditer(sentence, 0, start)), default=0):start]


def part_unasked(body: str, sentence: str, figure: str, asked: str) -> bool:
    """Whether a figure is a part of a whole stated before it that the question does not ask:
    its sentence goes on a list of parts cut at ； ("约4900人次…，其中现场咨询1600人次；电话咨询3200
    人次") and its own item qualifies it with words `asked` does not hold (电话 of 电话咨询)."""
    at, start = body.find(sentence), sentence.find(figure)
    if at <= 0 or start < 0:
        return False
    before = body[:at]
    chunk = before[max(before.rfind(c) for c in _WHOLE_SENTENCE_ENDS) + 1:]
    if PARTS_OPENER not in chunk or not _PART_LIST_CUT.search(chunk):
        return False
    words = [t for t in tokenize(item_before(sentence, start)) if len(t) >= 2 and _HAN.search(t)]
    return any(t not in asked for t in words)


_WHOLE_SENTENCE_ENDS = "。！？!?"
_PART_LIST_CUT = re.compile(r"[；;]\s*$")


def qualified_otherwise(before: str, asked: str) -> bool:
    """Whether the words before a figure restrict what it counts in a way the question does not
    say: a relative clause ("关停运营不规范、运维不及时的政府网站1个" counts the websites closed, not
    the websites) none of whose words `asked` (the question and its terms) holds."""
    before = re.sub(r"\s", "", before)
    before = before[max(before.rfind(c) for c in _CLOSING) + 1:]  # a title's 的 qualifies no count
    if RELATIVE_MARKER not in before or not _HAN_ONLY.fullmatch(before[before.rindex(RELATIVE_MARKER) + 1:]):
        return False  # no relative clause right before the counted noun ("公开的主要内容2013年新增")
    clause = before[:before.rindex(RELATIVE_MARKER)]
    words = [t for t in tokenize(clause) if len(t) >= 2 and _HAN.search(t)]
    return bool(words) and not any(t in asked for t in words)


_COUNTED_AS = {m: counted for _, said, counted in ASKED_UNIT_KINDS for m in said}
_KNOWN_MEASURES = {u for _, _, counted in ASKED_UNIT_KINDS for u in counted}


def same_family(measure: str | None, span: str) -> bool:
    """Whether a span's measure word counts what `measure` does (no measure: any); "900余篇" is
    counted in 篇."""
    if not measure:
        return True
    said = ABOUT.sub("", _LEADING_NUMBER.sub("", span).strip()).strip()
    counted = _COUNTED_AS.get(measure)
    if counted and said in _KNOWN_MEASURES and said not in counted:
        return False  # "多少个政府网站": things, never the 条 of items published on websites (units.ASKED_UNIT_KINDS)
    asked = next((f for f in MEASURE_FAMILIES if measure in f), None)
    found = next((f for f in MEASURE_FAMILIES if said in f), None)
    return asked is None or asked is found  # a bare number ("3940" before 元) does not count people


def number_of(span: str | None) -> float | None:
    """The figure a typed span (an answer's highlight: "409件", "32.6%") holds, or None."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", span or "")
    return float(m.group().replace(",", "")) if m else None


def prose_fact(report: ReportRecord, name: str, value: int | float, measure: str, page: int | None, quote: str,
               note: str, metric: str | None = None, label: str | None = None, unit: str | None = None,
               also: tuple[str, ...] = ()) -> Fact:
    """A figure the prose states as a fact of its report, cited to its sentence and marked as the
    text's: the one shape the prose readers (share, sum, gap, series, a statistic's prose figure)
    give their inputs in. `name` is what it counts as printed (its row), `measure` its measure
    word (its column); a statistic's figure (assistant.prose_facts) is labelled with the
    statistic's own words and counted in the statistic's unit."""
    quote = cut_to_figure(quote, value, measure, also)  # the figure's clause(s) (quotes.figure_clauses)
    return Fact(report.report, report.body, report.year, report.template, "", "", name, measure,
                metric or f"{PROSE}:{name}", name if label is None else label, value,
                measure if unit is None else unit, page, quote, origin=PROSE,
                note=note)


def statement_fact(report: ReportRecord, st: Statement, page: int | None, quote: str) -> Fact:
    """A statement's figure as a fact, named by what its clause counts."""
    return prose_fact(report, st.words, st.value, st.measure, page, quote, f"{st.words}{st.value}{st.measure}")
