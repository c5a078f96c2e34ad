"""A whole asked whose own clause gives no figure of it, only its parts ("共梳理出权力清单事项2917项、
公共服务清单事项240项" asked "一共梳理了多少项"): a part is never the whole's answer. The parts stand
after the clause's whole word (共, 合计) with no figure between; the question asks the whole unless
it names exactly one part by the words only that part's item says."""

from __future__ import annotations

import re

from index.lexicon.questions import EACH_PART_ASKED, WHOLE_ASKED, WHOLE_SAID
from index.lexicon.units import MEASURES

_ASKED = re.compile(WHOLE_ASKED)
_SAID = re.compile(WHOLE_SAID)
_EACH = re.compile(EACH_PART_ASKED)
_FIGURE = re.compile(rf"\d+(?:\.\d+)?\s*(?:{MEASURES})")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
#: How many characters before a part's figure name it ("权力清单事项2917项").
NAME_CHARS = 6
#: How many characters after the whole word are its verb's ("共受理咨询件…": 受理).
VERB_CHARS = 3


def _pairs(text: str) -> set[str]:
    return {run[i:i + 2] for run in _CJK.findall(text) for i in range(len(run) - 1)}


def part_for_whole(question: str, clause: str) -> bool:
    """Would a figure of `clause` answer a whole the question asks with one of its parts?"""
    if not _CJK.search(question) or not _ASKED.search(question.lower()) or _EACH.search(question.lower()):
        return False
    figures = list(_FIGURE.finditer(clause))
    said = _SAID.search(clause)
    if len(figures) < 2 or said is None or said.end() > figures[0].start() or "、" not in clause:
        return False
    starts = [said.end(), *(f.end() for f in figures[:-1])]
    # each part's own name: the words right before its figure (the first part's lead is the whole's verb)
    names = [_pairs(clause[max(a, f.start() - NAME_CHARS):f.start()]) for a, f in zip(starts, figures, strict=True)]
    verb = _pairs(clause[said.end():said.end() + VERB_CHARS])  # "共受理…": the whole's verb names no part
    names = [n - verb for n in names]
    asked = _pairs(question)
    own = [n - set().union(*(m for j, m in enumerate(names) if j != i)) for i, n in enumerate(names)]
    return sum(bool(o & asked) for o in own) != 1
