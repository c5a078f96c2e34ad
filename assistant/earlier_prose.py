"""A follow-up that compares the figures two earlier answers read from the prose: "哪个更多？" after
"政策文件解读多少条" (81条) and "发布了多少篇政策解读" (82篇), "增长了多少" after "访问量多少" of 2014
and "2015年呢". The two figures are those answers' own (the number each answer marked in its
quote), each cited again and marked as read from the prose; which is larger is said, or the
change (the later answer's figure less the earlier's). Never a figure read anew from the text
of the follow-up, which names nothing ("哪个更多" holds no thing to look for).

Both answers must have marked one figure each, counted in one family of measure words (条 and
篇 count items; 人次 and 万元 do not compare); else None and the follow-up is read as usual.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon.questions import CHANGE_ASKED
from index.models import Fact

from .aggregate import AGGREGATES
from .findings import Aggregate
from .prose_statements import PROSE, prose_fact, read, same_family
from .understanding import Metric, Query
from .understanding.followups import earlier_computation
from .understanding.shares import asks_with_verb

_CHANGE = re.compile(CHANGE_ASKED)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: The routes' aggregate for each operation asked ("which is larger": the most of the two).
AGGREGATE_OF = {"compare": "most", "difference": "difference"}
#: The fewest characters two names must end alike in to be named by what they share.
MIN_SHARED = 2


def over_earlier_prose(query: Query, turns: list, catalog) -> Aggregate | None:
    """The two last prose answers compared as the follow-up asks; None when it asks no such
    comparison, names a body, year or statistic of its own, or the answers hold no one figure each."""
    lowered = query.normalized.lower()
    asked = earlier_computation(lowered)
    op = asked[0] if asked else ("difference" if _CHANGE.search(lowered) else None)
    if op not in AGGREGATE_OF or "metrics" not in query.inherited or query.bodies and "bodies" not in query.inherited:
        return None
    answered = [t for t in turns if t.query is not None and not t.combined][-2:]
    figures = [_figure(t.answer, catalog) for t in answered]
    if len(figures) != 2 or None in figures or not same_family(figures[0].unit, figures[1].unit):
        return None
    first, second = figures
    if query.years and "years" not in query.inherited and set(query.years) != {first.year, second.year}:
        return None  # "2014年到2015年增长了多少" names the two answers' own years; other years are asked anew
    if op == "difference" and (first.year == second.year) == (first.body == second.body):
        return None  # a change is of one body between two years, or of two bodies in one year
    later = sorted(figures, key=lambda f: -f.year) if first.year != second.year else [second, first]
    name = _shared_name(later[0].row, later[1].row)
    metric = Metric((later[0].metric,), name, name, later[0].unit)
    facts = [f if f.metric == metric.key else _keyed(f, metric.key) for f in later]
    intent = AGGREGATE_OF[op]
    result = AGGREGATES[intent](facts).as_change(asks_with_verb(query.text))
    return Aggregate(metric, result, sorted({f.year for f in facts}), table=intent != "difference")


def _figure(answer, catalog) -> Fact | None:
    """The one figure an answer read from the prose marked in its one quote, as a prose fact."""
    if answer.route != "passages" or len(answer.citations) != 1 or not answer.citations[0].highlight:
        return None
    cited = answer.citations[0]
    number = _FIGURE.match(cited.highlight.strip())
    report = catalog.report(cited.report)
    if number is None or report is None:
        return None
    value = float(number.group().replace(",", ""))
    unit = cited.highlight.strip()[number.end():].strip()  # "3940 元": money is read in its unit
    said = [st for st in read(cited.quote, unit) if st.value == value and not st.approximate]
    if len({(st.value, st.measure) for st in said}) != 1:
        return None
    st = said[0]
    name = st.item or st.words
    return prose_fact(report, name, st.value, st.measure, cited.page, cited.quote, f"{name}{st.value}{st.measure}",
                      f"{PROSE}:{name}")


def _shared_name(one: str, other: str) -> str:
    """What two figures both count, by the words their names end in ("政策解读" of "政策文件解读" and
    "多形式政策解读"); the first's name when they share too little."""
    size = 0
    while size < min(len(one), len(other)) and one[-1 - size] == other[-1 - size]:
        size += 1
    return one[-size:] if size >= MIN_SHARED else one


def _keyed(fact: Fact, key: str) -> Fact:
    """The fact under the key of the thing compared (its own name stays its label)."""
    return replace(fact, metric=key)
