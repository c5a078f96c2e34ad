"""A share whose part or whole adds several statistics ("行政复议占行政复议和行政诉讼的比例",
"予以公开和部分公开占办结总数的多少"): the sums of each side's cells of one report, divided; the
whole the parts' table gives them when the question names none. Each report in scope on its own;
no report with every cell: no number (never the share of one statistic over another)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from index.lexicon import statwords
from index.lexicon.questions import SHARE_OF
from index.lexicon.rates import RATE_GAP_ASKED, RATE_GAP_FRAMES, RATES, Rate
from index.models import Fact, ReportRecord

from .aggregate import clean, ratio, rounded
from .findings import Aggregate, MetricSum, NoRate, NoRatio, RateExtreme, RateGap, Several, SumShare
from .linking.parts import asks_each
from .scope import NO_BODY, Scope
from .understanding import Metric, Query
from .understanding.cells import cell_metric

_SHARE_OF = re.compile(SHARE_OF)
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
    if len(out) == 1 and n >= 2 and not each and _asks_sum(q.normalized) and out[0].parts[0].value is not None \
            and all(f.value is not None and f.readable for f in out[0].parts):
        # "予以公开和部分公开一共多少件？占办结总数多少？": the sum asked, then its share
        parts = out[0].parts
        return Several([MetricSum(parts, list(q.metrics[:n]), clean(sum(f.value for f in parts))), out[0]])
    if out and len(out) <= MAX_SHARES:
        return out[0] if len(out) == 1 else Several(out)
    part = q.metrics[0] if n == 1 else Metric(tuple(k for m in q.metrics[:n] for k in m.keys),
                                              " + ".join(m.zh for m in q.metrics[:n]),
                                              " + ".join(m.en for m in q.metrics[:n]), q.metrics[0].unit)
    return NoRatio(part, [b for b in s.bodies_of(q) if b != NO_BODY], list(q.years))


def _asks_sum(text: str) -> bool:
    """A clause of its own asks the parts' sum ("…一共多少件？", "what is their total?"), not the share."""
    lowered = text.lower()
    return any(any(w in clause for w in statwords.SUM_WORDS) and any(w in clause for w in statwords.QUESTION_WORDS)
               and not _SHARE_OF.search(clause) for clause in re.split(statwords.CLAUSE, lowered))


def _share(q: Query, parts: list[Fact], part_metrics: list[Metric], wholes: list[Fact],
           whole_metrics: list[Metric]) -> SumShare:
    cells = [*parts, *wholes]
    known = all(f.value is not None and f.readable for f in cells)
    value = ratio(clean(sum(f.value for f in parts)), clean(sum(f.value for f in wholes)), True, q.decimals) \
        if known else None
    return SumShare(parts, part_metrics, wholes, whole_metrics, value, q.decimals)


#: Reports whose rate one answer lists at most (a superlative ranks any number).
MAX_RATES = 12


def rates_of(q: Query, s: Scope):
    """Each report's rate of the rate table (index/lexicon/rates.py): its template's inputs summed,
    divided, every input cited and the formula said; a superlative ranks them. Reports whose
    template has no such inputs are left out; none left: NoRate."""
    rates = [r for r in RATES if r.name in q.rates]
    lowered = q.normalized.lower()
    received = any(w in lowered for w in statwords.RATE_RECEIVED)
    reports = sorted(s.in_scope(q), key=lambda r: (r.body, r.year))
    found = [share for r in reports for rate in rates if (share := _rate(q, s, r, rate, received)) is not None]
    if not found:
        said = next((rate.sides[r.template].said for r in reports for rate in rates if r.template in rate.sides),
                    ("", ""))
        return NoRate(rates[0].name if len(rates) == 1 else rates[0].family, [b for b in s.bodies_of(q) if b != NO_BODY],
                      list(q.years), said)
    if q.intent in ("most", "least", "ranking") and len(found) > 1:
        known = sorted((f for f in found if f.value is not None), key=lambda f: f.value, reverse=q.intent != "least")
        top = [f for f in known if known and f.value == known[0].value]
        return RateExtreme(found[0].rate, known, len(top), q.intent != "least", [f for f in found if f.value is None])
    distinct: dict[tuple, SumShare] = {}  # two names of one rate (行政诉讼纠错率, 败诉率) are one rate
    for f in found:
        distinct.setdefault((f.parts[0].report, *(x.metric for x in [*f.parts, *f.wholes])), f)
    if len(distinct) == 2 and len({f.parts[0].report for f in found}) == 1 and _GAP.search(lowered):
        return _gap(q, list(distinct.values()))
    found = found[:MAX_RATES]
    return found[0] if len(found) == 1 else Several(found)


_GAP = re.compile(RATE_GAP_ASKED)
_GAP_FRAMES = tuple((frame, re.compile(pattern)) for frame, pattern in RATE_GAP_FRAMES)
#: Decimals of a gap in percentage points (as a share's change in points).
GAP_DECIMALS = 2


def _gap(q: Query, found: list[SumShare]) -> RateGap:
    """Two rates of one report, in the order the question names them, and how far apart they are."""
    first, second = sorted(found, key=lambda f: q.rates.index(f.rate) if f.rate in q.rates else 0)
    points = None
    if first.value is not None and second.value is not None:
        points = rounded(first.value - second.value, GAP_DECIMALS if q.decimals is None else q.decimals)
    frames = [frame for frame, pattern in _GAP_FRAMES if pattern.search(q.normalized.lower())]
    return RateGap(first, second, points, frames[0] if len(frames) == 1 else "change")


def _rate(q: Query, s: Scope, report: ReportRecord, rate: Rate, received: bool) -> SumShare | None:
    """One report's rate, or None when its template has no such inputs or a cell is not read."""
    sides = (rate.received if received and rate.received else rate.sides).get(report.template)
    if sides is None:
        return None
    parts, wholes = ([_cell(s, report, i) for i in side] for side in (sides.part, sides.whole))
    if any(f is None for f in [*parts, *wholes]):
        return None
    share = _share(q, parts, [cell_metric(f.metric, Metric) for f in parts], wholes,
                   [cell_metric(f.metric, Metric) for f in wholes])
    return replace(share, rate=rate.name, said=sides.said)


def _cell(s: Scope, report: ReportRecord, alternatives: tuple[str, ...]) -> Fact | None:
    """The first of the alternatives' cells the report holds (blank and unreadable ones too)."""
    return next((f for key in alternatives for f in s.catalog.facts(metric=key, report=report.report, prefix=False)),
                None)
