"""The count of a category of the information a body published ("平潭农业农村局2024年公开的行政许可类
信息有多少条"): from 2021 the template's section 二 has no row per category, so the prose states it
("其中政策、规范性文件类1条，……，行政许可类7条，其他类101条"), and that clause answers, never the
total before it (110条). The categories are the report's own: the question names one when it says
the name the prose gives (whole) followed by 类.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.chunks import sentences
from index.lexicon.prose import CATEGORY_ITEM, CATEGORY_MARK, NAMELESS_WORDS

from .answer import Citation
from .findings import PassageFound
from .quotes import cited_clause, find_in_pages
from .scope import Scope
from .typed import asked_parts, expected_kind, measure_asked, same_family
from .understanding import Query

_ITEM = re.compile(CATEGORY_ITEM)
_NAMELESS = re.compile(rf"^(?:{NAMELESS_WORDS})+")
_NAMED = re.compile(rf"[\u4e00-\u9fff]{{2,}}?{CATEGORY_MARK}")  # a name said before the category mark
#: The fewest characters of a category's name ("其他" is two).
MIN_NAME = 2


@dataclass
class _Stated:
    name: str  # the category as the question says it
    sentence: str
    section: str
    figure: str


def category_found(q: Query, s: Scope) -> PassageFound | None:
    """The clause of the category asked, cited; None when the question names none of the report's."""
    stated = _stated(q, s)
    if stated is None:
        return None
    report = s.in_scope(q)[0]
    pages = [(p.number, p.text) for p in s.catalog.pages(report.report)]
    located = find_in_pages(pages, stated.sentence)
    page, quote = located if located else (None, stated.sentence)
    citation = Citation(report.report, report.body, report.year, page, stated.section, quote, highlight=stated.figure)
    return PassageFound(cited_clause(citation, stated.sentence), stated.sentence, stated.figure)


def _stated(q: Query, s: Scope) -> _Stated | None:
    """The one report's clause stating the category the question names (the longest name said)."""
    if q.language != "zh" or CATEGORY_MARK not in q.normalized or q.intent not in ("lookup", "passage") \
            or expected_kind(q.text) != "count" or asked_parts(q.normalized, q.language):
        return None  # "其他类信息占比多少": a share; "一共多少件？其中投诉类多少件？": each part apart
    if len(_NAMED.findall(q.normalized)) > 1:
        return None  # "投诉类和咨询类各有多少件": several categories, each from its own clause (passages)
    reports = s.in_scope(q)
    if len(reports) != 1:
        return None
    measure = measure_asked(q.text)
    found = []
    for passage in s.catalog.passages(reports[0].report):
        if passage.kind != "passage":
            continue
        for sentence in sentences(passage.text.split("\n", 1)[-1]):
            for m in _ITEM.finditer(sentence):
                name = _said(m.group("name"), q.normalized)
                figure = m.group("n") + m.group("m")
                if name is not None and (measure is None or same_family(measure, figure)):
                    # quoted from the category's name on: its figure is the first of the quote
                    # ("安全生产、应急管理类1条" after "政策、规范性文件类1条")
                    found.append(_Stated(name, sentence[m.end("name") - len(name):], passage.section, figure))
    if not found:
        return None
    best = max(len(f.name) for f in found)
    figures = {f.figure for f in found if len(f.name) == best}
    return next(f for f in found if len(f.name) == best) if len(figures) == 1 else None


def _said(name: str, question: str) -> str | None:
    """The prose's whole name, its leading words that name nothing left out ("其中政策、规范性文件":
    政策、规范性文件), when the question says it before 类; never an end of it ("政府集中采购项目" is no
    "重大建设项目")."""
    name = _NAMELESS.sub("", name)
    return name if len(name) >= MIN_NAME and name + CATEGORY_MARK in question else None
