"""Say the questions asked back: which body a name means ("您是指…吗？"), words matching no cell of
the table (the closest cells offered), and the line saying which body a name was taken as
(`took_line`). The writer of every other finding is render.writer; this one adds these methods."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from .. import findings as F
from .writer import Said, Writer, _bare, _unpossessed


class AskingWriter(Writer):
    """Says the questions asked back."""

    def _Clarification(self, f: F.Clarification) -> Said:
        """"您是指…吗？" for one candidate; up to three numbered candidates for several."""
        lines = []
        for asked, bodies in f.choices:
            text = _unpossessed(asked)
            if asked in f.unknown:
                lines.append(self.t("CLARIFY", "not_in_corpus", text=text))
            if len(bodies) == 1:
                lines.append(self.t("CLARIFY", "one", body=self.name(bodies[0])))
            else:
                lines.append(self.t("CLARIFY", "many", text=text))
                lines += [self.t("CLARIFY", "item", n=i, body=self.name(b)) for i, b in enumerate(bodies, 1)]
        lines.append(self.t("CLARIFY", "reply"))
        return Said("\n".join(lines), "clarify")

    def _PartUnmatched(self, f: F.PartUnmatched) -> Said:
        """"“没掌握 答复不了”对不上表中的任何一项…您是指…吗？": the words not matched, the whole not
        given as the answer, and the closest cells asked back; no number."""
        whole = _bare(f.whole.name(self.language))
        near = [_bare(m.name(self.language)) for m in f.near]
        if f.listed:  # said beside the parts answered: no question asked back, no reply pending
            lines = [self.t("PART", "listed", words=f.words)]
            if near:
                quote = "“{}”" if self.language == "zh" else '"{}"'
                lines.append(self.t("PART", "near", cells=self.lang.ITEMS_SEP.join(quote.format(c) for c in near)))
            return Said("\n".join(lines), "facts")
        lines = [self.t("PART", "sum" if f.summed else "unmatched", words=f.words, whole=whole)]
        if len(near) == 1:
            lines.append(self.t("PART", "one", cell=near[0]))
        elif near:
            lines.append(self.t("PART", "many"))
            lines += [self.t("CLARIFY", "item", n=i, body=c) for i, c in enumerate(near, 1)]
        lines.append(self.t("PART", "reply"))
        return Said("\n".join(lines), "clarify")


def took_line(took: list[tuple[str, str, str]], lang: ModuleType, english_name: Callable[[str], str | None]) -> str:
    """"按“平谭”理解为平潭综合实验区管委会。": the bodies taken from names not their own."""
    return " ".join(lang.CLARIFY["took_report" if why == "report" else "took"].format(
        text=text, body=lang.body_name(body, english_name)) for text, body, why in took)
