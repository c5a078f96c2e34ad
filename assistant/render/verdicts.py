"""A share or rate tested against a percent ("纠错率超过20%了吗", "was the rate above 20%?"): the
verdict first, in the asker's words, then the share as render.writer and render.changes say it,
its inputs cited. A share not computed (a blank cell, a zero whole) gives no verdict."""

from __future__ import annotations

from index.models import show_number

from .. import findings as F
from ..answer import Computed
from ..understanding import Metric
from ..understanding.cells import cell_metric
from .changes import ChangeWriter
from .writer import Said


class VerdictWriter(ChangeWriter):
    """Says a tested share's verdict before the share."""

    def _Ratio(self, f: F.Ratio) -> Said:
        return self._tested(f, super()._Ratio(f))

    def _SumShare(self, f: F.SumShare) -> Said:
        return self._tested(f, super()._SumShare(f))

    def _tested(self, f: F.Ratio | F.SumShare, said: Said) -> Said:
        if f.threshold is None or f.value is None:
            return said
        value = show_number(f.value) if f.decimals is None else f"{f.value:.{f.decimals}f}"
        key = f"{f.threshold.relation}_{'yes' if f.threshold.holds(f.value) else 'no'}"
        self.computed.append(Computed("threshold asked", f.threshold.value, []))  # the asker's percent
        verdict = self.t("THRESHOLD", key, threshold=f.threshold.said, figure=f"{value}%", cite="")
        return Said(verdict + "\n" + said.text, said.route, said.intent)

    def _PartsTotal(self, f: F.PartsTotal) -> Said:
        """The verdict first, then each part and the whole, cited, and their sum."""
        def part(asked: str, x) -> str:
            named = x.label if self.language == "zh" or asked == x.label else f"{asked} ({x.label})"
            return f"{named} {self.figure(x)}{self.mark(x)}"
        parts = " + ".join(part(a, x) for a, x in zip(f.asked, f.parts, strict=True))
        total = f"{self.figure(f.whole)}{self.mark(f.whole)}"
        self.computed.append(Computed("total", f.summed, [self.cite_fact(x) for x in f.parts]))
        gap = abs(f.summed - f.whole.value)
        if gap:
            self.computed.append(Computed("difference", gap, [*self.computed[-1].inputs, self.cite_fact(f.whole)]))
        key = "parts_total_no" if gap else "parts_total_yes"
        shown = self.lang.number(show_number(f.summed), f.whole.unit, f.whole.metric)
        text = self.t("COMPUTED", key, who=self.name(f.whole.body), year=f.whole.year, parts=parts, summed=shown,
                      total=total, gap=self.lang.number(show_number(gap), f.whole.unit, f.whole.metric))
        if f.given is not None:  # "加起来等于2543吗": the asker's figure against the sum, first
            self.computed.append(Computed("figure asked", f.given, []))
            off = abs(f.summed - f.given)
            given = self.lang.number(show_number(f.given), f.whole.unit, f.whole.metric)
            verdict = self.t("COMPUTED", "given_total_no" if off else "given_total_yes", given=given, summed=shown,
                             gap=self.lang.number(show_number(off), f.whole.unit, f.whole.metric))
            text = verdict + "\n" + text
        return Said(text, "facts", "total")

    def _RowsTotal(self, f: F.RowsTotal) -> Said:
        """The verdict first (in the question's word: 等于 / 一致), each row and the total cited, their sum."""
        def named(x) -> str:
            return cell_metric(x.metric, Metric).name(self.language) if x.origin != "prose" else x.label
        parts = " + ".join(f"{named(x)} {self.figure(x)}{self.mark(x)}" for x in f.parts)
        total = f"{self.figure(f.whole)}{self.mark(f.whole)}"
        self.computed.append(Computed("total", f.summed, [self.cite_fact(x) for x in f.parts]))
        gap = abs(f.summed - f.whole.value)
        if gap:
            self.computed.append(Computed("difference", gap, [*self.computed[-1].inputs, self.cite_fact(f.whole)]))
        yes, no = ("等于", "不等于") if "等" in f.cue else ("一致", "不一致")
        whole = self.lang.COMPUTED["rows_prose_whole"] if f.in_prose else named(f.whole)
        unit, key = f.parts[0].unit, f.parts[0].metric  # the rows' sum, in the rows' unit
        text = self.t("COMPUTED", "rows_total_no" if gap else "rows_total_yes", who=self.name(f.whole.body),
                      year=f.whole.year, parts=parts, summed=self.lang.number(show_number(f.summed), unit, key),
                      whole=whole, total=total, yes=yes, no=no, gap=self.lang.number(show_number(gap), unit, key))
        return Said(text, "facts", "total")

    def _RunningGap(self, f: F.RunningGap) -> Said:
        """The difference as found, then whether it is the later year's own figure, that cell cited."""
        said, own = self.say(f.difference), f.own
        key = "running_gap_yes" if f.gap == own.value else "running_gap_no"
        verdict = self.t("COMPUTED", key, year=own.year, own=f"{self.figure(own)}{self.mark(own)}",
                         gap=self.lang.number(show_number(f.gap), own.unit, own.metric))
        return Said(said.text + "\n" + verdict, said.route, said.intent)
