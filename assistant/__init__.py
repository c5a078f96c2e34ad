"""ReportQA: questions over 政府信息公开工作年度报告, answered with citations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from index import config as _config  # noqa: F401  (sets offline/telemetry environment first)

if TYPE_CHECKING:
    from .answer import Choice
    from .api import Assistant, IndexOpenError

__all__ = ["Assistant", "Choice", "IndexOpenError"]
#: Where each name of the API is defined, imported on first use (PEP 562): a process that only
#: imports a submodule (an ingest worker importing assistant.cli again, see index/workers.py)
#: does not pay for the stores and retrievers (2.3 CPU s).
_LAZY = {"Assistant": "api", "IndexOpenError": "api", "Choice": "answer"}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{_LAZY[name]}", __name__), name)
