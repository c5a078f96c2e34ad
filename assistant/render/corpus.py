"""Say the findings about the corpus, refusals and sources: what is indexed, how many reports,
a body or year the corpus lacks, where the last answer came from, a body renamed. The writer of
every other finding is render.writer; this one adds these methods."""

from __future__ import annotations

from .. import findings as F
from ..answer import Computed
from .writer import Said, Writer, _unpossessed


class CorpusWriter(Writer):
    """Says the findings about the corpus, refusals and sources."""

    def _NothingIndexed(self, f: F.NothingIndexed) -> Said:
        return Said(self.t("CORPUS", "empty"), "refusal")

    def _CorpusListing(self, f: F.CorpusListing) -> Said:
        lines = [self.t("CORPUS", "corpus", n=f.count)]
        lines += [self.t("CORPUS", "corpus_item", body=self.name(b),
                         years=self.lang.LIST_SEP.join(f"{y}{self._report_mark(f.cited, b, y)}" for y in ys))
                  for b, ys in f.by_body]
        self.computed.append(Computed("reports", f.count, []))
        return Said("\n".join(lines), "corpus")

    def _ReportCount(self, f: F.ReportCount) -> Said:
        items = self.lang.LIST_SEP.join(f"{self.name(body)} {year}{self._report_mark(f.cited, body, year)}"
                                        for body, year in f.reports)
        self.computed.append(Computed("reports", len(f.reports), []))
        return Said(self.t("CORPUS", "count", n=len(f.reports), items=items or "—"), "corpus")

    def _report_mark(self, cited: dict, body: str, year: int) -> str:
        return self.cite(cited[(body, year)]) if (body, year) in cited else ""

    def _UnknownBody(self, f: F.UnknownBody) -> Said:
        bodies = self.lang.NAME_SEP.join(sorted({self.name(b) for b in f.indexed}))
        who = self.lang.who_in_years(self.lang.NAME_SEP.join(map(_unpossessed, f.who)),
                                     self.lang.LIST_SEP.join(map(str, f.years)))
        return Said(self.t("CORPUS", "no_body", who=who, bodies=bodies), "refusal")

    def _ImpossibleYear(self, f: F.ImpossibleYear) -> Said:
        years = self.lang.LIST_SEP.join(map(str, f.years))
        return Said(self.t("CORPUS", "impossible_year", years=years, have=self.years(f.indexed)), "refusal")

    def _MissingYear(self, f: F.MissingYear) -> Said:
        years, have = self.years(f.years), self.lang.LIST_SEP.join(map(str, f.indexed))
        if f.bodies:
            who = self.lang.NAME_SEP.join(self.name(b) for b in f.bodies)
            return Said(self.t("CORPUS", "no_year", who=who, years=years, have=have), "refusal")
        return Said(self.t("CORPUS", "no_year_any", years=years, have=have), "refusal")

    def _Sources(self, f: F.Sources) -> Said:
        if not f.citations:
            return Said(self.t("CORPUS", "source_none"), "source")
        lines = [self.t("CORPUS", "why" if f.why else "source")]
        for c in f.citations:
            cell = f" {c.table} / {c.row} / {c.column}" if c.table else ""
            mark = self.cite(c)
            lines.append(f"{mark} {self.name(c.body)} {c.year} — {self.lang.where(c.report, c.page)}, "
                         f"{c.section}{cell}: “{c.quote}”")
        self.facts += f.facts
        return Said("\n".join(lines), "source")

    def _Identity(self, f: F.Identity) -> Said:
        names = self.lang.AND_SEP.join(self.name(b) if f.shown else b for b in f.names)
        years = self.lang.YEARS_SEP.join(map(str, f.years))
        return Said(self.t("CORPUS", f.verdict, names=names, years=years), "corpus")
