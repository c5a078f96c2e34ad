"""A name the corpus holds no report of, but a report's own text names ("灵武市中医医院微信公众号推送
了多少篇文章": a hospital of the 灵武市卫生健康局, whose report counts its posts): the question is
answered from the prose of the report that names it, and the answer says which report it used
(the "took … report" note). Only a question of the prose (no table statistic asked) is so
answered: a table's figure is the report's body's, never the named unit's."""

from __future__ import annotations

import re
from dataclasses import replace

from .scope import Scope
from .understanding import Intent, Query

_SPACES = re.compile(r"\s+")
#: A name shorter than this is no unit's full name (a region's word, "医院" alone).
MIN_NAME = 4


def named_in_prose(q: Query, s: Scope) -> Query | None:
    """The query narrowed to the one body whose reports of the years asked name the unknown
    unit in their text; None when no report or reports of several bodies name it."""
    if len(q.unknown_bodies) != 1 or q.bodies or q.metrics or q.intent != Intent.PASSAGE:
        return None
    name = _SPACES.sub("", q.unknown_bodies[0])
    if len(name) < MIN_NAME:
        return None
    naming = [r for r in s.reports if (not q.years or r.year in q.years)
              and any(name in _SPACES.sub("", p.text) for p in s.catalog.pages(r.report))]
    bodies = sorted({r.body for r in naming})
    if len(bodies) != 1:
        return None
    body = bodies[0]
    entity = s.gazetteer.entity_of(body)
    # the unit's name is no filter now but the words its figure's clause says: kept as search terms
    kept = {t for t in q.drop_terms if t not in name}
    return replace(q, bodies=[body], unknown_bodies=[], entities=[entity] if entity else [], drop_terms=kept,
                   took=[*q.took, (q.unknown_bodies[0], body, "report")], clarify=[])
