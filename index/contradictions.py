"""Prose that restates a table's statistic with another number: "全年共受理政府信息公开申请17件"
beside a table whose 本年新收 总计 is 95. Both are what the report says; the index keeps both and
the disagreement, and answers on that cell say so.

Conservative by design: a sentence counts only when one clause names the statistic with its
template Concept's words (index/templates), the number with a measure word follows those words
directly (the number tied to them, not another of the sentence), the sentence names the
report's year and no other, and nothing marks the number as a part, a kind or a channel of the
whole (index/lexicon/prose). A number that matches the table is no contradiction.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from .lexicon import prose
from .models import Fact, ReportMeta

_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
_CLAUSE = re.compile(r"[，,、：:（(）)]")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_COUNT = re.compile(r"(\d+)\s*(" + "|".join(prose.COUNT_MEASURES) + r")(?!\s*余)")


@dataclass
class Contradiction:
    """A statistic the report's table gives as one number and its prose as another."""

    report: str
    metric: str  # the fact's metric key; several joined by "+" when the prose states their sum
    label: str  # the statistic as the template names it (政府信息公开申请)
    table_value: int | float
    prose_value: int
    quote: str  # the prose sentence, as the cleaned text has it
    page: int | None

    @property
    def metrics(self) -> list[str]:
        return self.metric.split("+")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def find_contradictions(report: str, meta: ReportMeta, text: str, page_at, facts: list[Fact]) -> list[Contradiction]:
    """Contradictions between the prose `text` (cleaned; `page_at(offset)` is its page) and the
    report's `facts`."""
    from .templates import CONCEPTS, by_id

    template = by_id(meta.template)
    concepts = {c.id: c for c in CONCEPTS}
    found: list[Contradiction] = []
    for concept_id, verbs in prose.STATEMENT_VERBS.items():
        keys = template.concept_keys(concept_id)
        table = _table_total(facts, keys)
        if table is None or concept_id not in concepts:
            continue
        words = _statement_words(concepts[concept_id].words, verbs)
        said: set[int] = set()
        for match in _SENTENCE.finditer(text):
            value = _stated(match.group(), words, verbs, meta.year)
            if value is None or value == table or value in said:
                continue
            said.add(value)
            quote = _quote(match.group(), meta.year)
            found.append(Contradiction(report, "+".join(keys), concepts[concept_id].zh, table, value,
                                       quote, page_at(match.start())))
    return found


def _table_total(facts: list[Fact], keys: list[str]) -> int | float | None:
    """The table's value of the statistic (the sum of its cells), None when a cell is missing,
    blank or unreadable: a blank cell is not zero, so nothing is compared with it."""
    if not keys:
        return None
    values = []
    for key in keys:
        fact = next((f for f in facts if f.metric == key), None)
        if fact is None or fact.value is None or not fact.readable:
            return None
        values.append(fact.value)
    return sum(values)


def _statement_words(words: tuple[str, ...], verbs: tuple[str, ...]) -> list[str]:
    """The Concept's Chinese words specific enough to name the statistic in prose: four
    characters or more, not a verb phrase ("收到申请"), not another statistic's word."""
    chinese = [w for w in words if re.fullmatch(r"[\u4e00-\u9fff]{4,}", w)]
    keep = [w for w in chinese if not any(v in w for v in verbs if v != "决定")
            and not any(w.startswith(o) for o in prose.OTHER_STATISTICS)]
    return sorted(keep, key=len, reverse=True)


def _stated(sentence: str, words: list[str], verbs: tuple[str, ...], year: int) -> int | None:
    """The number the sentence states for the statistic for `year`, or None."""
    flat = re.sub(r"\s+", "", sentence)
    offset = 0
    for clause in re.split(_CLAUSE, flat):
        start = offset
        offset += len(clause) + 1
        for word in words:
            hit = re.search(re.escape(word) + prose.GAP + _COUNT.pattern, clause) or _count_first(word, clause)
            if not hit:
                continue
            head = clause[: hit.start(1)]
            before = flat[: start + hit.start(1)]
            if any(m in clause for m in prose.PART_MARKERS) or any(m in before for m in prose.CHANNEL_MARKERS):
                return None
            if verbs and not any(v in head for v in verbs):
                return None
            if not _names_year(before, year):
                return None
            return int(hit.group(1))
    return None


def _count_first(word: str, clause: str) -> re.Match | None:
    """The count said first, right after a verb of receiving, and the statistic's words after it
    in the same clause ("收到1份有关政府信息公开行政复议申请"); group 1 is the number."""
    verbs = "|".join(prose.COUNT_FIRST_VERBS)
    return re.search(rf"(?:{verbs})(?:了)?{_COUNT.pattern}{prose.COUNT_FIRST_GAP}{re.escape(word)}", clause)


def _names_year(before: str, year: int) -> bool:
    """The sentence up to the number names the report's year (2024年, 全年 …) and no other."""
    before = re.sub(r"[上下]一?年度?", "", before)  # 上年度结转: another year's
    years = {int(y) for y in _YEAR.findall(before)}
    if years - {year}:
        return False
    return year in years or any(w in before for w in prose.YEAR_WORDS)


def _quote(sentence: str, year: int) -> str:
    """The sentence from the clause that names the year on: the heading a sentence may run on
    from ("二、主动公开政府信息情况 (一)…编目,2012年主动公开…") is not what it states."""
    named = re.search(rf"{year}\s*年|" + "|".join(prose.YEAR_WORDS), sentence)
    start = 0
    if named:
        boundary = max(sentence.rfind(mark, 0, named.start()) for mark in "，,；;")
        start = boundary + 1
    return re.sub(r"\s+", " ", sentence[start:]).strip()

