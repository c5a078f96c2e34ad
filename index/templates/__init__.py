"""The national templates as data: one `Template` per generation, and the `Concept`s questions ask.

    from index.templates import TEMPLATES, by_id, concept_keys
    by_id("2021版").table("二.（六）").metric("行政处罚", "处理决定数量")  -> "行政处罚.处理决定数量"

Built-in generations register through the same hook as extensions: the modules listed in
`DEFAULT_TEMPLATES` each define `TEMPLATE`, and installed packages may add more under the
entry-point group ``reportqa.templates``. A fourth generation is one new module here plus its
name in DEFAULT_TEMPLATES, or a package's entry point; the statistics it adds that questions
should name are its `new_concepts` (tests/test_fourth_template.py installs one).
"""

from __future__ import annotations

import importlib
from functools import cache
from importlib.metadata import entry_points

from ..lexicon.questions import TEMPLATE_RE
from .model import Check, Column, Concept, Row, Section, Table, Template

__all__ = ["Check", "Column", "Concept", "Row", "Section", "Table", "Template", "TEMPLATES", "CONCEPTS",
           "by_id", "by_version_year", "headline_concepts", "template_pattern", "templates", "concept", "concept_keys", "label_of", "table_of", "cells_of", "mandatory"]

DEFAULT_TEMPLATES = ("index.templates.t2021", "index.templates.t2019", "index.templates.pre2019")


@cache
def templates() -> tuple[Template, ...]:
    """Every generation, newest first (the order concept keys are listed in)."""
    found = [importlib.import_module(m).TEMPLATE for m in DEFAULT_TEMPLATES]
    found += [e.load() for e in entry_points(group="reportqa.templates")]
    return tuple(sorted(found, key=lambda t: -t.years[0]))


def by_id(template_id: str) -> Template:
    return next(t for t in templates() if t.id == template_id)


def headline_concepts(template_id: str) -> tuple[str, ...]:
    """The statistics a digest of a report on this template shows first (none for a template
    that is not installed)."""
    return next((t.headlines for t in templates() if t.id == template_id), ())


def template_pattern() -> str:
    """How a question names a template generation ("2021年版", "the 2019 template"): group 1 or 2
    is the year of a generation that declares one."""
    years = "|".join(str(t.version_year) for t in templates() if t.version_year) or r"(?!)"
    return TEMPLATE_RE.format(years=years)


def by_version_year(year: int) -> Template | None:
    """The generation questions name by this year ("the 2021 template")."""
    return next((t for t in templates() if t.version_year == year), None)


#: The statistics questions name, and the words they are named by. Which cells answer each one
#: is declared in the templates (`Template.concepts`); `concept_keys` collects them.
CONCEPTS = (
    Concept("行政处罚", "行政处罚", "administrative penalties", "件", (
        "行政处罚", "处罚", "罚款", "处罚决定", "罚款决定", "penalty", "penalties", "administrative penalty",
        "administrative penalties", "fines", "sanctions")),
    Concept("行政许可", "行政许可", "administrative licences", "件", (
        "行政许可", "许可", "许可决定", "许可事项", "licence", "licences", "license", "licenses", "licensing",
        "administrative licensing", "administrative licences", "administrative licenses", "permit", "permits")),
    Concept("行政强制", "行政强制", "administrative enforcement measures", "件", (
        "行政强制", "强制", "行政强制措施", "强制措施", "enforcement", "enforcement measures",
        "administrative enforcement", "coercive measures", "administrative coercion",
        "administrative compulsion", "compulsion", "compulsory measures")),
    Concept("其他对外管理服务事项", "其他对外管理服务事项", "other external management services", "件", (
        "其他对外管理服务事项", "对外管理服务", "other management services", "other external management services")),
    Concept("行政事业性收费", "行政事业性收费", "administrative fees", "万元", (
        "行政事业性收费", "事业性收费", "收费", "收费金额", "fee", "fees", "charges", "administrative fees",
        "fees collected")),
    Concept("行政事业性收费项目", "行政事业性收费项目数量", "administrative fee items", "项", (
        "收费项目", "收费项目数量", "fee items", "number of fee items")),
    Concept("政府集中采购金额", "政府集中采购总金额", "government procurement amount", "万元", (
        "政府集中采购", "集中采购", "采购", "采购金额", "采购总金额", "procurement", "purchasing",
        "government procurement", "procurement amount", "procurement spending")),
    Concept("政府集中采购项目", "政府集中采购项目数量", "government procurement projects", "项", (
        "采购项目", "采购项目数", "采购项目数量", "政府集中采购项目", "集中采购项目", "procurement projects", "procurement items",
        "number of procurement projects")),
    Concept("政府信息公开申请", "政府信息公开申请", "information disclosure requests received", "件", (
        "政府信息公开申请", "信息公开申请", "公开申请", "依申请公开", "依申请", "申请", "申请数", "收到申请",
        "新收申请", "受理申请", "request", "requests", "information requests", "disclosure requests",
        "information disclosure requests", "foi requests", "application", "applications", "new requests",
        # the old appendix's row label in English ("requests received") is this concept in every template
        "requests received", "received requests", "applications received", "disclosure requests received")),
    Concept("政府信息公开申请办结", "政府信息公开申请办结", "information disclosure requests handled", "件", (
        "申请办结", "办结", "办理结果", "办结申请", "requests handled", "requests processed", "handled requests",
        "processed requests"), context=("申请", "request", "application")),
    Concept("上年结转", "上年结转的政府信息公开申请", "requests carried over from the previous year", "件", (
        "上年结转", "carried over from last year", "carried over from the previous year")),
    Concept("结转下年度", "结转下年度继续办理的申请", "requests carried over to the next year", "件", (
        "结转下年度", "结转下年", "继续办理", "carried over to next year", "carried over to the next year", "carried over into the next year",
        "carried forward")),
    Concept("行政复议", "行政复议", "administrative reconsiderations", "件", (
        "行政复议", "复议", "复议案件", "appeal", "appeals", "administrative reconsideration",
        "administrative reconsiderations", "reconsideration", "reconsiderations", "administrative review",
        "administrative reviews")),
    Concept("行政诉讼", "行政诉讼", "administrative lawsuits", "件", (
        "行政诉讼", "诉讼", "起诉", "lawsuit", "lawsuits", "litigation", "administrative litigation",
        "administrative lawsuits", "court cases")),
    Concept("主动公开政府信息数", "主动公开政府信息数", "proactively disclosed items", "条", (
        "主动公开", "主动公开信息", "主动公开政府信息", "主动公开政府信息数", "proactively disclosed",
        "proactive disclosure", "proactively published", "disclosed proactively", "proactively disclose",
        "proactively publish", "proactively released", "proactively release", "published proactively",
        "released proactively", "made public proactively", "proactively made public")),
    Concept("从事政府信息公开工作人员数", "从事政府信息公开工作人员数", "staff working on information disclosure", "人", (
        "从事政府信息公开工作人员", "工作人员数", "staff working on", "staff worked on", "people worked on",
        "people working on", "personnel", "staff members", "how many staff", "employees")),
    Concept("举报投诉数量", "举报投诉数量", "complaints and reports", "件", (
        "举报投诉数量", "complaints and reports", "number of complaints")),
    Concept("依申请公开信息收取的费用", "依申请公开信息收取的费用", "fees charged for disclosure requests", "万元", (
        "依申请公开信息收取的费用", "fees charged", "fees collected for requests")),
    Concept("举办各类培训班数", "举办各类培训班数", "training sessions held", "次", (
        "培训班", "training sessions", "training courses")),
    Concept("接受培训人员数", "接受培训人员数", "people trained", "人次", ("接受培训人员", "people trained", "trainees")),
    Concept("政策解读稿件发布数", "政策解读稿件发布数", "policy interpretation articles", "篇", (
        "政策解读稿件", "policy interpretation articles", "policy interpretations")),
    Concept("政府网站公开政府信息数", "政府网站公开政府信息数", "items published on the government website", "条", (
        "政府网站公开", "网站公开", "政府网站", "website", "government website", "published on the website")),
    Concept("规范性文件", "规范性文件", "normative documents", "件", (
        "规范性文件", "行政规范性文件", "normative documents", "normative document", "regulatory documents",
        "normative files")),
    Concept("规章", "规章", "regulations", "件", ("规章", "regulations", "government regulations",
                                                 "rules and regulations")),
)

TEMPLATES = templates()
# The statistics a generation adds (an extension's new table) are asked like the national ones.
CONCEPTS += tuple(c for t in TEMPLATES for c in t.new_concepts if c.id not in {k.id for k in CONCEPTS})


@cache
def concept(concept_id: str) -> Concept:
    return next(c for c in CONCEPTS if c.id == concept_id)


@cache
def concept_keys(concept_id: str) -> tuple[str, ...]:
    """The metric keys that answer a concept, newest template first; within a template, keys
    that add up (行政诉讼 is two totals in the 2019+ tables)."""
    keys: list[str] = []
    for template in templates():
        keys += [k for k in template.concept_keys(concept_id) if k not in keys]
    return tuple(keys)


@cache
def _cells() -> dict[str, tuple[tuple[Template, Table, Row, Column], ...]]:
    out: dict[str, list] = {}
    for template in templates():
        for table in template.tables:
            for row, column, metric in table.cells():
                out.setdefault(metric, []).append((template, table, row, column))
    return {k: tuple(v) for k, v in out.items()}


def table_of(metric: str) -> tuple[Template, Table, Row, Column] | None:
    """The declared cell a metric key belongs to, in the newest template that has it (None for
    rows a publisher added)."""
    found = _cells().get(metric)
    return found[0] if found else None


def cells_of(metric: str) -> tuple[tuple[Template, Table, Row, Column], ...]:
    """Every template's cell with this key: 行政许可.处理决定数量 is in the 2019 and 2021 tables,
    whose other columns differ."""
    return _cells().get(metric, ())


def mandatory(template_id: str, metric: str) -> bool:
    """Must a report on this template print this cell? The national 2019 / 2021 tables print
    every cell; rows some publishers add, optional columns and the old appendix's open rows are
    printed by some only, so their absence says nothing."""
    for template, table, row, column in cells_of(metric):
        if template.id == template_id:
            return not (table.open_rows or row.local or column.optional)
    return False


def label_of(metric: str) -> str:
    """A readable label for a metric key: "行政处罚 处理决定数量"."""
    cell = table_of(metric)
    if cell is None:
        return metric.replace(".", " ")
    _, table, row, column = cell
    label = row.label if row.key else ""
    return " ".join(p for p in (label, column.label if column.key else "") if p) or metric
