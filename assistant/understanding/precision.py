"""The precision a question asks of a computed number ("保留一位小数", "to one decimal place",
"取整"): how many decimals a ratio, a share or an average is rounded to. None: the default."""

from __future__ import annotations

import re

from index.lexicon.questions import DECIMAL_COUNT_WORDS, DECIMALS_ASKED

_ASKED = [(re.compile(pattern, re.I), decimals) for pattern, decimals in DECIMALS_ASKED]
#: More decimals than any report's figures could support are not asked for.
MAX_DECIMALS = 4


def asked_decimals(text: str) -> int | None:
    """The decimals the question asks for, or None when it asks none."""
    for pattern, decimals in _ASKED:
        match = pattern.search(text)
        if match is None:
            continue
        if decimals is not None:
            return decimals
        said = match.group("n").lower()
        count = int(said) if said.isdigit() else DECIMAL_COUNT_WORDS[said]
        return min(count, MAX_DECIMALS)
    return None
