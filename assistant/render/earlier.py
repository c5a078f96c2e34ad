"""Say why earlier answers a follow-up asked to combine ("两者加起来是多少？") are not combined:
different units, or different statistics of different bodies or years; every input cited. The
writer of every other finding is render.writer (and render.changes)."""

from __future__ import annotations

from .. import findings as F
from .changes import ChangeWriter
from .writer import Said

PHRASES = {
    "zh": {
        "units": "前面的答案单位不同（{units}），不能{op}：{items}。",
        "subjects": "前面的答案是不同机关或年份的不同统计，{op}没有意义：{items}。",
        "units_asked": "这几项统计的单位不同（{units}），不能{op}，分别为：{items}。",
        "item": "{who}{year}年的{metric}为{value}{cite}", "sep": "；", "unit_sep": "、",
        "total": "相加", "difference": "相减", "compare": "比较大小", "ratio": "相除",
    },
    "en": {
        "units": "The earlier answers count in different units ({units}), so they cannot be {op}: {items}.",
        "units_asked": "These statistics count in different units ({units}), so they cannot be {op}; each: {items}.",
        "subjects": "The earlier answers are different statistics of different bodies or years, so they are not "
                    "{op} (the result would mean nothing): {items}.",
        "item": "{metric} of {who} in {year}: {value}{cite}", "sep": "; ", "unit_sep": ", ",
        "total": "added up", "difference": "subtracted", "compare": "compared", "ratio": "divided",
    },
}


class EarlierWriter(ChangeWriter):
    """The writer, with the refusal to combine earlier answers."""

    def _NotCombined(self, f: F.NotCombined) -> Said:
        p = PHRASES[self.language]
        items = p["sep"].join(p["item"].format(who=self.name(x.body), year=x.year, metric=m.name(self.language),
                                               value=self.figure(x), cite=self.mark(x))
                              for m, x in zip(f.names, f.facts, strict=True))
        text = p[f.why].format(units=p["unit_sep"].join(f.units), op=p[f.op], items=items)
        return Said(text, "refusal", f.op if f.op != "compare" else "difference")
