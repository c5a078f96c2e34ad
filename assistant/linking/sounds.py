"""Characters people type for one another: the same sound (pypinyin, every reading, tones
ignored: 择 for 泽, 谭 for 潭, 建 for 健) and OCR look-alikes (index.metadata.LOOKALIKES)."""

from __future__ import annotations

import re
from functools import cache

from index.metadata import LOOKALIKES

_LOOKALIKE = {frozenset(pair) for pair in LOOKALIKES}
_HAN = re.compile("[\u3400-\u9fff]")


@cache
def readings(char: str) -> frozenset[str]:
    """Toneless readings of a Chinese character; the character itself for anything else."""
    if not _HAN.fullmatch(char):
        return frozenset((char,))
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    return frozenset(found[0]) if found and found[0] else frozenset((char,))


@cache
def same_char(got: str, want: str) -> str | None:
    """"look-alike" or "same sound" when `got` may be a typo for `want`; None otherwise."""
    if frozenset((got, want)) in _LOOKALIKE:
        return "look-alike"
    if _HAN.fullmatch(got) and _HAN.fullmatch(want) and readings(got) & readings(want):
        return "same sound"
    return None


@cache
def typed_as(char: str) -> frozenset[str]:
    """The readings a name's character may have when the question shows `char`: its own and
    those of its look-alikes (准 typed for 淮)."""
    found = set(readings(char))
    for pair in _LOOKALIKE:
        if char in pair:
            for other in pair - {char}:
                found |= readings(other)
    return frozenset(found)
