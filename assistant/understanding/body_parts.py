"""Parts of a body named in a question or a prose item (乡镇, 街道, 区直 …; "townships" in
English): one pattern for every reader. The body's own table figure is their whole, never theirs."""

from __future__ import annotations

import re

from index.lexicon.questions import BODY_PARTS, BODY_PARTS_EN

_PART = re.compile(f"{BODY_PARTS}|" + "|".join(rf"\b{w}" for w in BODY_PARTS_EN))


def body_parts_named(text: str) -> set[str]:
    """The parts a text names, each as the Chinese word the prose names it by."""
    return {BODY_PARTS_EN.get(word, word) for word in _PART.findall(text.lower())}
