"""Say the changes no cell holds (assistant.changes): a row's items against the year before, in
percent, and a share's difference in percentage points, each computed number with its cited
inputs. The writer of every other finding is render.writer; this one adds two methods."""

from __future__ import annotations

from index.models import Fact, show_number

from .. import findings as F
from ..answer import Computed
from .writer import Said, Writer

PHRASES = {
    "zh": {
        "items": "{who}{year}年{row}的项目数{moved}（{change_col} {change}{ccite} ÷ {base_col} {base}{bcite}）。",
        "items_none": "无法计算{who}{year}年{row}项目数比上一年变化的百分比：{base_col}为{base}{bcite}"
                      "（{change_col} {change}{ccite}）。",
        "fall": "比上一年减少了{value}%", "rise": "比上一年增长了{value}%", "same": "与上一年持平，变化0%",
        "not_fall": "并未减少，而是比上一年增长了{value}%", "not_rise": "并未增长，而是比上一年减少了{value}%",
        "shares": "{who}{part}所占的比例：{a}年为{av}{ain}，{b}年为{bv}{bin}。",
        "points": "{a}年比{b}年{moved}（{av} − {bv}）。",
        "p_fall": "下降了{value}个百分点", "p_rise": "上升了{value}个百分点", "p_same": "持平，相差0个百分点",
        "p_not_fall": "并未下降，而是上升了{value}个百分点", "p_not_rise": "并未上升，而是下降了{value}个百分点",
        "wholes": "两年所述的不是同一整体的占比（{a}年：{aw}；{b}年：{bw}），不作比较，无法给出相差的百分点。",
        "no_whole": "未写明整体", "computed": "（{num} {n} ÷ {den} {d}）", "blank": "空白",
    },
    "en": {
        "items": "Items of {row} at {who} in {year}: {moved} ({change_col} {change}{ccite} ÷ {base_col} {base}{bcite}).",
        "items_none": "The percent change in the items of {row} at {who} in {year} cannot be computed: {base_col} is "
                      "{base}{bcite} ({change_col} {change}{ccite}).",
        "fall": "down {value}% on the year before", "rise": "up {value}% on the year before",
        "same": "the same as the year before (0% change)",
        "not_fall": "they did not fall: up {value}% on the year before",
        "not_rise": "they did not rise: down {value}% on the year before",
        "shares": "The share of “{part}” at {who}: {av} in {a}{ain}, {bv} in {b}{bin}.",
        "points": "From {b} to {a} it {moved} ({av} − {bv}).",
        "p_fall": "fell by {value} percentage points", "p_rise": "rose by {value} percentage points",
        "p_same": "stayed the same (0 percentage points)",
        "p_not_fall": "did not fall: it rose by {value} percentage points",
        "p_not_rise": "did not rise: it fell by {value} percentage points",
        "wholes": "The two years state shares of different wholes ({a}: {aw}; {b}: {bw}), so they are not "
                  "compared and no difference in points is given.",
        "no_whole": "whole not stated", "computed": " ({num} {n} ÷ {den} {d})", "blank": "blank",
    },
}
COLUMNS = {"zh": ("本年增/减", "上一年项目数量"), "en": ("change this year", "items the year before")}


def _moved(p: dict[str, str], frame: str, value: float, prefix: str = "") -> str:
    """The change said in the frame asked: a fall asked of a rise says it rose."""
    if value == 0:
        return p[prefix + "same"]
    went = "fall" if value < 0 else "rise"
    key = went if frame in ("change", went) else f"not_{frame}"
    return p[prefix + key].format(value=show_number(abs(value)))


class ChangeWriter(Writer):
    """The writer, with the two changes computed from what no single cell holds."""

    def _value(self, fact: Fact) -> str:
        if fact.value is None or not fact.readable:
            return PHRASES[self.language]["blank"]
        return self.figure(fact)

    def _ItemChange(self, f: F.ItemChange) -> Said:
        p, (change_col, base_col) = PHRASES[self.language], COLUMNS[self.language]
        ccite, bcite = self.mark(f.change), self.mark(f.base)
        change = self._value(f.change)
        if f.change.value and f.change.value > 0 and f.change.readable:
            change = "+" + change  # the cell's sign, as printed
        args = dict(who=self.name(f.base.body), year=f.base.year, row=f.metric.name(self.language),
                    change_col=change_col, base_col=base_col, change=change, base=self._value(f.base),
                    ccite=ccite, bcite=bcite)
        if f.percent is None:
            return Said(p["items_none"].format(**args), "facts", "difference")
        self.computed.append(Computed("percent change", abs(f.percent),
                                      [self.cite_fact(f.change), self.cite_fact(f.base)]))
        return Said(p["items"].format(moved=_moved(p, f.frame, f.percent), **args), "facts", "difference")

    def _share_side(self, facts: list[Fact], metrics: list) -> tuple[str, str]:
        """A computed share's side: its name and its cited value (a table's cells: their sum)."""
        if metrics:
            return self._side(facts, metrics)
        return facts[0].row, self._value(facts[0]) + self.mark(facts[0])

    def _share_inputs(self, share: F.YearShare) -> str:
        """A stated share's citation; a computed one's part ÷ whole, each input cited."""
        if len(share.facts) == 1:
            return self.mark(share.facts[0])
        k, named = share.parts, share.metrics or []
        num, n = self._share_side(share.facts[:k], named[:k])
        den, d = self._share_side(share.facts[k:], named[k:])
        self.computed.append(Computed("ratio", share.value, [self.cite_fact(x) for x in share.facts]))
        return PHRASES[self.language]["computed"].format(num=num, n=n, den=den, d=d)

    def _part_name(self, f: F.PointsChange) -> str:
        named = f.first.metrics[:f.first.parts]
        if not named:
            return f.part
        names = self.lang.AND_SEP.join(m.name(self.language) for m in named)
        return names if len(named) == 1 else self.lang.COMPUTED["summed"].format(names=names)

    def _PointsChange(self, f: F.PointsChange) -> Said:
        p, a, b = PHRASES[self.language], f.first, f.second
        args = dict(a=a.facts[0].year, b=b.facts[0].year, av=f"{show_number(a.value)}%", bv=f"{show_number(b.value)}%")
        lines = [p["shares"].format(who=self.name(a.facts[0].body), part=self._part_name(f), ain=self._share_inputs(a),
                                    bin=self._share_inputs(b), **args)]
        if f.points is None:
            lines.append(p["wholes"].format(aw=a.whole or p["no_whole"], bw=b.whole or p["no_whole"], **args))
            return Said("\n".join(lines), "facts", "difference")
        self.computed.append(Computed("percentage points", abs(f.points),
                                      [self.cite_fact(x) for x in (*a.facts, *b.facts)]))
        lines.append(p["points"].format(moved=_moved(p, f.frame, f.points, "p_"), **args))
        return Said("\n".join(lines), "facts", "difference")
