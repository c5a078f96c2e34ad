"""Statistics a question names, through the statistic linker (assistant.linking.statistics):
each request becomes a Metric whose keys the answerer reads (a report's value is the sum of
the keys it has, so a group printed without a total is one Metric of its rows' keys)."""

from __future__ import annotations

from index.templates import templates

from ..linking.statistics import CellRequest, link_statistics
from . import cells
from .gazetteer import Mention
from .metrics import METRICS, Metric

#: Mentions that name who, not what: their words are no statistic ("Law Enforcement Bureau").
_NOT_STATISTICS = ("body", "region", "unknown", "ambiguous", "bureau")


def linked_metrics(text: str, mentions: list[Mention]) -> tuple[list[Metric], list[tuple[int, int]]]:
    """The statistics the question asks for, in the order asked, and the spans of the words
    that name them; ([], []) when the linker finds none."""
    exclude = [(m.start, m.end) for m in mentions if m.kind in _NOT_STATISTICS]
    requests = link_statistics(text, exclude=exclude)
    metrics = list({m.keys: m for m in (_metric(r) for r in requests) if m.keys}.values())
    return metrics, [r.span for r in requests]


def _metric(request: CellRequest) -> Metric:
    keys = request.metric_keys
    known = next((m for m in METRICS.values() if m.keys == keys), None)
    if known is not None:
        return known
    if not request.sum:  # one cell a template: named by its row and column
        return cells._metric(list(keys), Metric)
    newest = next(request.keys[t.id] for t in templates() if t.id in request.keys)
    parts = [cells._metric([k], Metric) for k in newest]
    group = _common_row(newest)
    zh = group or " + ".join(p.zh for p in parts)
    return Metric(keys, zh, " + ".join(p.en for p in parts), request.unit)


def _common_row(keys: tuple[str, ...]) -> str:
    """The group the summed rows share (不予公开 for its eight rows), "" when none."""
    split = [k.split(".") for k in keys]
    common: list[str] = []
    for parts in zip(*split, strict=False):
        if len(split) < 2 or len(set(parts)) > 1:
            break
        common.append(parts[0])
    return common[-1] if len(common) >= 2 else ""

