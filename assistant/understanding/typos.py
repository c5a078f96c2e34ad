"""Typos of statistics' words: "处法了多少次" is read as 处罚 when nothing in the question names a
statistic. A question's word of a statistic word's length that differs from it in one character
only, that character sounding the same (pypinyin, tones ignored) or looking alike
(index/lexicon/lookalikes.py), and that is no word of its own (jieba's dictionary), is taken as
that word; the answer says so. Pure: text in, the reading out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from index.lexicon.lookalikes import REAL_WORD_FREQ

from ..linking.sounds import same_char
from .metrics import SYNONYMS

_HAN = re.compile(r"[\u4e00-\u9fff]+")
MASK = "?"
#: Statistic words shorter than this are too short to tell a typo from another word.
MIN_CHARS = 2


@dataclass
class Typo:
    typed: str
    word: str
    start: int


@cache
def _vocabulary() -> frozenset[str]:
    return frozenset(w for words in SYNONYMS.values() for w in words if _HAN.fullmatch(w) and len(w) >= MIN_CHARS)


@cache
def _real_word(text: str) -> bool:
    import logging

    import jieba

    jieba.setLogLevel(logging.ERROR)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ.get(text, 0) >= REAL_WORD_FREQ


@cache
def _masked() -> dict[str, list[str]]:
    """Each statistic word under each of its characters masked ("处?" -> 处罚): the words a window
    differing in that one character may be."""
    found: dict[str, list[str]] = {}
    for word in _vocabulary():
        for i in range(len(word)):
            found.setdefault(word[:i] + MASK + word[i + 1:], []).append(word)
    return found


def _typo_of(window: str) -> str | None:
    """The statistic word `window` is, typed with one character that sounds or looks the same."""
    masked = _masked()
    for i, char in enumerate(window):
        for word in masked.get(window[:i] + MASK + window[i + 1:], ()):
            if same_char(char, word[i]) is not None:
                return word
    return None


def statistic_typos(text: str) -> list[Typo]:
    """The statistic words the question types wrongly, longest first, not overlapping."""
    vocabulary = _vocabulary()
    # the statistic words typed right are the question's own words: no typo cuts across them
    # ("行政复议申请" holds no 依申请 typed as 议申请)
    taken = {i for w in vocabulary if w in text for m in re.finditer(re.escape(w), text)
             for i in range(m.start(), m.end())}
    found: list[Typo] = []
    for n in sorted({len(w) for w in vocabulary}, reverse=True):
        for start in range(len(text) - n + 1):
            window = text[start:start + n]
            if window in vocabulary or taken & set(range(start, start + n)) or not _HAN.fullmatch(window):
                continue
            word = _typo_of(window)
            if word is not None and not _real_word(window):
                found.append(Typo(window, word, start))
                taken |= set(range(start, start + n))
    return found


def corrected(text: str, typos: list[Typo]) -> str:
    for t in sorted(typos, key=lambda t: t.start, reverse=True):
        text = text[:t.start] + t.word + text[t.start + len(t.typed):]
    return text
