"""A table cell that prints its own unit or measure word ("2笔", "984361元", "0.2074亿元").

The template says what each cell counts in (采购总金额 in 万元, 采购项目数量 in 项). A cell's
printed unit is evidence about its value, so it is never dropped:

- the same kind as the template's (a measure word on a count: 笔, 件, 宗 … under 项; or the
  template's own money unit): the value is read as printed;
- another money unit (元, 千元, 亿元 under 万元; or the table's header declares one: "（单位：元）"
  for cells that print none): the value is converted exactly to the template's
  unit, and the cell as printed is kept beside it (`Fact.printed`), so an answer can say
  "98.4361万元（984361元）" and its quote stays verbatim;
- another kind (a count printed with 元, an amount printed with 件, a share with %): the cell is
  unreadable with that reason, never a number in the wrong unit.

Pure: tokens and readings in (index/splits.py), verdicts out; index/reader.py applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .lexicon.units import YUAN
from .models import Number, show_number
from .splits import Token, cuts, to_number
from .textview import squeeze

#: What a unit measures: money converts within its kind, a count's measure words are all counts.
MONEY, SHARE, COUNT = "money", "share", "count"


def kind(unit: str) -> str:
    return MONEY if unit in YUAN else SHARE if unit == "%" else COUNT


@dataclass(frozen=True)
class CellUnit:
    """What a cell's printed unit does to its value."""

    value: Number | None
    status: str = "ok"  # ok | unreadable
    note: str = ""
    printed: str = ""  # the cell as printed, when its value was converted ("984361元")
    unit: str | None = None  # the unit the value is stored in, when the printed unit decided it


_DECLARED = re.compile(r"单位\s*[：:]\s*(" + "|".join(sorted(YUAN, key=len, reverse=True)) + ")")


def declared_money(header: str) -> str | None:
    """The money unit a table's header declares for its amounts ("本年收费金额（单位：元）"): the
    printed unit of every amount cell that prints none of its own."""
    match = _DECLARED.search(squeeze(header)) if header else None
    return match.group(1) if match else None


def token_units(tokens: list[Token], reading: tuple[Number | None, ...]) -> list[str | None] | None:
    """The unit printed with each cell of one reading: a token's unit belongs to the last number
    cut from it ("92074万元" read as 9 | 2074: 2074 is in 万元). None when the reading can be
    cut from the tokens in ways that put a unit on different cells."""
    found: set[tuple[str | None, ...]] = set()

    def walk(i: int, at: int, acc: list[str | None]) -> None:
        if len(found) > 1:
            return
        if i == len(tokens):
            if at == len(reading):
                found.add(tuple(acc))
            return
        tok = tokens[i]
        if tok.blank:
            if at < len(reading) and reading[at] is None:
                walk(i + 1, at + 1, acc + [None])
            return
        for k in range(1, len(reading) - at + 1):
            for pieces in cuts(tok.text, k):
                if [to_number(p) for p in pieces] == list(reading[at:at + k]):
                    walk(i + 1, at + k, acc + [None] * (k - 1) + [tok.unit])

    walk(0, 0, [])
    return next(iter(found)) if len(found) == 1 else None


def settle_unit(value: Number, printed_unit: str | None, unit: str | None) -> CellUnit:
    """A read value with the unit printed beside it, against the template's `unit` for the cell."""
    if not printed_unit or not unit or printed_unit == unit:
        return CellUnit(value)
    shown = show_number(value) + printed_unit
    if kind(printed_unit) != kind(unit):
        what = {MONEY: "an amount's unit", SHARE: "a percentage", COUNT: "a count's measure word"}[kind(printed_unit)]
        return CellUnit(None, "unreadable", f"printed as {shown}: {what} in a cell counted in {unit}, "
                                            "so which figure is meant is not known")
    if kind(unit) != MONEY:
        return CellUnit(value)  # 2笔 under 项: a count is a count whatever its measure word
    converted = Decimal(str(value)) * YUAN[printed_unit] / YUAN[unit]
    exact: Number = int(converted) if converted == converted.to_integral_value() else float(converted)
    return CellUnit(exact, note=f"printed as {shown}; stored in {unit}: {show_number(exact)}{unit} = {shown}",
                    printed=shown, unit=unit)
