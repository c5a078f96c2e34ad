"""Is a newly read file a report the index already has, in another form?

Sites publish a report as a PDF and as a web page; counting both would double every number. Two
files are one report when they name the same body and year and say the same thing: their
table figures agree (the common cells, nearly all equal), or, for reports without tables read,
most of their sentences are the same. Two files of one body and year that disagree are two
reports (a correction, a misread body) and are both kept.

    twin = identity.twin(extracted, catalog)       # the ReportRecord it duplicates, or None
    identity.better(extracted, twin, catalog)      # is the new form read better?
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .forms import loaders

if TYPE_CHECKING:
    from .catalog import Catalog
    from .extract import ExtractedReport
    from .models import ReportRecord

#: Share of the common table cells that must agree for two files to be one report.
SAME_FACTS = 0.9
#: Common cells needed before figures decide (fewer: the prose decides).
MIN_COMMON_FACTS = 5
#: Share of sentences two files of a report without tables must share.
SAME_SENTENCES = 0.6


def twin(x: ExtractedReport, catalog: Catalog) -> ReportRecord | None:
    for record in catalog.reports(body=x.meta.body, year=x.meta.year):
        if record.report == x.report:
            continue
        if _same(x, record, catalog):
            return record
    return None


def _same(x: ExtractedReport, record: ReportRecord, catalog: Catalog) -> bool:
    mine = {f.metric: f.value for f in x.facts if f.readable and f.value is not None}
    theirs = {f.metric: f.value for f in catalog.facts(report=record.report) if f.readable and f.value is not None}
    common = set(mine) & set(theirs)
    if len(common) >= MIN_COMMON_FACTS:
        agree = sum(abs(mine[k] - theirs[k]) < 1e-6 for k in common)
        return agree / len(common) >= SAME_FACTS
    ours = _sentences(" ".join(p.text.split("\n", 1)[-1] for p in x.passages if p.kind == "passage"))
    other = _sentences(" ".join(p.text.split("\n", 1)[-1] for p in catalog.passages(record.report)
                                if p.kind == "passage"))
    if not ours or not other:
        return False
    return len(ours & other) / min(len(ours), len(other)) >= SAME_SENTENCES


def _sentences(text: str) -> set[str]:
    """Sentences without spaces and punctuation, long enough to be telling."""
    parts = re.split(r"[。！？!?；;]", re.sub(r"\s+", "", text))
    return {re.sub(r"[^\w]", "", p) for p in parts if len(p) >= 12}


def better(x: ExtractedReport, record: ReportRecord, catalog: Catalog) -> bool:
    """Is the new file the better reading: more table cells read, fewer unreadable, then the
    form that keeps tables best (PDF grids over a web page's text)?"""
    rank = {loader.kind: loader.priority for loader in loaders()}
    new = (sum(f.readable and f.value is not None for f in x.facts), -len(x.unreadable), rank.get(x.doc.kind, 0))
    old = (record.facts, -record.unreadable, rank.get(record.kind, 0))
    return new > old
