"""Statistics a report's template lacks, read from its prose: "主动公开政府信息123条" in a
2021-template report (whose tables have no such cell) is that report's figure of the statistic.

Only a number that follows the statistic's own words closely ("主动公开政府信息" + 共/达/为 +
number + a measure word of the statistic's kind) counts, and only when every such statement of
the report agrees; a running total (累计, 历年) never counts. The fact is marked as read from the
prose (origin "prose") and cites the sentence it stands in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon.glossary import GLOSSARY
from index.lexicon.prose import (
    CLAUSE_PUNCTUATION,
    OBJECT_FILLER,
    OBJECT_KIND,
    REMAINDER_MARKERS,
    STATEMENT_OPENERS,
    VERB_VARIANTS,
)
from index.lexicon.questions import PROSE_LINK, PROSE_NOT_THE_YEAR
from index.lexicon.units import MEASURE_FAMILIES
from index.models import Fact, ReportRecord

from .prose_statements import prose_fact as fact_of_prose
from .prose_statements import qualified_otherwise
from .quotes import clause_quote
from .scope import Scope
from .understanding import SYNONYMS, Metric
from .understanding.readings import READING_WORDS

#: The shortest statistic word matched in prose (a two-character word says too little).
MIN_WORD_CHARS = 4
#: How far before the words a running-total word makes the number another statistic.
LOOK_BEHIND = 6
_HAN = re.compile("[\u4e00-\u9fff]")
_NOT_THE_YEAR = re.compile(PROSE_NOT_THE_YEAR)
_CLAUSE_BREAK = re.compile(CLAUSE_PUNCTUATION)
_OPENERS = re.compile(STATEMENT_OPENERS)
_REMAINDER = re.compile("|".join(REMAINDER_MARKERS))
_QUOTES = re.compile("[“”\"「」]")
_HAN_RUN = re.compile("[\u4e00-\u9fff]{2,}")
#: The longest word of a question's terms that may name another ask ("制作"): longer runs are its text.
MAX_ASKED_WORD = 4


def prose_fact(s: Scope, report: ReportRecord, metric: Metric, said: tuple[str, ...] = (), asked: str = "") -> Fact | None:
    """The report's prose statement of the statistic (named by its words, or by `said`), or None
    (not stated, or stated with different numbers)."""
    family = next((f for f in MEASURE_FAMILIES if metric.unit in f), None)
    named = said or SYNONYMS.get(metric.key, ()) or READING_WORDS.get(metric.key, ())  # a reading: its prose words
    words = sorted({w for w in named if _HAN.search(w) and len(w) >= MIN_WORD_CHARS},
                   key=len, reverse=True)
    if family is None or not words:
        return None
    measures = "|".join(sorted(family, key=len, reverse=True))
    # the report's own wording first; another year's wording of the same statistic only when
    # the report never says it the first way
    found = _statements(s, report, "|".join(map(re.escape, words)), measures) or \
        _statements(s, report, "|".join(_reworded(w) for w in words), measures)
    values = {int(m.group("n").replace(",", "")) for _, m, _ in found}
    if len(values) != 1:
        return None
    # the plainest statement: in the statistic's unit, with the fewest words before it
    plainest = min(found, key=lambda x: (x[1].group("m") != metric.unit, len(x[2])))
    return _fact(report, metric, *plainest, also=_asked_words(asked))


def _asked_words(asked: str) -> tuple[str, ...]:
    """The short words of a question that may name another ask ("制作"); an English question's
    through the glossary ("produce": 制发 制作), as its sentences are matched."""
    lower = asked.lower()
    glossed = " ".join(zh for en, zh in GLOSSARY.items() if re.search(rf"\b{re.escape(en)}\b", lower))
    return tuple(dict.fromkeys(w for w in _HAN_RUN.findall(f"{asked} {glossed}") if len(w) <= MAX_ASKED_WORD))


def _fact(report: ReportRecord, metric: Metric, page, m: re.Match, said: str, also: tuple[str, ...] = ()) -> Fact:
    # the statement's clause(s), not its whole sentence; a clause another ask of the question names too
    quote = clause_quote(page.text, m.start("n"), m.end(), also)
    value = int(m.group("n").replace(",", ""))
    # the row is what the number measures as printed (the words before the statistic's own in
    # its clause: a channel, "新增"…), the column its measure word: statements of several bodies
    # are compared only when both agree (prose_instead.from_prose)
    return fact_of_prose(report, said + m.group("w"), value, m.group("m"), page.number, quote,
                         said + m.group("w") + m.group("n") + m.group("m"), metric.key, m.group("w"), metric.unit,
                         also)


def prose_figures(s: Scope, absent: list[ReportRecord], metric: Metric, asked: str = "") -> tuple[list[Fact], list[Fact]]:
    """(compared, worded otherwise): the prose figures of reports whose template lacks the
    statistic, unless a clause restricts what it counts in words the question (`asked`) does not
    say. Figures of several bodies are compared only when the same words state each (the most
    common, unqualified statement first); the others are named beside them, cited."""
    found = [f for r in absent if (f := prose_fact(s, r, metric, asked=asked)) is not None
             and (not asked or asked_as_stated(f, asked))]
    if len({f.body for f in found}) < 2 or len({(f.row, f.column) for f in found}) < 2:
        return found, []
    groups: dict[tuple, list[Fact]] = {}
    for f in found:
        groups.setdefault((f.row, f.column), []).append(f)
    chosen = _comparable(list(groups.values()))
    if chosen is None:
        return [], []
    # each figure in the measure word its statement prints ("380份" is no "380条")
    return [replace(f, unit=f.column) for f in chosen], [replace(f, unit=f.column) for f in found if f not in chosen]


def _comparable(groups: list[list[Fact]]) -> list[Fact] | None:
    """Of prose figures grouped by what they measure, the group compared: the one stated by the
    most bodies, an unqualified statement before a qualified one; None when no group holds two
    bodies or two groups are as good (which to compare is then not the reports' to say)."""
    rank = lambda g: (len({f.body for f in g}), g[0].row == g[0].label)  # noqa: E731
    ranked = sorted(groups, key=rank, reverse=True)
    if rank(ranked[0])[0] < 2 or len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1]):
        return None
    return ranked[0]


def asked_as_stated(fact: Fact, asked: str) -> bool:
    """Whether a prose figure counts what is asked: the words its clause says before the
    statistic's own restrict it in no way the question (`asked`: its text and terms) leaves out."""
    return not qualified_otherwise(fact.row[:len(fact.row) - len(fact.label)], asked)


def _statements(s: Scope, report: ReportRecord, words: str, measures: str) -> list:
    """(page, match, qualifier) of each statement "words + link + number + measure" not of a
    running total nor of the rest of a whole ("其他应主动公开…"); the qualifier is what else
    its clause says before the words (a channel), without years, links and part openers."""
    pattern = re.compile(rf"(?P<w>{words}){PROSE_LINK}(?P<n>\d[\d,]*)\s*(?P<m>{measures})(?![\d%％])")
    found = []
    for page in s.catalog.pages(report.report):
        for m in pattern.finditer(page.text):
            left = max((b.end() for b in _CLAUSE_BREAK.finditer(page.text, 0, m.start())), default=0)
            before = page.text[left:m.start()]
            if _NOT_THE_YEAR.search(page.text[max(0, m.start() - LOOK_BEHIND):m.start()]) or _REMAINDER.search(before):
                continue
            found.append((page, m, _QUOTES.sub("", _OPENERS.sub("", re.sub(r"\s", "", before), count=1))))
    return found


def _reworded(word: str) -> str:
    """A statistic's words as another report words them: its verb or a variant, a word of kind
    after it, a kind of document ("主动公开政府信息" -> "主动(?:公开|发布|公布)(?:各类…)?(?:文件…)?政府信息")."""
    for verb, variants in VERB_VARIANTS.items():
        if verb in word:
            before, _, after = word.partition(verb)
            verbs = "|".join((verb, *variants))
            # a printed page may break the line anywhere in it ("主动公开各类文件\n\n信息共 163条")
            return rf"{re.escape(before)}(?:{verbs})\s*{OBJECT_FILLER}\s*{OBJECT_KIND}\s*{re.escape(after)}"
    return re.escape(word)
