"""Named rows of one report's table against a named total, asked of the rows themselves whether
or not the template stores a check of them: "网站公开数加上政府公报公开数，等不等于主动公开信息总数？"
is 418 + 7 = 425 against the table's 425; "未经复议直接起诉和复议后起诉两项加起来，跟正文说的行政诉讼总
数一致吗？" is the two groups' 总计 added against the figure the prose states ("行政诉讼9起").

The question says its parts joined (加上, 和, 、, plus, and) before a sum word (加起来, 之和) or with
加 itself, then the equality (等于, 一致, equal, add up to) and the total; each part and the total are
read as a statistic (the question's words parsed alone) and found in the one report asked. A total
the question says is the text's (正文说的, the text) is read from the prose: the statistic's words
right before a figure in its measure. Every input is cited; the verdict is the sum against the total.
"""

from __future__ import annotations

import re

from index.lexicon import named_rows as words
from index.lexicon.units import MEASURES
from index.models import Fact, ReportRecord

from .findings import RowsTotal
from .prose_statements import prose_fact
from .scope import Scope
from .understanding import Query, parse

_EQUAL = re.compile(words.EQUAL, re.I)
_SUMMED = re.compile(words.SUMMED, re.I)
_PLUS = re.compile(words.PLUS, re.I)
_JOINERS = re.compile(words.JOINERS, re.I)
_FILLERS = re.compile(words.TOTAL_FILLERS)
_IN_PROSE = re.compile(words.IN_PROSE, re.I)
_STEM_FILLERS = re.compile(words.PROSE_STEM_FILLERS)
_CLAUSE = re.compile(r"[，,。；;：:？?]")
_MEASURE = rf"(?:{MEASURES}|{words.CASE_MEASURES})"  # a count's measure word (起 and 宗 of lawsuits too)
#: The most characters between the statistic's words and its figure in the prose ("行政诉讼 46 件").
PROSE_GAP = 6
#: The fewest characters of the statistic's words looked for in the prose.
MIN_STEM = 2
_ASK = words.ASK_ALONE


def asked(q: Query) -> tuple[list[str], str] | None:
    """The parts and the total as the question says them; None when it asks no such check."""
    text = q.normalized
    for m in sorted(q.mentions, key=lambda m: -m.start):  # a body's name or a year names no part
        if m.kind not in ("metric", "cell"):
            text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    equal = list(_EQUAL.finditer(text))
    if not equal:
        return None
    eq = equal[-1]
    summed = [m for m in _SUMMED.finditer(text, 0, eq.start())]
    if summed:
        parts, total = text[:summed[-1].start()], text[summed[-1].end():eq.start()]
    else:  # "A加上B，跟…C对得上吗": the clause that adds, then the total before the equality or after it
        plus = list(_PLUS.finditer(text, 0, eq.start()))
        if not plus:
            return None
        end = next((c.start() for c in _CLAUSE.finditer(text, plus[-1].end(), eq.start())), eq.start())
        parts, total = text[:end], text[end:eq.start()]
    if not _FILLERS.sub("", total).strip():
        total = text[eq.end():]
    total = _FILLERS.sub("", total).strip()
    if _PLUS.search(total):  # "A加B合计多少？跟C加D相不相等": an equation of two sums, the stored checks'
        return None
    parts = parts.rstrip("，, ")
    clauses = [c for c in _CLAUSE.split(parts) if c.strip()]
    items = [i.strip() for i in _JOINERS.split(clauses[-1] if clauses else "") if i.strip()]
    return (items, total) if len(items) >= 2 and total else None


def rows_total(q: Query, s: Scope) -> RowsTotal | None:
    """The named rows, their sum and the named total of the one report asked; None when the
    question asks no such check or a part or the total is not found there."""
    said = asked(q)
    if said is None:
        return None
    reports = s.in_scope(q)
    if len(reports) != 1:
        return None
    report = reports[0]
    facts = {f.metric: f for f in s.catalog.facts(report=report.report) if f.value is not None and f.readable}
    parts = []
    for item in said[0]:
        fact = _fact_of(item, q, s, facts, parts)
        if fact is None:
            return None
        parts.append(fact)
    prose = bool(_IN_PROSE.search(said[1]))
    whole = (_prose_total(said[1], s, report) if prose else None) or _fact_of(said[1], q, s, facts, parts)
    if whole is None or whole in parts:
        return None
    return RowsTotal(whole, parts, said[0], sum(p.value for p in parts), whole.origin == "prose",
                     eq_words(q.normalized))


def eq_words(text: str) -> str:
    found = list(_EQUAL.finditer(text))
    return found[-1].group() if found else ""


def _fact_of(words_said: str, q: Query, s: Scope, facts: dict[str, Fact], taken: list[Fact]) -> Fact | None:
    """The report's fact of the statistic the words name alone (its first key the report has)."""
    keys = parse(_ASK["en" if q.language == "en" else "zh"].format(words_said), s.gazetteer).metric_keys
    return next((facts[k] for k in keys if k in facts and facts[k] not in taken), None)


def _prose_total(said: str, s: Scope, report: ReportRecord) -> Fact | None:
    """The figure the prose states for the total's words: the words (less 正文说的, 总数) right
    before a figure in a count's measure."""
    stem = _STEM_FILLERS.sub("", _IN_PROSE.sub("", said)).strip()
    if len(stem) < MIN_STEM:
        return None
    pattern = re.compile(rf"{re.escape(stem)}[^。，,；;\d]{{0,{PROSE_GAP}}}?(\d+)\s*({_MEASURE})")
    for page in s.catalog.pages(report.report):
        for m in pattern.finditer(page.text):
            start = max((c.end() for c in re.finditer(r"[。；;\n]", page.text[:m.start()])), default=0)
            end = next((c.end() for c in re.finditer(r"[。；;\n]", page.text[m.end():])), len(page.text) - m.end())
            quote = page.text[start:m.end() + end].strip()
            return prose_fact(report, stem, int(m.group(1)), m.group(2), page.number, quote, quote)
    return None
