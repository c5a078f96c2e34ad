"""Parts the prose lists checked against the total it states: "主动公开、依申请公开、不予公开三类加起来，
等于它说的信息总数吗" over "政府信息总数473条，其中主动公开政府信息123条，依申请公开信息数245条，不予公开
信息数105条" is 123 + 245 + 105 = 473, equal; "do the on-site, telephone and online consultation counts
add up to the stated total?" over "约4900人次…咨询…，其中现场咨询1600人次…电话咨询3200人次…网上咨询100人次"
is 1600 + 3200 + 100 = 4900, yes.

The question lists the parts (A、B、C / A, B and C) before its sum word; a sentence of the report's
prose (to 。！？, so a list run on with ； stays one) states a whole right before 其中 and parts after
it. Each part asked is the part whose list item says most of its words (in English, the Chinese its
words say), never a tie and never one part for two; all matched, the parts and the whole are read
from the prose and cited, the verdict is whether the parts' sum is the whole.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from index.lexicon.parts_total import (
    EVERY_PART,
    GIVEN_TOTAL,
    LEADING_YEAR,
    PART_FIGURE,
    PARTS_LIST_BREAK,
    PARTS_LIST_COUNT,
    PARTS_LIST_JOINERS,
    PARTS_LIST_LEAD_EN,
    PARTS_PLUS,
    PARTS_TOTAL_ASKED,
)
from index.lexicon.prose import CONTRARY_MEASURES, PARTS_OPENER
from index.lexicon.questions import LIST_LEADING_WORDS

from .findings import PartsTotal
from .prose_clauses import chinese_of
from .prose_statements import Statement, prose_fact, read, same_family
from .scope import Scope
from .understanding import Query

_ASKED = re.compile(PARTS_TOTAL_ASKED, re.I)
_BREAKS = {lang: re.compile(b) for lang, b in PARTS_LIST_BREAK.items()}
_JOINERS = re.compile(PARTS_LIST_JOINERS, re.I)
_LEAD_EN = re.compile(PARTS_LIST_LEAD_EN, re.I)
_COUNT = re.compile(PARTS_LIST_COUNT)
_LEADING = re.compile(LIST_LEADING_WORDS)
_EN_WORD = re.compile(r"[a-z][a-z'-]*")
_SENTENCE_END = re.compile(r"[。！？!?]")
_GIVEN = re.compile(GIVEN_TOTAL)
_EVERY = re.compile(EVERY_PART)
_YEAR = re.compile(LEADING_YEAR)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PLUS = re.compile(PARTS_PLUS)
_CONTRARY = [re.compile(c) for c in CONTRARY_MEASURES]
_PART_FIGURE = re.compile(PART_FIGURE)
#: How many sentences a list opened by 其中 at a sentence's start may run over ("…2543条。其中，区直
#: 各部门…1687条，占66%。各乡镇…856条，占34%").
LIST_SENTENCES = 2
#: The fewest characters a Chinese part shares with the list item it is matched to.
MIN_SHARED = 2


def asks_parts_total(q: Query) -> bool:
    return _cue(q.normalized) is not None


def _cue(text: str) -> re.Match | None:
    """The sum word of a parts-against-total question; a comma before the equality is one only
    after a joiner that says the sum ("A加上B，等于…总数吗")."""
    cue = _ASKED.search(text)
    if cue is not None and cue.group() in "，," and not _PLUS.search(text, 0, cue.start()):
        return None
    return cue


def given_total(q: Query) -> float | None:
    """The figure the question gives the parts' sum ("加起来等于2543吗"), or None."""
    cue = _cue(q.normalized)
    found = _GIVEN.search(q.normalized, cue.end()) if cue is not None else None
    return float(found.group(1)) if found else None


def _contrary(q: Query, whole: Statement) -> bool:
    """Whether the whole's clause measures another statistic than the question asks: it names one
    of two statistics that share their words (复议 and 诉讼) and the question names only the other."""
    said = whole.words + whole.after
    for group in _CONTRARY:
        for name in group.groupindex:
            other = [n for n in group.groupindex if n != name]
            mine = [m for m in group.finditer(said) if m.group(name)]
            asked = [m for m in group.finditer(q.normalized) if m.group(name)]
            if mine and not asked and any(m.group(o) for m in group.finditer(q.normalized) for o in other):
                return True
    return False


def parts_total(q: Query, s: Scope) -> PartsTotal | None:
    """The parts asked and the whole of the first sentence of the one report asked that lists them
    all after the total it states; None when the question asks no such check or no sentence does."""
    asked = parts_asked(q) if asks_parts_total(q) else []
    every = len(asked) == 1 and _EVERY.search(asked[0])
    if len(asked) < 2 and not every:  # the wording first: most questions ask no such check, and scoping costs a lookup
        return None
    reports = s.in_scope(q)
    if len(reports) != 1:
        return None
    for page in s.catalog.pages(reports[0].report):
        every_read = breakdowns(page.text, every_read=True) if every else []
        for whole, parts in breakdowns(page.text):
            if _contrary(q, whole):
                continue  # "行政复议的维持…加起来" is never checked against what the lawsuits' clause lists
            if every:  # "12345工单各类加起来": every part of the whole the words before 各类 name
                named = _YEAR.sub("", asked[0][:every.start()])
                if (_said(named, whole.words + whole.after, q.language) < max(MIN_SHARED, len(named) // 2)
                        or (whole, parts) not in every_read):
                    continue
                matched, said = parts, [_name(p) for p in parts]
            else:
                found = _matched(asked, parts, q.language)
                if found is None:
                    continue
                matched, said = found
            facts = [_fact(reports[0], page.number, p, _name(p)) for p in matched]
            return PartsTotal(_fact(reports[0], page.number, whole, whole.words or whole.item), facts, said,
                              sum(p.value for p in matched), given_total(q))
    return None


def _fact(report, page: int, st: Statement, name: str):
    return prose_fact(report, name, st.value, st.measure, page, _own_clause(st), f"{name}{st.text}")


def parts_asked(q: Query) -> list[str]:
    """The parts the question lists before its sum word, each as the question says it."""
    text = q.normalized
    for m in sorted(q.mentions, key=lambda m: -m.start):  # a body's name or a year names no part
        if m.kind not in ("metric", "cell"):
            text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    cue = _cue(text)
    if cue is None:
        return []
    before = text[:cue.start()]
    breaks = list(_BREAKS["en" if q.language == "en" else "zh"].finditer(before))
    listed = before[breaks[-1].end() if breaks else 0:]
    if q.language == "en":
        listed = _COUNT.sub("", _LEAD_EN.sub("", listed.lower()).strip())
    else:
        listed = _COUNT.sub("", listed.split()[-1] if listed.split() else "")
    items = [_PART_FIGURE.sub("", _LEADING.sub("", i.strip())).strip() for i in _JOINERS.split(listed)]
    return [i for i in items if i]


def breakdowns(text: str, every_read: bool = False) -> list[tuple[Statement, list[Statement]]]:
    """(whole, parts) of each sentence of a text stating a whole right before 其中 and its parts
    after it, to the sentence's end, counted in the whole's family; with `every_read`, only those
    whose every figure after 其中 is a part ("各类加起来" sums them all: one not read would be missed)."""
    found = read(text)
    out = []
    for opener in re.finditer(PARTS_OPENER, text):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, opener.start())), default=0)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, opener.end())] + [len(text)]
        end = ends[0]
        if not text[start:opener.start()].strip():  # "…2543条。其中，…": the whole ends the sentence before
            start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, max(start - 1, 0))), default=0)
            end = ends[min(LIST_SENTENCES, len(ends)) - 1]
        before = [st for st in found if start <= st.start and st.end <= opener.start() and not st.running]
        if not before:
            continue
        whole = before[-1]
        parts = [st for st in found if opener.end() <= st.start and st.end <= end
                 and same_family(whole.measure, st.text) and not st.running]
        if len(parts) >= 2 and (not every_read or (end < len(text)  # a sentence a page cuts may go on
                                                   and len(_NUMBER.findall(text, opener.end(), end)) == len(parts))):
            out.append((whole, parts))
    return out


def _matched(asked: list[str], parts: list[Statement],
             language: str) -> tuple[list[Statement], list[str]] | None:
    """The part each asked part names (the one whose list item says most of it, no tie), one for
    each, and the asked words of each; None when one is not found or two name the same, but for
    two asked one after the other that one item names both ("依申请公开和不予公开" of "依申请公开及
    不予公开399份"): that item is one part, asked as both."""
    out: list[Statement] = []
    said: list[str] = []
    for words in asked:
        # its own list item first; the clause's words when the item is cut by 、 ("政策、规范性文件类1条")
        scores = sorted((((_said(words, p.item, language), _said(words, p.words, language)), i)
                         for i, p in enumerate(parts)), reverse=True)
        best, i = scores[0]
        if max(best) < MIN_SHARED or (len(scores) > 1 and scores[1][0] == best):
            return None
        if out and parts[i] is out[-1] and language != "en" and words in parts[i].item and said[-1] in parts[i].item:
            said[-1] = f"{said[-1]}、{words}"
            continue
        if parts[i] in out:
            return None
        out.append(parts[i])
        said.append(words)
    return out, said


def _said(asked: str, item: str, language: str) -> int:
    """How much of an asked part a list item says: the characters of the longest run they share,
    or, in English, of the Chinese words the part's words say."""
    if language == "en":
        groups = chinese_of([piece for word in _EN_WORD.findall(asked.lower())
                             for piece in ([word] if chinese_of([word]) else word.split("-"))])  # "on-request"
        return sum(max((len(zh) for zh in group if zh in item), default=0) for group in groups)
    match = SequenceMatcher(None, asked, item, autojunk=False).find_longest_match(0, len(asked), 0, len(item))
    return match.size


_DIGIT = re.compile(r"\d")
_CLAUSE_START = "，,；;：:"


def _name(st: Statement) -> str:
    """A part's name: its list item, or its clause's words when a 、 cut the item ("政策、规范性文件类")."""
    return st.words if st.words.endswith(st.item) and not _DIGIT.search(st.words) else st.item or st.words


def _own_clause(st: Statement) -> str:
    """The sentence from the part's own clause on: the figure quoted is its own, never an equal
    one of an earlier part ("政策…类1条，安全生产…类1条")."""
    return st.quote[max(st.quote.rfind(c, 0, st.at) for c in _CLAUSE_START) + 1:]
