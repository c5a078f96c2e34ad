"""Statistics a question names, through the statistic linker (assistant.linking.statistics):
each request becomes a Metric whose keys the answerer reads (a report's value is the sum of
the keys it has, so a group printed without a total is one Metric of its rows' keys)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from index.lexicon import prose as prose_words
from index.lexicon import questions as asked_words
from index.lexicon import statwords
from index.templates import cells_of, templates

from ..linking import parts as joins
from ..linking.fuzzy import fuzzy_cell, parent_request
from ..linking.statistics import (
    ANCHORS,
    CellRequest,
    asked_times,
    clause_spans,
    find_phrases,
    link_statistics,
    sum_asked,
)
from . import cells
from .gazetteer import Mention
from .hygiene import blanked
from .intents import _CUES
from .metrics import METRICS, Metric
from .residue import part_words, unmatched_words
from .shares import change_words, names_request_rate, rate_sides, share_sides

#: Mentions that name who, not what: their words are no statistic ("Law Enforcement Bureau").
_NOT_STATISTICS = ("body", "region", "unknown", "ambiguous", "bureau")


Spans = list[tuple[int, int]]
#: Column words that, said alone after a statistic, pick that statistic's column.
_SCOPED_COLUMNS = ("outcome", "applicant", "legal")


def linked_metrics(text: str, mentions: list[Mention], years: int = 1) -> tuple[list[Metric], Spans, Spans]:
    """The statistics the question asks for, in the order asked, the spans of the requests and
    of every word the linker read; ([], [], []) when the linker finds none. With two or more `years` asked, "减少了
    多少" is the difference of their figures, not the 本年增减 column (which few templates have)."""
    exclude = _not_statistic_words(text, mentions, years)
    requests = link_statistics(text, exclude=exclude)
    metrics = [_metric(r) for r in requests]
    # every statistic word the linker read, used or deliberately set aside (申请 beside 不掌握)
    read = [(h.start, h.end) for h in find_phrases(text) if not any(a < h.end and h.start < b for a, b in exclude)]
    for i, request in enumerate(requests):
        older = _older_form(request, metrics[i], mentions)
        if older is not None:
            metrics[i], span = older
            read.append(span)
    metrics = list({m.keys: m for m in metrics if m.keys}.values())
    return metrics, [r.span for r in requests], read


def rate_metrics(text: str, mentions: list[Mention], years: int = 1) -> tuple[list[Metric], int] | None:
    """A rate ("办结率"): the rate's statistic, then the whole it is of (shares.py)."""
    return rate_sides(text, _not_statistic_words(text, mentions, years), _metric)


def share_metrics(text: str, mentions: list[Mention], years: int = 1) -> tuple[list[Metric], int] | None:
    """A share naming several statistics on one side: the part's then the whole's (shares.py)."""
    return share_sides(text, _not_statistic_words(text, mentions, years), _metric)


def _older_form(request: CellRequest, metric: Metric, mentions: list[Mention]) -> tuple[Metric, tuple[int, int]] | None:
    """A printed row overlapping the request's words that only other templates print
    ("不予公开答复" is the old appendix's 不同意公开答复数 where the 2019+ tables print 不予公开 as
    eight rows): the same statistic in those templates, so its key joins the request's keys (a
    report has the keys of its own template only). None when no such row overlaps."""
    mine = {c[0].id for k in metric.keys for c in cells_of(k)}
    a, b = request.span
    for mention in (m for m in mentions if m.kind == "cell" and m.start < b and a < m.end):
        if a <= mention.start and mention.end <= b:
            continue
        rows = [r for r in cells.decode(mention.values) if r.kind == "row"]
        older = [k for m in cells._row_metrics(rows, Metric) for k in m.keys]
        if older and all(k in metric.keys for k in older):  # joined by the linker already (ROW_IN_OLDER)
            return metric, (mention.start, mention.end)
        if older and mine and all(cells_of(k) and all(c[0].id not in mine for c in cells_of(k)) for k in older):
            joined = Metric((*metric.keys, *older), metric.zh, metric.en, metric.unit)
            return joined, (mention.start, mention.end)
    return None


_NEWER_ROW = {old: f"{statwords.REQUESTS}.{new}.{statwords.TOTAL}" for new, old in statwords.ROW_IN_OLDER.items()
              if new not in statwords.REQUEST_GROUPS}  # a group is a sum of rows, no one key


def with_newer_rows(metrics: list[Metric]) -> list[Metric]:
    """An old appendix's row asked by its own words ("全部同意公开的有几件": 同意公开答复数) is also the
    newer tables' row of the same meaning (予以公开), so a 2019+ report answers it: the reverse of
    the linker's ROW_IN_OLDER join."""
    out = []
    for m in metrics:
        newer = tuple(_NEWER_ROW[k] for k in m.keys if k in _NEWER_ROW and _NEWER_ROW[k] not in m.keys)
        out.append(Metric((*newer, *m.keys), m.zh, m.en, m.unit) if newer else m)
    return out


def _not_statistic_words(text: str, mentions: list[Mention], years: int) -> Spans:
    """Spans the linker must not read: names of bodies, who does the work ("by a third party"), and with two or more years asked the
    change verb ("减少了多少" between them is their difference)."""
    exclude = [(m.start, m.end) for m in mentions if m.kind in _NOT_STATISTICS]
    exclude += category_spans(text) + agent_spans(text)
    if years >= 2:
        exclude += [(h.start, h.end) for h in find_phrases(text)
                    if h.phrase.kind == "verb" and h.phrase.target == statwords.CHANGE_COLUMN]
    return exclude


_CATEGORY = re.compile(prose_words.CATEGORY_OF_ITEMS)
_AGENT = re.compile(statwords.AGENT_NOT_STATISTIC, re.IGNORECASE)


def agent_spans(text: str) -> Spans:
    """Statistic words said as who does the work ("monitored by a third party", "第三方监测"): no
    statistic of the tables (保护第三方合法权益 is about requests withheld)."""
    return [m.span() for m in _AGENT.finditer(text)]


def category_spans(text: str) -> Spans:
    """Statistic words said as a category of items ("行政许可类信息有几条"): the prose's count of
    the items of that kind a report disclosed, never the table's statistic of the same name."""
    return [(h.start, h.end) for h in find_phrases(text) if _CATEGORY.match(text, h.end)]


_PRIOR_REFERENCE = re.compile(statwords.PRIOR_REFERENCE)
_CHANGE_ASKED = re.compile(asked_words.CHANGE_ASKED)


def change_not_prior(metrics: list[Metric], text: str, years: int) -> list[Metric]:
    """A change asked of one year ("比上一年减了多少", "跟去年相比多了几项", "how much did it change
    from the year before") is the row's change column (本年增/减) where its table has one, never its
    column of last year's figure (which "上一年" also names) nor its decisions. With two years asked
    the change is their difference: the metrics stay as they are."""
    lowered = text.lower()
    compared = bool(_PRIOR_REFERENCE.search(lowered))
    if years >= 2 or not (compared or _CHANGE_ASKED.search(lowered)):
        return metrics
    prior, change = f".{statwords.PRIOR_COLUMN}", f".{statwords.CHANGE_COLUMN}"
    # another statistic asked beside the change ("处理决定多少个？比上年项目数增加了多少？") stays itself
    said = any(k.endswith((prior, change)) for m in metrics for k in m.keys)
    if said and not compared and _prior_asked_apart(lowered):
        # "上一年的项目数量是多少，增加了多少？": two asks, the prior column and the change column
        changed = [cells._metric(list(dict.fromkeys(_change_key(k) for k in m.keys)), Metric)
                   for m in metrics if any(k.endswith(prior) for k in m.keys)]
        return list({m.keys: m for m in [*metrics, *changed] if m.keys}.values())
    out = []
    for metric in metrics:
        if not ((compared and not said) or any(k.endswith(prior) for k in metric.keys)):
            out.append(metric)
            continue
        keys = list(dict.fromkeys(_change_key(k) for k in metric.keys))
        out.append(metric if tuple(keys) == metric.keys else cells._metric(keys, Metric))
    return list({m.keys: m for m in out if m.keys}.values())


_PART_BREAKS = re.compile(asked_words.PART_BREAKS)
_COUNT_ASKED = re.compile(asked_words.COUNT_ASKED + r"|\bwhat (?:was|is|were)\b")
_PRIOR_SAID = re.compile(statwords.PRIOR_SAID)


def _prior_asked_apart(lowered: str) -> bool:
    """Whether last year's figure is asked in a part of its own ("上一年的项目数量是多少") and the
    change in another ("增加了多少"): both are asked, not the change alone."""
    parts = [p for p in _PART_BREAKS.split(lowered) if p.strip()]
    return any(_CHANGE_ASKED.search(p) and not _PRIOR_SAID.search(p) for p in parts) and any(
        _PRIOR_SAID.search(p) and _COUNT_ASKED.search(p) and not _CHANGE_ASKED.search(p) for p in parts)


def compared_with_prior(lowered: str) -> bool:
    """"比上一年" / "than the year before": a figure compared with the previous year's."""
    return bool(_PRIOR_REFERENCE.search(lowered))


def asks_change_of_year(lowered: str) -> bool:
    """"减少了多少" / "how did it change": a change asked (of one year: against the year before)."""
    return bool(_CHANGE_ASKED.search(lowered))


def _change_key(key: str) -> str:
    """The change column's cell of the key's row, where its table has that column."""
    for _, table, row, _ in cells_of(key):
        if any(c.key == statwords.CHANGE_COLUMN for c in table.columns):
            return table.metric(row.key, statwords.CHANGE_COLUMN)
    return key


def scoped_metrics(text: str, mentions: list[Mention], earlier: tuple[str, ...], years: int = 1) -> list[Metric]:
    """"其中还没审完的几件" / "of those, how many were upheld?": a column word (an outcome, an
    applicant) with no statistic of its own picks that column of the statistic an earlier
    question named (its last one whose table has the column); [] when none does."""
    exclude = _not_statistic_words(text, mentions, years)
    hits = [h for h in find_phrases(text) if not any(a < h.end and h.start < b for a, b in exclude)]
    # a column verb alone ("增加了多少？") asks how the earlier figure changed, not its 本年增减
    if not any(h.phrase.kind in _SCOPED_COLUMNS for h in hits) or any(h.phrase.kind in ANCHORS for h in hits):
        return []
    for question in earlier:
        for anchor in reversed([h for h in find_phrases(question) if h.phrase.kind in ANCHORS]):
            said = question[anchor.start:anchor.end]
            shift = len(said) + 1
            joined = f"{said} {text}"
            requests = link_statistics(joined, exclude=[(a + shift, b + shift) for a, b in exclude])
            picked = [m for r in requests if r.span[1] > shift and (m := _metric(r)).keys]
            if picked:
                return picked
    return []


_ALL_ONE_OUTCOME = re.compile(statwords.ALL_ONE_OUTCOME)
_HANDLING = re.compile(statwords.HANDLING)
_ALL_DISCLOSED = re.compile(statwords.ALL_DISCLOSED)
_APPEALS = (statwords.RECONSIDERATION, statwords.LAWSUIT)


def asks_handling(text: str, linked: list[Metric]) -> bool:
    """"最后是怎么处理的？" / "what was the outcome?": the outcomes of the requests (not of the
    reconsiderations or lawsuits the question names: "复议结果如何" is their outcome columns;
    not when it names one outcome: "答复结果里不予公开的几件" asks that row)."""
    lowered = text.lower()
    all_one = _ALL_ONE_OUTCOME.search(lowered)
    whole = bool(all_one)  # "全部公开了吗": the breakdown answers it
    # "都公开了吗" / "were they all disclosed": the disclosure word is in the all-question itself
    # ("…公开申请？都是通过什么途径提交的" asks the channels)
    disclosed = all_one and _ALL_DISCLOSED.search(lowered, all_one.start(), all_one.end() + 16)
    if not (_HANDLING.search(lowered) or disclosed):
        return False
    if names_request_rate(lowered):  # "办理结果里予以公开占总计的比例": one outcome's rate, not the breakdown
        return False
    rows = _handling_rows()
    return not any(k.startswith(_APPEALS) or (k in rows and not whole) for m in linked for k in m.keys)


@functools.cache
def _handling_rows() -> frozenset[str]:
    """The metric keys of the 办理结果 rows (the lexicon's labels linked once)."""
    return frozenset(k for label in statwords.HANDLING_ROWS for r in link_statistics(label) for k in r.metric_keys)


@dataclass
class Narrowed:
    """A whole asked with words narrowing it that no cell was linked by: the words, the cell
    they name closely enough to answer (None: ask back), and the closest cells."""

    words: str
    taken: Metric | None
    near: list[Metric]
    # a sum asked with one part not understood: the sum of the parts that were (never the answer)
    summed: Metric | None = None
    # a listing ("A和B各几件", "A多少，B多少") with one part not understood: the parts understood
    # are answered, and the words of the other are said (never dropped silently)
    listed: bool = False


def narrowed_part(text: str, mentions: list[Mention], years: int, year_spans: Spans) -> Narrowed | None:
    """None unless the question asks one whole of the request table (received, handled) and
    narrows it with words no linker consumed (assistant.understanding.residue)."""
    exclude = _not_statistic_words(text, mentions, years)
    requests = link_statistics(text, exclude=exclude)
    if not parent_request(requests):
        return None
    lowered = text.lower()
    consumed = [(m.start, m.end) for m in mentions] + list(year_spans)
    consumed += [(h.start, h.end) for h in find_phrases(text)]
    consumed += [x.span() for _, zh, en in _CUES for rx in (zh, en) for x in rx.finditer(lowered)]
    residue = unmatched_words(text, consumed, requests[0].span)
    if not residue:
        return None
    taken, near = fuzzy_cell(residue)
    return Narrowed(residue, _metric(taken) if taken else None, [_metric(r) for r in near])


def _each_row(request: CellRequest) -> list[Metric]:
    """A row, or each row of a group the template prints without a total (不予公开 1-8), as its
    own statistic: an outcome answer says which of them had requests."""
    if not request.sum:
        return [m] if (m := _metric(request)).keys else []
    newest = next(request.keys[t.id] for t in templates() if t.id in request.keys)
    return [cells._metric([k], Metric) for k in newest]


def handling_metrics(text: str, mentions: list[Mention], linked: list[Metric]) -> list[Metric]:
    """The 办理结果 rows, each its own statistic, after the count the question also asks
    ("how many … received, and what was the outcome?"); the generic 申请 alone is the
    subject, not a second question."""
    rows = [m for label in statwords.HANDLING_ROWS for r in link_statistics(label) for m in _each_row(r)]
    lowered = text.lower()
    asked = [m for m in linked if m not in rows] if any(w in lowered for w in statwords.QUESTION_WORDS) else []
    return list({m.keys: m for m in (*asked, *rows)}.values())


def _metric(request: CellRequest) -> Metric:
    keys = request.metric_keys
    known = next((m for m in METRICS.values() if m.keys == keys), None)
    if known is not None:
        return known
    if not keys:  # no template has every part: no statistic (the question's frame is said unknown)
        return Metric((), request.label, request.label, request.unit)
    if not request.sum:  # one cell a template: named by its row and column
        return cells._metric(list(keys), Metric)
    if request.summed:  # statistics added up: named by each one's own name (a group's without its parts)
        names = [_metric(r) for r in request.summed]
        return Metric(keys, " + ".join(_GROUP_PARTS.sub("", m.zh) for m in names),
                      " + ".join(_group_en(m.en) for m in names), request.unit)
    newest = next(request.keys[t.id] for t in templates() if t.id in request.keys)
    whole = [k for k in newest if len(k.split(".")) == 3]  # a row also printed split (其他处理): its own name
    if whole and len(whole) < len(newest):
        named = cells._metric(whole, Metric)
        return Metric(keys, named.zh, named.en, request.unit)
    parts = [cells._metric([k], Metric) for k in newest]
    group = _common_row(newest)
    # the sum says its parts: "本年新收 (商业企业 + 科研机构 + …)"
    zh = f"{group} ({' + '.join(_part(k, group) for k in newest)})" if group else " + ".join(p.zh for p in parts)
    return Metric(keys, zh, " + ".join(p.en for p in parts), request.unit)


_GROUP_PARTS = re.compile(r"\s*\([^()]*\)$")


def _group_en(name: str) -> str:
    """A group's English name from its parts' ("withheld: state secret (total) + withheld: …" is
    "withheld"); any other name as it is."""
    heads = {p.split(":")[0].strip() for p in name.split(" + ")}
    return heads.pop() if " + " in name and ":" in name and len(heads) == 1 else name


def _common_row(keys: tuple[str, ...]) -> str:
    """The group the summed rows share (不予公开 for its eight rows), "" when none."""
    split = [k.split(".") for k in keys]
    common: list[str] = []
    for parts in zip(*split, strict=False):
        if len(split) < 2 or len(set(parts)) > 1:
            break
        common.append(parts[0])
    return common[-1] if len(common) >= 2 else ""



def _part(key: str, group: str) -> str:
    """What one summed key adds to its group: the first segment after the group's."""
    segments = key.split(".")
    return segments[segments.index(group) + 1] if group in segments[:-1] else key


_STOPS = re.compile(r"[，,；;。？?！!()（）]")


def unsummed_part(text: str, mentions: list[Mention], years: int, year_spans: Spans) -> Narrowed | None:
    """A sum asked ("A加上B一共多少", "X plus Y") one of whose joined parts no statistic was linked
    by: the words of that part and the cells closest to them (None when every part was read).
    The sum of the other parts is never the answer."""
    exclude = _not_statistic_words(text, mentions, years)
    masked = blanked(text, exclude)
    listed = joins.asks_each(masked) or asked_times(text) > 1
    if not listed and not sum_asked(masked):
        return None
    requests = link_statistics(text, exclude=exclude)
    covered = [p for r in requests for p in r.parts]
    hits = [(h.start, h.end) for h in find_phrases(masked)]
    brackets = joins.bracketed(text)
    joiners = [j for j in joins.joiner_spans(masked)
               if not any(a <= j[0] < b for a, b in (*brackets, *hits, *exclude, *year_spans))]
    lowered = text.lower()
    stops = [m.span() for m in _STOPS.finditer(lowered)] + joiners
    stops += [m.span() for w in (*statwords.SUM_WORDS, *statwords.QUESTION_WORDS)
              for m in re.finditer(re.escape(w), lowered)]
    consumed = [*exclude, *year_spans, *((m.start, m.end) for m in mentions), *change_words(lowered)]
    missing = []
    for a, b in joiners:
        left = (max((e for _, e in stops if e <= a), default=0), a)
        right = (b, min((s for s, _ in stops if s >= b), default=len(text)))
        for segment in (left, right):
            if not any(x < segment[1] and segment[0] < y for x, y in covered):
                said = part_words(text, consumed, segment)
                if said and said not in missing:
                    missing.append(said)
    if listed:  # "新收了多少，被退回的有多少？": a clause asking a count that no statistic was read in
        asks = [m.span() for w in statwords.QUESTION_WORDS for m in re.finditer(re.escape(w), lowered)]
        # a clause saying again only the statistic another clause asks ("采购几个项目、采购了几个
        # 服务类项目") asks no statistic of its own: its other words are the part not understood
        own = [r.span for r in requests]
        for a, b in _asking_clauses(text, asks):
            said = part_words(text, [*consumed, *asks, *hits], (a, b)) \
                if not any(x < b and a < y for x, y in own) else ""
            if said and said not in missing:
                missing.append(said)
    if not missing or not requests:
        return None
    if listed:
        _, near = fuzzy_cell(" ".join(missing))
        return Narrowed(" ".join(missing), None, [_metric(r) for r in near], listed=True)
    summed = [_metric(r) for r in requests]
    whole = summed[0] if len(summed) == 1 else Metric(tuple(k for m in summed for k in m.keys),
                                                     " + ".join(m.zh for m in summed),
                                                     " + ".join(m.en for m in summed), summed[0].unit)
    _, near = fuzzy_cell(" ".join(missing))
    return Narrowed(" ".join(missing), None, [_metric(r) for r in near], whole)


def _asking_clauses(text: str, asks: Spans) -> Spans:
    """The clauses of a question holding a question word ("被退回的有多少"), as the linker cuts
    them (a listing of asks, "几个项目、总金额多少", is cut at its joiners)."""
    return [(a, min(b, len(text))) for a, b in clause_spans(text) if any(a <= x < b for x, _ in asks)]

