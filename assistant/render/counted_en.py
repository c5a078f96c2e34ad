"""A figure of the prose on an English answer's line, in English words: "95个" of
"政务新媒体共计95个" is "95 government new-media accounts", "60个单位" "60 bodies", "12场" "12
sessions", "3.5万元" "3.5 万元 (ten-thousand yuan)"; a measure word no noun of the table explains is
set apart ("95 (个)"), never glued to the figure. The quote beside it keeps the report's words.
The nouns and measures are the lexicon's (index/lexicon/counted_en.py)."""

from __future__ import annotations

import re

from index.lexicon import counted_en as words
from index.lexicon.units import MEASURES

_MONEY = "|".join(sorted(words.MONEY_EN, key=len, reverse=True))
_ABOUT = "".join(words.ABOUT_EN)
_FIGURE = re.compile(rf"^(?P<n>\d[\d,.]*)\s*(?:(?P<money>{_MONEY})|(?P<about>[{_ABOUT}])?\s*(?P<unit>{MEASURES}))$")
_SPACES = re.compile(r"\s+")


def english_figure(span: str, sentence: str = "") -> str:
    """The span in English words (`sentence`: the report's sentence holding it, for the noun it
    counts); the span itself when it is no figure with a unit."""
    match = _FIGURE.match(span)
    if match is None:
        return span
    shown = match.group("n")
    if match.group("money"):
        return f"{shown} {words.MONEY_EN[match.group('money')]}"
    about, unit = match.group("about"), match.group("unit")
    if about is None and unit in words.ABOUT_EN:  # "900余": the measure word left out
        return f"{words.ABOUT_EN[unit]} {shown}"
    nouns = counted_noun(span, sentence) or words.MEASURE_NOUNS.get(unit)
    said = f"{shown} {_plural(shown, nouns)}" if nouns else f"{shown} ({unit})"
    return f"{words.ABOUT_EN[about]} {said}" if about else said


def counted_noun(span: str, sentence: str) -> tuple[str, str] | None:
    """The (singular, plural) of the thing the span's clause counts: the table's noun starting
    soonest after the span in its clause ("60个单位", "2个政府网站"), else the nearest before it
    in its clause ("政务新媒体共计95个")."""
    text, span = _SPACES.sub("", sentence), _SPACES.sub("", span)
    found_at = re.search(rf"(?<![\d.,]){re.escape(span)}", text)
    if found_at is None:
        return None
    at = found_at.start()
    after = _clause_after(text[at + len(span):])
    found = [(after.find(noun), -len(noun), english) for noun, english in words.COUNTED_NOUNS
             if -1 < after.find(noun) <= words.NOUN_AFTER_REACH]
    if found:
        return min(found, key=lambda f: f[:2])[2]
    before = text[:at]
    start = max(before.rfind(c) for c in words.CLAUSE_BREAKS) + 1
    clause = before[start:]
    found = [(clause.rfind(noun) + len(noun), len(noun), english) for noun, english in words.COUNTED_NOUNS
             if noun in clause]
    return max(found, key=lambda f: f[:2])[2] if found else None


def _clause_after(text: str) -> str:
    ends = [i for i in (text.find(c) for c in words.CLAUSE_BREAKS) if i >= 0]
    return text[:min(ends)] if ends else text


def _plural(shown: str, nouns: tuple[str, str]) -> str:
    return nouns[0] if shown in ("1", "1.0") else nouns[1]
