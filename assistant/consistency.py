"""Questions about the consistency checks (勾稽关系): answered from the checks stored at ingest.

"哪些报告的勾稽关系校验不通过？" lists the reports with a failed check; "淮安市2024年的行政复议
数据满足总计=维持+纠正+其他+尚未审结吗？" answers for that report and table, with the equation
and its cited cells; "这两个数对得上吗？" after a lookup checks the table of the cell it cited.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.models import CheckResult, ReportRecord

from .answer import Answer, Citation, Computed
from .statistics import in_scope
from .understand import Query

if TYPE_CHECKING:
    from .engine import Engine

TEXT = {
    "zh": {
        "failed_reports": "{n}份年报有未通过的勾稽关系校验：",
        "none_failed": "{scope}已收录的{n}份年报的勾稽关系校验全部通过（或无法校验）。",
        "report_failed": "{who}{year}年的年报有{n}项勾稽关系校验未通过（对不上）：",
        "report_passed": "{who}{year}年的年报{what}的勾稽关系校验通过，数据满足（一致）：",
        "not_checked": "{who}{year}年的年报{what}没有可校验的勾稽关系（相关单元格空白或无法读出）。",
        "item": "- {name}：{detail}",
        "no_report": "{scope}没有可校验的年报。",
    },
    "en": {
        "failed_reports": "{n} reports fail a consistency check:",
        "none_failed": "All consistency checks pass (or cannot be evaluated) in the {n} indexed reports{scope}.",
        "report_failed": "The {year} report of {who} fails {n} consistency check(s) (the figures do not add up):",
        "report_passed": "The consistency checks of the {year} report of {who}{what} pass: the figures add up:",
        "not_checked": "The {year} report of {who}{what} has no check that can be evaluated (blank or unreadable cells).",
        "item": "- {name}: {detail}",
        "no_report": "No report{scope} to check.",
    },
}


def run_checks(q: Query, e: Engine, prev: Answer | None) -> Answer:
    reports = in_scope(q, e)
    t = TEXT[q.language]
    if not reports:
        return Answer(q.text, t["no_report"].format(scope=""), "refusal", q.language, intent="checks")
    prefixes = _prefixes(q, prev)
    answer = Answer(q.text, "", "checks", q.language, intent="checks")
    if len(reports) > 3 and not prefixes:
        answer.text = _failed_reports(q, e, reports, answer)
        return answer
    answer.text = "\n\n".join(_report_checks(q, e, r, prefixes, answer) for r in reports[:5])
    return answer


def _prefixes(q: Query, prev: Answer | None) -> set[str]:
    """The statistics whose table is asked about: named ones, else those the last answer cited."""
    keys = [k for m in q.metrics for k in m.keys]
    if not keys and prev is not None and "metrics" in q.inherited:
        keys = [f.metric for f in prev.facts]
    return {k.split(".")[0] for k in keys}


def _relevant(check: CheckResult, prefixes: set[str]) -> bool:
    return not prefixes or any(m.split(".")[0] in prefixes for m in check.metrics)


def _failed_reports(q: Query, e: Engine, reports: list[ReportRecord], answer: Answer) -> str:
    t = TEXT[q.language]
    names = {r.report for r in reports}
    failed: dict[str, list[CheckResult]] = {}
    for report, check in e.index.catalog.checks():
        if report in names and not check.passed:
            failed.setdefault(report, []).append(check)
    if not failed:
        return t["none_failed"].format(scope="", n=len(reports))
    lines = [t["failed_reports"].format(n=len(failed))]
    answer.computed.append(Computed("reports", len(failed), []))
    for r in sorted((r for r in reports if r.report in failed), key=lambda r: (r.year, r.body)):
        checks = failed[r.report]
        cite = _cite_one(e, r, checks[0], answer)
        lines.append(f"- {e.name(r.body, q.language)} {r.year}（{r.report}）{cite}：" + "；".join(c.name for c in checks))
    return "\n".join(lines)


def _cite_one(e: Engine, report: ReportRecord, check: CheckResult, answer: Answer) -> str:
    """A citation for a report in a list: a cell of its first failed check."""
    fact = next((f for f in e.index.catalog.facts(report=report.report) if f.metric in check.metrics), None)
    if fact is None:
        return ""
    answer.citations.append(Citation.of_fact(fact))
    answer.facts.append(fact)
    return f"[{len(answer.citations)}]"


def _report_checks(q: Query, e: Engine, report: ReportRecord, prefixes: set[str], answer: Answer) -> str:
    t = TEXT[q.language]
    checks = [c for name, c in e.index.catalog.checks(report.report) if _relevant(c, prefixes)]
    who, what = e.name(report.body, q.language), _what(q, prefixes)
    if not checks:
        return t["not_checked"].format(who=who, year=report.year, what=what)
    failed = [c for c in checks if not c.passed]
    shown = failed or checks[:4]
    head = (t["report_failed"].format(who=who, year=report.year, n=len(failed)) if failed
            else t["report_passed"].format(who=who, year=report.year, what=what))
    if failed:
        answer.computed.append(Computed("failed checks", len(failed), []))
    return "\n".join([head] + [_item(q, e, report, c, answer) for c in shown])


def _what(q: Query, prefixes: set[str]) -> str:
    if not prefixes:
        return ""
    names = "、".join(sorted(prefixes))
    return names if q.language == "zh" else f" ({names})"


def _item(q: Query, e: Engine, report: ReportRecord, check: CheckResult, answer: Answer) -> str:
    """One check, its equation, each cell cited and each sum shown as computed."""
    facts = {f.metric: f for f in e.index.catalog.facts(report=report.report) if f.metric in check.metrics}
    marks = {}
    for metric in check.metrics:
        if metric in facts and metric not in marks:
            answer.citations.append(Citation.of_fact(facts[metric]))
            answer.facts.append(facts[metric])
            marks[metric] = len(answer.citations)
    detail = check.detail
    for metric, n in marks.items():
        label = facts[metric].label
        detail = detail.replace(f"{label}(", f"{label}[{n}](", 1)
    inputs = list(marks.values())
    for total in re.findall(r"= (-?\d+(?:\.\d+)?)", check.detail):
        answer.computed.append(Computed("sum", float(total), inputs))
    verdict = ("" if check.passed else ("（不相等）" if q.language == "zh" else " (not equal)"))
    return TEXT[q.language]["item"].format(name=check.name, detail=detail + verdict)
