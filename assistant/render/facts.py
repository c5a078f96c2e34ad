"""Say an aggregate Result in the answer's language (its phrases are render.zh / render.en's
FACTS), citing every number.

The first sentence answers; supporting detail follows; rankings and comparisons get a table.
Citation markers [n] are the numbers the writer gives each fact when it is first cited. Only
numbers from facts, their sums and differences appear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from index.lexicon.statwords import ROW_IN_OLDER
from index.lexicon.units import MONEY
from index.models import Fact, Number, show_number

from ..aggregate import Result
from ..answer import Computed
from ..understanding import Metric
from ..understanding.cells import cell_metric

_OLDER_ROWS = set(ROW_IN_OLDER.values())


@dataclass
class Composer:
    lang: ModuleType  # render.zh or render.en
    metric_name: str  # in the answer's language
    name_of: Callable[[str], str]  # body -> display name in the answer's language
    cite: Callable[[Fact], int]  # a fact's citation number (the writer numbers citations once)
    one_year: bool = True  # all facts from one year: names need no year beside them
    key: str = ""  # the statistic's metric key: what an English count counts ("1 case")
    # a cell's value and unit as the writer says them (in the count measure word asked: "9笔（表中计作9项）")
    counted: Callable[[str, str | None, str], str] | None = None

    @property
    def p(self) -> dict[str, str]:
        return self.lang.FACTS

    def number(self, value: Number | None, unit: str | None) -> str:
        if value is None:
            return self.p["blank"]
        return self.lang.number(show_number(value), unit, self.key)

    def figure(self, fact: Fact) -> str:
        """A fact's value with its unit; one converted from the unit its cell printed ("984361元"
        under 万元) shows the cell as printed too, so the answer's number is found in its quote."""
        key = self._counts(fact)
        if fact.value is None or self.counted is None:
            shown = self.number(fact.value, fact.unit) if key == self.key else self.lang.number(
                show_number(fact.value), fact.unit, key)
        else:
            shown = self.counted(show_number(fact.value), fact.unit, key)
        return shown + self.lang.AS_PRINTED.format(printed=fact.printed) if fact.printed and fact.value is not None else shown

    def _counts(self, fact: Fact) -> str:
        """The key whose family says what a fact counts: the fact's own cell when the statistic
        spans several rows of the reports' templates (予以公开 of the modern table is 同意公开答复数
        of the old appendix: "2 granted (agreed to disclose)"), else the statistic's."""
        return fact.metric if fact.metric and fact.origin != "prose" and "+" not in fact.metric else self.key

    def reason(self, fact: Fact) -> str:
        """Why a cell is unreadable, in the reader's words: the reader's note lists candidate
        readings, which would read as answers."""
        note = fact.note or ""
        for pattern, key in REASONS:
            match = re.search(pattern, note)
            if match:
                return self.lang.REASONS[key].format(*match.groups())
        return self.lang.REASONS["other"]

    def value_of(self, fact: Fact) -> str:
        if not fact.readable:
            return self.p["unreadable"]
        return self.figure(fact)

    def compose(self, result: Result, years: list[int], head: str | None = None) -> tuple[list[str], list[Computed], list[dict]]:
        """(lines, computed, table rows); `head` replaces the first line (an incomplete aggregate
        says why before what was read)."""
        # a figure read from the report's prose (its template lacks the cell) says so
        c = lambda f: f"[{self.cite(f)}]" + (self.lang.FROM_PROSE if f.origin == "prose" else "")  # noqa: E731
        scope = self.p["scope_year"].format(year=years[0]) if len(years) == 1 else self.p["scope_all"]
        writer = getattr(self, "_" + result.intent)
        lines, computed = writer(result, c, scope)
        if len(result.facts) == 1 and result.facts[0].origin == "prose":
            # the one figure read from the prose: its clause(s) as quoted (quotes.figure_clauses)
            quote = re.sub(r"\s*\n\s*", "", result.facts[0].source_text)
            lines[-1] += self.p["prose_quote"].format(quote=quote)
        if head is not None:
            lines[:1] = [head]
        lines += self._notes(result, c)
        table = self._table(result, c)
        return lines, computed, table

    # --- one writer per intent --------------------------------------------------------------

    def _lookup(self, r: Result, c, scope):
        lines = []
        for f in r.facts:
            key = "lookup_unreadable" if not f.readable else "lookup_blank" if f.value is None else "lookup"
            # an older report's row of the same meaning (不同意公开答复数 for 不予公开): named by its own label
            name = self._older_row(f.metric) if f.metric in _OLDER_ROWS else self.metric_name
            lines.append(self.p[key].format(who=self.name_of(f.body), year=f.year, metric=name,
                                            Metric=name[:1].upper() + name[1:],
                                            value=self.figure(f), cite=c(f),
                                            note=self.reason(f)))
        return lines, []

    def _older_row(self, key: str) -> str:
        """The older appendix's row by its own name, in the answer's language."""
        return cell_metric(key, Metric).name("en" if self.lang.__name__.endswith(".en") else "zh")

    def _list(self, r: Result, c, scope):
        return [self.p["list"].format(scope=scope, metric=self.metric_name, Metric=self._cap())], []

    def _cap(self) -> str:
        return self.metric_name[:1].upper() + self.metric_name[1:]

    def _most(self, r: Result, c, scope, key="most"):
        if not r.winners:
            return [self.p["none"].format(metric=self.metric_name)], []
        top = r.winners[0]
        if len(r.winners) > 1:
            who = self.lang.TIE_SEP.join(self.name_of(f.body) + c(f) for f in r.winners)
            lines = [self.p["tie_" + key].format(scope=scope, metric=self.metric_name, who=who,
                                                value=self.figure(top))]
        else:
            lines = [self.p[key].format(scope=scope, metric=self.metric_name, who=self._who(top),
                                        value=self.figure(top), cite=c(top))]
        if r.runner_up is not None:
            lines.append(self.p["runner_up"].format(who=self._who(r.runner_up),
                                                    value=self.figure(r.runner_up),
                                                    cite=c(r.runner_up)))
        lines.append(self.p["comparison"])
        return lines, []

    def _least(self, r: Result, c, scope):
        return self._most(r, c, scope, key="least")

    def _ranking(self, r: Result, c, scope):
        return [self.p["ranking"].format(scope=scope, metric=self.metric_name)], []

    def _total(self, r: Result, c, scope):
        if r.total is None:
            return [self.p["none"].format(metric=self.metric_name)], []
        unit = r.known[0].unit
        inputs = " + ".join(f"{self._who(f)} {self.figure(f)}{c(f)}" for f in r.known)
        text = self.p["total"].format(scope=scope, metric=self.metric_name, value=self.number(r.total, unit), inputs=inputs)
        return [text], [Computed("total", r.total, [self.cite(f) for f in r.known])]

    def _average(self, r: Result, c, scope):
        if r.average is None:
            return [self.p["none"].format(metric=self.metric_name)], []
        unit = r.known[0].unit
        inputs = "、".join(f"{self._who(f)} {self.figure(f)}{c(f)}" for f in r.known)
        text = self.p["average"].format(scope=scope, metric=self.metric_name, value=self.number(r.average, unit),
                                        n=len(r.known), inputs=inputs)
        inputs = [self.cite(f) for f in r.known]
        return [text], [Computed("average", r.average, inputs), Computed("reports", len(r.known), inputs)]

    def _difference(self, r: Result, c, scope):
        if r.pair is None:
            return self._lookup(r, c, scope)
        a, b = r.pair
        args = dict(a=self._who(a), b=self._who(b), metric=self.metric_name, acite=c(a), bcite=c(b),
                    av=self.figure(a), bv=self.figure(b))
        if r.difference == 0:
            return [self.p["same"].format(value=self.figure(a), **args)], []
        # the amount said before the statistic's own name: a count's noun would double it
        # ("8937 more administrative licences"), money keeps its unit
        amount = self.number(abs(r.difference), a.unit if a.unit in MONEY else None)
        key = ("change_rise" if r.difference > 0 else "change_fall") if r.changed else "difference"
        text = self.p[key].format(value=self.number(abs(r.difference), a.unit), amount=amount, who=self.name_of(a.body),
                                  ay=a.year, by=b.year, Metric=self._cap(),
                                  more_less=self.p["more" if r.difference > 0 else "less"], **args)
        computed = [Computed("difference", abs(r.difference), [self.cite(a), self.cite(b)])]
        lines = [text, *self._worded(a, b, args)]
        if not r.frame:
            return lines, computed
        # "下降了百分之几": the change as a percent of the base, in the frame asked
        if r.percent is not None:
            computed.append(Computed("percent change", abs(r.percent), [self.cite(a), self.cite(b)]))
        return [*lines, self._percent(r, args["bv"], args["bcite"])], computed

    def _worded(self, a: Fact, b: Fact, args: dict) -> list[str]:
        """Two prose figures of one measure each report words its own way: both wordings said."""
        if not (a.origin == b.origin == "prose" and a.label != b.label):
            return []
        key, who = ("worded_years", (a.year, b.year)) if a.body == b.body else ("worded", (args["a"], args["b"]))
        return [self.p[key].format(a=who[0], b=who[1], aw=a.label, bw=b.label)]

    def _percent(self, r: Result, base: str, cite: str) -> str:
        """The percent change said as the question frames it: a fall asked of a rise says so."""
        if r.percent is None:
            return self.p["percent_none"].format(base=base, bcite=cite)
        went = "fall" if r.percent < 0 else "rise"
        key = f"percent_{went}" if r.frame in ("change", went) else f"percent_not_{r.frame}"
        if r.pair[0].body != r.pair[1].body and r.frame in ("change", went):  # two bodies: more or less, no fall
            key = "percent_less" if went == "fall" else "percent_more"
        return self.p[key].format(value=show_number(abs(r.percent)), delta=show_number(abs(r.difference)),
                                  base=base, bcite=cite)

    def _trend(self, r: Result, c, scope):
        lines = [self.p["trend"].format(scope=scope, metric=self.metric_name, Metric=self._cap())]
        computed = []
        previous = None
        for year, value, facts in r.by_year:
            unit = facts[0].unit
            parts = "、".join(f"{self.name_of(f.body)} {self.value_of(f)}{c(f)}" for f in facts)
            one = self.figure(facts[0]) if len(facts) == 1 and facts[0].readable else self.number(value, unit)
            line = f"- {year}: {one}" + (f" ({parts})" if len(facts) > 1 else c(facts[0]))
            if len(facts) > 1 and value is not None:
                computed.append(Computed(f"{year} sum", value, [self.cite(f) for f in facts if f.value is not None]))
            if previous is not None and value is not None:
                delta = round(value - previous, 2)
                key = "change_up" if delta > 0 else "change_down" if delta < 0 else "change_same"
                line += self.lang.CLAUSE_SEP
                line += self.p[key].format(value=self.number(abs(delta), unit))
                if delta:
                    computed.append(Computed(f"{year} change", abs(delta), []))
            previous = value if value is not None else previous
            lines.append(line)
        return lines, computed

    # --- shared pieces ---------------------------------------------------------------------

    def _who(self, fact: Fact) -> str:
        if self.one_year:
            return self.name_of(fact.body)
        return self.lang.with_year(self.name_of(fact.body), fact.year)

    def _notes(self, r: Result, c) -> list[str]:
        lines = []
        if r.blanks and r.intent not in ("lookup",):
            items = "、".join(f"{self.name_of(f.body)} {f.year}{c(f)}" for f in r.blanks)
            lines.append(self.p["not_reported"].format(items=items))
        if r.unreadable and r.intent not in ("lookup",):
            items = "、".join(f"{self.name_of(f.body)} {f.year}{c(f)}" for f in r.unreadable)
            lines.append(self.p["unreadable_note"].format(items=items))
        for f in r.facts:
            if f.check_failed:
                lines.append(self.p["check_failed"].format(item=c(f), check=f.check_failed))
        return lines

    def _table(self, r: Result, c) -> list[dict]:
        if r.intent in ("lookup",) and len(r.facts) <= 1:
            return []
        p = self.p
        winners = {id(f) for f in r.winners}
        return [{p["col_body"]: self.name_of(f.body), p["col_year"]: f.year,
                 p["col_value"]: self.value_of(f), "cite": c(f), "highlight": id(f) in winners}
                for f in r.facts]


# The reader's notes on unreadable cells (index/reader.py) and which reason they give.
REASONS = ((r"^(.*) can be read as ", "glued"), (r"^too many ways to read (.*) as \d+ cells", "glued"),
           (r"^no values printed", "none"), (r"for \d+ cells: which cells are blank", "fewer"))


def table_markdown(rows: list[dict]) -> str:
    """The comparison as a Markdown table (the 'highlight' row in bold)."""
    if not rows:
        return ""
    columns = [k for k in rows[0] if k not in ("cite", "highlight")]
    out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = [str(row[k]) for k in columns]
        cells[-1] = f"{cells[-1]} {row['cite']}"
        if row.get("highlight"):
            cells = [f"**{x}**" for x in cells]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)
