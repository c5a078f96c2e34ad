"""Body linking as retrieval: which indexed body does each name in a question mean?

    link_bodies("平谭执法局2021年开了多少张罚单", bodies)
      -> [Mention(span=(0, 5), text="平谭执法局", candidates=(Candidate("平潭综合实验区综合执法与应急管理局",
                 88.0, "简称; 同音字 谭→潭"), …), status="linked")]

Every body's names are generated from its structure (names.py). A Chinese mention matches a
name character by character where each character is the same, sounds the same (pypinyin,
any reading: 择/泽, 谭/潭, 建/健) or is an OCR look-alike (index.metadata.LOOKALIKES); each
substitution costs SUBSTITUTION points. Names of six characters or more are also scored with
rapidfuzz (partial alignment), which forgives a dropped or added character (旅游文化体育局).
English questions are matched by region pinyin and the bureau's English words (rapidfuzz).

A candidate's score is its match quality times the square of the share of the mention it
covers: in "淮安市洪泽区" 淮安市 covers half the mention, so 淮安市人民政府 scores a quarter.

Decision (`Mention.status`), with LINK = 80 and MARGIN = 8:
  linked     the best candidate scores >= LINK and the next is more than MARGIN below it;
  ambiguous  two or more score >= LINK within MARGIN of each other (ask back);
  unknown    none reaches LINK (the corpus lacks the body; candidates, if any, are near misses).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from index.lexicon import bodynames as words

from .english import english_mentions
from .names import Alias, names_of, place_of
from .sounds import readings, same_char, typed_as

LINK = 80.0
MARGIN = 8.0
SUBSTITUTION = 12.0
#: A bureau named without its region, when the question names no region of that body.
BUREAU_ONLY = 82.0
#: ... when the question names its region elsewhere ("平潭经发局、旅文体局").
BUREAU_IN_CONTEXT = 95.0
#: The region of a body that is not its government, when its bureau is named elsewhere.
PLACE_IN_CONTEXT = 90.0
FUZZY_CUTOFF = 88.0


@dataclass(frozen=True)
class Candidate:
    body: str
    score: float
    why: str


@dataclass(frozen=True)
class Mention:
    span: tuple[int, int]
    text: str
    candidates: tuple[Candidate, ...]  # best first, at most five

    @property
    def status(self) -> str:
        if not self.candidates or self.candidates[0].score < LINK:
            return "unknown"
        if len(self.candidates) > 1 and self.candidates[1].score > self.candidates[0].score - MARGIN:
            return "ambiguous"
        return "linked"

    @property
    def body(self) -> str | None:
        """The body taken, when one is clearly best."""
        return self.candidates[0].body if self.status == "linked" else None


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    body: str
    alias: Alias
    quality: float
    why: str


def link_bodies(question: str, bodies: list[str] | tuple[str, ...]) -> list[Mention]:
    """The body mentions of a question, in order, each with its scored candidates."""
    bodies = tuple(dict.fromkeys(bodies))
    index = _index(bodies)
    text, where = _squeeze(question)
    matches = _chinese_matches(text, index) + _fuzzy_matches(text, index)
    mentions = [_mention(question, (where[a], where[b - 1] + 1), best) for (a, b), best in _mentions(text, matches)]
    covered = [m.span for m in mentions]
    for span, scored in english_mentions(question, bodies):
        if not any(a < span[1] and span[0] < b for a, b in covered):
            mentions.append(_mention(question, span, scored))
    return _drop_qualifiers(question, _drop_explained(sorted(mentions, key=lambda m: m.span)))


def _squeeze(question: str) -> tuple[str, list[int]]:
    """The question without spaces and brackets (平潭综合实验区（管委会）), with each kept
    character's position in the question."""
    kept = [(i, c) for i, c in enumerate(question) if not c.isspace() and c not in words.BRACKETS]
    return "".join(c for _, c in kept), [i for i, _ in kept] + [len(question)]


def _drop_explained(mentions: list[Mention]) -> list[Mention]:
    """A group word ("这几个卫健局") whose likely bodies are named one by one elsewhere."""
    linked = {m.body for m in mentions if m.status == "linked"}
    return [m for m in mentions if m.status == "linked"
            or not any(c.body in linked for c in m.candidates if c.score >= LINK)]


_QUALIFIER_GAP = re.compile(words.QUALIFIER_GAP, re.IGNORECASE)


def _drop_qualifiers(question: str, mentions: list[Mention]) -> list[Mention]:
    """"Hongze District (Huai'an City)", "洪泽区（淮安市）": a parent region beside a body of
    its own names where the body is, not its government as a second body."""
    out = []
    for m in mentions:
        parent_of = [o for o in mentions if o is not m and o.body and m.body and _is_parent(m.body, o.body)]
        if any(_QUALIFIER_GAP.match(_between(question, m.span, o.span)) for o in parent_of) and (
                "(" in question or "（" in question or "," in question or " in " in question or " of " in question):
            continue
        out.append(m)
    return out


def _between(question: str, a: tuple[int, int], b: tuple[int, int]) -> str:
    return question[a[1]:b[0]] if a[1] <= b[0] else question[b[1]:a[0]]


def _is_parent(government: str, body: str) -> bool:
    """Is `government` the government of a region `body` lies inside (淮安市 for 淮安市洪泽区)?"""
    gov, inner = names_of(government), names_of(body)
    return gov.government and gov.region != inner.region and any(
        r.startswith(gov.region) or r.startswith(place_of(gov.region)) for r in inner.region_zh[1:])


# --- the index: names by their first two characters' readings -------------------------------------


@dataclass(frozen=True)
class _Index:
    by_reading: dict[str, tuple[tuple[str, Alias], ...]]  # by the readings of the first two characters
    long_names: tuple[tuple[str, Alias], ...]  # for rapidfuzz
    long_by_first: dict[str, tuple[int, ...]]  # positions in long_names by first character


@cache
def _index(bodies: tuple[str, ...]) -> _Index:
    by_reading: dict[str, list[tuple[str, Alias]]] = defaultdict(list)
    long_names = []
    for body in bodies:
        for alias in names_of(body).zh:
            for first in readings(alias.text[0]):
                for second in readings(alias.text[1]):
                    by_reading[first + " " + second].append((body, alias))
            if alias.kind == "full" and len(alias.text) >= 6 and alias.quality >= 100:
                long_names.append((body, alias))
    by_first: dict[str, list[int]] = defaultdict(list)
    for i, (_, alias) in enumerate(long_names):
        by_first[alias.text[0]].append(i)
    return _Index({k: tuple(v) for k, v in by_reading.items()}, tuple(long_names),
                  {k: tuple(v) for k, v in by_first.items()})


def _allowed_substitutions(length: int) -> int:
    return 0 if length <= 2 else 1 if length <= 5 else 2


def _chinese_matches(question: str, index: _Index) -> list[_Match]:
    out = []
    for i, char in enumerate(question[:-1]):
        seen: set[tuple[str, str]] = set()
        pairs = [f"{a} {b}" for a in typed_as(char) for b in typed_as(question[i + 1])]
        for pair in pairs:
            for body, alias in index.by_reading.get(pair, ()):
                if (body, alias.text) in seen:
                    continue
                seen.add((body, alias.text))
                found = _compare(question[i:i + len(alias.text)], alias.text)
                if found is not None:
                    subs, notes = found
                    why = "; ".join([alias.why, *notes])
                    out.append(_Match(i, i + len(alias.text), body, alias, alias.quality - SUBSTITUTION * subs, why))
    return out


def _compare(window: str, name: str) -> tuple[int, list[str]] | None:
    """(substitutions, notes) when the window is the name up to same-sound or look-alike
    characters, within the allowance for its length; None otherwise."""
    if len(window) < len(name):
        return None
    subs, notes = 0, []
    for got, want in zip(window, name, strict=True):
        if got == want:
            continue
        kind = same_char(got, want)
        if kind is None:
            return None
        subs += 1
        notes.append(f"{kind} {got}→{want}")
    if subs > _allowed_substitutions(len(name)) or len(name) - subs < 2:
        return None
    return subs, notes


def _fuzzy_matches(question: str, index: _Index) -> list[_Match]:
    """Long names with a character dropped or added (rapidfuzz's partial alignment; the
    names near enough are picked in one vectorised pass first)."""
    chars = set(question)
    # the window must start and end with the name's own characters (checked below), so only
    # names whose first and last characters the question holds can match
    pool = [i for c in chars for i in index.long_by_first.get(c, ()) if index.long_names[i][1].text[-1] in chars]
    texts = [index.long_names[i][1].text for i in pool]
    near = process.extract(question, texts, scorer=fuzz.partial_ratio, score_cutoff=FUZZY_CUTOFF, limit=None)
    out = []
    for _, _, j in near:
        body, alias = index.long_names[pool[j]]
        found = fuzz.partial_ratio_alignment(alias.text, question, score_cutoff=FUZZY_CUTOFF)
        if found is None or found.score >= 100:
            continue
        window = _window(question, alias.text, found.dest_start, found.dest_end)
        if window is not None:
            start, end, score = window
            out.append(_Match(start, end, body, alias, score - 5, f"{alias.why}; similarity {score:.0f}"))
    return out


def _window(question: str, name: str, start: int, end: int) -> tuple[int, int, float] | None:
    """The span around an alignment that starts and ends like the name and is at most one
    character longer or shorter (a character dropped or added inside it); a truncated or
    extended name is another name."""
    best = None
    del end  # the alignment's end is where the name's length takes it, not where the typo ends
    for a in (start, start - 1):
        for b in (a + len(name) - 1, a + len(name), a + len(name) + 1):
            window = question[max(a, 0):b]
            if len(window) != b - a or window[0] != name[0] or window[-1] != name[-1]:
                continue
            if any(c in words.LIST_MARKS for c in window):
                continue  # two items of a list, not one name with a character added
            score = fuzz.ratio(name, window)
            if score >= FUZZY_CUTOFF and (best is None or score > best[2]):
                best = (a, b, score)
    return best


# --- from matches to mentions -----------------------------------------------------------------

_TAIL = re.compile("(?:" + "|".join(sorted({*words.FIELD_FORMS, *(f for fs in words.FIELD_FORMS.values() for f in fs),
                                            *words.OTHER_HEADS}, key=len, reverse=True))
                   + r")[\u4e00-\u9fff]{0,5}?(?:" + "|".join(words.BUREAU_ENDS) + ")")
_FOREIGN_REGION = re.compile(words.FOREIGN_REGION)


def _mentions(question: str, matches: list[_Match]) -> list[tuple[tuple[int, int], dict[str, tuple[float, str]]]]:
    spans = _clusters(question, matches)
    out = []
    for start, end in spans:
        inside = [m for m in matches if start <= m.start and m.end <= end]
        best: dict[str, tuple[float, str]] = {}
        for m in inside:
            quality = _partial_quality(question, m)
            coverage = (m.end - m.start) / (end - start)
            score = round(quality * coverage ** 2, 1)
            if score > best.get(m.body, (-1.0, ""))[0]:
                best[m.body] = (score, m.why if coverage == 1 else f"{m.why}; covers {m.end - m.start}/{end - start}")
        out.append(((start, end), best))
    return out


def _mention(question: str, span: tuple[int, int], best: dict[str, tuple[float, str]]) -> Mention:
    ranked = sorted((Candidate(b, s, w) for b, (s, w) in best.items()), key=lambda c: (-c.score, c.body))
    return Mention(span, question[span[0]:span[1]], tuple(ranked[:5]))


def _clusters(question: str, matches: list[_Match]) -> list[tuple[int, int]]:
    """Overlapping matches form one mention; a bureau word right after it that no name covers
    (淮安市|公安局) and an unknown region right before a bureau named alone (上海市|财政局)
    belong to it too, so that the region's government or the bureau of another place covers
    only part of it."""
    spans: list[list[int]] = []
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if spans and m.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], m.end)
        else:
            spans.append([m.start, m.end])
    for span in spans:
        tail = _TAIL.match(question, span[1])
        if tail and not any(m.start >= span[1] for m in matches if m.start < tail.end()):
            span[1] = tail.end()
        head = _FOREIGN_REGION.search(question[max(0, span[0] - 8):span[0]])
        if head and not any(m.end > span[0] - len(head.group(0)) and m.start < span[0] for m in matches):
            span[0] -= len(head.group(0))
    return [(a, b) for a, b in spans]


def _partial_quality(question: str, match: _Match) -> float:
    """A bureau named alone, or the region of a body that is not its government: better when
    the other half is named elsewhere in the question ("平潭经发局、旅文体局"; "这几个卫健局：
    灵武、海原"). The match's own penalties (a typo, 局 said as 委) still count."""
    names = names_of(match.body)
    if match.alias.kind == "bureau":
        in_context = any(r in question for r in names.region_zh)
        return (BUREAU_IN_CONTEXT if in_context else BUREAU_ONLY) - (100 - match.quality)
    if match.alias.kind == "place":
        bureau_named = any(a.kind == "bureau" and a.text in question for a in names.zh)
        return PLACE_IN_CONTEXT if bureau_named else match.quality
    return match.quality
