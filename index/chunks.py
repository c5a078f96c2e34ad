"""Cut a cleaned report into self-describing passages for retrieval.

Each passage starts with a header line (body, year, section) so that it still says what it is
about when retrieved alone. Prose is cut between sentences, never inside one; each table row
becomes one passage that repeats its column headers, built from the extracted facts.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from . import config
from .clean import CleanDocument
from .lexicon.numbering import SUB_SECTION
from .models import Fact, Passage, ReportMeta, show_number
from .templates import Template, templates

# A sub-heading such as （四）平台建设情况 starts a new passage: the facts under it belong together.
_SUBHEADING = re.compile(rf"^\s*(?:{SUB_SECTION})")
_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』)]?|\n|$)")
# Lines that are table debris in prose: tab-separated cells and rows of numbers (and lines that
# start with a template's table opener, see _is_table_line).
_TABLE_LINE = re.compile(r"\t|(?:(?:^|\s)[+-]?\d[\d,]*(?:\.\d+)?){3,}\s*$")


def header(meta: ReportMeta, section: str) -> str:
    return f"{meta.body} {meta.year}年政府信息公开工作年度报告 · {section}"


def sentences(text: str) -> list[str]:
    """Sentences, none longer than config.MAX_SENTENCE_CHARS: text with no sentence end is cut
    at the last comma or space before the limit (hard at the limit when there is none)."""
    out = []
    for sentence in _SENTENCE.findall(text):
        sentence = sentence.strip()
        while len(sentence) > config.MAX_SENTENCE_CHARS:
            cut = max(sentence.rfind(mark, 0, config.MAX_SENTENCE_CHARS) for mark in "，,、 ")
            cut = cut + 1 if cut > config.MAX_SENTENCE_CHARS // 2 else config.MAX_SENTENCE_CHARS
            out.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if sentence:
            out.append(sentence)
    return out


def prose_passages(report: str, key: str, meta: ReportMeta, clean: CleanDocument) -> list[Passage]:
    passages: list[Passage] = []
    template = _template(meta)
    opener = template.table_opening() if template else None
    for number, title, start, end in _section_spans(meta, clean):
        if template and number and template.holds_only_tables(number, title):
            continue
        buffer: list[str] = []
        buffer_start = start
        offset = start
        for paragraph in clean.text[start:end].split("\n"):
            para_start = offset
            offset += len(paragraph) + 1
            if (not paragraph.strip() or _TABLE_LINE.search(paragraph) or paragraph.strip() == title
                    or (opener and opener.match(paragraph))):
                continue
            if _SUBHEADING.match(paragraph) and buffer:
                passages.append(_passage(report, key, meta, clean, title, buffer, buffer_start, len(passages)))
                buffer = []
            for sentence in sentences(paragraph):
                if buffer and sum(map(len, buffer)) + len(sentence) > config.CHUNK_TARGET_CHARS:
                    passages.append(_passage(report, key, meta, clean, title, buffer, buffer_start, len(passages)))
                    buffer, buffer_start = [], para_start
                if not buffer:
                    buffer_start = para_start
                buffer.append(sentence)
        if buffer:
            passages.append(_passage(report, key, meta, clean, title, buffer, buffer_start, len(passages)))
    return passages


def _section_spans(meta: ReportMeta, clean: CleanDocument) -> list[tuple[int, str, int, int]]:
    """(number, title, start, end) of each section, the opening before them numbered 0."""
    first = meta.sections[0].start if meta.sections else len(clean.text)
    spans = [(0, "标题和前言", 0, first)] if first > 0 else []
    return spans + [(s.number, s.title, s.start, s.end) for s in meta.sections]


def _template(meta: ReportMeta) -> Template | None:
    """The report's template (None when it is not installed: every section is then prose)."""
    return next((t for t in templates() if t.id == meta.template), None)


def _passage(report, key, meta, clean, section, buffer, start, n) -> Passage:
    text = header(meta, section) + "\n" + "".join(buffer)
    return Passage(
        id=f"{key}:p{n}", report=report, text=text, body=meta.body, region=meta.region,
        year=meta.year, template=meta.template, section=section, page=clean.page_at(start),
    )


def table_passages(report: str, key: str, meta: ReportMeta, facts: list[Fact]) -> list[Passage]:
    """One passage per table row: "行政处罚 — 上一年项目数量 33项; 本年增/减 0项; 处理决定数量 33件"."""
    rows: OrderedDict[tuple[str, str], list[Fact]] = OrderedDict()
    for fact in facts:
        rows.setdefault((fact.table, fact.row), []).append(fact)
    passages = []
    for n, ((table, row), cells) in enumerate(rows.items()):
        values = "；".join(f"{f.column} {_show(f)}" for f in cells)
        main = cells[-1]  # the last column is the row's result (处理决定数量, 总计, 统计数)
        text = f"{header(meta, cells[0].section)}\n{table}：{row} — {values}"
        passages.append(Passage(
            id=f"{key}:t{n}", report=report, text=text, body=meta.body, region=meta.region,
            year=meta.year, template=meta.template, section=cells[0].section, page=main.page,
            kind="table_row", metric=main.metric, value=main.value,
        ))
    return passages


def _show(fact: Fact) -> str:
    if fact.value is None:
        return "（空白）"
    value = show_number(fact.value)
    return value + (fact.unit or "")


#: The kinds of passage that get a vector. Table rows are answered from the facts and found by
#: BM25 by their labels; embedding them made nine vectors in ten (and most of the ingest time)
#: and slowed every filtered vector search, for no answer.
VECTOR_KINDS = ("passage",)


def with_vectors(passages: list[Passage]) -> list[Passage]:
    """The passages of a report that are embedded and stored in Chroma."""
    return [p for p in passages if p.kind in VECTOR_KINDS]


def make_passages(report: str, key: str, meta: ReportMeta, clean: CleanDocument, facts: list[Fact]) -> list[Passage]:
    return prose_passages(report, key, meta, clean) + table_passages(report, key, meta, facts)
