"""Say the findings of the prose: the sentence that answers (its figure on the answer's line,
the clause marked), a figure stated twice, a passage instead of a cell the template lacks, "not
found" with what was looked for, and the summaries. The writer of every other finding is
render.writer; this one adds these methods."""

from __future__ import annotations

import re

from index.models import show_number
from index.templates import concept

from .. import findings as F
from ..answer import Citation, Computed
from ..quotes import shown
from .writer import Said, Writer

#: Spaces a PDF's layout puts beside a Chinese character ("9月 24日", "洪泽湖大道 90号", "洪 泽区"):
#: the answer's value is written as a person writes it; the quote beside it stays verbatim.
_LAYOUT_SPACES = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff0-9A-Za-z])|(?<=[0-9A-Za-z])\s+(?=[\u4e00-\u9fff])")


class ProseWriter(Writer):
    """Says the findings of the prose routes."""

    def _PassageFound(self, f: F.PassageFound) -> Said:
        c = f.citation
        sentence = f.sentence
        if f.highlight and f.marked:  # the clause(s) of the figure, marked (quotes.shown: the one span rule)
            sentence = shown(sentence, f.highlight, "**", f.cut, f.asked)
        text = self.t("PROSE", "passage", who=self.name(c.body), year=c.year, cite=self.cite(c), sentence=sentence)
        if f.highlight:
            text = self.t("PROSE", "key", key=self.lang.answer_key(_LAYOUT_SPACES.sub("", f.highlight), f.sentence)) + "\n" + text
        return Said(text, "passages")

    def _ProseTwice(self, f: F.ProseTwice) -> Said:
        """Both figures the prose states for the thing asked, on the answer's line, each quoted."""
        key = lambda p: self.lang.answer_key(_LAYOUT_SPACES.sub("", p.highlight or ""), p.sentence)  # noqa: E731
        first, second = (self._PassageFound(p).text.split("\n", 1)[-1] for p in (f.first, f.second))
        line = self.t("PROSE", "twice", first=key(f.first), second=key(f.second))
        return Said("\n".join((line, first, second)), "passages")

    def _PassageInstead(self, f: F.PassageInstead) -> Said:
        absent = self._NotInTemplate(f.absent, first_only=True).text
        return Said(absent + self.lang.FIRST_SENTENCE_END + self._PassageFound(f.passage).text, "passages")

    def _AcrossReports(self, f: F.AcrossReports) -> Said:
        return Said(self.t("PROSE", "across", topic=f.topic), "refusal")

    def _NotStated(self, f: F.NotStated) -> Said:
        what = (self.lang.KIND_NAMES[f.kind] if f.kind and f.kind != "count"
                else self.t("PROSE", "about", topic=f.topic))
        return Said(self.t("PROSE", "nothing", scope=self._scope(f.bodies, f.years), what=what), "refusal")

    def _Summary(self, f: F.Summary) -> Said:
        return Said("\n\n".join(self._digest(d) for d in f.digests), "summary", "summary")

    def _digest(self, d: F.Digest) -> str:
        r = d.report
        lines = [self.t("PROSE", "summary", who=self.name(r.body), year=r.year)]
        if d.sections:
            lines.append(self.lang.PROSE["summary_sections"])
            for section, page, sentence, quote in d.sections:
                mark = self.cite(Citation(r.report, r.body, r.year, page, section, quote))
                lines.append(self.lang.section_line(section, sentence, mark))
        if d.facts:
            lines.append(self.lang.PROSE["summary_facts"])
            for concept_id, fact in d.facts:
                number = self.cite_fact(fact)
                if "+" in fact.metric and fact.value is not None:  # 行政诉讼 is two cells added
                    self.computed.append(Computed(fact.metric, fact.value, [number]))
                name = self.lang.concept_name(concept(concept_id))
                value = show_number(fact.value) if fact.readable and fact.value is not None else "—"
                printed = self.lang.AS_PRINTED.format(printed=fact.printed) if value != "—" and self.converted(fact) else ""
                lines.append(self.lang.headline_line(name, value, fact.unit, f"{printed}[{number}]", fact.metric))
        return "\n".join(lines)

    def _NoSummary(self, f: F.NoSummary) -> Said:
        return Said(self.t("PROSE", "no_summary", scope=self._scope(f.bodies, f.years)), "refusal")
