"""Completeness: every cell a report's template declares is a fact, read or said to be missing.

The reader (index/reader.py) makes facts of the rows it finds. A declared cell it did not find
(a row a converter dropped, the rows after a page break that a converter lost, a table whose
page is missing) would otherwise be silently absent: nobody at ingest would know, and a question
on it would hear "not stated". Here each such cell becomes an `unreadable` fact with the reason:

- "table not found in the document": no row of the table was read;
- "table ends after row …": the table's rows stop before its last declared row (a cut page);
- "row not found in the document": a row in the middle is not there.

Which cells are declared (required): every cell of the national 2019 and 2021 tables
(`templates.mandatory`), so not the rows only some publishers print (`Row.local`), nor optional
columns. The pre-2019 appendix's rows vary by publisher and year: when some of its rows are read,
the others are taken as not printed by this version; when none is although its title or header is printed,
its national rows (those of the 2015-2018 form, not `local`) are listed; a report that prints no
appendix at all (many old reports state their figures in prose only) lists none. A row that the template declares in two forms, one row or
its numbered sub-rows ("（六）其他处理" or "1.…逾期不补正 2.… 3.其他"), is complete in either;
when neither is found, the cells of both forms are listed. A blank cell is a fact (`blank`), not missing.
"""

from __future__ import annotations

from .models import Fact, ReportMeta
from .templates import Row, Table, Template, mandatory

TABLE_MISSING = "table not found in the document"
ROW_MISSING = "row not found in the document"
TABLE_UNREAD = "the table's title is printed but none of its rows could be read"


def _alternatives(table: Table) -> dict[str, list[str]]:
    """A row key declared with sub-rows too: {"其他处理": ["其他处理.申请人逾期不补正", ...]}."""
    keys = [r.key for r in table.rows]
    return {k: subs for k in keys if k for subs in [[s for s in keys if s.startswith(k + ".")]] if subs}


def _found_rows(table: Table, facts: list[Fact]) -> set[str]:
    cells = {table.metric(r, c): r.key for r in table.rows for c in table.columns}
    return {cells[f.metric] for f in facts if f.metric in cells}


def _required(template: Template, table: Table, row: Row, found: set[str], printed: bool = True) -> list[str]:
    """The row's cells whose absence is a loss: the mandatory ones; in a table of
    publisher-variable rows (the old appendix), the national rows' cells only when the table is
    printed (its title or header is in the text) and no row of it was read at all."""
    if table.open_rows:
        if found or not printed or row.local:
            return []  # read in part: which rows this version prints is not known
        # none read: a group heading is listed too, since some publishers print a total on it
        return [table.metric(row, c) for c in table.columns if not c.optional]
    return [table.metric(row, c) for c in table.columns if mandatory(template.id, table.metric(row, c))]


def _required_rows(table: Table, template: Template, found: set[str], printed: bool) -> list[Row]:
    """The rows whose absence is a loss, in template order (each form of an alternative row)."""
    # (the old appendix's totals and their 其中 rows are all rows of their own)
    alternatives = {} if table.open_rows else _alternatives(table)
    subrows = {s: parent for parent, subs in alternatives.items() for s in subs}
    out = []
    for row in table.rows:
        if not _required(template, table, row, found, printed):
            continue
        # Either form of an alternative row completes it; when neither is found, both are listed.
        parent = subrows.get(row.key)
        if parent is not None and parent in found:
            continue
        if row.key in alternatives and any(s in found for s in alternatives[row.key]):
            continue
        out.append(row)
    return out


def missing_cells(facts: list[Fact], template: Template, report: str, meta: ReportMeta,
                  printed: set[str] | None = None) -> list[Fact]:
    """Unreadable facts for every required cell the reader did not find, with the reason.
    `printed`: keys of the tables whose opening text (caption, header) the document has."""
    titles = {s.number: s.title for s in template.sections}
    have = {f.metric for f in facts}
    out: list[Fact] = []
    for table in template.tables:
        found = _found_rows(table, facts)
        shown = printed is None or table.key in printed
        rows = _required_rows(table, template, found, shown)
        order = [r.key for r in table.rows]
        last = max((order.index(k) for k in found if k in order), default=-1)
        for row in rows:
            if not found and table.open_rows:
                reason = TABLE_UNREAD
            elif not found:
                reason = TABLE_MISSING
            elif order.index(row.key) > last:
                reason = f"table ends after row {table.rows[last].bare}"
            else:
                reason = ROW_MISSING
            required = _required(template, table, row, found, shown)
            for column in table.columns:
                metric = table.metric(row, column)
                if metric in have or metric not in required:
                    continue
                label = " ".join(p for p in (row.bare if row.key else "", column.label if column.key else "") if p)
                out.append(Fact(
                    report=report, body=meta.body, year=meta.year, template=template.id,
                    section=titles.get(table.section, ""), table=table.title, row=row.label, column=column.label,
                    metric=metric, label=label or table.title, value=None, unit=column.unit or row.unit,
                    page=None, source_text="", region=meta.region, status="unreadable", note=reason,
                    origin="missing"))
    return out


def summary(missing: list[Fact]) -> list[str]:
    """One problem line per table with missing cells (not one per cell)."""
    by_table: dict[str, list[Fact]] = {}
    for fact in missing:
        by_table.setdefault(fact.table, []).append(fact)
    lines = []
    for table, cells in by_table.items():
        reasons = sorted({f.note for f in cells})
        lines.append(f"{table}: {len(cells)} cells not found ({'; '.join(reasons)})")
    return lines
