"""Scanning a question: known names, metric words and cells, then what looks like a body the
corpus does not have."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from index.lexicon import questions as words
from index.lexicon.divisions import DIVISIONS_EN, NOT_A_NAME_START

from . import cells
from .gazetteer import Gazetteer, Mention
from .hygiene import CJK, normalize
from .metrics import _METRIC_INDEX
from .phrases import Hit, PhraseIndex, select_longest
from .years import YearSpec, find_years

# Words that ask across bodies ("哪个", "各", "the reports"): a region then means all its bodies.
_ANY_BODY = re.compile(words.ANY_BODY)
_ACROSS_REPORTS = re.compile(words.ACROSS_REPORTS)

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
_EN_GENERIC = {"health", "family", "planning", "wellness", "public", "local", "municipal", "people"}
_EN_STOP = set("""which what who whose where when how why the a an in of for at by from to with on into
did does do was were is are be been has have had each every all any that this these those many much
most least more less fewer per between about than compare and or vs versus total number its their
our your my me show tell list give year years same other another neighbouring neighboring largest
highest biggest smallest lowest fewest there here it they them please new one two three four five six
seven eight nine ten several both""".split())
_MASK = {"body": "\x03", "region": "\x03", "partial": "\x03", "metric": "\x00", "cell": "\x00", "bureau": "\x02",
         "lexicon": "\x01"}


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
    years = find_years(text)
    masked = _mask(text, hits, years.spans)
    hits, unknown = _demote_regions(masked, hits, gazetteer, display.lower())
    masked = _mask(text, hits, years.spans)
    unknown = _merge(unknown + _unknown_zh(masked) + _unknown_en(masked))
    hits = [h for h in hits if h.kind != "lexicon" and not any(s <= h.start < e for s, e in unknown)]
    mentions = [Mention(display[h.start:h.end], h.start, h.end, _KIND_SHOWN.get(h.kind, h.kind),
                        tuple(sorted(h.value))) for h in hits]
    mentions += [Mention(display[s:e], s, e, "unknown") for s, e in unknown]
    return Scan(display, sorted(mentions, key=lambda m: m.start), years)


_KIND_SHOWN = {"partial": "body"}  # 灵武卫生健康 names a body; "partial" only matters while scanning


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
            elif masked[hit.end:hit.end + 1] == "\x03":
                pass  # "宁夏回族自治区灵武市卫生健康局": it only says where the body is
            else:  # "银川市2020年…" asks about the city itself, which has no report
                after = _BUREAU_AFTER.match(masked, hit.end)
                unknown.append((hit.start, after.end() if after and masked[hit.end:after.end()].strip() else hit.end))
            continue
        after = _BUREAU_AFTER.match(masked, hit.end) if hit.kind in ("region", "partial") else None
        if after and text[after.end():after.end() + 1] == "s" and masked[after.end() - 1:after.end()].isalpha():
            kept.append(hit)  # "Pingtan's departments": the bodies of the region, not one unknown body
            continue
        words = set(re.findall(r"[a-z]+", masked[hit.end:after.end()])) if after else set()
        if after and masked[hit.end:after.end()].strip() and not words & _EN_STOP:
            unknown.append((hit.start, after.end()))
        else:
            kept.append(hit)
    return kept, unknown


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
        if not match.group(1).startswith(_SCOPE_WORDS) and match.group(1)[0] not in NOT_A_NAME_START:
            spans.append(match.span())
    spans += [m.span() for m in re.finditer(r"\x01+", masked)]
    return spans


# "new government information disclosure requests": government here is no body's name end.
_NOT_A_NAME_END = re.compile(r"\s*\x00|\s+(?:information|disclosure|affairs|data|website|websites|services?|work)\b")


def _unknown_en(masked: str) -> list[tuple[int, int]]:
    """"Yinchuan County", "Tongxin Health Bureau": up to three name words before a suffix word
    or before a bureau the gazetteer knows (masked)."""
    ends = [m for m in re.finditer(r"[a-z]+|[\x01\x02]+", masked) if (m.group() in _EN_SUFFIXES
            or m.group()[0] in "\x01\x02") and not _NOT_A_NAME_END.match(masked, m.end())]
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
    return text[a.end():b.start()] in ("", " ", "-")


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
