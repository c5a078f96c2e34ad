"""The classes a template generation is declared with. Data only: no reading logic here.

A `Template` is one generation of the national layout (pre-2019 appendix, 2019, 2021): its
sections, its tables, the rows and columns of each table with the printed labels and their
variants, units, the canonical metric key of every cell, the 勾稽关系 (`Check`), and the
statistics users ask about (`Concept` tags). It also declares what code would otherwise hard-code
about its layout: which sections are tables only, the text that opens and closes its tables,
its appendix, the statistics a digest shows first, and the year questions name it by.
Extraction, question understanding, the synthetic generator and the page all read these
objects; no other module types a metric key.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..lexicon.numbering import LABEL_NUMBERING

_NUMBERING = LABEL_NUMBERING


@dataclass(frozen=True)
class Column:
    key: str  # canonical column key ("处理决定数量"); "" for the one value column of a row
    label: str  # printed label ("本年处理决定数量")
    variants: tuple[str, ...] = ()  # other printed forms, matched in headers
    unit: str | None = None
    en: str = ""
    optional: bool = False  # printed by some publishers only (历年累计): present when its header is
    prose: tuple[str, ...] = ()  # how report prose names this column ("制发" for 本年制发件数)
    header: str = ""  # the header as the national form prints it, when longer than the label
    words: tuple[str, ...] = ()  # how questions name the column (Chinese and English)

    @property
    def printed(self) -> str:
        return self.header or self.label


@dataclass(frozen=True)
class Row:
    key: str  # canonical row key ("行政处罚", "不予公开.属于国家秘密")
    label: str  # as printed in the national template
    cues: tuple[str, ...] = ()  # fragments that identify the row when its label is broken or varied
    ordinal: str | None = None  # the number printed before the label ("2" of "2.其他法律…")
    part_of: str | None = None  # an 其中 row: the key of the row it is a part of
    en: str = ""
    unit: str | None = None  # the row's unit where the table prints one per row (old appendix)
    local: bool = False  # printed only by some publishers' versions of the table, not the national one
    words: tuple[str, ...] = ()  # how questions name the row, beyond its printed label (Chinese and English)

    @property
    def patterns(self) -> tuple[str, ...]:
        """The printed label, its label without numbering ("六、举报投诉数量" -> "举报投诉数量"),
        and the cues."""
        bare = _NUMBERING.sub("", self.label)
        bare = bare if len(bare) >= 4 else ""  # "3.其他" -> "其他" would match anything
        return tuple(dict.fromkeys(p for p in (self.label, bare, *self.cues) if p))

    @property
    def bare(self) -> str:
        """The label without its numbering ("（三）从事政府信息公开工作人员数" -> "从事…人员数")."""
        return _NUMBERING.sub("", self.label) or self.label

    @property
    def stems(self) -> tuple[str, ...]:
        """How prose names the row: its label and cues without numbering and the trailing 数
        ("主动公开政府信息数" -> "主动公开政府信息")."""
        out = []
        for pattern in self.patterns:
            stem = _NUMBERING.sub("", pattern)
            stem = re.sub(r"[（(].*$", "", stem)
            stem = re.sub(r"(?:件数|数量|总数|数)$", "", stem)
            if len(stem) >= 2 and stem not in out:
                out.append(stem)
        return tuple(out)


@dataclass(frozen=True)
class Table:
    key: str  # "二.（六）"
    section: int  # the numbered section that holds it (0: the old appendix)
    title: str  # caption as printed ("第二十条第（六）项")
    rows: tuple[Row, ...]
    columns: tuple[Column, ...]
    prefix: str = ""  # metric prefix ("政府信息公开申请")
    starts: tuple[str, ...] = ()  # printed text that opens the table (its caption or header)
    open_rows: bool = False  # rows not declared are read too, keyed by their printed label
    single_row: bool = False  # one row of cells under a multi-level header (section 四)
    unit_cell: bool = False  # a 单位 cell between label and values (old appendix)

    def metric(self, row: Row | str, column: Column | str) -> str:
        row_key = row if isinstance(row, str) else row.key
        col_key = column if isinstance(column, str) else column.key
        return ".".join(p for p in (self.prefix, row_key, col_key) if p)

    def row(self, key: str) -> Row:
        return next(r for r in self.rows if r.key == key)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def cells(self) -> Iterable[tuple[Row, Column, str]]:
        for row in self.rows:
            for column in self.columns:
                yield row, column, self.metric(row, column)


@dataclass(frozen=True)
class Check:
    """A consistency check: sum(left) op sum(right), over metric keys of one report.

    `reported` checks are the 勾稽关系 users hear about; the others are bounds that only help
    read glued digits (a cumulative column is not smaller than the year's). `partial`: the
    blank cells on the left are left out instead of making the check unevaluable (the old
    appendix's channels of requests are often partly filled)."""

    name: str
    left: tuple[str, ...]
    right: tuple[str, ...]
    op: str = "="  # "=" or "<=" (left <= right)
    reported: bool = True
    partial: bool = False

    @property
    def metrics(self) -> tuple[str, ...]:
        return self.left + self.right


def expand(name: str, left: Iterable[str], right: Iterable[str], **over: Iterable[str]) -> tuple[Check, ...]:
    """Checks for every combination of the `over` values, substituted into the patterns:
    expand("三 [{col}]", ["申请.本年新收.{col}"], ["申请.总计.{col}"], col=COLUMNS)."""
    left, right = tuple(left), tuple(right)
    names = list(over)
    out = []
    for values in itertools.product(*(tuple(over[n]) for n in names)):
        sub = dict(zip(names, values, strict=True))
        out.append(Check(name.format(**sub), tuple(x.format(**sub) for x in left),
                         tuple(x.format(**sub) for x in right)))
    return tuple(out)


@dataclass(frozen=True)
class Section:
    number: int
    title: str  # "二、主动公开政府信息情况"
    keyword: str  # what identifies its heading ("主动公开")


@dataclass(frozen=True)
class Concept:
    """A statistic people ask for, across templates: "行政处罚" is 处理决定数量 of the row 行政处罚
    in the 2019 and 2021 templates. `words` are how questions name it (Chinese and English)."""

    id: str
    zh: str
    en: str
    unit: str | None
    words: tuple[str, ...] = ()
    # Words one of which a question must also hold when it names the concept by a general word:
    # "办结了多少" is about requests only when requests are mentioned (12345 cases are 办结 too).
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template:
    id: str  # "2021版": stored with every report and fact
    name: str  # "国办公开办函〔2021〕30号"
    years: tuple[int, int]  # years covered that normally use it
    markers: tuple[str, ...]  # printed text only this generation has
    sections: tuple[Section, ...]
    tables: tuple[Table, ...]
    checks: tuple[Check, ...] = ()
    # (table key, row key, column key, concept id): the cells that answer a Concept
    concepts: tuple[tuple[str, str, str, str], ...] = ()
    notes: dict[str, str] = field(default_factory=dict)
    # Free prose: sections are numbered in order (一、 二、 …) with titles of the report's own
    # choosing, and the statistics are in an appendix table after them.
    free_sections: bool = False
    # Sections that hold tables only (no prose passages are cut from them): 三 and 四 of 2019+.
    table_sections: tuple[int, ...] = ()
    # Per section, printed text that opens its tables where several share the section (第二十条
    # captions, the 信息内容 header): they are read from the first of these on, and a prose line
    # starting with one is table debris.
    table_openers: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # Printed text that ends the appendix table (the sign-off under it: 填报单位, 审核人 …).
    table_closers: tuple[str, ...] = ()
    # Regexes of the printed text that opens the statistics appendix of free-prose reports
    # (政府信息公开统计表, its 统计指标 header), and the title its section is given.
    appendix_markers: tuple[str, ...] = ()
    appendix_title: str = ""
    # The statistics (Concept ids) a digest of a report on this template shows first, in order.
    headlines: tuple[str, ...] = ()
    # The year questions name this generation by ("the 2021 template"); None: not named so.
    version_year: int | None = None
    # Statistics this generation adds that questions name (with `concepts` entries for their cells);
    # they join index.templates.CONCEPTS, so an extension needs no edit there.
    new_concepts: tuple[Concept, ...] = ()

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def metrics(self) -> list[str]:
        return [m for t in self.tables for _, _, m in t.cells()]

    def holds_only_tables(self, number: int, title: str) -> bool:
        """Is the report's section with this number and title tables only (no prose)?"""
        if self.appendix_title and title == self.appendix_title:
            return True
        if self.free_sections:
            return any(re.search(m, title) for m in self.appendix_markers)
        return number in self.table_sections

    def table_opening(self) -> re.Pattern[str]:
        """A line that starts with a table opener (第二十条…, 信息内容) is table debris in prose."""
        words = [w for openers in self.table_openers.values() for w in openers]
        return re.compile("^(?:" + "|".join(map(re.escape, words)) + ")" if words else r"(?!)")

    def concept_keys(self, concept: str) -> list[str]:
        return [self.table(t).metric(r, c) for t, r, c, cid in self.concepts if cid == concept]
