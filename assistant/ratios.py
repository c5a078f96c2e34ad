"""Shares and multiples of the facts found (`ratio_of`): two statistics of one report (the part
over the whole), one statistic of two reports (the subject over the other), one cell over the
whole its table gives it (`_whole`), or a share stated by a sentence of the prose. Nothing is
computed from a prose number but a share whose whole and parts one sentence states."""

from __future__ import annotations

import re

from index.lexicon.questions import (
    RATIO_TIMES,
    SHARE_OF,
    WHOLE,
)
from index.lexicon.rates import LAWSUIT_TOTALS, OUTSIDE_OUTCOMES, TO_HANDLE_ROWS
from index.models import Fact

from .aggregate import combine, ratio, whole_keys
from .extracts import content_terms, glossary_terms
from .findings import (
    Aggregate,
    NoRatio,
    Ratio,
    Several,
)
from .prose_share import prose_share
from .scope import NO_BODY, Scope
from .share_sums import share_of_sums
from .statistic_finding import find_metric, framed
from .understanding import METRICS, Metric, Query
from .understanding.cells import cell_metric as cells_named

#: Reports whose shares one answer lists.
MAX_RATIOS = 6
_TIMES = re.compile(RATIO_TIMES)
_SHARE_OF = re.compile(SHARE_OF)


def ratio_of(q: Query, s: Scope, parts: list):
    """A share or a multiple: two statistics of one report (the part over the whole), one
    statistic of two reports (the subject over the other), or one cell over the whole its table
    gives it ("结果纠正" over 行政复议 总计). Nothing is computed from a prose number."""
    share = not _TIMES.search(q.normalized.lower())
    if q.share_parts:  # "复议占复议和诉讼的比例": a side adds several statistics
        found = share_of_sums(q, s, parts if len(parts) == len(q.metrics) else [find_metric(q, s, m) for m in q.metrics],
                              lambda f: _whole(s, f))
        return (isinstance(found, NoRatio) and _share_in_prose(q, s, share)) or found
    if not all(isinstance(p, Aggregate) for p in parts):
        refused = next(p for p in parts if not isinstance(p, Aggregate))
        return _share_in_prose(q, s, share) or refused
    facts = [f for p in parts for f in p.result.facts]
    metrics = [p.metric for p in parts for _ in p.result.facts]
    # two bodies named, by their names or their regions ("洪泽区…占淮安市政府的"), or two years
    named = sum(m.kind in ("body", "region") for m in q.mentions) >= 2 or len(q.years) >= 2
    if len(parts) == 2 and len(facts) > 2 and share:
        # the part and the whole named in words, in several reports: each report's own share
        wholes = {f.report: f for f in parts[1].result.facts}
        found = [_share(f, wholes[f.report], (parts[0].metric, parts[1].metric), q.decimals)
                 for f in parts[0].result.facts if f.report in wholes]
        if found and len(found) <= MAX_RATIOS:
            return found[0] if len(found) == 1 else Several(found)
    if len(facts) == 2 and (len(parts) == 2 or named or not share):
        if len(parts) == 1:
            facts = _whole_last(q, _as_named(q, facts)) if share else _as_named(q, facts)
        elif share and all(f.value is not None for f in facts) and facts[0].value > facts[1].value:
            facts, metrics = facts[::-1], metrics[::-1]  # a share is the part over the whole
        num, den = facts
        return Ratio(num, den, (metrics[0], metrics[1]), ratio(num.value, den.value, share, q.decimals), share,
                     q.decimals)
    # no whole linked: a sentence of the prose naming the question's whole (制作、获取的政府信息) with
    # the part comes first; else each report's cell over the whole its table gives it
    if len(parts) == 1 and (prose := _share_in_prose(q, s, share)) is not None:
        return prose
    found = [Ratio(f, w[0], (m, w[1]), ratio(f.value, w[0].value, share, q.decimals), share, q.decimals)
             for f, m in zip(facts, metrics, strict=True) if (w := _whole(s, f)) is not None]
    if found and len(found) == len(facts) <= MAX_RATIOS:
        return found[0] if len(found) == 1 else Several(found)
    return _share_in_prose(q, s, share) or NoRatio(parts[0].metric, [b for b in s.bodies_of(q) if b != NO_BODY],
                                                   list(q.years))


def _share_in_prose(q: Query, s: Scope, share: bool) -> Ratio | Several | None:
    """A share the tables cannot give, from a sentence of the report's prose that states the
    whole and its parts ("共制发…349条，其中，主动公开…124条")."""
    if not share:
        return None
    extra = glossary_terms(q.text) if q.language == "en" else ""
    return prose_share(q, s, content_terms(q.text, extra, q.drop_terms), extra)


def _as_named(q: Query, facts: list[Fact]) -> list[Fact]:
    """A ratio's two facts in the order the question names them: of two bodies, by their names or
    a region naming one body ("洪泽区的申请是淮安市政府的多少倍"); of two years, as `framed`."""
    if len(facts) != 2 or facts[0].body == facts[1].body:
        return framed(q, facts)
    order = q.named_at()
    return sorted(facts, key=lambda f: order.get(f.body, len(q.normalized)))


def _whole_last(q: Query, facts: list[Fact]) -> list[Fact]:
    """A share of two bodies' figures: the body named right after the whole's word ("占淮安市的",
    "what share of Huai'an's requests") is the denominator, whichever body is named first."""
    marker = _SHARE_OF.search(q.normalized.lower())
    if marker is None or len(facts) != 2 or facts[0].body == facts[1].body:
        return facts
    after = [m for m in q.mentions if m.start >= marker.end()
             and (m.kind == "body" or (m.kind == "region" and len(m.values) == 1))]
    whole = after[0].values if after else ()
    return facts[::-1] if facts[0].body in whole and facts[1].body not in whole else facts


def _share(a: Fact, b: Fact, metrics: tuple[Metric, Metric], decimals: int | None) -> Ratio:
    """The share of the smaller of two cells of one report in the larger (the part over the whole)."""
    if a.value is not None and b.value is not None and a.value > b.value:
        a, b, metrics = b, a, metrics[::-1]
    return Ratio(a, b, metrics, ratio(a.value, b.value, True, decimals), True, decimals)


def _whole(s: Scope, part: Fact) -> tuple[Fact, Metric] | None:
    """The fact of the cell holding the whole of a part, in the same report, and its statistic;
    of a sum of cells ("直接起诉和复议后起诉的结果纠正"), the sum of their wholes."""
    cells = {f.metric: f for f in s.catalog.facts(report=part.report)}
    row = part.metric.split(".")
    to_handle = len(row) == 3 and row[2] == WHOLE and row[1] in OUTSIDE_OUTCOMES and row[1] != TO_HANDLE_ROWS[0]
    if to_handle or part.metric in LAWSUIT_TOTALS:
        # "结转下年度的占比": of the requests to handle (本年新收 + 上年结转), never of the outcomes' total;
        # "直接起诉的占多少": of the lawsuits (both groups' totals)
        keys = [".".join([row[0], r, row[2]]) for r in TO_HANDLE_ROWS] if to_handle else list(LAWSUIT_TOTALS)
        if all(k in cells and cells[k].readable for k in keys):
            fact = combine([cells[k] for k in keys])
            named = [cells_named(k, Metric) for k in keys]
            return fact, Metric((fact.metric,), " + ".join(m.zh for m in named), " + ".join(m.en for m in named), fact.unit)
    if "+" in part.metric:
        wholes = [next((cells[k] for k in whole_keys(key) if k in cells and cells[k].readable), None)
                  for key in part.metric.split("+")]
        if len({w.metric for w in wholes if w is not None}) == 1 and None not in wholes:
            wholes = wholes[:1]  # columns of one row ("法人或其他组织"): the row's one total
        if any(w is None for w in wholes) or len({w.metric for w in wholes}) < len(wholes):
            return None
        named = [cells_named(w.metric, Metric) for w in wholes]
        fact = combine(wholes)
        return fact, Metric((fact.metric,), " + ".join(m.zh for m in named), " + ".join(m.en for m in named), fact.unit)
    for key in whole_keys(part.metric):
        if key in cells and cells[key].readable:
            fact = cells[key]
            metric = next((m for m in METRICS.values() if m.keys and m.keys[0] == key), None)
            return fact, metric or cells_named(key, Metric)
    return None
