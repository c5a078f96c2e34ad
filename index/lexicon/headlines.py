"""The headline statistics of a report: what a digest shows first, in this order (concept ids
of index/templates; a report shows those its tables have)."""

from __future__ import annotations

HEADLINE_CONCEPTS = ("行政许可", "行政处罚", "行政强制", "行政事业性收费", "主动公开政府信息数", "政府信息公开申请",
                     "政府信息公开申请办结", "行政复议", "行政诉讼")
