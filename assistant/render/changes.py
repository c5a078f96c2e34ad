"""Say the changes no cell holds (assistant.changes): a row's items against the year before, in
percent, and a share's difference in percentage points, each computed number with its cited
inputs. The writer of every other finding is render.writer; this one adds two methods."""

from __future__ import annotations

from index.lexicon.rates import INPUT_NAMES, RATES
from index.models import Fact, show_number

from .. import findings as F
from ..answer import Computed
from ..understanding import Metric
from ..understanding.cells import cell_metric
from .writer import Said, Writer

PHRASES = {
    "zh": {
        "items": "{who}{year}年{row}的项目数{moved}（{change_col} {change}{ccite} ÷ {base_col} {base}{bcite}）。",
        "items_none": "无法计算{who}{year}年{row}项目数比上一年变化的百分比：{base_col}为{base}{bcite}"
                      "（{change_col} {change}{ccite}）。",
        "fall": "比上一年减少了{value}%", "rise": "比上一年增长了{value}%", "same": "与上一年持平，变化0%",
        "not_fall": "并未减少，而是比上一年增长了{value}%", "not_rise": "并未增长，而是比上一年减少了{value}%",
        "shares": "{who}{part}所占的比例：{a}年为{av}{ain}，{b}年为{bv}{bin}。",
        "rate_shares": "{who}的{part}：{a}年为{av}{ain}，{b}年为{bv}{bin}。",
        "points": "{a}年比{b}年{moved}（{av} − {bv}）。",
        "p_fall": "下降了{value}个百分点", "p_rise": "上升了{value}个百分点", "p_same": "持平，相差0个百分点",
        "p_not_fall": "并未下降，而是上升了{value}个百分点", "p_not_rise": "并未上升，而是下降了{value}个百分点",
        "wholes": "两年所述的不是同一整体的占比（{a}年：{aw}；{b}年：{bw}），不作比较，无法给出相差的百分点。",
        "no_whole": "未写明整体", "computed": "（{num} {n} ÷ {den} {d}）", "blank": "空白",
        "rate_computed": "（{n} ÷ {d}）",
        "rate": "{who}{year}年的{rate}为{value}%：{n} ÷ {d}（{rate} = {said}）。",
        "rate_none": "无法计算{who}{year}年的{rate}：{why}（{n}，{d}；{rate} = {said}）。",
        "rate_most": "{rate}最高的是{items}，为{value}%。", "rate_least": "{rate}最低的是{items}，为{value}%。",
        "rate_item": "{who}{year}年", "rate_unknown": "无法计算、未参与比较：{items}。",
        "no_rate": "{scope}的统计表中没有计算{rate}所需的数据（{rate} = {said}），无法计算。",
        "no_rate_form": "{scope}的年报模板没有计算{rate}所需的统计项，无法计算。",
        "zero": "分母为0", "blanks": "有单元格为空白（未填报）",
        "gap": "{a}比{b}{moved}（{av}% − {bv}%）。", "gap_none": "其中有一项无法计算，无法给出两者相差的百分点。",
        "g_lower": "低{value}个百分点", "g_higher": "高{value}个百分点", "g_same": "相同，相差0个百分点",
        "g_not_lower": "并不更低，而是高{value}个百分点", "g_not_higher": "并不更高，而是低{value}个百分点",
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
        "rate_shares": "The {part} of {who}: {av} in {a}{ain}, {bv} in {b}{bin}.",
        "points": "From {b} to {a} it {moved} ({av} − {bv}).",
        "p_fall": "fell by {value} percentage points", "p_rise": "rose by {value} percentage points",
        "p_same": "stayed the same (0 percentage points)",
        "p_not_fall": "did not fall: it rose by {value} percentage points",
        "p_not_rise": "did not rise: it fell by {value} percentage points",
        "wholes": "The two years state shares of different wholes ({a}: {aw}; {b}: {bw}), so they are not "
                  "compared and no difference in points is given.",
        "no_whole": "whole not stated", "computed": " ({num} {n} ÷ {den} {d})", "blank": "blank",
        "rate_computed": " ({n} ÷ {d})",
        "rate": "The {rate} of {who} in {year} is {value}%: {n} ÷ {d} ({rate} = {said}).",
        "rate_none": "The {rate} of {who} in {year} cannot be computed: {why} ({n}, {d}; {rate} = {said}).",
        "rate_most": "The highest {rate} is {items}: {value}%.", "rate_least": "The lowest {rate} is {items}: {value}%.",
        "rate_item": "{who} in {year}", "rate_unknown": "Not computable, so not compared: {items}.",
        "no_rate": "The tables{scope} hold no inputs for the {rate} ({rate} = {said}), so it cannot be computed.",
        "no_rate_form": "The report forms{scope} print no cells the {rate} needs, so it cannot be computed.",
        "zero": "the whole is 0", "blanks": "a cell is blank (not filled in)",
        "gap": "The {a} is {moved} the {b} ({av}% − {bv}%).",
        "gap_none": "One of them cannot be computed, so no difference in percentage points is given.",
        "g_lower": "{value} percentage points lower than", "g_higher": "{value} percentage points higher than",
        "g_same": "the same as", "g_not_lower": "not lower: {value} percentage points higher than",
        "g_not_higher": "not higher: {value} percentage points lower than",
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
        if share.rate:  # a rate's inputs as its answer names them ("(本年新收 95件[2] + 上年结转 0件[3] = 95件)")
            n, d = self._rate_side(share.facts[:k]), self._rate_side(share.facts[k:])
            self.computed.append(Computed("ratio", share.value, [self.cite_fact(x) for x in share.facts]))
            return PHRASES[self.language]["rate_computed"].format(n=n, d=d)
        num, n = self._share_side(share.facts[:k], named[:k])
        den, d = self._share_side(share.facts[k:], named[k:])
        self.computed.append(Computed("ratio", share.value, [self.cite_fact(x) for x in share.facts]))
        return PHRASES[self.language]["computed"].format(num=num, n=n, den=den, d=d)

    def _part_name(self, f: F.PointsChange) -> str:
        if f.first.rate:
            return self._rate_name(f.first.rate)
        named = f.first.metrics[:f.first.parts]
        if not named:
            return f.part
        names = self.lang.AND_SEP.join(m.name(self.language) for m in named)
        return names if len(named) == 1 else self.lang.COMPUTED["summed"].format(names=names)

    def _PointsChange(self, f: F.PointsChange) -> Said:
        p, a, b = PHRASES[self.language], f.first, f.second
        args = dict(a=a.facts[0].year, b=b.facts[0].year, av=f"{show_number(a.value)}%", bv=f"{show_number(b.value)}%")
        lines = [p["rate_shares" if a.rate else "shares"].format(who=self.name(a.facts[0].body), part=self._part_name(f), ain=self._share_inputs(a),
                                    bin=self._share_inputs(b), **args)]
        if f.points is None:
            lines.append(p["wholes"].format(aw=a.whole or p["no_whole"], bw=b.whole or p["no_whole"], **args))
            return Said("\n".join(lines), "facts", "difference")
        self.computed.append(Computed("percentage points", abs(f.points),
                                      [self.cite_fact(x) for x in (*a.facts, *b.facts)]))
        lines.append(p["points"].format(moved=_moved(p, f.frame, f.points, "p_"), **args))
        return Said("\n".join(lines), "facts", "difference")

    # --- rates of the rate table (index/lexicon/rates.py) ------------------------------------------------

    def _rate_name(self, name: str) -> str:
        rate = next((r for r in RATES if name in (r.name, r.family)), None)
        return name if self.language == "zh" or rate is None else rate.en

    def _rate_side(self, facts: list[Fact]) -> str:
        """A rate's side: one input with its name, or the inputs added up ("(予以公开 1362件[1] + 部分公开
        454件[2] = 1816件)"), each cited."""
        named = [f"{self._input_name(x)} {self._value(x)}{self.mark(x)}" for x in facts]
        if len(facts) == 1:
            return named[0]
        if not all(x.value is not None and x.readable for x in facts):
            return "(" + " + ".join(named) + ")"
        value = sum(x.value for x in facts)
        self.computed.append(Computed("total", value, [self.cite_fact(x) for x in facts]))
        return "(" + " + ".join(named) + f" = {self.lang.number(show_number(value), facts[0].unit, facts[0].metric)})"

    def _input_name(self, fact: Fact) -> str:
        if fact.metric in INPUT_NAMES:
            return INPUT_NAMES[fact.metric][self.language != "zh"]
        return cell_metric(fact.metric, Metric).name(self.language)

    def _SumShare(self, f: F.SumShare) -> Said:
        if not f.rate:
            return super()._SumShare(f)
        p, first = PHRASES[self.language], f.parts[0]
        args = dict(who=self.name(first.body), year=first.year, rate=self._rate_name(f.rate),
                    said=f.said[self.language != "zh"], n=self._rate_side(f.parts), d=self._rate_side(f.wholes))
        if f.value is None:
            blank = any(x.value is None or not x.readable for x in [*f.parts, *f.wholes])
            return Said(p["rate_none"].format(why=p["blanks" if blank else "zero"], **args), "facts", "ratio")
        self.computed.append(Computed("ratio", f.value, list(dict.fromkeys(self.cite_fact(x) for x in [*f.parts, *f.wholes]))))
        value = show_number(f.value) if f.decimals is None else f"{f.value:.{f.decimals}f}"
        inputs = [*f.parts, *f.wholes]
        lines = [p["rate"].format(value=value, **args)] + [  # a table failing its checks is said, as for its cells
            self.t("FACTS", "check_failed", check=check, item=self.lang.LIST_SEP.join(
                f"[{self.cite_fact(x)}]" for x in inputs if x.check_failed == check))
            for check in dict.fromkeys(x.check_failed for x in inputs if x.check_failed)]
        return Said("\n".join(lines), "facts", "ratio")

    def _RateExtreme(self, f: F.RateExtreme) -> Said:
        p, rate = PHRASES[self.language], self._rate_name(f.rate)
        lines = []
        if f.shares:
            items = self.lang.AND_SEP.join(p["rate_item"].format(who=self.name(x.parts[0].body), year=x.parts[0].year)
                                           for x in f.shares[:f.winners])
            lines.append(p["rate_most" if f.most else "rate_least"].format(rate=rate, items=items,
                                                                           value=show_number(f.shares[0].value)))
        lines += [self._SumShare(x).text for x in f.shares]
        if f.unknown:
            lines.append(p["rate_unknown"].format(items=self.lang.AND_SEP.join(
                p["rate_item"].format(who=self.name(x.parts[0].body), year=x.parts[0].year) for x in f.unknown)))
            lines += [self._SumShare(x).text for x in f.unknown]
        return Said("\n".join(lines), "facts", "most" if f.most else "least")

    def _NoRate(self, f: F.NoRate) -> Said:
        p = PHRASES[self.language]
        return Said(p["no_rate" if f.said[0] else "no_rate_form"].format(scope=self._scope(f.bodies, f.years), rate=self._rate_name(f.rate),
                                        said=f.said[self.language != "zh"]), "refusal", "ratio")

    def _RateGap(self, f: F.RateGap) -> Said:
        """Each rate with its inputs and formula, then their difference in percentage points."""
        p = PHRASES[self.language]
        lines = [self._SumShare(f.first).text, self._SumShare(f.second).text]
        if f.points is None:
            return Said("\n".join([*lines, p["gap_none"]]), "facts", "difference")
        self.computed.append(Computed("difference", f.points, list(dict.fromkeys(
            self.cite_fact(x) for x in [*f.first.parts, *f.first.wholes, *f.second.parts, *f.second.wholes]))))
        went = "same" if f.points == 0 else "lower" if f.points < 0 else "higher"
        key = went if went == "same" or f.frame in ("change", went) else f"not_{f.frame}"
        moved = p[f"g_{key}"].format(value=show_number(abs(f.points)))
        lines.append(p["gap"].format(a=self._rate_name(f.first.rate), b=self._rate_name(f.second.rate), moved=moved,
                                     av=show_number(f.first.value), bv=show_number(f.second.value)))
        return Said("\n".join(lines), "facts", "difference")
