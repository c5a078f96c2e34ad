"""The names of one body, generated from its structure: region parts and bureau words.

    names_of("平潭综合实验区综合执法与应急管理局").zh
      -> 平潭综合实验区综合执法与应急管理局, 平潭执法局, 平潭执法应急局, 平潭综合实验区执法局, …
    names_of("淮安市洪泽区人民政府").zh -> 洪泽区, 洪泽, 洪泽区政府, 淮安洪泽区政府, …

The region and bureau are split by index.metadata (the same split the index stores); the
forms of each word come from body_words.py. Nothing here knows any particular body.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from index import divisions, metadata
from index.lexicon import bodynames as words

DIVISION_WORDS = words.DIVISION_WORDS
_SUFFIX = re.compile(words.BUREAU_SUFFIX)
_CONJ = re.compile(words.CONJUNCTIONS)
_OWNED_OFFICE = re.compile(words.OWNED_OFFICE)
OFFICE_FOR_GOVERNMENT = 85.0
PLACE_ONLY = 70.0


@dataclass(frozen=True)
class Alias:
    text: str
    kind: str  # full (region + bureau) | region (a government by its region) | bureau (no region) | place
    # (place: the region of a body that is not its government)
    quality: float  # 100 for the printed or standard forms; lower for looser equivalences
    why: str


@dataclass
class BodyNames:
    body: str
    region: str
    bureau: str
    government: bool
    zh: list[Alias] = field(default_factory=list)
    region_en: list[tuple[str, float]] = field(default_factory=list)  # ("pingtan comprehensive experimental zone", 100)
    bureau_en: list[tuple[str, float]] = field(default_factory=list)  # ("finance", 100), ("financial", 90)
    region_zh: list[str] = field(default_factory=list)


def stem(part: str) -> str:
    """洪泽区 -> 洪泽, 平潭综合实验区 -> 平潭; a stem shorter than two characters is no name."""
    for word in DIVISION_WORDS:
        if part.endswith(word) and len(part) - len(word) >= 2:
            return part[: -len(word)]
    return part


def division_of(part: str) -> str:
    return next((w for w in DIVISION_WORDS if part.endswith(w) and len(part) > len(w)), "")


def region_forms(region: str) -> list[str]:
    """Every way to name the region: the innermost part with or without its division word,
    preceded or not by its parents (printed ones, and the city from the national codes)."""
    parts = metadata.region_parts(region) or ([region] if region else [])
    if not parts:
        return []
    if len(parts) == 1:
        found = divisions.parents(parts[0])
        if found and found.city:
            parts = [found.city, *parts]
    per_part = [list(dict.fromkeys((p, stem(p), *_division_synonyms(p)))) for p in parts]
    forms: list[str] = []
    for start in range(len(parts) - 1, -1, -1):  # innermost alone first, then with parents
        for combo in itertools.product(*per_part[start:]):
            forms.append("".join(combo))
    return list(dict.fromkeys(f for f in forms if len(f) >= 2))


def _division_synonyms(part: str) -> list[str]:
    """平潭综合实验区 -> 平潭实验区, 平潭综合试验区 …: the other words for its kind of division."""
    division = division_of(part)
    for family in words.DIVISION_SYNONYMS:
        if division in family:
            return [stem(part) + other for other in family if other != division]
    return []


def place_of(region: str) -> str:
    """The innermost place name of a region, without its division word (淮安市洪泽区 -> 洪泽)."""
    parts = metadata.region_parts(region) or ([region] if region else [""])
    return stem(parts[-1])


def _field_parts(core: str) -> list[str]:
    if core in words.FIELD_FORMS or core in words.FIELD_EN:
        return [core]
    return [p for p in _CONJ.split(core) if p]


def _initials(parts: list[str]) -> list[str]:
    """旅游与文化体育 -> 旅文体, 文旅体 …: the first character of each two-character word of the
    fields (a field of four is two words: 文化体育 = 文化 + 体育), in any order; three or four words."""
    if not all(len(p) % 2 == 0 for p in parts):
        return []
    heads = [p[i] for p in parts for i in range(0, len(p), 2)]
    if not 3 <= len(heads) <= 4:
        return []
    return ["".join(order) for order in itertools.permutations(heads)]


def bureau_forms(bureau: str) -> list[tuple[str, float, str]]:
    """(form, quality, why) of a bureau word: its parts' short forms combined, the suffix's
    forms, the index's own abbreviations, and 局 said as 委 (卫健局 / 卫健委) at a lower score."""
    if bureau in words.OFFICE_WORDS:
        return [(w, 100.0, "office synonym") for w in words.OFFICE_WORDS]
    if not bureau or bureau in words.GOVERNMENT_WORDS:
        return [(w, 100.0, "government synonym") for w in words.GOVERNMENT_WORDS]
    out: list[tuple[str, float, str]] = [(bureau, 100.0, "full name")]
    match = _SUFFIX.fullmatch(bureau)
    if match:
        core, suffix = match.groups()
        parts = _field_parts(core)
        per_part = [list(dict.fromkeys((p, *words.FIELD_FORMS.get(p, ())))) for p in parts]
        suffixes = words.SUFFIX_FORMS.get(suffix, (suffix,))
        cores = ["".join(c) for c in itertools.product(*per_part)]
        if len(parts) == 2:  # 旅游与文化体育 -> 旅文体 and 文旅: first characters in either order
            cores += [parts[0][0] + parts[1][0], parts[1][0] + parts[0][0]]
        out += [(c + s, 100.0, "abbreviation, its words' first characters") for c in _initials(parts)
                for s in suffixes]
        for c, s in itertools.product(cores, suffixes):
            out.append((c + s, 100.0, "abbreviation"))
        if len(parts) >= 2:  # one field of several: 综合执法与应急管理局 -> 执法局, 应急局
            out += [(f + s, 95.0, "one of its fields") for p in per_part for f in p for s in suffixes]
        if suffix == words.BUREAU:
            out += [(c + words.COMMISSION, 90.0, "bureau said as commission") for c in cores]
    for short in (metadata.ABBREVIATIONS.get(bureau, ""), *metadata.bureau_abbreviations(bureau)):
        if short:
            out.append((short, 100.0, "abbreviation"))
    seen: dict[str, tuple[str, float, str]] = {}
    for form in out:
        if len(form[0]) >= 2 and (form[0] not in seen or seen[form[0]][1] < form[1]):
            seen[form[0]] = form
    return list(seen.values())


@cache
def names_of(body: str) -> BodyNames:
    region, bureau = metadata.split_body(body)
    government = not bureau or bureau in words.GOVERNMENT_WORDS
    names = BodyNames(body, region, bureau, government)
    regions = region_forms(region)
    names.region_zh = regions
    forms = bureau_forms(bureau)
    aliases = [Alias(body, "full", 100.0, "full name")]
    for r, (b, quality, why) in itertools.product(regions, forms):
        aliases.append(Alias(r + b, "full", quality, why))
    if government:
        aliases += [Alias(r, "region", 100.0, "region means its government") for r in regions]
        # A government's report is compiled by its general office: 政府办 asks for it when the
        # office has no report of its own (an indexed office scores higher: 100).
        aliases += [Alias(r + w, "full", OFFICE_FOR_GOVERNMENT, "office compiles the government's report")
                    for r in regions for w in words.OFFICE_WORDS if _OWNED_OFFICE.search(w)]
        # so does its disclosure office, the report's contact ("平潭实验区信息公开办的邮箱")
        aliases += [Alias(r + w, "full", OFFICE_FOR_GOVERNMENT, "its disclosure office compiles the government's report")
                    for r in regions for w in words.INNER_OFFICES]
    else:
        # The region alone, for a body that is not its government ("灵武2020年" where only
        # bureaus of 灵武 are indexed): scored by whether its bureau is named elsewhere.
        aliases += [Alias(r, "place", PLACE_ONLY, "region only") for r in regions]
    if not government:
        # an office alone only by a name that says whose office (管委办, 政府办), not 办公室
        aliases += [Alias(b, "bureau", quality, "bureau only") for b, quality, _ in forms
                    if len(b) >= 3 and (bureau not in words.OFFICE_WORDS or _OWNED_OFFICE.search(b))]
    unique: dict[str, Alias] = {}
    for alias in aliases:
        if alias.text not in unique or unique[alias.text].quality < alias.quality:
            unique[alias.text] = alias
    names.zh = list(unique.values())
    names.region_en = _region_english(region)
    names.bureau_en = _bureau_english(bureau)
    return names


def _region_english(region: str) -> list[tuple[str, float]]:
    """The innermost part's pinyin (90), and with its division word in English (100)."""
    from pypinyin import Style, lazy_pinyin

    parts = metadata.region_parts(region) or ([region] if region else [])
    out: list[tuple[str, float]] = []
    for part in parts[-1:]:  # the innermost part names the place; its parents only narrow it
        syllables = " ".join(lazy_pinyin(stem(part), style=Style.NORMAL)).replace("ü", "v")
        out.append((syllables, 90.0))
        divisions_en = words.DIVISION_EN.get(division_of(part), ())
        out += [(f"{syllables} {d}", 100.0) for d in divisions_en]
        # the division's head noun alone ("Pingtan zone"): a word only this kind of region has
        out += [(f"{syllables} {d.split()[-1]}", 100.0) for d in divisions_en if " " in d]
    return list(dict.fromkeys(out))


def _bureau_english(bureau: str) -> list[tuple[str, float]]:
    """English phrases of the bureau's fields; a field's first (official) English 100, others 90."""
    if bureau in words.OFFICE_WORDS:
        return [(p, 100.0) for p in words.OFFICE_EN]
    if bureau in words.COMMITTEE_WORDS:
        return [(p, 100.0) for p in words.COMMITTEE_EN]
    if not bureau or bureau in words.GOVERNMENT_WORDS:
        return [(p, 100.0) for p in words.GOVERNMENT_EN]
    match = _SUFFIX.fullmatch(bureau)
    if not match:
        return []
    per_part = [[(f, 100.0 if i == 0 else 90.0) for i, f in enumerate(words.FIELD_EN.get(p, ()))]
                for p in _field_parts(match.group(1))]
    if not all(per_part):
        return []
    out: dict[str, float] = {}
    for combo in itertools.product(*per_part):
        phrases = [c for c, _ in combo]
        quality = min(q for _, q in combo)
        joined = [" and ".join(phrases), " ".join(phrases), ", ".join(phrases)]
        if len(phrases) > 2:
            joined.append(", ".join(phrases[:-1]) + " and " + phrases[-1])
        for j in joined:
            out[j] = max(out.get(j, 0.0), quality)
    return list(out.items())
