"""Renderers: every sentence an answer says. The phrases are one module per language (zh, en);
`Writer` walks a finding and says it with them, numbering each citation once, as it is cited.

Routes return findings (assistant.findings) with no text; `render(finding, ...)` turns one into
an Answer. A new answer sentence goes into both language modules and one writer method here.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from ..answer import Answer
from ..understanding import Problem
from . import en, zh
from .added import AddedWriter
from .asking import AskingWriter, took_line
from .checks import CheckWriter
from .corpus import CorpusWriter
from .earlier import EarlierWriter
from .prose import ProseWriter
from .verdicts import VerdictWriter

LANGUAGES: dict[str, ModuleType] = {"zh": zh, "en": en}


class AnswerWriter(VerdictWriter, EarlierWriter, CheckWriter, CorpusWriter, ProseWriter, AddedWriter, AskingWriter):
    """The writer of every finding: render.writer's, with the tested shares', the changes',
    earlier answers', the checks', the corpus', the prose's, the added notes' and the asking
    back's methods."""


def render(finding, question: str, language: str, english_name: Callable[[str], str | None]) -> Answer:
    """The Answer that says `finding` in `language`; bodies shown with their English name in
    English answers (when known)."""
    return AnswerWriter(LANGUAGES[language], language, english_name).answer(finding, question)


def problem_text(problem: Problem, language: str) -> str:
    """Why a text is no question, in the question's language (both when it is empty)."""
    said = LANGUAGES[language].PROBLEMS[problem]
    if problem == Problem.EMPTY:  # no words to tell the language by
        said = f"{zh.PROBLEMS[problem]} / {en.PROBLEMS[problem]}"
    return LANGUAGES[language].INVALID.format(problem=said)


def filter_note(bodies: list[str], years: list[int], language: str) -> str:
    """"Filter applied: …" for the bodies and years an answer was narrowed to."""
    parts = ([zh.NAME_SEP.join(bodies)] if bodies else []) + ([zh.YEARS_SEP.join(map(str, years))] if years else [])
    return LANGUAGES[language].FILTER_NOTE.format(what="；".join(parts)) if parts else ""


__all__ = ["LANGUAGES", "filter_note", "problem_text", "render"]


def took_note(took: list[tuple[str, str, str]], language: str, english_name: Callable[[str], str | None]) -> str:
    """"按“平谭”理解为…。" / "Taking 'Pingtan' as …": the bodies taken from names not their own."""
    return took_line(took, LANGUAGES[language], english_name) if took else ""


__all__ += ["took_note"]
