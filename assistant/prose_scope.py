"""A figure's scope: the year's own, or a running total since the start.

"截至2020年12月31日我局共计发布微博3759条，2020年度截至12月31日共发布微博1968条" states the same
thing twice: the running total (3759) and the year's own (1968). A question about the year
("2020年全年发了多少条微博", "how many … in 2020") takes the year's clause; one about the stock
("累计发了多少条", "as of the end of 2020, in total") the running total; when the question says
neither, both are given, each named by its own clause.

    scope_of(sentence, start)   # "year" | "running" | None: what the figure's clause says
    asked_scope(question)       # "year" | "stock" | None: what the question asks
    by_scope(sentence, spans, best, question, close)   # the span the question's scope takes
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from index.lexicon.prose import (
    CLAUSE_PUNCTUATION,
    RUNNING_SAID,
    STOCK_ASKED,
    YEAR_ASKED,
    YEAR_FLOW,
    YEAR_SCOPE_SAID,
)

_CLAUSE_BREAK = re.compile(CLAUSE_PUNCTUATION)
_YEAR_SAID = re.compile(YEAR_SCOPE_SAID)
_RUNNING_SAID = re.compile(RUNNING_SAID)
_STOCK = re.compile(STOCK_ASKED, re.I)
_YEAR = re.compile(YEAR_ASKED, re.I)
_FLOW = re.compile(YEAR_FLOW, re.I)
#: Marks a date inside a clause may carry ("截至2020年12月31日"): no clause break.
_DATE_COLON = re.compile(r"\d\s*[:：]\s*\d")


class Spanned(Protocol):
    start: int
    end: int
    tie: float
    also: Spanned | None


def scope_of(sentence: str, start: int) -> str | None:
    """What the words before a figure in its clause say of it: "year" (年度, 全年, 当年…: the
    year's own, even up to a date), "running" (截至, 累计, 历年…: since the start), or None."""
    left = max((b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, start)
                if not _DATE_COLON.match(sentence, b.start() - 1)), default=0)
    before = re.sub(r"\s", "", sentence[left:start])
    if _YEAR_SAID.search(before):
        return "year"
    return "running" if _RUNNING_SAID.search(before) else None


def asked_scope(question: str) -> str | None:
    """"stock" when the question asks the running total, "year" when it asks the year's own
    figure, None when it says neither."""
    text = re.sub(r"\s+", " ", question)
    if _STOCK.search(text) and not _YEAR.search(text):
        return "stock"
    if _YEAR.search(text) or _FLOW.search(text):
        return "year"
    return None


def by_scope(sentence: str, spans: Sequence[Spanned], best: Spanned, question: str, close: float) -> Spanned:
    """The span answering by scope: when spans as closely tied as the best (within `close`) are
    of both scopes, the one the question asks (the year's own or the running total); when it
    says neither, the year's own with the running total as its `also`. Else `best`."""
    rivals = [s for s in spans if s.tie >= best.tie - close and s.tie > 0]
    year = [s for s in rivals if scope_of(sentence, s.start) != "running"]
    running = [s for s in rivals if scope_of(sentence, s.start) == "running"]
    if not year or not running:
        return best
    mine = lambda group: best if best in group else max(group, key=lambda s: (s.tie, -s.start))  # noqa: E731
    wanted = asked_scope(question)
    if wanted == "stock":
        return mine(running)
    chosen = mine(year)
    if wanted is None:
        chosen.also = mine(running)  # both, each named by its own clause
    return chosen
