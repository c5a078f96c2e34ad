"""Read every statistic of the national tables out of cleaned report lines.

PDF extraction leaves tables as lines of tokens: cells split by tabs, by single spaces, one
cell per line, header cells broken over lines, units glued to values. Parsing therefore works
on a token stream per section and anchors on what does not move: row labels (section 二),
runs of exactly seven numbers (section 三), one run of fifteen numbers (section 四), and the
"unit value" ending of each row of the old appendix table.

A blank cell becomes None, never 0. Where a row has fewer values than columns and the text
does not say which cell is blank, the values are not guessed: the row is reported in
`TableParse.problems` and its facts carry None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clean import CleanLine, nfkc
from .models import TEMPLATE_2019, TEMPLATE_2021, TEMPLATE_PRE2019, Fact, Number, ReportMeta

_NUM = re.compile(r"^([+-]?\d[\d,]*(?:\.\d+)?)(万元|元|件|条|个|项|人次|人|次|篇|%)?$")
_UNIT_ONLY = re.compile(r"^(万元|元|件|条|个|项|人次|人|次|篇|%)$")


@dataclass
class Token:
    text: str
    line: int  # index into the section's lines
    value: Number | None = None
    is_number: bool = False
    blank: bool = False  # an empty cell between tabs
    unit: str | None = None
    tabbed: bool = False  # from a tab-separated line: cells keep their positions


@dataclass
class TableParse:
    facts: list[Fact] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def to_number(text: str) -> Number:
    text = text.replace(",", "")
    return float(text) if "." in text else int(text)


def tokenize(lines: list[CleanLine]) -> list[Token]:
    """Split lines into cell tokens; tab-separated lines keep their empty cells as blanks."""
    tokens: list[Token] = []
    for i, line in enumerate(lines):
        cells = line.text.split("\t") if "\t" in line.text else line.text.split()
        tabbed = "\t" in line.text
        for cell in cells:
            cell = cell.strip()
            if not cell:
                if tabbed:
                    tokens.append(Token("", i, blank=True, tabbed=True))
                continue
            parts = cell.split() if tabbed else [cell]
            for part in parts:
                tokens.append(_token(part, i))
                tokens[-1].tabbed = tabbed
    return _attach_units(tokens)


def _token(text: str, line: int) -> Token:
    match = _NUM.match(text)
    if match:
        return Token(text, line, to_number(match.group(1)), True, unit=match.group(2))
    return Token(text, line)


def _attach_units(tokens: list[Token]) -> list[Token]:
    """"2074 万元": a unit token right after a number belongs to it."""
    out: list[Token] = []
    for tok in tokens:
        if out and out[-1].is_number and out[-1].unit is None and _UNIT_ONLY.match(tok.text):
            out[-1].unit = tok.text
            out[-1].text += " " + tok.text
            continue
        out.append(tok)
    return out


# --- section 二: small tables of 第二十条 ----------------------------------------------------


@dataclass(frozen=True)
class Column:
    label: str  # as printed
    key: str  # canonical column key
    unit: str | None


@dataclass(frozen=True)
class RowSpec:
    labels: tuple[str, ...]  # printed forms, longest first
    key: str  # canonical row key
    table: str
    columns: tuple[Column, ...]


_MADE_2019 = (Column("本年新制作数量", "本年新制作数量", "件"), Column("本年新公开数量", "本年新公开数量", "件"),
              Column("对外公开总数量", "对外公开总数量", "件"))
_ITEMS_2019 = (Column("上一年项目数量", "上一年项目数量", "项"), Column("本年增/减", "本年增减", "项"),
               Column("处理决定数量", "处理决定数量", "件"))
_MADE_2021 = (Column("本年制发件数", "本年制发件数", "件"), Column("本年废止件数", "本年废止件数", "件"),
              Column("现行有效件数", "现行有效件数", "件"))
_DECISIONS_2021 = (Column("本年处理决定数量", "处理决定数量", "件"),)

SECTION2_ROWS: dict[str, list[RowSpec]] = {
    TEMPLATE_2019: [
        RowSpec(("规章",), "规章", "第二十条第（一）项", _MADE_2019),
        RowSpec(("行政规范性文件", "规范性文件"), "规范性文件", "第二十条第（一）项", _MADE_2019),
        RowSpec(("行政许可",), "行政许可", "第二十条第（五）项", _ITEMS_2019),
        RowSpec(("其他对外管理服务事项",), "其他对外管理服务事项", "第二十条第（五）项", _ITEMS_2019),
        RowSpec(("行政处罚",), "行政处罚", "第二十条第（六）项", _ITEMS_2019),
        RowSpec(("行政强制",), "行政强制", "第二十条第（六）项", _ITEMS_2019),
        RowSpec(("行政事业性收费",), "行政事业性收费", "第二十条第（八）项", _ITEMS_2019[:2]),
        RowSpec(("政府集中采购",), "政府集中采购", "第二十条第（九）项",
                (Column("采购项目数量", "采购项目数量", "项"), Column("采购总金额", "采购总金额", "万元"))),
    ],
    TEMPLATE_2021: [
        RowSpec(("规章",), "规章", "第二十条第（一）项", _MADE_2021),
        RowSpec(("行政规范性文件", "规范性文件"), "规范性文件", "第二十条第（一）项", _MADE_2021),
        RowSpec(("行政许可",), "行政许可", "第二十条第（五）项", _DECISIONS_2021),
        RowSpec(("行政处罚",), "行政处罚", "第二十条第（六）项", _DECISIONS_2021),
        RowSpec(("行政强制",), "行政强制", "第二十条第（六）项", _DECISIONS_2021),
        RowSpec(("行政事业性收费",), "行政事业性收费", "第二十条第（八）项",
                (Column("本年收费金额", "收费金额", "万元"),)),
    ],
}

SECTION_TITLES = {
    2: "二、主动公开政府信息情况",
    3: "三、收到和处理政府信息公开申请情况",
    4: "四、政府信息公开行政复议、行政诉讼情况",
}


def parse_section2(lines: list[CleanLine], ctx: FactContext) -> TableParse:
    result = TableParse()
    tokens = tokenize(lines)
    for spec in SECTION2_ROWS.get(ctx.template, []):
        at = _find_label(tokens, spec.labels)
        if at is None:
            result.problems.append(f"二: row {spec.key} not found")
            continue
        values, used = _row_values(tokens, at + 1, spec.columns)
        if len(used) < len(spec.columns):
            # The text lost where the blank cell was; a ruled table knows, so it goes first.
            values = _ruled_row(ctx.tables, spec) or values
        if values is None:
            result.problems.append(
                f"二: row {spec.key} has {len(used)} values for {len(spec.columns)} columns; blank cells unknown"
            )
            values = [(None, None)] * len(spec.columns)
        source_lines = sorted({tokens[at].line} | {t.line for t in used})
        source = _source(lines, source_lines)
        for col, (value, unit) in zip(spec.columns, values, strict=True):
            result.facts.append(ctx.fact(
                section=SECTION_TITLES[2], table=spec.table, row=tokens[at].text, column=col.label,
                metric=f"{spec.key}.{col.key}", label=f"{spec.key} {col.label}", value=value,
                unit=unit or col.unit, line=lines[tokens[at].line], source=source,
            ))
    return result


def _find_label(tokens: list[Token], labels: tuple[str, ...]) -> int | None:
    """Index of the token naming a row: the label itself, or header text glued before it."""
    for exact in (True, False):
        for i, tok in enumerate(tokens):
            if tok.is_number or tok.blank:
                continue
            for label in labels:
                hit = tok.text == label if exact else tok.text.endswith(label)
                if hit:
                    tok.text = label
                    return i
    return None


def _row_values(tokens: list[Token], start: int, columns: tuple[Column, ...]):
    """Values after a row label. Returns (list of (value, unit) | None, tokens used)."""
    used: list[Token] = []
    i = start
    while i < len(tokens) and len(used) < len(columns) and (tokens[i].is_number or tokens[i].blank):
        used.append(tokens[i])
        i += 1
    n = len(columns)
    cells = [(t.value, t.unit) if t.is_number else (None, None) for t in used]
    if len(cells) == n:
        return cells, used
    # A tab-separated row ends its cells at the line end: missing trailing cells are blank.
    if used and all(tokens[start - 1].line == t.line for t in used) and _line_is_tabbed(tokens, start - 1):
        return cells + [(None, None)] * (n - len(cells)), used
    if not used:
        return [(None, None)] * n, used  # the row is printed with every cell blank
    # 上一年项目数量 / 本年增减 / 处理决定数量 with two values: the change is the cell left blank.
    if n == 3 and len(cells) == 2 and columns[1].key == "本年增减":
        return [cells[0], (None, None), cells[1]], used
    return None, used


def _ruled_row(tables: list[list[list[str | None]]], spec: RowSpec):
    """The row from a ruled PDF table (pdfplumber keeps blank cells in place), if there is one."""
    for table in tables:
        for row in table:
            cells = [(c or "").replace("\n", "").strip() for c in row]
            if not cells or cells[0] not in spec.labels or len(cells) < 1 + len(spec.columns):
                continue
            values = []
            for cell in cells[1 : 1 + len(spec.columns)]:
                match = _NUM.match(nfkc(cell).replace(" ", ""))
                if cell and not match:
                    break
                values.append((to_number(match.group(1)), match.group(2)) if match else (None, None))
            else:
                return values
    return None


def _line_is_tabbed(tokens: list[Token], i: int) -> bool:
    return tokens[i].tabbed


# --- section 三: the request matrix ----------------------------------------------------------

SECTION3_METRIC = "政府信息公开申请"
APPLICANT_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")


@dataclass(frozen=True)
class MatrixRow:
    key: str
    label: str
    pattern: str  # regex searched in the row's label text; short, as PDF cells wrap labels


SECTION3_ROWS = [
    MatrixRow("本年新收", "一、本年新收政府信息公开申请数量", r"本年新收"),
    MatrixRow("上年结转", "二、上年结转政府信息公开申请数量", r"上年结转"),
    MatrixRow("予以公开", "（一）予以公开", r"予以公开"),
    MatrixRow("部分公开", "（二）部分公开", r"部分公开"),
    MatrixRow("不予公开.属于国家秘密", "（三）不予公开 1.属于国家秘密", r"国家秘密"),
    MatrixRow("不予公开.其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开", r"法规禁止|其他法律"),
    MatrixRow("不予公开.危及三安全一稳定", "3.危及“三安全一稳定”", r"三安全|一稳定"),
    MatrixRow("不予公开.保护第三方合法权益", "4.保护第三方合法权益", r"第三方"),
    MatrixRow("不予公开.属于三类内部事务信息", "5.属于三类内部事务信息", r"内部事务"),
    MatrixRow("不予公开.属于四类过程性信息", "6.属于四类过程性信息", r"过程性"),
    MatrixRow("不予公开.属于行政执法案卷", "7.属于行政执法案卷", r"执法案卷"),
    MatrixRow("不予公开.属于行政查询事项", "8.属于行政查询事项", r"行政查询"),
    MatrixRow("无法提供.本机关不掌握相关政府信息", "（四）无法提供 1.本机关不掌握相关政府信息", r"不掌握"),
    MatrixRow("无法提供.没有现成信息需要另行制作", "2.没有现成信息需要另行制作", r"另行制作|没有现成"),
    MatrixRow("无法提供.补正后申请内容仍不明确", "3.补正后申请内容仍不明确", r"不明确|补正后"),
    MatrixRow("不予处理.信访举报投诉类申请", "（五）不予处理 1.信访举报投诉类申请", r"信访|举报投诉"),
    MatrixRow("不予处理.重复申请", "2.重复申请", r"重复申"),
    MatrixRow("不予处理.要求提供公开出版物", "3.要求提供公开出版物", r"出版物"),
    MatrixRow("不予处理.无正当理由大量反复申请", "4.无正当理由大量反复申请", r"反复申|大量反复"),
    MatrixRow("不予处理.要求行政机关确认或重新出具已获取信息", "5.要求行政机关确认或重新出具已获取信息",
              r"要求行政机关|重新出具"),
    # 2021 template: 其他处理 has three numbered sub-rows; 2019 has the single row below.
    MatrixRow("其他处理.申请人逾期不补正", "（六）其他处理 1.申请人无正当理由逾期不补正", r"不补正"),
    MatrixRow("其他处理.申请人逾期未缴纳费用", "2.申请人逾期未按收费通知要求缴纳费用", r"收费通知|缴纳"),
    MatrixRow("其他处理.其他", "3.其他", r"3\.其他"),
    MatrixRow("其他处理", "（六）其他处理", r"其他处理"),
    MatrixRow("总计", "（七）总计", r"总计"),
    MatrixRow("结转下年度", "四、结转下年度继续办理", r"结转下年"),
]


def parse_section3(lines: list[CleanLine], ctx: FactContext) -> TableParse:
    result = TableParse()
    last = -1
    for label_text, run, run_lines in _number_runs(lines, len(APPLICANT_COLUMNS)):
        pick = _match_matrix_row(label_text, last)
        if pick is None:
            result.problems.append(f"三: values {[t.text for t in run]} under unknown row {label_text[-30:]!r}")
            continue
        last = pick
        row = SECTION3_ROWS[pick]
        run_lines = _row_lines(lines, run, row.pattern)
        source = _source(lines, run_lines)
        for col, tok in zip(APPLICANT_COLUMNS, run, strict=True):
            result.facts.append(ctx.fact(
                section=SECTION_TITLES[3], table="收到和处理政府信息公开申请情况", row=row.label,
                column=col, metric=f"{SECTION3_METRIC}.{row.key}.{col}", label=f"{row.label} {col}",
                value=tok.value if tok.is_number else None, unit="件",
                line=lines[run_lines[-1]], source=source,
            ))
    found = {f.metric.split(".", 1)[1].rsplit(".", 1)[0] for f in result.facts}
    for needed in ("本年新收", "上年结转", "总计", "结转下年度"):
        if needed not in found:
            result.problems.append(f"三: row {needed} not found")
    return result


def _row_lines(lines: list[CleanLine], run: list[Token], pattern: str) -> list[int]:
    """The lines of one matrix row: its numbers, and the label lines just above them back to
    the one naming the row (not the table headers that precede the first row)."""
    first, last = run[0].line, run[-1].line
    text = ""
    for i in range(first, max(-1, first - 6), -1):
        text = re.sub(r"[\s\d]+$", "", lines[i].text) + text if i == first else lines[i].text + text
        if re.search(pattern, re.sub(r"\s+", "", text)):
            return list(range(i, last + 1))
    return list(range(first, last + 1))


def _match_matrix_row(label_text: str, last: int) -> int | None:
    packed = re.sub(r"\s+", "", label_text)
    for i in range(last + 1, len(SECTION3_ROWS)):
        if re.search(SECTION3_ROWS[i].pattern, packed):
            return i
    return None


def _number_runs(lines: list[CleanLine], width: int):
    """Yield (label text before the run, run tokens, line indexes) for runs of `width` cells."""
    tokens = tokenize(lines)
    label: list[str] = []
    label_lines: set[int] = set()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not (tok.is_number or tok.blank):
            label.append(tok.text)
            label_lines.add(tok.line)
            i += 1
            continue
        j = i
        while j < len(tokens) and (tokens[j].is_number or tokens[j].blank):
            j += 1
        run = _trim_blanks(tokens[i:j], width)
        if run is not None:
            for k in range(0, len(run) - width + 1, width):
                chunk = run[k : k + width]
                yield "".join(label), chunk, sorted({t.line for t in chunk} | label_lines)
                label, label_lines = [], set()
        i = j
    return


def _trim_blanks(run: list[Token], width: int) -> list[Token] | None:
    """A run of cells: drop padding blanks of tab layouts, keep blanks inside the numbers."""
    numbers = [k for k, t in enumerate(run) if t.is_number]
    if not numbers:
        return None
    core = run[numbers[0] : numbers[-1] + 1]
    # Blank cells in front of the numbers count when the row is otherwise one cell short.
    lead = numbers[0]
    while len(core) % width and lead > 0 and len(core) < width:
        lead -= 1
        core = [run[lead]] + core
    if len(core) % width:
        return None
    return core


# --- section 四: appeals and lawsuits -------------------------------------------------------

APPEAL_RESULTS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
APPEAL_GROUPS = ("行政复议", "行政诉讼.未经复议直接起诉", "行政诉讼.复议后起诉")


def parse_section4(lines: list[CleanLine], ctx: FactContext) -> TableParse:
    result = TableParse()
    width = len(APPEAL_RESULTS) * len(APPEAL_GROUPS)
    runs = list(_number_runs(lines, width))
    if not runs:
        result.problems.append(f"四: no row of {width} numbers found")
        return result
    _, run, _ = runs[0]
    run_lines = sorted({t.line for t in run})  # the header above is one character per line: not quoted
    source = _source(lines, run_lines)
    for k, tok in enumerate(run):
        group = APPEAL_GROUPS[k // len(APPEAL_RESULTS)]
        col = APPEAL_RESULTS[k % len(APPEAL_RESULTS)]
        result.facts.append(ctx.fact(
            section=SECTION_TITLES[4], table="政府信息公开行政复议、行政诉讼情况", row=group.replace(".", " "),
            column=col, metric=f"{group}.{col}", label=f"{group.replace('.', ' ')} {col}",
            value=tok.value if tok.is_number else None, unit="件", line=lines[run_lines[-1]], source=source,
        ))
    return result


# --- the pre-2019 appendix 政府信息公开统计表 ------------------------------------------------

_APPENDIX_UNITS = r"条|件|次|篇|个|人次|人|万元|——|-{2,}"
_APPENDIX_ROW_END = re.compile(rf"(?:^|\s)({_APPENDIX_UNITS})(?:\s+([+-]?\d[\d,]*(?:\.\d+)?))?\s*$")
_TOP_ROW = re.compile(r"^[一二三四五六七八九十]+、")
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）|\d+[.、．]|其中[:：])+")


def parse_appendix(lines: list[CleanLine], ctx: FactContext) -> TableParse:
    result = TableParse()
    start = next((i for i, ln in enumerate(lines) if "统计指标" in re.sub(r"\s+", "", ln.text)), None)
    if start is None:
        result.problems.append("附表: header 统计指标 not found")
        return result
    top = ""
    pending: list[int] = []
    for i in range(start + 1, len(lines)):
        text = lines[i].text.strip()
        if re.match(r"^(填报单位|填报人|审核人|单位负责人)", text):
            break
        pending.append(i)
        match = _APPENDIX_ROW_END.search(text)
        if not match:
            continue
        label_text = " ".join(lines[k].text.strip() for k in pending)[: -len(match.group(0))].strip()
        label_text = _from_last_marker(label_text or " ".join(lines[k].text for k in pending[:-1]))
        unit = None if match.group(1).startswith(("—", "-")) else match.group(1)
        value = to_number(match.group(2)) if match.group(2) else None
        row_lines, pending = pending, []
        if _TOP_ROW.match(label_text):
            top = _appendix_label(label_text)
        name = _appendix_label(label_text)
        if not name or (unit is None and value is None):
            continue
        metric = name if name == top else f"{top}.{name}"
        result.facts.append(ctx.fact(
            section="附：政府信息公开统计表", table="政府信息公开统计表", row=label_text, column="统计数",
            metric=metric, label=name, value=value, unit=unit, line=lines[row_lines[-1]],
            source=_source(lines, row_lines),
        ))
    return result


_MARKER = re.compile(
    r"(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|(?<![\d.])\d{1,2}[.、．](?!\d)|其中[:：])"
)


def _from_last_marker(label: str) -> str:
    """A wrapped cell of the previous row can spill into this row's label: "费）九、会议情况"."""
    starts = [m.start() for m in _MARKER.finditer(label)]
    return label[starts[-1]:] if starts and starts[-1] > 0 else label


def _appendix_label(text: str) -> str:
    text = re.sub(r"[（(][^()（）]*[)）]", "", text)  # notes such as (不同渠道和方式公开相同信息计 1 条)
    text = re.sub(r"[（(][^()（）]*$", "", text)  # a note whose end wrapped into the next row
    text = _NUMBERING.sub("", re.sub(r"\s+", "", text))
    return text.strip("：:")


# --- putting it together ----------------------------------------------------------------------


@dataclass
class FactContext:
    report: str
    meta: ReportMeta
    tables: list[list[list[str | None]]] = field(default_factory=list)  # ruled PDF tables

    @property
    def template(self) -> str:
        return self.meta.template

    def fact(self, *, section, table, row, column, metric, label, value, unit, line: CleanLine, source) -> Fact:
        return Fact(
            report=self.report, body=self.meta.body, year=self.meta.year, template=self.meta.template,
            section=section, table=table, row=row, column=column, metric=metric, label=label,
            value=value, unit=unit, page=line.page, source_text=source, region=self.meta.region,
        )


def _source(lines: list[CleanLine], indexes: list[int]) -> str:
    return "\n".join(lines[i].raw or lines[i].text for i in sorted(set(indexes)))


_SECTION_KEYWORDS = {2: "主动公开", 3: "收到和处理", 4: "行政复议", 5: "存在的主要问题"}


def section_lines(lines: list[CleanLine], number: int) -> list[CleanLine]:
    """Lines of a modern-template section, from its heading to the next section's heading."""
    numerals = "一二三四五六七八九十"

    def heading(i: int, n: int) -> bool:
        text = lines[i].text.replace(" ", "")
        return text.startswith(numerals[n - 1] + "、") and _SECTION_KEYWORDS.get(n, "@") in text[:30]

    start = next((i for i in range(len(lines)) if heading(i, number)), None)
    if start is None:
        return []
    end = next((i for i in range(start + 1, len(lines)) if heading(i, number + 1)), len(lines))
    return lines[start + 1 : end]


PARSERS = {
    2: parse_section2,
    3: parse_section3,
    4: parse_section4,
}


def extract_facts(report: str, meta: ReportMeta, lines: list[CleanLine],
                  tables: list[list[list[str | None]]] | None = None) -> TableParse:
    """Every fact of the report's national tables. `tables` (ruled PDF tables) settle rows whose
    text lost the position of a blank cell."""
    ctx = FactContext(report, meta, tables or [])
    result = TableParse()
    if meta.template == TEMPLATE_PRE2019:
        return parse_appendix(lines, ctx)
    for number, parser in PARSERS.items():
        part = parser(section_lines(lines, number), ctx)
        result.facts += part.facts
        result.problems += part.problems
    return result
