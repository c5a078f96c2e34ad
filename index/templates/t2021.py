"""The 2021 template (国办公开办函〔2021〕30号), used for the reports on 2021 and later."""

from __future__ import annotations

from dataclasses import replace

from ..models import TEMPLATE_2021
from . import modern
from .model import Column, Row, Table, Template

MADE = (
    Column("本年制发件数", "本年制发件数", unit="件", en="issued this year", prose=("制发", "印发"),
           words=("制发", "newly issued", "issued")),
    Column("本年废止件数", "本年废止件数", ("本年废止件",), unit="件", en="repealed this year", prose=("废止",),
           words=("废止", "repealed", "abolished")),
    Column("现行有效件数", "现行有效件数", unit="件", en="in force", prose=("现行有效",),
           words=("现行有效", "currently in force", "currently valid", "in effect")),
)
DECISIONS = (Column("处理决定数量", "本年处理决定数量", ("处理决定数量",), unit="件", en="decisions this year",
                    words=("处理决定", "decisions")),)

TABLES = (
    Table("二.（一）", 2, "第二十条第（一）项",
          (Row("规章", "规章", en="regulations"),
           Row("规范性文件", "行政规范性文件", ("规范性文件",), en="normative documents")),
          MADE, starts=("第二十条第（一）项", "本年制发件数")),
    Table("二.（五）", 2, "第二十条第（五）项", (Row("行政许可", "行政许可", en="administrative licensing"),),
          DECISIONS, starts=("第二十条第（五）项",)),
    Table("二.（六）", 2, "第二十条第（六）项",
          (Row("行政处罚", "行政处罚", en="administrative penalties"),
           Row("行政强制", "行政强制", en="administrative enforcement")),
          DECISIONS, starts=("第二十条第（六）项",)),
    Table("二.（八）", 2, "第二十条第（八）项",
          (Row("行政事业性收费", "行政事业性收费", ("事业性收费",), en="administrative fees"),),
          (Column("收费金额", "本年收费金额", ("本年收费金额（单位：万元）", "收费金额"), unit="万元",
                  en="fees collected this year", header="本年收费金额（单位：万元）"),),
          starts=("第二十条第（八）项",)),
    modern.REQUEST_TABLE,
    modern.APPEAL_TABLE,
)

TEMPLATE = Template(
    id=TEMPLATE_2021, name="国办公开办函〔2021〕30号", years=(2021, 9999),
    markers=("本年制发件数", "〔2021〕30", "本年处理决定数量", "本年收费金额", "本年废止件数", "现行有效件数"),
    sections=modern.SECTIONS, tables=TABLES,
    checks=modern.REQUEST_CHECKS + modern.APPEAL_CHECKS,
    table_sections=modern.TABLE_SECTIONS, table_openers=modern.TABLE_OPENERS, version_year=2021,
    concepts=(
        ("二.（五）", "行政许可", "处理决定数量", "行政许可"),
        ("二.（六）", "行政处罚", "处理决定数量", "行政处罚"),
        ("二.（六）", "行政强制", "处理决定数量", "行政强制"),
        ("二.（八）", "行政事业性收费", "收费金额", "行政事业性收费"),
        ("二.（一）", "规范性文件", "现行有效件数", "规范性文件"),
        ("二.（一）", "规章", "现行有效件数", "规章"),
        *modern.CONCEPTS,
    ),
)
TEMPLATE = replace(TEMPLATE, headlines=tuple(c for c in modern.HEADLINES if TEMPLATE.concept_keys(c)))
