"""A follow-up and the last turn: which slots a question names itself (`_named_slots`), whether
it is a follow-up at all (`_inherits`, `_points_back`, `_compares_again`), copying the slots it
leaves out (`_inherit`), and a part of the last turn's statistic it asks (`_part_of_earlier`,
`_asks_another_thing`). Called by query.parse in its order."""

from __future__ import annotations

import re

from index.lexicon import questions as words
from index.lexicon.kinds import KINDS, LABELLED
from index.templates import TEMPLATES, cells_of

from . import cells
from .followups import (
    against_a_year,
    asks_new_thing,
    same_period,
    unnamed_part,
    which_value_blanked,
)
from .gazetteer import Mention
from .hygiene import _CJK_RE
from .intent_rules import _CHANGE
from .intents import METRIC_INTENTS, Intent
from .metrics import Metric
from .slots import SLOTS, Query

_FOLLOW_UP = re.compile(words.FOLLOW_UP)
_SCOPED = re.compile(words.SCOPED)
# Words that name "all bodies" / "all years": such a question fills the slot itself.
_ANY_BODY = re.compile(words.ANY_BODY)
_ANY_YEAR = re.compile(words.ANY_YEAR)
_SHORT_CJK, _SHORT_WORDS = 10, 5


def _asks_another_thing(query: Query, previous: Query, lowered: str, named: set[str], refs: list[cells.Ref],
                        mentions: list[Mention], consumed: list[tuple[int, int]]) -> bool:
    """Whether a follow-up asks something the last turn's statistic is not: a new thing after a
    same-year word ("那一年有多少人次咨询…"), or a part of the last answer's whole that no cell
    names ("其中乡镇公开的占多少？", "其中各乡镇主动公开的信息有多少条？" naming the whole's statistic
    again). The whole's number never answers it; the prose is read for it. A cell named ("其中
    结果被纠正的") is a part the tables hold."""
    carried, cells_named = "metrics" in query.inherited, bool(refs)
    # "那一年新制发了几件？" after 现行有效件数: the words name another cell of the last turn's
    # statistic's own table (本年制发), which is no new thing
    if carried and asks_new_thing(lowered, named) and not cells.names_cell_of(previous.metrics, refs):
        return True
    again = not carried and bool(query.metrics) and [m.keys for m in query.metrics] == [m.keys for m in previous.metrics]
    return (carried or again) and not cells_named and bool(unnamed_part(lowered, mentions, consumed))


def _part_of_earlier(metric: Metric, earlier: list[str]) -> Metric:
    """"其中规范性文件有几条" after "主动公开了多少条": a statistic named in a follow-up scoped to the
    earlier one is the part row of it whose label holds the statistic's name ("其中：主动公开规范性
    文件数"), where a template has one; else the statistic as named."""
    columns = {column.key for key in earlier for *_, column in cells_of(key)}  # the earlier one's column
    parts = [(key, row) for t in TEMPLATES for table in t.tables for row, column, key in table.cells()
             if row.part_of in earlier and column.key in columns and metric.zh in row.label and key not in metric.keys]
    if not parts or any(row.key in metric.keys for _, row in parts):
        return metric
    row = parts[0][1]
    keys = tuple(dict.fromkeys(key for key, _ in parts))
    return Metric(keys, row.label.split("：")[-1], row.en, row.unit)


# "两者相差多少？" / "which of the two is higher?" point back at the earlier turns' subjects.
_EARLIER_SUBJECTS = re.compile(words.EARLIER_SUBJECTS)


_REPORT_NAMED = re.compile(words.REPORT_NAMED)


def _rows_named(refs: list[cells.Ref]) -> set[str]:
    """{"metrics"} when the question names a row of the tables by its cell words ("how many replies
    were issued" of the old appendix): a statistic of its own, asked of the last turn's report."""
    return {"metrics"} if any(r.kind == "row" for r in refs) else set()


def _named_slots(query: Query, stated: str, lowered: str) -> set[str]:
    """The slots the question fills itself; `stated` is its text without its statistic words."""
    named = set()
    refers_back = bool(_EARLIER_SUBJECTS.search(lowered) or _REPORT_NAMED.search(lowered))  # "which … does that report list"
    if query.bodies or query.unknown_bodies or query.bureaus or (_ANY_BODY.search(which_value_blanked(stated)) and not refers_back):
        named.add("bodies")
    if query.years or query.latest or _ANY_YEAR.search(lowered):
        named.add("years")
    if query.metrics:
        named.add("metrics")
    return named


_THAT_STATISTIC = re.compile(words.THAT_STATISTIC)


# The question cues of a contact detail (address, phone, e-mail…): asked of a body, never of a statistic.
_CONTACT = re.compile("|".join(cue for kind, cue, _ in KINDS if kind in LABELLED), re.I)


def _asks_contact(lowered: str) -> bool:
    return bool(_CONTACT.search(lowered))


def _points_back(cue: Intent | None, lowered: str, named: set[str], previous: Query) -> bool:
    """"2013年平潭县的这个数是多少" / "what was that figure for 2016?": a demonstrative names the
    previous turn's statistic, whatever body and year the question names itself."""
    return (bool(previous.metrics) and "metrics" not in named and cue in (*METRIC_INTENTS, None, Intent.PASSAGE)
            and bool(_THAT_STATISTIC.search(lowered)) and not _asks_contact(lowered))


def _compares_again(cue: Intent | None, named: set[str], previous: Query, own: str) -> bool:
    """"How many fewer did Hongze have in 2023 than Huai'an in 2024?" after a count of penalties: a
    comparison naming bodies or years, no statistic and no word beyond them compares the last
    turn's statistic; the bodies and years it names stand."""
    return cue in _COMPARING and bool(previous.metrics) and bool(named) and "metrics" not in named and not own


def _inherits(cue: Intent | None, lowered: str, named: set[str], had_bodies: bool = False) -> bool:
    """Is the question a follow-up? "why?" and "出处？" always are; a question about the
    corpus never is; otherwise a follow-up cue word or a word scoping it to the last answer
    ("其中", "这些", "of those"), a short question naming at most one of body / year / metric
    ("灵武市？", "2021年呢？", "那行政许可呢？"), or a question after one about some body that
    names no body and asks no frame across bodies ("2024年还没审结的有几件？" keeps the body)."""
    if cue in (Intent.SOURCE, Intent.WHY):
        return True
    if cue in (Intent.CORPUS, Intent.COUNT_REPORTS):
        return False
    if _FOLLOW_UP.search(lowered.strip()) or _SCOPED.search(lowered) or (same_period(lowered) and "years" not in named) \
            or (_EARLIER_SUBJECTS.search(lowered) and "bodies" not in named):
        return True
    if had_bodies and "bodies" not in named and named and (cue in (None, Intent.LOOKUP, Intent.PASSAGE)
                                                           or against_a_year(lowered, named)):
        return True  # "和2023年相比，…少了多少？": the last answer's body, against the year named
    if had_bodies and named <= {"years"} and _CHANGE_NOUN.search(lowered):
        return True  # "so what was the increase from 2014 to 2015?": the change of what was asked
    if had_bodies and not named and _CHANGE.search(lowered):
        return True  # "By how much did it grow?": an amount of change of nothing named is the last subject's
    short = (len(_CJK_RE.findall(lowered)) <= _SHORT_CJK if _CJK_RE.search(lowered)
             else len(lowered.split()) <= _SHORT_WORDS)
    # "行政复议总计栏写的是多少？" after a question on one report: a statistic alone asks about it
    return (short and len(named) <= 1) or named == {"metrics"}


def _inherit(query: Query, previous: Query, named: set[str]) -> None:
    for slot, names in SLOTS.items():
        if slot not in named:
            for name in names:
                setattr(query, name, getattr(previous, name))
            query.inherited.append(slot)
    query.topic = previous.topic
    query.drop_terms |= previous.drop_terms


_COMPARING = (Intent.DIFFERENCE, Intent.MOST, Intent.LEAST)


_CHANGE_NOUN = re.compile(words.CHANGE_NOUN)
