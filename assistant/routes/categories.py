"""A superlative over the categories of one report ("洪泽区2023年处理结果里哪种情况最多？",
"which reason for refusing was given most often?"): the largest (or smallest) cell of the family
the question names, with ties, each cited; never a body's total standing in for a category."""

from __future__ import annotations

from dataclasses import replace

from index.models import Fact

from ..aggregate import combine
from ..answer import Answer
from ..findings import CategoryExtreme, Several
from ..scope import Scope
from ..understanding import Query
from ..understanding.categories import FAMILY_KEYS, SUMMED_BY_OUTCOME

#: Reports one answer goes through (a body named without a year: each of its reports).
MAX_REPORTS = 3


def over_categories(q: Query, s: Scope) -> bool:
    """A "which one" superlative of a family, about one body's reports (not across bodies)."""
    if q.family is None or q.intent not in ("most", "least"):
        return False
    reports = s.in_scope(q)
    entities = {(e.name if (e := s.gazetteer.entity_of(r.body)) else r.body) for r in reports}
    return 0 < len(reports) <= MAX_REPORTS and len(entities) == 1


def _by_outcome(cells: list[Fact]) -> list[Fact]:
    """One fact per outcome (the key's last part), the sum of its cells in every group."""
    groups: dict[str, list[Fact]] = {}
    for f in cells:
        groups.setdefault(f.metric.rsplit(".", 1)[-1], []).append(f)
    return [g[0] if len(g) == 1 else replace(combine(g), column=g[0].column) for g in groups.values()]


def _of_group_asked(cells: list[Fact], keys: list[str]) -> list[Fact]:
    """The cells of the one group whose total the question names ("复议后起诉的有几件？结果怎样？":
    that row's outcomes, not both groups' summed); every cell when it names none or several."""
    groups = {k.rsplit(".", 1)[0] for k in keys if any(f.metric.rsplit(".", 1)[0] == k.rsplit(".", 1)[0] for f in cells)}
    return [f for f in cells if f.metric.rsplit(".", 1)[0] in groups] if len(groups) == 1 else cells


def run_categories(q: Query, s: Scope, prev: Answer | None):
    pattern = FAMILY_KEYS[q.family]
    found = []
    for r in sorted(s.in_scope(q), key=lambda r: r.year):
        cells = [f for f in s.catalog.facts(report=r.report) if pattern.match(f.metric)]
        named = [f for f in cells if f.metric in q.metric_keys]
        cells = named if len(named) >= 2 else cells  # "处罚和强制哪一类多": the two named only
        if q.family in SUMMED_BY_OUTCOME:
            cells = _by_outcome(_of_group_asked(cells, q.metric_keys))
        known = sorted((f for f in cells if f.value is not None and f.readable), key=lambda f: f.value,
                       reverse=q.intent == "most")
        top = [f for f in known if f.value == known[0].value] if known else []
        unsure = [f for f in cells if not f.readable]
        found.append(CategoryExtreme(q.family, r, q.intent == "most", top, known, unsure))
    return found[0] if len(found) == 1 else Several(found)
