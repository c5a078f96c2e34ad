"""A share the prose gives the parts of, not the share itself: "12345平台工单共计409件，其中，投诉类
251件、咨询类107件…" answers "工单中投诉类占比多少" with 251 ÷ 409, both numbers cited to that
sentence and marked as read from the prose.

Only a whole and its parts in one sentence count: a whole ("…共计409件") right before 其中, the
parts listed after it up to the sentence's end, each counted in the whole's measure family,
together no more than the whole. The part is the item the question names (its own words, else the most
of the question's words); the whole must be named too, by a word the part does not say. Two
items as close to the question, or a whole the question does not name: nothing is computed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon.prose import (
    DONE_VERBS,
    NOT_A_PART_RATE,
    PART_OF_WHOLE,
    RATE_OF_PART,
    RECEIVED_VERBS,
    RELATIVE_MARKER,
)
from index.lexicon.questions import PARTS_JOINED
from index.models import ReportRecord

from .aggregate import ratio
from .findings import Ratio, Several
from .linking.parts import asks_each
from .prose_statements import Statement, read, same_family, statement_fact, wholes
from .scope import Scope
from .understanding import Metric, Query

_JOINER = re.compile(PARTS_JOINED)


def prose_share(q: Query, s: Scope, terms: set[str], words: str) -> Ratio | Several | None:
    """The share asked, from one report's sentence of a whole and its parts; None when the
    question is not about one report or no sentence names both. `words` are the question's
    words in Chinese (an English question's glossary words)."""
    reports = s.in_scope(q)
    if len(reports) != 1:
        return None
    report = reports[0]
    if asks_each(q.text):
        return _each_share(q, s, report, terms, words)
    found = []
    for page in s.catalog.pages(report.report):
        for whole, parts, quote in whole_and_parts(page.text):
            chosen = _part_asked(parts, q.text, terms)
            if chosen is not None and _named(whole.words, terms, words, chosen.words, q.text):
                found.append((page.number, quote, whole, chosen))
    if not found:
        return nested_share(q, s)  # no list of parts: a figure and the whole it nests in ("办结率")
    if len({(w.value, p.value) for _, _, w, p in found}) != 1:
        return None  # two sentences giving two answers
    page, quote, whole, part = found[0]
    num, den = statement_fact(report, part, page, quote), statement_fact(report, whole, page, quote)
    metrics = (Metric((num.metric,), part.words, part.words, part.measure),
               Metric((den.metric,), whole.words, whole.words, whole.measure))
    return Ratio(num, den, metrics, ratio(part.value, whole.value, True), True)


def _each_share(q: Query, s: Scope, report: ReportRecord, terms: set[str], words: str) -> Several | None:
    """"主动公开和依申请公开各占多少": each part the question joins, from one sentence, over its
    whole; None unless every joined piece of the question names a part of its own."""
    pieces = [p for p in _JOINER.split(q.text) if p.strip()]
    if len(pieces) < 2:
        return None
    found = {}
    for page in s.catalog.pages(report.report):
        for whole, parts, quote in whole_and_parts(page.text):
            chosen = [_part_asked(parts, piece, terms) for piece in pieces]
            if all(c is not None for c in chosen) and len({id(c) for c in chosen}) == len(chosen) \
                    and _named(whole.words, terms, words, " ".join(c.words for c in chosen)):
                found[tuple(c.value for c in chosen)] = (page.number, quote, whole, chosen)
    if len(found) != 1:
        return None  # none, or two sentences giving two answers
    page, quote, whole, chosen = next(iter(found.values()))
    den = statement_fact(report, whole, page, quote)
    out = []
    for part in chosen:
        num = statement_fact(report, part, page, quote)
        metrics = (Metric((num.metric,), part.words, part.words, part.measure),
                   Metric((den.metric,), whole.words, whole.words, whole.measure))
        out.append(Ratio(num, den, metrics, ratio(part.value, whole.value, True), True))
    return Several(out)


def whole_and_parts(text: str):
    """(whole, parts, sentence) of the text's statements of a whole and its parts, each part
    named by its own list item."""
    for whole, parts, quote in wholes(text):
        yield whole, [_as_item(p) for p in parts], quote


def _as_item(part: Statement) -> Statement:
    """A part as what its own list item counts ("投诉类" of "其中，投诉类251件、…")."""
    return replace(part, words=part.item)


def _part_asked(parts: list[Statement], question: str, terms: set[str]) -> Statement | None:
    """The item the question names: the longest run of its own words the question says, then
    the most of the question's words; None when two are as close."""
    score = lambda p: (_common(p.words, question), sum(len(t) for t in terms if t in p.words))  # noqa: E731
    ranked = sorted(parts, key=score, reverse=True)
    if not ranked or score(ranked[0]) == (0, 0) or len(ranked) > 1 and score(ranked[0]) == score(ranked[1]):
        return None
    best = ranked[0]
    return best if score(best)[0] >= 2 or score(best)[1] > 0 else None


def _common(a: str, b: str) -> int:
    """The length of the longest run of characters two texts share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = j - i
    return best


def _named(whole: str, terms: set[str], words: str, part: str, question: str = "") -> bool:
    """The whole is named by a word of the question (two characters at least) the part's words
    do not hold ("工单" of "12345工单中投诉类…"; "制发" of "produced"), or by two characters running
    in both the question and the whole's words that the part's words lack (a word the tokenizer
    cut: "制发" of "全部制发信息")."""
    said = {w for w in terms | set(words.split()) if len(w) >= 2 and w not in part}
    return any(w in whole for w in said) or any(
        whole[i:i + 2] in question and whole[i:i + 2] not in part and _HAN_RUN.fullmatch(whole[i:i + 2])
        for i in range(len(whole) - 1))


# --- a rate over two figures of one sentence, one nested in the other ---------------------------------

_RATE = re.compile(RATE_OF_PART)
_PART_OF = re.compile(PART_OF_WHOLE)
_HAN_RUN = re.compile("[\u4e00-\u9fff]{2,}")


def part_asked(question: str) -> str | None:
    """The part a rate or share is asked of, as the question says it: 办结 of "办结率", 原创 of
    "发的微博里原创的占多少比例"; None when it names none."""
    found = _PART_OF.search(question)
    if found:
        return found.group("part")
    # "比率", "效率": no part; "…的比率": the 的 is no part's
    return next((m.group(1) for m in _RATE.finditer(question) if m.group()[-2:] not in NOT_A_PART_RATE
                 and RELATIVE_MARKER not in m.group(1)), None)


def nested_share(q: Query, s: Scope) -> Ratio | None:
    """"办结率" / "发的微博里原创的占多少比例" over one sentence's figures where no list of parts
    gives it: the part (the one figure its list item names by the part asked) over the whole it
    nests in (the nearest figure before it in the sentence, in its measure family, no smaller,
    counting the same thing: a word both say that the question says too, or the received of
    which the part is done: "共收到15564件咨询投诉件，已办结15042件"). Both cited; None when the
    report's sentences give no such pair or give two different ones."""
    reports = s.in_scope(q)
    part_word = part_asked(q.text)
    if len(reports) != 1 or part_word is None:
        return None
    report, found = reports[0], {}
    for page in s.catalog.pages(report.report):
        for pair in _nested_pairs(page.text, part_word, q.text):
            found.setdefault((pair[0].value, pair[1].value), (page.number, *pair))
    if len(found) != 1:
        return None
    page, part, whole = next(iter(found.values()))
    num, den = statement_fact(report, part, page, part.quote), statement_fact(report, whole, page, whole.quote)
    named = lambda st: st.words + st.after  # noqa: E731  # "共收到15564件咨询投诉件": what it counts, after it
    metrics = (Metric((num.metric,), named(part), named(part), part.measure),
               Metric((den.metric,), named(whole), named(whole), whole.measure))
    return Ratio(num, den, metrics, ratio(part.value, whole.value, True, q.decimals), True, q.decimals)


def _nested_pairs(text: str, part_word: str, question: str):
    """(part, whole) of each sentence of `text` where one figure's item names the part asked and
    the whole it nests in stands before it."""
    said = read(text)
    for part in said:
        if part.approximate or not part.names(part_word) and part_word not in part.words:
            continue
        sentence = [w for w in said if w.quote == part.quote and w.end <= part.start]
        wholes_before = [w for w in reversed(sentence) if not w.approximate and w.value >= part.value
                         and same_family(w.measure, part.text) and part_word not in w.words + w.after]
        whole = next((w for w in wholes_before if _nests(part, w, part_word, question)), None)
        if whole is not None:
            yield part, whole


def _nests(part: Statement, whole: Statement, part_word: str, question: str) -> bool:
    """Whether `part` counts some of what `whole` counts, as the question asks it: a word of two
    characters both name that the question says ("微博"), or the whole received what the part
    did (收到 … 办结), the whole's thing named by the question."""
    of_whole = whole.words + whole.after
    of_part = part.item + part.after
    asked = question.replace(part_word, " ")
    shared = any(run[i:i + 2] in of_part and run[i:i + 2] in asked
                 for run in _HAN_RUN.findall(of_whole) for i in range(len(run) - 1))
    if shared:
        return True
    done = any(v in part_word or v in part.words for v in DONE_VERBS)
    received = any(v in whole.words for v in RECEIVED_VERBS)
    named = any(run[i:i + 2] in asked for run in _HAN_RUN.findall(of_whole) for i in range(len(run) - 1))
    return done and received and named
