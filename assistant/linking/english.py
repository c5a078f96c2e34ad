"""Bodies named in English: the region by its pinyin (Huai'an, Hongze, Pingtan), the bureau by
its English words (rapidfuzz partial alignment against names.py's generated English forms).

    english_mentions("What did Lingwu's health bureau report?", bodies)
      -> [((10, 31), {"灵武市卫生健康局": (100.0, "English: region lingwu + bureau health"), …})]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz

from index.lexicon import bodynames as words

from .names import OFFICE_FOR_GOVERNMENT, names_of, place_of

BUREAU_CUTOFF = 88.0
REGION_GOVERNMENT = 90.0  # a region alone, nothing bureau-like after it: its government
REGION_BUT_BUREAU = 60.0  # a region followed by a bureau word no body of it has
BUREAU_ALONE = 75.0  # the bureau without its region: a near miss to ask back about
CONTAINED = 15.0
_OF = re.compile(r"\s*(?:of(?: the)?|s)?\s*")  # between an office's words and its government's
NAMED = 80.0  # a bureau taken at this score makes its region a qualifier (bodies.LINK)  # a phrase inside another body's longer phrase (management committee ⊂ … general office)
_INNER_OFFICE = re.compile(words.INNER_OFFICES_EN)
_SUFFIX_WORDS = re.compile(r"\b(?:bureau|department|commission|committee|office|administration|agency|authority)s?\b")
#: How far after the region a government's own word may stand ("Hongze District government").
_GOVERNMENT_REACH = 30


def _normalize(text: str) -> tuple[str, list[int]]:
    """Lower case, '&' as 'and', apostrophes dropped, other punctuation as one space; with the
    original position of every character kept."""
    out, where = [], []
    for i, char in enumerate(text):
        if char in "'’`":
            continue
        piece = " and " if char == "&" else char.lower() if char.isalnum() and char.isascii() else " "
        for p in piece:
            if p == " " and out and out[-1] == " ":
                continue
            out.append(p)
            where.append(i)
    where.append(len(text))
    return "".join(out), where


@cache
def _region_pattern(form: str) -> re.Pattern[str]:
    """"huai an" also as "huaian" and "huai-an"; "Pingtan's" reaches here as "pingtans": the
    possessive s is allowed."""
    return re.compile(r"\b" + r"[\s-]?".join(map(re.escape, form.split())) + r"s?\b")


def english_mentions(question: str, bodies: tuple[str, ...]) -> list[tuple[tuple[int, int], dict[str, tuple[float, str]]]]:
    """(span in the question, {body: (score, why)}) per English mention, in order."""
    if not re.search(r"[A-Za-z]{3}", question):
        return []
    text, where = _normalize(question)
    zones = _listed(question, where)
    hits: dict[str, _Hit] = {}
    for body in bodies:
        found = _score(body, text, zones)
        if found:
            hits[body] = found
    _demote_contained(hits)
    _drop_regions_of_named_bureaus(hits)
    _drop_governments_of_named_offices(hits, text)
    groups: list[tuple[int, int, dict[str, tuple[float, str]]]] = []
    for body, hit in sorted(hits.items(), key=lambda kv: kv[1].start):
        if groups and hit.start < groups[-1][1]:
            a, b, members = groups[-1]
            members[body] = (hit.score, hit.why)
            groups[-1] = (a, max(b, hit.end), members)
        else:
            groups.append((hit.start, hit.end, {body: (hit.score, hit.why)}))
    groups += _its_offices(groups, text, bodies)
    return [((where[a], where[b - 1] + 1), members) for a, b, members in sorted(groups, key=lambda g: g[0])]


_ITS_OFFICE = re.compile(words.ITS_OFFICE_EN)


def _its_offices(groups: list[tuple[int, int, dict[str, tuple[float, str]]]], text: str,
                 bodies: tuple[str, ...]) -> list[tuple[int, int, dict[str, tuple[float, str]]]]:
    """"the Pingtan management committee (and its office)": a government named alone, followed by
    "and its office", names its general office too (the corpus's body of its region whose
    bureau is an office)."""
    out = []
    for _, b, members in groups:
        if len(members) != 1:
            continue
        government = next(iter(members))
        names = names_of(government)
        match = _ITS_OFFICE.match(text[b:])
        if not names.government or match is None:
            continue
        offices = [o for o in bodies if names_of(o).region == names.region and names_of(o).bureau in words.OFFICE_WORDS]
        named = {body for _, _, m in groups for body in m}
        if len(offices) == 1 and offices[0] not in named:  # "its general office" may name it already
            score = members[government][0]
            out.append((b + match.start("own"), b + match.end("own"),
                        {offices[0]: (score, f"English: its office, after {government}")}))
    return out


#: A list of bureaus after their common noun: "the bureau reports (Economic Development; Tourism,
#: Culture and Sports)", "four bureaus: Finance, Agriculture and Rural Affairs": each item is a
#: bureau named, though no bureau word follows it.
_LISTED = re.compile(r"\b(?:bureau|department|commission|office|agenc(?:y|ie))s?\b(?:\s+\w+){0,2}\s*"
                     r"(?:\(([^()]{3,300})\)|:\s*([^.?!]{3,300}))", re.I)


def _listed(question: str, where: list[int]) -> tuple[tuple[int, int], ...]:
    """The spans (in the normalized text) of lists of bureaus after their common noun."""
    spans = []
    for match in _LISTED.finditer(question):
        group = 1 if match.group(1) is not None else 2
        a, b = match.span(group)
        inside = [i for i, at in enumerate(where[:-1]) if a <= at < b]
        if inside:
            spans.append((inside[0], inside[-1] + 1))
    return tuple(spans)


@dataclass
class _Hit:
    score: float
    start: int  # the bureau phrase, or the region for a government named by its region
    end: int
    why: str
    region: str
    bureau_named: bool  # its region and its bureau are both named
    phrase: tuple[int, int] | None = None  # where the bureau phrase is
    words: str = ""  # the bureau phrase


def _score(body: str, text: str, zones: tuple[tuple[int, int], ...] = ()) -> _Hit | None:
    names = names_of(body)
    region = _region_hit(names.region_en, text)
    bureau = _near_bureau(names.bureau_en, text, region, names.government, zones)
    key = names.region
    if region and names.government and (office := _INNER_OFFICE.match(text, region[2])) is not None:
        # "Hongze's disclosure office": the office that compiles its government's report
        return _Hit(OFFICE_FOR_GOVERNMENT, region[1], office.end(),
                    f"English: region {region[3]} + its disclosure office compiles the government's report", key, True)
    if names.government and bureau and any(a <= bureau[1] < b for a, b in _office_spans(text)):
        bureau = None  # "government" of "the Pingtan zone's government affairs openness office": no government named
    if region and bureau:  # each half's shortfall counts: "Pingtan County government" is the county's
        score = region[0] + bureau[0] - 100
        start, end = (min(region[1], bureau[1]), max(region[2], bureau[2])) if names.government else bureau[1:3]
        return _Hit(score, start, end, f"English: {region[3]} + {bureau[3]}", key, True, bureau[1:3], bureau[3])
    if region and names.government:
        after = text[region[2]:region[2] + 40]
        score = REGION_BUT_BUREAU if _SUFFIX_WORDS.search(after) else region[0] - (100 - REGION_GOVERNMENT)
        return _Hit(score, region[1], region[2], f"English: region {region[3]}", key, False)
    if bureau and not names.government:
        return _Hit(BUREAU_ALONE - (100 - bureau[0]) / 2, bureau[1], bureau[2], f"English: bureau only {bureau[3]}",
                    key, False, bureau[1:3], bureau[3])
    return None


@lru_cache(maxsize=256)
def _office_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where a disclosure office is named ("… government affairs openness office")."""
    return tuple(m.span() for m in _INNER_OFFICE.finditer(text))


def _region_hit(forms: list[tuple[str, float]], text: str) -> tuple[float, int, int, str] | None:
    """The best-named region: with its division words ("pingtan comprehensive experimental
    zone") before the bare place name ("pingtan")."""
    best = None
    for form, quality in forms:
        found = _search(form, text)
        if found and (best is None or quality > best[0]):
            best = (quality, *found)
    return best


_NEAR = 60  # how far from its region a bureau's words may stand ("Lingwu's health commission")


def _near_bureau(phrases: list[tuple[str, float]], text: str, region: tuple[float, int, int, str] | None,
                 government: bool, zones: tuple[tuple[int, int], ...] = ()) -> tuple[float, int, int, str] | None:
    """The bureau's words nearest its region: after it ("Lingwu's health commission"), else
    before it ("the health bureau of Lingwu"); anywhere when no region is named. `zones`: lists
    of bureaus after their common noun, whose items are bureaus named."""
    if region is None:
        return None if government else _bureau_hit(phrases, text, zones=zones)
    if government:
        return _bureau_hit(phrases, text, region)
    for a, b, last in ((region[2], region[2] + _NEAR, False), (max(0, region[1] - _NEAR), region[1], True)):
        b = max([b, *(y for x, y in zones if x < b <= y)])  # a list reaching past the window: its whole last item
        shifted = tuple((x - a, y - a) for x, y in zones)
        found = _bureau_hit(phrases, text[a:b], last=last, zones=shifted)
        if found:
            return (found[0], found[1] + a, found[2] + a, found[3])
    return _bureau_hit(phrases, text, zones=zones)


def _bureau_hit(phrases: list[tuple[str, float]], text: str, region: tuple[float, int, int, str] | None = None,
                last: bool = False, zones: tuple[tuple[int, int], ...] = ()) -> tuple[float, int, int, str] | None:
    """The bureau's best English phrase in the text, named as a body (a bureau word follows or
    is part of the phrase); a government's words only right after its region. An exact phrase
    is taken at its first occurrence (`last`: its last, for text before the region)."""
    best = None
    for phrase, quality in phrases:
        found = _occurrence(phrase, text, last)
        if found is None:
            continue
        start, end, similarity = found
        if region is not None and not 0 <= start - region[2] <= _GOVERNMENT_REACH:
            continue
        score = similarity - (100 - quality)
        named = _SUFFIX_WORDS.search(text[end:end + 40]) or _SUFFIX_WORDS.search(phrase) or "government" in phrase \
            or any(a <= start and end <= b for a, b in zones)
        # the longest phrase that matches well: "management committee general office" over "general office"
        rank = (score >= 95, len(phrase) if score >= 95 else score)
        if named and (best is None or rank > best[4]):
            best = (score, start, end, phrase, rank)
    return best[:4] if best else None


@lru_cache(maxsize=65536)
def _occurrence(phrase: str, text: str, last: bool) -> tuple[int, int, float] | None:
    """(start, end, similarity) of the phrase in the text: exact as a whole word, else the
    rapidfuzz alignment widened to whole words, when those words are about as long."""
    exact = list(re.finditer(r"\b" + re.escape(phrase) + r"\b", text))
    if exact:
        found = exact[-1] if last else exact[0]
        return found.start(), found.end(), 100.0
    aligned = _align(phrase, text) if len(text) >= len(phrase) else None
    if aligned is None:
        return None
    start, end = _word_bounds(text, aligned.dest_start, aligned.dest_end)
    if abs((end - start) - len(phrase)) > max(3, len(phrase) // 4):
        return None  # the words around the alignment are other words ("of the" is no "office")
    return start, end, aligned.score


@lru_cache(maxsize=65536)
def _align(phrase: str, text: str):
    """One alignment per phrase and question, however many bodies share the phrase."""
    return fuzz.partial_ratio_alignment(phrase, text, score_cutoff=BUREAU_CUTOFF)


@lru_cache(maxsize=65536)
def _search(form: str, text: str) -> tuple[int, int, str] | None:
    found = _region_pattern(form).search(text)
    return (found.start(), found.end(), found.group(0)) if found else None


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def _demote_contained(hits: dict[str, _Hit]) -> None:
    """"the Pingtan management committee's general office": the committee's phrase lies inside
    the office's longer one, so the office is meant."""
    spans = {b: h.phrase for b, h in hits.items() if h.phrase}
    for body, span in spans.items():
        if any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in spans.values()):
            hits[body].score -= CONTAINED


def _drop_governments_of_named_offices(hits: dict[str, _Hit], text: str) -> None:
    """"the general office of the Shanghai government", "the Shanghai government's general
    office": the government's words, next to its office's, name the office."""
    offices = [h for b, h in hits.items() if h.bureau_named and names_of(b).bureau in words.OFFICE_WORDS]
    for body in [b for b, h in hits.items() if names_of(b).government]:
        hit = hits[body]
        if any(o.region == hit.region and _OF.fullmatch(text[min(hit.end, o.end):max(hit.start, o.start)])
               for o in offices):
            del hits[body]


def _drop_regions_of_named_bureaus(hits: dict[str, _Hit]) -> None:
    """"Pingtan's finance bureau": the region says where the bureau is; it does not also name
    the region's government."""
    named = {h.region for h in hits.values() if h.bureau_named and h.score >= NAMED}
    # "Lingwu's health bureau (Lingwu Municipal Health Commission)": the bureau's words again
    # are that bureau, not every other health bureau
    phrases = {h.words for h in hits.values() if h.bureau_named and h.score >= NAMED}
    for body in [b for b, h in hits.items() if not h.bureau_named and h.words and h.words in phrases]:
        del hits[body]
    named_places = {place_of(r) for r in named}
    for body in [b for b, h in hits.items() if not h.bureau_named and place_of(h.region) in named_places]:
        del hits[body]
