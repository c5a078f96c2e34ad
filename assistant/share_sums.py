"""A share whose part or whole adds several statistics ("行政复议占行政复议和行政诉讼的比例",
"予以公开和部分公开占办结总数的多少"): the sums of each side's cells of one report, divided; the
whole the parts' table gives them when the question names none. Each report in scope on its own;
no report with every cell: no number (never the share of one statistic over another)."""

from __future__ import annotations

from collections.abc import Callable

from index.models import Fact

from .aggregate import clean, ratio
from .findings import Aggregate, NoRatio, Several, SumShare
from .linking.parts import asks_each
from .scope import NO_BODY, Scope
from .understanding import Metric, Query

#: Reports answered one by one at most (a share per report).
MAX_SHARES = 6


def share_of_sums(q: Query, s: Scope, found: list, whole_of: Callable[[Fact], tuple[Fact, Metric] | None]):
    """`found`: the finding of each of q.metrics (the part's first, q.share_parts of them)."""
    n = q.share_parts
    each = n >= 2 and asks_each(q.normalized)  # "A和B各占多少": a share per part, never their sum's
    by_report = [{f.report: f for f in p.result.facts} if isinstance(p, Aggregate) else {} for p in found]
    reports = [r for r in by_report[0] if all(r in b for b in by_report[n:] or by_report)]
    out = []
    for report in reports:
        parts = [b.get(report) for b in by_report[:n]]
        if any(f is None for f in parts):
            continue
        # the part named again in the whole is the same cell, cited once
        same = {(f.report, f.metric): f for f in parts}
        wholes = [same.get((b[report].report, b[report].metric), b[report]) for b in by_report[n:]]
        metrics = list(q.metrics[n:])
        if not wholes:  # "A和B占总数的比例": the one whole the parts' table gives every part
            given = [whole_of(f) for f in parts]
            if len({g[0].metric for g in given if g is not None}) == 1 and None not in given:
                wholes, metrics = [given[0][0]], [given[0][1]]
            elif each:  # "复议和诉讼各占多少": with no whole in common, each part's share of them all
                wholes, metrics = parts, list(q.metrics[:n])
            else:
                continue
        if each:
            out += [_share(q, [f], [m], wholes, metrics) for f, m in zip(parts, q.metrics[:n], strict=True)]
        else:
            out.append(_share(q, parts, list(q.metrics[:n]), wholes, metrics))
    if out and len(out) <= MAX_SHARES:
        return out[0] if len(out) == 1 else Several(out)
    part = q.metrics[0] if n == 1 else Metric(tuple(k for m in q.metrics[:n] for k in m.keys),
                                              " + ".join(m.zh for m in q.metrics[:n]),
                                              " + ".join(m.en for m in q.metrics[:n]), q.metrics[0].unit)
    return NoRatio(part, [b for b in s.bodies_of(q) if b != NO_BODY], list(q.years))


def _share(q: Query, parts: list[Fact], part_metrics: list[Metric], wholes: list[Fact],
           whole_metrics: list[Metric]) -> SumShare:
    cells = [*parts, *wholes]
    known = all(f.value is not None and f.readable for f in cells)
    value = ratio(clean(sum(f.value for f in parts)), clean(sum(f.value for f in wholes)), True, q.decimals) \
        if known else None
    return SumShare(parts, part_metrics, wholes, whole_metrics, value, q.decimals)
