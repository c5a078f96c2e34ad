"""Years, ranges, "latest" and impossible years in a question."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.lexicon import questions as words
from index.lexicon import statwords
from index.lexicon.numerals import cn_digits_to_int

# --- years ----------------------------------------------------------------------------------------

_YEAR_RE = re.compile(words.YEAR)
_CARRIED = re.compile(statwords.CARRIED_INTO_YEAR)
_FROM_AFTER = re.compile(statwords.CARRIED_FROM_YEAR_AFTER)
_FROM_BEFORE = re.compile(statwords.CARRIED_FROM_YEAR_BEFORE)
_RANGE_GAP = re.compile(words.RANGE_GAP)
_BETWEEN = re.compile(r"\b(?:between|from)\s*$")
_LATEST_RE = re.compile(words.LATEST_RE)


@dataclass
class YearSpec:
    years: list[int] = field(default_factory=list)
    year_range: tuple[int, int] | None = None
    latest: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)
    impossible: list[int] = field(default_factory=list)  # 9999年: no report can be of that year


def find_years(text: str) -> YearSpec:
    """Years, ranges ("2019到2021年", "between 2019 and 2021") and "latest" in a lower-cased
    normalized question."""
    spec = YearSpec(latest=bool(_LATEST_RE.search(text)))
    matches = list(_YEAR_RE.finditer(text))
    # "结转到2024年继续办的": a year that names the carry-over, not a year asked (it still masks)
    carried = [m for m in matches if _CARRIED.search(text[max(0, m.start() - CARRIED_REACH):m.start()])]
    into = list(carried)
    # "2024年…是2023年没办完转过来的": the year the requests came from, when another year is asked
    came = [m for m in matches if m not in carried and (_FROM_AFTER.match(text, m.end())
                                                          or _FROM_BEFORE.search(text[max(0, m.start() - 24):m.start()]))]
    if {_year_value(m) for m in matches if m not in carried and m not in came}:
        carried += came
    years = {_year_value(m) for m in matches if m not in carried}
    if not years and into:  # "carried over into 2026", no year asked besides: the report of the year before
        years = {_year_value(m) - 1 for m in into}
    in_range: set[int] = set()
    for a, b in zip(matches, matches[1:], strict=False):
        gap = text[a.end():b.start()]
        if _RANGE_GAP.fullmatch(gap) or (gap.strip() == "and" and _BETWEEN.search(text[:a.start()])):
            low, high = sorted((_year_value(a), _year_value(b)))
            spec.year_range = spec.year_range or (low, high)
            years |= set(range(low, high + 1))
            in_range |= {a.start(), b.start()}
    for m in (m for m in matches if m not in carried):  # "2021年及以后" / "since 2021": every later year (the caller checks the corpus)
        if m.start() in in_range:
            continue
        after, before = text[m.end():m.end() + 8], text[max(0, m.start() - 8):m.start()]
        if _OPEN_AFTER.match(after) or _SINCE.search(before):
            years |= set(range(_year_value(m), _year_value(m) + OPEN_RANGE_YEARS))
    spec.years = sorted(years)
    spec.spans = [m.span() for m in matches] + [m.span() for m in _LATEST_RE.finditer(text)]
    spec.impossible = sorted({int(m.group(1) or m.group(2)) for m in _IMPOSSIBLE_YEAR.finditer(text)})
    return spec


_IMPOSSIBLE_YEAR = re.compile(words.IMPOSSIBLE_YEAR)


OPEN_RANGE_YEARS = 50
#: How far before a year its carry-over words may start ("carried over into " is 17 characters).
CARRIED_REACH = 24
_OPEN_AFTER = re.compile(words.OPEN_AFTER)
_SINCE = re.compile(words.SINCE)


def _year_value(match: re.Match) -> int:
    if match.group("ar"):
        return int(match.group("ar"))
    if match.group("yy"):
        return 2000 + int(match.group("yy"))
    return cn_digits_to_int(match.group("cn"))


