"""What a question says that no linker took: its residue. A question that narrows the counted
noun in words no cell was linked by ("申请是因为政府没掌握这个信息答复不了的", "requests that ended
with only part released") asks a part of the statistic linked; answering that whole would be a
wrong answer. Pure: text and spans in, words out.

The rule: in the clause of the statistic's words, the words no linker consumed (bodies, years,
statistics, frame cues), less the fillers (index/lexicon/residue.py), qualify the noun when they
follow it after a clause marker (是/因为/中…, that/which/were…), stand before it joined by 的
("…转来的申请"), or follow "how many of the …".
"""

from __future__ import annotations

import re

from index.lexicon import residue as words

from .hygiene import blanked

Spans = list[tuple[int, int]]

_CJK = re.compile(r"[\u4e00-\u9fff]+")
_EN_WORD = re.compile(r"[a-z][a-z'-]*")
_CLAUSE = re.compile(r"[，,；;。？?！!]")
_PART_OF = re.compile(words.EN_PART_OF)
_ZH_FILLERS = tuple(sorted(words.ZH_FILLERS, key=len, reverse=True))


def unmatched_words(text: str, consumed: Spans, anchor: tuple[int, int]) -> str:
    """The words qualifying the noun at `anchor` that no linker consumed ("" when none)."""
    lowered = text.lower()
    blank = blanked(lowered, consumed)
    start, end = _clause(lowered, anchor[0])
    if _CJK.search(lowered):
        return _zh_residue(lowered, blank, anchor, start, end)
    return _en_residue(lowered, blank, anchor, start, end)


def _zh_residue(text: str, blank: str, anchor: tuple[int, int], start: int, end: int) -> str:
    after = text[anchor[1]:end]
    found = []
    if after.startswith(words.ZH_MARKERS):
        found.append(_zh_content(blank[anchor[1]:end]))
    before = blank[start:anchor[0]].rstrip()
    if before.endswith(words.ZH_LINK):  # "…转来的申请": the clause before 的, back to a consumed word
        segment = re.split(r"\s{1,}", before[:-1].rstrip())[-1]
        found.append(_zh_content(segment))
    return " ".join(w for w in found if len(w.replace(" ", "")) >= 2)


def _zh_content(segment: str) -> str:
    """The Chinese words of a segment that are no filler (a character left alone, the 人 of a
    申请人 whose 申请 a linker took, qualifies nothing)."""
    for filler in _ZH_FILLERS:
        segment = segment.replace(filler, " ")
    return " ".join(w for w in _CJK.findall(segment) if len(w) >= 2)


def _en_residue(text: str, blank: str, anchor: tuple[int, int], start: int, end: int) -> str:
    following = _EN_WORD.findall(text[anchor[1]:end])
    marked = bool(following) and following[0] in words.EN_MARKERS
    if not (marked or _PART_OF.search(text[start:anchor[0]])):
        return ""
    content = [w for w in _EN_WORD.findall(blank[anchor[1]:end]) if w not in words.EN_FILLERS]
    return " ".join(content)



def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause holding `at`: between punctuation marks (a relative clause runs over "and")."""
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text)]
    return next(((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a <= at < b), (0, len(text)))




def part_words(text: str, consumed: Spans, segment: tuple[int, int]) -> str:
    """The words of one part of a list ("新收申请加上被退回的") that no linker consumed, less the
    fillers: "" when the part says nothing beyond bodies, years and filler words."""
    lowered = text.lower()
    piece = blanked(lowered, consumed)[segment[0]:segment[1]]
    if _CJK.search(lowered):
        return _zh_content(piece)
    return " ".join(w for w in _EN_WORD.findall(piece) if w not in words.EN_FILLERS)
