"""The API tab and the `ask` endpoint: one question on its own, JSON back, for scripts."""

from __future__ import annotations

from dataclasses import asdict

import gradio as gr

from assistant.api import Assistant

from ..page import ANSWER_FAILED, EMPTY_QUESTION, Page, log, too_long


class ApiTab:
    def __init__(self, page: Page):
        self.page = page

    def layout(self) -> None:
        gr.Markdown(
            "Scripts can call the `ask` endpoint (one question, no conversation):\n\n"
            "```python\nfrom gradio_client import Client\n"
            "client = Client(\"http://127.0.0.1:7860/\")\n"
            "print(client.predict(\"2020年哪个卫生健康局的行政处罚最多？\", api_name=\"/ask\"))\n```\n"
            "It returns JSON: `text`, `citations` (report, body, year, page, section, quote, "
            "highlight…), `route`, `notes`, `table` and, when the answer asks back which body or "
            "item is meant, `choices` (label, value, kind, english): the candidates, to ask again with "
            "one of them.")

    def ask(self, question: str) -> dict:
        """One question on its own (no conversation): the answer text, citations and route."""
        question = (question or "").strip()
        if not question:
            return {"text": EMPTY_QUESTION, "citations": [], "route": "invalid"}
        if len(question) > Assistant.MAX_QUESTION_CHARS:
            return {"text": too_long(question), "citations": [], "route": "refusal"}
        try:
            answer = self.page.assistant.ask(question)
        except Exception:
            log.exception("API question %r failed", question)
            return {"text": ANSWER_FAILED, "citations": [], "route": "error"}
        return {"text": answer.text, "citations": [c.to_dict() for c in answer.citations],
                "route": answer.route, "notes": answer.notes, "table": answer.table,
                "choices": [asdict(c) for c in answer.choices]}
