"""The Facts tab: every fact, filterable, a CSV download (formula-safe) and a chart of one metric."""

from __future__ import annotations

import gradio as gr
import pandas as pd

from ..charts import bar_frame
from ..csvcells import facts_csv
from ..page import CHART_COLORS, FACT_COLUMNS, Page, friendly


class FactsTab:
    def __init__(self, page: Page):
        self.page = page

    def layout(self) -> None:
        with gr.Row():
            self.bodies = gr.Dropdown(label="机关 / Bodies", multiselect=True, choices=[])
            self.years = gr.Dropdown(label="年份 / Years", multiselect=True, choices=[])
            self.metric = gr.Dropdown(label="指标 / Metric (key or prefix)", choices=[], allow_custom_value=True)
        self.count = gr.Markdown("")
        self.table = gr.Dataframe(label="统计数据 / Facts", interactive=False, wrap=True,
                                  show_search="filter", max_height=420, elem_id="facts-table",
                                  column_widths=["14%", "6%", "20%", "20%", "8%", "5%", "7%", "5%", "15%"])
        self.download = gr.DownloadButton("下载 CSV / Download CSV", visible=False, elem_id="facts-csv")
        self.chart_metric = gr.Dropdown(label="图表指标 / Chart one metric", choices=[])
        self.plot = gr.BarPlot(x="label", y="value", color="kind", label="按机关和年份 / By body and year",
                               elem_id="facts-plot", x_label_angle=-30, color_map=CHART_COLORS)

    @property
    def inputs(self) -> list:
        return [self.bodies, self.years, self.metric, self.chart_metric]

    @property
    def outputs(self) -> list:
        return [self.table, self.download, self.plot, self.count]

    # --- handlers ---------------------------------------------------------------------------

    def all_facts(self) -> list[dict]:
        with self.page.lock:
            return [f.to_dict() for f in self.page.assistant.facts()]

    @friendly("无法显示统计数据 / The facts could not be shown")
    def show_facts(self, bodies, years, metric, chart_metric):
        facts = self.all_facts()
        rows = filter_facts(facts, bodies, years, metric)
        frame = pd.DataFrame([[f.get(c) for c in FACT_COLUMNS] for f in rows], columns=FACT_COLUMNS)
        path = facts_csv(self.page.csv_dir, rows, FACT_COLUMNS)
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


def filter_facts(facts: list[dict], bodies, years, metric) -> list[dict]:
    years = {int(y) for y in years or []}
    metric = (metric or "").strip()
    return [f for f in facts
            if (not bodies or f["body"] in bodies) and (not years or f["year"] in years)
            and (not metric or f["metric"] == metric or f["metric"].startswith(metric + ".")
                 or metric in f["metric"] or metric in (f.get("label") or ""))]
