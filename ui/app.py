"""The Gradio page of ReportQA: chat with cited sources, the corpus, the facts, and an API.

    from assistant import Assistant
    from ui.app import build_app
    build_app(Assistant.open(".reportqa/index")).launch()

Everything goes through `assistant.Assistant`; this module only lays out the page. One
Assistant (models and index loaded once) serves every browser session; each session keeps its
own `Conversation` in a gr.State. Uploads are ingested in the background (ui.jobs): answering
never waits for them, and the engine picks up the new reports at its next question. Report
text, quotes, file names and questions are shown as text, never as HTML or links. Handlers turn
every exception into a friendly message; tracebacks go to the server log. The server around the
page (Host/Origin checks, login lockouts, write and size limits, connection limits) is ui.server.
"""

from __future__ import annotations

import atexit
import functools
import html
import logging
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd
from gradio.utils import get_upload_folder

from assistant.answer import Answer
from assistant.api import Assistant, IndexOpenError
from index.forms import accepted_suffixes
from index.templates import concept_keys

from .charts import bar_frame, parse_number
from .csvcells import facts_csv
from .jobs import IngestJobs
from .sources import cards_html, citation_label, page_view
from .uploads import NOT_AN_UPLOAD, UPLOAD_COLUMNS, page_upload, upload_row

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


def build_app(assistant: Assistant, upload_dir: Path | None = None, uploads: bool = True,
              ocr: str | None = None) -> gr.Blocks:
    """The page over an opened Assistant (call `assistant.warm_up()` first to load models now).
    Without `uploads` the page can only read: no upload or remove handler exists at all."""
    index_dir = assistant.directory
    files_dir = Path(upload_dir) if upload_dir is not None else index_dir / "files"
    csv_dir = Path(tempfile.mkdtemp(prefix="reportqa-csv-"))
    atexit.register(shutil.rmtree, csv_dir, True)  # nothing of it outlives the server
    lock = threading.RLock()  # the main catalog connection, for the short reads of the page
    jobs = IngestJobs(index_dir, files_dir, ocr=ocr) if uploads else None

    # --- corpus helpers -------------------------------------------------------------------

    def reports_frame() -> pd.DataFrame:
        with lock:
            rows = [r.to_dict() for r in assistant.reports()]
        for r in rows:  # a report from which no statistic could be read says so
            r["note"] = ("未读到任何统计数据 / no statistic read" if not r["facts"] else
                         f"{r['unreadable']} 个单元格无法确定 / cells unreadable" if r["unreadable"] else "")
        rows.sort(key=lambda r: (r["body"], r["year"]))
        return pd.DataFrame([[r[c] for c in REPORT_COLUMNS] for r in rows], columns=REPORT_COLUMNS)

    def all_facts() -> list[dict]:
        with lock:
            return [f.to_dict() for f in assistant.facts()]

    # --- chat -----------------------------------------------------------------------------

    def chat(question: str, session: Session | None):
        """Answer `question` in this session's conversation. Returns the answer text first (the
        `chat` API endpoint), then the chat as shown, the cleared textbox and the session."""
        if session is None:
            with lock:
                session = Session(assistant.chat())
        question = (question or "").strip()
        if not question:
            gr.Warning(EMPTY_QUESTION, duration=5)
            return EMPTY_QUESTION, session.messages, "", session
        if len(question) > Assistant.max_question_chars():  # refused before any work, and not kept whole
            text = too_long(question)
            session.messages = shown(session.messages, as_text(question[:PREVIEW_CHARS])
                                     + f"… ({len(question)} 个字符 / characters)", as_text(text))
            return text, session.messages, "", session
        try:
            answer = session.conversation.ask(question, bodies=session.bodies or None,
                                              years=session.years or None)
            text = answer.text + "".join(f"\n\n_{note}_" for note in answer.notes)
        except Exception:
            log.exception("answering %r failed", question)
            answer, text = None, ANSWER_FAILED
        session.last = answer
        session.messages = shown(session.messages, as_text(question), as_text(text))
        return text, session.messages, "", session

    def set_filters(bodies, years, session: Session | None):
        """Remember this session's filters; the next answers are narrowed and say so."""
        if session is None:
            with lock:
                session = Session(assistant.chat())
        session.bodies = list(bodies or [])
        session.years = [int(y) for y in years or []]
        return session

    @friendly("无法显示出处 / The sources could not be shown")
    def show_sources(session: Session | None):
        answer = session.last if session else None
        citations = answer.citations if answer else []
        choices = [(citation_label(i, c), i) for i, c in enumerate(citations)]
        styled, plot = comparison(answer)
        return (
            cards_html(citations),
            gr.update(choices=choices, value=None, visible=bool(choices)),
            "",
            gr.update(value=None, visible=False),
            gr.update(value="", visible=False),
            gr.update(visible=styled is not None),
            styled,
            plot,
        )

    @friendly("无法显示该页 / The cited page could not be shown")
    def pick_source(choice, session: Session | None):
        answer = session.last if session else None
        if choice is None or answer is None or not 0 <= int(choice) < len(answer.citations):
            return "", gr.update(value=None, visible=False), gr.update(value="", visible=False)
        citation = answer.citations[int(choice)]
        with lock:
            cited = assistant.cited_page(citation)  # the catalog read under the lock, the render not
        view = page_view(citation, cited)
        return (
            f"**{md_text(view.caption)}**",
            gr.update(value=view.image, visible=view.image is not None),
            gr.update(value=view.html or "", visible=view.html is not None),
        )

    def new_conversation():
        """A fresh conversation: no history, no sources, no filters."""
        return (None, [], "", "", gr.update(choices=[], value=None, visible=False), "",
                gr.update(value=None, visible=False), gr.update(value="", visible=False),
                gr.update(visible=False), None, None, [], [])

    # --- reports --------------------------------------------------------------------------

    @friendly("上传失败，索引保持不变 / The upload failed; the index is unchanged")
    def upload(files):
        """Queue the files for the background ingest; the page polls its progress."""
        if jobs is None:
            raise gr.Error(UPLOADS_OFF)
        if not files:
            gr.Warning("请先选择文件 / Choose files to upload first")
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        paths = [f if isinstance(f, str) else getattr(f, "name", str(f)) for f in files]
        if not all(page_upload(p, app.upload_file_set, get_upload_folder()) for p in paths):
            raise gr.Error(NOT_AN_UPLOAD)  # a path the client made up: the same words whatever it names
        job = jobs.submit(paths, temporary=True)
        gr.Info(f"已开始导入 {len(paths)} 个文件，可以继续提问 / ingesting {len(paths)} file(s) in the background; "
                "you can keep asking")
        return job.id, progress_text(job), None, gr.Timer(active=True)

    def progress_text(job) -> str:
        if job is None:
            return ""
        if job.state == "queued":
            return f"排队中 / queued: {job.total} 个文件 / file(s)"
        if job.state == "running":
            current = f" · {md_text(job.current)}" if job.current else ""
            return f"导入中 / ingesting: {job.done}/{job.total}{current}"
        if job.state == "failed":
            return f"导入失败 / the ingest failed: {md_text(job.error)}"
        failed = [r for r in job.rows if not r.ok]
        return (f"完成 / done: {job.total - len(failed)}/{job.total} 个文件已导入 / file(s) ingested"
                + (f"，{len(failed)} 个未导入 / {len(failed)} skipped" if failed else ""))

    def poll(job_id: str | None):
        """The upload's progress; the timer stops and the corpus reloads when it is done."""
        job = jobs.status(job_id) if jobs is not None else None
        if job is None:
            return gr.skip(), "", gr.Timer(active=False), gr.skip()
        finished = job.state in ("done", "failed")
        table = pd.DataFrame([upload_row(r) for r in job.rows], columns=UPLOAD_COLUMNS) if finished else gr.skip()
        if finished and job.rows:
            failed = [r for r in job.rows if not r.ok]
            if failed:
                gr.Warning(f"{len(failed)} 个文件未导入 / {len(failed)} file(s) skipped: "
                           + "; ".join(html.escape(f"{r.file}: {r.reason}") for r in failed))
        with lock:
            generation = assistant.generation
        return table, progress_text(job), gr.Timer(active=not finished), generation if finished else gr.skip()

    @friendly("删除失败 / The report could not be removed")
    def remove(report: str | None):
        if jobs is None:
            raise gr.Error(UPLOADS_OFF)
        if not report:
            gr.Warning("请选择要删除的报告 / Choose a report to remove")
            return gr.skip()
        with lock:
            removed = assistant.remove(report)
        copy = files_dir / report
        if removed and copy.is_file() and copy.resolve().parent == files_dir.resolve():
            copy.unlink()  # our own uploaded copy; files elsewhere are the user's
        if removed:
            gr.Info(f"已删除 {html.escape(report)} / removed {html.escape(report)}")
        else:
            gr.Warning(f"没有名为 {html.escape(report)} 的报告 / no report named {html.escape(report)}")
        return None

    # --- facts ----------------------------------------------------------------------------

    def filter_facts(facts: list[dict], bodies, years, metric) -> list[dict]:
        years = {int(y) for y in years or []}
        metric = (metric or "").strip()
        return [f for f in facts
                if (not bodies or f["body"] in bodies) and (not years or f["year"] in years)
                and (not metric or f["metric"] == metric or f["metric"].startswith(metric + ".")
                     or metric in f["metric"] or metric in (f.get("label") or ""))]

    @friendly("无法显示统计数据 / The facts could not be shown")
    def show_facts(bodies, years, metric, chart_metric):
        facts = all_facts()
        rows = filter_facts(facts, bodies, years, metric)
        frame = pd.DataFrame([[f.get(c) for c in FACT_COLUMNS] for f in rows], columns=FACT_COLUMNS)
        path = facts_csv(csv_dir, rows, FACT_COLUMNS)
        plot = None
        if chart_metric:
            points = sorted((f for f in filter_facts(facts, bodies, years, None)
                             if f["metric"] == chart_metric and f["value"] is not None),
                            key=lambda f: (f["body"], f["year"]))
            if points:
                best = max(f["value"] for f in points)
                plot = bar_frame([f"{f['body']} {f['year']}" for f in points],
                                 [float(f["value"]) for f in points],
                                 [f["value"] == best for f in points])
        summary = f"{len(rows)} / {len(facts)} 条统计 / facts"
        return frame, gr.update(value=str(path), visible=bool(rows)), plot, summary

    @friendly("无法读取索引 / The index could not be read")
    def refresh_corpus(chart_choice: str | None = None):
        frame = reports_frame()
        facts = all_facts()
        bodies = sorted({f["body"] for f in facts} | set(frame["body"]))
        years = sorted({int(y) for y in frame["year"]})
        metrics = sorted({f["metric"] for f in facts})
        groups = sorted({m.split(".")[0] for m in metrics})
        names = sorted(frame["report"])
        notice = "" if names else "**索引中还没有报告，请在“报告”页上传。 / Nothing is indexed yet: upload reports in the Reports tab.**"
        notice += "".join(f"\n\n_{as_text(n)}_" for n in assistant.notices)
        return (
            frame,
            gr.update(choices=names, value=None),
            gr.update(choices=bodies),
            gr.update(choices=[str(y) for y in years]),
            gr.update(choices=groups + metrics),
            gr.update(choices=metrics, value=chart_choice if chart_choice in metrics else
                      next((m for m in DEFAULT_CHART_METRICS if m in metrics), None)),
            notice,
            gr.update(choices=bodies),
            gr.update(choices=[str(y) for y in years]),
        )

    # --- API ------------------------------------------------------------------------------

    def ask(question: str) -> dict:
        """One question on its own (no conversation): the answer text, citations and route."""
        question = (question or "").strip()
        if not question:
            return {"text": EMPTY_QUESTION, "citations": [], "route": "invalid"}
        if len(question) > Assistant.max_question_chars():
            return {"text": too_long(question), "citations": [], "route": "refusal"}
        try:
            answer = assistant.ask(question)
        except Exception:
            log.exception("API question %r failed", question)
            return {"text": ANSWER_FAILED, "citations": [], "route": "error"}
        return {"text": answer.text, "citations": [c.to_dict() for c in answer.citations],
                "route": answer.route, "notes": answer.notes, "table": answer.table}

    # --- layout ---------------------------------------------------------------------------

    # Gradio's stored uploads, downloads and page images: removed after CACHE_SECONDS, and all
    # of them when the server stops (nothing a visitor sent outlives the server)
    with gr.Blocks(title="ReportQA · 政府信息公开年报问答", analytics_enabled=False,
                   delete_cache=(CACHE_SECONDS // 6, CACHE_SECONDS)) as app:
        session = gr.State(None)
        gr.Markdown("## ReportQA · 政府信息公开工作年度报告问答\n"
                    "提问关于已收录年报的问题，每个回答都附有原文出处。 "
                    "Ask about the indexed annual reports; every answer cites its sources.")
        corpus_notice = gr.Markdown("")
        with gr.Tabs():
            with gr.Tab("问答 / Chat", id="chat"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(label="对话 / Conversation", height=460, elem_id="chatbot",
                                             buttons=["copy"])
                        with gr.Row():
                            question = gr.Textbox(placeholder="输入问题，回车发送 / Type a question and press Enter",
                                                  show_label=False, scale=5, elem_id="question", max_lines=4,
                                                  max_length=Assistant.max_question_chars())
                            send = gr.Button("发送 / Ask", variant="primary", scale=1, elem_id="send")
                        gr.Markdown("示例 / Examples:")
                        with gr.Row():
                            example_buttons = [gr.Button(q, size="sm", elem_classes="example-question")
                                               for q in EXAMPLES]
                        new_chat = gr.Button("新对话 / New conversation", size="sm", elem_id="new-chat")
                        with gr.Accordion("筛选（可选）/ Filters (optional)", open=False):
                            with gr.Row():
                                chat_bodies = gr.Dropdown(label="机关 / Bodies", multiselect=True, choices=[],
                                                          elem_id="chat-bodies")
                                chat_years = gr.Dropdown(label="年份 / Years", multiselect=True, choices=[],
                                                         elem_id="chat-years")
                        answer_text = gr.Textbox(visible=False)
                    with gr.Column(scale=2):
                        cards = gr.HTML("", elem_id="source-cards")
                        pick = gr.Radio(label="查看出处页面 / Show the cited page", choices=[],
                                        visible=False, elem_id="source-pick")
                        page_caption = gr.Markdown("", elem_id="page-caption")
                        page_image = gr.Image(label="原文页面 / Cited page", type="pil", visible=False,
                                              interactive=False, elem_id="page-image", format="png")
                        page_html = gr.HTML("", visible=False, elem_id="page-text")
                with gr.Row(visible=False, elem_id="comparison") as compare_row:
                    compare_table = gr.Dataframe(label="比较 / Comparison", interactive=False, wrap=True)
                    compare_plot = gr.BarPlot(x="label", y="value", color="kind", label="图表 / Chart",
                                              elem_id="comparison-plot", sort="-y", x_label_angle=-30,
                                              color_map=CHART_COLORS)

            with gr.Tab("报告 / Reports", id="reports"):
                reports_table = gr.Dataframe(label="已收录的年报 / Indexed reports", interactive=False,
                                             wrap=True, elem_id="reports-table")
                with gr.Row(visible=uploads):
                    with gr.Column():
                        files = gr.File(label="上传年报（PDF、Word、HTML、Markdown、文本）/ Upload reports",
                                        file_count="multiple", elem_id="upload-files",
                                        file_types=sorted(s for s in accepted_suffixes() if s))
                        upload_button = gr.Button("导入 / Ingest", variant="primary", elem_id="ingest")
                    with gr.Column():
                        remove_pick = gr.Dropdown(label="删除报告 / Remove a report", choices=[],
                                                  elem_id="remove-pick")
                        remove_button = gr.Button("删除 / Remove", variant="stop", elem_id="remove")
                if not uploads:
                    gr.Markdown(UPLOADS_OFF, elem_id="uploads-off")
                upload_progress = gr.Markdown("", elem_id="upload-progress")
                upload_results = gr.Dataframe(label="导入结果 / Upload results", interactive=False,
                                              wrap=True, elem_id="upload-results")
                job_id = gr.State(None)
                generation = gr.Number(visible=False)
                timer = gr.Timer(1.0, active=False)

            with gr.Tab("统计 / Facts", id="facts") as facts_tab:
                with gr.Row():
                    fact_bodies = gr.Dropdown(label="机关 / Bodies", multiselect=True, choices=[])
                    fact_years = gr.Dropdown(label="年份 / Years", multiselect=True, choices=[])
                    fact_metric = gr.Dropdown(label="指标 / Metric (key or prefix)", choices=[],
                                              allow_custom_value=True)
                fact_count = gr.Markdown("")
                facts_table = gr.Dataframe(label="统计数据 / Facts", interactive=False, wrap=True,
                                           show_search="filter", max_height=420, elem_id="facts-table",
                                           column_widths=["14%", "6%", "20%", "20%", "8%", "5%", "7%", "5%", "15%"])
                download = gr.DownloadButton("下载 CSV / Download CSV", visible=False, elem_id="facts-csv")
                chart_metric = gr.Dropdown(label="图表指标 / Chart one metric", choices=[])
                facts_plot = gr.BarPlot(x="label", y="value", color="kind", label="按机关和年份 / By body and year",
                                        elem_id="facts-plot", x_label_angle=-30, color_map=CHART_COLORS)

            with gr.Tab("API", id="api"):
                gr.Markdown(
                    "Scripts can call the `ask` endpoint (one question, no conversation):\n\n"
                    "```python\nfrom gradio_client import Client\n"
                    "client = Client(\"http://127.0.0.1:7860/\")\n"
                    "print(client.predict(\"2020年哪个卫生健康局的行政处罚最多？\", api_name=\"/ask\"))\n```\n"
                    "It returns JSON: `text`, `citations` (report, body, year, page, section, quote, "
                    "highlight…), `route`, `notes` and `table`.")

        # --- events -------------------------------------------------------------------------
        source_outputs = [cards, pick, page_caption, page_image, page_html, compare_row,
                          compare_table, compare_plot]
        chat_io = {"fn": chat, "inputs": [question, session],
                   "outputs": [answer_text, chatbot, question, session]}
        gr.on([question.submit, send.click], **chat_io, api_name="chat", concurrency_limit=ANSWER_CONCURRENCY).then(
            show_sources, session, source_outputs, api_visibility="private")
        for button, text in zip(example_buttons, EXAMPLES, strict=True):
            button.click(functools.partial(lambda t: t, text), None, question, api_visibility="private").then(
                **chat_io, api_visibility="private").then(show_sources, session, source_outputs,
                                                          api_visibility="private")
        pick.change(pick_source, [pick, session], [page_caption, page_image, page_html],
                    api_visibility="private")
        new_chat.click(new_conversation, None, [session, chatbot, question] + source_outputs
                       + [chat_bodies, chat_years], api_visibility="private")

        gr.on([chat_bodies.change, chat_years.change], set_filters, [chat_bodies, chat_years, session],
              session, api_visibility="private")
        corpus_outputs = [reports_table, remove_pick, fact_bodies, fact_years, fact_metric,
                          chart_metric, corpus_notice, chat_bodies, chat_years]
        facts_inputs = [fact_bodies, fact_years, fact_metric, chart_metric]
        facts_outputs = [facts_table, download, facts_plot, fact_count]
        if uploads:  # without uploads no handler exists that could write, whatever a client sends
            upload_button.click(upload, files, [job_id, upload_progress, files, timer], api_visibility="private")
            timer.tick(poll, job_id, [upload_results, upload_progress, timer, generation],
                       api_visibility="private")
            generation.change(refresh_corpus, chart_metric, corpus_outputs, api_visibility="private").then(
                show_facts, facts_inputs, facts_outputs, api_visibility="private")
            remove_button.click(remove, remove_pick, remove_pick, api_visibility="private").then(
                refresh_corpus, chart_metric, corpus_outputs, api_visibility="private").then(
                show_facts, facts_inputs, facts_outputs, api_visibility="private")
        gr.on([fact_bodies.change, fact_years.change, fact_metric.change, chart_metric.change,
               facts_tab.select], show_facts, facts_inputs, facts_outputs, api_visibility="private")
        app.load(refresh_corpus, chart_metric, corpus_outputs, api_visibility="private").then(
            show_facts, facts_inputs, facts_outputs, api_visibility="private")

        # answering is thread-safe and never waits for an ingest: let sessions run side by side
        gr.api(ask, api_name="ask", concurrency_limit=ANSWER_CONCURRENCY)
    if jobs is not None:  # the uploads Gradio stored, which the upload handler accepts and then removes
        jobs.uploaded = app.upload_file_set
    app.reportqa_jobs = jobs  # the background ingest queue (None when uploads are off)
    return app


# The server (kept apart so that this module only lays out the page); imported here for the
# callers that take everything from ui.app.
from .server import (  # noqa: E402,F401
    LoginThrottle,
    ServeError,
    allowed_hosts,
    host_guard,
    make_server,
    open_assistant,
    running,
    serve,
    throttled,
)
