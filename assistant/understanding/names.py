"""Every way a body is named, built from its region and bureau: Chinese short forms, renamed
predecessors, English and pinyin, the province and city above it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from index import divisions
from index.lexicon.bureaus import (
    ABBREVIATIONS,
    BUREAU_EN,
    BUREAU_EN_LOOSE,
    BUREAU_ENDS,
    CONJUNCTIONS,
    GOVERNMENT_NAMES,
    PINYIN_END_EN,
    RENAMES,
)
from index.lexicon.divisions import COUNTY_LEVEL, DIVISIONS_EN, DIVISIONS_PINYIN, ZONE
from index.lexicon.pinyin import romanize, syllables
from index.metadata import bureau_abbreviations, region_parts

# --- names of bodies ------------------------------------------------------------------------------

# Full bureau name <-> abbreviation, both ways (卫健局 = 卫生健康局).
_ABBREVIATIONS: dict[str, str] = {k: v for k, v in ABBREVIATIONS.items() if k != v}
_ABBREVIATIONS |= {v: k for k, v in _ABBREVIATIONS.items()}


def _split_division(part: str) -> tuple[str, str]:
    """沙坡头区 -> (沙坡头, 区)."""
    for division in DIVISIONS_EN:
        if part.endswith(division) and len(part) > len(division):
            return part[: -len(division)], division
    return part, ""


def _region_forms(parts: list[str]) -> list[str]:
    """Chinese names of a region: 中卫市沙坡头区, 沙坡头区, 沙坡头; a long division word also
    shortened as people do (平潭综合实验区 -> 平潭实验区)."""
    if not parts:
        return []
    stem, division = _split_division(parts[-1])
    shorter = [stem + d for d in DIVISIONS_EN if 2 <= len(d) < len(division) and division.endswith(d)]
    return _unique(["".join(parts), parts[-1], *shorter, stem if len(stem) >= 2 else ""])


def _region_forms_en(parts: list[str]) -> list[str]:
    """English names: zhongwei city shapotou district, zhongwei shapotou district, shapotou
    district, shapotou. Empty when a character cannot be romanized."""
    romans = [(romanize(_split_division(p)[0]), DIVISIONS_EN.get(_split_division(p)[1], ""))
              for p in parts]
    if not romans or any(r is None for r, _ in romans):
        return []
    last, last_div = romans[-1]
    full = " ".join(f"{r} {d}".strip() for r, d in romans)
    bare_parents = " ".join(r for r, _ in romans[:-1])
    return _unique([full, f"{bare_parents} {last} {last_div}".strip(), f"{last} {last_div}".strip(),
                    last if len(_split_division(parts[-1])[0]) >= 2 else ""])


def _region_aliases_en(parts: list[str]) -> list[str]:
    """More English names of a region: with its division in pinyin (hongze qu), and a zone as
    "zone" (pingtan zone, pingtan pilot zone)."""
    if not parts:
        return []
    stem, division = _split_division(parts[-1])
    roman = romanize(stem)
    if roman is None:
        return []
    out = [f"{roman} {DIVISIONS_PINYIN[division]}"] if division in DIVISIONS_PINYIN else []
    if ZONE in division and len(division) > 1:  # 综合实验区, 开发区, 高新区 …
        out += [f"{roman} zone", f"{roman} pilot zone", f"{roman} experimental zone"]
    return out


def bureau_pinyin(bureau: str) -> list[str]:
    """How an analyst writes a bureau in pinyin: 财政金融局 -> "caizheng jinrong ju" (also "…
    bureau"), 综合执法与应急管理局 -> "zonghe zhifa yu yingji guanli ju", 人民政府 -> "renmin zhengfu":
    two-character words where the name is made of them; else each syllable, or the stem as one word."""
    said = syllables(bureau)
    if len(said) < 2:
        return []
    end = next((len(e) for e in BUREAU_ENDS if bureau.endswith(e)), 0)
    words, run = [], []
    for char, syllable in zip(bureau[: len(bureau) - end], said[: len(said) - end], strict=True):
        if char in CONJUNCTIONS:
            words += [*_paired(run), syllable]
            run = []
        else:
            run.append(syllable)
    words += _paired(run)
    ends = ["".join(said[len(said) - end:]), *([PINYIN_END_EN[bureau[-1]]] if bureau[-1] in PINYIN_END_EN else [])]
    stems = [" ".join(words), " ".join(said[: len(said) - end]), "".join(said[: len(said) - end])]
    return _unique(f"{s} {e}".strip() for s in stems for e in ends)


def _paired(run: list[str]) -> list[str]:
    """Syllables as two-character words when they pair up, else as they are."""
    return [a + b for a, b in zip(run[::2], run[1::2], strict=True)] if len(run) % 2 == 0 else run


def _bureau_forms(bureau: str) -> list[str]:
    """卫生健康局 -> 卫生健康局, 卫健局; 综合执法与应急管理局 -> …, 执法应急局."""
    return _unique([bureau, _ABBREVIATIONS.get(bureau, ""), *bureau_abbreviations(bureau)])


def _bureau_cores(bureau: str) -> list[str]:
    """卫生健康局 -> 卫生健康, 卫健: bureau names without their 局 / 委, as in 灵武卫生健康官方微博."""
    cores = [re.sub(f"(?:{'|'.join(BUREAU_ENDS)})$", "", f) for f in _bureau_forms(bureau)]
    return _unique(c for c in cores if len(c) >= 2 and c not in _bureau_forms(bureau))


def _family(bureau: str) -> set[str]:
    """Every name in the rename chain through a bureau (predecessors and successors)."""
    family = {bureau}
    changed = True
    while changed:
        grown = family | {RENAMES[b] for b in family if b in RENAMES}
        grown |= {old for old, new in RENAMES.items() if new in family}
        changed, family = grown != family, grown
    return family


#: Names of a region's government: its reports may be issued as the region itself.
_GOVERNMENT = GOVERNMENT_NAMES


def _office(bureau: str) -> str:
    return "" if bureau in _GOVERNMENT else _canonical_bureau(bureau)  # every government name is one office


def _how_linked(bodies: list[str], bureaus: list[str]) -> str:
    """Why several names are one institution (a note for whoever reads the gazetteer)."""
    if len(bodies) < 2:
        return ""
    reasons = []
    if len({_canonical_bureau(b) for b in bureaus}) < len(set(bureaus)) and any(b in RENAMES for b in bureaus):
        reasons.append("renamed")
    if len({len(region_parts(b)) for b in bodies}) > 1:
        reasons.append("with or without its city")
    if any(b in _GOVERNMENT for b in bureaus) and len(set(bureaus)) > 1:
        reasons.append("names of one government")
    return ", ".join(reasons) or "names of one body"


def _canonical_bureau(bureau: str) -> str:
    while bureau in RENAMES:
        bureau = RENAMES[bureau]
    return bureau


def _combine(regions: list[str], bureaus: Iterable[str], english: bool = False) -> list[str]:
    bureaus = list(bureaus)
    names = [f"{r} {b}" if english else r + b for r in regions for b in bureaus]
    return names + ([f"{b} of {r}" for r in regions for b in bureaus] if english else [])


def _other_names(zh: list[str], en: list[str], bureau: str) -> list[str]:
    """Names of a region's bureau under its renamed names, and loose English translations."""
    renamed = [b for b in _family(bureau) if b != bureau]
    return [*_combine(zh, (f for b in renamed for f in _bureau_forms(b) + _bureau_cores(b))),
            *_combine(en, (f for b in renamed for f in BUREAU_EN.get(b, ())), english=True),
            *_combine(en, BUREAU_EN_LOOSE.get(bureau, ()), english=True)]


def _division_parents(parts: list[str]) -> list[str]:
    """Names of the province and city a region is in, from the national division codes:
    海原县 -> 宁夏回族自治区, 宁夏, ningxia, 中卫市, 中卫, zhongwei. A zone (平潭综合实验区) is
    looked up by the county of its stem (平潭县) when that is unambiguous."""
    if not parts:
        return []
    last, within = parts[-1], parts[-2] if len(parts) > 1 else ""
    found = divisions.parents(last, within)
    if found is None:
        stem = _split_division(last)[0]
        tries = [p for p in (divisions.parents(stem + d) for d in COUNTY_LEVEL) if p is not None]
        found = tries[0] if len(tries) == 1 else None
    if found is None:
        return []
    names = []
    short = divisions.province_short(found.province)
    names += [found.province, short, divisions.PROVINCE_EN.get(short) or romanize(short) or ""]
    if found.city and found.city not in parts:
        names += [*_region_forms([found.city]), *_region_forms_en([found.city])]
    return _unique(n for n in names if n and len(n) >= 2)


def _english_display(region_forms: list[str], bureau: str) -> str:
    """Shapotou District Health Bureau; Huaian Municipal Government (not "Huaian City
    Municipal Government"): a government's name says its division already."""
    region = region_forms[2] if len(region_forms) > 2 else region_forms[0]
    if bureau.split()[0] in ("municipal", "city", "county", "district", "prefecture", "banner", "provincial"):
        region = region_forms[-1] if len(region_forms[-1].split()) == 1 else region
    return f"{region} {bureau}"


def _title(phrase: str) -> str:
    return " ".join(w if w in ("and", "of") else w.capitalize() for w in phrase.split())


def _plural(phrase: str) -> str:
    return phrase + ("es" if phrase.endswith("s") else "s")


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


