"""One reader from grids to facts, the same for every form.

1. Rows are found: in the document's grids (PDF ruling, <table>, Word tables, pipes), by the
   label cells of each grid row; then, for the rows no grid gave, in the text (index/recover.py).
2. Each row's printed value tokens are read as the table's columns (`splits.readings`): a grid
   cell is one cell; a glued digit run may hold several.
3. Where a row allows several readings, the template's checks and bounds decide: a reading
   survives only if every check it can be tested on holds. Cells on which all surviving
   readings agree are facts; the others are `unreadable` facts with the reason, never guessed.
   A row with a single possible reading is read as printed even if a check then fails (the
   failure is the publisher's, and is reported by index/checks.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import deadline
from .cellunits import CellUnit, declared_money, settle_unit, token_units
from .cellunits import kind as unit_kind
from .completeness import missing_cells
from .completeness import summary as completeness_summary
from .document import Box, Document, Grid
from .lexicon.numbering import LABEL_NUMBERING
from .models import Fact, Number, ReportMeta, show_number
from .recover import Region, TextRow, find_sections, is_row_label, table_regions, text_rows
from .settle import printed, prose_sentences, settle
from .splits import NIL, UNITS, Token, parse_token
from .templates import Column, Row, Table, Template, by_id
from .textview import TextView, nfkc, squeeze

_UNIT_CELL = set(UNITS) | {"——", "-", "--", "/"}
# A number and its unit printed apart in one grid cell ("20740000 元"): one value.
_SPACED_UNIT = re.compile(r"(\d)\s+(" + "|".join(map(re.escape, UNITS)) + r")(?=\s|$)")
_NUMBER_CELL = re.compile(r"^[+\-]?\d[\d,]*(?:\.\d+)?(?:[+\-]\d[\d,]*(?:\.\d+)?)*\s*(?:" +
                          "|".join(map(re.escape, UNITS)) + r")?$")


@dataclass
class Hit:
    """One table row as printed, before its values are settled."""

    table: Table
    row: Row
    printed: str  # the label as printed
    tokens: list[Token]
    columns: tuple[Column, ...]
    page: int | None
    quote: str
    origin: str  # grid:pdf, grid:html ..., text
    unit: str | None = None  # a printed 单位 cell
    boxes: list[Box | None] = field(default_factory=list)
    readings: list[tuple[Number | None, ...]] | None = None
    note: str = ""
    # The readings cut a number the form printed apart ("12 7" for three cells): they stand only
    # if a check of the table confirms them.
    needs_check: bool = False
    confirmed: bool = False
    refuted: str = ""  # why a row read from text is not taken as printed
    assembled: bool = False  # read from text, its values put together from several lines (recover.Run)
    header_unit: str | None = None  # the money unit its table's header declares ("（单位：元）")

    def metric(self, column: Column) -> str:
        return self.table.metric(self.row, column)


@dataclass
class ReadResult:
    facts: list[Fact] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def unreadable(self) -> list[Fact]:
        return [f for f in self.facts if f.status == "unreadable"]


# --- rows from grids ---------------------------------------------------------------------------


@dataclass
class GridRow:
    own: str  # label text of this row's own cells
    context: str  # label text including cells merged from above
    values: list[str]
    boxes: list[Box | None]
    index: int


def _is_text_cell(cell) -> bool:
    text = squeeze(cell.text)
    return bool(text) and not _NUMBER_CELL.match(text) and text not in _UNIT_CELL and not NIL.match(text)


def split_grid_row(cells) -> GridRow | None:
    """Label cells (text) first, value cells (numbers, blanks) after the last text cell."""
    last_text = -1
    for j, cell in enumerate(cells):
        if _is_text_cell(cell):
            last_text = max(last_text, j)
    while last_text >= 0 and not cells[last_text].covered and squeeze(cells[last_text].text) in _UNIT_CELL \
            and squeeze(cells[last_text].text):
        last_text -= 1  # a 单位 cell is not part of the label
    label_cells = cells[: last_text + 1]
    own = "".join(squeeze(c.text) for c in label_cells if not c.covered)
    context_parts: list[str] = []
    for c in label_cells:
        t = squeeze(c.text)
        if t and (not context_parts or context_parts[-1] != t):
            context_parts.append(t)
    values = [c for c in cells[last_text + 1:] if not c.covered]
    return GridRow(own, "".join(context_parts), [c.text for c in values], [c.box for c in values], -1)


def _matches(row: Row, label: str, fuzzy: bool = False) -> tuple[int, int]:
    """How well a printed label names a row: (where its pattern ends in the label, the pattern's
    length), (0, 0) when none is in it. A label that names its group first ("（六）其他处理
    1、申请人…逾期不补正…") names the row whose pattern comes last."""
    best = (0, 0)
    for pattern in row.patterns:
        p = squeeze(pattern)
        at = label.rfind(p) if p else -1
        if at >= 0:
            best = max(best, (at + len(p), len(p)))
    if fuzzy:
        best = (0, 0)
        for pattern in row.cues:
            end = _spread(squeeze(pattern), label)
            if end:
                best = max(best, (end, len(pattern) - 1))
    return best


def _spread(pattern: str, label: str, gap: int = 4) -> int:
    """Where a cue ends in a label that a converter broke apart ("（二）部分<br>这一情|公开…" holds
    部分…公开): the cue's characters in order, at most `gap` characters between two of them.
    Only cues of four or more characters, so that a short word is not found by accident."""
    if len(pattern) < 4:
        return 0
    for start in (i for i, ch in enumerate(label) if ch == pattern[0]):
        at, ok = start, True
        for ch in pattern[1:]:
            nxt = label.find(ch, at + 1, at + 2 + gap)
            if nxt < 0:
                ok = False
                break
            at = nxt
        if ok:
            return at + 1
    return 0


def _table_for(grid_text: str, template: Template) -> Table | None:
    """A table whose caption or header opens inside this text ("第二十条第（六）项", "申请人情况").
    Where a section holds several tables (its openers are declared), a table is known by its
    caption; elsewhere by any of its opening words."""
    for table in template.tables:
        if table.section in template.table_openers and squeeze(table.title) in grid_text:
            return table
    for table in template.tables:
        if table.section not in template.table_openers and any(squeeze(s) in grid_text for s in table.starts):
            return table
    return None


def grid_hits(doc: Document, view: TextView, template: Template) -> list[Hit]:
    hits: list[Hit] = []
    texts = {p.number: p.text for p in doc.pages}
    used: set[tuple[str, str]] = set()  # a row is read once, from the first grid that has it
    for page in doc.pages:
        for grid in page.grids:
            hits += _hits_of_grid(grid, texts, template, used)
    return hits


def _hits_of_grid(grid: Grid, texts: dict[int, str], template: Template, used: set[tuple[str, str]]) -> list[Hit]:
    out: list[Hit] = []
    current: Table | None = None
    header_text = ""
    group = ""  # the old appendix's current group heading (一、主动公开情况 ...)
    for i, cells in enumerate(grid.rows):
        row_text = "".join(squeeze(c.text) for c in cells if not c.covered)
        opened = _table_for(row_text, template)
        split = split_grid_row(cells)
        if split is None:
            continue
        numbers = [v for v in split.values if squeeze(v) not in _UNIT_CELL or not squeeze(v)]
        if opened is not None and not any(squeeze(v) for v in numbers):
            current, header_text = opened, row_text
            continue
        if not split.values:
            header_text += row_text  # only labels: a header row
            continue
        table, row = _row_for(split, current, template, used)
        if table is None or not any(squeeze(v) for v in split.values) and not (row and row.key):
            header_text += row_text  # a header row, or a row that names nothing known
            continue
        if table.unit_cell:
            if not any(squeeze(v) for v in numbers) and "——" in map(squeeze, split.values):
                group = row.key if row.key in _group_keys(template) else group
                continue  # "一、主动公开情况 ——": a group heading, no cell of its own
            if not row.key and not is_row_label(open_key(split.own), template):
                continue
        elif not any(squeeze(v) for v in numbers) and (not row.key or table.single_row):
            header_text += row_text
            continue
        if table.single_row:
            row = table.rows[0]
        used.add((table.key, row.key))
        out.append(_grid_hit(grid, i, split, table, row, header_text, texts[grid.page_of(i)], group))
    return out


def _row_for(split: GridRow, current: Table | None, template: Template,
             used: set[tuple[str, str]]) -> tuple[Table | None, Row | None]:
    tables = [current] if current is not None else []
    tables += [t for t in template.tables if t is not current]
    for table in tables:
        if table.single_row:
            if table is current and not split.own:
                return table, table.rows[0]
            continue
        # Exact patterns first; a cue spread over a broken label only when no row's pattern is
        # in it whole (and never in the old appendix, whose undeclared labels are rows of their own).
        for fuzzy in (False,) if table.open_rows else (False, True):
            best: tuple[tuple, int, Row] | None = None
            for k, row in enumerate(table.rows):
                if (table.key, row.key) in used:
                    continue
                own, context = _matches(row, split.own, fuzzy), _matches(row, split.context, fuzzy)
                score = (1, *own) if own[1] else (0, *context)
                if score[2] and (best is None or score > best[0]):
                    best = (score, -k, row)
            if best is not None:
                return table, best[2]
        if table.open_rows and split.own and current is table:
            return table, Row("", split.own)
    return None, None


def _grid_hit(grid: Grid, i: int, split: GridRow, table: Table, row: Row, header: str, page_text: str,
              group: str = "") -> Hit:
    values, boxes, unit = list(split.values), list(split.boxes), None
    if table.unit_cell and values and squeeze(values[0]) in _UNIT_CELL:
        unit = squeeze(values[0])
        values, boxes = values[1:], boxes[1:]
    columns = present_columns(table, header)
    tokens: list[Token] = []
    token_boxes: list[Box | None] = []
    for text, box in zip(values, boxes, strict=True):
        parts = squeeze(text) and _SPACED_UNIT.sub(r"\1\2", nfkc(text)).split() or [""]
        for part in parts:
            tok = parse_token(part, splittable=False, nil=True)
            if tok is None:
                continue
            tokens.append(tok)
            token_boxes.append(box)
    if len(tokens) > len(columns):
        # More cells than the table has columns: trailing empty cells of a wider grid, or a
        # converter's phantom column. The printed cells (numbers, and dashes: printed blanks)
        # are the cells only when they are exactly as many as the columns (or the extra cells
        # are all empty at the end).
        kept = [i for i, t in enumerate(tokens) if not t.blank or t.nil]
        if all(t.blank and not t.nil for t in tokens[len(columns):]):
            kept = list(range(len(columns)))
        if len(kept) == len(columns):
            tokens, token_boxes = [tokens[i] for i in kept], [token_boxes[i] for i in kept]
    printed = split.own or split.context
    if not row.key:
        row = Row(_open_key(group, printed), printed)
    quote = _grid_quote(grid, i, page_text, printed, [t.shown for t in tokens if not t.blank])
    return Hit(table, row, printed, tokens, columns, grid.page_of(i), quote, f"grid:{grid.origin}", unit,
               token_boxes, header_unit=declared_money(header))


def _grid_quote(grid: Grid, i: int, page_text: str, label: str, values: list[str]) -> str:
    """The row's text, verbatim in its page: the line the loader wrote for it, or, for PDFs, the
    span of the page text from the label to the row's numbers."""
    if grid.row_spans:
        a, b = grid.row_spans[i]
        return page_text[a:b]
    pattern = r"\s*".join(_printed_pattern(v) for v in values) if values else None
    view = _page_view(page_text)
    hits = [m for m in re.finditer(pattern, view.norm)] if pattern else []
    label_at = view.find(label[: min(len(label), 8)]) if label else []
    if not hits:
        if label_at:
            return view.quote(label_at[0], view.end_of(label_at[0], label[:8]))
        return " ".join(values)
    best = hits[0]
    if label_at:
        best = min(hits, key=lambda m: min(abs(m.start() - a) for a in label_at))
        start = max((a for a in label_at if a <= best.start()), default=None)
        if start is not None and best.start() - start < 160:
            return view.quote(start, best.end())
    line_start = view.norm.rfind("\n", 0, best.start()) + 1
    return view.quote(line_start, best.end())


def _printed_pattern(value: str) -> str:
    """A value as its page may print it: digits with thousands separators ("2,074.00"), its
    unit after a space or none ("2074 万元")."""
    match = re.match(r"^([+\-]?)(\d+)(\.\d+)?(.*)$", value)
    if not match:
        return re.escape(value)
    sign, whole, frac, unit = match.groups()
    digits = "[,，]?".join(whole)
    return re.escape(sign) + digits + re.escape(frac or "") + (r"\s*" + re.escape(unit) if unit else "")


@lru_cache(maxsize=64)
def _page_view(page_text: str) -> TextView:
    return TextView.of_text(page_text)


def open_key(label: str) -> str:
    return LABEL_NUMBERING.sub("", re.sub(r"[（(][^（）()]*[）)]", "", squeeze(label))).strip("：:") or label


def present_columns(table: Table, header: str) -> tuple[Column, ...]:
    """The columns a report prints: optional ones (历年累计) only when their header is there."""
    packed = squeeze(header)
    return tuple(c for c in table.columns
                 if not c.optional or any(squeeze(v) in packed for v in (c.label, *c.variants)))


# --- rows from text ---------------------------------------------------------------------------


def text_hits(view: TextView, template: Template, found: set[tuple[str, str]]) -> list[Hit]:
    sections = find_sections(view, template)
    hits: list[Hit] = []
    for region in table_regions(view, template, sections):
        if all((region.table.key, r.key) in found for r in region.table.rows):
            continue  # the table came from a grid
        rows = text_rows(view, region)
        columns = present_columns(region.table, region.header)
        group = ""
        # An appendix whose labels mostly stand without values lost its columns (text extracted
        # column by column): a label without a value there is not a blank cell.
        lost = region.table.unit_cell and sum(tr.run is None for tr in rows) > 0.5 * max(len(rows), 1)
        # A value standing apart from every row ("统计数 0" after a page break) belongs to one of
        # the rows printed without a value, and which one is not known: none of them is blank.
        displaced = region.table.unit_cell and any(tr.stray for tr in rows)
        state = {"used": set(), "after": -1, "lost": lost, "displaced": displaced}
        for tr in rows:
            hit = _text_hit(view, region, tr, columns, group, state)
            if hit is None:
                continue
            if region.table.open_rows and not hit.tokens and not hit.refuted:
                if "." not in hit.row.key and hit.row.key in _group_keys(template):
                    group = hit.row.key  # a group heading ("一、主动公开情况 ——") names what follows
                continue
            if (region.table.key, hit.row.key) in found:
                continue
            found.add((region.table.key, hit.row.key))
            hits.append(hit)
    return hits


def _text_hit(view: TextView, region: Region, tr: TextRow, columns, group: str, state: dict) -> Hit | None:
    table = region.table
    row = tr.row
    printed = tr.printed or view.norm[tr.label.start:tr.label.end]
    if table.unit_cell:
        declared = _declared(table, tr.printed, state["used"], state["after"])
        if declared is not None:
            state["used"].add(declared.key)
            state["after"] = table.rows.index(declared)
        row = declared or Row(_open_key(group, tr.printed), tr.printed)
        if tr.unit == "——" and tr.run is None:
            return Hit(table, row, printed, [], columns, view.page_at(tr.label.start), "", "text", None)
    tokens = list(tr.run.tokens) if tr.run else []
    if tr.run is None and table.unit_cell and (state.get("lost") or tr.stray):
        hit = Hit(table, row, printed, [], columns, view.page_at(tr.label.start),
                  view.quote(tr.label.start, tr.label.end), "text", None)
        hit.refuted = "the label is printed without its value (the text lost the table's columns)"
        return hit
    if tr.run is None and table.unit_cell and state.get("displaced"):
        hit = Hit(table, row, printed, [], columns, view.page_at(tr.label.start),
                  view.quote(tr.label.start, tr.label.end), "text", None)
        hit.refuted = ("printed without a value in a table where a value stands apart from its row "
                       "(the text's order is scrambled): this cell may be the one that lost it")
        return hit
    if tr.run is None and table.unit_cell:
        tokens = [Token("", blank=True, splittable=False)] * len(columns)
    if tr.run is not None and tr.run.tabbed:
        while len(tokens) > len(columns) and tokens[-1].blank:
            tokens.pop()
        tokens += [Token("", blank=True, splittable=False)] * max(0, len(columns) - len(tokens))
    span = tr.span
    quote = view.quote(span.start, span.end)
    unit = None if tr.unit in (None, "——") else tr.unit
    hit = Hit(table, row, printed, tokens, columns, view.page_at(tr.label.start), quote, "text", unit)
    hit.assembled = tr.run is not None and tr.run.assembled and not tr.run.tabbed
    hit.header_unit = declared_money(region.header)
    return hit


def _declared(table: Table, label: str, used: set[str], after: int) -> Row | None:
    """The declared row a printed label names: the best-matching row not used yet, preferring
    rows after the last one matched (the same label, 被依法纠错数, is under 复议 and under 诉讼)."""
    packed = squeeze(label)
    best = None
    for k, row in enumerate(table.rows):
        if row.key in used:
            continue
        score = _matches(row, packed, fuzzy=False)
        if score[1] and (best is None or (score[1], k > after) > (best[0][1], best[1] > after)):
            best = (score, k, row)
    return best[2] if best else None


def _open_key(group: str, label: str) -> str:
    key = open_key(label)
    return f"{group}.{key}" if group else key


# --- facts ----------------------------------------------------------------------------------


def facts_of(hits: list[Hit], report: str, meta: ReportMeta, template: Template) -> list[Fact]:
    titles = {s.number: s.title for s in template.sections}
    out = []
    for hit in hits:
        section = titles.get(hit.table.section, template.appendix_title)
        agreed = _agreed(hit)
        printed_units = _printed_units(hit)
        for k, column in enumerate(hit.columns):
            value, status, note = agreed[k]
            unit = hit.unit or next((t.unit for t in hit.tokens if t.unit), None) if len(hit.columns) == 1 else None
            unit = unit or column.unit or hit.unit
            shown = ""
            if status == "ok" and value is not None:
                cell = _unit_of_cell(hit, column, value, printed_units, k)
                value, shown = cell.value, cell.printed
                status, note, unit = cell.status, cell.note or note, cell.unit or unit
            if status == "ok" and value is None:
                status = "blank"
                note = note or _nil_note(hit, k)
            label = " ".join(p for p in (hit.row.bare if hit.row.label else hit.printed,
                                         column.label if column.key else "") if p)
            out.append(Fact(
                report=report, body=meta.body, year=meta.year, template=template.id, section=section,
                table=hit.table.title, row=hit.printed, column=column.label, metric=hit.metric(column),
                label=label.strip() or hit.printed, value=value, unit=unit, page=hit.page,
                source_text=hit.quote, region=meta.region, status=status, note=note or hit.note,
                box=hit.boxes[k] if k < len(hit.boxes) and len(hit.boxes) == len(hit.columns) else None,
                origin=hit.origin, printed=shown,
            ))
    return out


def _printed_units(hit: Hit) -> list[str | None] | None:
    """The unit each cell was printed with (a token's unit, else the row's printed 单位 cell);
    None when the surviving readings put a printed unit on different cells."""
    if not any(t.unit for t in hit.tokens):
        return [hit.unit] * len(hit.columns)
    found = {tuple(units) if units is not None else None
             for units in (token_units(hit.tokens, r) for r in hit.readings or [])}
    if len(found) != 1 or None in found:
        return None
    return [u or hit.unit for u in next(iter(found))]


def _unit_of_cell(hit: Hit, column: Column, value: Number, units: list[str | None] | None, k: int) -> CellUnit:
    """A read cell against the unit its template declares (the row's, in the old appendix)."""
    declared = hit.row.unit or column.unit
    header = hit.header_unit if declared and unit_kind(declared) == "money" else None
    if units is None:  # the unit was printed, and which cell it belongs to is not settled
        kinds = {unit_kind(t.unit) for t in hit.tokens if t.unit}
        if declared and kinds == {unit_kind(declared)} and unit_kind(declared) != "money":
            return CellUnit(value)
        return CellUnit(None, "unreadable", f"{printed(hit)}: which cell its printed unit belongs to is not known")
    return settle_unit(value, units[k] or header, declared)


def _nil_note(hit: Hit, k: int) -> str:
    tokens = hit.tokens if len(hit.tokens) == len(hit.columns) else []
    return f"printed as {tokens[k].text}: no figure" if tokens and tokens[k].nil else ""


def _agreed(hit: Hit) -> list[tuple[Number | None, str, str]]:
    n = len(hit.columns)
    if hit.readings is None:
        return [(None, "unreadable", f"too many ways to read {printed(hit)} as {n} cells")] * n
    if not hit.readings:
        if hit.refuted:
            return [(None, "unreadable", hit.refuted)] * n
        if not hit.tokens:
            return [(None, "unreadable", "no values printed for this row")] * n
        count = len(hit.tokens)
        return [(None, "unreadable",
                 f"{count} value{'s' if count != 1 else ''} ({printed(hit)}) for {n} cells: "
                 "which cells are blank is not known")] * n
    out = []
    for k in range(n):
        values = {r[k] for r in hit.readings}
        if len(values) == 1:
            glued = len(hit.tokens) < n
            out.append((next(iter(values)), "ok", hit.note or ("glued digits read by the table's checks" if glued else "")))
        else:
            shown = ", ".join("|".join(show_number(v) for v in r)
                              for r in hit.readings[:4])
            more = f" and {len(hit.readings) - 4} more" if len(hit.readings) > 4 else ""
            out.append((None, "unreadable", f"{printed(hit)} can be read as {shown}{more}"))
    return out


def read_tables(doc: Document, meta: ReportMeta) -> ReadResult:
    """Every fact of the report's national tables."""
    template = by_id(meta.template)
    view = TextView.of_document(doc)
    hits = grid_hits(doc, view, template)
    deadline.check()
    # A table read from a grid is not read again from the text: PDF text of a ruled table is
    # the same cells with their positions lost.
    found = {(h.table.key, r.key) for h in hits for r in h.table.rows} | {(h.table.key, h.row.key) for h in hits}
    hits += text_hits(view, template, found)
    hits = [h for h in hits if h.tokens or h.table.unit_cell and h.row.label]
    hits = [h for h in hits if not (h.table.unit_cell and not h.tokens and h.unit is None and "." not in h.row.key
                                    and h.row.key in _group_keys(template))]
    regions = table_regions(view, template, find_sections(view, template))
    deadline.check()
    settle(hits, template, prose_sentences(view, regions))
    deadline.check()
    result = ReadResult(facts_of(hits, doc.name, meta, template))
    for fact in result.unreadable:
        result.problems.append(f"{fact.metric}: {fact.note}")
    # Every declared cell not found is said, never silently absent (index/completeness.py).
    missing = missing_cells(result.facts, template, doc.name, meta, {r.table.key for r in regions})
    result.facts += missing
    result.problems += completeness_summary(missing)
    return result


def _group_keys(template: Template) -> set[str]:
    return {r.key for t in template.tables for r in t.rows if t.unit_cell and "." not in r.key}
