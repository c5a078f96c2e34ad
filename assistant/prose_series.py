"""A statistic that stands only in the reports' prose, over several reports: "政府信息公开专栏访问量
达69598人次" one year, "…162103人次" two years later. Compared, trended, ranked or added only
when every report states it with the same words and measure word (the same phrase measures
the same thing); each value is a typed, cited figure marked as read from the prose.

    statements(s, report, thing)   # (phrase, measure) -> value, page, quote of one report
    prose_series(q, s, thing, terms)  # an Aggregate over the reports in scope, or None
    prose_change_percent(q, s, thing, terms)  # one body's change across two years, in percent

Which phrase is the question's is decided from the statements themselves: the phrase every
report in scope states (of the thing asked: 访问 for "visits"), the one sharing most of the
question's words when several do; none, or two as good, and nothing is computed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.lexicon.prose import PART_MARKERS, REMAINDER_MARKERS
from index.lexicon.questions import PROSE_NOT_THE_YEAR
from index.models import Fact, ReportRecord

from .aggregate import AGGREGATES
from .findings import Aggregate, NoChange
from .prose_statements import PROSE, prose_fact, read
from .prose_statements import Statement as Said
from .prose_years import year_gap
from .scope import Scope
from .typed import Asked, measure_asked
from .understanding import Metric, Query
from .understanding.intent_rules import asks_change
from .understanding.shares import asks_with_verb, change_in_percent, change_words

#: Intents a prose series answers (a lookup of one report is the passage route's).
SERIES_INTENTS = ("most", "least", "ranking", "total", "average", "trend", "difference")
#: Share of the question's words (by characters) a phrase must hold to be the one asked.
MIN_SHARE = 0.5
#: Characters of the sentence quoted on either side of a statement, at most.
QUOTE_REACH = 80
_NOT_A_STATEMENT = re.compile("|".join((PROSE_NOT_THE_YEAR, *PART_MARKERS, *REMAINDER_MARKERS)))
_HAN = re.compile("[\u4e00-\u9fff]")


@dataclass
class Statement:
    phrase: str  # what the number measures, as printed before it (years, links, openers left out)
    measure: str  # its measure word (人次, 条…)
    value: int
    page: int | None
    quote: str  # the sentence around it, verbatim


def statements(s: Scope, report: ReportRecord, thing: Asked) -> dict[tuple[str, str], Statement]:
    """The report's statements of the thing asked, one per (phrase, measure); a phrase stated
    with two different numbers in one report is none (which one is meant is not said)."""
    found: dict[tuple[str, str], Statement] = {}
    clashing: set[tuple[str, str]] = set()
    for page in s.catalog.pages(report.report):
        for st in read(page.text):
            phrase = st.item
            if st.approximate or not _HAN.search(phrase) or not thing.clause.search(phrase) \
                    or _NOT_A_STATEMENT.search(phrase) or not isinstance(st.value, int):
                continue  # "900余篇": about, never an exact figure to compute with
            key = (phrase, st.measure)
            if key in found and found[key].value != st.value:
                clashing.add(key)
            found.setdefault(key, Statement(phrase, st.measure, st.value, page.number, _quote(st)))
    return {k: v for k, v in found.items() if k not in clashing}


def _quote(st: Said) -> str:
    """The statement's sentence, at most QUOTE_REACH characters either side of the figure."""
    return st.quote[max(0, st.at - QUOTE_REACH):st.at + st.end - st.start + QUOTE_REACH].strip()


def prose_series(q: Query, s: Scope, thing: Asked | None, terms: set[str]) -> Aggregate | NoChange | None:
    """The aggregate asked over the prose statements of the reports in scope, when one phrase
    of the thing asked is stated by the reports it needs; None otherwise (the caller refuses)."""
    intent = "difference" if q.asked in ("trend", "total") and asks_change(q) else q.asked
    found = _series(q, s, thing, terms, intent)
    if found is None and intent == "difference" and s.bodies_of(q) and asks_change(q):
        # no phrase both years state alike ("行政权力事项" / "权力清单事项"): each year's one figure
        # saying the question's words
        return year_gap(q, s, _ends(q, s.in_scope(q)), terms, measure_asked(q.text))
    return found


def prose_change_percent(q: Query, s: Scope, thing: Asked | None, terms: set[str]) -> Aggregate | None:
    """"访问量2015年比2014年增长了百分之多少": one body's prose figure in two years, their
    difference and that difference as a percent of the earlier year's, each input cited; None
    when no percent change is asked or the two figures are not both stated clearly."""
    frame = change_in_percent(q.text)
    if frame is None or len(s.bodies_of(q)) != 1:
        return None
    asked, terms = replace(q, asked="difference"), _beyond_change_words(q.text, terms)
    found = prose_series(asked, s, thing, terms) or year_gap(asked, s, _ends(q, s.in_scope(q)), terms, measure_asked(q.text))
    if not isinstance(found, Aggregate) or found.result.intent != "difference" or found.result.pair is None:
        return None
    return replace(found, result=found.result.in_percent(frame, q.decimals))


def _beyond_change_words(text: str, terms: set[str]) -> set[str]:
    """The question's words less those only its change frame says ("增长了百分之多少": 增长, 百分之):
    they name no figure, and would leave the thing's own words too small a share to find it."""
    lowered = text.lower()
    blanked = list(lowered)
    for start, end in change_words(lowered):
        blanked[start:end] = " " * (end - start)
    rest = "".join(blanked)
    return {t for t in terms if t.lower() in rest or t.lower() not in lowered}  # (glossary words kept)


def _series(q: Query, s: Scope, thing: Asked | None, terms: set[str], intent: str | None) -> Aggregate | NoChange | None:
    """The aggregate over the reports stating one phrase of the thing's family alike."""
    reports = s.in_scope(q)
    if intent not in SERIES_INTENTS or thing is None or thing.clause is None or not s.bodies_of(q):
        return None
    if intent == "difference":  # a change: its two end years of one body
        ends = q.year_range or ((q.years[0], q.years[-1]) if len(q.years) == 2 else None)
        reports = [r for r in reports if ends and r.year in ends]
        if ends and len(reports) == 1:
            return _one_end(s, reports[0], ends, thing, terms)
    said = {r.report: statements(s, r, thing) for r in reports}
    stating = {k: [r for r in reports if k in said[r.report]] for found in said.values() for k in found}
    usable = [k for k, rs in stating.items() if len(rs) >= 2 and _names_asked(k[0], thing, terms) and (
        intent != "difference" or len(rs) == 2 and len({r.body for r in rs}) == 1 and rs[0].year != rs[1].year)]
    if not usable:
        return None
    rank = lambda k: (len(stating[k]), sum(len(t) for t in terms if t in k[0]))  # noqa: E731
    usable.sort(key=rank, reverse=True)
    if len(usable) > 1 and rank(usable[0]) == rank(usable[1]):
        return None  # two phrases as close to the question: which one is asked is not clear
    phrase, measure = usable[0]
    metric = Metric((f"{PROSE}:{phrase}",), phrase, phrase, measure)
    facts = [_fact(r, said[r.report][(phrase, measure)], metric) for r in stating[usable[0]]]
    facts.sort(key=lambda f: (-f.year, f.body) if intent == "difference" else (f.year, f.body))
    unstated = sorted((r for r in reports if r not in stating[usable[0]]), key=lambda r: (r.year, r.body))
    return Aggregate(metric, AGGREGATES[intent](facts).as_change(asks_with_verb(q.text)), sorted({f.year for f in facts}),
                     table=intent != "difference", absent=unstated)


def _ends(q: Query, reports: list[ReportRecord]) -> list[ReportRecord]:
    """The reports of a change's two end years."""
    ends = q.year_range or ((q.years[0], q.years[-1]) if len(q.years) == 2 else None)
    return [r for r in reports if ends and r.year in ends]


def _one_end(s: Scope, report: ReportRecord, ends: tuple[int, int], thing: Asked, terms: set[str]) -> NoChange | None:
    """A change asked between two years of which one has no report: the other year's statement,
    as an input, and the year missing; None when that report states no phrase of it clearly."""
    said = statements(s, report, thing)
    usable = sorted((k for k in said if _names_asked(k[0], thing, terms)),
                    key=lambda k: sum(len(t) for t in terms if t in k[0]), reverse=True)
    if not usable or len(usable) > 1 and sum(len(t) for t in terms if t in usable[0][0]) == \
            sum(len(t) for t in terms if t in usable[1][0]):
        return None
    phrase, measure = usable[0]
    metric = Metric((f"{PROSE}:{phrase}",), phrase, phrase, measure)
    missing = next(y for y in ends if y != report.year)
    return NoChange(metric, report.body, ends, [_fact(report, said[usable[0]], metric)], [(missing, "no_report")])


def _names_asked(phrase: str, thing: Asked, terms: set[str]) -> bool:
    """Whether a phrase says what the question asks: most of the question's words (by
    characters, a compound counted by its parts) stand in it, and the subject asked of, if any
    ("公众号" of "公众号发布的文章"), too. A phrase of the thing's family alone ("主动公开政府信息"
    is no count of a 公众号's posts) does not."""
    if thing.subject is not None and thing.subject.clause is not None and not thing.subject.clause.search(phrase):
        return False
    atoms = {t for t in terms if not any(o != t and o in t for o in terms)}
    total = sum(len(t) for t in atoms)
    return total > 0 and sum(len(t) for t in atoms if t in phrase) / total >= MIN_SHARE


def is_prose_series(metric: Metric) -> bool:
    """Whether a statistic is a phrase of the prose (its reports "not counted" do not state it)."""
    return metric.key.startswith(PROSE + ":")


def _fact(r: ReportRecord, st: Statement, metric: Metric) -> Fact:
    return prose_fact(r, st.phrase, st.value, st.measure, st.page, st.quote, f"{st.phrase}{st.value}{st.measure}",
                      metric.key)
