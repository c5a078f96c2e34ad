"""Say the consistency checks of the reports' tables (routes.checks): which reports failed
one, and each report's checks, every equation with its own cells cited and each sum shown as
computed. The writer of every other finding is render.writer; this one adds the check methods."""

from __future__ import annotations

import re

from index.models import Fact

from .. import findings as F
from ..answer import Citation, Computed
from .writer import Said, Writer

_TOTALS = re.compile(r"= (-?\d+(?:\.\d+)?)")


class CheckWriter(Writer):
    """Says the findings of routes.checks."""

    def _NoReportToCheck(self, f: F.NoReportToCheck) -> Said:
        return Said(self.t("CHECKS", "no_report", scope=""), "refusal", "checks")

    def _FailedReports(self, f: F.FailedReports) -> Said:
        if not f.reports:
            return Said(self.t("CHECKS", "none_failed", scope="", n=f.in_scope), "checks", "checks")
        lines = [self.t("CHECKS", "failed_reports", n=len(f.reports))]
        self.computed.append(Computed("reports", len(f.reports), []))
        for r, checks, fact in f.reports:
            mark = f"[{self.cite_fact(fact)}]" if fact is not None else ""
            lines.append(f"- {self.name(r.body)} {r.year}（{r.report}）{mark}：" + "；".join(c.name for c in checks))
        return Said("\n".join(lines), "checks", "checks")

    def _ChecksOf(self, f: F.ChecksOf) -> Said:
        return Said("\n\n".join(self._report_checks(r) for r in f.reports), "checks", "checks")

    def _report_checks(self, rc: F.ReportChecks) -> str:
        r = rc.report
        who = self.name(r.body)
        what = self.lang.what_tables(self.lang.NAME_SEP.join(rc.prefixes)) if rc.prefixes else ""
        if not rc.checks:
            return self.t("CHECKS", "not_checked", who=who, year=r.year, what=what)
        head = (self.t("CHECKS", "report_failed", who=who, year=r.year, n=rc.failed) if rc.failed
                else self.t("CHECKS", "report_passed", who=who, year=r.year, what=what))
        if rc.failed:
            self.computed.append(Computed("failed checks", rc.failed, []))
        return "\n".join([head] + [self._check(check, facts) for check, facts in rc.checks])

    def _check(self, check, facts: dict[str, Fact]) -> str:
        """One check, its equation with each cell cited and each sum shown as computed."""
        marks: dict[str, int] = {}
        for metric in check.metrics:
            if metric in facts and metric not in marks:
                # each check cites its own cells, so that each equation reads on its own
                self.citations.append(Citation.of_fact(facts[metric]))
                self.facts.append(facts[metric])
                marks[metric] = len(self.citations)
        detail = check.detail
        for metric, n in marks.items():
            label = facts[metric].label
            detail = detail.replace(f"{label}(", f"{label}[{n}](", 1)
        inputs = list(marks.values())
        for total in _TOTALS.findall(check.detail):
            self.computed.append(Computed("sum", float(total), inputs))
        verdict = "" if check.passed else self.lang.NOT_EQUAL
        return self.t("CHECKS", "item", name=check.name, detail=detail + verdict)
