"""Statistic linking: which template cell(s) a question asks for.

    link_statistics("淮安市2024年有多少申请答复说本机关不掌握？")
      -> [CellRequest(label="无法提供.本机关不掌握相关政府信息 · default column",
                      keys={"2021版": ("政府信息公开申请.无法提供.本机关不掌握相关政府信息.总计",), "2019版": …})]

The words come from the templates themselves (each row's printed label and cues, each column's
label and `words`, each Concept's words: index/templates) and from the everyday-words lexicon
(statwords.py; the phrase table is phrasebook.py). A question's words are found longest first, without overlaps, and sorted into
anchors (a row, a row group, an appeal group, a Concept) and modifiers (an applicant column, an
outcome column, a column verb) that pick the anchor's column.

- A group the template prints without a total (不予公开 1-8, 无法提供 1-3, 不予处理 1-5), the
  five columns of 法人或其他组织, and both 行政诉讼 groups are a request for the SUM of their
  cells (`CellRequest.sum`).
- Two statistics in one question ("收到多少申请，其中不掌握的几件"; "how many repealed and how
  many in force") are two requests when the question asks twice (two question words in
  different clauses) or names two columns for one anchor; a sum word ("加起来", "combined")
  over several anchors asked once makes them one sum.
- A generic anchor (申请) gives way to a specific one of its table (不掌握) asked in the same
  breath; statistics joined as a list ("新收申请加上年结转", parts.py) never give way to each
  other, and in a sum the statistic that encloses parts named after it is their scope
  ("办理结果中予以公开和部分公开"), as are the statistics a bracket spells it out with.
- A sum joiner alone says a sum ("加上", "plus"); an each word ("各几件", "respectively") never.

`keys` is per template id (the 二 tables' columns differ between 2019 and 2021); a template
without the cell is left out, so an empty `keys` means no template has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from index.lexicon import statwords as words
from index.templates import Template, table_of, templates
from index.templates.modern import APPEAL_GROUPS

from . import parts as joins
from .phrasebook import Hit, Phrase, find_phrases

_REQUEST_TABLE, _APPEAL_TABLE, _TOTAL = words.REQUEST_TABLE, words.APPEAL_TABLE, words.TOTAL
_CONCEPT_AS_APPEAL, _ROW_CONCEPT = words.CONCEPT_AS_APPEAL, words.ROW_CONCEPT
ANCHORS = ("row", "group", "appeal", "concept")


@dataclass
class CellRequest:
    span: tuple[int, int]
    text: str
    label: str
    keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # template id -> metric keys
    confidence: float = 1.0
    why: str = ""
    # the spans of the question's words this request reads (its statistic, its columns, the same
    # statistic said again): a part of a sum whose words no request reads was not understood
    parts: tuple[tuple[int, int], ...] = ()
    summed: tuple[CellRequest, ...] = ()  # a sum of statistics asked: each one's own request

    @property
    def sum(self) -> bool:
        """The answer is the sum of the cells (a group without a printed total)."""
        return any(len(k) > 1 for k in self.keys.values())

    @property
    def metric_keys(self) -> tuple[str, ...]:
        """Every template's keys in one tuple, newest template first: a report has the keys of
        its own template only, so the sum of those it has is its value (the contract of the
        answerer's Metric.keys)."""
        return tuple(dict.fromkeys(k for t in templates() for k in self.keys.get(t.id, ())))

    @property
    def unit(self) -> str | None:
        """The unit of the cells, where the template declares one (件, 万元 …)."""
        for key in self.metric_keys:
            cell = table_of(key)
            if cell is not None:
                _, _, row, column = cell
                return column.unit or row.unit
        return None


# --- from phrases to requests -----------------------------------------------------------------


@dataclass
class _Anchor:
    hit: Hit
    modifiers: list[Hit] = field(default_factory=list)
    also: list[Hit] = field(default_factory=list)  # the same statistic said again (没经过复议、直接去法院告)


def link_statistics(question: str, exclude: list[tuple[int, int]] | None = None) -> list[CellRequest]:
    """The cells a question asks for, in the order it asks them. `exclude`: spans that are
    not about statistics, the body mentions of link_bodies (Law *Enforcement* Bureau)."""
    # a body's span is blanked, not its overlapping phrases dropped: "洪泽区政府信息公开申请量" keeps
    # the statistic "信息公开申请" after the body "洪泽区政府" took its 政府
    masked = question
    for a, b in exclude or ():
        masked = masked[:a] + " " * (b - a) + masked[b:]
    hits = find_phrases(masked)
    hits = [_pending_of_an_appeal(question, h, hits) for h in hits if _said_of_requests(question, h, hits)]
    hits = _without_spelled_out(question, _without_examples(question, hits))
    summing = sum_asked(question, hits)
    # asked once, or with no question word at all ("X plus Y?", "行政复议和行政诉讼的数量之和"); "does
    # section 4 add up?" asks the checks, and the question's intent discards what is linked here
    once = asked_times(question) <= 1
    anchors = _specific_anchors(question, [_Anchor(h) for h in hits if h.phrase.kind in ANCHORS], summing)
    for modifier in (h for h in hits if h.phrase.kind not in ANCHORS):
        anchor = _anchor_for(modifier, anchors)
        if anchor is not None:
            anchor.modifiers.append(modifier)
    if summing and once:
        _share_modifiers(anchors)
    requests = [r for a in anchors for r in _requests(question, a, summing)]
    requests = [r for r in requests if r.keys]
    # a sum asked once ("加起来一共多少"); "does section 4 add up?" asks no number, it asks a check
    if len(requests) > 1 and summing and once:
        return _merged_in_sum_clauses(question, requests, hits)
    return requests


def sum_asked(question: str, hits: list[Hit] | None = None) -> bool:
    """A sum word ("一共", "combined"), or a sum joiner between two statistics ("新收加上年结转",
    "X plus Y"); never when each part is asked on its own ("A和B各几件", "respectively")."""
    if joins.asks_each(question):
        return False
    hits = find_phrases(question) if hits is None else hits
    return _asks_sum(question) or joins.sum_joined(question, [(h.start, h.end) for h in hits])


def _without_spelled_out(question: str, hits: list[Hit]) -> list[Hit]:
    """Statistics named in the words that say what the statistic before them contains ("行政诉讼
    （含直接起诉和复议后起诉）") spell it out: dropped when it encloses every one of them."""
    out = hits
    for hit in (h for h in hits if h.phrase.kind in ANCHORS):
        inside = joins.spelled_out(question, (hit.start, hit.end))
        if inside is None:
            continue
        named = [h for h in out if inside[0] <= h.start < inside[1] and h.phrase.kind in ANCHORS]
        if named and all(_encloses(hit.phrase, h.phrase) for h in named):
            out = [h for h in out if not inside[0] <= h.start < inside[1]]
    return out


@cache
def _encloses(whole: Phrase, part: Phrase) -> bool:
    """Does some template count `part` inside `whole`: its cells a proper subset of the whole's
    (行政诉讼's two groups, 不予公开's eight rows), or among the parts a check of the template adds
    up to the whole's one cell (the outcome rows of 办理结果's (七)总计)."""
    for template in templates():
        mine, theirs = set(_keys(template, whole, ())), set(_keys(template, part, ()))
        if mine and theirs and (theirs < mine or (len(mine) == 1 and theirs <= _parts_of(template.id, *mine))):
            return True
    return False


@cache
def _parts_of(template_id: str, key: str) -> frozenset[str]:
    """The cells the template's checks add up to this one cell (none when no check does)."""
    template = next(t for t in templates() if t.id == template_id)
    return frozenset(k for c in template.checks if c.op == "=" and c.right == (key,) for k in c.left)


def _without_examples(question: str, hits: list[Hit]) -> list[Hit]:
    """Statistic words after an example marker, to the end of their clause or bracket, illustrate
    the statistic named before the marker ("other handling, e.g. fees not paid"): dropped when an
    anchor comes before it."""
    text = question.lower()
    out = hits
    for marker in words.EXAMPLE_MARKERS:
        for match in re.finditer(re.escape(marker), text):
            if not any(h.end <= match.start() and h.phrase.kind in ANCHORS for h in hits):
                continue
            end = re.search(r"[，,；;。？?！!)）]|$", text[match.end():])
            stop = match.end() + end.start()
            out = [h for h in out if not match.end() <= h.start < stop]
    return out


def asked_words(question: str, keys: tuple[str, ...]) -> str:
    """The question's own words for the statistic of these metric keys ("information
    processing fees"), "" when no request of the question reads them."""
    wanted = set(keys)
    found = [r for r in link_statistics(question) if wanted & set(r.metric_keys)]
    return found[0].text.strip() if found else ""


def _share_modifiers(anchors: list[_Anchor]) -> None:
    """A column said once of a sum ("直接起诉和复议后起诉合起来，结果被纠正的"): every anchor summed
    that it fits and that names no column of that kind is asked in it too."""
    for anchor in anchors:
        for modifier in list(anchor.modifiers):
            for other in anchors:
                if other is not anchor and _fits(modifier.phrase.kind, modifier.phrase.target, other.hit.phrase) \
                        and not any(m.phrase.kind == modifier.phrase.kind for m in other.modifiers):
                    other.modifiers.append(modifier)


def _merged_in_sum_clauses(question: str, requests: list[CellRequest], hits: list[Hit]) -> list[CellRequest]:
    """The requests of the clauses that say the sum, as one; the others stay apart ("新收加上年结转
    一共多少件？是否等于办结加结转下年？" sums the first two only)."""
    text = question.lower()
    summing = [(a, b) for a, b in _clauses(question) if any(w in text[a:b] for w in words.SUM_WORDS)]
    # no sum word: the clauses a sum joiner says it in ("本年新收加结转下年度是多少件")
    summing = summing or [(a, b) for a, b in _clauses(question) if joins.sum_joined(
        text[a:b], [(h.start - a, h.end - a) for h in hits if a <= h.start < b])]
    inside = [r for r in requests if any(a <= r.span[0] < b for a, b in summing)]
    if not same_unit(inside or requests):
        return requests  # 项 and 万元 are never one sum: each statistic is asked, the answer says why
    if len(inside) < 2:
        return requests if inside else [_merged(question, requests)]
    merged = _merged(question, inside)
    return [merged, *(r for r in requests if r not in inside)]


def _said_of_requests(question: str, hit: Hit, hits: list[Hit]) -> bool:
    """A row of a group whose rows name subjects of their own (信访, petitions) counts only in a
    question about requests: a request word or the group's own word (words.ROWS_NEED_REQUEST_WORD)."""
    text = question.lower()
    if hit.phrase.text in words.REQUEST_VERBS:  # "closed" of hotline complaints is no request handled
        return any(w in text for w in words.REQUEST_WORDS)
    group = next((g for g in words.ROWS_NEED_REQUEST_WORD if hit.phrase.kind == "row"
                  and f".{g}." in f".{hit.phrase.target}."), None)
    if group is None:
        return True
    return any(w in text for w in (*words.REQUEST_WORDS, *words.REQUEST_GROUPS.get(group, ())))


def _pending_of_an_appeal(question: str, hit: Hit, hits: list[Hit]) -> Hit:
    """"…reconsideration cases, and how many were still pending at year end?": in a question about
    reviews or lawsuits and no requests, requests' words that say pending name the appeal's
    尚未审结 column, not the requests carried over to next year."""
    text = question.lower()
    if hit.phrase.kind != "row" or not hit.phrase.target.startswith(words.CARRIED_OVER) \
            or not any(h.phrase.kind == "appeal" for h in hits) or any(w in text for w in words.REQUEST_WORDS):
        return hit
    if not any(w in hit.phrase.text for w in words.OUTCOMES[words.PENDING]):
        return hit
    return Hit(hit.start, hit.end, Phrase(hit.phrase.text, "outcome", words.PENDING, hit.phrase.source))


def _specific_anchors(question: str, anchors: list[_Anchor], summing: bool = False) -> list[_Anchor]:
    """Drop an anchor a more specific one of the same table makes redundant, unless it is asked
    on its own (another question word in another clause); in a sum, the section its parts are
    counted in. A share keeps its whole ("办结的申请里，无法提供的占多少")."""
    clauses = _clauses(question)
    twice = asked_times(question) >= 2

    def clause_of(hit: Hit) -> int:
        return next(i for i, (a, b) in enumerate(clauses) if a <= hit.start < b)

    chain = _chains(question, anchors)
    kept: list[_Anchor] = []
    for anchor in anchors:
        p = anchor.hit.phrase
        # statistics joined as a list ("新收申请加上年结转") are each a part: neither gives way
        rivals = [o for o in anchors if o is not anchor and chain[id(o)] != chain[id(anchor)] and (
            _more_specific(o.hit.phrase, p) or (summing and _scopes(anchor.hit, o.hit))
            or (p.text in words.WEAK and o.hit.phrase.text not in words.WEAK
                and clause_of(o.hit) == clause_of(anchor.hit)))]
        if rivals and not (twice and all(clause_of(o.hit) != clause_of(anchor.hit) for o in rivals)):
            continue
        if _qualifies_another(question, anchor, anchors, clause_of):
            continue
        same = next((k for k in kept if k.hit.phrase.kind == p.kind and k.hit.phrase.target == p.target), None)
        if same is not None:
            same.also.append(anchor.hit)  # the same thing said twice (没经过复议、直接去法院告)
            continue
        kept.append(anchor)
    return kept


def _chains(question: str, anchors: list[_Anchor]) -> dict[int, int]:
    """Each anchor's list: anchors next to each other with only a joiner between them ("A、B和C")
    share one; every other anchor is a list of its own."""
    ordered = sorted(anchors, key=lambda a: a.hit.start)
    out: dict[int, int] = {}
    for i, anchor in enumerate(ordered):
        before = ordered[i - 1] if i else None
        linked = before is not None and joins.joined(question, (before.hit.start, before.hit.end),
                                                     (anchor.hit.start, anchor.hit.end))
        out[id(anchor)] = out[id(before)] if linked else i
    return out


def _scopes(whole: Hit, part: Hit) -> bool:
    """A statistic named before one it encloses, and not listed with it, says where the part is
    counted ("办理结果中予以公开和部分公开", "of the requests handled, how many were disclosed"):
    a scope, not a part to add or to answer beside it."""
    return whole.end <= part.start and _encloses(whole.phrase, part.phrase)


_LINKS = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, words.QUALIFYING_LINKS)) + r")"
                    r"(?:\s+(?:" + "|".join(words.ARTICLES) + r"))?$")


def _qualifies_another(question: str, anchor: _Anchor, anchors: list[_Anchor], clause_of) -> bool:
    """Requests named right after a preposition, behind another statistic of the clause, are
    what that statistic is about ("information processing fees for disclosure requests"): a
    statistic that was not asked is never answered beside the one that was."""
    p = anchor.hit.phrase
    if not (p.kind == "concept" and p.target == words.REQUESTS and p.text.isascii()):
        return False
    if not _LINKS.search(question[:anchor.hit.start].lower().rstrip()):
        return False
    return any(o is not anchor and o.hit.end <= anchor.hit.start and clause_of(o.hit) == clause_of(anchor.hit)
               and not (o.hit.phrase.kind == "concept" and o.hit.phrase.target == words.REQUESTS) for o in anchors)


def _more_specific(other: Phrase, mine: Phrase) -> bool:
    if mine.kind == "concept" and mine.target == words.REQUESTS:
        return other.kind in ("row", "group")
    if mine.kind == "concept" and mine.target == words.FEES_GENERAL and words.FEES_GENERAL_NAME not in mine.text:
        return other.kind == "concept" and other.target == words.FEES_OF_REQUESTS  # "信息处理费收了多少钱"
    if mine.kind == "group":
        return other.kind == "row" and other.target.startswith(mine.target + ".")
    if mine.kind == "appeal" and mine.target == words.LAWSUIT:
        return other.kind == "appeal" and other.target.startswith(words.LAWSUIT + ".")
    if mine.kind == "appeal" and mine.target == words.RECONSIDERATION:  # after reconsideration: a lawsuit
        return other.kind == "appeal" and other.target == words.LAWSUIT_AFTER_RECONSIDERATION
    return False


def _anchor_for(modifier: Hit, anchors: list[_Anchor]) -> _Anchor | None:
    """The nearest anchor whose cells the modifier can pick a column of."""
    kind = modifier.phrase.kind
    fitting = [a for a in anchors if _fits(kind, modifier.phrase.target, a.hit.phrase)]
    if kind == "verb":  # "procurement projects, and what total amount": the amount is another concept's own column
        own = [a for a in fitting if modifier.phrase.target in _default_columns(a.hit.phrase.target)]
        fitting = own or fitting
    return min(fitting, key=lambda a: abs(a.hit.start - modifier.start), default=None)


def _default_columns(concept_id: str) -> set[str]:
    return {c for t in templates() for _, _, c in _concept_cells(t, concept_id)}


def _fits(kind: str, target: str, anchor: Phrase) -> bool:
    if kind in ("applicant", "legal"):
        return anchor.kind in ("row", "group") or (anchor.kind == "concept" and anchor.target == words.REQUESTS)
    if kind == "outcome":
        return anchor.kind == "appeal"
    if kind == "verb" and anchor.kind == "concept":
        return any(table.key.startswith(words.SECTION_TWO) and any(c.key == target for c in table.columns)
                   for template in templates() for table, _, _ in _concept_cells(template, anchor.target))
    return False


def _concept_cells(template: Template, concept_id: str):
    for table_key, row_key, column_key, cid in template.concepts:
        if cid == concept_id:
            table = template.table(table_key)
            yield table, row_key, column_key


def _requests(question: str, anchor: _Anchor, summing: bool) -> list[CellRequest]:
    """One request per column the anchor is asked in (all of them as one sum when the
    question adds them up)."""
    by_span: dict[tuple[int, int], tuple[str, ...]] = {}
    for m in anchor.modifiers:  # one phrase naming a column of each template (制发) is one choice
        by_span[(m.start, m.end)] = tuple(dict.fromkeys((*by_span.get((m.start, m.end), ()), *_columns_of(m))))
    choices = list(dict.fromkeys(by_span.values())) or [()]
    if anchor.modifiers and _asked_apart(question, anchor):
        choices = [(), *choices]  # "how many cases, and how many were corrected": the total too
    if summing and anchor.modifiers and _own_measure_said(anchor) and () not in choices and \
            len({_unit_of(anchor.hit.phrase, c) for c in [(), *choices]} - {None}) > 1:
        choices = [(), *choices]  # "采购项目数量和总金额加起来": the statistic's own measure is asked too
    if len(choices) > 1 and summing and asked_times(question) <= 1:
        # one ask with a sum word adds the columns; a sum word in one of two asks ("制发了几件？现行有效的
        # 一共多少件？") is that ask's own total, never a sum across the asks. Columns of different
        # units (项目数 and 金额) are never added: each stays its own request, for the answer to say so
        if len({_unit_of(anchor.hit.phrase, c) for c in choices} - {None}) <= 1:
            choices = [tuple(c for choice in choices for c in choice)]
    elif len(choices) > 1 and asked_times(question) <= 1:
        # asked once: a stated column other than the default one is what is asked
        # ("how did the penalty decisions change" is 本年增减, not 处理决定数量)
        default = _default_columns(anchor.hit.phrase.target)
        choices = [c for c in choices if not set(c) <= default] or choices
    out = []
    for columns in choices:
        keys = {t.id: k for t in templates() if (k := _keys(t, anchor.hit.phrase, columns))}
        hits = [anchor.hit, *(m for m in anchor.modifiers if set(_columns_of(m)) <= set(columns) or len(choices) == 1)]
        start, end = min(h.start for h in hits), max(h.end for h in hits)
        sources = {h.phrase.source for h in hits}
        out.append(CellRequest((start, end), question[start:end], _label(anchor.hit.phrase, columns), keys,
                               1.0 if sources == {"template"} else 0.9,
                               " + ".join(f"{h.phrase.kind}:{h.phrase.text}" for h in hits),
                               tuple((h.start, h.end) for h in (*hits, *anchor.also))))
    return out


def _own_measure_said(anchor: _Anchor) -> bool:
    """Does the statistic's own name say its measure ("项目数量", "总金额"), not only its row?"""
    return anchor.hit.phrase.kind == "concept" and any(
        w in h.phrase.text.lower() for h in (anchor.hit, *anchor.also) for w in words.OWN_MEASURE_WORDS)


def same_unit(requests: list[CellRequest]) -> bool:
    """Do these requests count in one unit (a request of no declared unit agrees with any)?"""
    return len({r.unit for r in requests} - {None}) <= 1


def _unit_of(phrase: Phrase, columns: tuple[str, ...]) -> str | None:
    """The unit of the anchor's cells in these columns, in the newest template that has them."""
    for template in templates():
        keys = _keys(template, phrase, columns)
        if keys:
            return CellRequest((0, 0), "", "", {template.id: keys}).unit
    return None


def _asked_apart(question: str, anchor: _Anchor) -> bool:
    """The anchor's clause asks on its own and every column is asked in another clause."""
    clauses = _clauses(question)
    lowered = question.lower()

    def clause(at: int) -> int:
        return next(i for i, (a, b) in enumerate(clauses) if a <= at < b)

    home = clause(anchor.hit.start)
    a, b = clauses[home]
    asks = any(w in lowered[a:b] for w in words.QUESTION_WORDS)
    return asks and asked_times(question) >= 2 and all(clause(m.start) != home for m in anchor.modifiers)


def _columns_of(modifier: Hit) -> tuple[str, ...]:
    if modifier.phrase.kind == "legal":
        return words.LEGAL_PERSON_COLUMNS
    return (modifier.phrase.target,)


def _keys(template: Template, phrase: Phrase, columns: tuple[str, ...]) -> tuple[str, ...]:
    kind, target = phrase.kind, phrase.target
    tables = {t.key: t for t in template.tables}
    if kind in ("row", "group") and _REQUEST_TABLE in tables:
        table = tables[_REQUEST_TABLE]
        # a row the template also prints split in numbered parts (其他处理: one row in 2019, three in
        # 2021): a report prints one form or the other, so its value is the sum of the keys it has
        rows = [r.key for r in table.rows if r.key == target or (
            r.key.startswith(target + ".") and r.part_of is None)]
        return tuple(table.metric(r, c) for r in rows for c in (columns or (_TOTAL,)))
    if kind == "row" and not columns and target in _ROW_CONCEPT:  # an older template: the concept's own cell
        return tuple(template.concept_keys(_ROW_CONCEPT[target]))
    if kind in ("row", "group") and not columns and target in words.ROW_IN_OLDER:  # its row of the same meaning
        older = words.ROW_IN_OLDER[target]
        return tuple(t.metric(older, "") for t in template.tables if any(r.key == older for r in t.rows))
    if kind == "appeal" and _APPEAL_TABLE in tables:
        table = tables[_APPEAL_TABLE]
        groups = [g for g, _ in APPEAL_GROUPS if g == target or g.startswith(target + ".")]
        return tuple(table.metric("", f"{g}.{c}") for g in groups for c in (columns or (_TOTAL,)))
    if kind == "appeal" and not columns:  # an older template: the concept's own cell (行政复议数量)
        concepts = [c for c, group in _CONCEPT_AS_APPEAL.items() if group == target]
        return tuple(k for c in concepts for k in template.concept_keys(c))
    if kind == "concept":
        out = []
        for table, row_key, column_key in _concept_cells(template, target):
            if columns:  # the columns asked, where this template's table has them
                out += [table.metric(row_key, c) for c in columns if any(col.key == c for col in table.columns)]
            else:
                out.append(table.metric(row_key, column_key))
        return tuple(dict.fromkeys(out))
    return ()


def _label(phrase: Phrase, columns: tuple[str, ...]) -> str:
    what = f"{phrase.target} (sum of its rows)" if phrase.kind == "group" else phrase.target
    return f"{what} · {'+'.join(columns) if columns else 'default column'}"


def _merged(question: str, requests: list[CellRequest]) -> CellRequest:
    """One request for the sum: a template lacking one of the parts has no keys for it, so a
    report on it is answered "not in its template", never with the sum of the other parts."""
    keys: dict[str, tuple[str, ...]] = {}
    for r in requests:
        for template, k in r.keys.items():
            keys[template] = tuple(dict.fromkeys((*keys.get(template, ()), *k)))
    keys = {t: k for t, k in keys.items() if all(t in r.keys for r in requests)}
    start, end = min(r.span[0] for r in requests), max(r.span[1] for r in requests)
    return CellRequest((start, end), question[start:end], " + ".join(r.label for r in requests), keys,
                       min(r.confidence for r in requests), "sum of: " + "; ".join(r.why for r in requests),
                       tuple(p for r in requests for p in r.parts), tuple(requests))


_CLAUSE = re.compile(words.CLAUSE)


_LISTING = re.compile(words.LISTING_JOINERS)


def _clauses(question: str) -> list[tuple[int, int]]:
    text = question.lower()
    cuts = [0, *(m.start() for m in _CLAUSE.finditer(text)), len(question) + 1]
    cuts = sorted({*cuts, *_listing_cuts(text, cuts)})
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a] or [(0, len(question) + 1)]


def _listing_cuts(text: str, cuts: list[int]) -> list[int]:
    """Joiners of a listing of asks ("几个项目、总金额多少"): each side of the joiner, within its
    clause, asks on its own (a question word), so each is an ask; "多少件申请和答复" is one."""
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        start = a
        for m in _LISTING.finditer(text, a, min(b, len(text))):
            left, right = text[start:m.start()], text[m.end():b]
            if _asks(left) and _asks(right):
                out.append(m.start())
                start = m.start()
    return out


def _asks(words_: str) -> bool:
    return any(w in words_ for w in words.QUESTION_WORDS)


def clause_spans(question: str) -> list[tuple[int, int]]:
    """Where the question's clauses stand (the last one's end may pass the text's)."""
    return _clauses(question)


def clauses_of(question: str) -> list[str]:
    """The question's clauses, lower-cased: each may ask a thing of its own."""
    text = question.lower()
    return [text[a:b] for a, b in _clauses(question)]


def asked_times(question: str) -> int:
    """Question words in different clauses: "收到多少申请，其中不掌握的几件" asks twice, and so does
    "复议了几件？有没有被纠正的？" (whether a part exists is an ask of its own)."""
    text = question.lower()
    clauses = _clauses(question)
    return len({i for i, (a, b) in enumerate(clauses) if _asking(text[a:b])})


_PART_EXISTS = re.compile(words.PART_EXISTS_SAID)


def _asking(clause: str) -> bool:
    return any(w in clause for w in (*words.QUESTION_WORDS, *words.PART_EXISTS_ASKED)) \
        or _PART_EXISTS.search(clause) is not None


def yes_no_clause(question: str) -> int | None:
    """Which of the asking clauses (counted from 0) asks whether a part exists ("复议了几件？有被纠正
    的吗" -> 1), when the message asks more than once; None otherwise."""
    text = question.lower()
    asking = [text[a:b] for a, b in _clauses(question) if _asking(text[a:b])]
    if len(asking) < 2:
        return None
    return next((i for i, c in enumerate(asking) if any(w in c for w in words.PART_EXISTS_ASKED)
                 or _PART_EXISTS.search(c)), None)


def _asks_sum(question: str) -> bool:
    text = question.lower()
    return any(w in text for w in words.SUM_WORDS)
