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


@lru_cache(maxsize=1024)
def syllables(text: str) -> tuple[str, ...]:
    """"财政金融局" -> ("cai", "zheng", "jin", "rong", "ju"): one toneless syllable a character, read
    as a phrase (polyphones by their context); () when a character is not Chinese."""
    if not text or not _HAN.fullmatch(text):
        return ()
    from pypinyin import Style, lazy_pinyin

    out = lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: [None] * len(chars))
    return () if any(s is None for s in out) else tuple(s.replace("ü", "v") for s in out)


def load() -> None:
    """Load pypinyin's dictionaries now (0.15 s CPU) rather than at the first ingest or question."""
    romanize("中文")
