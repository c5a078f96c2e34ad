"""Which cells of the national tables a question asks for, read from the templates.

A question names a statistic by a concept word ("行政复议", "penalties"), and often narrows it
to one row or column of its table: "其中结果纠正的几件", "本年新收的申请中自然人提出的",
"因本机关不掌握相关政府信息而无法提供的", "本年增/减", "历年累计", "复议后起诉的总计". The
rows and columns are those the templates declare (index/templates), with their printed labels,
cues and question words, so a question is resolved to the canonical keys the facts carry.

    index = phrase_index()                      # scanned beside the concept words: longest wins
    refs = decode(hit.value)                    # row / column / group mentions
    refine(metrics, refs, Metric)               # the concept narrowed to the named cells
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from index.lexicon import tables
from index.templates import CONCEPTS, Column, Row, Table, cells_of, table_of, templates

from ..linking.statistics import asked_times


@dataclass(frozen=True)
class Ref:
    kind: str  # row | column | group | stem (what tells a row from its siblings: 其他方式)
    table: str  # table key: 三, 四, 二.（五）, 附表
    key: str  # a row key, a column key (for 四 the result: 结果纠正), or a 四 group (行政复议)
    start: int = 0
    end: int = 0


GROUP_WORDS = tables.LAWSUIT_GROUP_WORDS
CONTEXT = tables.TABLE_CONTEXT
GENERIC = tables.GENERIC_LABELS
COLUMN_MEASURE_NOUNS = tables.COLUMN_MEASURE_NOUNS
#: A question is matched with its possessive "'s" blanked (scan: "previous year's items" reads
#: "previous year   items"): a phrase is stored the same way, else it could never match.
_POSSESSIVE = re.compile(r"['’]s\b")


def _encode(kind: str, table: str, key: str) -> str:
    return f"{kind}\t{table}\t{key}"


@cache
def _phrases() -> dict[str, frozenset[str]]:
    """phrase (lower-case) -> encoded refs, from every template's rows and columns."""
    concept_words = {w.lower() for c in CONCEPTS for w in c.words}
    out: dict[str, set[str]] = {}

    def add(phrase: str, ref: str) -> None:
        phrase = _POSSESSIVE.sub(" ", phrase.strip().lower())
        if len(phrase) >= 2 and phrase not in concept_words and phrase not in GENERIC:
            out.setdefault(phrase, set()).add(ref)

    for template in templates():
        for table in template.tables:
            column_phrases = set()
            for column in table.columns:
                result = column.key.rsplit(".", 1)[-1] if table.single_row else column.key
                if not result:
                    continue
                for phrase in (column.label, *column.variants, *column.words, column.en):
                    for said in (phrase, *_with_of(phrase)):
                        add(said, _encode("column", table.key, result))
                    column_phrases.add(phrase.lower())
            if not table.single_row:
                # "总计" names the total column; the total row is "（七）总计" or 办结 (a concept)
                stems = _sibling_stems(table)
                for row in table.rows:
                    for phrase in _row_phrases(row):
                        if phrase.lower() not in column_phrases:
                            add(phrase, _encode("row", table.key, row.key))
                    for stem in stems.get(row.key, ()):
                        add(stem, _encode("stem", table.key, row.key))
    for group, words in GROUP_WORDS.items():
        for word in words:
            add(word, _encode("group", tables.GROUPED_TABLE, group))
    return {k: frozenset(v) for k, v in out.items()}


def _with_of(phrase: str) -> list[str]:
    """A column's count said with 的 before its measure noun ("对外公开的总数" for 对外公开总数(量),
    "本年新公开的数量"): the same column (COLUMN_MEASURE_NOUNS)."""
    m = re.fullmatch(rf"([\u4e00-\u9fff]{{2,}}?)({COLUMN_MEASURE_NOUNS})", phrase)
    return [f"{m.group(1)}{tables.COLUMN_MEASURE_OF}{m.group(2)}"] if m else []


def _sibling_stems(table: Table) -> dict[str, list[str]]:
    """Rows of one group that end alike (政府网站公开政府信息数, 其他方式公开政府信息数, …) are
    asked by what tells them apart: "其他方式呢？". A row's stem is its label without the
    longest ending (3+ characters) it shares with at least two siblings."""
    groups: dict[str, list[Row]] = {}
    for row in table.rows:
        if "." in row.key and row.label:
            groups.setdefault(row.key.rsplit(".", 1)[0], []).append(row)
    out: dict[str, list[str]] = {}
    for rows in groups.values():
        labels = [r.bare for r in rows]
        for row, label in zip(rows, labels, strict=True):
            shared = [n for n in range(3, len(label) - 1)
                      if sum(other.endswith(label[-n:]) for other in labels) >= 3]
            if shared:
                out.setdefault(row.key, []).append(label[: len(label) - max(shared)])
    return out


def _row_phrases(row: Row) -> list[str]:
    phrases = [p for p in (*row.patterns, *row.words, row.en) if p and (len(p) >= 3 or not p.isascii())]
    # "当面申请数" is asked as "当面申请多少": a label's 数 / 数量 is the question's 多少
    bare = [re.sub(tables.LABEL_COUNT_SUFFIX, "", p) for p in phrases if not p.isascii()]
    return phrases + [b for b in bare if len(b) >= 3 and b not in phrases]


def phrase_index():
    """A PhraseIndex (.phrases) of the row and column phrases, kind "cell"."""
    from .phrases import PhraseIndex

    index = PhraseIndex()
    for phrase, refs in _phrases().items():
        index.add(phrase, "cell", refs)
    return index


def decode(values) -> list[Ref]:
    return [Ref(*v.split("\t")) for v in sorted(values)]


# --- narrowing a concept to the named cells --------------------------------------------------------


def refine(metrics: list, refs: list[Ref], metric_type, text: str = "") -> list:
    """The metrics narrowed to the rows / columns / groups the question names, one metric per
    named cell. A ref of a table the statistic is not in does not narrow it: a named row then
    is the statistic asked ("予以公开的呢？" after a question on 行政处罚), a named column is
    incidental ("累计" in "2019到2021年累计") and the statistic stays as it was."""
    if not refs:
        return metrics
    rows = _parts_said(refs, text)
    if not metrics:
        rows = [r for r in rows if r.table not in CONTEXT or any(w in text for w in CONTEXT[r.table])]
    else:  # a stem ("其他方式", "当面") only narrows a statistic of its table, it names none
        stems = [r for r in refs if r.kind == "stem"]
    cols = [r for r in refs if r.kind == "column"]
    groups = [r for r in refs if r.kind == "group"]
    base = list(metrics) or _row_metrics(rows, metric_type) or _group_metrics(groups, metric_type)
    out = []
    for metric in base:
        # a stem narrows only a statistic of its row's siblings (行政复议数量 is no 收到申请数)
        said = [Ref("row", r.table, r.key, r.start, r.end) for r in stems if _stem_narrows(r, metric.keys, own=True)] \
            if metrics else []
        narrowed = _narrow(metric, rows + said, cols, groups, metric_type)
        if narrowed is None:  # the refs are about another table
            narrowed = _row_metrics(rows, metric_type) or [metric]
        out += narrowed
    return _unique(out)


def _parts_said(refs: list[Ref], text: str) -> list[Ref]:
    """The rows named, less a row another named row is printed as a part of, when the question
    asks once ("How many replies agreed to disclose": the replies of that kind, not every reply
    beside them); a question asking twice keeps both ("多少件答复，其中同意公开的几件")."""
    rows = [r for r in refs if r.kind == "row"]
    if asked_times(text) >= 2:
        return rows
    wholes = {row.part_of for r in rows for template in templates() if (table := _table(template, r.table))
              for row in table.rows if row.key == r.key and row.part_of}
    return [r for r in rows if r.key not in wholes]


def _parent(row_key: str) -> str | None:
    return row_key.rsplit(".", 1)[0] if "." in row_key else None


def _stem_narrows(stem: Ref, keys, own: bool = False) -> bool:
    """A stem tells a row from its siblings: it narrows a statistic whose row, in the stem's
    table, is a sibling of the stem's row (收到申请数 of 当面申请数), never another row there
    (行政复议数量); the stem's own row only when `own` (else it is the statistic said)."""
    rows = {c[2].key for k in keys for c in cells_of(k) if c[1].key == stem.table}
    return any((own or r != stem.key) and _parent(r) is not None and _parent(r) == _parent(stem.key) for r in rows)


def narrows_none(values, metrics: list) -> bool:
    """Stems only (收到 of "收到…行政复议申请"), none of which narrows any of the metrics (those
    asked in the stem's clause): a word said of a statistic the linker read, no cell asked."""
    refs = decode(values)
    return bool(refs) and all(r.kind == "stem" for r in refs) \
        and not any(_stem_narrows(r, m.keys) for r in refs for m in metrics)


def names_cell_of(metrics: list, refs: list[Ref]) -> bool:
    """Whether the refs name a row, column or group of a table one of the metrics is in."""
    rows = [r for r in refs if r.kind in ("row", "stem")]
    cols = [r for r in refs if r.kind == "column"]
    groups = [r for r in refs if r.kind == "group"]
    return any(_refs_of(cell[1], rows, cols, groups) for m in metrics for k in m.keys for cell in _row_cells(k))


def _row_metrics(rows: list[Ref], metric_type) -> list:
    """A row named without a concept word ("予以公开的有多少件"): its usual column."""
    out = []
    for ref in rows:
        keys = []
        for template in templates():
            table = _table(template, ref.table)
            if table is None or not any(r.key == ref.key for r in table.rows):
                continue
            keys.append(table.metric(ref.key, _default_column(table).key))
        if keys:
            out.append(_metric(keys, metric_type))
    return out


def _group_metrics(groups: list[Ref], metric_type) -> list:
    """"复议后起诉的有几件": the group's total."""
    return [_metric([f"{g.key}.{tables.TOTAL_COLUMN}"], metric_type) for g in groups]


def _default_column(table: Table) -> Column:
    """The column a row's figure is read from when none is named: 总计 in section 三, the
    decisions in section 二, the year's value in the old appendix."""
    keys = [c.key for c in table.columns]
    for preferred in tables.DEFAULT_COLUMNS:
        if preferred in keys:
            return table.column(preferred)
    return table.columns[-1]


def _narrow(metric, rows: list[Ref], cols: list[Ref], groups: list[Ref], metric_type) -> list | None:
    """Per template, the named cells of the metric's table; None when no ref is about any of
    the metric's tables. A template whose table lacks the named cell drops out, so a 2021
    report is not answered from 处理决定数量 when the question names 本年增/减."""
    keyed = [(k, c) for k in metric.keys for c in _row_cells(k)]
    about = [(k, c) for k, c in keyed if _refs_of(c[1], rows, cols, groups)]
    if not about:
        return None
    narrowed = [(k, _cell_keys(c, rows, cols, groups)) for k, c in about]
    choices = [keys for _, keys in narrowed if keys]
    if all(keys and set(keys) == {k} for k, keys in narrowed):
        # the ref names the statistic's own cell ("newly received" requests), once or more ("收到的…收到的")
        return [metric]
    if not choices:
        return [metric_type((), metric.zh, metric.en, metric.unit)]  # named, but no template has it
    # One metric per named cell: the same cell across templates shares a metric.
    width = max(len(c) for c in choices)
    return [_metric([c[i] for c in choices if len(c) > i], metric_type, base=metric) for i in range(width)]


def _row_cells(key: str) -> list:
    """The cells of `key`, and the same row of the same table in the templates that lack the
    key: 行政事业性收费 is counted in 项 in 2019 (上一年项目数量, 本年增/减) and in 万元 in 2021,
    so its 本年增/减 is a cell of the 2019 row although the concept's key is the 2021 amount."""
    out = list(cells_of(key))
    have = {c[0].id for c in out}
    for _, table, row, _ in list(out):
        for template in templates():
            other = _table(template, table.key) if template.id not in have else None
            same_row = next((r for r in other.rows if r.key == row.key), None) if other else None
            if same_row is not None and not other.single_row:
                out.append((template, other, same_row, _default_column(other)))
                have.add(template.id)
    return out


def _refs_of(table: Table, rows, cols, groups) -> bool:
    return any(r.table == table.key for r in (*rows, *cols)) or table.single_row and bool(groups)


def _cell_keys(cell, rows: list[Ref], cols: list[Ref], groups: list[Ref]) -> list[str]:
    _, table, row, column = cell
    t_cols = [c.key for c in cols if c.table == table.key]
    if table.single_row:  # section 四: a group and a result per column
        group, result = column.key.rsplit(".", 1)
        named = [g.key for g in groups if g.key.startswith(group) or group.startswith(g.key)]
        if groups and not named:
            return []  # "复议后起诉" does not narrow the 直接起诉 half of 行政诉讼
        wanted = [f"{g}.{r}" for g in named or [group] for r in t_cols or [result]]
        return [k for k in wanted if any(c.key == k for c in table.columns)]
    t_rows = [r.key for r in rows if r.table == table.key] or [row.key]
    row_keys = {r.key for r in table.rows}
    col_keys = {c.key for c in table.columns}
    return [table.metric(r, c) for r, c in itertools.product(t_rows, t_cols or [column.key])
            if r in row_keys and c in col_keys]


def _table(template, key: str) -> Table | None:
    return next((t for t in template.tables if t.key == key), None)


def _metric(keys: list[str], metric_type, base=None):
    keys = tuple(dict.fromkeys(keys))
    cell = table_of(keys[0])
    zh = en = keys[0]
    unit = None
    if cell is not None:
        _, table, row, column = cell
        row_name = row.bare if row.key else ""
        col_name = column.label if column.key else ""
        if table.single_row:
            group = column.key.rsplit(".", 1)[0].replace(tables.LAWSUIT + ".", tables.LAWSUIT)
            zh = f"{group}（{column.label}）"
            en = column.en
            if len({k.rsplit(".", 1)[0] for k in keys}) > 1 and all(k.startswith(tables.LAWSUIT) for k in keys):
                # one result of both lawsuit groups (added): named by the lawsuits, never the first group
                zh, en = f"{tables.LAWSUIT}（{column.label}）", f"administrative lawsuits: {column.en.rsplit(': ', 1)[-1]}"
        else:
            zh = f"{row_name}（{col_name}）" if col_name else row_name
            en = f"{row.en} ({column.en})" if column.en and row.en else row.en or zh
        unit = row.unit or column.unit
    if base is not None and base.keys == keys:
        return base
    return metric_type(keys, zh, en, unit)


def _unique(metrics: list) -> list:
    seen, out = set(), []
    for m in metrics:
        if m.keys not in seen:
            seen.add(m.keys)
            out.append(m)
    return out


def cell_metric(key: str, metric_type):
    """The statistic of one cell, named by its table's row and column labels."""
    return _metric([key], metric_type)
