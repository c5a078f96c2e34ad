"""The question file's schema: one JSON object a line, validated with line-numbered errors.

A hand-written set is read leniently where the meaning is plain (a string `cite` is one file,
an expected item given as a string is one acceptable string), and strictly everywhere else: a
missing field or an `expect` that does not have one list per turn is an error naming the line.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


class QuestionFileError(ValueError):
    """A question file that cannot be scored; the message names the file and the line."""


def _as_list(value):
    return [value] if isinstance(value, str) else value


class QuestionLine(BaseModel):
    model_config = ConfigDict(extra="allow")  # `who`, `note` and other writers' fields are kept

    id: str = Field(min_length=1)
    kind: str = Field(min_length=1)
    lang: str = ""
    turns: list[str] = Field(min_length=1)
    expect: list[list[list[str]]]
    cite: list[str] = []
    forbid: list[str] = []

    @field_validator("turns", "cite", "forbid", mode="before")
    @classmethod
    def _one_string_is_one_item(cls, value):
        return _as_list(value)

    @field_validator("expect", mode="before")
    @classmethod
    def _items_as_alternatives(cls, value):
        if not isinstance(value, list):
            return value
        return [[_as_list(item) for item in turn] if isinstance(turn, list) else turn for turn in value]

    @model_validator(mode="after")
    def _one_expectation_per_turn(self):
        if len(self.expect) != len(self.turns):
            raise ValueError(f"expect has {len(self.expect)} lists for {len(self.turns)} turns")
        if any(not t.strip() for t in self.turns):
            raise ValueError("a turn is empty")
        return self


def read_question_lines(path: str | Path) -> list[QuestionLine]:
    """Every question of the file, or a QuestionFileError listing each bad line."""
    path = Path(path)
    lines, errors, seen = [], [], set()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = QuestionLine.model_validate(json.loads(raw))
        except json.JSONDecodeError as e:
            errors.append(f"{path}:{number}: not JSON ({e.msg})")
            continue
        except ValidationError as e:
            problems = "; ".join(f"{'.'.join(map(str, err['loc'])) or 'line'}: {err['msg']}"
                                 for err in e.errors())
            errors.append(f"{path}:{number}: {problems}")
            continue
        if line.id in seen:
            errors.append(f"{path}:{number}: id {line.id!r} repeats an earlier line")
        seen.add(line.id)
        lines.append(line)
    if errors:
        raise QuestionFileError("\n".join(errors))
    return lines
