"""Exact answers over fact records: lookups and aggregates, each number with its fact.

Selection picks one fact per (body, year) for a metric (the first of the metric's keys that the
report's template has); the aggregate functions return a `Result` that the composer turns into
text. Blank values are carried as None and never counted as zero.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from index.lexicon.questions import WHOLE
from index.lexicon.rates import ANSWERED_OLD, OUTSIDE_OUTCOMES, REPLY_KINDS_OLD
from index.lexicon.units import AMOUNT_UNIT
from index.models import Fact, Number


@dataclass
class Result:
    """What an aggregate found. `facts` are cited in order; `computed` holds derived numbers."""

    intent: str
    facts: list[Fact]  # every fact used, in citation order
    winners: list[Fact] = field(default_factory=list)  # most/least (ties: several)
    runner_up: Fact | None = None
    total: Number | None = None
    average: float | None = None
    difference: Number | None = None
    pair: tuple[Fact, Fact] | None = None
    # "下降了百分之几" / "in percent": the difference as a percent of the pair's second (the base);
    # `frame` is the direction the question asks it in (fall | rise | change)
    percent: Number | None = None
    frame: str = ""
    # a change of one body between two years asked with a verb ("变化了多少"): said with one
    changed: bool = False
    by_year: list[tuple[int, Number | None, list[Fact]]] = field(default_factory=list)
    blanks: list[Fact] = field(default_factory=list)  # facts whose cell is blank
    unreadable: list[Fact] = field(default_factory=list)  # cells that exist but could not be read

    def __post_init__(self) -> None:
        # A blank cell is "not reported"; an unreadable one is not known: they are told apart.
        self.unreadable = [f for f in self.facts if not f.readable]
        self.blanks = [f for f in self.blanks if f.readable]

    @property
    def known(self) -> list[Fact]:
        return [f for f in self.facts if f.value is not None]

    def as_change(self, verb: bool) -> Result:
        """The difference said as a change ("减少了173条") when asked with a verb of change
        (`verb`) and its pair is one body's two years, the later first."""
        a, b = self.pair or (None, None)
        self.changed = bool(verb and a and b and a.body == b.body and a.year > b.year)
        return self

    def in_percent(self, frame: str, decimals: int | None) -> Result:
        """A difference asked in percent (`frame`: fall | rise | change; "": not asked): the
        difference as a percent of the pair's second figure (the base year's), rounded to the
        decimals asked (one by default); none when the base is 0 (no percent of nothing)."""
        self.frame = frame
        if frame and self.pair is not None and self.difference is not None and self.pair[1].value:
            self.percent = rounded(self.difference / self.pair[1].value * 100, 1 if decimals is None else decimals)
        return self


def select(facts: Iterable[Fact], keys: list[str] | tuple[str, ...], prefix: bool = False) -> list[Fact]:
    """One fact per (body, year) for a metric.

    `keys` are the metric's canonical keys across templates: a report has one of them, or
    several whose values add up (行政诉讼 = two totals), giving a combined fact. With
    `prefix`, keys name a row and the report's column is chosen: an amount (万元) if the
    template has one, else the row's first column.
    """
    by_report: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    for fact in facts:
        if prefix and any(fact.metric.startswith(k + ".") for k in keys) or fact.metric in keys:
            by_report[(fact.body, fact.year)].append(fact)
    chosen = []
    for cells in by_report.values():
        if prefix:
            chosen.append(next((f for f in cells if f.unit == AMOUNT_UNIT), cells[0]))
        else:
            chosen.append(cells[0] if len(cells) == 1 else combine(cells))
    return sorted(chosen, key=lambda f: (f.year, f.body))


def combine(cells: list[Fact]) -> Fact:
    """A fact whose value is the sum of cells of one report (blank if any cell is blank)."""
    first = cells[0]
    values = [f.value for f in cells]
    total = None if any(v is None for v in values) else _clean(sum(values))
    # a part that could not be read leaves the sum unknown, whatever the first part's status
    status = next((f.status for f in cells if not f.readable), first.status)
    return Fact(**{**first.to_dict(), "value": total, "metric": "+".join(f.metric for f in cells), "status": status,
                   "column": " + ".join(f"{f.row} {f.column}" for f in cells),
                   "source_text": "\n".join(dict.fromkeys(f.source_text for f in cells)),
                   "check_failed": next((f.check_failed for f in cells if f.check_failed), None)})


def _by_value(facts: list[Fact], reverse: bool) -> list[Fact]:
    known = [f for f in facts if f.value is not None]
    return sorted(known, key=lambda f: (f.value, f.body), reverse=reverse)


def lookup(facts: list[Fact]) -> Result:
    return Result("lookup", facts, blanks=[f for f in facts if f.value is None])


def listing(facts: list[Fact]) -> Result:
    return Result("list", facts, blanks=[f for f in facts if f.value is None])


def extreme(facts: list[Fact], most: bool) -> Result:
    ordered = _by_value(facts, reverse=most)
    result = Result("most" if most else "least", ordered + [f for f in facts if f.value is None],
                    blanks=[f for f in facts if f.value is None])
    if ordered:
        top = ordered[0].value
        result.winners = [f for f in ordered if f.value == top]
        rest = [f for f in ordered if f.value != top]
        result.runner_up = rest[0] if rest else None
    return result


def ranking(facts: list[Fact]) -> Result:
    ordered = _by_value(facts, reverse=True)
    return Result("ranking", ordered + [f for f in facts if f.value is None],
                  blanks=[f for f in facts if f.value is None])


def total(facts: list[Fact]) -> Result:
    result = Result("total", facts, blanks=[f for f in facts if f.value is None])
    if result.known:
        result.total = _clean(sum(f.value for f in result.known))
    return result


def average(facts: list[Fact]) -> Result:
    result = Result("average", facts, blanks=[f for f in facts if f.value is None])
    if result.known:
        result.average = round(sum(f.value for f in result.known) / len(result.known), 2)
    return result


def difference(facts: list[Fact]) -> Result:
    """Two facts: first minus second; more than two: the highest minus the lowest."""
    known = [f for f in facts if f.value is not None]
    result = Result("difference", facts, blanks=[f for f in facts if f.value is None])
    if len(known) >= 2:
        a, b = (known[0], known[1]) if len(known) == 2 else (_by_value(known, True)[0], _by_value(known, False)[0])
        result.pair = (a, b)
        result.difference = _clean(a.value - b.value)
        result.facts = [a, b] + [f for f in facts if f is not a and f is not b]
    return result


def trend(facts: list[Fact]) -> Result:
    """Values per year, summed over bodies when several report in a year."""
    per_year: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        per_year[fact.year].append(fact)
    result = Result("trend", sorted(facts, key=lambda f: (f.year, f.body)),
                    blanks=[f for f in facts if f.value is None])
    for year in sorted(per_year):
        known = [f for f in per_year[year] if f.value is not None]
        unsure = any(not f.readable for f in per_year[year])  # a sum without it would be wrong
        value = _clean(sum(f.value for f in known)) if known and not unsure else None
        result.by_year.append((year, value, per_year[year]))
    return result


def _clean(value: float) -> Number:
    """Sums of whole numbers stay whole; money keeps two decimals."""
    rounded = round(value, 2)
    return int(rounded) if float(rounded).is_integer() else rounded


AGGREGATES: dict[str, Callable[[list[Fact]], Result]] = {
    "lookup": lookup,
    "list": listing,
    "most": lambda facts: extreme(facts, most=True),
    "least": lambda facts: extreme(facts, most=False),
    "ranking": ranking,
    "total": total,
    "average": average,
    "difference": difference,
    "trend": trend,
}


# --- numbers computed from two cells ---------------------------------------------------------------

def whole_keys(key: str) -> list[str]:
    """The cells that hold the whole a cell is part of, nearest first: its row's total column
    ("本年新收.自然人" -> "本年新收.总计"; "行政复议.结果纠正" -> "行政复议.总计"), then its table's
    total row ("予以公开.总计" -> "总计.总计")."""
    parts = key.split(".")
    kind = next((k for k in REPLY_KINDS_OLD if key == k or key.startswith(k + ".")), None)
    if kind is not None:  # a kind of reply of the old appendix: of all the replies, in its own column
        return [whole + key[len(kind):] for whole in ANSWERED_OLD]
    out = []
    if len(parts) >= 2 and parts[-1] != WHOLE:
        out.append(".".join(parts[:-1] + [WHOLE]))
    if len(parts) >= 3 and parts[1] not in OUTSIDE_OUTCOMES:  # 三（七）总计 totals the outcomes only
        out.append(".".join([parts[0], WHOLE, parts[-1]]))
    return [k for k in dict.fromkeys(out) if k != key]


def ratio(numerator: Number | None, denominator: Number | None, share: bool,
          decimals: int | None = None) -> Number | None:
    """numerator / denominator: a share in percent to one decimal, a multiple to two, or to the
    `decimals` the question asks ("保留一位小数", "取整"); None when either is blank or the
    denominator is zero."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    value = numerator / denominator * (100 if share else 1)
    return rounded(value, (1 if share else 2) if decimals is None else decimals)


def rounded(value: float, decimals: int) -> Number:
    """Half up, as people round by hand (32.85 -> 32.9, not banker's 32.8); 0 decimals: whole."""
    exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return int(exact) if decimals == 0 else float(exact)


#: Sums of whole numbers stay whole; money keeps two decimals.
clean = _clean
