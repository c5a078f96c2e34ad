"""The prose where no table holds the cell asked: a report whose template lacks the statistic
but whose prose states it (coverage.gather's coverage, `from_prose`), and, when no table of
the reports asked has the cell at all, the prose sentence that answers instead (`prose_instead`),
only when it speaks of the statistic asked (`names_statistic`)."""

from __future__ import annotations

import re

from index.lexicon import statwords
from index.templates import CONCEPTS, concept_keys

from .findings import Aggregate, NotInTemplate, PassageFound, PassageInstead, Several
from .passages import best_passage
from .prose_facts import prose_figures
from .prose_series import is_prose_series
from .scope import Scope
from .understanding import SYNONYMS, Metric, Query


def from_prose(s: Scope, coverage, metric: Metric, asked: str = "") -> None:
    """Reports whose template lacks the statistic, whose prose states it: the prose figures
    (assistant.prose_facts.prose_figures), each marked as such."""
    found, otherwise = prose_figures(s, coverage.absent, metric, asked)
    coverage.otherwise = otherwise
    coverage.facts = sorted(coverage.facts + found, key=lambda f: (f.year, f.body))
    said = {f.report for f in found + otherwise}
    coverage.absent = [r for r in coverage.absent if r.report not in said]


def prose_instead(q: Query, s: Scope, metric: Metric, absent: NotInTemplate):
    """No table of these reports has the cell: what the prose says is the answer, if it says it
    with a span tied to the question; else where the statistic is reported (`absent`)."""
    prose = best_passage(q, s)
    if isinstance(prose, PassageFound) and prose.highlight and names_statistic(prose.sentence, metric):
        return PassageInstead(absent, prose)
    if isinstance(prose, Aggregate) and not prose.table and is_prose_series(prose.metric):
        return prose  # one phrase each year's prose states, compared: each year cited (once, see _facts_found)
    if isinstance(prose, Several) and prose.parts and all(isinstance(p, PassageFound) for p in prose.parts) \
            and names_statistic(prose.parts[0].sentence, metric):
        # each thing the question joins, from one sentence: the first said instead of the cell
        return Several([PassageInstead(absent, prose.parts[0]), *prose.parts[1:]])
    return absent


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
_PART = 3


def names_statistic(sentence: str, metric: Metric) -> bool:
    """Does a sentence of the prose speak of the statistic asked? A count found near other
    words ("60个单位" for penalties, "2428条" for press conferences) answers another question."""
    concept = next((c.id for c in CONCEPTS if concept_keys(c.id)[:1] == metric.keys[:1]), None)
    names = {*SYNONYMS.get(metric.key, ()), *statwords.CONCEPTS.get(concept or "", ()), metric.zh,
             *re.split(r"[.\s]", metric.zh)}
    words = {w for name in names for w in _HAN_WORD.findall(name)}
    # a long name is stated in parts ("参加或举办新闻发布会总次数" as "新闻发布会12场"): three
    # characters of it in a row name it; a short one (处罚) must stand whole
    return any(w in sentence if len(w) <= _PART else
               any(w[i:i + _PART] in sentence for i in range(len(w) - _PART + 1)) or said_apart(w, sentence)
               for w in words)


def said_apart(word: str, sentence: str) -> bool:
    """A long name's first two words with a short word between ("政策解读…" as "政策文件解读81条")."""
    return len(word) >= 4 and re.search(f"{word[:2]}[\u4e00-\u9fff]{{1,2}}{word[2:4]}", sentence) is not None
