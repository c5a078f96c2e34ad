"""Say what is added to a finding: the bodies named that the corpus lacks or has no report of
for the years asked (Noted), and a cited cell the report's text states otherwise (Contradicted),
both readings said. The writer of every other finding is render.writer; this one adds these
methods."""

from __future__ import annotations

from index.models import show_number

from .. import findings as F
from .writer import Said, Writer, _unpossessed


class AddedWriter(Writer):
    """Says what is added to a finding."""

    def _Noted(self, f: F.Noted) -> Said:
        said = self.say(f.finding)
        text = said.text
        if f.missing:
            have = self.lang.ELSEWHERE_SEP.join(self.t("CORPUS", "have_years", who=self.name(b),
                                                       years=self.years(ys)) for b, ys in f.missing)
            who = self.lang.ITEMS_SEP.join(self.name(b) for b, _ in f.missing)
            text = self.t("CORPUS", "also_missing", who=who, years=self.years(f.years), have=have) + "\n" + text
        if f.unknown:
            text = self.t("CORPUS", "also_unknown", who=self.lang.NAME_SEP.join(map(_unpossessed, f.unknown))) + "\n" + text
        return Said(text, said.route, said.intent)

    def _Contradicted(self, f: F.Contradicted) -> Said:
        """The finding, then one sentence per cited cell its report's text states otherwise,
        both numbers cited."""
        said = self.say(f.finding)
        lines = said.text.split("\n")
        if f.text_reading is not None:
            # a computed answer whose inputs the text states otherwise: both results on the
            # answer's first line, each labelled, each with its cited inputs
            other = self.say(f.text_reading).text.split("\n")
            lines[0] = self.lang.READINGS["table"] + lines[0] + self.lang.READINGS["sep"] + \
                self.lang.READINGS["text"] + other[0]
            lines += other[1:]
        for note in f.notes:
            fact = note.fact
            table = f"[{self.cite_fact(fact)}]"
            lines.append(self.lang.contradiction(self.name(fact.body), fact.year, str(note.prose_value),
                                                 show_number(fact.value), fact.unit, self._text_mark(note), table,
                                                 fact.metric, self.counted(show_number(fact.value), fact.unit,
                                                                           fact.metric), note.unit))
        return Said("\n".join(lines), said.route, said.intent)

    def _text_mark(self, note: F.ProseDiffers) -> str:
        """The citation of the sentence stating a contradicted cell: the number it already has
        when the text's reading was computed from it, else a new one."""
        cited = next((i for i, c in enumerate(self.citations, 1) if c.report == note.fact.report
                      and c.quote == note.citation.quote and c.page == note.citation.page), None)
        return f"[{cited}]" if cited is not None else self.cite(note.citation)
