"""Say a count in the measure word the question asks it in, when that word counts the same
things as the cell's unit ("政府集中采购了几笔" -> "2笔（表中计作2项）"): the person's word first,
the table's unit beside it, so the figure is still found as the report prints it. Pairs that
count different things (条 and 件, people and cases) are never rewritten
(index/lexicon/units.py SAID_COUNT_FAMILIES)."""

from __future__ import annotations

import re

from index.lexicon.units import ASKED_IN_MEASURE, GENERIC_MEASURE, SAID_COUNT_FAMILIES
from index.models import show_number

from ..answer import Answer
from .changes import ChangeWriter

_FAMILY = {m: family for family in SAID_COUNT_FAMILIES for m in family}
_ASKED = re.compile(ASKED_IN_MEASURE.format(measures="|".join(sorted(_FAMILY, key=len, reverse=True))))
_QUOTED = re.compile(r"(“[^”]*”)")
#: The cell's count beside the person's measure.
AS_COUNTED = {"zh": "（表中计作{printed}）"}


def asked_measure(question: str) -> str | None:
    """The one count measure the question asks in ("几笔" -> 笔); None when none or several."""
    found = {m.group(1) for m in _ASKED.finditer(question)}
    return found.pop() if len(found) == 1 else None


class MeasureWriter(ChangeWriter):
    """The writer, saying a cell's count in the question's own measure word when they agree."""

    def answer(self, finding, question: str) -> Answer:
        answer = super().answer(finding, question)
        asked = asked_measure(question) if self.language in AS_COUNTED else None
        if asked is None or asked == GENERIC_MEASURE or answer.route != "facts":
            return answer
        if any(f.unit == asked for f in answer.facts):  # the measure asked is a figure's own: the others
            return answer                                # answer other asks ("多少件，…项目数增加了多少")
        said = {(show_number(f.value), f.unit) for f in answer.facts if f.value is not None and f.unit
                and f.unit != asked and asked in _FAMILY.get(f.unit, ())}
        for value, unit in sorted(said, key=lambda p: -len(p[0])):
            printed = value + unit
            figure = re.compile(rf"(?<![\d.]){re.escape(printed)}(?!（)")
            said_as = value + asked + AS_COUNTED[self.language].format(printed=printed)
            # a sentence quoted from the report stays as printed
            answer.text = "".join(part if _QUOTED.fullmatch(part) else figure.sub(said_as, part)
                                  for part in _QUOTED.split(answer.text))
        return answer
