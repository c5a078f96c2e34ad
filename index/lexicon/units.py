"""Units and measure words of the reports' figures, and how an English answer shows them."""

from __future__ import annotations

import re

#: Units a table cell's figure is counted in.
UNITS = ("件", "项", "条", "个", "次", "篇", "人", "人次", "万元", "亿元", "元", "笔", "份", "户", "%")
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
#: Units of a table's figure: the 万元 of fees wins over the 项 of their count.
AMOUNT_UNIT = "万元"
#: What an English answer writes after a figure of each unit ("" for a bare count).
UNIT_EN: dict[str, str] = {"件": "", "项": "items", "条": "items", "万元": "万元 (ten-thousand yuan)",
                           "亿元": "亿元 (hundred-million yuan)", "元": "yuan", "次": "times", "篇": "articles",
                           "个": "", "人": "people", "人次": "person-times", "笔": "transactions", "份": "copies",
                           "户": "households", "%": "%"}
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
APPROXIMATELY = r"^(?:余|多)"
#: A figure before its measure word ("1.2万 人"): what is left is the measure.
LEADING_NUMBER = r"^[\d,，.\s万亿]+"
