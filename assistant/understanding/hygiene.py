"""Question hygiene: empty, too long or not words at all; which language it is in; the
normalized form every later step reads."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from index.lexicon import questions

#: Questions longer than this are refused before any parsing (a pasted document is no question).
MAX_QUESTION_CHARS = 500

CJK = "\u3400-\u9fff\uf900-\ufaff"  # the CJK ideograph blocks (a character class body)
_CJK_RE = re.compile(f"[{CJK}]")


class Problem(StrEnum):
    """Why a text cannot be read as a question (the renderer says it in words)."""

    EMPTY = "empty"
    LONG = "long"
    NONSENSE = "nonsense"


def detect_language(text: str) -> str:
    """'en' when Latin letters outnumber CJK characters (an English question may quote a
    Chinese name), else 'zh'."""
    cjk = len(_CJK_RE.findall(text))
    if not cjk:
        return "en"
    latin_words = re.findall(r"[A-Za-z]+", text)
    return "en" if len(latin_words) >= 3 and sum(map(len, latin_words)) > cjk else "zh"


def check_question(text: str) -> Problem | None:
    """Why the text is no question, or None when it can be parsed."""
    if not text or not text.strip():
        return Problem.EMPTY
    if len(text) > MAX_QUESTION_CHARS:
        return Problem.LONG
    if not any(ch.isalpha() for ch in strip_controls(text)):  # str.isalpha is true for CJK too
        return Problem.NONSENSE
    return None


# Terminal escapes (CSI "\x1b[31m", OSC "\x1b]0;title\x07") and control characters: never part
# of a question, and never to be echoed back to a terminal.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")


def strip_controls(text: str) -> str:
    """The text without terminal escape sequences and control characters (tabs and line
    breaks become spaces)."""
    text = _ESCAPES.sub("", text)
    return "".join(" " if ch in "\t\n\r" else ch for ch in text if ch in "\t\n\r" or unicodedata.category(ch) != "Cc")


_SYLLABLE_MARK = re.compile(r"(?<=[A-Za-z])['’](?=[aeiouAEIOU])")


_INSIDE_CJK = re.compile(rf"(?<=[{CJK}])\s+(?=[{CJK}])")
_ASK = re.compile(questions.ASK_OF_CLAUSE)
_CLAUSE_ENDS = re.compile(questions.CLAUSE_ENDS)


def _asks_apart(text: str, start: int, end: int) -> bool:
    """A space between two asks ("收了多少件 结转到2026年几件"): each side's clause asks."""
    left, right = _CLAUSE_ENDS.split(text[:start])[-1], _CLAUSE_ENDS.split(text[end:])[0]
    return bool(_ASK.search(left) and _ASK.search(right))


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII), no spaces inside CJK runs but a comma
    between two asks, single spaces.

    Case is kept: callers lower() it for matching and slice this form for display."""
    text = unicodedata.normalize("NFKC", strip_controls(text))
    text = _INSIDE_CJK.sub(lambda m: "," if _asks_apart(m.string, m.start(), m.end()) else "", text)
    text = _SYLLABLE_MARK.sub("", text)  # Huai'an, Xi'an: pinyin syllable marks, not possessives
    return re.sub(r"\s+", " ", text).strip()


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span's characters turned to spaces: what no linker took, read where it
    stands (the length is kept, so every other span still points into it)."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text
