"""The 2019 template (国办公开办函〔2019〕60号), used for the reports on 2019 and 2020."""

from __future__ import annotations

from dataclasses import replace

from ..models import TEMPLATE_2019
from . import modern
from .model import Column, Row, Table, Template

MADE = (
    Column("本年新制作数量", "本年新制作数量", unit="件", en="newly made this year", prose=("新制作", "制发"),
           words=("新制作", "newly made", "newly drafted", "newly produced")),
    Column("本年新公开数量", "本年新公开数量", unit="件", en="newly published this year", prose=("新公开",),
           words=("新公开", "newly published", "newly disclosed")),
    Column("对外公开总数量", "对外公开总数量", unit="件", en="total published", prose=("对外公开总",),
           words=("对外公开总数", "publicly available", "total publicly available", "total published")),
)
# The first two columns describe the catalogue of items, not decisions (report-format.md).
ITEMS = (
    Column("上一年项目数量", "上一年项目数量", ("上一年 项目数量",), unit="项", en="items last year",
           words=("上一年", "last year's items", "previous year's items", "items in the previous year",
                  "last year's number of items", "previous year's number of items",
                  "number of items last year", "number of items in the previous year")),
    Column("本年增减", "本年增/减", ("本年增减", "本年增／减"), unit="项", en="change this year",
           words=("增减", "增/减", "本年增", "change this year", "increase or decrease", "net change")),
    Column("处理决定数量", "处理决定数量", unit="件", en="decisions", words=("处理决定", "决定数")),
)

TABLES = (
    Table("二.（一）", 2, "第二十条第（一）项",
          (Row("规章", "规章", en="regulations"),
           Row("规范性文件", "规范性文件", ("行政规范性文件",), en="normative documents")),
          MADE, starts=("第二十条第（一）项", "本年新制作数量")),
    Table("二.（五）", 2, "第二十条第（五）项",
          (Row("行政许可", "行政许可", en="administrative licensing"),
           Row("其他对外管理服务事项", "其他对外管理服务事项", ("对外管理服务",), en="other external management services")),
          ITEMS, starts=("第二十条第（五）项",)),
    Table("二.（六）", 2, "第二十条第（六）项",
          (Row("行政处罚", "行政处罚", en="administrative penalties"),
           Row("行政强制", "行政强制", en="administrative enforcement")),
          ITEMS, starts=("第二十条第（六）项",)),
    Table("二.（八）", 2, "第二十条第（八）项",
          (Row("行政事业性收费", "行政事业性收费", ("事业性收费",), en="administrative fees"),),
          ITEMS[:2], starts=("第二十条第（八）项",)),
    Table("二.（九）", 2, "第二十条第（九）项",
          (Row("政府集中采购", "政府集中采购", ("集中采购",), en="government procurement"),),
          (Column("采购项目数量", "采购项目数量", unit="项", en="procurement items",
                  words=("几笔", "笔数", "项目数", "number of procurements")),
           Column("采购总金额", "采购总金额", unit="万元", en="procurement amount", words=("总金额", "金额"))),
          starts=("第二十条第（九）项",)),
    modern.REQUEST_TABLE,
    modern.APPEAL_TABLE,
)

TEMPLATE = Template(
    id=TEMPLATE_2019, name="国办公开办函〔2019〕60号", years=(2019, 2020),
    markers=("本年新制作数量", "〔2019〕60", "上一年项目数量", "本年新公开数量", "对外公开总数量"),
    sections=modern.SECTIONS, tables=TABLES,
    checks=modern.REQUEST_CHECKS + modern.APPEAL_CHECKS,
    table_sections=modern.TABLE_SECTIONS, table_openers=modern.TABLE_OPENERS, version_year=2019,
    concepts=(
        ("二.（五）", "行政许可", "处理决定数量", "行政许可"),
        ("二.（五）", "其他对外管理服务事项", "处理决定数量", "其他对外管理服务事项"),
        ("二.（六）", "行政处罚", "处理决定数量", "行政处罚"),
        ("二.（六）", "行政强制", "处理决定数量", "行政强制"),
        ("二.（八）", "行政事业性收费", "上一年项目数量", "行政事业性收费项目"),
        ("二.（九）", "政府集中采购", "采购总金额", "政府集中采购金额"),
        ("二.（九）", "政府集中采购", "采购项目数量", "政府集中采购项目"),
        ("二.（一）", "规范性文件", "对外公开总数量", "规范性文件"),
        ("二.（一）", "规章", "对外公开总数量", "规章"),
        *modern.CONCEPTS,
    ),
)
TEMPLATE = replace(TEMPLATE, headlines=tuple(c for c in modern.HEADLINES if TEMPLATE.concept_keys(c)))
