"""The prose beside a table cell that could not be read, when it says what the question asks.

"集中梳理了多少份历年行政规范性文件" of a report whose 规范性文件 cell is blank or unreadable: the table
has no figure to give, and its cell never said 梳理 / 历年 anyway; the prose clause "梳理历年…行政规
范性文件228份" measures the statistic (its own words, assistant.prose_measured) and carries the
question's own words beyond the statistic's name. That clause is said after the note on the cell
(both cited), never instead of a figure the table gives.
"""

from __future__ import annotations

from .findings import Aggregate, PassageFound, Several, Unreadable
from .passages import best_passage, content_terms
from .prose_instead import names_statistic
from .prose_measured import measured_text
from .scope import Scope
from .understanding import SYNONYMS, Query


def _unread(finding) -> bool:
    """A finding on cells of which none was read (blank or unreadable), none given."""
    if isinstance(finding, Unreadable):
        return True
    return isinstance(finding, Aggregate) and bool(finding.not_read or finding.result.facts) \
        and all(f.value is None for f in finding.result.facts)


def _beyond_name(q: Query, names: set[str]) -> set[str]:
    """The question's words that the statistic's names do not hold ("梳理", "历年", "集中")."""
    terms = content_terms(q.text, "", q.drop_terms)
    atoms = {t for t in terms if not any(o != t and o in t for o in terms)}
    return {t for t in atoms if len(t) >= 2 and not any(t in n for n in names)}


def prose_beside_unread(q: Query, s: Scope, finding):
    """The finding, with the prose clause that answers said after it when no cell was read."""
    if not q.metrics or not _unread(finding):
        return finding
    prose = best_passage(q, s)
    if not isinstance(prose, PassageFound) or not prose.highlight:
        return finding
    metric = q.metrics[0]
    if not names_statistic(prose, metric, s):
        return finding
    names = {*SYNONYMS.get(metric.key, ()), metric.zh, *metric.keys}
    beyond = _beyond_name(q, names)
    if not any(w in measured_text(prose.sentence, prose.highlight) for w in beyond):
        return finding
    return Several([finding, prose])
