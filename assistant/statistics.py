"""Statistics answered from facts, and only from facts.

A number of the national tables is answered from the fact read from that report's table, or
not at all: a sentence of prose that happens to hold a number is never "the answer" to a
question about a table. What is not known is said, and why:

- the report's template has no such cell (2016's appendix has no 行政处罚 row): which reports
  or years do have it;
- the template prints the cell but the reader found no fact in this report: the report could
  not be read there;
- the cell exists but its value could not be settled (status unreadable): the reason.

An aggregate (most, least, ranking, total, average, difference) over reports of which some
could not be read is not computed without them: the answer names them and shows what was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from index.models import Fact, ReportRecord, show_number
from index.templates import mandatory

from .aggregate import AGGREGATES, select
from .answer import Answer, Computed
from .compose import Composer, table_markdown
from .understand import Metric, Query

if TYPE_CHECKING:
    from .engine import Engine

#: Aggregates whose result would change if an unread report had been read.
EXACT_AGGREGATES = ("most", "least", "ranking", "total", "average", "difference")

TEXT = {
    "zh": {
        "absent": "{who}{year}年的年报中没有“{metric}”这一项（该年报的模板不含此统计）。",
        "not_read": "{who}{year}年的年报中未能读出“{metric}”（该年报的统计表未能识别{why}），无法回答，请查看原文。",
        "available": "该统计见于：{items}。",
        "incomplete": "无法可靠地给出{scope}{metric}的{what}：{items}的该项未能读出。已读出的数值如下（仅供参考，不是完整结果）：",
        "what": {"most": "最大值", "least": "最小值", "ranking": "排名", "total": "合计", "average": "平均值",
                 "difference": "差值"},
        "absent_note": "以下年报的模板不含此统计，未计入：{items}。",
        "same": "一样。", "differ": "不一样。",
    },
    "en": {
        "absent": "The {year} report of {who} has no “{metric}” item (its template does not include it).",
        "not_read": "“{metric}” could not be read from the {year} report of {who} (its table was not recognised{why}); "
                    "no answer can be given, check the source.",
        "available": "It is reported in: {items}.",
        "incomplete": "The {what} of {metric}{scope} cannot be given reliably: it could not be read in {items}. "
                      "The values read are (for reference only, not a complete result):",
        "what": {"most": "maximum", "least": "minimum", "ranking": "ranking", "total": "total", "average": "average",
                 "difference": "difference"},
        "absent_note": "Not counted, their template has no such item: {items}.",
        "same": "The same.", "differ": "They differ.",
    },
}

#: "一样吗" / "the same?": the answer says yes or no before the numbers.
ASKS_SAME = re.compile(r"一样|相同|一致|\bthe same\b|\bsame as\b|\bidentical\b|\bequal\b")


@dataclass
class Coverage:
    """What the reports in a question's scope hold for one statistic."""

    facts: list[Fact]  # one per (body, year): readable, blank or unreadable
    not_read: list[ReportRecord] = field(default_factory=list)  # template prints it, no fact found
    absent: list[ReportRecord] = field(default_factory=list)  # template has no such cell


def in_scope(q: Query, e: Engine) -> list[ReportRecord]:
    bodies = e.bodies_of(q)
    chosen = [r for r in e.reports if (not bodies or r.body in bodies) and (not q.years or r.year in q.years)
              and (not q.template or r.template == q.template)]
    if q.latest:
        newest: dict[str, ReportRecord] = {}
        for r in chosen:
            if r.body not in newest or r.year > newest[r.body].year:
                newest[r.body] = r
        chosen = list(newest.values())
    return chosen


#: Bodies named one by one in a fact query; a wider scope is asked by its years alone.
MAX_LISTED = 50


def gather(q: Query, e: Engine, metric: Metric) -> Coverage:
    reports = in_scope(q, e)
    names = {r.report for r in reports}
    # Ask the catalog for the scope only (its years, and its bodies when they are few): a lookup
    # must not read every report's fact of the key.
    scope: dict = {"years": {r.year for r in reports}}
    bodies = {r.body for r in reports}
    if len(bodies) <= MAX_LISTED:
        scope["bodies"] = bodies
    candidates: list[Fact] = []
    for key in metric.keys:
        candidates += [f for f in e.index.catalog.facts(metric=key, prefix=metric.prefix, **scope) if f.report in names]
    facts = select(candidates, metric.keys, prefix=metric.prefix)
    have = {f.report for f in facts}
    coverage = Coverage(facts)
    for r in reports:
        if r.report in have:
            continue
        printed = any(mandatory(r.template, key) for key in metric.keys)
        (coverage.not_read if printed else coverage.absent).append(r)
    return coverage


def run_facts(q: Query, e: Engine, prev) -> Answer:
    """One part per statistic asked ("行政处罚和行政许可"), merged with citations renumbered."""
    parts = [run_metric(q, e, metric) for metric in q.metrics[:3]]
    if q.intent == "difference" and len(parts) == 2 and all(len(p.facts) == 1 for p in parts):
        return metric_difference(q, e, parts)
    answer = parts[0]
    for part in parts[1:]:
        answer = merge(answer, part)
    return answer


def run_metric(q: Query, e: Engine, metric: Metric) -> Answer:
    coverage = gather(q, e, metric) if metric.keys else Coverage([])
    facts = coverage.facts
    if not facts and not coverage.not_read:
        # No table of these reports has the cell: what the prose says is the answer, if it
        # says it with a span tied to the question; else where the statistic is reported.
        absent = _absent(q, e, metric)
        from .prose import run_passages

        prose = run_passages(q, e, None)
        if prose.route == "passages" and prose.citations[0].highlight:
            prose.text = absent.text.split("。")[0].split(". ")[0] + ("。" if q.language == "zh" else ". ") + prose.text
            return prose
        return absent
    intent = q.intent if q.intent in AGGREGATES else "list" if q.intent == "corpus" else "lookup"
    if intent == "lookup" and len(facts) + len(coverage.not_read) > 1 and not q.bodies:
        intent = "list"
    if intent in ("lookup", "list") and coverage.not_read and not facts:
        return _not_read(q, e, metric, coverage.not_read)
    units = {f.unit for f in facts if f.value is not None}
    if len(units) > 1 and intent not in ("lookup", "list"):
        # Templates count this row in different columns (项 vs 万元): compare like with like.
        keep = "万元" if "万元" in units else max(units, key=lambda u: sum(f.unit == u for f in facts))
        facts = [f for f in facts if f.unit == keep]
    unsure = [f for f in facts if not f.readable]
    if intent in EXACT_AGGREGATES and (unsure or coverage.not_read):
        return _incomplete(q, e, metric, facts, coverage.not_read, intent)
    answer = _compose(q, e, metric, facts, intent)
    if coverage.not_read:
        answer = merge(answer, _not_read(q, e, metric, coverage.not_read))
    if coverage.absent and intent != "lookup" and facts:
        items = _items(q, e, coverage.absent)
        answer.text += "\n" + TEXT[q.language]["absent_note"].format(items=items)
    if intent == "difference" and ASKS_SAME.search(q.normalized.lower()) and answer.computed:
        same = all(c.value == 0 for c in answer.computed if c.label == "difference")
        answer.text = TEXT[q.language]["same" if same else "differ"] + answer.text
    return answer


def _compose(q: Query, e: Engine, metric: Metric, facts: list[Fact], intent: str) -> Answer:
    result = AGGREGATES[intent](facts)
    composer = Composer(q.language, metric.name(q.language), lambda b: e.name(b, q.language),
                        one_year=len({f.year for f in facts}) == 1)
    text, citations, computed, table = composer.compose(result, sorted({f.year for f in facts}))
    computed += [Computed(f.metric, f.value, [i + 1]) for i, f in enumerate(result.facts)
                 if "+" in f.metric and f.value is not None]  # combined cells are sums
    if table and intent != "lookup":
        text += "\n\n" + table_markdown(table)
    return Answer(q.text, text, "facts", q.language, citations=citations, facts=result.facts, computed=computed,
                  table=table, intent=intent)


def _items(q: Query, e: Engine, reports: list[ReportRecord]) -> str:
    sep = "、" if q.language == "zh" else ", "
    return sep.join(f"{e.name(r.body, q.language)} {r.year}" for r in sorted(reports, key=lambda r: (r.year, r.body)))


def _incomplete(q: Query, e: Engine, metric: Metric, facts: list[Fact], not_read: list[ReportRecord],
                intent: str) -> Answer:
    """Some reports could not be read: no winner, no sum; what was read, as a table."""
    t = TEXT[q.language]
    unsure = [f for f in facts if not f.readable]
    reports = [r for r in e.reports if r.report in {f.report for f in unsure}] + not_read
    years = sorted({f.year for f in facts} | {r.year for r in not_read})
    scope = (f"{years[0]}年" if q.language == "zh" else f" in {years[0]}") if len(years) == 1 else ""
    head = t["incomplete"].format(scope=scope, metric=metric.name(q.language), what=t["what"][intent],
                                  items=_items(q, e, reports))
    listed = _compose(q, e, metric, facts, "list")
    body = listed.text.split("\n", 1)[1] if "\n" in listed.text else ""
    listed.text = head + ("\n" + body if body else "")
    listed.route, listed.intent = "facts", intent
    return listed


def _not_read(q: Query, e: Engine, metric: Metric, reports: list[ReportRecord]) -> Answer:
    t = TEXT[q.language]
    lines = []
    for r in sorted(reports, key=lambda r: (r.year, r.body)):
        why = ("：" if q.language == "zh" else ": ") + "; ".join(r.problems[:2]) if r.problems else ""
        lines.append(t["not_read"].format(who=e.name(r.body, q.language), year=r.year,
                                          metric=metric.name(q.language), why=why))
    return Answer(q.text, "\n".join(lines), "refusal", q.language, intent=q.intent)


def _absent(q: Query, e: Engine, metric: Metric) -> Answer:
    """No report in scope has the cell: say so, and where the statistic is reported."""
    t = TEXT[q.language]
    bodies = e.bodies_of(q)
    who = "、".join(e.name(b, q.language) for b in bodies) or "—"
    year = "、".join(map(str, q.years or e.years_of(bodies)))
    text = t["absent"].format(who=who, year=year, metric=metric.name(q.language))
    elsewhere = _available(q, e, metric, bodies)
    if elsewhere:
        text += t["available"].format(items=elsewhere)
    return Answer(q.text, text, "refusal", q.language, intent=q.intent)


def _available(q: Query, e: Engine, metric: Metric, bodies: list[str]) -> str:
    """The reports that do have the statistic: of the bodies asked about, else of any body."""
    have: dict[str, set[int]] = {}
    for key in metric.keys:
        for body, year in e.index.catalog.bodies_years(key):
            have.setdefault(body, set()).add(year)
    mine = {b: ys for b, ys in have.items() if b in bodies}
    chosen = mine or (have if len(have) <= 3 else {})
    sep = "、" if q.language == "zh" else "; "
    return sep.join(f"{e.name(b, q.language)} {'、'.join(map(str, sorted(ys)))}" for b, ys in sorted(chosen.items()))


def metric_difference(q: Query, e: Engine, parts: list[Answer]) -> Answer:
    """"海原县2020年的行政许可比行政处罚多多少？": two statistics of one report."""
    (a, b), (ma, mb) = [p.facts[0] for p in parts], q.metrics[:2]
    if a.value is None or b.value is None:
        return merge(*parts)
    delta = round(a.value - b.value, 2)
    delta = int(delta) if float(delta).is_integer() else delta
    who = e.name(a.body, q.language)
    if q.language == "zh":
        word = "多" if delta >= 0 else "少"
        text = (f"{who}{a.year}年的{ma.zh}比{mb.zh}{word}{show_number(abs(delta))}{a.unit or ''}"
                f"（{show_number(a.value)}{a.unit or ''}[1] − {show_number(b.value)}{b.unit or ''}[2]）。")
    else:
        word = "more" if delta >= 0 else "fewer"
        text = (f"{who} had {show_number(abs(delta))} {word} {ma.en} than {mb.en} in {a.year} "
                f"({show_number(a.value)}[1] − {show_number(b.value)}[2]).")
    return Answer(q.text, text, "facts", q.language, citations=parts[0].citations + parts[1].citations, facts=[a, b],
                  computed=[Computed("difference", abs(delta), [1, 2])], intent="difference")


def merge(first: Answer, second: Answer) -> Answer:
    offset = len(first.citations)
    shift = lambda text: re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", text)  # noqa: E731
    first.text += "\n\n" + shift(second.text)
    first.citations += second.citations
    first.facts += second.facts
    first.computed += [Computed(c.label, c.value, [i + offset for i in c.inputs]) for c in second.computed]
    first.table += [{**row, "cite": shift(row["cite"])} for row in second.table]
    if second.route != first.route:
        first.route = "facts" if "facts" in (first.route, second.route) else first.route
    return first
