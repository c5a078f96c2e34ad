"""A statistic asked of an office inside a body ("how many applications did Pingtan's
administrative service centre accept", "平潭综合实验区行政服务中心受理了多少件申请"): the body's
tables count the body's disclosure work, not the office's; the prose that states the office's
figure answers (the English clause, or the Chinese typed span), or nothing does."""

from __future__ import annotations

import re

from index.lexicon.prose_en import OFFICE_HEADS_ZH_OF_EN

from ..answer import Answer
from ..findings import NotStated, PassageFound, Several
from ..passages import best_passage
from ..prose_clauses import asked_words, english_clause
from ..prose_parts_en import english_parts
from ..quotes import locate
from ..scope import NO_BODY, Scope
from ..understanding import Query
from ..understanding.report_named import office_named, units_named


def office_asked(q: Query, s: Scope) -> bool:
    return bool(q.metrics) and office_named(q.normalized, q.language, q.mentions, q.metrics)


def run_office(q: Query, s: Scope, prev: Answer | None):
    refused = NotStated([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years), None, " ".join(asked_words(q)))
    units = units_named(q.normalized, q.language, q.mentions, q.metrics)
    # the prose's figure, from a sentence that names the unit: the body's own sentence
    # ("全市共受理政府信息公开申请3119件") is the body's work, not the unit's
    if q.language != "en":
        found, said = best_passage(q, s), units
    else:
        said = [zh for u in units for zh in OFFICE_HEADS_ZH_OF_EN.get(u.rstrip("s"), ())]
        # "how many received, and how many completed?"; else the clause of the unit's own sentence
        found = english_parts(q, s) or english_clause(q, s, tuple(said))
    first = found.parts[0] if isinstance(found, Several) else found
    if isinstance(first, PassageFound) and not any(u in _with_lead(s, first) for u in said):
        return NotStated(refused.bodies, refused.years, None, "".join(units) if q.language != "en" else refused.topic)
    return found if found is not None else refused


_SENTENCE_END = re.compile(r"[。！？!?]")


def _with_lead(s: Scope, found: PassageFound) -> str:
    """The sentence found and the one before it, which may name the unit its figure is of
    ("建立区行政服务中心……。目前……共受理申请121510件")."""
    cited = found.citation
    page = next((p.text for p in s.catalog.pages(cited.report) if p.number == cited.page), "")
    at = locate(page, found.sentence)
    if at is None:
        return found.sentence
    ends = [m.end() for m in _SENTENCE_END.finditer(page, 0, at[0])]
    return page[(ends[-2] if len(ends) >= 2 else 0):at[1]]
