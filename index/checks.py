"""The consistency checks (勾稽关系) of the national tables, evaluated on a report's facts.

The checks are declared with each template (index/templates); this module evaluates the
reported ones. A check whose inputs include a blank or unreadable cell is not evaluated: a blank
is not a zero, and an unread cell is not known. A `partial` check leaves its blank left-hand
cells out (the old appendix's channels of requests are often partly filled). A failed check does
not stop indexing; it is stored with the report and marked on the facts it used.
"""

from __future__ import annotations

from .models import CheckResult, Fact, show_number
from .templates import Check, by_id


def evaluate(check: Check, values: dict[str, Fact]) -> CheckResult | None:
    left = [values[m] for m in check.left if m in values]
    right = [values[m] for m in check.right if m in values]
    if check.partial:
        left = [f for f in left if f.value is not None and f.readable]
    elif len(left) != len(check.left) or len(right) != len(check.right):
        return None
    if not left or not right or any(f.value is None or not f.readable for f in left + right):
        return None
    lsum, rsum = sum(f.value for f in left), sum(f.value for f in right)
    detail = (" + ".join(f"{f.label}({show_number(f.value)})" for f in left) + f" = {show_number(lsum)}; "
              + " + ".join(f"{f.label}({show_number(f.value)})" for f in right) + f" = {show_number(rsum)}")
    passed = abs(lsum - rsum) < 1e-6 if check.op == "=" else lsum <= rsum + 1e-6
    return CheckResult(check.name, passed, detail, [f.metric for f in left + right])


def run_checks(facts: list[Fact], template_id: str | None = None) -> list[CheckResult]:
    """Evaluate every reported check of the facts' template; facts used by a failed check get
    `check_failed` set."""
    if not facts:
        return []
    template = by_id(template_id or facts[0].template)
    values = {f.metric: f for f in facts}
    results = [r for c in template.checks if c.reported for r in [evaluate(c, values)] if r is not None]
    for result in results:
        if not result.passed:
            for metric in result.metrics:
                values[metric].check_failed = values[metric].check_failed or result.name
    return results
