"""Say which statistic word a question's typo was read as ("按“处罚”理解“处法”。")."""

from __future__ import annotations

TYPO_NOTE = {"zh": "按“{word}”理解“{typed}”。", "en": "Reading “{typed}” as “{word}”."}


def typo_note(taken: list[tuple[str, str]], language: str) -> str:
    """One line per word taken: (typed, word)."""
    return "".join(TYPO_NOTE[language].format(typed=t, word=w) for t, w in taken)
