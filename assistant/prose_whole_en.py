"""Of an English question's clauses, the whole over a part the question does not name.

"how many tax approval items were accepted" of the 2013 tax bureau's report: "今年我局共受理审批事项
117件" and "受理审批个人出售自有住房减免税共计7件" both say 受理 and 审批; the second qualifies them
with words the question never says (个人出售自有住房减免), so it counts a part. When a clause of the
same report says every asked word the part says (the words of the body's own name said by all of
its clauses: 税 of 地方税务局) and qualifies nothing beyond the question's words, the year, the
publisher and the links, it is the whole, and it answers; a part answers when the question names
its qualifier, as the words asked then are the part's alone.
"""

from __future__ import annotations

import re

from index.lexicon.prose import NAMELESS_WORDS, OWN_BODY_WORDS, YEAR_OR_DATE_IN_CLAUSE, YEAR_WORDS

_SAYS_NOTHING = re.compile(rf"{YEAR_OR_DATE_IN_CLAUSE}|{'|'.join(YEAR_WORDS)}|{OWN_BODY_WORDS}|{NAMELESS_WORDS}"
                           r"|\d+|[^\u4e00-\u9fff]")
#: Characters left beside the question's words that make a clause's figure a part.
MIN_QUALIFIER = 2


def qualifiers(clause: str, figure: str, said: list[tuple[str, ...]]) -> str:
    """What a clause says of its figure beyond the question's words and the words naming nothing,
    before the figure and after it: Chinese often says the thing counted after its figure
    ("发布了40期安全生产信息简报": 安全生产信息 qualifies the briefings)."""
    around = " ".join(clause.split(figure, 1))
    for group in said:
        for zh in sorted(group, key=len, reverse=True):
            around = around.replace(zh, " ")
    return _SAYS_NOTHING.sub("", around)


def _said(text: str, said: list[tuple[str, ...]], by_all: set[int]) -> set[int]:
    return {i for i, group in enumerate(said) if i in by_all or any(zh in text for zh in group)}


def wholes_first(found: list, said: list[tuple[str, ...]]) -> list:
    """The candidates (best first) with the best dropped, while it is a part that a whole clause of
    its report covers: the whole then comes first."""
    while len(found) >= 2:
        best = found[0]
        extra = qualifiers(best.clause, best.span.text, said)
        if len(extra) < MIN_QUALIFIER:
            return found
        body = best.report.body or ""
        by_all = {i for i, group in enumerate(said) if any(zh in body for zh in group)}
        wanted = _said(best.clause, said, by_all)
        whole = next((c for c in found[1:] if c.report.report == best.report.report
                      and wanted <= _said(c.clause, said, by_all) and len(_said(c.clause, said, set())) >= 2
                      and len(qualifiers(c.clause, c.span.text, said)) < MIN_QUALIFIER), None)
        if whole is None:
            return found
        found = [whole, *(c for c in found if c is not whole and c is not best)]
    return found
