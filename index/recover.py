"""Recover table rows from text, for forms that lost the grid (text exported from PDFs, a web
page's text with the whole report on one line and cells glued together).

The template says which rows a table has and in which order, so rows are found by their labels
(cues that survive wrapping, spacing, gluing and typos), in order, inside the table's region of
its section. A row's values are the run of number tokens next to its label: right after it, or,
where PDF text printed a row's numbers above its vertically centred label, the unclaimed run
just before it. Tokens keep what the text says about cell boundaries: whitespace separates
cells, an empty field between tabs is a blank cell, and digits glued together stay one token for
`splits.readings` to cut. Nothing here decides a value; it finds what the text printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon.numbering import ITEM_NUMBER, LABEL_NUMBERING, TOP_SECTION
from .lexicon.numerals import SECTION_NUMERALS
from .lexicon.units import UNITS_RE, YUAN
from .splits import UNITS, Token, parse_token
from .templates import Row, Table, Template
from .textview import TextView

# A number token in norm text, with a glued unit; a sign may start a later glued number.
_VALUE = re.compile(r"[+\-]?\d[\d,]*(?:\.\d+)?(?:[+\-]\d[\d,]*(?:\.\d+)?)*(?:" + "|".join(map(re.escape, UNITS)) + ")?")
# A money unit printed after a cell's number and a space ("2074 万元"), before a space or the end.
_SPACED_MONEY = re.compile(r"[ \t\u3000]+(" + "|".join(map(re.escape, sorted(YUAN, key=len, reverse=True)))
                           + r")(?=\s|$)")
# A page number between dashes ("- 2 -", "-2-"), alone on its line.
_PAGE_FOOTER = re.compile(r"(?<![^\n])[ \t]*[-－—]\s?\d{1,3}\s?[-－—][ \t]*(?=\n|$)")
_RULE_OR_FOOTER = re.compile(r"[-=—]{3,}[-=—\s]*|(?<![^\n])[ \t]*-\s?\d{1,3}\s?-[ \t]*(?=\n)")
# A value at the start of a label span, before the label's words.
_STRAY = re.compile(r"\s*\d[\d,]*(?:\.\d+)?\s+(?=\S)")
# A numbering marker before a label: "2." / "2、" / "(二)" / "二、".
_MARKER_BEFORE = re.compile(r"(\d{1,2})[.、．]$")
# Text between a label and its values that is not a value: spaces, a colon, a unit word, "——".
_GAP = re.compile(r"[\s:：]*(?:(?:" + "|".join(map(re.escape, UNITS)) + r"|——|--)(?![\u4e00-\u9fff]))?[\s:：]*")
_PAREN_NOTE = re.compile(r"[（(][^（）()\d]{0,40}?(?:\d+\s*[\u4e00-\u9fff]{0,3})?[^（）()]{0,30}?[）)]")
# A row's unit in the old appendix, before its values, a line end or the next row's numbering;
# or its "——" (no cell of its own), as printed or as a converter wrote it ("------").
_APPENDIX_UNIT = re.compile(rf"({UNITS_RE})(?=[\s\d:：]|$|{TOP_SECTION}|[（(]|{ITEM_NUMBER})"
                            r"|(——|(?<![\w-])-{3,8}(?![\w-]))")
# A blank row's unit between its label and the next label ("条 其中：1."), nothing else.
_BLANK_UNIT = re.compile(rf"\s*({UNITS_RE})\s*(?:其中[:：]?)?\s*(?:{ITEM_NUMBER})?\s*$")


@dataclass
class Span:
    start: int  # norm offsets
    end: int


@dataclass
class Run:
    tokens: list[Token]
    start: int
    end: int
    tabbed: bool = False  # cells were separated by tabs (an empty field is a blank cell)
    # put together from several lines, or found away from its label (before it, after the
    # label's wrapped rest): a placement the table's checks must not refute
    assembled: bool = False


@dataclass
class TextRow:
    """A row found in text: which template row, its label span and its values."""

    row: Row
    label: Span
    run: Run | None = None
    unit: str | None = None
    printed: str = ""  # the label as printed (open rows are keyed by it)
    stray: bool = False  # a value stands just before the label, and none after it

    @property
    def span(self) -> Span:
        if self.run is None:
            return self.label
        return Span(min(self.label.start, self.run.start), max(self.label.end, self.run.end))


@dataclass
class Region:
    template: Template
    table: Table
    start: int
    end: int
    header: str = ""  # text between the region start and the first row (column headers)


@dataclass
class Sections:
    spans: dict[int, Span] = field(default_factory=dict)

    def get(self, number: int) -> Span | None:
        return self.spans.get(number)


def find_sections(view: TextView, template: Template) -> Sections:
    """Numbered sections in running text: "二、" with its keyword within the next few characters,
    in order (a heading need not start a line: web pages put the report on one line)."""
    found: dict[int, int] = {}
    position = 0
    for section in template.sections:
        numeral = SECTION_NUMERALS[section.number - 1] + "、"
        for at in view.find(numeral, position):
            window = view.squeezed[view.sq_of_norm(at): view.sq_of_norm(at) + 16]
            if section.keyword in window:
                found[section.number] = at
                position = at + 1
                break
    out = Sections()
    numbers = sorted(found)
    for i, number in enumerate(numbers):
        end = found[numbers[i + 1]] if i + 1 < len(numbers) else len(view.norm)
        out.spans[number] = Span(found[number], end)
    return out


def table_regions(view: TextView, template: Template, sections: Sections) -> list[Region]:
    """Where each table's rows are searched: from the table's opening text (caption or header)
    inside its section, to the end of that section. Tables of a section with declared openers
    (section 二's 第二十条 captions) share one region from the first opener (their row labels are
    distinct and in order); the old appendix ends at its sign-off (the template's closers)."""
    regions = []
    for table in template.tables:
        if table.section == 0:
            start = _appendix_start(view, table)
            if start is None:
                continue
            end = _first(view, template.table_closers, start, len(view.norm))
            regions.append(Region(template, table, start, end if end is not None else len(view.norm)))
            continue
        span = sections.get(table.section)
        if span is None:
            continue
        openers = template.table_openers.get(table.section)
        start = _first(view, openers or table.starts, span.start, span.end)
        regions.append(Region(template, table, span.start if start is None else start, span.end))
    return regions


def _appendix_start(view: TextView, table: Table) -> int | None:
    """The appendix opens with its column header (统计指标 / 指标名称); its title alone is also
    named in the prose ("本报告由……政府信息公开情况统计表共五个部分组成"), so only its last
    occurrence counts."""
    header = _first(view, table.starts[:2], 0, len(view.norm))
    if header is not None:
        title = [h for n in table.starts[2:] for h in view.find(n, 0, header)]
        return max(title) if title and header - max(title) < 80 else header
    titles = [h for n in table.starts[2:] for h in view.find(n)]
    return max(titles) if titles else None


def _first(view: TextView, needles: tuple[str, ...], start: int, end: int) -> int | None:
    hits = [h for n in needles for h in view.find(n, start, end)[:1]]
    return min(hits) if hits else None


# --- value runs ------------------------------------------------------------------------------


def value_runs(view: TextView, start: int, end: int, marker: str | None = None) -> list[Run]:
    """Runs of value tokens in norm[start:end]: tokens separated only by whitespace. A numbering
    marker before a label ("2.其他…") is not a value; an empty field between two tabs is a blank.
    Digits glued to such a marker ("41815092.政府公报公开") lose the marker's digits: `marker`
    when the numbering says which they are, else one digit."""
    text = view.norm
    runs: list[Run] = []
    current: Run | None = None
    i = start
    while i < end:
        ch = text[i]
        if ch.isspace():
            if ch == "\t" and current is not None:
                current.tabbed = True
                j = i + 1
                while j < end and text[j] == "\t":
                    current.tokens.append(Token("", blank=True, splittable=False, start=j, end=j))
                    j += 1
                i = j
                continue
            if ch == "\n" and current is not None and _line_break_ends_run(text, i, end):
                runs.append(current)
                current = None
            i += 1
            continue
        footer = _PAGE_FOOTER.match(text, i, end)
        if footer:  # "- 2 -": a page number, not a value
            if current is not None:
                runs.append(current)
                current = None
            i = footer.end()
            continue
        match = _VALUE.match(text, i, end)
        if match and _is_marker(text, match.end(), end) and match.group().isdigit() \
                and len(match.group()) > len(marker or "x"):
            digits = match.group()
            cut = len(marker) if marker and digits.endswith(marker) else 1
            match = _VALUE.match(text, i, match.end() - cut)
        if match and not _is_marker(text, match.end(), end) and not _inside_word(text, i):
            # "2074 万元": the cell's money unit printed after a space is the cell's unit
            spaced = _SPACED_MONEY.match(text, match.end(), end) if match.group()[-1:].isdigit() else None
            stop = spaced.end() if spaced else match.end()
            tok = parse_token(match.group() + (spaced.group(1) if spaced else ""), start=i, end=stop)
            if tok is not None:
                if current is None:
                    current = Run([], i, stop)
                current.tokens.append(tok)
                current.end = stop
                i = stop
                continue
        if current is not None:
            runs.append(current)
            current = None
        i = match.end() if match else i + 1
    if current is not None:
        runs.append(current)
    return runs


def _line_break_ends_run(text: str, i: int, end: int) -> bool:
    """In multi-line text a row's numbers share a line; the next line's numbers are another row."""
    return True


def _is_marker(text: str, after: int, end: int) -> bool:
    """"2." or "2、" followed by a label character: a numbering marker, not a value."""
    if after >= end or text[after] not in ".、．":
        return False
    return text[after] == "、" or (after + 1 < len(text) and not text[after + 1].isdigit()
                                   and not text[after + 1].isspace())


def _inside_word(text: str, i: int) -> bool:
    """A digit that continues Latin letters (a URL, "A4") is not a table value."""
    return i > 0 and text[i - 1].isascii() and text[i - 1].isalpha()


# --- labels ----------------------------------------------------------------------------------


def _occurrences(view: TextView, row: Row, start: int, end: int) -> list[Span]:
    spans = []
    for pattern in sorted(row.patterns, key=len, reverse=True):
        for at in view.find(pattern, start, end):
            spans.append(Span(at, view.end_of(at, pattern)))
    spans.sort(key=lambda s: s.start)
    return spans


def _extend(view: TextView, span: Span, row: Row, floor: int, limit: int) -> Span:
    """The label as printed around a cue: the declared label's characters before the cue and
    its numbering marker ("1." "一、"), and the rest of the printed label after it (a note in
    brackets included), up to where values may start."""
    text = view.norm
    cue = re.sub(r"\s+", "", text[span.start:span.end])  # a cue found across a line break
    at = row.label.find(cue)
    before, after = (row.label[:at], row.label[at + len(cue):]) if at >= 0 else ("", "")
    start = span.start
    pending = set(c for c in before if not c.isdigit() and c not in ".、．")
    while start > floor and (text[start - 1] in pending or text[start - 1] in " \t"):
        start -= 1
    marker = _MARKER_BEFORE.search(text[max(floor, start - 4):start])
    if marker:
        digits = marker.group(1)
        expected = row.ordinal
        if expected and digits.endswith(expected):
            start -= len(expected) + 1
        elif not expected and len(digits) == 1:
            start -= 2
    end = span.end
    rest = set(c for c in after if not c.isdigit())
    while end < limit and (text[end] in rest or text[end] in " \t\n" and end + 1 < limit
                           and text[end + 1] in rest):
        end += 1
    if end < limit and text[end] in "（(":
        close = _close_paren(text, end, limit)
        if close is not None:
            end = close
    return Span(start, end)


def _close_paren(text: str, at: int, limit: int) -> int | None:
    depth = 0
    for i in range(at, min(limit, at + 80)):
        if text[i] in "（(":
            depth += 1
        elif text[i] in "）)":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def find_rows(view: TextView, region: Region) -> list[TextRow]:
    """The declared rows of a table, in template order, each at its first occurrence after the
    previous row's (a row the report does not print is skipped)."""
    table = region.table
    rows: list[TextRow] = []
    position = region.start
    for row in table.rows:
        hits = [s for s in _occurrences(view, row, position, region.end)]
        hits = [s for s in hits if not _taken(s, rows)]
        if not hits:
            continue
        chosen = hits[0]
        rows.append(TextRow(row, chosen))
        position = chosen.end
    for i, tr in enumerate(rows):
        limit = rows[i + 1].label.start if i + 1 < len(rows) else region.end
        floor = rows[i - 1].label.end if i else region.start
        tr.label = _extend(view, tr.label, tr.row, floor, limit)
    # a later label's marker may have reached into the previous row's run: trim overlaps
    for prev, nxt in zip(rows, rows[1:], strict=False):
        if nxt.label.start < prev.label.end:
            nxt.label.start = prev.label.end
    return rows


def _taken(span: Span, rows: list[TextRow]) -> bool:
    return any(r.label.start <= span.start < r.label.end for r in rows)


def attach_runs(view: TextView, rows: list[TextRow], region: Region) -> None:
    """Give each row its run of values: the run right after its label if there is one (before the
    next label); else the run after the rest of its label wrapped onto the next lines; else the
    unclaimed run just before its label (values printed above a vertically centred label), but
    only where the row before has its own values (otherwise that run may be the row before's)."""
    spare: Run | None = None
    width = sum(not c.optional for c in region.table.columns)
    extras: list[list[Run]] = []
    for i, tr in enumerate(rows):
        limit = rows[i + 1].label.start if i + 1 < len(rows) else region.end
        runs = value_runs(view, tr.label.end, limit)
        gap = _GAP.match(view.norm, tr.label.end, limit)
        gap_end = gap.end() if gap else tr.label.end
        unit = gap.group().strip(" \t\n:：") if gap and gap.group().strip(" \t\n:：") else None
        adjacent = runs[0] if runs and runs[0].start <= gap_end else None
        if adjacent is None and runs and _wrapped_label(view.norm[tr.label.end:runs[0].start], tr.row):
            adjacent = runs[0]
            adjacent.assembled = True
        if adjacent is not None:
            tr.run, tr.unit = adjacent, unit
            rest = runs[1:]
            # one cell per line: the next lines' numbers continue the row while it lacks cells
            while rest and len(tr.run.tokens) < width and len(tr.run.tokens) + len(rest[0].tokens) <= width \
                    and not view.norm[tr.run.end:rest[0].start].strip():
                nxt = rest.pop(0)
                tr.run = Run(tr.run.tokens + nxt.tokens, tr.run.start, nxt.end, tr.run.tabbed or nxt.tabbed, True)
        elif spare is not None:
            tr.run, rest = spare, runs
            spare.assembled = True
        else:
            rest = runs
        extras.append(rest)
        spare = rest[-1] if rest and tr.run is not None else None
    _labels_then_values(view, rows, extras, width)


def _wrapped_label(between: str, row: Row) -> bool:
    """Is the text between a label's cue and a run the rest of that label, wrapped onto the next
    lines ("…逾期未按收费通知要 / 他处理 / 求缴纳费用、行政机关不再处理  6 0 0")? Most of its
    characters are the declared label's, and it holds no digit."""
    chars = [c for c in re.sub(r"\s+", "", between) if not c.isascii() or c.isalnum()]
    if not chars or len(chars) > 40 or any(c.isdigit() for c in chars):
        return False
    own = set(row.label)
    return sum(c in own for c in chars) >= 0.8 * len(chars)


def _labels_then_values(view: TextView, rows: list[TextRow], extras: list[list[Run]], width: int) -> None:
    """Labels printed one after another and then their values (text extracted column by column:
    "行政处罚 行政强制 4119 195"): the run after the last label is not that row's alone. A table of
    one value column is read in order when the values are exactly as many as the labels; any
    other such block stays unread (which value is whose is not known)."""
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and rows[j].run is None:
            j += 1
        if j == i or j >= len(rows) or not extras[j]:
            i = j + 1
            continue
        block = rows[i:j + 1]
        runs = [rows[j].run]
        for run in extras[j]:  # the values standing together after the last label
            if view.norm[runs[-1].end:run.start].strip():
                break
            runs.append(run)
        if len(runs) == 1:
            i = j + 1
            continue
        tokens = [t for run in runs for t in run.tokens]
        if width == 1 and len(runs) == len(block) and all(len(r.tokens) == 1 for r in runs):
            for tr, run in zip(block, runs, strict=True):
                tr.run = run
                run.assembled = True
        elif len(tokens) >= width * len(block) - width + 1:
            rows[j].run = None
        i = j + 1


def text_rows(view: TextView, region: Region) -> list[TextRow]:
    if region.table.unit_cell:
        return appendix_rows(view, region)
    if region.table.single_row:
        return single_row(view, region)
    rows = find_rows(view, region)
    attach_runs(view, rows, region)
    if rows:
        region.header = view.norm[region.start:rows[0].label.start]
    return rows


def single_row(view: TextView, region: Region) -> list[TextRow]:
    """Section 四: the first run after the header that can hold the table's cells."""
    width = len(region.table.columns)
    header_end = region.start
    for word in ("总计", "尚未审结"):
        hits = view.find(word, region.start, region.end)
        if hits:
            header_end = max(header_end, view.end_of(hits[-1] if len(hits) <= 3 else hits[2], word))
    runs = value_runs(view, header_end, region.end)
    for run in runs:
        digits = sum(len(re.sub(r"\D", "", t.text)) for t in run.tokens if not t.blank)
        cells = len(run.tokens)
        if digits >= width and cells <= width or cells == width:
            row = region.table.rows[0]
            return [TextRow(row, Span(region.start, region.start), run)]
    joined = _one_per_line(view, runs, width)
    return [TextRow(region.table.rows[0], Span(region.start, region.start), joined)] if joined else []


def _one_per_line(view: TextView, runs: list[Run], width: int) -> Run | None:
    """The row's cells one per line (a web extractor's text of a table): consecutive runs with
    nothing but whitespace between them, exactly `width` values in all."""
    k = 0
    while k < len(runs):
        tokens, end, j = list(runs[k].tokens), runs[k].end, k + 1
        while j < len(runs) and not view.norm[end:runs[j].start].strip():
            tokens, end, j = tokens + runs[j].tokens, runs[j].end, j + 1
        if len(tokens) == width:  # the whole block, not the start of a longer one
            return Run(tokens, runs[k].start, end, assembled=True)
        k = j
    return None


# --- the old appendix: label, unit, values ----------------------------------------------------


def appendix_rows(view: TextView, region: Region) -> list[TextRow]:
    """Rows of 统计指标 / 单位 / 统计数 tables: each row ends with its unit and values, which
    anchors it whether the text keeps lines or glues everything together."""
    text = view.norm
    masked = _mask_notes(text, region.start, region.end)
    rows: list[TextRow] = []
    label_start = region.start
    header_end = None
    i = region.start
    while i < region.end:
        match = _APPENDIX_UNIT.search(masked, i, region.end)
        if not match:
            break
        unit_start, unit_end = match.span()
        label_text = masked[label_start:unit_start]
        header = _is_header(label_text, region.template)
        if not re.search(r"[\u4e00-\u9fff]{2,}", label_text) or header:
            label_start = unit_end if header else label_start
            if header_end is None and header:
                header_end = unit_end
            i = unit_end
            continue
        label = _label_span(masked, label_start, unit_start)
        # the end of a sentence before the label (a note's text wrapped onto the label's line)
        # or a page number and a converter's table rule ("- 5 -", "------ ---")
        stop = max(masked.rfind(c, label.start, label.end) for c in "。；;")
        rules = list(_RULE_OR_FOOTER.finditer(masked, label.start, label.end))
        stop = max(stop, rules[-1].end() - 1 if rules else -1)
        if stop >= 0 and re.search(r"[\u4e00-\u9fff]{2,}", masked[stop:label.end]):
            label = _label_span(masked, stop + 1, label.end)
        # Rows whose cell is blank leave "label unit" glued to the next label
        # ("政府公报公开政府信息数条政府网站公开政府信息数条320"): each declared label is a row.
        for blank_label, blank_unit in _blank_rows(text, label, region.table):
            rows.append(TextRow(Row("", ""), blank_label, None, blank_unit,
                                _clean_label(text[blank_label.start:blank_label.end])))
            label = Span(blank_label.end + len(blank_unit or ""), label.end)
        own = _MARKER_AT.match(text, label.start)
        expected = str(int(own.group(1)) + 1) if own else None
        runs = value_runs(view, unit_end, region.end, expected)
        run = runs[0] if runs and not masked[unit_end:runs[0].start].strip() else None
        end = run.end if run else unit_end
        printed = _clean_label(text[label.start:label.end])
        if is_row_label(printed, region.template):
            # "——" (no cell of its own) as printed, or as a converter wrote it ("------")
            unit = match.group(1) or "——"
            rows.append(TextRow(Row("", ""), label, run, unit, printed))
            # a value standing before the label ("统计数 0 8.告知…办理数 件"): printed above a
            # vertically centred label, or the row before's; the row is not known to be blank
            rows[-1].stray = run is None and bool(_STRAY.match(text, label.start, label.end))
        label_start = end
        i = end
    region.header = text[region.start:(rows[0].label.start if rows else region.end)]
    return rows


def _blank_rows(text: str, label: Span, table: Table) -> list[tuple[Span, str | None]]:
    """Label spans (with their unit) that come before the last declared label in `label`: rows
    printed with a unit and no value, glued to the next row's label."""
    packed = text[label.start:label.end]
    hits: list[tuple[int, int]] = []
    for row in table.rows:
        if "." not in row.key and row.unit is None:
            continue  # a group heading is not a row with a cell
        for pattern in row.patterns:
            for m in re.finditer(re.escape(pattern), packed):
                hits.append((m.start(), m.end()))
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        if all(end <= a or start >= b for a, b in chosen):
            chosen.append((start, end))
    chosen.sort()
    out = []
    for (start, end), (nxt, _) in zip(chosen, chosen[1:], strict=False):
        between = packed[end:nxt]
        unit = _BLANK_UNIT.match(between)
        if unit:
            out.append((Span(label.start + start, label.start + end), unit.group(1)))
    return out


def is_row_label(label: str, template: Template) -> bool:
    """A row label is a short name, not a sentence, a fill-in line ("目_占比80%…") or the
    sign-off under the table (the template's closers: 填报人, 审核人 …)."""
    return 2 <= len(label) <= 50 and not re.search(r"[，,。；;%_]", label) \
        and not any(closer in label for closer in template.table_closers)


def _is_header(text: str, template: Template) -> bool:
    """The appendix's column header (指标名称 计量单位 统计数) or its marker alone (统计指标)."""
    packed = re.sub(r"\s+", "", text)
    return packed.endswith(("计量", "单位", "计量单位")) or any(re.fullmatch(m, packed) for m in template.appendix_markers)


def _mask_notes(text: str, start: int, end: int) -> str:
    """Explanatory notes in brackets ("（不同渠道和方式公开相同信息计 1 条）") hold digits and unit
    words that are not a row's values: blank them out (offsets are kept)."""
    chars = list(text)
    for match in re.finditer(r"[（(][^（）()]{2,60}[）)]", text[start:end]):
        inner = match.group()[1:-1]
        if re.search(r"[\u4e00-\u9fff]{2,}", inner) and not re.fullmatch(f"[{SECTION_NUMERALS}]+", inner):
            for k in range(start + match.start(), start + match.end()):
                chars[k] = " " if not chars[k].isspace() else chars[k]
    return "".join(chars)


def _label_span(masked: str, start: int, end: int) -> Span:
    while start < end and masked[start].isspace():
        start += 1
    while end > start and masked[end - 1].isspace():
        end -= 1
    # drop a header word glued before the first label ("…历年累计主动公开信息数")
    for word in ("历年累计", "统计数", "本年度"):
        at = masked.rfind(word, start, end)
        if at >= 0:
            start = at + len(word)
    year_col = re.search(r"\d{4}年度", masked[start:end])
    if year_col:
        start += year_col.end()
    while start < end and masked[start].isspace():
        start += 1
    return Span(start, end)


_MARKER_AT = re.compile(r"(?:其中[:：]?)?(\d{1,2})[.、．]")


def _clean_label(label: str) -> str:
    """"其中：1.网站公开" -> "网站公开"; notes in brackets dropped."""
    label = re.sub(r"[（(][^（）()]*[）)]", "", label)
    label = re.sub(r"\s+", "", label)
    previous = None
    while previous != label:
        previous = label
        label = LABEL_NUMBERING.sub("", label)
    return label.strip("：:")
