"""Each body with its own year: "平潭综合实验区2025年收到的申请，比平潭管委会办公室2023年收到的多多少件？"
compares two (body, year) pairs, 154 of the first against 21 of the second, never every body in
every year (the cross product: each body's own change, and the other body's). Pure: text, spans
and mentions in, pairs out.

A pair is read only when the question names exactly two bodies and two different years, and each
body's name has one of the years written right beside it (before or after, a particle between at
most) while the other year stands beside the other body: "A 2025年…比B 2023年", "2023年A…比2020年B".
"A和B 2024年比2023年" (both years beside one name) is no pairing: each body's change is asked.
"""

from __future__ import annotations

import re

from index.lexicon.questions import NOT_BESIDE_ZH, YEAR_BESIDE_NAME_EN

from .gazetteer import Mention
from .years import find_years

#: Characters that may stand between a body's name and its year ("A的2025年", "2025年的A").
MAX_GAP = 2
_NAMING = ("body", "region", "bureau")
_BESIDE_EN = re.compile(YEAR_BESIDE_NAME_EN, re.I)


def paired_years(text: str, mentions: list[Mention], year_spans: list[tuple[int, int]],
                 bodies: list[str]) -> list[tuple[str, int]]:
    """The (body, year) pairs the question writes, in its order; [] when it writes no such pairs."""
    if len(bodies) != 2:
        return []
    named = _named(mentions, bodies)
    years = [(a, b, found[0]) for a, b in year_spans if len(found := find_years(text[a:b].lower()).years) == 1]
    if len(named) != 2 or len(years) != 2 or years[0][2] == years[1][2]:
        return []
    pairs = []
    for body, start, end in named:
        beside = [y for a, b, y in years if (a >= end and _beside(text[end:a])) or (start >= b and _beside(text[b:start]))]
        if len(beside) != 1:
            return []
        pairs.append((body, beside[0]))
    return pairs if len({y for _, y in pairs}) == 2 else []


def _beside(between: str) -> bool:
    """A year stands beside a name: a particle between at most (no word joining or comparing two
    sides), or in English a few verbs and prepositions ("Hongze District had in 2023", "Huai'an City in 2024")."""
    if len(between) <= MAX_GAP:
        return not any(c in NOT_BESIDE_ZH for c in between)  # "2024年比洪泽区": the year of the other side
    return bool(_BESIDE_EN.match(between))


def _named(mentions: list[Mention], bodies: list[str]) -> list[tuple[str, int, int]]:
    """Each body's first naming, (body, start, end), in the question's order: a region's mention
    stands for the one body of `bodies` it holds that no body's own name claims; a bureau said
    without its place ("the finance bureau", "财政金融局") for the one body of `bodies` it ends."""
    held_by = [(m, _held(m, bodies)) for m in sorted(mentions, key=lambda m: m.start) if m.kind in _NAMING]
    own = {held[0] for m, held in held_by if len(held) == 1 and (m.kind == "bureau" or len(m.values) == 1)}
    out: dict[str, tuple[int, int]] = {}
    for m, held in held_by:
        if len(held) > 1:
            held = [b for b in held if b not in own]
        if len(held) == 1 and held[0] not in out:
            out[held[0]] = (m.start, m.end)
    return [(b, a, e) for b, (a, e) in out.items()]


def _held(mention: Mention, bodies: list[str]) -> list[str]:
    """The bodies of `bodies` a mention names: a body's or region's its values, a bureau's the
    bodies whose names end with its bureau."""
    if mention.kind == "bureau":
        return [b for b in bodies if any(b.endswith(core) for core in mention.values)]
    return [b for b in mention.values if b in bodies]
