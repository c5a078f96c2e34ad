"""Say a finding in one language: one method per finding type, the phrases from render.zh or
render.en. Each citation is numbered once, when it is first cited; nothing is patched after."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from index.models import Fact, show_number
from index.templates import concept

from .. import findings as F
from ..answer import Answer, Citation, Computed
from ..prose_series import is_prose_series
from ..quotes import shown
from ..understanding import Metric
from ..understanding.cells import cell_metric
from .facts import Composer, table_markdown

#: Spaces a PDF's layout puts beside a Chinese character ("9月 24日", "洪泽湖大道 90号", "洪 泽区"):
#: the answer's value is written as a person writes it; the quote beside it stays verbatim.
_LAYOUT_SPACES = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff0-9A-Za-z])|(?<=[0-9A-Za-z])\s+(?=[\u4e00-\u9fff])")


@dataclass
class Said:
    """The text of one finding, and how the answer is filed (route, intent)."""

    text: str
    route: str
    intent: str = ""


class Writer:
    def __init__(self, lang: ModuleType, language: str, english_name: Callable[[str], str | None]):
        self.lang, self.language, self.english_name = lang, language, english_name
        self.citations: list[Citation] = []
        self.facts: list[Fact] = []
        self.computed: list[Computed] = []
        self.table: list[dict] = []
        self._fact_numbers: dict[int, int] = {}
        # the count measure word a finding says its cells' figures in ("几笔"): it holds for the
        # figures said after it in the answer (a contradicted cell's note)
        self.measure: F.Measure | None = None

    # --- the answer ---------------------------------------------------------------------------

    def answer(self, finding, question: str) -> Answer:
        said = self.say(finding)
        return Answer(question, said.text, said.route, self.language, citations=self.citations, facts=self.facts,
                      computed=self.computed, table=self.table, intent=said.intent)

    def say(self, finding) -> Said:
        self.measure = getattr(finding, "measure", None) or self.measure
        return getattr(self, "_" + type(finding).__name__)(finding)

    # --- shared pieces ------------------------------------------------------------------------

    def name(self, body: str) -> str:
        return self.lang.body_name(body, self.english_name)

    def cite(self, citation: Citation) -> str:
        self.citations.append(citation)
        return f"[{len(self.citations)}]"

    def cite_fact(self, fact: Fact) -> int:
        """The citation number of a fact: cited (and kept among the answer's facts) once."""
        if id(fact) not in self._fact_numbers:
            self.citations.append(Citation.of_fact(fact))
            self.facts.append(fact)
            self._fact_numbers[id(fact)] = len(self.citations)
        return self._fact_numbers[id(fact)]

    def figure(self, fact: Fact) -> str:
        """A fact's value with its unit, and the cell as printed when it was converted from another
        unit ("98.4361万元（表中印作984361元）"), so the answer's number is found in its quote."""
        shown = self.counted(show_number(fact.value), fact.unit, fact.metric)
        return shown + self.lang.AS_PRINTED.format(printed=fact.printed) if self.converted(fact) else shown

    def counted(self, shown: str, unit: str | None, key: str = "") -> str:
        """A cell's value with its unit; in the measure word asked, the unit beside it, when the
        unit counts the same things ("9笔（表中计作9项）")."""
        if self.measure is not None and self.measure.says(unit):
            return self.lang.in_measure(shown, unit, self.measure.asked)
        return self.lang.number(shown, unit, key)

    def converted(self, fact: Fact) -> bool:
        """Is the fact's value converted from the unit its cell printed? Then the value is a
        computed number whose input is the cited cell (984361元 -> 98.4361 万元)."""
        if not fact.printed or fact.value is None:
            return False
        number = self.cite_fact(fact)
        if not any(c.inputs == [number] and c.value == fact.value for c in self.computed):
            self.computed.append(Computed(f"{fact.metric} = {fact.printed}", fact.value, [number]))
        return True

    def mark(self, fact: Fact) -> str:
        """A fact's citation marker; a figure read from the prose says so; a combined cell's
        value (行政诉讼 = two totals) is a sum of its cited cells."""
        number = self.cite_fact(fact)
        if "+" in fact.metric and fact.value is not None and not any(c.inputs == [number] and c.value == fact.value
                                                                     for c in self.computed):
            self.computed.append(Computed(fact.metric, fact.value, [number]))
        return f"[{number}]" + (self.lang.FROM_PROSE if fact.origin == "prose" else "")

    def years(self, years: list[int]) -> str:
        """2021、2022, or "2021年及以后" for an open range ("since 2021")."""
        if len(years) > 5 and years == list(range(years[0], years[-1] + 1)):
            return self.lang.OPEN_RANGE.format(first=years[0])
        return self.lang.YEARS_SEP.join(map(str, years))

    def t(self, table: str, phrase: str, **kw) -> str:
        return getattr(self.lang, table)[phrase].format(**kw)

    # --- the corpus, refusals, sources ----------------------------------------------------------

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

    # --- statistics -----------------------------------------------------------------------------

    def composer(self, metric, facts: list[Fact]) -> Composer:
        return Composer(self.lang, metric.name(self.language), self.name, self.cite_fact,
                        one_year=len({f.year for f in facts}) == 1, key=metric.key, counted=self.counted)

    def _facts(self, composer: Composer, result, years: list[int], table: bool, head: str | None = None) -> str:
        """An aggregate's lines, its comparison table, its combined cells' sums as computed."""
        for fact in result.facts:  # cited in the result's order
            self.cite_fact(fact)
        lines, computed, rows = composer.compose(result, years, head)
        self.computed += computed
        self.computed += [Computed(f.metric, f.value, [self.cite_fact(f)]) for f in result.facts
                          if "+" in f.metric and f.value is not None]  # combined cells are sums
        for fact in result.facts:
            self.converted(fact)
        self.table += rows
        text = "\n".join(lines)
        if rows and table:
            text += "\n\n" + table_markdown(rows)
        return text

    def _Aggregate(self, f: F.Aggregate) -> Said:
        text = self._facts(self.composer(f.metric, f.result.facts), f.result, f.years, f.table)
        if f.wider is not None:
            # who comes first depends on whether the statements worded otherwise count: both
            wider = self.composer(f.metric, f.wider.facts).compose(f.wider, f.years)[0][0]
            lines = text.split("\n")
            lines[0] = self.t("STATISTICS", "same_words", line=lines[0]) + self.t("STATISTICS", "all_words", line=wider)
            text = "\n".join(lines)
        if f.not_read:
            text += "\n\n" + self._Unreadable(F.Unreadable(f.metric, f.not_read)).text
        if f.absent:
            items = self.lang.ITEMS_SEP.join(f"{self.name(r.body)} {r.year}" for r in f.absent)
            note = "unstated_note" if is_prose_series(f.metric) else "absent_note"
            text += "\n" + self.t("STATISTICS", note, items=items)
        text += self._prose_compared(f)
        if f.same is not None:
            text = self.t("STATISTICS", "same" if f.same else "differ") + text
        if f.threshold is not None:
            text = self._verdict(f.threshold, f.result.facts[0]) + "\n" + text
        return Said(text, "facts", f.result.intent)

    def _verdict(self, threshold, fact: Fact) -> str:
        """"是，超过了五百次：545件[1]。" / "No, not more than 100: 95 requests [1].": the verdict in the
        asker's words, the cited figure and the threshold; a blank or unreadable cell, or a figure
        of another kind than the threshold (an amount against a count), gives no verdict."""
        holds = threshold.holds(fact.value, fact.unit) if fact.readable else None
        said = self.lang.threshold_said(threshold.said, threshold.value, threshold.money)
        if holds is None:
            why = "blank" if fact.value is None and fact.readable else "unreadable" if not fact.readable else "kind"
            return self.t("THRESHOLD", f"unknown_{why}", threshold=said, cite=self.mark(fact),
                          figure=self.figure(fact) if fact.value is not None else "")
        if any(c.isdigit() for c in threshold.said) and not threshold.some:  # "more than 100": the asker's
            self.computed.append(Computed("threshold asked", threshold.value, []))  # number, said as theirs
        key = f"{'some' if threshold.some else threshold.relation}_{'yes' if holds else 'no'}"
        return self.t("THRESHOLD", key, threshold=said, figure=self.figure(fact), cite=self.mark(fact))

    def _prose_compared(self, f: F.Aggregate) -> str:
        """Prose figures of several bodies: the statement they share, and each body's statement
        that measures something else (a channel, another wording), cited, not compared."""
        prose = [x for x in f.result.facts if x.origin == "prose"]
        text = ""
        if len(prose) > 1 and len(prose) == len(f.result.facts) and len({(x.row, x.column) for x in prose}) == 1:
            text += "\n" + self.t("STATISTICS", "prose_same", said=prose[0].row, measure=prose[0].column)
        if f.otherwise:
            items = self.lang.ITEMS_SEP.join(self.t("STATISTICS", "prose_item", who=self.name(x.body), year=x.year,
                                                    said=x.note, cite=self.mark(x)) for x in f.otherwise)
            text += "\n" + self.t("STATISTICS", "prose_otherwise", items=items)
        return text

    def _Unreadable(self, f: F.Unreadable) -> Said:
        lines = []
        for r in f.reports:
            why = self.lang.COLON + "; ".join(r.problems[:2]) if r.problems else ""
            lines.append(self.t("STATISTICS", "not_read", who=self.name(r.body), year=r.year,
                                metric=f.metric.name(self.language), why=why))
        return Said("\n".join(lines), "refusal")

    def _Incomplete(self, f: F.Incomplete) -> Said:
        scope = self.lang.year_scope(f.years[0]) if len(f.years) == 1 else ""
        items = self.lang.ITEMS_SEP.join(f"{self.name(r.body)} {r.year}"
                                         for r in sorted(f.unread, key=lambda r: (r.year, r.body)))
        head = self.t("STATISTICS", "incomplete", scope=scope, metric=f.metric.name(self.language),
                      what=self.lang.STATISTICS["what"][f.intent], items=items)
        years = sorted({x.year for x in f.listing.facts})
        text = self._facts(self.composer(f.metric, f.listing.facts), f.listing, years, True, head=head)
        return Said(text, "facts", f.intent)

    def _NotInTemplate(self, f: F.NotInTemplate, first_only: bool = False) -> Said:
        who = self.lang.NAME_SEP.join(self.name(b) for b in f.bodies) or "—"
        year = self.lang.LIST_SEP.join(map(str, f.years))
        metric = f.metric.name(self.language)
        # the asker's words when they are not the template's ("information processing fees")
        key = "absent_asked" if f.asked and f.asked.lower() not in metric.lower() else "absent"
        text = self.t("STATISTICS", key, who=who, year=year, metric=metric, asked=f.asked)
        if f.elsewhere and not first_only:
            items = self.lang.ELSEWHERE_SEP.join(f"{self.name(b)} {self.lang.LIST_SEP.join(map(str, ys))}"
                                                 for b, ys in f.elsewhere)
            text += self.t("STATISTICS", "available", items=items)
        return Said(text, "refusal")

    def _MetricDifference(self, f: F.MetricDifference) -> Said:
        a, b = f.first, f.second
        cites = (self.mark(a), self.mark(b))
        first, second = (m.name(self.language) for m in f.metrics)
        text = self.lang.metric_difference(self.name(a.body), a.year, first, second, show_number(abs(f.delta)),
                                           f.delta >= 0, show_number(a.value), show_number(b.value),
                                           (a.unit, b.unit), cites)
        self.computed.append(Computed("difference", abs(f.delta), [self.cite_fact(a), self.cite_fact(b)]))
        return Said(text, "facts", "difference")

    def _Ratio(self, f: F.Ratio) -> Said:
        num, den = f.numerator, f.denominator
        nc, dc = self.mark(num), self.mark(den)
        names = [m.name(self.language) for m in f.metrics]
        one = num.report == den.report
        who = (lambda x: self.name(x.body)) if num.year == den.year else (lambda x: self.lang.with_year(self.name(x.body), x.year))
        args = dict(num=names[0], Num=names[0][:1].upper() + names[0][1:], den=names[1], who=self.name(num.body),
                    year=num.year, a=who(num), b=who(den), n=self.lang.number(show_number(num.value), num.unit, num.metric)
                    if num.value is not None else self.lang.FACTS["blank"], ncite=nc, dcite=dc,
                    d=self.lang.number(show_number(den.value), den.unit, den.metric) if den.value is not None else self.lang.FACTS["blank"])
        if f.value is None:
            why = self.lang.COMPUTED["zero" if den.value == 0 else "blank"]
            return Said(self.lang.COMPUTED["no_value"].format(why=why, **args), "facts", "ratio")
        key = ("share" if f.share else "times") + ("_one" if one else "_two")
        self.computed.append(Computed("ratio", f.value, [self.cite_fact(num), self.cite_fact(den)]))
        value = show_number(f.value) if f.decimals is None else f"{f.value:.{f.decimals}f}"  # "2.50" when asked
        return Said(self.lang.COMPUTED[key].format(value=value, **args), "facts", "ratio")

    def _SumShare(self, f: F.SumShare) -> Said:
        p, first = self.lang.COMPUTED, f.parts[0]
        num, n = self._side(f.parts, f.part_metrics)
        den, d = self._side(f.wholes, f.whole_metrics)
        args = dict(who=self.name(first.body), year=first.year, num=num, Num=num[:1].upper() + num[1:], den=den, n=n, d=d)
        if f.value is None:
            why = p["blank"] if any(x.value is None or not x.readable for x in [*f.parts, *f.wholes]) else p["zero"]
            return Said(p["share_sum_none"].format(why=why, **args), "facts", "ratio")
        self.computed.append(Computed("ratio", f.value, list(dict.fromkeys(self.cite_fact(x) for x in [*f.parts, *f.wholes]))))
        value = show_number(f.value) if f.decimals is None else f"{f.value:.{f.decimals}f}"
        return Said(p["share_sum"].format(value=value, **args), "facts", "ratio")

    def _side(self, facts: list[Fact], metrics: list) -> tuple[str, str]:
        """A share's side: its name ("行政复议与行政诉讼之和") and its cited inputs ("(行政复议 2件[1] +
        行政诉讼 4件[2])"; one input: its value alone)."""
        value = lambda x: (self.figure(x) if x.value is not None else self.lang.FACTS["blank"]) + self.mark(x)  # noqa: E731
        if len(facts) == 1:
            return metrics[0].name(self.language), value(facts[0])
        names = self.lang.AND_SEP.join(m.name(self.language) for m in metrics)
        inputs = " + ".join(f"{m.name(self.language)} {value(x)}" for m, x in zip(metrics, facts, strict=True))
        return self.lang.COMPUTED["summed"].format(names=names), f"({inputs})"

    def _CategoryExtreme(self, f: F.CategoryExtreme) -> Said:
        p, r = self.lang.CATEGORIES, f.report
        args = dict(who=self.name(r.body), year=r.year, family=p["names"][f.family])
        if not f.ranked and not f.unreadable:
            return Said(p["none"].format(**args), "refusal", "most" if f.most else "least")
        value = lambda x: self.lang.number(show_number(x.value), x.unit, x.metric)  # noqa: E731
        label = lambda x: self._category(x)  # noqa: E731
        shown = [x for x in f.ranked if x.value or x in f.winners]
        if f.breakdown and not f.unreadable:  # "…, and through what channel?": the cells, no "most"
            shown = [x for x in f.ranked if x.value]
            zeros = "".join(self.mark(x) for x in f.ranked if not shown)  # every zero cited, as any number
            head = p["breakdown"].format(**args) if shown else p["breakdown_zero"].format(value=value(f.ranked[0]), cites=zeros, **args)
        elif f.unreadable:
            items = self.lang.ITEMS_SEP.join(f"“{label(x)}”[{self.cite_fact(x)}]" for x in f.unreadable)
            head = p["unsure"].format(what=p["what"][f.most], items=items, **args)
        elif not any(x.value for x in f.ranked):
            head, shown = p["all_zero"].format(value=value(f.winners[0]), cites="".join(map(self.mark, f.ranked)), **args), []
        elif len(f.winners) > 1:
            items = self.lang.ITEMS_SEP.join(f"“{label(x)}”{self.mark(x)}" for x in f.winners)
            head = p["tie_" + ("most" if f.most else "least")].format(items=items, value=value(f.winners[0]), **args)
        else:
            top = f.winners[0]
            head = p["most" if f.most else "least"].format(label=label(top), value=value(top), cite=self.mark(top),
                                                           **args)
        lines = [head] + [p["item"].format(label=label(x), value=value(x), cite=self.mark(x)) for x in shown]
        if shown and len(shown) < len(f.ranked):
            lines.append(p["rest_zero"].format(cites="".join(self.mark(x) for x in f.ranked if x not in shown)))
        return Said("\n".join(lines), "facts", "most" if f.most else "least")

    def _category(self, fact: Fact) -> str:
        keys = fact.metric.split("+")
        named = cell_metric(keys[0], Metric).name(self.language).removesuffix(self.lang.CATEGORIES["whole"])
        return self.lang.outcome_of(named) if len(keys) > 1 else named  # a sum over groups: its outcome

    def _NoChange(self, f: F.NoChange) -> Said:
        p = self.lang.COMPUTED
        items = self.lang.AND_SEP.join(p["missing_input"].format(year=y, why=p["why"][why]) for y, why in f.missing)
        lines = [p["no_change"].format(who=self.name(f.body), a=f.years[0], b=f.years[1],
                                       metric=f.metric.name(self.language), items=items)]
        if f.pairs:  # two bodies, each in its own year: each pair named
            body = dict((y, b) for b, y in f.pairs)
            items = self.lang.AND_SEP.join(p["missing_pair"].format(who=self.name(body[y]), year=y, why=p["why"][why])
                                           for y, why in f.missing)
            (a, ya), (b, yb) = f.pairs
            lines = [p["no_pair"].format(first=self.name(a), a=ya, second=self.name(b), b=yb,
                                         metric=f.metric.name(self.language), items=items)]
        lines += [p["have_input"].format(who=self.name(x.body), year=x.year, value=self.figure(x), cite=self.mark(x))
                  for x in f.have if x.value is not None]
        return Said("\n".join(lines), "refusal", "difference")

    def _NoRatio(self, f: F.NoRatio) -> Said:
        return Said(self.t("COMPUTED", "no_whole", scope=self._scope(f.bodies, f.years),
                           metric=f.metric.name(self.language)), "refusal", "ratio")

    def _MetricSum(self, f: F.MetricSum) -> Said:
        first = f.facts[0]
        inputs = " + ".join(f"{m.name(self.language)} {self.figure(x)}{self.mark(x)}"
                            for m, x in zip(f.metrics, f.facts, strict=True))
        # a group's name lists its parts ("不予公开 (属于国家秘密 + …)"): here the parts are listed with their values
        names = re.sub(r"\s*\(.*\)$", "", f.whole.name(self.language)) if f.whole else self.lang.AND_SEP.join(
            m.name(self.language) for m in f.metrics)
        self.computed.append(Computed("total", f.total, [self.cite_fact(x) for x in f.facts]))
        # the total counts what its inputs count when they all count the same thing ("5 cases")
        alike = len({self.lang.number("", x.unit, x.metric) for x in f.facts}) == 1
        total = self.lang.number(show_number(f.total), first.unit if alike else None, first.metric if alike else "")
        return Said(self.t("COMPUTED", "sum", who=self.name(first.body), year=first.year, names=names,
                           Names=names[:1].upper() + names[1:], total=total, inputs=inputs), "facts", "total")

    def _NotMoney(self, f: F.NotMoney) -> Said:
        return Said(self.t("COMPUTED", f"not_{f.asked}", scope=self._scope(f.bodies, f.years),
                           metric=f.metric.name(self.language)), "refusal")

    def _Outcomes(self, f: F.Outcomes) -> Said:
        """The outcomes with requests, each cited; those at zero by their group, in one cited line."""
        first = (f.shown or f.zero)[0][1]
        where = {"who": self.name(first.body), "year": first.year}
        shown = self.lang.STATISTICS["item_sep"].join(
            f"{self._outcome(m, x)} {self.lang.number(show_number(x.value), x.unit)}{self.mark(x)}" for m, x in f.shown)
        groups: dict[str, str] = {}
        for m, x in f.zero:
            group = self._outcome(m, x, group=True)
            groups[group] = groups.get(group, "") + self.mark(x)
        zero = self.lang.LIST_SEP.join(f"{g}{marks}" for g, marks in groups.items())
        lines = [self.t("STATISTICS", "handled", items=shown, **where)] if f.shown else []
        if f.zero:
            lines.append(self.t("STATISTICS", "handled_zero" if f.shown else "all_zero", items=zero, **where))
        if f.blank:
            blank = self.lang.LIST_SEP.join(_bare(m.name(self.language)) for m in f.blank)
            lines.append(self.t("STATISTICS", "handled_blank", items=blank))
        failed = dict.fromkeys(x.check_failed for _, x in (*f.shown, *f.zero) if x.check_failed)
        lines += [self.t("FACTS", "check_failed", item=self.lang.LIST_SEP.join(
            f"[{self.cite_fact(x)}]" for _, x in (*f.shown, *f.zero) if x.check_failed == check), check=check)
            for check in failed]
        return Said("\n".join(lines), "facts", "lookup")

    def _outcome(self, metric, fact: Fact, group: bool = False) -> str:
        """An outcome row as said: 无法提供：本机关不掌握相关政府信息 / "cannot provide: not held";
        its group alone (无法提供 / "cannot provide") when `group`."""
        name = _bare(metric.name(self.language))
        parts = fact.metric.split(".")
        if len(parts) < 4:  # a row of its own (予以公开)
            return name
        if self.language != "zh":
            return name.split(":")[0].strip() if group else name
        return parts[1] if group else f"{parts[1]}：{name}"

    def _Several(self, f: F.Several) -> Said:
        said = [self.say(part) for part in f.parts]
        route = said[0].route
        for part in said[1:]:
            if part.route != route:
                route = "facts" if "facts" in (route, part.route) else route
        return Said("\n\n".join(s.text for s in said), route, said[0].intent)

    # --- prose ----------------------------------------------------------------------------------

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

    def _scope(self, bodies: list[str], years: list[int]) -> str:
        return self.lang.scope(self.lang.NAME_SEP.join(self.name(b) for b in bodies),
                               self.lang.LIST_SEP.join(map(str, years)))

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

    # --- what the engine adds -------------------------------------------------------------------

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

    # --- asking back (issue 19) -----------------------------------------------------------------

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


def _unpossessed(name: str) -> str:
    """A name as the question wrote it, without its possessive: "Pingtan's" is said "Pingtan"."""
    return re.sub(r"(?:['’]s|(?<=s)['’])$", "", name)


def _bare(name: str) -> str:
    """A statistic's name without its column and printed gloss: 部分公开（区分处理的…）（总计） is 部分公开,
    "disclosed (total)" is "disclosed"."""
    return re.sub(r"\s*（[^）]*）|\s*\((?:total)\)", "", name).strip()
