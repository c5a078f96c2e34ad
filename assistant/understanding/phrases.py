"""Exact lookup of many phrases (names, metric words, cell labels) in a short question."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.lexicon.questions import STOP as _STOP

from .hygiene import _CJK_RE, normalize

# --- phrase matching ------------------------------------------------------------------------------

_WORD_RE = re.compile(r"[a-z0-9]+")
_LATIN_RUN = re.compile(r"[a-z0-9][a-z0-9 '\-]*")


@dataclass(frozen=True)
class Hit:
    """A phrase found in the (normalized, lower-cased) question."""

    start: int
    end: int
    kind: str  # body | region | partial (灵武卫生健康) | bureau | lexicon (a bureau not in the corpus) | metric
    value: frozenset[str]  # bodies, bureau names, or the metric key


def _phrase_key(phrase: str) -> tuple[bool, str]:
    """(is_cjk, lookup key): CJK phrases match as substrings, Latin ones as whole words."""
    text = normalize(phrase).lower()
    if _CJK_RE.search(text):
        return True, text.replace(" ", "")
    return False, " ".join(_WORD_RE.findall(text))


class PhraseIndex:
    """Exact lookup of many phrases in a short text, in time independent of the phrase count:
    every substring of each length in use is one dict probe (a corpus has ~50 names a body)."""

    def __init__(self) -> None:
        self._cjk: dict[str, tuple[str, frozenset[str]]] = {}
        self._latin: dict[str, tuple[str, frozenset[str]]] = {}
        self._lengths: set[int] = set()
        self._max_words = 0
        self._bounded: set[str] = set()  # names that only count after a word boundary

    def add(self, phrase: str, kind: str, value: frozenset[str], bounded: bool = False) -> None:
        is_cjk, key = _phrase_key(phrase)
        if not key:
            return
        if is_cjk:
            self._cjk[key] = (kind, value)
            self._lengths.add(len(key))
            if bounded:
                self._bounded.add(key)
        else:
            self._latin[key] = (kind, value)
            self._max_words = max(self._max_words, key.count(" ") + 1)

    def __contains__(self, phrase: str) -> bool:
        is_cjk, key = _phrase_key(phrase)
        return key in (self._cjk if is_cjk else self._latin)

    def get(self, phrase: str) -> tuple[str, frozenset[str]] | None:
        is_cjk, key = _phrase_key(phrase)
        return (self._cjk if is_cjk else self._latin).get(key)

    def find(self, text: str) -> list[Hit]:
        """Every occurrence (overlapping ones too) in a lower-cased normalized text. A name that
        starts with a division word ("区执法应急局", "市政府") is how a body's own region calls
        it; inside a longer name ("银川市卫生健康局") it is not that body."""
        hits = [Hit(i, i + n, *self._cjk[text[i:i + n]])
                for i in range(len(text)) for n in self._lengths if text[i:i + n] in self._cjk
                and not (text[i:i + n] in self._bounded and i > 0 and _CJK_RE.match(text[i - 1])
                         and text[i - 1] not in _STOP)]
        for run in _LATIN_RUN.finditer(text):
            words = list(_WORD_RE.finditer(text, run.start(), run.end()))
            for i in range(len(words)):
                for n in range(1, min(self._max_words, len(words) - i) + 1):
                    found = self._latin.get(" ".join(w.group() for w in words[i:i + n]))
                    if found:
                        hits.append(Hit(words[i].start(), words[i + n - 1].end(), *found))
        return hits


def select_longest(hits: Iterable[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first (ties: leftmost), returned in text order."""
    taken: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= t.start or hit.start >= t.end for t in taken):
            taken.append(hit)
    return sorted(taken, key=lambda h: h.start)


