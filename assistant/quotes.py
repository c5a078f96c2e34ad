"""Find a cleaned sentence back in the raw extracted text, so a quote is verbatim.

Cleaning joins hard-wrapped lines and applies NFKC, so a sentence of a passage is not a
substring of the raw page text. Matching ignores whitespace and compares NFKC forms, then
returns the raw span, line breaks and full-width punctuation included.
"""

from __future__ import annotations

import unicodedata


def _compress(text: str) -> tuple[str, list[int]]:
    """NFKC text without whitespace, and for each of its characters the raw index."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for norm in unicodedata.normalize("NFKC", ch):
            if not norm.isspace():
                chars.append(norm)
                index.append(i)
    return "".join(chars), index


def locate(raw: str, needle: str) -> tuple[int, int] | None:
    """(start, end) of `needle` in `raw`, ignoring whitespace and width differences."""
    compressed, index = _compress(raw)
    target, _ = _compress(needle)
    if not target:
        return None
    at = compressed.find(target)
    if at < 0:
        return None
    return index[at], index[at + len(target) - 1] + 1


def find_in_pages(pages: list[tuple[int, str]], needle: str) -> tuple[int, str] | None:
    """(page number, raw quote) of the first page holding `needle`, also across a page break."""
    for number, text in pages:
        span = locate(text, needle)
        if span:
            return number, text[span[0] : span[1]]
    for (number, text), (_, following) in zip(pages, pages[1:], strict=False):
        joined = text + "\n" + following
        span = locate(joined, needle)
        if span:
            return number, joined[span[0] : span[1]]
    return None
