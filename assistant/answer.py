"""What a question turns into: an Answer with its text, citations and the facts it used."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from index.models import Fact, show_number

#: A citation marker of an answer's text ("[2]").
CITED = re.compile(r"\[(\d+)\]")


def citations_shifted(text: str, shift: int, count: int | None = None) -> str:
    """`text` with its citation markers numbered on by `shift`, for an answer said after another
    whose `shift` citations come first; with `count`, only the markers of its own citations (1..count)."""
    def shifted(m: re.Match) -> str:
        k = int(m.group(1))
        return f"[{k + shift}]" if count is None or 1 <= k <= count else m.group(0)

    return CITED.sub(shifted, text)


@dataclass
class Citation:
    """One source: the report, where in it, and the exact quote (verbatim in the extracted text)."""

    report: str
    body: str
    year: int
    page: int | None
    section: str
    quote: str
    table: str | None = None  # for facts: the table, row and column the number came from
    row: str | None = None
    column: str | None = None
    highlight: str | None = None  # the answering number or name inside the quote
    cell: int | None = None  # for a table row: which of its `cells` values answers (0-based)
    cells: int | None = None  # how many values the row holds
    origin: str = ""  # "ocr" when read by OCR from a scanned page
    confidence: float | None = None  # OCR recognition confidence of the cited value or line
    box: tuple[float, float, float, float] | None = None  # where on the page (PDF points)

    @classmethod
    def of_fact(cls, fact: Fact) -> Citation:
        value = fact.value
        shown = None if value is None else show_number(value)
        cell, cells = _position(fact.metric)
        return cls(fact.report, fact.body, fact.year, fact.page, fact.section, fact.source_text,
                   fact.table, fact.row, fact.column, shown, cell, cells,
                   "ocr" if fact.origin == "ocr" else "", fact.confidence, fact.box)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _position(metric: str) -> tuple[int | None, int | None]:
    """The column of a fact in its table row ("行政强制 0 0 0": the third is the answer)."""
    from index.templates import table_of

    cell = table_of(metric)
    if cell is None:
        return None, None
    _, table, _, column = cell
    keys = [c.key for c in table.columns]
    return (keys.index(column.key), len(keys)) if column.key in keys else (None, None)


@dataclass
class Computed:
    """A number the answer computed (a sum, a difference, an average) and its cited inputs."""

    label: str
    value: float
    inputs: list[int]  # citation numbers (1-based) of the inputs


@dataclass
class Choice:
    """One candidate of a question asked back ("您是指…吗？"), for a skin to offer as a button or
    a numbered line: sending `label` (or its number, "是" for the first) as the next turn picks it."""

    label: str  # shown, in the asker's language: a body with its English name in English answers
    value: str  # the body or the statistic as the reports name it
    kind: str  # body | statistic
    english: str = ""  # the English name, when known (typed as a reply, it picks this choice too)


@dataclass
class Answer:
    question: str
    text: str
    route: str  # facts | passages | corpus | refusal | invalid | source
    language: str  # zh | en
    citations: list[Citation] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    computed: list[Computed] = field(default_factory=list)
    table: list[dict[str, Any]] = field(default_factory=list)  # the comparison of an aggregate
    intent: str = ""
    elapsed_ms: float = 0.0
    notes: list[str] = field(default_factory=list)  # e.g. "filter applied: 2020"
    # when the answer asks back (route clarify): the candidates the next turn picks among, in
    # the order the text numbers them
    choices: list[Choice] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["facts"] = [f.to_dict() for f in self.facts]
        return data
