"""Characters people type for one another: the same sound (pypinyin, every reading, tones
ignored: 择 for 泽, 谭 for 潭, 建 for 健) and OCR look-alikes (index.metadata.LOOKALIKES)."""

from __future__ import annotations

from functools import cache

from index.metadata import LOOKALIKES

_LOOKALIKE = {frozenset(pair) for pair in LOOKALIKES}


@cache
def readings(char: str) -> frozenset[str]:
    """Toneless readings of a Chinese character; the character itself for anything else."""
    if not "\u3400" <= char <= "\u9fff":
        return frozenset((char,))
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    return frozenset(found[0]) if found and found[0] else frozenset((char,))


@cache
def same_char(got: str, want: str) -> str | None:
    """"同音" or "形近" when `got` may be a typo for `want`; None otherwise."""
    if frozenset((got, want)) in _LOOKALIKE:
        return "形近"
    if "\u3400" <= got <= "\u9fff" and "\u3400" <= want <= "\u9fff" and readings(got) & readings(want):
        return "同音"
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
