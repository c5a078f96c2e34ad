"""The records that flow from a report file to the index.

load (index/forms) -> Document (index/document.py) -> clean -> ReportMeta (body, year, sections)
-> Fact (one cell of a national table) + CheckResult (consistency checks)
-> Passage (a self-describing chunk for retrieval) -> ReportRecord (what the index keeps).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Number = int | float


def show_number(value: Number | None) -> str:
    """A value as the report prints it: 3985758, 4166.241619, 7545 (not 3.98576e+06 or 4166.24,
    which "%g" gives). Blank is ""."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(value, "f").rstrip("0").rstrip(".") if abs(value) < 1e15 else repr(value)
    return str(value)

# Template generations: the national layout changed in 2019 and in 2021.
TEMPLATE_PRE2019 = "2018前"
TEMPLATE_2019 = "2019版"
TEMPLATE_2021 = "2021版"


@dataclass
class Page:
    """One page's text as the index keeps it (quotes are verbatim in it)."""

    number: int
    text: str


@dataclass
class Section:
    """A numbered top-level section (一、总体情况 ...) of a report."""

    number: int
    title: str
    start: int  # offset into CleanDocument.text
    end: int
    page: int | None


@dataclass
class ReportMeta:
    body: str  # full name as in the title, e.g. 中卫市沙坡头区卫生健康局
    region: str  # e.g. 中卫市沙坡头区
    bureau: str  # e.g. 卫生健康局
    short_names: list[str]
    year: int  # the year covered, from the title
    template: str
    title: str
    sections: list[Section] = field(default_factory=list)
    title_source: str = "title"  # where body and year were read: title | header | opening | contact


@dataclass
class Fact:
    """One statistic of a national table, with where it came from."""

    report: str
    body: str
    year: int
    template: str
    section: str  # e.g. 二、主动公开政府信息情况
    table: str  # e.g. 第二十条第（六）项
    row: str  # row label as printed, e.g. 行政处罚
    column: str  # column label, e.g. 处理决定数量
    metric: str  # canonical key, e.g. 行政处罚.处理决定数量
    label: str  # readable label, e.g. 行政处罚 处理决定数量
    value: Number | None  # None for a blank cell, never 0
    unit: str | None
    page: int | None
    source_text: str  # the exact extracted text the value was read from
    region: str = ""
    check_failed: str | None = None  # name of a failed consistency check touching this fact
    status: str = "ok"  # ok | blank (an empty cell) | unreadable (the cell exists, its value cannot be settled)
    note: str = ""  # why a cell is unreadable; how a glued cell was read
    box: tuple[float, float, float, float] | None = None  # the cell on its page, where the form has one
    origin: str = ""  # how the cell was read: grid:pdf | grid:html | grid:docx | grid:markdown | text | ocr
    confidence: float | None = None  # OCR: the recognition confidence of the cell's word (0..1)
    # The cell as printed when it was printed in another unit than `unit` and its value converted
    # ("984361元" stored as 98.4361 万元, index/cellunits.py); "" when the value is as printed.
    printed: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def readable(self) -> bool:
        return self.status != "unreadable"


@dataclass
class CheckResult:
    """One consistency check (勾稽关系) of report-format.md, evaluated on a report's facts."""

    name: str
    passed: bool
    detail: str  # human-readable equation with the numbers
    metrics: list[str] = field(default_factory=list)  # facts involved

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Passage:
    """A chunk of a report for retrieval. `text` starts with a body/year/section header line."""

    id: str
    report: str
    text: str
    body: str
    region: str
    year: int
    template: str
    section: str
    page: int | None
    kind: str = "passage"  # passage | table_row
    metric: str | None = None
    value: Number | None = None

    def metadata(self) -> dict[str, Any]:
        """Flat metadata for the vector store (Chroma rejects None values)."""
        data = {
            "report": self.report,
            "body": self.body,
            "region": self.region,
            "year": self.year,
            "template": self.template,
            "section": self.section,
            "page": self.page,
            "kind": self.kind,
            "metric": self.metric,
            "value": self.value,
        }
        return {k: v for k, v in data.items() if v is not None}


@dataclass
class ReportRecord:
    """What the index knows about one ingested report."""

    report: str  # file name, the report's id
    path: str
    sha256: str
    kind: str
    body: str
    region: str
    year: int
    template: str
    title: str
    pages: int
    passages: int
    facts: int
    checks_failed: int
    ingested_at: str
    short_names: list[str] = field(default_factory=list)
    unreadable: int = 0  # cells of the national tables that exist but could not be read
    problems: list[str] = field(default_factory=list)  # what the reader could not settle, and why
    sources: list[str] = field(default_factory=list)  # other files of the same report (its other forms)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
