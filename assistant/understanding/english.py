"""English names of bureaus, built from the words of their Chinese names.

A question says "the Pingtan Finance Bureau", "Huai'an municipal government" or "the Law
Enforcement and Emergency Management Bureau"; the corpus only knows 平潭综合实验区财政金融局,
淮安市人民政府 and 综合执法与应急管理局. No body is listed here: a bureau's English names are
composed from the translations of the words its name is made of (财政金融 + 局), so a bureau
nobody here has seen gets English names as long as its words are common ones.

    exact, loose = bureau_english("综合执法与应急管理局", division="区")
    exact -> ["comprehensive law enforcement and emergency management bureau", ...]
    loose -> ["law enforcement bureau", "emergency management bureau", ...]

`loose` names (one word of several, "tourism bureau" for 旅游与文化体育局) only count where no
body of the region is called that exactly.
"""

from __future__ import annotations

import itertools
import re

from index.lexicon.bureaus import (
    COMMITTEE,
    COMMITTEE_LOOSE,
    COMMITTEE_NAMES,
    COMMITTEE_OFFICE,
    COMMITTEE_OFFICE_NAMES,
    CONJUNCTIONS,
    DIVISION_GOVERNMENT,
    GOVERNMENT_WORDS,
    HEADS,
    PLAIN_GOVERNMENT,
    WORDS,
)

_SPLIT = re.compile(f"[{CONJUNCTIONS}]")


def bureau_english(bureau: str, division: str = "") -> tuple[list[str], list[str]]:
    """(exact, loose) English names of a bureau; ([], []) when a word has no translation."""
    if bureau in PLAIN_GOVERNMENT:
        return [*DIVISION_GOVERNMENT.get(division[-1:] if division else "", ()), *GOVERNMENT_WORDS], []
    if bureau in COMMITTEE_NAMES:
        return list(COMMITTEE), list(COMMITTEE_LOOSE)
    if bureau in COMMITTEE_OFFICE_NAMES:
        return list(COMMITTEE_OFFICE), ["office"]
    head = next((h for h in HEADS if bureau.endswith(h) and len(bureau) > len(h)), None)
    if head is None:
        return [], []
    core = bureau[: -len(head)]
    pieces = _pieces(core)
    if pieces is None:
        return [], []
    heads = HEADS[head]
    exact = [f"{words} {h}" for words in _joined(pieces) for h in heads]
    loose = [f"{w} {h}" for piece in pieces if len(pieces) > 1 for w in piece for h in heads]
    return _unique(exact), [n for n in _unique(loose) if n not in exact]


def _pieces(core: str) -> list[tuple[str, ...]] | None:
    """The translated words of a name's core: whole if known (卫生和计划生育), else by its
    conjunctions (旅游与文化体育 -> 旅游, 文化体育), else greedily by known words."""
    if core in WORDS:
        return [WORDS[core]]
    parts = [p for p in _SPLIT.split(core) if p]
    out = []
    for part in parts:
        if part in WORDS:
            out.append(WORDS[part])
            continue
        greedy = _greedy(part)
        if greedy is None:
            return None
        out += greedy
    return out


def _greedy(text: str) -> list[tuple[str, ...]] | None:
    out, i = [], 0
    while i < len(text):
        word = next((text[i:j] for j in range(len(text), i, -1) if text[i:j] in WORDS), None)
        if word is None:
            return None
        out.append(WORDS[word])
        i += len(word)
    return out


def _joined(pieces: list[tuple[str, ...]]) -> list[str]:
    """Each combination of renderings, joined as English lists are ("a, b and c" and "a and b
    and c" read as the same words once punctuation is gone)."""
    out = []
    for combo in itertools.islice(itertools.product(*(p[:3] for p in pieces)), 30):
        if len(combo) == 1:
            out.append(combo[0])
            continue
        flat = [w for c in combo for w in c.split(" and ")]  # "tourism, culture and sports"
        out += [" ".join(flat[:-1]) + " and " + flat[-1], " and ".join(combo)]
    return out


def _unique(items) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
