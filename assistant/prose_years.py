"""One body's prose figure in two years' reports, worded as each year words it: "梳理的行政权力事项，
2016年比2015年多了多少项" compares "完成梳理行政权力事项3646项" (2016) with "共梳理出现全区权力清单
事项2917项" (2015): each report's one figure whose own list item says most of the question's words
is that year's input, both cited, each named by its own words.

prose_series compares a phrase every report states the same way, of a known family (访问量,
粉丝…); this reader takes what it leaves: a difference of one body between two years, whatever
the thing, so long as in each report one figure alone says at least half the question's words
(by characters) more than any other, exact (not "900余项"), of the year (not a running total),
in the measure the question asks. Otherwise nothing is computed and the caller refuses.
"""

from __future__ import annotations

from index.models import ReportRecord

from .aggregate import AGGREGATES
from .findings import Aggregate
from .prose_clauses import chinese_of, counted_words
from .prose_statements import PROSE, Statement, counts, prose_fact, read, same_family
from .scope import Scope
from .understanding import Metric, Query
from .understanding.shares import asks_with_verb

#: Share of the question's words (by characters) a figure's list item must say.
MIN_SHARE = 0.5


def year_gap(q: Query, s: Scope, reports: list[ReportRecord], terms: set[str], measure: str | None) -> Aggregate | None:
    """The difference asked between one body's two reports' prose figures of the thing asked."""
    if len(reports) != 2 or len({r.body for r in reports}) != 1 or reports[0].year == reports[1].year:
        return None
    if q.language == "en":  # "administrative power items": 行政 权力 事项, as the reports say them
        terms = terms | {said[0] for said in chinese_of(counted_words(q))}
    atoms = {t for t in terms if not any(o != t and o in t for o in terms)}
    if sum(len(t) for t in atoms) < 4:
        return None  # too few words to tell one figure from another
    found = [(r, _the_figure(s, r, atoms, measure)) for r in reports]
    if any(f is None for _, f in found):
        return None
    if len({st.measure for _, (st, _) in found}) != 1:
        return None  # "3646项" against "2917个": not counted alike
    if not _same_measure(*(_named(st, atoms) for _, (st, _) in found), atoms):
        return None  # "行政权力清单" against "行政权力事项": lists, not the items listed
    newest = max(found, key=lambda x: x[0].year)[1][0]
    name = _named(newest, atoms)
    metric = Metric((f"{PROSE}:{name}",), name, name, newest.measure)
    facts = [prose_fact(r, _named(st, atoms), st.value, st.measure, page, st.quote,
                        f"{st.item}{st.value}{st.measure}{st.after}", metric.key) for r, (st, page) in found]
    facts.sort(key=lambda f: -f.year)
    return Aggregate(metric, AGGREGATES["difference"](facts).as_change(asks_with_verb(q.text)),
                     sorted({f.year for f in facts}), table=False)


def _named(st: Statement, atoms: set[str]) -> str:
    """What a figure counts, as printed: its list item, and the noun after its measure word when
    that says the question's words ("发布了25期安全生产信息简报": 发布安全生产信息简报)."""
    return st.item + st.after if any(t in st.after for t in atoms) else st.item


def _same_measure(first: str, second: str, atoms: set[str]) -> bool:
    """Whether two wordings name one measure: they end with one noun of the question's (their head,
    事项 of "全区权力清单事项" and "完成梳理行政权力事项"), and the question's words both say are at
    least MIN_SHARE of them (权力, 事项)."""
    suffix = 0
    while suffix < min(len(first), len(second)) and first[-1 - suffix] == second[-1 - suffix]:
        suffix += 1
    head = first[len(first) - suffix:]
    shared = sum(len(t) for t in atoms if t in first and t in second)
    return any(t in head for t in atoms) and shared / sum(len(t) for t in atoms) >= MIN_SHARE


def _the_figure(s: Scope, report: ReportRecord, atoms: set[str], measure: str | None) -> tuple[Statement, int] | None:
    """(figure, page) of the report's one figure whose list item says most of the question's
    words, at least MIN_SHARE of them; None when none does, or two say as much with other values."""
    total = sum(len(t) for t in atoms)
    scored = []
    for page in s.catalog.pages(report.report):
        for st in read(page.text):
            if not counts(st, item=True) or st.running or (measure and not same_family(measure, st.text)):
                continue
            said = sum(len(t) for t in atoms if t in st.item + st.after)  # "发布了25期安全生产信息简报"
            if said / total >= MIN_SHARE:
                scored.append((said, st, page.number))
    if not scored:
        return None
    best = max(x[0] for x in scored)
    top = [x for x in scored if x[0] == best]
    if len({x[1].value for x in top}) != 1:
        return None
    return top[0][1], top[0][2]
