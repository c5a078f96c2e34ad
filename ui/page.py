"""What every tab of the page shares: the `Page` (one Assistant, the lock around its catalog
connection, the upload jobs), a browser session, the texts and the helpers that show report
text safely. Each tab (ui/tabs/) lays out its part and has one handler per call of the API."""

from __future__ import annotations

import functools
import html
import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from assistant.answer import Answer
from assistant.api import Assistant, IndexOpenError
from index.templates import concept_keys

from .charts import bar_frame, parse_number
from .jobs import IngestJobs

log = logging.getLogger("reportqa.ui")

EXAMPLES = [
    "2020年哪个卫生健康局的行政处罚最多？",
    "Which bureau had the most administrative penalties in 2020?",
    "灵武卫生健康官方微博有多少粉丝？",
    "你这里有哪些年报？",
]

EMPTY_QUESTION = "请输入一个问题。 / Please type a question."
ANSWER_FAILED = ("抱歉，回答这个问题时出错了，请换个问法再试。 / Sorry, something went wrong while "
                 "answering; please try rephrasing the question.")
REPORT_COLUMNS = ["report", "body", "year", "template", "kind", "pages", "facts", "unreadable", "checks_failed",
                  "note", "ingested_at"]
FACT_COLUMNS = ["body", "year", "metric", "label", "value", "unit", "status", "page", "report"]
DEFAULT_CHART_METRICS = tuple(concept_keys(c)[0] for c in ("行政处罚", "行政许可"))
WINNER_STYLE = "background-color: #ffe8cc; font-weight: bold"
#: Questions answered at once (Gradio would run one at a time).
ANSWER_CONCURRENCY = 8
CHART_COLORS = {"最高 / highest": "#d9480f", "其他 / others": "#74a9cf"}


@dataclass
class Session:
    """One browser session: its conversation, the chat as shown, and the last answer."""

    conversation: Any
    messages: list[dict] = field(default_factory=list)
    last: Answer | None = None
    bodies: list[str] = field(default_factory=list)  # optional filters of the chat
    years: list[int] = field(default_factory=list)


def friendly(message: str):
    """Turn any exception of a handler into a gr.Error with `message` (no traceback shown)."""

    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except gr.Error:
                raise
            except IndexOpenError as err:
                raise gr.Error(f"{message} ({err})") from None
            except Exception:
                log.exception("handler %s failed", fn.__name__)
                raise gr.Error(message) from None

        return inner

    return wrap


def comparison(answer: Answer | None) -> tuple[Any, Any]:
    """The comparison of an aggregate answer as a styled table and a bar chart (None, None if
    the answer compares nothing)."""
    if answer is None or not answer.table:
        return None, None
    columns = [k for k in answer.table[0] if k not in ("highlight",)]
    frame = pd.DataFrame([[row.get(k) for k in columns] for row in answer.table], columns=columns)
    winners = [bool(row.get("highlight")) for row in answer.table]
    styled = frame.style.apply(lambda r: [WINNER_STYLE if winners[r.name] else ""] * len(r), axis=1)
    body_col, year_col, value_col = columns[0], columns[1], columns[2]
    years = {row.get(year_col) for row in answer.table}
    points = [(f"{row.get(body_col)}" + (f" {row.get(year_col)}" if len(years) > 1 else ""),
               parse_number(row.get(value_col)), bool(row.get("highlight"))) for row in answer.table]
    points = [p for p in points if p[1] is not None]
    plot = None
    if points:
        labels, values, marks = zip(*points, strict=True)
        plot = bar_frame(list(labels), list(values), list(marks))
    return styled, plot


def as_text(text: str) -> str:
    """Text from a report or a user, shown inside the chat's Markdown as plain text: no HTML
    (an <img> in a report must not load), no Markdown link or image (a "verbatim" quote must
    not become a clickable link)."""
    text = html.escape(text, quote=False)
    text = text.replace("](", "]\\(").replace("![", "!\\[")
    # nor a bare address made a link: a zero-width space after the scheme stops autolinking
    return _AUTOLINK.sub(lambda m: m.group()[:-1] + "\u200b" + m.group()[-1], text)


def md_text(text: str) -> str:
    """Text from a report (a file name, a body) inside a Markdown line: HTML escaped and every
    Markdown or LaTeX mark character backslash-escaped, so it shows as written."""
    return _MD_MARKS.sub(r"\\\g<0>", html.escape(text, quote=False))


def shown(messages: list[dict], question: str, answer: str) -> list[dict]:
    """The chat as shown after one more turn: its last SHOWN_TURNS turns."""
    turn = [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return (messages + turn)[-2 * SHOWN_TURNS:]


def too_long(question: str) -> str:
    """The refusal of an over-long question (its text is not kept)."""
    return Assistant.question_problem(question) or ""


#: Characters of an over-long question kept in the shown history; turns the chat shows (the
#: conversation's own context is the assistant's), so a session's responses stay bounded.
PREVIEW_CHARS = 40
SHOWN_TURNS = 100
#: Seconds Gradio keeps this page's temporary files.
CACHE_SECONDS = 6 * 3600
_MD_MARKS = re.compile(r"[\\`*_{}\[\]()#+\-.!|~$:]")
_AUTOLINK = re.compile(r"(?i)\b(?:https?|ftp)://|\bwww\.")

UPLOADS_OFF = ("上传和删除已关闭（启动时加 --allow-uploads 或 --auth 开启）。 / Uploading and removing are off "
               "(start the server with --allow-uploads or --auth to turn them on).")


@dataclass
class Page:
    """The state the tabs share: one Assistant serves every session."""

    assistant: Assistant
    files_dir: Path  # uploaded copies
    csv_dir: Path  # one CSV file per facts download
    jobs: IngestJobs | None  # the background ingest queue; None when uploads are off
    lock: threading.RLock = field(default_factory=threading.RLock)  # the main catalog connection
    app: Any = None  # the Blocks, once built (its record of Gradio's stored uploads)

    def session(self, session: Session | None) -> Session:
        """This browser's session, made at its first use."""
        if session is None:
            with self.lock:
                session = Session(self.assistant.chat())
        return session
