"""Follow-ups that ask about the last answer's subject in their own terms. Pure: text, spans
and mentions in, decisions out.

- "其中乡镇公开的占多少？" / "其中各乡镇公开了多少？" after "全区主动公开多少条": the scoping word
  (其中, 这些, of those) points at the last answer's whole, and the words left once bodies,
  years, statistics, frame words and fillers are taken out ("乡镇") name a part of it no cell
  was linked by. The whole's number never answers a part: the carried statistic is dropped
  and the part is looked for in the prose.
- "同一年行政许可呢？" / "那一年有多少人次咨询涉税信息？": a same-year word keeps the body and year;
  naming no body and asking a count, the question asks a new thing, never the last statistic.
- "其中各乡镇…": an "each" word inside such a follow-up counts the parts of the whole, not the
  bodies of the corpus, unless a body's word follows it ("其中哪个局…").
"""

from __future__ import annotations

import re

from index.lexicon import earlier as earlier_words
from index.lexicon import questions as words
from index.lexicon import reasking, statwords
from index.lexicon import residue as fillers

from . import cells
from .body_parts import body_parts_named
from .gazetteer import Mention
from .hygiene import blanked

Spans = list[tuple[int, int]]

_SCOPED = re.compile(words.SCOPED)
_SAME_PERIOD = re.compile(words.SAME_PERIOD)
_ASKING = re.compile(words.ASKING_COUNT + r"|\bhow (?:many|much)\b")
_ANY_BODY = re.compile(words.ANY_BODY)
_BODY_WORD = re.compile(words.BODY_WORD_AFTER_EACH)
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_EN_WORD = re.compile(r"[a-z][a-z'-]*")
_ZH_FILLERS = tuple(sorted((*fillers.ZH_FILLERS, *fillers.ZH_FRAME_FILLERS), key=len, reverse=True))
_EN_FILLERS = fillers.EN_FILLERS | fillers.EN_FRAME_FILLERS
#: The shortest Chinese word that names a part (a character left alone qualifies nothing).
MIN_PART_CHARS = 2


def column_of_last(named: set[str], refs: list[cells.Ref], earlier: list) -> bool:
    """"上一年的项目数量是多少？" / "采购金额是多少" after a figure of one row: a question naming only
    columns (no body, year, statistic nor row), one of them a column of the last statistic's
    table, asks another column of the same row: the body, year and row carry over."""
    cols = [r for r in refs if r.kind == "column"]
    return not named and bool(cols) and len(cols) == len(refs) and cells.names_cell_of(earlier, cols)


def scoped(lowered: str) -> bool:
    """Whether the question scopes itself to the last answer ("其中", "这些", "of those")."""
    return bool(_SCOPED.search(lowered))


def same_period(lowered: str) -> bool:
    """Whether the question keeps the last turn's year by a word ("同一年", "那一年", "same year")."""
    return bool(_SAME_PERIOD.search(lowered))


def asks_new_thing(lowered: str, named: set[str]) -> bool:
    """"那一年有多少人次咨询涉税信息？" after a count of items disclosed: a same-year follow-up naming
    no body that asks a count of its own asks a new thing; the last turn's statistic is not it
    ("And the Huai'an government in the same year?" names a body: the statistic carries over)."""
    return same_period(lowered) and "bodies" not in named and bool(_ASKING.search(lowered))


def unnamed_part(lowered: str, mentions: list[Mention], consumed: Spans) -> str:
    """The words of a scoped follow-up that name a part of the last answer's whole and that no
    linker took ("乡镇"); "" when it names none (only bodies, years, statistics and fillers)."""
    return _residue(lowered, mentions, consumed) if scoped(lowered) else ""


def own_words(lowered: str, mentions: list[Mention], consumed: Spans) -> str:
    """The words a question says beyond its names, the `consumed` spans and fillers ("" of "2015年呢")."""
    return _residue(lowered, mentions, consumed)


def _residue(lowered: str, mentions: list[Mention], consumed: Spans) -> str:
    spans = [*consumed, *((m.start, m.end) for m in mentions), *(m.span() for m in _SCOPED.finditer(lowered))]
    blank = blanked(lowered, spans)
    if _CJK.search(lowered):
        for filler in _ZH_FILLERS:
            blank = blank.replace(filler, " ")
        return " ".join(w for w in _CJK.findall(blank) if len(w) >= MIN_PART_CHARS)
    return " ".join(w for w in _EN_WORD.findall(blank) if w not in _EN_FILLERS)


def counts_parts(lowered: str) -> bool:
    """"其中各乡镇公开了多少？": in a scoped follow-up every "each" word is followed by no body's
    word, so it counts the parts of the last answer's whole, not the corpus's bodies."""
    found = list(_ANY_BODY.finditer(lowered))
    return scoped(lowered) and bool(found) and not any(_BODY_WORD.match(lowered, m.end()) for m in found)



_COMPARED_FOLLOW_UP = re.compile(words.COMPARED_FOLLOW_UP)
_AGAINST_YEAR = re.compile(words.BASE_YEAR)


def against_a_year(lowered: str, named: set[str]) -> bool:
    """"和2023年相比，行政强制少了多少？" after a figure of one body: a year compared against and no
    body named keeps the body (the question is about the last answer's body, not every body)."""
    return "bodies" not in named and "years" in named and bool(_AGAINST_YEAR.search(lowered))


def compared_with(lowered: str, named: set[str], asked: tuple[list[int], list[str]],
                  before: tuple[list[int], list[str]]) -> tuple[list[int], list[str]] | None:
    """"比2021年呢" / "compared with 2023?" / "跟平潭经发局比呢" after a figure: the (years, bodies) to
    ask, the last answer's and the one named, both; None when the question is no such comparison."""
    if not _COMPARED_FOLLOW_UP.search(lowered.strip()) or "metrics" in named:
        return None
    (years, bodies), (years_before, bodies_before) = asked, before
    if named == {"years"} and years_before and set(years) - set(years_before):
        return sorted(set(years_before) | set(years)), bodies
    if named == {"bodies"} and bodies_before and set(bodies) - set(bodies_before):
        return years, list(dict.fromkeys(bodies_before + bodies))
    return None


_EARLIER = [(count, re.compile(pattern)) for count, pattern in earlier_words.EARLIER_ANSWERS]
_EARLIER_OPS = [(op, re.compile(zh), re.compile(en)) for op, zh, en in earlier_words.EARLIER_OPERATIONS]


def earlier_computation(lowered: str) -> tuple[str, int, bool] | None:
    """"两者加起来是多少？" / "which of the two is larger?" / "相差多少？": what a follow-up computes
    over the earlier answers (total | difference | compare | ratio), how many of them it takes
    (0: all of the last few) and whether a word points at them ("两者", "both"); None when it
    computes nothing."""
    op = next((op for op, zh, en in _EARLIER_OPS if zh.search(lowered) or en.search(lowered)), None)
    if op is None:
        return None
    pointed = next((count for count, rx in _EARLIER if rx.search(lowered)), None)
    return op, 2 if pointed is None else pointed, pointed is not None


def names_body_part(lowered: str, mentions: list[Mention]) -> bool:
    """"2016年各乡镇主动公开了多少条": a part of the body (its towns, its departments) named
    outside every name the question holds; the body's table figure is their whole."""
    return bool(body_parts_named(blanked(lowered, [(m.start, m.end) for m in mentions])))


_INFO_CATEGORY = re.compile(words.INFO_CATEGORY)


def names_info_category(lowered: str, metric_keys: list[str]) -> bool:
    """"2015年主动公开的机构职能类信息有几条": a category of the disclosed information named beside
    the disclosed count (the reports state a category's count in their prose listing only); the
    table's count is every category's whole, never the category's figure."""
    return any(words.INFO_CATEGORY_WHOLE in k for k in metric_keys) and bool(_INFO_CATEGORY.search(lowered))


_OUTCOME_VERBS = [(row, re.compile(said)) for row, said in statwords.SCOPED_OUTCOME_VERBS]
_RECEIVED = statwords.RECEIVED_ROWS


def scoped_outcome(lowered: str, earlier_keys: set[str]) -> str | None:
    """"那其中公开了几件" / "其中拒绝了几件" after a count of requests received: the outcome row its
    verb names (予以公开, 不予公开, 部分公开); None when the question is not scoped to such a count
    or names no outcome (主动公开 never is one)."""
    if not scoped(lowered) or not any(r in k for k in earlier_keys for r in _RECEIVED):
        return None
    return next((row for row, said in _OUTCOME_VERBS if said.search(lowered)), None)


def of_another_table(keys: list[str], earlier_keys: list[str]) -> bool:
    """"How many of them were granted?" after a count of requests received: the statistic the
    verb linked by itself (granted: licences) is of another table than the whole the follow-up is
    scoped to, so the verb says an outcome of that whole, not that statistic."""
    tables = {k.split(".", 1)[0] for k in earlier_keys}
    return bool(keys) and all(k.split(".", 1)[0] not in tables for k in keys)


_POINTS_BACK_EN = re.compile(words.POINTS_BACK_EN, re.I)
_TOTAL_NOUN_EN = re.compile(words.TOTAL_NOUN_EN, re.I)
_SECOND_ASK_EN = re.compile(r",?\s+and\s+(?=how many\b)", re.I)


def part_asked_after_total(text: str) -> str | None:
    """"how many items were disclosed, and how many of them came from the townships?": the second
    ask, when it alone names a part of the body, as a question of its own (the total's noun for
    "of them"), for the prose to answer; None for any other message."""
    asks = _SECOND_ASK_EN.split(text)
    if len(asks) != 2 or not body_parts_named(asks[1]) or body_parts_named(asks[0]):
        return None
    total = _TOTAL_NOUN_EN.search(asks[0])
    return _POINTS_BACK_EN.sub(total.group(1), asks[1], count=1) if total else asks[1]


_YEAR_BEFORE = re.compile(words.YEAR_BEFORE)
_YEAR_AFTER = re.compile(words.YEAR_AFTER)
_SHIFT_NOT_AFTER = re.compile(words.YEAR_SHIFT_NOT_AFTER)


def year_shift(lowered: str) -> int:
    """"那前一年呢" / "and the year before?": -1; "次年呢" / "the following year?": +1; 0 when the
    question names no year relative to the last one (a carried-over row, a year compared against)."""
    for shift, rx in ((-1, _YEAR_BEFORE), (1, _YEAR_AFTER)):
        if any(not _SHIFT_NOT_AFTER.search(lowered[:m.start()]) for m in rx.finditer(lowered)):
            return shift
    return 0


_REPORT_POINTED = re.compile(words.REPORT_POINTED)
_REPORT_NAMED = re.compile(words.REPORT_NAMED)
_THAT_STATISTIC = re.compile(words.THAT_STATISTIC)


def report_pointed(lowered: str, named: set[str], had_bodies: bool) -> str:
    """"这份年报的联系电话是多少？" / "What phone number does that report give?" / "它的办公地址在哪"
    after an answer about one body's report: the question keeps that report (its body and year)
    when it names no body itself. "report": the report is named ("这份年报", "that report"), so
    the last statistic is not what it asks about (unless "那个数" points at it too); "pronoun":
    the body by "它" / "it"; "" when the question points at neither."""
    if not had_bodies or "bodies" in named or not _REPORT_POINTED.search(lowered):
        return ""
    return "report" if _REPORT_NAMED.search(lowered) and not _THAT_STATISTIC.search(lowered) else "pronoun"


_WHICH_VALUE = re.compile(reasking.WHICH_VALUE)
_RESTATING = re.compile(reasking.RESTATING)


def which_value_blanked(lowered: str) -> str:
    """The text without its which-words that ask which value a report prints ("哪个号码", "which
    phone number"): those ask no body, so an "each" word left names the bodies asked across."""
    return blanked(lowered, [m.span() for m in _WHICH_VALUE.finditer(lowered)])


def restating_spans(lowered: str) -> Spans:
    """The spans of the words that only restate the value asked or how a report gives it ("留的",
    "号码"): "那2024年的报告里留的是哪个号码？" says nothing of its own beside its year."""
    return [m.span() for m in _RESTATING.finditer(lowered)]
