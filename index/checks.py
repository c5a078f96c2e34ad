"""The consistency checks (勾稽关系) of the national tables, evaluated on a report's facts.

A check whose inputs include a blank cell is not evaluated: a blank is not a zero. A failed
check does not stop indexing; it is stored with the report and marked on the facts it used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .models import CheckResult, Fact
from .tables import APPEAL_GROUPS, APPEAL_RESULTS, APPLICANT_COLUMNS, SECTION3_METRIC

Values = dict[str, Fact]
CHECKS: list[Callable[[Values], Iterable[CheckResult]]] = []


def check(fn: Callable[[Values], Iterable[CheckResult]]):
    CHECKS.append(fn)
    return fn


def _equation(name: str, left: list[Fact], right: list[Fact]) -> CheckResult | None:
    if not left or not right or any(f.value is None for f in left + right):
        return None
    lsum = sum(f.value for f in left)
    rsum = sum(f.value for f in right)
    detail = (
        " + ".join(f"{f.label}({f.value:g})" for f in left) + f" = {lsum:g}; "
        + " + ".join(f"{f.label}({f.value:g})" for f in right) + f" = {rsum:g}"
    )
    return CheckResult(name, abs(lsum - rsum) < 1e-6, detail, [f.metric for f in left + right])


def _get(values: Values, *metrics: str) -> list[Fact]:
    found = [values[m] for m in metrics if m in values]
    return found if len(found) == len(metrics) else []


@check
def requests_balance(values: Values) -> Iterable[CheckResult]:
    """三: 一 + 二 = 三(七)总计 + 四, in every column."""
    for col in APPLICANT_COLUMNS:
        m = lambda row, c=col: f"{SECTION3_METRIC}.{row}.{c}"  # noqa: E731
        result = _equation(
            f"三 一+二=三(七)+四 [{col}]",
            _get(values, m("本年新收"), m("上年结转")),
            _get(values, m("总计"), m("结转下年度")),
        )
        if result:
            yield result


@check
def requests_row_totals(values: Values) -> Iterable[CheckResult]:
    """三: 总计 = the sum of the six applicant columns, in every row."""
    rows = sorted({f.metric.rsplit(".", 1)[0] for f in values.values() if f.metric.startswith(SECTION3_METRIC + ".")})
    for row in rows:
        parts = _get(values, *(f"{row}.{c}" for c in APPLICANT_COLUMNS[:-1]))
        result = _equation(f"三 行合计 [{row.split('.', 1)[1]}]", parts, _get(values, f"{row}.总计"))
        if result:
            yield result


@check
def appeal_totals(values: Values) -> Iterable[CheckResult]:
    """四: each 总计 = 维持 + 纠正 + 其他 + 尚未审结."""
    for group in APPEAL_GROUPS:
        parts = _get(values, *(f"{group}.{r}" for r in APPEAL_RESULTS[:-1]))
        result = _equation(f"四 {group} 总计", parts, _get(values, f"{group}.总计"))
        if result:
            yield result


@check
def old_requests_by_channel(values: Values) -> Iterable[CheckResult]:
    """Old appendix: 收到申请数 = 当面 + 传真 + 网络 + 信函, where those are filled."""
    prefix = "依申请公开情况."
    channels = [values.get(prefix + n) for n in ("当面申请数", "传真申请数", "网络申请数", "信函申请数")]
    filled = [f for f in channels if f is not None and f.value is not None]
    total = values.get(prefix + "收到申请数")
    if total is None or total.value is None or not filled:
        return
    result = _equation("附表 收到申请数=当面+传真+网络+信函", filled, [total])
    if result:
        yield result


def run_checks(facts: list[Fact]) -> list[CheckResult]:
    """Evaluate every check; facts used by a failed check get `check_failed` set."""
    values = {f.metric: f for f in facts}
    results = [r for fn in CHECKS for r in fn(values)]
    for result in results:
        if not result.passed:
            for metric in result.metrics:
                values[metric].check_failed = values[metric].check_failed or result.name
    return results
