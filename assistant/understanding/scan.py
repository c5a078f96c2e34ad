"""Scanning a question: known names, metric words and cells, then what looks like a body the
corpus does not have."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from index.lexicon import questions as words
from index.lexicon.bodynames import (
    GROUP_NOUNS_EN,
    OFFICE_SUFFIXES,
    OPENING_BRACKETS,
    WHICH_BEFORE_EN,
)
from index.lexicon.divisions import DIVISIONS_EN, NOT_A_NAME_START
from index.lexicon.units_inside import UNIT_NAMES_ZH

from ..linking.bodies import LINK, link_bodies
from ..linking.bodies import Mention as Linked
from . import cells
from .gazetteer import Gazetteer, Mention
from .hygiene import CJK, normalize
from .metrics import _METRIC_INDEX
from .phrases import Hit, PhraseIndex, select_longest
from .years import YearSpec, find_years

# Words that ask across bodies ("哪个", "各", "the reports"): a region then means all its bodies.
_ANY_BODY = re.compile(words.ANY_BODY)
_ACROSS_REPORTS = re.compile(words.ACROSS_REPORTS)
_SCOPE_OPENERS = re.compile(words.SCOPE_OPENERS)
_WHICH_BEFORE = re.compile(WHICH_BEFORE_EN)

# --- scanning a question: known names, then what looks like an unknown body -----------------------

# Characters that end a name in running Chinese text (particles, question words, conjunctions);
# none of them is common inside a county or district name.
_STOP = words.STOP
_NC = rf"(?:(?![{_STOP}])[{CJK}])"
_DIVS = "|".join(DIVISIONS_EN)
_ZH_ENDS = words.ZH_ENDS
_EN_ENDS = "bureau|commission|department|office|administration|government|committee"
_REGION_LIKE = re.compile(rf"(?:{_NC}{{2,8}}?(?:{_DIVS}))+")
_BUREAU_LIKE = re.compile(rf"{_NC}{{2,10}}?(?:{words.BUREAU_LIKE_ENDS})")
_NAME_BEFORE_BUREAU = re.compile(rf"({_NC}{{2,6}})[\x01\x02]+")  # 银川 + 卫健局
# Words before a bureau that scope it rather than name a place (全国卫健局, 县级卫健局).
_SCOPE_WORDS = words.SCOPE_WORDS
# A bureau right after a region name: a masked bureau, a Chinese or an English bureau word.
_BUREAU_AFTER = re.compile(rf"\s*(?:[\x01\x02]+|{_NC}{{0,10}}?(?:{_ZH_ENDS})|(?:[a-z]+ ){{0,3}}?(?:{_EN_ENDS})\b)")
_NOT_BODIES = words.NOT_BODIES
_EN_SUFFIXES = {"county", "district", "city", "prefecture", "province", "banner", *_EN_ENDS.split("|")}
_EN_GENERIC = {"health", "family", "planning", "wellness", "public", "local", "municipal", "people",
               # nouns that stand for a place without naming one ("the zone's office")
               "zone", "area", "region", "body", "town", "country", "state", "average", "combined", "overall"}
_EN_STOP = set("""which what who whose where when how why the a an in of for at by from to with on into
did does do was were is are be been has have had each every all any that this these those many much
most least more less fewer per between about than compare and or vs versus total number its their
our your my me show tell list give year years same other another neighbouring neighboring largest
highest biggest smallest lowest fewest there here it they them please new one two three four five six
seven eight nine ten several both""".split())
_MASK = {"body": "\x03", "region": "\x03", "partial": "\x03", "metric": "\x00", "cell": "\x00", "bureau": "\x02",
         "lexicon": "\x01", "ambiguous": "\x03"}
#: An unknown mention's candidates at or above this score are near misses worth offering
#: ("did you mean …?"); below it the body is plainly not in the corpus.
NEAR_MISS = 60.0
#: At most this many candidates are offered when asking back.
MAX_CHOICES = 3

OWN_OFFICE = "its office compiles its report"


@cache
def _cell_index() -> PhraseIndex:
    return cells.phrase_index()


def prepare() -> None:
    """Build the phrase tables now (a server's warm-up), not at the first question."""
    _cell_index()


@dataclass
class Scan:
    """Everything found in one question before follow-up handling."""

    text: str  # normalized, case kept
    mentions: list[Mention]
    years: YearSpec
    # (text, body, why) for each body taken from a mention that is not one of its exact names
    took: list[tuple[str, str, str]] = field(default_factory=list)


# "Pingtan's Tourism, Culture and Sports Bureau": possessives and commas do not break a name.
# Replaced by spaces of the same length, so that spans still index the displayed text.
_NAME_BREAKS = re.compile(r"['’]s\b|,")
# "Lingwu and Haiyuan health bureaus": a plural names each body (same length: spans still hold).
_PLURAL_ENDS = re.compile(r"\b(bureau|commission|department|office|government|committee)s\b")


def _matching_text(text: str) -> str:
    text = _NAME_BREAKS.sub(lambda m: " " * len(m.group()), text)
    return _PLURAL_ENDS.sub(lambda m: m.group(1) + " ", text)


def scan(question: str, gazetteer: Gazetteer) -> Scan:
    display = normalize(question)
    text = display.lower()
    if len(text) != len(display):  # lower() grew a character: show the lower-cased text
        display = text
    text = _matching_text(text)
    hits = select_longest(gazetteer.index.find(text) + _METRIC_INDEX.find(text) + _cell_index().find(text))
    linked = link_bodies(display, gazetteer.bodies)
    years = find_years(text)
    hits, took = _with_links(hits, linked, display, gazetteer, years.years)
    # "其中乡镇…": the words scoping a follow-up are masked as a year is, so no name runs through them
    unnamed = years.spans + [m.span() for m in _SCOPE_OPENERS.finditer(text)]
    masked = _mask(text, hits, unnamed)
    hits, unknown = _demote_regions(masked, hits, gazetteer, display.lower())
    masked = _mask(text, hits, unnamed)
    unknown = _merge(unknown + _unknown_zh(masked) + _unknown_en(masked))
    # "西夏区卫健局（银川市）": a province or city above the bodies, in brackets after a name, says where
    unknown = [(s, e) for s, e in unknown if not (_bracketed_after_name(masked, s) and gazetteer.above(text[s:e]))]
    hits = [h for h in hits if h.kind != "lexicon" and not any(s <= h.start < e for s, e in unknown)]
    mentions = [Mention(display[h.start:h.end], h.start, h.end, _KIND_SHOWN.get(h.kind, h.kind),
                        tuple(sorted(h.value))) for h in hits]
    mentions += [Mention(display[s:e], s, e, "unknown", _near_misses(linked, s, e)) for s, e in unknown]
    return Scan(display, sorted(mentions, key=lambda m: m.start), years, took)


_KIND_SHOWN = {"partial": "body"}  # 灵武卫生健康 names a body; "partial" only matters while scanning
# Hits a linked body mention replaces: a region, part of a name, a bureau or statistic word inside it.
_REPLACED = ("region", "partial", "lexicon", "bureau", "metric", "cell")


_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


def _named(said: str) -> str:
    """A name as the answer repeats it: "Hongze District's" is "Hongze District"."""
    return _POSSESSIVE.sub("", said)


def _with_links(hits: list[Hit], linked: list[Linked], display: str, gazetteer: Gazetteer,
                years: list[int] = ()) -> tuple[list[Hit], list[tuple[str, str, str]]]:
    """The body linker's mentions over the exact names: a linked mention the gazetteer did not
    find as a body (平谭执法局, 洪择区, "Pingtan's finance bureau") becomes a body hit; an
    ambiguous one no known name covers becomes an "ambiguous" hit (asked back)."""
    took = []
    for m in linked:
        start, end = m.span
        over = [h for h in hits if h.start < end and start < h.end]
        if any(h.kind == "body" and h.start <= start and end <= h.end and h.end - h.start > end - start for h in over):
            continue  # "平潭管委会办": a longer known name (the office) holds the linked words (平潭管委会)
        others = [h for h in hits if h not in over]
        fit = _year_fit(m, years, gazetteer, others) or _year_over_known(m, over, years, gazetteer, others)
        own = _office_of_named(m, over, display)
        if own is not None or fit is not None:
            # "平潭县人民政府办公室": a government's full name said, then its office (which compiles its
            # report); "Pingtan's government" in 2015: the one equally close candidate with a 2015 report
            hits = [h for h in hits if h not in over or h.kind not in (*_REPLACED, "body")]
            hits.append(Hit(start, end, "body", frozenset({own or fit})))
            if own is not None:
                took.append((_named(display[start:end]), own, m.candidates[0].why if own == m.body else OWN_OFFICE))
            elif not any(h.kind == "body" and fit in h.value for h in over):  # its exact name said: no word
                took.append((_named(display[start:end]), fit, "the only candidate with a report of the year asked"))
            continue
        close = [c.body for c in m.candidates if c.score >= LINK]
        if _known_but_tied(m, over, close, gazetteer):
            hits = [h for h in hits if h not in over or h.kind not in (*_REPLACED, "body")]
            hits.append(Hit(start, end, "ambiguous", frozenset(close[:MAX_CHOICES])))
            continue
        if _qualified(m, over, display) and m.status != "unknown":
            # "平潭管委会（办公室）": the words in brackets qualify the name before them; the
            # linker scored the whole, so its body (or its question back) replaces the short name's
            hits = [h for h in hits if h not in over or h.kind not in (*_REPLACED, "body")]
            one = m.status == "linked" or _one_entity(close, gazetteer)
            hits.append(Hit(start, end, "body" if one else "ambiguous",
                            frozenset([m.body] if m.status == "linked" else close[:MAX_CHOICES])))
            took += [(_named(display[start:end]), m.body, m.candidates[0].why)] if m.status == "linked" and _not_exact(m) else []
            continue
        if m.status == "linked" and _runs_on(m, over):
            # "Hongze District's government information disclosure office": the known name runs on
            # into an office of the same body the linker took (its report's contact office)
            hits = [h for h in hits if h not in over or h.kind not in (*_REPLACED, "body")]
            hits.append(Hit(start, end, "body", frozenset({m.body})))
            took.append((_named(display[start:end]), m.body, m.candidates[0].why))
            continue
        if any(h.kind == "body" for h in over) or any(h.start < start or h.end > end for h in over
                                                        if h.kind not in ("metric", "cell")):
            continue  # the gazetteer knows the name, or a longer known name overlaps it
        names = [h for h in over if h.kind not in ("metric", "cell")]
        if m.status == "ambiguous" and _one_entity(close, gazetteer):  # a body and its renamed self
            hits = [h for h in hits if h not in over or h.kind not in _REPLACED]
            hits.append(Hit(start, end, "body", frozenset(close)))
            took += [(_named(display[start:end]), b, m.candidates[0].why) for b in close if _not_exact(m)]
            continue
        if m.status == "linked":
            if any(h.start == start and h.end == end for h in names):
                continue  # the exact region or bureau: its own logic (a region's bodies, a bureau filter)
            hits = [h for h in hits if h not in over or h.kind not in _REPLACED]
            hits.append(Hit(start, end, "body", frozenset({m.body})))
            if _not_exact(m):
                took.append((_named(display[start:end]), m.body, m.candidates[0].why))
        elif m.status == "ambiguous" and not names:
            bodies = close[:MAX_CHOICES]
            hits = [h for h in hits if h not in over]
            hits.append(Hit(start, end, "ambiguous", frozenset(bodies)))
    return sorted(hits, key=lambda h: h.start), took


def _runs_on(m: Linked, over: list[Hit]) -> bool:
    """The linked mention holds the known names of its own body and runs on past them."""
    start, end = m.span
    known = [h for h in over if h.kind == "body"]
    return bool(known) and all(h.value == {m.body} and start <= h.start and h.end <= end for h in known) \
        and max(h.end for h in known) < end and m.candidates[0].score < 100


def _known_but_tied(m: Linked, over: list[Hit], close: list[str], gazetteer: Gazetteer) -> bool:
    """"the Pingtan government", "平潭政府" where both the county government and the zone's
    committee are indexed: a loose name one body happens to own among its generated names (the
    county's "Pingtan" + "government") that the linker scores no better for it than for another
    body (within its margin, no own full name said: best < 100) is asked back, not taken."""
    if m.status != "ambiguous" or m.candidates[0].score >= 100 or _one_entity(close, gazetteer):
        return False
    start, end = m.span
    known = [h for h in over if h.kind == "body"]
    return bool(known) and all(start <= h.start and h.end <= end and h.value <= set(close) for h in known)


def _qualified(m: Linked, over: list[Hit], display: str) -> bool:
    """The linked mention runs on from a known name into brackets right after it ("平潭管委会（办公室）",
    "the Pingtan administrative committee (office)": there the name's region stands before the
    linked bureau words)."""
    start, end = m.span
    return any(h.kind in ("body", "region") and h.start <= start < h.end < end
               and display[h.end:].lstrip()[:1] in OPENING_BRACKETS and (h.start == start or m.status == "linked")
               for h in over)


def _office_of_named(m: Linked, over: list[Hit], display: str) -> str | None:
    """The body whose own full name the mention says, running on only into an office word
    ("平潭县人民政府办公室": the county government's office, which compiles its report), when the
    linker offers that body; another body whose name is not said (the zone committee's office)
    is no candidate for it."""
    start, end = m.span
    for h in over:
        body = next(iter(h.value)) if h.kind == "body" and len(h.value) == 1 else None
        if body is None or h.start != start or display[h.start:h.end] != body or m.status == "unknown":
            continue
        if display[h.end:end] in OFFICE_SUFFIXES and any(c.body == body and c.score >= LINK for c in m.candidates):
            return body
    return None


def _year_fit(m: Linked, years: list[int], gazetteer: Gazetteer, others: list[Hit]) -> str | None:
    """The one equally close candidate of an ambiguous name that has a report of every year
    asked; None when several or none have, or when the question names other bodies or bureaus
    (平潭 then scopes them: "平潭2025年财政金融局")."""
    if not years or m.status != "ambiguous" or any(h.kind in ("body", "bureau", "partial") for h in others):
        return None
    top = m.candidates[0].score
    tier = [c.body for c in m.candidates if c.score >= max(LINK, top - 5)]
    if len(tier) < 2 or _one_entity(tier, gazetteer):
        return None
    having = [b for b in tier if set(years) <= set(gazetteer.years_of(b))]
    return having[0] if len(having) == 1 else None


def _year_over_known(m: Linked, over: list[Hit], years: list[int], gazetteer: Gazetteer,
                     others: list[Hit]) -> str | None:
    """The year rule over the gazetteer's own choice: a known name inside the linked words whose
    body has no report of a year asked ("平潭政府" in "平潭政府办公室2023年") gives way to the
    best linked candidate that has one of every year asked; None when the known body has them,
    when no one candidate is best among those that have, or when other bodies are named."""
    known = {b for h in over if h.kind == "body" for b in h.value}
    if not years or not known or m.status == "unknown" or any(
            h.kind in ("body", "bureau", "partial") for h in others):
        return None
    if any(set(years) <= set(gazetteer.years_of(b)) for b in known):
        return None
    having = [c for c in m.candidates if c.score >= LINK and set(years) <= set(gazetteer.years_of(c.body))]
    best = [c.body for c in having if c.score == max((h.score for h in having), default=0)]
    return best[0] if len(best) == 1 else None


def _not_exact(m: Linked) -> bool:
    """A typo, a dropped character, 局 said as 委, an English name: the answer says the body taken.
    A name or abbreviation of the body's own (score 100, no character changed) needs no word."""
    best = m.candidates[0]
    return best.score < 100 or "→" in best.why


def _one_entity(bodies: list[str], gazetteer: Gazetteer) -> bool:
    entities = {gazetteer.entity_of(b) for b in bodies}
    return len(bodies) > 1 and len(entities) == 1 and None not in entities


def _near_misses(linked: list[Linked], start: int, end: int) -> tuple[str, ...]:
    """The bodies close to an unknown mention (linked over the same words), best first."""
    for m in linked:
        if m.span[0] <= start and end <= m.span[1]:
            return tuple(c.body for c in m.candidates if c.score >= NEAR_MISS)[:MAX_CHOICES]
    return ()


def _mask(text: str, hits: list[Hit], spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end, mark in [(h.start, h.end, _MASK[h.kind]) for h in hits] + [(s, e, "\x00") for s, e in spans]:
        chars[start:end] = mark * (end - start)
    return "".join(chars)


def _demote_regions(masked: str, hits: list[Hit], gazetteer: Gazetteer, text: str) -> tuple[list[Hit], list[tuple[int, int]]]:
    """A known region followed by a bureau it does not have ("灵武市市场监督管理局",
    "Lingwu Market Regulation Bureau", "灵武卫健" + "委") names a body that is not in the corpus.
    A province asked across its bodies ("宁夏卫健局的报告中哪一家…") only says where."""
    across = bool(_ANY_BODY.search(text) or _ACROSS_REPORTS.search(text))
    kept, unknown = [], []
    for hit in hits:
        if hit.kind == "region" and gazetteer.above(text[hit.start:hit.end]):
            if across:  # "宁夏卫健局的报告中哪一家…": the bodies under it
                kept.append(hit)
            elif masked[hit.end:hit.end + 1] == "\x03" or _bracketed_after_name(masked, hit.start):
                pass  # "宁夏回族自治区灵武市卫生健康局", "西夏区卫健局（银川市）": it only says where the body is
            else:  # "银川市2020年…" asks about the city itself, which has no report
                after = _BUREAU_AFTER.match(masked, hit.end)
                unknown.append((hit.start, after.end() if after and masked[hit.end:after.end()].strip() else hit.end))
            continue
        after = _BUREAU_AFTER.match(masked, hit.end) if hit.kind in ("region", "partial") else None
        if after and text[after.end():after.end() + 1] == "s" and masked[after.end() - 1:after.end()].isalpha():
            kept.append(hit)  # "Pingtan's departments": the bodies of the region, not one unknown body
            continue
        if after and masked[hit.end:after.end()].strip() in UNIT_NAMES_ZH:
            kept.append(hit)  # "平潭综合实验区行政服务中心": a unit inside the region's body, no body of its own
            continue
        words = set(re.findall(r"[a-z]+", masked[hit.end:after.end()])) if after else set()
        if after and words and words <= GROUP_NOUNS_EN and _WHICH_BEFORE.search(text, 0, hit.start):
            kept.append(hit)  # "which Pingtan bureau…": across the region's bodies, as the plural asks
            continue
        if after and masked[hit.end:after.end()].strip() and not words & _EN_STOP:
            unknown.append((hit.start, after.end()))
        else:
            kept.append(hit)
    return kept, unknown


def _bracketed_after_name(masked: str, start: int) -> bool:
    before = masked[:start].rstrip()
    return before[-1:] in OPENING_BRACKETS and before[:-1].rstrip()[-1:] == "\x03"


def _unknown_zh(masked: str) -> list[tuple[int, int]]:
    spans = []
    for match in _REGION_LIKE.finditer(masked):
        if match.group()[0] in NOT_A_NAME_START or masked[match.end():match.end() + 1] == "\x03":
            continue  # 区县 / 县市区 are no names; 宁夏回族自治区灵武市 only qualifies a known body
        after = _BUREAU_AFTER.match(masked, match.end())
        spans.append((match.start(), after.end() if after else match.end()))
    for match in _BUREAU_LIKE.finditer(masked):
        if not match.group().endswith(_NOT_BODIES):
            spans.append(match.span())
    for match in _NAME_BEFORE_BUREAU.finditer(masked):
        start = _after_report_words(masked, match.start(), match.end(1))
        name = masked[start:match.end(1)]
        if len(name) >= 2 and not name.startswith(_SCOPE_WORDS) and name[0] not in NOT_A_NAME_START:
            spans.append((start, match.end()))
    spans += [m.span() for m in re.finditer(r"\x01+", masked)]
    return spans


_REPORT_WORDS = re.compile(rf"(?:{'|'.join(words.REPORT_WORDS)}){words.IN_REPORT}")


def _after_report_words(masked: str, start: int, end: int) -> int:
    """Where a name before a bureau starts: after the last words about the report
    ("年度报告里" + 管委会办公室 names no body "度报告里管委会办公室")."""
    # 年 ends a name (年报中 reaches here as 报中): the report words may begin before the name
    found = [m for m in _REPORT_WORDS.finditer(masked, max(0, start - 3), end) if m.end() > start]
    return found[-1].end() if found else start


# "new government information disclosure requests": government here is no body's name end.
# "Xiamen government's penalties": after a possessive (blanked to spaces) the name has ended.
_NOT_A_NAME_END = re.compile(r" ?\x00|\s+(?:information|disclosure|affairs|data|website|websites|services?|work)\b")


def _unknown_en(masked: str) -> list[tuple[int, int]]:
    """"Yinchuan County", "Tongxin Health Bureau": up to three name words before a suffix word
    or before a bureau the gazetteer knows (masked)."""
    # a bureau the gazetteer knows ends a name even before a statistic ("Suzhou health bureau penalties")
    ends = [m for m in re.finditer(r"[a-z]+|[\x01\x02]+", masked) if m.group()[0] in "\x01\x02"
            or (m.group() in _EN_SUFFIXES and not _NOT_A_NAME_END.match(masked, m.end()))]
    words = list(re.finditer(r"[a-z]+", masked))
    spans = []
    for end in ends:
        before = [w for w in words if w.end() <= end.start()]
        start, names, right = end.start(), 0, end
        while before and _adjacent(masked, before[-1], right) and names < 3:
            word = before[-1].group()
            if word in _EN_STOP and not (word == "and" and right.group() in _EN_GENERIC):
                break
            names += word not in _EN_GENERIC and word != "and" and word not in _EN_SUFFIXES
            right = before.pop()
            start = right.start()
        if names:
            spans.append((start, end.end()))
    return spans


def _adjacent(text: str, a: re.Match, b: re.Match) -> bool:
    # a possessive was blanked to spaces ("Nanjing's government"): the name still runs on
    gap = text[a.end():b.start()]
    return gap in ("", "-") or (gap.isspace() and not gap.strip(" "))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged




def find_mentions(question: str, gazetteer: Gazetteer) -> list[Mention]:
    """Body, bureau and unknown-body mentions of a question, in text order."""
    return [m for m in scan(question, gazetteer).mentions if m.kind != "metric"]


def unknown_body_mentions(question: str, gazetteer: Gazetteer) -> list[str]:
    """Names that look like a body ("银川市卫生健康局", "Yinchuan County") but match no body
    of the corpus, so that the answerer can say it has no report of them."""
    return [m.text for m in scan(question, gazetteer).mentions if m.kind == "unknown"]
