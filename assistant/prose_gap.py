"""A difference of two figures one sentence of the prose states: "共收到15564件咨询投诉件，已办结
15042件" answers "还有多少件没办结" with 15564 − 15042 (the whole less the part done), and "累计收件
9898件，累计办结9542件" answers "收件和办结相差多少件" with 9898 − 9542; each input cited and
marked as read from the prose (the figures from prose_statements, the sentence from prose_sum).

A remainder is asked by a negated verb (没办结, 未答复): the part is the figure whose clause says
that verb, the whole the larger figure before it in the sentence, in the same measure family. A
gap is asked of two things the question joins, each the figure of its own name. An approximate
figure ("900余件") is never an input; a frame that cannot be computed is no answer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon.prose import RUNNING_OPENER, STATEMENT_OPENERS
from index.lexicon.questions import (
    ASKING_COUNT,
    GAP_ASKED,
    NEGATION,
    PLAIN_COUNT_ASKED,
    REMAINDER_ASKED,
)

from .findings import MetricDifference, PassageFound, Several
from .prose_statements import Statement, item_before, prose_fact, read, same_family
from .prose_sum import joiners, sentence_of_found, things_joined
from .scope import Scope
from .understanding import Metric, Query

_GAP = re.compile(GAP_ASKED, re.I)
_REMAINDER = re.compile(REMAINDER_ASKED)
_RUNNING = re.compile(RUNNING_OPENER)
_ASKING = re.compile(ASKING_COUNT)
_NEGATION = re.compile(NEGATION)
_OPENERS = re.compile(STATEMENT_OPENERS)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?P<m>\S{1,2})")


def asks_gap(q: Query) -> bool:
    """"还有多少件没办结", "收件和办结相差多少件": a remainder or a gap, in Chinese."""
    return q.language == "zh" and bool(_REMAINDER.search(q.normalized) or _GAP.search(q.normalized))


def without_gap(q: Query) -> Query:
    """The question asking the figures a gap is of ("收件和办结相差多少件" -> "收件和办结多少件"):
    the sentence stating both is found by it."""
    gap = _GAP.search(q.normalized)
    if gap is None or not any(j.end() <= gap.start() for j in joiners(q)):
        return q  # "比上年多了多少件" may be stated as it is asked ("增加30件")
    rest = q.normalized[gap.end():]
    text = q.normalized[:gap.start()] + ("" if _ASKING.match(rest) else PLAIN_COUNT_ASKED) + rest
    return replace(q, text=text, normalized=text, mentions=[m for m in q.mentions if m.end <= gap.start()])


def remainder_verb(q: Query) -> str | None:
    """The verb a remainder question negates ("没办结": 办结), or None."""
    m = _REMAINDER.search(q.normalized)
    return m.group("verb") if m else None


def gives_part_done(q: Query, found: PassageFound | Several) -> bool:
    """Whether a remainder asked ("没办结") was found as the figure of the part done ("已办结15042件"):
    the opposite of what is asked (of several figures found, the first)."""
    found = found.parts[0] if isinstance(found, Several) else found
    if not isinstance(found, PassageFound):
        return False
    verb = remainder_verb(q)
    at = found.sentence.find(found.highlight or "")
    return verb is not None and at >= 0 and verb in item_before(found.sentence, at)


def affirms(name: str, verb: str) -> bool:
    """Whether a statistic's name says the verb without negating it ("同意公开答复数" says 同意;
    "不予公开" is itself the negation, asked as "未予公开")."""
    at = name.find(verb)
    return at >= 0 and not _NEGATION.match(name[max(0, at - 1):at])


def prose_gap(q: Query, s: Scope, found: PassageFound | Several) -> MetricDifference | None:
    """The remainder or gap asked, from the sentence of `found`; None when that sentence does not
    state both inputs exactly. Both figures of a sentence found at once ("共收到15564件…，已办结
    15042件" for "还有多少件咨询投诉没办结"): the gap of that sentence."""
    if isinstance(found, Several):
        return next((gap for part in found.parts if isinstance(part, PassageFound)
                     and (gap := prose_gap(q, s, part)) is not None), None)
    reports = s.in_scope(q)
    head = _FIGURE.match((found.highlight or "").strip())
    sentence = sentence_of_found(s, found) if len(reports) == 1 and head else None
    if sentence is None:
        return None
    said = [st for st in read(sentence) if same_family(head.group("m"), st.text)]
    verb = remainder_verb(q)
    pair = _remainder(said, verb) if verb else _gap(q, sentence, said)
    if pair is None or any(st.approximate for st, _ in pair):
        return None
    page = found.citation.page
    a, b = (prose_fact(reports[0], name, st.value, st.measure, page, sentence.strip(), f"{name}{st.text}")
            for st, name in pair)
    metrics = (Metric((a.metric,), a.label, a.label, a.unit), Metric((b.metric,), b.label, b.label, b.unit))
    delta = round(a.value - b.value, 2)
    return MetricDifference(a, b, metrics, int(delta) if float(delta).is_integer() else delta)


def _remainder(said: list[Statement], verb: str) -> list[tuple[Statement, str]] | None:
    """(whole, part done): the one figure whose clause says the verb, and the larger figure
    before it that does not."""
    done = [st for st in said if verb in st.words]
    if len(done) != 1:
        return None
    wholes = [st for st in said if st.start < done[0].start and verb not in st.words and st.value >= done[0].value]
    return [(wholes[-1], _named(wholes[-1])), (done[0], _named(done[0]))] if wholes else None


def _gap(q: Query, sentence: str, said: list[Statement]) -> list[tuple[Statement, str]] | None:
    """(figure, the question's name of it) of the two things the question joins, the larger first."""
    pair = things_joined(q, sentence, said)
    return sorted(pair, key=lambda x: -x[0].value) if pair else None


def _named(st: Statement) -> str:
    """What a figure counts as its clause says it ("截至目前共收到15564件咨询投诉件": 收到咨询投诉件)."""
    words = _OPENERS.sub("", _RUNNING.sub("", st.words), count=1)
    return words + st.after if words else st.after
