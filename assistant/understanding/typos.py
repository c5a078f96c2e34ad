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


def _one_off(window: str, word: str) -> bool:
    """Whether `window` is `word` typed with one character that sounds or looks the same."""
    differ = [(a, b) for a, b in zip(window, word, strict=True) if a != b]
    return len(differ) == 1 and same_char(*differ[0]) is not None


def statistic_typos(text: str) -> list[Typo]:
    """The statistic words the question types wrongly, longest first, not overlapping."""
    vocabulary = _vocabulary()
    found: list[Typo] = []
    taken: set[int] = set()
    for word in sorted(vocabulary, key=len, reverse=True):
        n = len(word)
        for start in range(len(text) - n + 1):
            window = text[start:start + n]
            if window[0] != word[0] and window[-1] != word[-1]:
                continue  # a typo keeps the word's first or last character
            if window in vocabulary or taken & set(range(start, start + n)) or not _HAN.fullmatch(window):
                continue
            if _one_off(window, word) and not _real_word(window):
                found.append(Typo(window, word, start))
                taken |= set(range(start, start + n))
    return found


def corrected(text: str, typos: list[Typo]) -> str:
    for t in sorted(typos, key=lambda t: t.start, reverse=True):
        text = text[:t.start] + t.word + text[t.start + len(t.typed):]
    return text
