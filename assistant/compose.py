"""Turn an aggregate Result into answer text in the question's language, citing every number.

The first sentence answers; supporting detail follows; rankings and comparisons get a table.
Citation markers [n] refer to `Answer.citations` (1-based), one per fact, in `Result.facts`
order. Only numbers from facts, their sums and differences appear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.models import Fact, Number, show_number

from .aggregate import Result
from .answer import Citation, Computed

PHRASES = {
    "zh": {
        "blank": "未填报（空白）",
        "unreadable": "无法可靠读出",
        "lookup_unreadable": "{who}{year}年的{metric}无法从报告中可靠读出（{note}）{cite}，请查看原文。",
        "unreadable_note": "以下报告的该项无法可靠读出，未计入：{items}。",
        "not_reported": "以下报告的该项为空白，未计入：{items}。",
        "check_failed": "注意：{item}所在表格未通过勾稽关系校验（{check}），请核对原文。",
        "lookup": "{who}{year}年的{metric}为{value}{cite}。",
        "lookup_blank": "{who}{year}年的{metric}在报告中为空白（未填报）{cite}。",
        "most": "{scope}{metric}最多的是{who}，为{value}{cite}。",
        "least": "{scope}{metric}最少的是{who}，为{value}{cite}。",
        "tie_most": "{scope}{metric}最多的是{who}（并列），均为{value}。",
        "tie_least": "{scope}{metric}最少的是{who}（并列），均为{value}。",
        "runner_up": "其次是{who}，为{value}{cite}。",
        "total": "{scope}{metric}合计{value}（{inputs}）。",
        "average": "{scope}{metric}平均为{value}（{n}份报告：{inputs}）。",
        "difference": "{a}的{metric}比{b}{more_less}{value}（{av}{acite} − {bv}{bcite}）。",
        "more": "多",
        "less": "少",
        "same": "{a}与{b}的{metric}相同，均为{value}{acite}{bcite}。",
        "ranking": "{scope}{metric}排名如下：",
        "trend": "{scope}{metric}逐年情况：",
        "list": "{scope}{metric}如下：",
        "none": "找到了相关报告，但其中{metric}均为空白（未填报）。",
        "comparison": "完整比较：",
        "col_body": "机关", "col_year": "年份", "col_value": "数值",
        "scope_year": "{year}年", "scope_all": "",
        "change_up": "较前一报告年度增加{value}", "change_down": "较前一报告年度减少{value}",
        "change_same": "与前一报告年度持平",
    },
    "en": {
        "blank": "not reported (blank cell)",
        "unreadable": "unreadable",
        "lookup_unreadable": "{Metric} of {who} in {year} cannot be read reliably from the report ({note}){cite}; check the source.",
        "unreadable_note": "Unreadable in these reports, not counted: {items}.",
        "not_reported": "Blank in these reports, not counted: {items}.",
        "check_failed": "Note: the table holding {item} fails a consistency check ({check}); check the source.",
        "lookup": "{Metric} of {who} in {year}: {value}{cite}.",
        "lookup_blank": "{Metric} of {who} in {year} is blank in the report (not reported){cite}.",
        "most": "{who} had the most {metric}{scope}: {value}{cite}.",
        "least": "{who} had the fewest {metric}{scope}: {value}{cite}.",
        "tie_most": "{who} tie for the most {metric}{scope}, {value} each.",
        "tie_least": "{who} tie for the fewest {metric}{scope}, {value} each.",
        "runner_up": "Next is {who} with {value}{cite}.",
        "total": "Total {metric}{scope}: {value} ({inputs}).",
        "average": "Average {metric}{scope}: {value} over {n} reports ({inputs}).",
        "difference": "{a} had {value} {more_less} {metric} than {b} ({av}{acite} − {bv}{bcite}).",
        "more": "more",
        "less": "fewer",
        "same": "{a} and {b} had the same {metric}: {value}{acite}{bcite}.",
        "ranking": "Ranking of {metric}{scope}:",
        "trend": "{Metric}{scope} by year:",
        "list": "{Metric}{scope}:",
        "none": "The matching reports leave {metric} blank (not reported).",
        "comparison": "Full comparison:",
        "col_body": "Body", "col_year": "Year", "col_value": "Value",
        "scope_year": " in {year}", "scope_all": "",
        "change_up": "up {value} on the previous year reported",
        "change_down": "down {value} on the previous year reported",
        "change_same": "same as the previous year reported",
    },
}


@dataclass
class Composer:
    language: str
    metric_name: str  # in the question's language
    name_of: Callable[[str], str]  # body -> display name in the question's language
    one_year: bool = True  # all facts from one year: names need no year beside them

    @property
    def p(self) -> dict[str, str]:
        return PHRASES[self.language]

    def number(self, value: Number | None, unit: str | None) -> str:
        if value is None:
            return self.p["blank"]
        shown = show_number(value)
        if self.language == "zh":
            return shown + (unit or "")
        return shown + (f" {UNIT_EN.get(unit, unit)}" if unit and UNIT_EN.get(unit, unit) else "")

    def reason(self, fact: Fact) -> str:
        """Why a cell is unreadable, in the reader's words: the reader's note lists candidate
        readings, which would read as answers."""
        note = fact.note or ""
        for pattern, key in REASONS:
            match = re.search(pattern, note)
            if match:
                return REASON_TEXT[self.language][key].format(*match.groups())
        return REASON_TEXT[self.language]["other"]

    def value_of(self, fact: Fact) -> str:
        if not fact.readable:
            return self.p["unreadable"]
        return self.number(fact.value, fact.unit)

    def compose(self, result: Result, years: list[int]) -> tuple[str, list[Citation], list[Computed], list[dict]]:
        cites = {id(f): i + 1 for i, f in enumerate(result.facts)}
        citations = [Citation.of_fact(f) for f in result.facts]
        c = lambda f: f"[{cites[id(f)]}]"  # noqa: E731
        scope = self.p["scope_year"].format(year=years[0]) if len(years) == 1 else self.p["scope_all"]
        writer = getattr(self, "_" + result.intent)
        lines, computed = writer(result, c, scope)
        lines += self._notes(result, c)
        table = self._table(result, c)
        return "\n".join(lines), citations, computed, table

    # --- one writer per intent --------------------------------------------------------------

    def _lookup(self, r: Result, c, scope):
        lines = []
        for f in r.facts:
            key = "lookup_unreadable" if not f.readable else "lookup_blank" if f.value is None else "lookup"
            lines.append(self.p[key].format(who=self.name_of(f.body), year=f.year, metric=self.metric_name,
                                            Metric=self.metric_name[:1].upper() + self.metric_name[1:],
                                            value=self.number(f.value, f.unit), cite=c(f),
                                            note=self.reason(f)))
        return lines, []

    def _list(self, r: Result, c, scope):
        return [self.p["list"].format(scope=scope, metric=self.metric_name, Metric=self._cap())], []

    def _cap(self) -> str:
        return self.metric_name[:1].upper() + self.metric_name[1:]

    def _most(self, r: Result, c, scope, key="most"):
        if not r.winners:
            return [self.p["none"].format(metric=self.metric_name)], []
        top = r.winners[0]
        if len(r.winners) > 1:
            who = "、".join(self.name_of(f.body) + c(f) for f in r.winners) if self.language == "zh" \
                else ", ".join(self.name_of(f.body) + c(f) for f in r.winners)
            lines = [self.p["tie_" + key].format(scope=scope, metric=self.metric_name, who=who,
                                                value=self.number(top.value, top.unit))]
        else:
            lines = [self.p[key].format(scope=scope, metric=self.metric_name, who=self._who(top),
                                        value=self.number(top.value, top.unit), cite=c(top))]
        if r.runner_up is not None:
            lines.append(self.p["runner_up"].format(who=self._who(r.runner_up),
                                                    value=self.number(r.runner_up.value, r.runner_up.unit),
                                                    cite=c(r.runner_up)))
        lines.append(self.p["comparison"])
        return lines, []

    def _least(self, r: Result, c, scope):
        return self._most(r, c, scope, key="least")

    def _ranking(self, r: Result, c, scope):
        return [self.p["ranking"].format(scope=scope, metric=self.metric_name)], []

    def _total(self, r: Result, c, scope):
        if r.total is None:
            return [self.p["none"].format(metric=self.metric_name)], []
        unit = r.known[0].unit
        inputs = " + ".join(f"{self._who(f)} {self.number(f.value, f.unit)}{c(f)}" for f in r.known)
        text = self.p["total"].format(scope=scope, metric=self.metric_name, value=self.number(r.total, unit), inputs=inputs)
        return [text], [Computed("total", r.total, [int(c(f)[1:-1]) for f in r.known])]

    def _average(self, r: Result, c, scope):
        if r.average is None:
            return [self.p["none"].format(metric=self.metric_name)], []
        unit = r.known[0].unit
        inputs = "、".join(f"{self._who(f)} {self.number(f.value, f.unit)}{c(f)}" for f in r.known)
        text = self.p["average"].format(scope=scope, metric=self.metric_name, value=self.number(r.average, unit),
                                        n=len(r.known), inputs=inputs)
        inputs = [int(c(f)[1:-1]) for f in r.known]
        return [text], [Computed("average", r.average, inputs), Computed("reports", len(r.known), inputs)]

    def _difference(self, r: Result, c, scope):
        if r.pair is None:
            return self._lookup(r, c, scope)
        a, b = r.pair
        args = dict(a=self._who(a), b=self._who(b), metric=self.metric_name, acite=c(a), bcite=c(b),
                    av=self.number(a.value, a.unit), bv=self.number(b.value, b.unit))
        if r.difference == 0:
            return [self.p["same"].format(value=self.number(a.value, a.unit), **args)], []
        text = self.p["difference"].format(value=self.number(abs(r.difference), a.unit),
                                           more_less=self.p["more" if r.difference > 0 else "less"], **args)
        return [text], [Computed("difference", abs(r.difference), [int(c(a)[1:-1]), int(c(b)[1:-1])])]

    def _trend(self, r: Result, c, scope):
        lines = [self.p["trend"].format(scope=scope, metric=self.metric_name, Metric=self._cap())]
        computed = []
        previous = None
        for year, value, facts in r.by_year:
            unit = facts[0].unit
            parts = "、".join(f"{self.name_of(f.body)} {self.value_of(f)}{c(f)}" for f in facts)
            line = f"- {year}: {self.number(value, unit)}" + (f" ({parts})" if len(facts) > 1 else c(facts[0]))
            if len(facts) > 1 and value is not None:
                computed.append(Computed(f"{year} sum", value, [int(c(f)[1:-1]) for f in facts if f.value is not None]))
            if previous is not None and value is not None:
                delta = round(value - previous, 2)
                key = "change_up" if delta > 0 else "change_down" if delta < 0 else "change_same"
                line += "，" if self.language == "zh" else "; "
                line += self.p[key].format(value=self.number(abs(delta), unit))
                if delta:
                    computed.append(Computed(f"{year} change", abs(delta), []))
            previous = value if value is not None else previous
            lines.append(line)
        return lines, computed

    # --- shared pieces ---------------------------------------------------------------------

    def _who(self, fact: Fact) -> str:
        if self.one_year:
            return self.name_of(fact.body)
        return f"{self.name_of(fact.body)}（{fact.year}）" if self.language == "zh" else f"{self.name_of(fact.body)} ({fact.year})"

    def _notes(self, r: Result, c) -> list[str]:
        lines = []
        if r.blanks and r.intent not in ("lookup",):
            items = "、".join(f"{self.name_of(f.body)} {f.year}{c(f)}" for f in r.blanks)
            lines.append(self.p["not_reported"].format(items=items))
        if r.unreadable and r.intent not in ("lookup",):
            items = "、".join(f"{self.name_of(f.body)} {f.year}{c(f)}" for f in r.unreadable)
            lines.append(self.p["unreadable_note"].format(items=items))
        for f in r.facts:
            if f.check_failed:
                lines.append(self.p["check_failed"].format(item=c(f), check=f.check_failed))
        return lines

    def _table(self, r: Result, c) -> list[dict]:
        if r.intent in ("lookup",) and len(r.facts) <= 1:
            return []
        p = self.p
        winners = {id(f) for f in r.winners}
        return [{p["col_body"]: self.name_of(f.body), p["col_year"]: f.year,
                 p["col_value"]: self.value_of(f), "cite": c(f), "highlight": id(f) in winners}
                for f in r.facts]


# The reader's notes on unreadable cells (index/reader.py) and what an answer says instead.
REASONS = ((r"^(.*) can be read as ", "glued"), (r"^too many ways to read (.*) as \d+ cells", "glued"),
           (r"^no values printed", "none"), (r"for \d+ cells: which cells are blank", "fewer"))
REASON_TEXT = {
    "zh": {"glued": "报告中这一行的数字连在一起印作“{}”，可以有多种拆分方式，无法确定本单元格的值",
           "none": "报告中这一行没有印出数值", "fewer": "这一行印出的数值比单元格少，无法判断哪些单元格为空",
           "other": "单元格内容无法识别"},
    "en": {"glued": "the row's figures are printed run together as “{}”, which splits into cells in several ways",
           "none": "no values are printed for this row",
           "fewer": "the row prints fewer values than it has cells, and which are blank is not known",
           "other": "the cell could not be recognised"},
}

UNIT_EN = {"件": "", "项": "items", "条": "items", "万元": "万元 (ten-thousand yuan)", "次": "times",
           "篇": "articles", "个": "", "人": "people", "人次": "person-times"}


def table_markdown(rows: list[dict]) -> str:
    """The comparison as a Markdown table (the 'highlight' row in bold)."""
    if not rows:
        return ""
    columns = [k for k in rows[0] if k not in ("cite", "highlight")]
    out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = [str(row[k]) for k in columns]
        cells[-1] = f"{cells[-1]} {row['cite']}"
        if row.get("highlight"):
            cells = [f"**{x}**" for x in cells]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)
