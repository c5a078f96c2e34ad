"""Toneless pinyin of place names, from pypinyin's dictionaries (phrases first, so that the
place-name readings of polyphones are used: 重庆 chongqing, 长沙 changsha, 厦门 xiamen)."""

from __future__ import annotations

import re
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=4096)
def romanize(text: str) -> str | None:
    """"沙坡头" -> "shapotou"; None for an empty text or one that is not all Chinese characters."""
    if not text or not _HAN.fullmatch(text):
        return None
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: [None] * len(chars))
    if any(s is None for s in syllables):
        return None
    return "".join(syllables).replace("ü", "v")


def load() -> None:
    """Load pypinyin's dictionaries now (0.15 s CPU) rather than at the first ingest or question."""
    romanize("中文")
