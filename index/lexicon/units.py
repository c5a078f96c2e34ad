"""Units and measure words of the reports' figures, and how an English answer shows them."""

from __future__ import annotations

import re

#: Units a table cell's figure is counted in.
UNITS = ("件", "项", "条", "个", "次", "篇", "人", "人次", "宗", "万元", "亿元", "千元", "元", "笔", "份", "户", "%")
#: The units as a regex alternation, longest first (人次 before 人, 万元 before 元).
UNITS_RE = "|".join(map(re.escape, sorted(UNITS, key=len, reverse=True)))
#: Units a number right after a year is followed by when it is a quantity, not a year ("2020件").
QUANTITY_AFTER_NUMBER = ("万", "元", "件", "条", "个", "项", "人", "次", "%", "份", "篇", "笔", "户", "亿")
#: Measure words after a count in prose ("409件", "12场次", "3万余人次"); longest first.
MEASURES = ("人次|万人次|场次|项次|余件|余条|余次|余人|件|条|个|次|人|篇|场|期|项|份|户|家|名|批|册|张|封|台|天|小时"
            "|部|所|类|起|宗|例|单|笔|位|支|套|座|栏目|余")
#: Measure words a question asks a count with ("几次", "多少件").
ASKED_MEASURES = "次件条个项人篇场期份户家名"
#: Money: a figure with one of these is an amount.
MONEY = ("亿元", "万元", "元", "亿", "万")
#: Money units a table cell may print, in yuan: a cell printed in one of them while its column
#: counts in another ("984361元" under 采购总金额, which the template counts in 万元) is stored in
#: the column's unit, converted exactly (index/cellunits.py).
YUAN: dict[str, int] = {"元": 1, "千元": 1000, "万元": 10_000, "亿元": 100_000_000}
#: Units of a table's figure: the 万元 of fees wins over the 项 of their count.
AMOUNT_UNIT = "万元"
#: What an English answer writes after a figure of each unit ("" for a bare count).
UNIT_EN: dict[str, str] = {"件": "", "项": "items", "条": "items", "万元": "万元 (ten-thousand yuan)",
                           "亿元": "亿元 (hundred-million yuan)", "千元": "千元 (thousand yuan)", "元": "yuan", "次": "times", "篇": "articles",
                           "个": "", "人": "people", "人次": "person-times", "笔": "transactions", "份": "copies",
                           "户": "households", "宗": "cases", "%": "%"}
#: Measure words that count the same kind of thing: "多少人" is never answered by "4次".
MEASURE_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("人", "名", "位", "余人", "万人", "人次", "万人次"),
    ("次", "场", "期", "余次", "场次", "批"),
    ("件", "条", "个", "项", "份", "篇", "起", "宗", "例", "余件", "余条", "项次", "类", "单", "笔"),
    ("户", "家", "所", "座", "部", "支", "套", "台"),
    ("天", "小时"),
)
#: An approximate count's word between the figure and its measure ("900余篇", "70多件"): kept
#: in the answer as printed, and the measure after it says what is counted.
ABOUT_WORDS = ("余", "多")
APPROXIMATELY = rf"^(?:{'|'.join(ABOUT_WORDS)})"
#: A figure before its measure word ("1.2万 人"): what is left is the measure.
LEADING_NUMBER = r"^[\d,，.\s万亿]+"

#: Units that count things: an English answer writes the counted thing's noun after them
#: ("1 case", "9 projects"), never a bare number.
COUNT_UNITS = ("件", "项", "条", "个", "次", "篇", "人", "人次", "笔", "份", "户")
#: Measure words of a prose span an English answer may say in English words ("111条" -> "111
#: items"): 个, 份 and 笔 count whatever noun follows them (60个单位 are bodies, 3份申请 requests),
#: so their span is left as the report writes it.
PROSE_COUNT_UNITS = ("件", "条", "项", "次", "篇", "人", "人次", "户")
#: (singular, plural) of what each count unit counts when its statistic's family says no better.
UNIT_NOUNS_EN: dict[str, tuple[str, str]] = {
    "件": ("item", "items"), "项": ("item", "items"), "条": ("item", "items"), "个": ("item", "items"),
    "次": ("time", "times"), "篇": ("article", "articles"), "人": ("person", "people"),
    "人次": ("person-time", "person-times"), "笔": ("transaction", "transactions"), "份": ("copy", "copies"),
    "户": ("household", "households")}
#: What a count of a statistic family counts, by a word of its metric key (row and column, as
#: index.templates names them); the first word the key holds wins, so the specific come first:
#: 行政许可.上一年项目数量 counts licensing items, 行政许可.处理决定数量 decisions; a request's
#: row names its kind (信访举报投诉类申请) and stays a request.
FAMILY_NOUNS_EN: tuple[tuple[str, tuple[str, str]], ...] = (
    ("依申请公开信息", ("item", "items")),  # information disclosed on request (prose), not requests
    # the old appendix's replies by what they said: "2 granted (agreed to disclose)", so a reader
    # asking "how many agreed to disclose" sees the answer's words (不同意… holds 同意…: first)
    ("不同意公开答复数", ("refused (did not agree to disclose)", "refused (did not agree to disclose)")),
    ("同意部分公开答复数", ("partly granted (agreed to disclose in part)", "partly granted (agreed to disclose in part)")),
    ("同意公开答复数", ("granted (agreed to disclose)", "granted (agreed to disclose)")),
    ("政府信息公开申请", ("request", "requests")),  # 信访举报投诉类申请 are requests too
    ("申请答复数", ("reply", "replies")),  # the old appendix's 对申请的答复数 counts replies (its kinds: requests)
    ("依申请公开情况", ("request", "requests")),
    ("采购项目", ("project", "projects")),
    ("收费项目", ("item", "items")),
    ("项目数量", ("item", "items")),
    ("本年增减", ("item", "items")),
    ("举报", ("complaint", "complaints")),
    ("投诉", ("complaint", "complaints")),
    ("申诉", ("complaint", "complaints")),
    ("行政复议", ("case", "cases")),
    ("复议", ("case", "cases")),
    ("行政诉讼", ("case", "cases")),
    ("诉讼", ("case", "cases")),
    ("起诉", ("case", "cases")),
    ("处理决定", ("decision", "decisions")),
    ("行政处罚", ("decision", "decisions")),
    ("行政许可", ("decision", "decisions")),
    ("行政强制", ("decision", "decisions")),
    ("对外管理服务", ("decision", "decisions")),
    ("规范性文件", ("document", "documents")),
    ("规章", ("regulation", "regulations")),
    ("文件", ("document", "documents")),
    ("申请", ("request", "requests")),
    ("培训班", ("session", "sessions")),
    ("发布会", ("press conference", "press conferences")),
    ("会议", ("meeting", "meetings")),
    ("访谈", ("interview", "interviews")),
    ("稿件", ("article", "articles")),
    ("查阅点", ("access point", "access points")),
    ("机构数", ("office", "offices")),
    ("回应", ("response", "responses")),
)


def count_noun_en(unit: str | None, key: str = "") -> tuple[str, str] | None:
    """(singular, plural) English noun of a count in `unit` of the statistic `key`; None for
    money, percentages and unknown units (they keep UNIT_EN)."""
    if unit not in COUNT_UNITS:
        return None
    if unit not in ("人", "人次"):  # people are people whatever the row
        for word, nouns in FAMILY_NOUNS_EN:
            if word in key:
                return nouns
    return UNIT_NOUNS_EN[unit]

#: A number no unit or measure word follows ("行政许可0"), nor a date's word (2020年1月1日), nor an
#: ordinal's 第: a table's cell when many stand in one clause.
BARE_NUMBER = rf"(?<![\d.,第])\d+(?:\.\d+)?(?![\d.,%％]|\s*(?:{'|'.join(MONEY)}|{MEASURES}|年|月|日|号|时|点|:|：|-))"


# --- the unit a question asks its count in (assistant/unit_guard.py) -----------------------------

#: Kinds of count a question asks in, each with its measure words (asked) and the units of a
#: statistic that count that kind (counted). People (人, 人次) are never a count of items or
#: times: "有多少人次咨询" is not answered by 45条 of information disclosed. 件, 条, 份, 次 are
#: said loosely of one another ("几份申请", "罚了多少次"): they differ only when the question's
#: words also name a prose statistic in the unit asked (index/lexicon/readings.py). 个 counts
#: things (websites, accounts, projects, requests, cases), never items of information or articles
#: (条, 篇): "多少个政府网站" is not answered by a count of items disclosed on websites. Money and
#: days asked of a count are NotMoney's (facts route).
ASKED_UNIT_KINDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("people", ("人次", "个人", "人", "名", "位"), ("人", "人次", "名", "位")),
    ("count", ("条", "篇", "份", "件", "起", "宗", "项", "例", "单", "次", "场", "期", "批", "场次"),
     ("件", "项", "个", "次", "条", "篇", "份", "场", "期", "批", "场次", "起", "宗", "例", "单", "笔", "户")),
    ("thing", ("个",), ("件", "项", "个", "次", "份", "场", "期", "批", "场次", "起", "宗", "例", "单", "笔", "户",
                        "人", "人次", "名", "位")),
)
#: Measure words asked that say another ("几个人" counts people), and the one an English count of
#: people ("how many people") is asked in.
ASKED_AS = {"个人": "人"}
PEOPLE_MEASURE = "人"
#: Statistics each of whose counts is one person's act (a request, an appeal, a complaint): a
#: count of people asked of them ("有多少人申请公开信息") is their count.
PEOPLE_ACTS = ("申请", "复议", "诉讼", "起诉", "投诉", "举报", "咨询", "信访", "来访")
#: What may follow a measure word when it measures no count ("几个百分点", "多少个工作日").
NOT_A_COUNT_AFTER = r"百分点|工作日|月|小时|天|年|季度|星期|周|倍|成"
#: A demonstrative before the asking word: "这几份年报" asks nothing.
NOT_ASKING_BEFORE = r"这|那|哪"
#: English nouns a count of people is asked in ("how many person-times", "how many people").
PEOPLE_ASKED_EN = r"\bhow many (?:[a-z-]+ ){0,2}?(?:person-times|person times|people|persons|visitors)\b"

#: Count measures a person may ask in that count the same things as a cell's unit, so the answer
#: says the figure in the person's word ("采购了几笔" -> "2笔（表中计作2项）"): discrete items, cases,
#: transactions and occurrences; households and units. 条 (items of information), people and
#: money are no such pair: "多少条" is never answered in 件 (assistant.unit_guard).
SAID_COUNT_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("件", "项", "个", "笔", "宗", "单", "起", "例", "桩", "份", "次"),
    ("户", "家"),
)
#: A measure that says nothing of what is counted: never preferred to the cell's own unit.
GENERIC_MEASURE = "个"
#: How a question asks a count in a measure ("几笔", "多少宗"), the measure captured; not a word the
#: measure's character starts (多少单位, 几项目, 多少次数, 多少份额), nor money, nor "这几份".
ASKED_IN_MEASURE = r"(?<![这那哪])(?:几|多少)\s*({measures})(?!位|目|数|额|据|[\u4e00-\u9fff]?[钱元])"
#: A count asked in English: "how many" (money is asked "how much"), unless a money word follows
#: ("how many yuan", "how many ten-thousand yuan"), or "the number of" (E).
COUNT_ASKED_EN = (r"\bhow many\b(?!\s+(?:[a-z-]+\s+)?(?:yuan|rmb|renminbi|dollars?|million|billion|ten[- ]thousand)\b)"
                  r"|\b(?:the )?number of\b")
#: Measure words that ask a count of things (never money, people or time): "政府集中采购做了多少单"
#: asks the row's count column, never its amount (assistant.unit_guard.count_not_money).
COUNT_MEASURES_ASKED = tuple(dict.fromkeys(
    (*(m for kind, said, _ in ASKED_UNIT_KINDS if kind in ("count", "thing") for m in said),
     *(m for family in SAID_COUNT_FAMILIES for m in family))))
#: The units a count of things is counted in (a row's count column has one of them).
COUNTED_THINGS = next(counted for kind, _, counted in ASKED_UNIT_KINDS if kind == "count")
