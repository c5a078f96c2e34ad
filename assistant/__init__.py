"""ReportQA: questions over 政府信息公开工作年度报告, answered with citations."""

from index import config as _config  # noqa: F401  (sets offline/telemetry environment first)

from .answer import Choice
from .api import Assistant, IndexOpenError

__all__ = ["Assistant", "Choice", "IndexOpenError"]
