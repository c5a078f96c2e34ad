"""The Gradio page of ReportQA: chat with cited sources, the corpus, the facts, and an API.

    from assistant import Assistant
    from ui.app import build_app
    build_app(Assistant.open(".reportqa/index")).launch()

Everything goes through `assistant.Assistant`; this module puts the tabs together (one module
per tab in ui/tabs/, one handler per API call; what they share is ui/page.py) and wires the
events that cross tabs. One
Assistant (models and index loaded once) serves every browser session; each session keeps its
own `Conversation` in a gr.State. Uploads are ingested in the background (ui.jobs): answering
never waits for them, and the engine picks up the new reports at its next question. Report
text, quotes, file names and questions are shown as text, never as HTML or links. Handlers turn
every exception into a friendly message; tracebacks go to the server log. The server around the
page (Host/Origin checks, login lockouts, write and size limits, connection limits) is ui.server.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import gradio as gr

from assistant.api import Assistant

from .jobs import IngestJobs
from .page import (  # noqa: F401  (the names callers take from ui.app)
    CACHE_SECONDS,
    DEFAULT_CHART_METRICS,
    SHOWN_TURNS,
    Page,
    Session,
    as_text,
    friendly,
    md_text,
    shown,
)
from .tabs.api import ApiTab
from .tabs.chat import ANSWER_CONCURRENCY, ChatTab
from .tabs.facts import FactsTab
from .tabs.reports import ReportsTab


def build_app(assistant: Assistant, upload_dir: Path | None = None, uploads: bool = True,
              ocr: str | None = None) -> gr.Blocks:
    """The page over an opened Assistant (call `assistant.warm_up()` first to load models now).
    Without `uploads` the page can only read: no upload or remove handler exists at all."""
    files_dir = Path(upload_dir) if upload_dir is not None else assistant.directory / "files"
    csv_dir = Path(tempfile.mkdtemp(prefix="reportqa-csv-"))
    atexit.register(shutil.rmtree, csv_dir, True)  # nothing of it outlives the server
    jobs = IngestJobs(assistant.directory, files_dir, ocr=ocr) if uploads else None
    page = Page(assistant, files_dir, csv_dir, jobs)
    chat, reports, facts, api = (ChatTab(page), ReportsTab(page, uploads, assistant.accepted_suffixes()),
                                 FactsTab(page), ApiTab(page))

    # Gradio's stored uploads, downloads and page images: removed after CACHE_SECONDS, and all
    # of them when the server stops (nothing a visitor sent outlives the server)
    with gr.Blocks(title="ReportQA · 政府信息公开年报问答", analytics_enabled=False,
                   delete_cache=(CACHE_SECONDS // 6, CACHE_SECONDS)) as app:
        page.app = app
        session = gr.State(None)
        gr.Markdown("## ReportQA · 政府信息公开工作年度报告问答\n"
                    "提问关于已收录年报的问题，每个回答都附有原文出处。 "
                    "Ask about the indexed annual reports; every answer cites its sources.")
        corpus_notice = gr.Markdown("")
        with gr.Tabs():
            with gr.Tab("问答 / Chat", id="chat"):
                chat.layout()
            with gr.Tab("报告 / Reports", id="reports"):
                reports.layout()
            with gr.Tab("统计 / Facts", id="facts") as facts_tab:
                facts.layout()
            with gr.Tab("API", id="api"):
                api.layout()
        chat.wire(session)
        _wire_corpus(page, chat, reports, facts, facts_tab, corpus_notice, uploads, app)
        # answering is thread-safe and never waits for an ingest: let sessions run side by side
        gr.api(api.ask, api_name="ask", concurrency_limit=ANSWER_CONCURRENCY)
    if jobs is not None:  # the uploads Gradio stored, which the upload handler accepts and then removes
        jobs.uploaded = app.upload_file_set
    app.reportqa_jobs = jobs  # the background ingest queue (None when uploads are off)
    return app


def _wire_corpus(page: Page, chat: ChatTab, reports: ReportsTab, facts: FactsTab, facts_tab, notice,
                 uploads: bool, app: gr.Blocks) -> None:
    """The events that cross tabs: the corpus (reports, filters, metrics) reloaded at load, after
    an upload and after a removal, and the facts shown again."""
    refresh = _corpus_refresher(page, reports, facts)
    corpus_outputs = [reports.table, reports.remove_pick, facts.bodies, facts.years, facts.metric,
                      facts.chart_metric, notice, chat.bodies, chat.years]
    if uploads:  # without uploads no handler exists that could write, whatever a client sends
        reports.upload_button.click(reports.upload, reports.files,
                                    [reports.job_id, reports.progress, reports.files, reports.timer],
                                    api_visibility="private")
        reports.timer.tick(reports.poll, reports.job_id,
                           [reports.results, reports.progress, reports.timer, reports.generation],
                           api_visibility="private")
        reports.generation.change(refresh, facts.chart_metric, corpus_outputs, api_visibility="private").then(
            facts.show_facts, facts.inputs, facts.outputs, api_visibility="private")
        reports.remove_button.click(reports.remove, reports.remove_pick, reports.remove_pick,
                                    api_visibility="private").then(
            refresh, facts.chart_metric, corpus_outputs, api_visibility="private").then(
            facts.show_facts, facts.inputs, facts.outputs, api_visibility="private")
    gr.on([facts.bodies.change, facts.years.change, facts.metric.change, facts.chart_metric.change,
           facts_tab.select], facts.show_facts, facts.inputs, facts.outputs, api_visibility="private")
    app.load(refresh, facts.chart_metric, corpus_outputs, api_visibility="private").then(
        facts.show_facts, facts.inputs, facts.outputs, api_visibility="private")


def _corpus_refresher(page: Page, reports: ReportsTab, facts: FactsTab):
    @friendly("无法读取索引 / The index could not be read")
    def refresh_corpus(chart_choice: str | None = None):
        frame = reports.frame()
        all_facts = facts.all_facts()
        bodies = sorted({f["body"] for f in all_facts} | set(frame["body"]))
        years = sorted({int(y) for y in frame["year"]})
        metrics = sorted({f["metric"] for f in all_facts})
        groups = sorted({m.split(".")[0] for m in metrics})
        names = sorted(frame["report"])
        notice = "" if names else "**索引中还没有报告，请在“报告”页上传。 / Nothing is indexed yet: upload reports in the Reports tab.**"
        notice += "".join(f"\n\n_{as_text(n)}_" for n in page.assistant.notices)
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

    return refresh_corpus


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
