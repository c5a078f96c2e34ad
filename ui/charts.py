"""Bar charts for the page (matplotlib, no pyplot: figures are built per request, thread-safe)."""

from __future__ import annotations

import re

from matplotlib import font_manager
from matplotlib.figure import Figure

from index.models import show_number

#: Fonts tried in order; Noto CJK (Debian fonts-noto-cjk) draws the Chinese labels. Only the
#: installed ones are named, so matplotlib does not warn about each missing one.
_CANDIDATES = ["Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Zen Hei", "SimHei", "DejaVu Sans"]
_INSTALLED = {f.name for f in font_manager.fontManager.ttflist}
FONTS = [f for f in _CANDIDATES if f in _INSTALLED] or ["DejaVu Sans"]

WINNER = "#d9480f"
OTHER = "#74a9cf"

_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?(?:e[-+]?\d+)?", re.IGNORECASE)


def parse_number(shown: object) -> float | None:
    """The number a table cell shows ("44件", "1.5 万元", 12), None for a blank cell."""
    if isinstance(shown, int | float):
        return float(shown)
    m = _NUMBER.match(str(shown).strip())
    return float(m.group().replace(",", "")) if m else None


def bar_chart(labels: list[str], values: list[float], highlight: list[bool], title: str,
              ylabel: str = "") -> Figure:
    """Horizontal bars, one per label, the highlighted ones in a strong colour."""
    fig = Figure(figsize=(7, max(2.2, 0.45 * len(labels) + 1.2)), layout="constrained")
    ax = fig.add_subplot()
    fig.set_facecolor("white")
    rows = list(range(len(labels)))[::-1]  # first label on top
    bars = ax.barh(rows, values, color=[WINNER if h else OTHER for h in highlight])
    ax.set_yticks(rows, labels, fontfamily=FONTS)
    ax.bar_label(bars, labels=[show_number(v) for v in values], padding=3, fontfamily=FONTS)
    ax.set_title(title, fontfamily=FONTS, fontsize=11)
    if ylabel:
        ax.set_xlabel(ylabel, fontfamily=FONTS)
    ax.margins(x=0.15)
    ax.spines[["top", "right"]].set_visible(False)
    return fig
