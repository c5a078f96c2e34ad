"""A statistic named by its printed label rather than a concept word.

"统计表中政府公报公开政府信息数是多少" names a row a publisher added to its table, or names a
declared cell more narrowly than the synonym table ("当面申请数" rather than "申请"). The labels
are the catalog's (metric, label, unit) of rows no template declares, given by the caller.
"""

from __future__ import annotations

import re

from index.bm25 import tokenize
from index.lexicon import questions as words

from .metrics import Metric
from .query import Query

#: Share of the question's words (by characters) a label must contain to be what it asks for:
#: "政务微博粉丝" is not "政务微博公开政府信息数" (粉丝 is missing, 67%).
LABEL_COVERAGE = 0.75
#: Characters the question and the label must share in one run (Chinese, English questions).
COMMON_RUN = {"zh": 5, "en": 2}
#: Intents that ask about the corpus or the last answer, not a statistic.
NOT_ABOUT_A_STATISTIC = ("corpus", "count_reports", "source", "why", "identity")

_ASKING = re.compile(words.LABEL_ASKING)
_YEARS = re.compile(words.YEAR_WORDS)
_QUOTED_CJK = re.compile("[\u4e00-\u9fff]{2,}")

#: label -> (metric key, unit)
Labels = dict[str, tuple[str, str | None]]


def apply_labels(query: Query, labels: Labels) -> None:
    """A question naming no statistic by a concept word may name one by its label."""
    if query.metrics or query.intent in NOT_ABOUT_A_STATISTIC:
        return
    labelled = label_metric(query, labels)
    if labelled is not None:
        query.metrics = [labelled]
        query.intent = "lookup" if query.intent == "passage" else query.intent


def label_metric(q: Query, labels: Labels) -> Metric | None:
    """The statistic whose printed label covers what the question asks. English questions
    reach labels only through the Chinese words they quote ("in-person (当面) requests")."""
    text = _without_names(q)
    if q.language != "zh":
        text = " ".join(_QUOTED_CJK.findall(text))
    if not text:
        return None
    terms = {t for t in tokenize(text) if len(t) > 1 and t not in words.LABEL_FUNCTION_WORDS and not t.isdigit()}
    # A follow-up ("其他方式呢？") prefers the group of the statistic it follows.
    groups = {key.split(".")[0] for m in q.metrics for key in m.keys}
    scored = [(len(run), metric.split(".")[0] in groups, -len(label), run, label, metric, unit)
              for label, (metric, unit) in labels.items()
              if _coverage(terms, label) >= LABEL_COVERAGE  # the label covers the question's words
              for run in [_longest_common_run(text, label)]]
    best = max(scored, default=None)
    if best is None or best[0] < COMMON_RUN["zh" if q.language == "zh" else "en"]:
        return None
    *_, label, metric, unit = best
    return Metric((metric,), label, label, unit)


def _longest_common_run(a: str, b: str) -> str:
    """The longest substring of b that occurs in a."""
    best = ""
    for i in range(len(b)):
        for j in range(i + len(best) + 1, len(b) + 1):
            if b[i:j] in a:
                best = b[i:j]
            else:
                break
    return best


def _coverage(terms: set[str], label: str) -> float:
    total = sum(map(len, terms))
    return sum(len(t) for t in terms if t in label) / total if total else 1.0


def _without_names(q: Query) -> str:
    """The question without the body names and years it mentions (they are filters, not words
    of a statistic's label). In English, Chinese metric words it quotes ("行政强制") are
    understood already and go too."""
    text = q.normalized
    for m in sorted(q.mentions, key=lambda m: -m.start):
        if m.kind != "metric" or q.language != "zh":
            text = text[: m.start] + " " + text[m.end :]
    text = _YEARS.sub(" ", text)
    return _ASKING.sub(" ", text)
