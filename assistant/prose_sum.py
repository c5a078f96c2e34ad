"""A sum of figures the prose states apart: "微信和微博一共发了多少条" over "微信…发布信息504条,微博…
发布信息500条" is 504 + 500, each input cited and marked as read from the prose.

The sentence the question's best passage stands in is read for each thing the question joins
(the longest end of the words before the joiner, the longest start of those after it, that the
sentence says), and each thing's first amount after it in the measure of the passage's answer.
Both found at one amount: the sentence states the total itself, which answers. One of them
found and the passage's answer is its amount: a part is no total, nothing is answered.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon.questions import COUNT_ASKED, LIST_LAST_JOINER, LIST_LEADING_WORDS, SUM_JOINED
from index.lexicon.statwords import SUM_WORDS
from index.lexicon.units import MEASURES

from .findings import MetricSum, NotStated, PassageFound, Several
from .prose_statements import Statement as Said
from .prose_statements import number_of, prose_fact, read, same_family
from .quotes import cited_clause, locate
from .scope import NO_BODY, Scope
from .typed import measure_asked
from .understanding import Metric, Query

_JOINER = re.compile(SUM_JOINED, re.I)
_LEADING_MEASURE = re.compile(rf"^(?:{MEASURES})")
_AMOUNT = re.compile(r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<m>\S{1,2})")
_SENTENCE_END = re.compile(r"[。！？!?]")
_HAN = re.compile("[\u4e00-\u9fff]")
_ASKING = re.compile("|".join([*SUM_WORDS, COUNT_ASKED]))
#: The fewest characters a thing is named by.
MIN_NAME = 2


def asks_sum(q: Query) -> bool:
    return q.language == "zh" and (q.asked == "total" or any(w in q.text for w in SUM_WORDS))


def prose_sum(q: Query, s: Scope, found: PassageFound) -> MetricSum | PassageFound | NotStated | None:
    """The sum asked of the things the question joins, from the sentence of `found`; `found` when
    that sentence states their total; NotStated when `found` is one thing's amount and another's
    is not in the sentence; None when the question joins no things the sentence names."""
    reports = s.in_scope(q)
    if len(reports) != 1 or not found.highlight or (head := _AMOUNT.match(found.highlight.strip())) is None:
        return None
    measure = measure_asked(q.text) or found.highlight.strip()[head.end("n"):].strip()
    cited = found.citation
    sentence = sentence_of_found(s, found)
    if not measure or sentence is None:
        return None
    if (listed := _listed_sum(q, s, reports[0], cited.page, sentence, measure)) is not None:
        return listed  # "政府网站、微信公众号和微博一共…": each thing of the list, added, or the one not found
    for joiner in joiners(q):
        things = _things(q.normalized, joiner, sentence)
        if things is None:
            if (refused := _one_named(q, s, joiner, sentence, measure, found)) is not None:
                return refused
            continue
        (_, a), (_, b) = things
        if b - a - len(things[0][0]) <= len(joiner.group()) + 1:
            return found  # "微信和微博共发布信息1004条": named together, their total is stated
        amounts = [_amount_after(sentence, a, b, measure), _amount_after(sentence, b, len(sentence), measure)]
        if all(x is not None for x in amounts):
            facts = [prose_fact(reports[0], name, a.value, measure, cited.page, sentence.strip(), f"{name}{a.text}")
                     for (name, _), a in zip(things, amounts, strict=True)]
            metrics = [Metric((f.metric,), f.label, f.label, measure) for f in facts]
            return MetricSum(facts, metrics, _total([f.value for f in facts]))
        if any(a is not None and _is_highlight(a, found) for a in amounts):
            missing = next(name for (name, _), a in zip(things, amounts, strict=True) if a is None)
            return NotStated([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years), None, missing)
    return None


def each_thing(q: Query) -> list[Query]:
    """The question asked of each thing it joins alone ("各部门的政务微博和微信公众号一共发了多少条" ->
    "各部门的政务微博一共发了多少条", "微信公众号一共发了多少条"): the sentence stating both is found by
    one of them when the joined question finds none."""
    for joiner in joiners(q):
        after = q.normalized[joiner.end():]
        asking = _ASKING.search(after)
        if asking is not None and asking.start() > 0:
            first = q.normalized[:joiner.start()] + after[asking.start():]
            return [replace(q, text=t, normalized=t, mentions=[m for m in q.mentions if m.end <= joiner.start()])
                    for t in (first, after)]
    return []


def sentence_of_found(s: Scope, found: PassageFound) -> str | None:
    """The whole sentence of the page a passage's answer stands in (its quote may be cut)."""
    cited = found.citation
    pages = s.catalog.pages(cited.report)
    here = next((i for i, p in enumerate(pages) if p.number == cited.page), None)
    if here is None:
        return None
    page = pages[here].text
    at = locate(page, found.sentence)
    if at is None and here + 1 < len(pages):  # the sentence runs on to the next page
        page = page + "\n" + pages[here + 1].text
        at = locate(page, found.sentence)
    if at is None:
        return None
    start = max((m.end() for m in _SENTENCE_END.finditer(page, 0, at[0])), default=0)
    end = next((m.end() for m in _SENTENCE_END.finditer(page, at[1])), len(page))
    return page[start:end]


def prose_each(q: Query, s: Scope, found: PassageFound) -> Several | None:
    """"多少个政府网站和政务新媒体": each thing the question joins, its own figure from the sentence of
    `found` (the figure its list item names: "对全区2个政府网站、29个政务新媒体…"), each cited;
    None unless the sentence names both, each with a figure of its own in the measure found."""
    if len(s.in_scope(q)) != 1 or not found.highlight or asks_each_total(q):
        return None
    sentence = sentence_of_found(s, found)
    measure = _AMOUNT.match(found.highlight.strip())
    if sentence is None or measure is None:
        return None
    said = [st for st in read(sentence) if same_family(measure.group("m"), st.text)]
    joined = things_joined(q, sentence, said)
    chosen = [st for st, _ in joined] if joined else []
    if not chosen or any(c.approximate for c in chosen) or not any(_is_highlight(c, found) for c in chosen):
        return None
    cited = found.citation
    return Several([PassageFound(cited_clause(replace(cited, quote=sentence.strip(), highlight=sentence[c.start:c.end]),
                                              found.sentence), found.sentence,
                                 sentence[c.start:c.end]) for c in chosen])


def things_joined(q: Query, sentence: str, said: list[Said]) -> list[tuple[Said, str]] | None:
    """(figure, name) of the two things the question joins, in the sentence's order: each the figure
    its list item names ("2个政府网站"), else the first after its name before the other's ("微博29个");
    None unless the sentence names both, each with a figure of its own."""
    for joiner in joiners(q):
        things = _things(q.normalized, joiner, sentence)
        if things is None:
            continue
        ends = [things[1][1], len(sentence)]
        names = [_LEADING_MEASURE.sub("", name) for name, _ in things]
        chosen = [next((st for st in said if st.names(name)), None)
                  or next((st for st in said if at <= st.start < end), None)  # "微博29个，共发布信息1992条"
                  for name, (_, at), end in zip(names, things, ends, strict=True)]
        if all(c is not None for c in chosen) and chosen[0] is not chosen[1]:
            return list(zip(chosen, names, strict=True))
    return None


def asks_each_total(q: Query) -> bool:
    """A question that asks a total or a share is no ask of each thing's own figure."""
    return asks_sum(q) or q.asked in ("ratio", "difference")


def joiners(q: Query) -> list[re.Match]:
    """The joiners of the question between two Chinese characters, outside the names of bodies."""
    text = q.normalized
    return [m for m in _JOINER.finditer(text)
            if m.start() > 0 and m.end() < len(text) and _HAN.match(text[m.start() - 1]) and _HAN.match(text[m.end()])
            and not any(n.start < m.end() and m.start() < n.end for n in q.mentions)]


def _things(text: str, joiner: re.Match, sentence: str) -> list[tuple[str, int]] | None:
    """The two things a joiner joins, as the sentence names them, with where it does, in the
    sentence's order; None unless the sentence names both."""
    before, after = text[:joiner.start()], text[joiner.end():]
    first = next((before[i:] for i in range(len(before) - MIN_NAME + 1) if before[i:] in sentence), None)
    second = next((after[:j] for j in range(len(after), MIN_NAME - 1, -1) if after[:j] in sentence), None)
    if first is None or second is None or len(first) < MIN_NAME or first in second or second in first:
        return None
    named = sorted((sentence.find(name), name) for name in (first, second))  # in the sentence's order
    return [(name, at) for at, name in named]


def _one_named(q: Query, s: Scope, joiner: re.Match, sentence: str, measure: str,
               found: PassageFound) -> NotStated | None:
    """The passage's answer is the amount of one thing joined, the other named nowhere in its
    sentence: a part is no total ("季度通报和年度通报一共几次" over "季度通报3次"), the other is not found."""
    before, after = q.normalized[:joiner.start()], q.normalized[joiner.end():]
    first = next((before[i:] for i in range(len(before) - MIN_NAME + 1) if before[i:] in sentence), None)
    second = next((after[:j] for j in range(len(after), MIN_NAME - 1, -1) if after[:j] in sentence), None)
    if (first is None) == (second is None):
        return None
    named = first or second
    amount = _amount_after(sentence, sentence.find(named), len(sentence), measure)
    if amount is None or not _is_highlight(amount, found):
        return None
    missing = _ASKING.split(after)[0] if first else before[-len(_ASKING.split(after)[0]) or None:]
    return NotStated([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years), None, missing or after)


def _amount_after(sentence: str, at: int, until: int, measure: str) -> Said | None:
    """The first figure in the measure asked after a thing's name, before the next thing's; None
    when there is none or it is approximate ("500余条": never added as exact)."""
    found = next((st for st in read(sentence, measure) if at <= st.start < until and st.measure == measure), None)
    return found if found is not None and not found.approximate else None


def _is_highlight(st: Said, found: PassageFound) -> bool:
    """Whether a statement is the figure the passage answered with."""
    return st.value == number_of(found.highlight) and st.measure in (found.highlight or "")


def _total(values: list[float]) -> int | float:
    total = sum(values)
    return round(total, 2) if any(isinstance(v, float) for v in values) else total


_LISTED = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")
_LAST_JOINER = re.compile(LIST_LAST_JOINER)
_LEADING_WORDS = re.compile(LIST_LEADING_WORDS)


def _listed_items(text: str) -> list[str]:
    """The things a question lists ("政府网站、微信公众号和微博…" -> 政府网站…, 微信公众号, 微博…):
    split on 、 and on the joiner before the last one; [] unless three or more."""
    listed = next((m for m in _LISTED.finditer(text) if len(_split_last(m.group().split("、"))) >= 3), None)
    return _split_last(listed.group().split("、")) if listed else []


def _split_last(items: list[str]) -> list[str]:
    joiner = _LAST_JOINER.search(items[-1], 1)
    if joiner is None or joiner.end() >= len(items[-1]):
        return items
    return [*items[:-1], items[-1][:joiner.start()], items[-1][joiner.end():]]


def _listed_sum(q: Query, s: Scope, report, page: int | None, sentence: str,
                measure: str) -> MetricSum | NotStated | None:
    """Three or more things the question lists ("政府网站、微信公众号和微博"), each named by the
    sentence (the first by its longest end, the others by their longest start) with its own figure
    in the measure asked after it: their sum. A sum never drops a thing: when two or more are
    named but one, or its figure, is not found, NotStated says which; None when the sentence
    names fewer than two of them (it is no listing of this sentence)."""
    items = _listed_items(q.normalized)
    if not items:
        return None
    names = [next((items[0][i:] for i in range(len(items[0]) - MIN_NAME + 1) if items[0][i:] in sentence), None)]
    names += [next((it[:j] for j in range(len(it), MIN_NAME - 1, -1) if it[:j] in sentence), None) for it in items[1:]]
    if sum(n is not None for n in names) < 2 or len({n for n in names if n}) != len([n for n in names if n]):
        return None
    at = sorted((sentence.find(n), n) for n in names if n is not None)
    ends = [a for a, _ in at[1:]] + [len(sentence)]
    amounts = {n: _amount_after(sentence, a, end, measure) for (a, n), end in zip(at, ends, strict=True)}
    if (lost := next((i for i, n in enumerate(names) if n is None or amounts[n] is None), None)) is not None:
        missing = names[lost] or _LEADING_WORDS.sub("", _ASKING.split(items[lost])[0]) or items[lost]
        return NotStated([b for b in s.bodies_of(q) if b != NO_BODY], list(q.years), None, missing)
    facts = [prose_fact(report, name, amounts[name].value, measure, page, sentence.strip(), f"{name}{amounts[name].text}")
             for _, name in at]
    return MetricSum(facts, [Metric((f.metric,), f.label, f.label, measure) for f in facts], _total([f.value for f in facts]))
