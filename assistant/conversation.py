"""A conversation: questions answered in the context of the earlier turns."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .answer import Answer
from .engine import Engine
from .understand import Query, detect_language, understand, validate_question

INVALID = {
    "zh": "无法回答：{problem}",
    "en": "Cannot answer: {problem}",
}


@dataclass
class Turn:
    question: str
    query: Query | None
    answer: Answer


@dataclass
class Conversation:
    engine: Engine
    turns: list[Turn] = field(default_factory=list)

    def ask(self, question: str) -> Answer:
        """Answer `question`; what it leaves out (body, year, metric) comes from earlier turns."""
        start = time.perf_counter()
        question = question if isinstance(question, str) else ""
        problem = validate_question(question)
        if problem:
            language = detect_language(question)
            answer = Answer(question, INVALID[language].format(problem=problem), "invalid", language)
            answer.elapsed_ms = (time.perf_counter() - start) * 1000
            self.turns.append(Turn(question, None, answer))
            return answer
        previous = next((t for t in reversed(self.turns) if t.query is not None), None)
        query = understand(question, self.engine.gazetteer, previous.query if previous else None)
        answer = self.engine.answer(query, previous.answer if previous else None)
        answer.elapsed_ms = (time.perf_counter() - start) * 1000
        self.turns.append(Turn(question, query, answer))
        return answer

    def reset(self) -> None:
        self.turns.clear()
