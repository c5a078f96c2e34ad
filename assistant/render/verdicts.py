"""A share or rate tested against a percent ("纠错率超过20%了吗", "was the rate above 20%?"): the
verdict first, in the asker's words, then the share as render.writer and render.changes say it,
its inputs cited. A share not computed (a blank cell, a zero whole) gives no verdict."""

from __future__ import annotations

from index.models import show_number

from .. import findings as F
from ..answer import Computed
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
