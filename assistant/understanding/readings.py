"""The second reading of a statistic a question may mean (index.lexicon.readings): its words
link to a table cell, and they may also mean a figure the prose states. Pure: text in, ids out."""

from __future__ import annotations

import re

from index.lexicon.readings import PROSE_READINGS

from .metrics import Metric

_READINGS = [(rid, re.compile(asked, re.I), re.compile(counted, re.I)) for rid, asked, counted, *_ in PROSE_READINGS]


def prose_readings(lowered: str) -> list[str]:
    """The ids of the prose readings the question's words allow ("items disclosed on request")."""
    return [rid for rid, asked, counted in _READINGS if asked.search(lowered) and counted.search(lowered)]


#: The prose's words of each reading's statistic, by its Metric key (its Chinese name).
READING_WORDS: dict[str, tuple[str, ...]] = {zh: words for _, _, _, words, zh, _, _ in PROSE_READINGS}


def reading_metric(reading: str) -> Metric:
    """The statistic a prose reading counts, as a Metric no table holds: the facts route reads
    it from each report's prose in READING_WORDS ("依申请公开信息数182条")."""
    _, _, _, _, zh, en, unit = next(r for r in PROSE_READINGS if r[0] == reading)
    return Metric((zh,), zh, en, unit)
