"""The Reports tab: the indexed reports, uploads ingested in the background with their
progress, and removing a report (neither exists when uploads are off)."""

from __future__ import annotations

import html

import gradio as gr
import pandas as pd
from gradio.utils import get_upload_folder

from ..page import REPORT_COLUMNS, UPLOADS_OFF, Page, friendly, md_text
from ..uploads import NOT_AN_UPLOAD, UPLOAD_COLUMNS, page_upload, upload_row


class ReportsTab:
    def __init__(self, page: Page, uploads: bool, suffixes: list[str]):
        self.page = page
        self.uploads = uploads
        self.suffixes = suffixes

    def layout(self) -> None:
        self.table = gr.Dataframe(label="已收录的年报 / Indexed reports", interactive=False,
                                  wrap=True, elem_id="reports-table")
        with gr.Row(visible=self.uploads):
            with gr.Column():
                self.files = gr.File(label="上传年报（PDF、Word、HTML、Markdown、文本）/ Upload reports",
                                     file_count="multiple", elem_id="upload-files", file_types=self.suffixes)
                self.upload_button = gr.Button("导入 / Ingest", variant="primary", elem_id="ingest")
            with gr.Column():
                self.remove_pick = gr.Dropdown(label="删除报告 / Remove a report", choices=[],
                                               elem_id="remove-pick")
                self.remove_button = gr.Button("删除 / Remove", variant="stop", elem_id="remove")
        if not self.uploads:
            gr.Markdown(UPLOADS_OFF, elem_id="uploads-off")
        self.progress = gr.Markdown("", elem_id="upload-progress")
        self.results = gr.Dataframe(label="导入结果 / Upload results", interactive=False,
                                    wrap=True, elem_id="upload-results")
        self.job_id = gr.State(None)
        self.generation = gr.Number(visible=False)
        self.timer = gr.Timer(1.0, active=False)

    # --- handlers ---------------------------------------------------------------------------

    def frame(self) -> pd.DataFrame:
        with self.page.lock:
            rows = [r.to_dict() for r in self.page.assistant.reports()]
        for r in rows:  # a report from which no statistic could be read says so
            r["note"] = ("未读到任何统计数据 / no statistic read" if not r["facts"] else
                         f"{r['unreadable']} 个单元格无法确定 / cells unreadable" if r["unreadable"] else "")
        rows.sort(key=lambda r: (r["body"], r["year"]))
        return pd.DataFrame([[r[c] for c in REPORT_COLUMNS] for r in rows], columns=REPORT_COLUMNS)

    @friendly("上传失败，索引保持不变 / The upload failed; the index is unchanged")
    def upload(self, files):
        """Queue the files for the background ingest; the page polls its progress."""
        jobs = self.page.jobs
        if jobs is None:
            raise gr.Error(UPLOADS_OFF)
        if not files:
            gr.Warning("请先选择文件 / Choose files to upload first")
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        paths = [f if isinstance(f, str) else getattr(f, "name", str(f)) for f in files]
        if not all(page_upload(p, self.page.app.upload_file_set, get_upload_folder()) for p in paths):
            raise gr.Error(NOT_AN_UPLOAD)  # a path the client made up: the same words whatever it names
        job = jobs.submit(paths, temporary=True)
        gr.Info(f"已开始导入 {len(paths)} 个文件，可以继续提问 / ingesting {len(paths)} file(s) in the background; "
                "you can keep asking")
        return job.id, progress_text(job), None, gr.Timer(active=True)

    def poll(self, job_id: str | None):
        """The upload's progress; the timer stops and the corpus reloads when it is done."""
        job = self.page.jobs.status(job_id) if self.page.jobs is not None else None
        if job is None:
            return gr.skip(), "", gr.Timer(active=False), gr.skip()
        finished = job.state in ("done", "failed")
        table = pd.DataFrame([upload_row(r) for r in job.rows], columns=UPLOAD_COLUMNS) if finished else gr.skip()
        if finished and job.rows:
            failed = [r for r in job.rows if not r.ok]
            if failed:
                gr.Warning(f"{len(failed)} 个文件未导入 / {len(failed)} file(s) skipped: "
                           + "; ".join(html.escape(f"{r.file}: {r.reason}") for r in failed))
        with self.page.lock:
            generation = self.page.assistant.generation
        return table, progress_text(job), gr.Timer(active=not finished), generation if finished else gr.skip()

    @friendly("删除失败 / The report could not be removed")
    def remove(self, report: str | None):
        if self.page.jobs is None:
            raise gr.Error(UPLOADS_OFF)
        if not report:
            gr.Warning("请选择要删除的报告 / Choose a report to remove")
            return gr.skip()
        with self.page.lock:
            removed = self.page.assistant.remove(report)
        files_dir = self.page.files_dir
        copy = files_dir / report
        if removed and copy.is_file() and copy.resolve().parent == files_dir.resolve():
            copy.unlink()  # our own uploaded copy; files elsewhere are the user's
        if removed:
            gr.Info(f"已删除 {html.escape(report)} / removed {html.escape(report)}")
        else:
            gr.Warning(f"没有名为 {html.escape(report)} 的报告 / no report named {html.escape(report)}")
        return None


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
