"""Settling a table's values: each row's printed tokens are cut into readings (`splits`), and
the template's checks, bounds and the report's own prose keep the readings they allow, until
nothing changes. Split from index/reader.py (which finds the rows); nothing here finds text.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from .models import Number
from .splits import Token, readings
from .templates import Check, Template
from .textview import TextView, squeeze

if TYPE_CHECKING:
    from .reader import Hit


def printed(hit: Hit) -> str:
    return " ".join(t.text or "（空）" for t in hit.tokens)


def settle(hits: list[Hit], template: Template, prose: list[str] | None = None) -> None:
    """Cut every row's tokens into readings, then keep the readings that the template's checks
    allow (iterating, as one row's settled values let another's be tested)."""
    for hit in hits:
        n = len(hit.columns)
        # A lone run of digits ("000", "210000021") is glued cells; numbers the form separated
        # (by whitespace or as grid cells) are one cell each unless the count forces a cut.
        separated = len(hit.tokens) > 1 or any(not t.splittable for t in hit.tokens)
        first = [t if len(hit.tokens) == 1 and t.splittable else Token(t.text, t.blank, False, t.unit)
                 for t in hit.tokens]
        hit.readings = readings(first, n) if hit.tokens else []
        if hit.readings == [] and separated:
            glued = [Token(t.text, t.blank, not t.blank, t.unit) for t in hit.tokens]
            hit.readings = readings(glued, n)
            hit.needs_check = bool(hit.readings)
    cells: dict[str, tuple[Hit, int]] = {}
    for hit in hits:
        for k, column in enumerate(hit.columns):
            cells.setdefault(hit.metric(column), (hit, k))
    checks = list(template.checks) + _bounds(hits)
    while True:
        _propagate(hits, checks, cells)
        if not prose or not any(_settle_by_prose(h, prose) for h in hits if h.readings and len(h.readings) > 1):
            break
    for hit in hits:
        if hit.needs_check and not _confirmed(hit, checks, cells):
            hit.readings = []  # a cut no check confirms is a guess: the row stays unread
        elif hit.needs_check:
            hit.note = "numbers printed without separators read by the table's checks"
        _refute_shifted(hit, template.checks, cells)


def _refute_shifted(hit: Hit, checks, cells) -> None:
    """Text lost the grid: a row whose values were put together from several lines (one cell per
    line, values found away from the label) and do not add up to its own total (三's 总计
    column, 四's 总计 of each group) may hold cells of another row or column. It is not read as
    printed (a row printed on one line, or a grid's row, is: its failure is the publisher's)."""
    if not hit.assembled or not hit.readings or len(hit.readings) != 1:
        return
    mine = {hit.metric(c) for c in hit.columns}
    for check in checks:
        if check.reported and set(check.metrics) <= mine and _testable(check, cells, hit) \
                and not _holds(check, cells, {id(hit): hit.readings[0]}):
            hit.refuted = f"{printed(hit)} does not add up ({check.name}): the cells may have shifted"
            hit.readings = []
            return


def _confirmed(hit: Hit, checks: list[Check], cells) -> bool:
    """Is there a check on this row that can be tested with its (single) reading and holds?"""
    if not hit.readings or len(hit.readings) != 1:
        return False
    mine = {hit.metric(c) for c in hit.columns}
    for check in checks:
        if not mine & set(check.metrics) or not check.reported:
            continue
        if _testable(check, cells, hit) and _holds(check, cells, {id(hit): hit.readings[0]}):
            return True
    return False


def _testable(check: Check, cells, hit: Hit) -> bool:
    values = [_value(cells, m, {id(hit): hit.readings[0]}) for m in check.metrics if m in cells]
    complete = check.partial or all(m in cells for m in check.metrics)
    return complete and bool(values) and all(v != "?" and v is not None for v in values)


def _propagate(hits: list[Hit], checks: list[Check], cells) -> None:
    """Drop readings that a check refutes, until nothing changes. A check is tested on every
    combination of the readings of the rows it involves that are still open (up to a few)."""
    changed = True
    while changed:
        changed = False
        for check in checks:
            involved = {id(cells[m][0]): cells[m][0] for m in check.metrics if m in cells}
            open_hits = [h for h in involved.values() if h.readings and len(h.readings) > 1]
            if not open_hits or len(open_hits) > 3:
                continue
            combos = 1
            for h in open_hits:
                combos *= len(h.readings)
            if combos > 20000:
                continue
            survivors: list[set[int]] = [set() for _ in open_hits]
            for choice in itertools.product(*(range(len(h.readings)) for h in open_hits)):
                fixed = {id(h): h.readings[c] for h, c in zip(open_hits, choice, strict=True)}
                if _holds(check, cells, fixed):
                    for slot, c in enumerate(choice):
                        survivors[slot].add(c)
            if not any(survivors):
                continue  # the check refutes every reading: it says nothing about which is right
            for h, keep in zip(open_hits, survivors, strict=True):
                if keep and len(keep) < len(h.readings):
                    h.readings = [r for i, r in enumerate(h.readings) if i in keep]
                    changed = True


_PROSE_NUMBER = re.compile(r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)")


def _settle_by_prose(hit: Hit, prose: list[str]) -> bool:
    """The report's own text often states a table's figures ("2015年主动公开政府信息2949条",
    "制发行政规范性文件9件，…废止文件7件，现行有效…共253件"). A reading that the prose confirms
    for every column it names, when no other reading is confirmed, is the reading."""
    stems = hit.row.stems or (squeeze(hit.printed),)
    sentences = [s for s in prose if any(stem in s for stem in stems)]
    if not sentences:
        return False
    said: list[set[float]] = []
    for column in hit.columns:
        words = column.prose if column.key else stems
        found: set[float] = set()
        for sentence in sentences:
            for word in words:
                for at in [m.end() for m in re.finditer(re.escape(word), sentence)]:
                    number = _PROSE_NUMBER.search(sentence, at, at + 14)
                    if number and not re.search(r"\d", sentence[at:number.start()]):
                        tail = sentence[number.end():number.end() + 1]
                        if tail not in ("年", "月", "日", ".", "、", "．", "%"):
                            found.add(float(number.group(1).replace(",", "")))
        said.append(found)
    if not any(said):
        return False
    confirmed = [r for r in hit.readings
                 if all(not found or (r[k] is not None and float(r[k]) in found) for k, found in enumerate(said))]
    if len(confirmed) == 1:
        hit.readings = confirmed
        hit.note = "glued digits read with the figures the report's text states"
        return True
    return False


def prose_sentences(view: TextView, regions) -> list[str]:
    """Sentences of the report outside its tables."""
    chars = list(view.squeezed)
    for region in regions:
        a, b = view.sq_of_norm(region.start), view.sq_of_norm(region.end)
        for k in range(a, min(b, len(chars))):
            chars[k] = "。"
    return [s for s in re.split(r"[。；;！？!?]", "".join(chars)) if len(s) > 3]


def _value(cells, metric: str, fixed: dict[int, tuple]) -> Number | None | str:
    """A cell's value: from `fixed` readings of open rows, else from its settled row; "?" when
    its row is neither."""
    owner, k = cells[metric]
    if id(owner) in fixed:
        return fixed[id(owner)][k]
    if not owner.readings or len(owner.readings) != 1:
        return "?"
    return owner.readings[0][k]


def _holds(check: Check, cells, fixed: dict[int, tuple]) -> bool:
    """Does the check hold (or is it untestable) with these readings?"""
    sides = []
    for side in (check.left, check.right):
        values = []
        for metric in side:
            if metric not in cells:
                if check.partial:
                    continue
                return True
            v = _value(cells, metric, fixed)
            if v == "?":
                return True
            if v is None:
                if check.partial and side is check.left:
                    continue
                return True
            values.append(v)
        if not values:
            return True
        sides.append(sum(values))
    left, right = sides
    return abs(left - right) < 1e-6 if check.op == "=" else left <= right + 1e-6


def _bounds(hits: list[Hit]) -> list[Check]:
    """Bounds of the old appendix: a cumulative column is not below the year's; an 其中 row is
    not above the row it is part of. Used to read glued digits, never reported."""
    out = []
    keys = {h.row.key for h in hits}
    for hit in hits:
        main = [c for c in hit.columns if not c.optional]
        for column in hit.columns:
            if column.optional and main:
                out.append(Check(f"bound {hit.row.key}", (hit.metric(main[0]),), (hit.metric(column),), "<=", False))
        parent = hit.row.part_of
        if parent and parent in keys:
            for column in hit.columns:
                out.append(Check(f"bound {hit.row.key} <= {parent}", (hit.metric(column),),
                                 (hit.table.metric(parent, column),), "<=", False))
    return out
