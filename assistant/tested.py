"""A share or rate asked against a percent ("纠错率超过20%了吗", "was the correction rate above
20%?"): the share found carries the threshold, so that its answer opens with the verdict
(render.verdicts). Any other finding, or a threshold of a count, is left as it is."""

from __future__ import annotations

from dataclasses import replace

from .findings import Ratio, SumShare
from .understanding.threshold import Threshold


def tested(finding, threshold: Threshold | None):
    """`finding` with `threshold` when it is one share computed and the threshold a percent."""
    if threshold is None or not threshold.percent:
        return finding
    if isinstance(finding, SumShare) or (isinstance(finding, Ratio) and finding.share):
        return replace(finding, threshold=threshold)
    return finding
