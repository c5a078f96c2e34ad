"""How the statistics a question names stand to each other in its words: two joined as parts
("予以公开和部分公开", "new requests plus carried-over ones"), a sum said by its joiner alone
("新收加上年结转是多少"), each part asked on its own ("各几件", "respectively"), and a bracket
that spells out what a statistic contains ("行政诉讼（含直接起诉和复议后起诉）"). Pure: text and
spans in, spans and flags out; which statistic encloses which is the linker's (statistics.py).
"""

from __future__ import annotations

import re

from index.lexicon import statwords as words

Span = tuple[int, int]

_SUM_JOINER = re.compile(words.SUM_JOINERS)
_EACH = re.compile(words.EACH_WORDS)
_JOINERS = tuple(sorted(words.PART_JOINERS, key=len, reverse=True))
_FILLERS = tuple(sorted(words.GAP_FILLERS, key=len, reverse=True))
_OPEN, _CLOSE = "(（", ")）"
_PUNCTUATION = "，,；;。？?！!"
_LEFT_OF_INCLUSION = re.compile(r"^\s*[(（,，:：]?\s*$")
_INCLUSION = re.compile("|".join(rf"{re.escape(m)}\b" if m[-1].isalpha() and m.isascii() else re.escape(m)
                                 for m in sorted(words.INCLUSION_MARKERS, key=len, reverse=True)))


def joined(text: str, left: Span, right: Span) -> bool:
    """Do the words between two statistics only join them ("和", "、", "的和", " plus ")?"""
    gap = text[left[1]:right[0]].lower().strip()
    for filler in _FILLERS:
        gap = re.sub(rf"(?:^|\s){re.escape(filler)}(?:\s|$)" if filler.isascii() else re.escape(filler), " ", gap)
    gap = " ".join(gap.split())
    return gap in _JOINERS


def joiner_spans(text: str) -> list[Span]:
    """Where a joiner stands, longest first, none inside another ("再加上" once, not 加 too)."""
    lowered = text.lower()
    taken = [False] * len(lowered)
    for a, b in _sum_words(lowered):  # the 加 of 加起来 joins nothing
        taken[a:b] = [True] * (b - a)
    out = []
    for joiner in _JOINERS:
        pattern = rf"\b{re.escape(joiner)}\b" if joiner[0].isalpha() and joiner.isascii() else re.escape(joiner)
        for m in re.finditer(pattern, lowered):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
                out.append(m.span())
    return sorted(out)


def sum_joined(text: str, hits: list[Span]) -> bool:
    """A sum joiner ("加上", "plus") standing between two statistics of one clause."""
    lowered = text.lower()
    said = _sum_words(lowered)
    for m in _SUM_JOINER.finditer(lowered):
        if any(a <= m.start() < b for a, b in said):
            continue
        before = [h for h in hits if h[1] <= m.start() and not _cut(lowered[h[1]:m.start()])]
        after = [h for h in hits if h[0] >= m.end() and not _cut(lowered[m.end():h[0]])]
        if before and after:
            return True
    return False


def asks_each(text: str) -> bool:
    """"A和B各几件" / "分别是多少" / "how many of each": every part on its own, never their sum."""
    return bool(_EACH.search(text.lower()))


def _sum_words(lowered: str) -> list[Span]:
    return [m.span() for w in words.SUM_WORDS for m in re.finditer(re.escape(w), lowered)]


def _cut(gap: str) -> bool:
    return any(c in gap for c in _PUNCTUATION)


def spelled_out(text: str, anchor: Span) -> Span | None:
    """The words right after a statistic that say what it contains ("（含直接起诉和复议后起诉）",
    "(including direct suits and suits after reconsideration)", "（直接起诉和复议后起诉）"): to the
    closing bracket or the end of the clause; None when no such words follow it."""
    lowered = text.lower()
    rest = lowered[anchor[1]:]
    first = rest.lstrip()[:1]
    opened = bool(first) and first in _OPEN
    marker = _INCLUSION.search(rest)
    if marker is not None and _LEFT_OF_INCLUSION.match(rest[:marker.start()]):
        start = anchor[1] + marker.end()
    elif opened:
        start = anchor[1] + rest.index(first) + 1
    else:
        return None
    stops = _CLOSE if opened else _CLOSE + _PUNCTUATION
    end = next((i for i in range(start, len(lowered)) if lowered[i] in stops), len(lowered))
    return (start, end) if end > start else None


def bracketed(text: str) -> list[Span]:
    """Every bracketed stretch of the text (the words in it are no part of a sum's list)."""
    return [m.span() for m in re.finditer(r"[(（][^)）]*[)）]?", text)]
