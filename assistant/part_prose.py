"""A part of the body asked beside a whole the tables answer ("一共主动公开了多少条？其中乡镇公开了
多少条？"): no cell counts the part (乡镇), so its own clause is asked of the prose of the same
reports; a figure found there is said after the whole, cited, its citations numbered on."""

from __future__ import annotations

import re
from dataclasses import replace

from index.lexicon.questions import QUESTION_CLAUSE_ENDS

from .answer import Answer, citations_shifted
from .understanding import Intent, Query
from .understanding.body_parts import body_parts_named

_CLAUSE_END = re.compile(QUESTION_CLAUSE_ENDS)


def part_from_prose(query: Query, engine) -> Answer | None:
    """The prose's answer to the clause asking an unmatched part of the body, when it finds a figure."""
    words = query.narrowed.words.split() if query.narrowed is not None else []
    if not words or not all(body_parts_named(w) for w in words):
        return None
    clause = next((c for c in _CLAUSE_END.split(query.text) if words[0] in c), None)
    if not clause:
        return None
    part = engine.answer(replace(query, text=clause, normalized=clause, topic=clause, metrics=[], narrowed=None,
                                 intent=Intent.PASSAGE))
    return part if part.route == "passages" and any(c.highlight for c in part.citations) else None


def said_after(answer: Answer, part: Answer) -> None:
    """The part's answer appended to `answer`, its citation numbers shifted past the whole's."""
    answer.text += "\n\n" + citations_shifted(part.text, len(answer.citations))
    answer.citations += part.citations
