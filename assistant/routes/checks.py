"""Questions about the consistency checks (勾稽关系), found in the checks stored at ingest.

"哪些报告的勾稽关系校验不通过？" finds the reports with a failed check; "淮安市2024年的行政复议
数据满足总计=维持+纠正+其他+尚未审结吗？" that report's checks of that table, with their cells;
"这两个数对得上吗？" after a lookup the checks of the table of the cell it cited.
"""

from __future__ import annotations

from index.lexicon.tables import DEFAULT_COLUMNS
from index.models import CheckResult, ReportRecord

from ..answer import Answer
from ..findings import ChecksOf, FailedReports, NoReportToCheck, ReportChecks
from ..scope import Scope
from ..understanding import Query

#: Beyond this many reports, a question on checks lists the failing reports.
LIST_FAILING_OVER = 3
#: Reports whose checks are shown one by one; checks shown of a report that passes them.
REPORTS_SHOWN, PASSED_SHOWN = 5, 4


def run_checks(q: Query, s: Scope, prev: Answer | None):
    reports = s.in_scope(q)
    if not reports:
        return NoReportToCheck()
    prefixes = _prefixes(q, prev)
    if len(reports) > LIST_FAILING_OVER and not prefixes:
        return _failed_reports(s, reports)
    named = {k for m in q.metrics for k in m.keys}
    return ChecksOf([_report_checks(s, r, prefixes, named) for r in reports[:REPORTS_SHOWN]])


def _prefixes(q: Query, prev: Answer | None) -> set[str]:
    """The statistics whose table is asked about: named ones, else those the last answer cited."""
    keys = [k for m in q.metrics for k in m.keys]
    if not keys and prev is not None and "metrics" in q.inherited:
        keys = [f.metric for f in prev.facts]
    return {k.split(".")[0] for k in keys}


def _relevant(check: CheckResult, prefixes: set[str]) -> bool:
    return not prefixes or any(m.split(".")[0] in prefixes for m in check.metrics)


def _failed_reports(s: Scope, reports: list[ReportRecord]) -> FailedReports:
    names = {r.report for r in reports}
    failed: dict[str, list[CheckResult]] = {}
    for report, check in s.catalog.checks():
        if report in names and not check.passed:
            failed.setdefault(report, []).append(check)
    out = []
    for r in sorted((r for r in reports if r.report in failed), key=lambda r: (r.year, r.body)):
        checks = failed[r.report]
        # a citation for the report in the list: a cell of its first failed check
        fact = next((f for f in s.catalog.facts(report=r.report) if f.metric in checks[0].metrics), None)
        out.append((r, checks, fact))
    return FailedReports(out, len(reports))


def _report_checks(s: Scope, report: ReportRecord, prefixes: set[str], named: set[str]) -> ReportChecks:
    checks = _over_named([c for _, c in s.catalog.checks(report.report) if _relevant(c, prefixes)], named)
    failed = [c for c in checks if not c.passed]
    # the checks over a table's total column first: "新收加上年结转一共多少" asks the totals, and
    # the per-applicant columns after them are what a long table cuts
    shown = failed or sorted(checks, key=_not_of_totals)[:PASSED_SHOWN]
    facts = s.catalog.facts(report=report.report) if shown else []
    cells = [(c, {f.metric: f for f in facts if f.metric in c.metrics}) for c in shown]
    return ReportChecks(report, sorted(prefixes), cells, len(failed))


def _not_of_totals(check: CheckResult) -> bool:
    return not all(m.rsplit(".", 1)[-1] in DEFAULT_COLUMNS for m in check.metrics)


def _over_named(checks: list[CheckResult], named: set[str]) -> list[CheckResult]:
    """The checks whose equations hold the most of the cells the question names ("本年新收加上年结转
    一共多少件？等于办理总计加结转下年吗？": the one equation of those rows); all when none holds one."""
    most = max((len(named & set(c.metrics)) for c in checks), default=0)
    return [c for c in checks if len(named & set(c.metrics)) == most] if most else checks
