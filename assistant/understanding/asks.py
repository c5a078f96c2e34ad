"""A whole and its part asked in one message: "How many requests did X receive in 2012, and how
many were made in person?", "收到多少申请，其中当面申请多少". Each clause asks on its own, so each
is answered: the whole first, then the part, both cited.

Why the whole was lost: a row named by the table's words ("in person", 当面申请) narrows the
statistic named beside it; when that row belongs to another table than the statistic's own key
(the old appendix's 当面申请数 beside the 2019 table's 本年新收), the narrowing put the row in the
statistic's place. In one clause that is right ("how many requests were made in person?" asks
the part only); across two asking clauses it drops the first ask. Pure: text, spans, metrics.
"""

from __future__ import annotations

from ..linking.statistics import asked_times, clause_spans
from . import cells
from .gazetteer import Mention
from .metrics import Metric

Span = tuple[int, int]


def whole_and_parts(metrics: list[Metric], linked: list[Metric], linked_spans: list[Span],
                    mentions: list[Mention], text: str) -> list[Metric]:
    """`metrics` (the narrowed statistics) with the whole the linker read kept in front, when the
    whole and the rows narrowing it stand in different asking clauses; `metrics` unchanged otherwise."""
    if not linked or len(linked) != len(linked_spans) or asked_times(text) < 2:
        return metrics
    clauses = clause_spans(text)

    def clause(start: int) -> int:
        return next((i for i, (a, b) in enumerate(clauses) if a <= start < b), -1)

    # where a row, column or group is named (a stem such as 收到 only tells rows apart: no ask)
    ref_clauses = {clause(m.start) for m in mentions if m.kind == "cell"
                   and any(r.kind in ("row", "column", "group") for r in cells.decode(m.values))}
    wholes = [m for m, (a, _) in zip(linked, linked_spans, strict=True)
              if clause(a) not in ref_clauses and m not in metrics]
    if not wholes or not ref_clauses:
        return metrics
    kept = [m for m in metrics if not any(set(m.keys) <= set(w.keys) for w in wholes)]
    return [*wholes, *kept]
