"""Question understanding: text + gazetteer -> Query. Pure: it reads no store, runs no route
and writes no sentence.

    hygiene    empty / too long / not words; language; the normalized text
    phrases    exact lookup of many phrases in a short text
    names      every way a body is named (short forms, renames, English, pinyin)
    gazetteer  the corpus's bodies and their names
    english    English names of bureaus from the words of their Chinese names
    metrics    the statistics a question can name (from the templates' concepts)
    cells      the rows and columns of the national tables a question names
    years      years, ranges, "latest", impossible years
    scan       known names, then what looks like a body the corpus lacks
    intents    what the question asks for
    slots      the Query: the slots a question fills, and those a follow-up can leave out
    query      parse: a question read into a Query, in its readers' order
    inherit    which slots a follow-up takes from the last turn
    intent_rules  the intent a question is answered under (changes, percent changes)
    labels     a statistic named by its printed label
    topic      what a question asks about, in its words

The words themselves live in index/lexicon.
"""

from __future__ import annotations

from . import cells
from .gazetteer import Entity, Gazetteer, Mention
from .hygiene import (
    MAX_QUESTION_CHARS,
    Problem,
    check_question,
    detect_language,
    normalize,
    strip_controls,
)
from .intent_rules import amount_change, percent_change
from .intents import INTENT_CUES, METRIC_INTENTS, Intent, detect_intent
from .labels import Labels, apply_labels
from .metrics import CONTEXT, METRICS, SYNONYMS, Metric
from .query import parse, resolve
from .replies import chosen
from .scan import find_mentions, prepare, scan, unknown_body_mentions
from .slots import Query
from .topic import topic
from .years import YearSpec, find_years

__all__ = ["amount_change", "cells", "chosen", "percent_change", "resolve", "CONTEXT", "INTENT_CUES", "MAX_QUESTION_CHARS", "METRICS", "METRIC_INTENTS", "SYNONYMS", "Entity",
           "Gazetteer", "Intent", "Mention", "Metric", "Problem", "Query", "YearSpec", "check_question",
           "detect_intent", "Labels", "topic", "detect_language", "find_mentions", "find_years", "normalize", "prepare", "scan",
           "strip_controls", "understand", "unknown_body_mentions"]


def understand(question: str, gazetteer: Gazetteer, previous: Query | None = None,
               labels: Labels | None = None) -> Query:
    """Parse a question; fill what an elliptical follow-up leaves out from `previous`; a
    statistic it names only by a printed label is found among `labels`."""
    query = parse(question, gazetteer, previous)
    if labels:
        apply_labels(query, labels)
    return query
