"""Chart data for the page. The charts are Gradio's native plots (Vega-Lite, drawn by the
browser), so Chinese labels render with the browser's fonts on any server: nothing is drawn
on the server, which may have no CJK font at all."""

from __future__ import annotations

import re

import pandas as pd

HIGHEST = "最高 / highest"
OTHERS = "其他 / others"

_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?(?:e[-+]?\d+)?", re.IGNORECASE)


def parse_number(shown: object) -> float | None:
    """The number a table cell shows ("44件", "1.5 万元", 12), None for a blank cell."""
    if isinstance(shown, int | float):
        return float(shown)
    m = _NUMBER.match(str(shown).strip())
    return float(m.group().replace(",", "")) if m else None


def bar_frame(labels: list[str], values: list[float], highlight: list[bool]) -> pd.DataFrame:
    """The rows of a bar chart: one bar per label, the highlighted ones coloured apart."""
    return pd.DataFrame({"label": labels, "value": values,
                         "kind": [HIGHEST if h else OTHERS for h in highlight]})
